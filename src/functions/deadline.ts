// BAGALAU.DEADLINE as a pure function of the cells Excel passes (METHODOLOGY.md §9, §28–35): the last day
// of the appeal window by the Kazakhstan working-day calendar of src/core/calendar.ts, as an Excel date.

import { addWorkingDaysToDayNumber, dayNumberOf, isoOfDayNumber, MAX_WORKING_DAYS, resolveAdjustments } from "../core/calendar";
import type { Lang } from "../i18n";
import { badValue } from "./failure";
import { allCellsOf, basicValue, cellError, isBlank, placeLabel, readWholeNumberCell, type ArgumentName, type Place } from "./cells";
import { dayNumberOfSerial, dayNumberOfText, serialOfDayNumber } from "./excel-date";

/** Working days to object to a conclusion (§28–35, Sys. §57–62). */
export const APPEAL_WORKING_DAYS = 5;

/** A date cell (an Excel serial, or text "15.03.2024" / "2024-03-15") as a day number; null when blank. */
export function readDateCell(value: unknown, lang: Lang, place: Place): number | null {
  const error = cellError(value);
  if (error !== null) throw badValue(lang, "fn.error.cellError", { where: placeLabel(lang, place), error });
  const basic = basicValue(value);
  if (isBlank(basic)) return null;
  const day = typeof basic === "number" ? dayNumberOfSerial(basic) : typeof basic === "string" ? dayNumberOfText(basic) : null;
  if (day === null) throw badValue(lang, "fn.error.notDate", { where: placeLabel(lang, place), text: String(basic) });
  return day;
}

function readDateList(grid: unknown, argument: ArgumentName, lang: Lang): string[] {
  const dates: string[] = [];
  allCellsOf(grid).forEach((cell, i) => {
    const day = readDateCell(cell, lang, { argument, row: i + 1 });
    if (day !== null) dates.push(isoOfDayNumber(day));
  });
  return dates;
}

/** A date in messages: 15.03.2024 in Kazakh and Russian, 2024-03-15 in English. */
function shownDate(iso: string, lang: Lang): string {
  if (lang === "en") return iso;
  const [year, month, day] = iso.split("-");
  return `${day}.${month}.${year}`;
}

/**
 * BAGALAU.DEADLINE: the Excel serial of the `workingDays`-th working day after `received` (default 5), by
 * the §9 calendar of each year (with the days moved by act in 2022–2025), and the user's extra days off and
 * working days for days moved by an act it does not know (a Government decree; since 2024 an order of the
 * Minister of Labour).
 */
export function appealDeadline(
  received: unknown,
  workingDays: unknown,
  extraDaysOff: unknown,
  extraWorkingDays: unknown,
  lang: Lang,
): number {
  const start = readDateCell(received, lang, { argument: "received" });
  if (start === null) throw badValue(lang, "fn.error.required", { where: placeLabel(lang, { argument: "received" }) });
  const count = readWholeNumberCell(workingDays, 1, MAX_WORKING_DAYS, APPEAL_WORKING_DAYS, lang, { argument: "workingDays" });
  const adjustments = resolveAdjustments({
    extraDaysOff: readDateList(extraDaysOff, "extraDaysOff", lang),
    extraWorkingDays: readDateList(extraWorkingDays, "extraWorkingDays", lang),
  });
  if ("kind" in adjustments) throw badValue(lang, "fn.error.dateConflict", { date: shownDate(adjustments.value, lang) });
  const end = addWorkingDaysToDayNumber(start, count, adjustments.daysOff, adjustments.workingDays);
  // The window must end on a date Excel can show (before 10000-01-01).
  if (end > (dayNumberOf(9999, 12, 31) as number))
    throw badValue(lang, "fn.error.notDate", { where: placeLabel(lang, { argument: "received" }), text: String(basicValue(received)) });
  return serialOfDayNumber(end);
}
