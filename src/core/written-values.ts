// Values as planners write them (METHODOLOGY.md §2a), one reading for JSON text, workbook cells and the
// custom functions: numbers with a percent sign, a footnote or a note, sizes of change, blank marks, pairs, plan bounds and ranges.

import { parseNumberText } from "./numbers";

/** A plan given as bounds: at least `min`, at most `max`, or the range [min, max]. */
export type PlanBounds = { min: number; max?: undefined } | { min?: undefined; max: number } | { min: number; max: number };

/** How a number written as text was read, for the message that says so. */
export type TextForm =
  /** plain digits with a decimal comma or group spaces: 5,2 · 1 234,5 */
  | "number"
  /** a percent sign after the number: 100 % */
  | "percent"
  /** a footnote mark or a note after the number, left out: 5,0* · 12,3 (оценка) */
  | "note"
  /** a size of change with its word: на 4,0 · by 4 */
  | "change";

export type WrittenValue =
  | { kind: "number"; value: number }
  | { kind: "missing" }
  /** NUMBER_AS_TEXT: `leftOut` is what was not part of the number (a footnote mark, a note, "%", "на"). */
  | { kind: "text"; value: number; text: string; form: TextForm; leftOut?: string }
  /** BLANK_MARK: a dash, a cross or "no data" — no value. */
  | { kind: "blank"; text: string }
  /** VALUE_PAIR: two values in one cell (70,2/76,7, or two lines) — not read. */
  | { kind: "pair"; text: string }
  /** PLAN_BOUND / PLAN_RANGE: a plan's bound or range (a plan only: elsewhere NOT_A_NUMBER). */
  | { kind: "bounds"; bounds: PlanBounds; text: string }
  /** NOT_A_NUMBER. */
  | { kind: "invalid"; text: string };

/** The blank marks of §2a, compared in lower case after trimming (х is the Cyrillic cross, x the Latin). */
const BLANK_MARKS = new Set(["-", "–", "—", "х", "x", "н/д", "нет данных", "деректер жоқ", "n/a"]);

/** A number as it appears inside a written value: digits with group spaces, a decimal comma or point, a sign. */
const NUM = String.raw`[+\-−–]?\d[\d\s\u00a0\u2007\u202f.,']*`;
/** Kazakh case endings after a number: ablative (-нан, -ден, -тен…) and dative (-ға, -ге, -ке…). */
const ABLATIVE = String.raw`-?(?:нан|нен|дан|ден|тан|тен)`;
const DATIVE = String.raw`-?(?:ға|ге|қа|ке|на|не|а|е)`;
/** An optional percent sign and footnote marks after a number inside a bound or a range. */
const TAIL = String.raw`\s*%?\s*\**`;

const full = (pattern: string) => new RegExp(`^${pattern}$`, "iu");

const AT_LEAST = [
  full(String.raw`(?:не\s+менее|не\s+ниже|кемінде|at\s+least|≥|>=)\s*(${NUM})${TAIL}`),
  full(String.raw`(${NUM})${TAIL}${ABLATIVE}\s+кем\s+емес`),
];
const AT_MOST = [
  full(String.raw`(?:не\s+более|не\s+выше|at\s+most|≤|<=)\s*(${NUM})${TAIL}`),
  full(String.raw`(${NUM})${TAIL}${ABLATIVE}\s+(?:аспайды|көп\s+емес)`),
];
const RANGES = [
  full(String.raw`(${NUM})${TAIL}\s*[-–—]\s*(${NUM})${TAIL}`),
  full(String.raw`от\s+(${NUM})${TAIL}\s+до\s+(${NUM})${TAIL}`),
  full(String.raw`(${NUM})${TAIL}${ABLATIVE}\s+(${NUM})${TAIL}${DATIVE}\s+дейін`),
  full(String.raw`between\s+(${NUM})${TAIL}\s+and\s+(${NUM})${TAIL}`),
];
const CHANGE = full(String.raw`(?:на|by)\s+(${NUM})\s*(%?)`);
const PERCENT = full(String.raw`(${NUM})\s*%`);
const NOTE = full(String.raw`(${NUM})\s*(\*+|\([^()]*\))`);
const PAIR = full(String.raw`(${NUM})\s*\/\s*(${NUM})`);

/** A number inside a written form (trailing group spaces, %, stars stripped), or null. */
function numberIn(text: string): number | null {
  return parseNumberText(text.replace(/[%*\s]+$/u, ""));
}

/** One line per line of the cell; a line ending with a hyphen or a slash continues on the next ("31,0-\n38,0"). */
function joinedLines(text: string): string[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.length - 1;
    if (last >= 0 && /[-–—/]$/.test(joined[last])) joined[last] += line;
    else joined.push(line);
  }
  return joined;
}

