// Formulas as stored in a SpreadsheetML part, taken apart for checking: balanced quotes and brackets,
// the sheets they name, and their structured references (Table[Column], [@Column], Table[[#Headers],[A]:[B]]).

interface SheetReference {
  /** The sheet name, unquoted ('It''s' → It's). */
  sheet: string;
}

interface StructuredReference {
  /** The table named before the brackets; undefined for [@Column] inside the table itself. */
  table?: string;
  /** The column names the reference uses ([#This Row] and other specials left out), unescaped. */
  columns: string[];
}

export interface FormulaParts {
  /** What is wrong with the text itself (an unclosed quote or bracket), or undefined. */
  syntaxError?: string;
  sheets: SheetReference[];
  structured: StructuredReference[];
}

const SPECIAL_ITEMS = new Set(["#all", "#data", "#headers", "#totals", "#this row"]);

/** The column names inside a structured reference's brackets: `[Col]`, `[[#This Row],[A]:[B]]`, `[@Col]`, `[@[Col 1]]`. */
function columnsOfBrackets(inner: string): string[] {
  // `inner` is the text between the outermost [ and ]; columns are the innermost bracketed names or the bare name.
  const unescape = (name: string) => name.replace(/'(.)/g, "$1");
  if (!inner.includes("[")) {
    const name = inner.startsWith("@") ? inner.slice(1) : inner;
    if (name === "" || SPECIAL_ITEMS.has(name.toLowerCase())) return [];
    return [unescape(name)];
  }
  const names: string[] = [];
  let i = 0;
  while (i < inner.length) {
    if (inner[i] === "[") {
      let j = i + 1;
      let name = "";
      while (j < inner.length && inner[j] !== "]") {
        if (inner[j] === "'" && j + 1 < inner.length) {
          name += inner[j + 1];
          j += 2;
        } else name += inner[j++];
      }
      if (!SPECIAL_ITEMS.has(name.toLowerCase())) names.push(name);
      i = j + 1;
    } else i += 1;
  }
  return names;
}

/**
 * Splits a formula (without its leading "=") into what the checks need. Strings ("…", with "" inside),
 * quoted sheet names ('…', with '' inside), brackets (with ' escaping inside them) and parentheses are
 * tracked; an identifier followed by "!" is a sheet name, one followed by "[" a table name.
 */
export function formulaParts(formula: string): FormulaParts {
  const parts: FormulaParts = { sheets: [], structured: [] };
  let depth = 0;
  let braces = 0;
  let i = 0;
  let word = "";
  const fail = (message: string): FormulaParts => ({ ...parts, syntaxError: message });
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) return fail("a text in double quotes is not closed");
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j += 1;
      }
      i = j + 1;
      word = "";
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      for (;;) {
        if (j >= formula.length) return fail("a sheet name in single quotes is not closed");
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
          } else break;
        } else name += formula[j++];
      }
      i = j + 1;
      if (formula[i] !== "!") return fail(`the quoted name '${name}' is not followed by "!"`);
      parts.sheets.push({ sheet: name.replace(/^\[\d+\]/, "") });
      word = "";
      continue;
    }
    if (ch === "[") {
      // A structured reference: find the matching ], counting nested brackets, ' escaping one character.
      let j = i + 1;
      let level = 1;
      while (j < formula.length && level > 0) {
        if (formula[j] === "'") j += 2;
        else {
          if (formula[j] === "[") level += 1;
          else if (formula[j] === "]") level -= 1;
          j += 1;
        }
      }
      if (level > 0) return fail("a bracket [ is not closed");
      const inner = formula.slice(i + 1, j - 1);
      parts.structured.push({ ...(word ? { table: word } : {}), columns: columnsOfBrackets(inner) });
      i = j;
      word = "";
      continue;
    }
    if (ch === "]") return fail("a bracket ] has no opening [");
    if (ch === "(") depth += 1;
    else if (ch === ")") {
      depth -= 1;
      if (depth < 0) return fail("a parenthesis ) has no opening (");
    } else if (ch === "{") braces += 1;
    else if (ch === "}") {
      braces -= 1;
      if (braces < 0) return fail("a brace } has no opening {");
    } else if (ch === "!") {
      if (word) parts.sheets.push({ sheet: word });
    }
    if (/[A-Za-z0-9_.\\\u00c0-\uffff]/.test(ch)) word += ch;
    else word = "";
    i += 1;
  }
  if (depth !== 0) return fail("a parenthesis ( is not closed");
  if (braces !== 0) return fail("a brace { is not closed");
  return parts;
}
