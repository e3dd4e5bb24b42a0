// Reading custom-function arguments as Excel passes them: ranges as 2-D arrays, blanks as null (or ""),
// numbers typed as text, error values and rich values; every bad cell becomes a localized #VALUE!.

import { readNumber } from "../core/numbers";
import { formatNumber, t, type Lang, type MessageKey } from "../i18n";
import { badValue } from "./failure";
import { matchWord, type Vocabulary } from "../workbook/choice-words";

/** An argument's name as the `fn.arg.*` keys of src/i18n know it (the parameter name in functions.ts). */
export type ArgumentName = { [K in MessageKey]: K extends `fn.arg.${infer A}` ? A : never }[MessageKey];

/** Where a value sits: the argument and, inside a range, its 1-based position. */
export interface Place {
  argument: ArgumentName;
  row?: number;
}

export function argumentLabel(lang: Lang, argument: ArgumentName): string {
  return t(lang, `fn.arg.${argument}` as MessageKey);
}

/** "plans, row 3" or "plan", in the user's language. */
export function placeLabel(lang: Lang, place: Place): string {
  const argument = argumentLabel(lang, place.argument);
  return place.row === undefined ? argument : t(lang, "fn.where.row", { argument, row: String(place.row) });
}

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

type RichValue = { type?: unknown; basicValue?: unknown; code?: unknown };

/**
 * The Excel error a cell holds ("#DIV/0!", …), or null. Errors arrive as CustomFunctions.Error objects
 * (code "#DIV/0!"), as data-type error values ({ type: "Error", basicValue: "#DIV/0!" }) or as text.
 */
export function cellError(value: unknown): string | null {
  if (typeof value === "string") {
    const text = value.trim();
    return ERROR_TEXT.test(text) ? text : null;
  }
  if (value !== null && typeof value === "object") {
    const rich = value as RichValue;
    if (rich.type === "Error") return typeof rich.basicValue === "string" ? rich.basicValue : "#VALUE!";
    if (typeof rich.code === "string" && rich.code.startsWith("#")) return rich.code;
  }
  return null;
}

/** A data-type value ({ type: "Double", basicValue: 5 }, …) reduced to its basic value; others as they are. */
export function basicValue(value: unknown): unknown {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const rich = value as RichValue;
    if (rich.type === "Empty") return null;
    if (typeof rich.type === "string" && rich.type !== "Error" && "basicValue" in rich) return rich.basicValue;
  }
  return value;
}

/** Blank: null, undefined, or text of spaces only (what an empty cell or an omitted argument gives). */
export function isBlank(value: unknown): boolean {
  const basic = basicValue(value);
  return basic === null || basic === undefined || (typeof basic === "string" && basic.trim() === "");
}

function failIfError(value: unknown, lang: Lang, place: Place): void {
  const error = cellError(value);
  if (error !== null) throw badValue(lang, "fn.error.cellError", { where: placeLabel(lang, place), error });
}

/** A cell's value as the user sees it, for quoting in a message. */
function shownText(value: unknown, lang: Lang): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return formatNumber(lang, value, 10);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A number, or null for a blank cell; text such as "5,2" is read as a number (src/core/numbers.ts). */
export function readNumberCell(value: unknown, lang: Lang, place: Place): number | null {
  // The common cells first: a number or an empty cell (a 10,000-row range is read in a few milliseconds).
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (value === null || value === undefined) return null;
  failIfError(value, lang, place);
  const basic = basicValue(value);
  const reading = readNumber(basic);
  if (reading.kind === "invalid")
    throw badValue(lang, "fn.error.notANumber", { where: placeLabel(lang, place), text: shownText(basic, lang) });
  return reading.value;
}

/** A number from `min` to `max`, or null for a blank cell. */
export function readBoundedCell(value: unknown, min: number, max: number, lang: Lang, place: Place): number | null {
  const number = readNumberCell(value, lang, place);
  if (number !== null && (number < min || number > max)) {
    throw badValue(lang, "fn.error.notBetween", { where: placeLabel(lang, place), min, max, value: number });
  }
  return number;
}

/** A whole number from `min` to `max`, or `fallback` for a blank cell. */
export function readWholeNumberCell(value: unknown, min: number, max: number, fallback: number, lang: Lang, place: Place): number {
  failIfError(value, lang, place);
  const reading = readNumber(basicValue(value));
  if (reading.kind === "missing") return fallback;
  if (reading.kind === "invalid" || !Number.isInteger(reading.value) || reading.value < min || reading.value > max) {
    throw badValue(lang, "fn.error.notWholeNumber", {
      where: placeLabel(lang, place),
      min,
      max,
      text: reading.kind === "invalid" ? reading.text : shownText(basicValue(value), lang),
    });
  }
  return reading.value;
}

/** One of a vocabulary's values, or `fallback` for a blank cell; `choices` names the accepted words. */
export function readChoiceCell<T extends string>(
  value: unknown,
  vocabulary: Vocabulary<T>,
  choices: MessageKey,
  fallback: T | null,
  lang: Lang,
  place: Place,
): T | null {
  failIfError(value, lang, place);
  const basic = basicValue(value);
  if (isBlank(basic)) return fallback;
  const match = typeof basic === "string" ? matchWord(basic, vocabulary) : null;
  if (match === null) {
    throw badValue(lang, "fn.error.notChoice", { where: placeLabel(lang, place), text: shownText(basic, lang), choices: t(lang, choices) });
  }
  return match;
}

/**
 * The cells of a one-column or one-row range, in order. A single value (not a range) is a one-cell list;
 * null or undefined (an omitted argument) is an empty list; a block of several rows and columns is refused.
 */
export function cellsOf(grid: unknown, lang: Lang, argument: ArgumentName): unknown[] {
  if (grid === null || grid === undefined) return [];
  if (!Array.isArray(grid)) return [grid];
  if (grid.length === 0) return [];
  const first: unknown = grid[0];
  if (!Array.isArray(first)) return grid.slice();
  if (first.length === 1) return (grid as unknown[]).map((row): unknown => (Array.isArray(row) ? (row as unknown[])[0] : row));
  if (grid.length === 1) return first.slice();
  throw badValue(lang, "fn.error.notOneColumn", {
    argument: argumentLabel(lang, argument),
    rows: String(grid.length),
    columns: String(first.length),
  });
}

/** Every cell of a range of any shape, row by row (for lists such as extra days off). */
export function allCellsOf(grid: unknown): unknown[] {
  if (grid === null || grid === undefined) return [];
  if (!Array.isArray(grid)) return [grid];
  const cells: unknown[] = [];
  for (const row of grid) {
    if (Array.isArray(row)) for (const cell of row) cells.push(cell);
    else cells.push(row);
  }
  return cells;
}