function readBounds(text: string): PlanBounds | null | "invalid" {
  for (const pattern of AT_LEAST) {
    const m = pattern.exec(text);
    if (m) {
      const min = numberIn(m[1]);
      return min === null ? "invalid" : { min };
    }
  }
  for (const pattern of AT_MOST) {
    const m = pattern.exec(text);
    if (m) {
      const max = numberIn(m[1]);
      return max === null ? "invalid" : { max };
    }
  }
  for (const pattern of RANGES) {
    const m = pattern.exec(text);
    if (m) {
      const min = numberIn(m[1]);
      const max = numberIn(m[2]);
      if (min === null || max === null || min > max) return "invalid";
      return { min, max };
    }
  }
  return null;
}

/** Reads text written for a numeric value (not blank) by the forms of §2a. */
export function readWrittenText(raw: string): WrittenValue {
  const text = raw.trim();
  if (text === "") return { kind: "missing" };
  if (BLANK_MARKS.has(text.toLowerCase().replace(/\s+/g, " "))) return { kind: "blank", text: raw };
  const lines = joinedLines(text);
  // Two values on two lines are a pair; a value whose note went onto its own line is one value ("12,3\n(оценка)").
  if (lines.length >= 2 && lines.every((part) => readWrittenText(part).kind !== "invalid")) return { kind: "pair", text: raw };
  const line = lines.join(" ").replace(/[\s\u00a0\u2007\u202f]+/g, " ");
  const plain = parseNumberText(line);
  if (plain !== null) return { kind: "text", value: plain, text: raw, form: "number" };
  const pair = PAIR.exec(line);
  if (pair && numberIn(pair[1]) !== null && numberIn(pair[2]) !== null) return { kind: "pair", text: raw };
  const change = CHANGE.exec(line);
  if (change) {
    const value = numberIn(change[1]);
    if (value !== null) return { kind: "text", value, text: raw, form: "change", leftOut: line.slice(0, line.indexOf(change[1])).trim() };
  }
  const percent = PERCENT.exec(line);
  if (percent) {
    const value = numberIn(percent[1]);
    if (value !== null) return { kind: "text", value, text: raw, form: "percent", leftOut: "%" };
  }
  const note = NOTE.exec(line);
  if (note) {
    const value = numberIn(note[1]);
    if (value !== null) return { kind: "text", value, text: raw, form: "note", leftOut: note[2] };
  }
  const bounds = readBounds(line);
  if (bounds === "invalid") return { kind: "invalid", text: raw };
  if (bounds) return { kind: "bounds", bounds, text: raw };
  return { kind: "invalid", text: raw };
}

/** Reads any JSON or cell value written for a number: finite numbers pass, text by §2a, blanks are missing. */
export function readWrittenValue(raw: unknown): WrittenValue {
  if (raw === null || raw === undefined) return { kind: "missing" };
  if (typeof raw === "number") return Number.isFinite(raw) ? { kind: "number", value: raw + 0 } : { kind: "invalid", text: String(raw) };
  if (typeof raw === "string") return readWrittenText(raw);
  return { kind: "invalid", text: typeof raw === "boolean" ? String(raw) : (JSON.stringify(raw) ?? typeof raw) };
}

/** A plan object of the JSON file ({"min": 31, "max": 38}, {"min": 95}, {"max": 5}), or null when the value is not one. */
export function planBoundsOf(raw: unknown): PlanBounds | "invalid" | null {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 0 || keys.some((k) => k !== "min" && k !== "max")) return "invalid";
  const bound = (v: unknown): number | null | undefined =>
    v === undefined || v === null ? undefined : typeof v === "number" && Number.isFinite(v) ? v + 0 : null;
  const min = bound(o.min);
  const max = bound(o.max);
  if (min === null || max === null || (min === undefined && max === undefined)) return "invalid";
  if (min !== undefined && max !== undefined) return min > max ? "invalid" : { min, max };
  return min !== undefined ? { min } : { max: max as number };
}

/** The plan's bounds written the one way BAGALAU writes them back: 31–38, ≥ 95, ≤ 5. */
export function boundsText(bounds: PlanBounds): string {
  const n = (v: number) => String(v);
  if (bounds.min !== undefined && bounds.max !== undefined) return `${n(bounds.min)}–${n(bounds.max)}`;
  return bounds.min !== undefined ? `≥ ${n(bounds.min)}` : `≤ ${n(bounds.max)}`;
}

/**
 * The values of a pair (VALUE_PAIR) as they were written, in order — "70,0/\n76,5" → ["70,0", "76,5"], two
 * lines "94\n111" → ["94", "111"] — for splitting such a row in two; null when the text is not a pair.
 */
export function pairParts(raw: string): string[] | null {
  if (readWrittenText(raw).kind !== "pair") return null;
  const lines = joinedLines(raw.trim());
  if (lines.length >= 2) return lines;
  const pair = PAIR.exec(lines.join(" ").replace(/[\s\u00a0\u2007\u202f]+/g, " "));
  return pair ? [pair[1].trim(), pair[2].trim()] : null;
}
