// The references inside an Excel formula (A1 cells, ranges, whole columns and rows, sheet-qualified or not, and
// structured references), found by a scanner that knows strings, quoted sheet names and brackets, and moved
// as Excel moves them: a formula copied elsewhere, and rows inserted into or deleted from a sheet.

/** One end of an A1 reference: a column and/or a row, each absolute ($) or relative. */
interface RefEnd {
  column?: number;
  columnAbsolute: boolean;
  row?: number;
  rowAbsolute: boolean;
}

export interface A1Reference {
  /** The sheet named before "!", unquoted; undefined for the formula's own sheet. */
  sheet?: string;
  /** The prefix as written, "'My sheet'!" or "Sheet1!" or "". */
  prefix: string;
  start: RefEnd;
  /** The second end of a range; undefined for a single cell. */
  end?: RefEnd;
}

export type FormulaToken =
  | { kind: "text"; text: string }
  | { kind: "string"; text: string }
  | { kind: "reference"; text: string; reference: A1Reference }
  /** Table[Column], [@Column], Table[[#Totals],[Column]]: `table` is undefined for an unqualified one. */
  | { kind: "structured"; text: string; table?: string; inner: string };

const NAME_START = /[A-Za-z_\\\u00c0-\uffff]/;
const NAME_CHAR = /[A-Za-z0-9_.\\\u00c0-\uffff]/;

function columnNumber(letters: string): number {
  return letters
    .toUpperCase()
    .split("")
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** At `i`: an A1 reference's body (after any sheet prefix), sticky. */
const A1_BODY =
  /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d+):(\$?)(\d+)/y;

function endOf(colAbs: string, col: string | undefined, rowAbs: string, row: string | undefined): RefEnd {
  return {
    column: col === undefined ? undefined : columnNumber(col),
    columnAbsolute: colAbs === "$",
    row: row === undefined ? undefined : Number(row),
    rowAbsolute: rowAbs === "$",
  };
}

/** The A1 body at `i` when it is a reference (not the start of a name or a function), with its length. */
function a1At(formula: string, i: number): { reference: Omit<A1Reference, "sheet" | "prefix">; length: number } | undefined {
  A1_BODY.lastIndex = i;
  const m = A1_BODY.exec(formula);
  if (!m) return undefined;
  const next = formula[i + m[0].length] ?? "";
  if (NAME_CHAR.test(next) || next === "(" || next === "[" || next === "!") return undefined;
  if (m[2] !== undefined) {
    if (columnNumber(m[2]) > 16384) return undefined;
    const start = endOf(m[1], m[2], m[3], m[4]);
    const end = m[6] !== undefined ? endOf(m[5], m[6], m[7], m[8]) : undefined;
    return { reference: { start, ...(end ? { end } : {}) }, length: m[0].length };
  }
  if (m[10] !== undefined) {
    return { reference: { start: endOf(m[9], m[10], "", undefined), end: endOf(m[11], m[12], "", undefined) }, length: m[0].length };
  }
  return { reference: { start: endOf("", undefined, m[13], m[14]), end: endOf("", undefined, m[15], m[16]) }, length: m[0].length };
}

/** The end of a bracketed structured reference starting at `i` ("["), nested brackets and ' escapes counted. */
function bracketEnd(formula: string, i: number): number {
  let level = 0;
  let j = i;
  while (j < formula.length) {
    const ch = formula[j];
    if (ch === "'") j += 2;
    else {
      if (ch === "[") level += 1;
      else if (ch === "]") {
        level -= 1;
        if (level === 0) return j + 1;
      }
      j += 1;
    }
  }
  throw new Error(`a bracket is not closed in the formula ${formula}`);
}

/** Splits a formula (without its leading "=") into references, strings and the text between them. */
export function formulaTokens(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let text = "";
  const flush = () => {
    if (text) tokens.push({ kind: "text", text });
    text = "";
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      flush();
      tokens.push({ kind: "string", text: formula.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    // A sheet prefix ('Sheet'! or Sheet!) followed by an A1 reference.
    let prefix = "";
    let sheet: string | undefined;
    if (ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) j += formula[j] === "'" ? 2 : 1;
      if (formula[j + 1] === "!") {
        prefix = formula.slice(i, j + 2);
        sheet = formula.slice(i + 1, j).replace(/''/g, "'");
      }
    } else if (NAME_START.test(ch)) {
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j])) j += 1;
      if (formula[j] === "!") {
        prefix = formula.slice(i, j + 1);
        sheet = formula.slice(i, j);
      } else if (formula[j] === "[") {
        // Table[...]: a structured reference.
        const end = bracketEnd(formula, j);
        flush();
        tokens.push({ kind: "structured", text: formula.slice(i, end), table: formula.slice(i, j), inner: formula.slice(j + 1, end - 1) });
        i = end;
        continue;
      }
    }
    const bodyAt = i + prefix.length;
    const a1 =
      (prefix || !NAME_CHAR.test(formula[i - 1] ?? "")) && /[$A-Za-z0-9]/.test(formula[bodyAt] ?? "") ? a1At(formula, bodyAt) : undefined;
    if (a1) {
      flush();
      tokens.push({
        kind: "reference",
        text: formula.slice(i, bodyAt + a1.length),
        reference: { ...a1.reference, prefix, ...(sheet !== undefined ? { sheet } : {}) },
      });
      i = bodyAt + a1.length;
      continue;
    }
    if (ch === "[") {
      const end = bracketEnd(formula, i);
      flush();
      tokens.push({ kind: "structured", text: formula.slice(i, end), inner: formula.slice(i + 1, end - 1) });
      i = end;
      continue;
    }
    if (prefix) {
      // A sheet prefix before something that is no A1 reference (a defined name scoped to a sheet): as text.
      text += prefix;
      i += prefix.length;
      continue;
    }
    if (NAME_START.test(ch) || /[0-9]/.test(ch)) {
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j])) j += 1;
      text += formula.slice(i, j);
      i = j;
      continue;
    }
    text += ch;
    i += 1;
  }
  flush();
  return tokens;
}

