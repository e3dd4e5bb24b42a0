// Reading numbers the way planners type them: numbers, or text such as "5,2", "1 234,5", "−3",
// "1.234,5" and "1,234.5". Shared by the JSON parser, the custom functions and the workbook reader.

export type NumberReading =
  | { kind: "number"; value: number }
  | { kind: "text"; value: number; text: string }
  | { kind: "missing"; value: null }
  | { kind: "invalid"; value: null; text: string };

const GROUP_SPACES = /[\s\u00a0\u2007\u202f'’]/g;
const MINUS_SIGNS = /^[\u2212\u2013\u2012]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Reads text as a number, or returns null. Comma is the decimal separator unless a dot follows it. */
export function parseNumberText(text: string): number | null {
  let s = text.trim().replace(MINUS_SIGNS, "-").replace(GROUP_SPACES, "");
  if (s === "") return null;
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal separator, the other groups thousands.
    s = lastComma > lastDot ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  } else if (lastComma >= 0) {
    const commas = s.split(",").length - 1;
    // "1,234,567" groups thousands; a single comma is a decimal comma ("5,2", "1,234" = 1.234).
    s = commas > 1 ? s.replace(/,/g, "") : s.replace(",", ".");
  } else if ((s.match(/\./g) ?? []).length > 1) {
    s = s.replace(/\./g, ""); // "1.234.567"
  }
  if (!PLAIN_NUMBER.test(s)) return null;
  const value = Number(s) + 0; // "-0" reads as 0: a zero has no sign in a plan
  return Number.isFinite(value) ? value : null;
}

/** Reads any cell or JSON value: finite numbers pass, text is parsed, null/undefined/"" are missing. */
export function readNumber(raw: unknown): NumberReading {
  if (raw === null || raw === undefined) return { kind: "missing", value: null };
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "number", value: raw + 0 } : { kind: "invalid", value: null, text: String(raw) }; // −0 + 0 is 0
  }
  if (typeof raw === "string") {
    if (raw.trim() === "") return { kind: "missing", value: null };
    const value = parseNumberText(raw);
    return value === null ? { kind: "invalid", value: null, text: raw } : { kind: "text", value, text: raw };
  }
  return { kind: "invalid", value: null, text: typeof raw === "boolean" ? String(raw) : (JSON.stringify(raw) ?? typeof raw) };
}
