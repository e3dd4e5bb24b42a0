// Reading single cell values the way people type them, shared by every sheet reader: blank cells, text,
// and dates (real dates, ISO or dd.mm.yyyy text, Excel serial numbers) checked to be real calendar days.

import { isoOfDayNumber } from "../core";
import { isCellError, type CellValue } from "./sheet-spec";

/** Blank: nothing, or text of spaces only. */
export function isBlankCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The cell as trimmed text (a date as YYYY-MM-DD, an error as its code), or undefined when blank. */
export function cellText(value: CellValue | undefined): string | undefined {
  if (isBlankCell(value)) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error;
  return String(value).trim();
}

const DOTTED_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
/** Excel's serial for 1970-01-01 (1900 date system). */
const EXCEL_UNIX_EPOCH = 25569;

/** A date cell as YYYY-MM-DD: undefined when blank, false when it is not a real date. */
export function cellDate(value: CellValue | undefined): string | undefined | false {
  if (isBlankCell(value)) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? false : value.toISOString().slice(0, 10);
  if (typeof value === "number") {
    if (!(value > 0 && value < 2958466)) return false;
    return isoOfDayNumber(Math.round(value) - EXCEL_UNIX_EPOCH);
  }
  const s = (typeof value === "string" ? value : JSON.stringify(value)).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const dotted = DOTTED_DATE.exec(s);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dotted
      ? [dotted[3], dotted[2].padStart(2, "0"), dotted[1].padStart(2, "0")]
      : [];
  if (year === undefined) return false;
  const text = `${year}-${month}-${day}`;
  const check = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === text ? text : false;
}

/**
 * A number format that shows the number as a percentage (Excel multiplies by 100 for each "%" in it): a "%"
 * outside quoted text, escaped characters and [colour or condition] brackets ("0.0%", "0%;[Red]-0%").
 */
export function isPercentFormat(format: unknown): boolean {
  if (typeof format !== "string" || !format.includes("%")) return false;
  return format.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "").includes("%");
}