function endText(end: RefEnd): string {
  const column = end.column === undefined ? "" : `${end.columnAbsolute ? "$" : ""}${columnLetters(end.column)}`;
  const row = end.row === undefined ? "" : `${end.rowAbsolute ? "$" : ""}${end.row}`;
  return column + row;
}

/** An A1 reference written back; an end moved off the sheet gives #REF!. */
export function referenceText(reference: A1Reference): string {
  const bad = (e: RefEnd | undefined) =>
    e !== undefined && ((e.row !== undefined && e.row < 1) || (e.column !== undefined && e.column < 1));
  if (bad(reference.start) || bad(reference.end)) return `${reference.prefix}#REF!`;
  return `${reference.prefix}${endText(reference.start)}${reference.end ? `:${endText(reference.end)}` : ""}`;
}

export function tokensText(tokens: readonly FormulaToken[]): string {
  return tokens.map((t) => (t.kind === "reference" ? referenceText(t.reference) : t.text)).join("");
}

/** Each A1 reference of a formula replaced by what `move` makes of it. */
export function mapReferences(formula: string, move: (reference: A1Reference) => A1Reference): string {
  return tokensText(formulaTokens(formula).map((t) => (t.kind === "reference" ? { ...t, reference: move(t.reference) } : t)));
}

function shiftEnd(end: RefEnd, rows: number, columns: number): RefEnd {
  return {
    ...end,
    row: end.row === undefined || end.rowAbsolute ? end.row : end.row + rows,
    column: end.column === undefined || end.columnAbsolute ? end.column : end.column + columns,
  };
}

/** A formula copied `rows` down and `columns` right: its relative references move with it (Excel's copy and paste). */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return mapReferences(formula, (r) => ({
    ...r,
    start: shiftEnd(r.start, rows, columns),
    ...(r.end ? { end: shiftEnd(r.end, rows, columns) } : {}),
  }));
}

/**
 * A formula after `count` rows were inserted before row `at` of sheet `sheet` (Excel's Insert): references to
 * that sheet's rows from `at` on move down; a range that spans `at` (starting above it) grows. `formulaSheet`
 * is the sheet the formula is on (its unqualified references point there). Whole columns do not change.
 */
export function formulaAfterInsert(formula: string, formulaSheet: string, sheet: string, at: number, count: number): string {
  return mapReferences(formula, (r) => {
    if ((r.sheet ?? formulaSheet).toLowerCase() !== sheet.toLowerCase()) return r;
    const move = (e: RefEnd): RefEnd => (e.row !== undefined && e.row >= at ? { ...e, row: e.row + count } : e);
    if (!r.end) return { ...r, start: move(r.start) };
    return { ...r, start: move(r.start), end: move(r.end) };
  });
}

/**
 * A formula after `count` rows from row `at` of `sheet` were deleted (Excel's Delete): references below move
 * up; a range loses its deleted rows; a reference wholly deleted becomes #REF!.
 */
export function formulaAfterDelete(formula: string, formulaSheet: string, sheet: string, at: number, count: number): string {
  const last = at + count - 1;
  return mapReferences(formula, (r) => {
    if ((r.sheet ?? formulaSheet).toLowerCase() !== sheet.toLowerCase()) return r;
    const startRow = r.start.row;
    const endRow = r.end ? r.end.row : startRow;
    if (startRow === undefined || endRow === undefined) return r; // whole columns
    if (startRow >= at && endRow <= last) return { ...r, start: { ...r.start, row: 0 }, ...(r.end ? { end: { ...r.end, row: 0 } } : {}) };
    const up = (row: number, isEnd: boolean) => (row > last ? row - count : row >= at ? (isEnd ? at - 1 : at) : row);
    return {
      ...r,
      start: { ...r.start, row: up(startRow, false) },
      ...(r.end ? { end: { ...r.end, row: up(endRow, true) } } : {}),
    };
  });
}
