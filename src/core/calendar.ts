// The Kazakhstan working-day calendar of METHODOLOGY.md §9 (appeal windows, §28–35): each year's public
// holidays with their weekend carry-over, the days moved by act, and the user's extra days off and working days.
//
// A day is a working day by the first of these that speaks about it: the user's extra working days and
// extra days off (they win over everything); the days moved by act built in for 2022–2025 (moved-days.ts:
// a working Saturday or Sunday, and the weekday off in its place); Saturday and Sunday; the holidays of
// the day's own year by the list in force that year (holidays.ts) and the weekdays their weekend days
// off are carried to. Pure: no clock; what is computed per year is kept in a cache.

import { dayNumberOf, dayNumberOfIso, isWeekend, isoOfDayNumber, yearOfDayNumber } from "./calendar-dates";
import { publicHolidays } from "./holidays";
import { MOVED_DAYS } from "./moved-days";

export * from "./calendar-dates";
export * from "./holidays";
export * from "./moved-days";

/**
 * The user's corrections: days moved by an act BAGALAU does not know (another year's, or a Kurban Ait
 * date announced otherwise), as ISO dates (YYYY-MM-DD). They win over every other rule.
 */
export interface CalendarAdjustments {
  extraDaysOff?: readonly string[];
  extraWorkingDays?: readonly string[];
}

/**
 * The days off of one year by the law that are not Saturdays or Sundays: the holidays of that year's list
 * on weekdays, plus the days to which non-religious holidays on a weekend carry their day off (each to the
 * next weekday that is neither a holiday nor already taken by an earlier carry-over), as day numbers in
 * date order. The previous year's holidays are looked at too, in case one carries over into this year.
 */
function lawWeekdayDaysOffOf(year: number): number[] {
  const holidays: { day: number; religious: boolean }[] = [];
  for (const holiday of [...publicHolidays(year - 1), ...publicHolidays(year)]) {
    const day = dayNumberOfIso(holiday.date);
    if (day !== null) holidays.push({ day, religious: holiday.religious });
  }
  const holidayDays = new Set(holidays.map((h) => h.day));
  const daysOff = new Set<number>();
  for (const holiday of holidays) {
    if (!isWeekend(holiday.day)) {
      daysOff.add(holiday.day);
      continue;
    }
    if (holiday.religious) continue;
    let carried = holiday.day + 1;
    while (isWeekend(carried) || holidayDays.has(carried) || daysOff.has(carried)) carried += 1;
    daysOff.add(carried);
  }
  const first = dayNumberOf(year, 1, 1);
  const last = dayNumberOf(year, 12, 31);
  if (first === null || last === null) return [];
  return [...daysOff].filter((d) => d >= first && d <= last).sort((a, b) => a - b);
}

const lawDaysOffCache = new Map<number, ReadonlySet<number>>();

function lawWeekdayDaysOff(year: number): ReadonlySet<number> {
  let set = lawDaysOffCache.get(year);
  if (!set) {
    set = new Set(lawWeekdayDaysOffOf(year));
    lawDaysOffCache.set(year, set);
  }
  return set;
}

/** The days moved by act: true for a weekend day made a working day, false for a weekday made a day off. */
const MOVED_BY_ACT: ReadonlyMap<number, boolean> = new Map(
  MOVED_DAYS.flatMap((move) => [
    [dayNumberOfIso(move.workingDay) as number, true] as const,
    [dayNumberOfIso(move.dayOff) as number, false] as const,
  ]),
);

/** Whether a day is a working day by the law and the acts, before the user's corrections. */
function isWorkingDayByCalendar(day: number): boolean {
  const moved = MOVED_BY_ACT.get(day);
  if (moved !== undefined) return moved;
  if (isWeekend(day)) return false;
  return !lawWeekdayDaysOff(yearOfDayNumber(day)).has(day);
}

/**
 * The weekdays that are days off in a year by the §9 calendar, ISO, in date order: holidays, the days
 * their weekend days off are carried to, and the weekdays made days off by an act.
 */
export function weekdayDaysOff(year: number): string[] {
  const days = new Set(lawWeekdayDaysOffOf(year));
  for (const [day, working] of MOVED_BY_ACT) if (!working && yearOfDayNumber(day) === year) days.add(day);
  return [...days].sort((a, b) => a - b).map(isoOfDayNumber);
}

/** The Saturdays and Sundays of a year made working days by an act, ISO, in date order. */
export function workingWeekendDays(year: number): string[] {
  const days = [...MOVED_BY_ACT].filter(([day, working]) => working && yearOfDayNumber(day) === year).map(([day]) => day);
  return days.sort((a, b) => a - b).map(isoOfDayNumber);
}

/** Which adjustment dates are not ISO dates, and which date is both an extra day off and a working day. */
export interface AdjustmentProblem {
  kind: "notADate" | "conflict";
  value: string;
}

/** The adjustments as day-number sets, or the first problem found in them. */
export function resolveAdjustments(
  adjustments: CalendarAdjustments = {},
): { daysOff: ReadonlySet<number>; workingDays: ReadonlySet<number> } | AdjustmentProblem {
  const toSet = (dates: readonly string[] | undefined): Set<number> | AdjustmentProblem => {
    const set = new Set<number>();
    for (const iso of dates ?? []) {
      const day = dayNumberOfIso(iso);
      if (day === null) return { kind: "notADate", value: iso };
      set.add(day);
    }
    return set;
  };
  const daysOff = toSet(adjustments.extraDaysOff);
  if (!(daysOff instanceof Set)) return daysOff;
  const workingDays = toSet(adjustments.extraWorkingDays);
  if (!(workingDays instanceof Set)) return workingDays;
  for (const day of daysOff) {
    if (workingDays.has(day)) return { kind: "conflict", value: isoOfDayNumber(day) };
  }
  return { daysOff, workingDays };
}

function isWorkingDayNumber(day: number, daysOff: ReadonlySet<number>, workingDays: ReadonlySet<number>): boolean {
  if (workingDays.has(day)) return true;
  if (daysOff.has(day)) return false;
  return isWorkingDayByCalendar(day);
}

function adjustmentsOrThrow(adjustments: CalendarAdjustments): { daysOff: ReadonlySet<number>; workingDays: ReadonlySet<number> } {
  const resolved = resolveAdjustments(adjustments);
  if ("kind" in resolved) throw new RangeError(`calendar adjustment ${resolved.kind}: ${resolved.value}`);
  return resolved;
}

/** Whether an ISO date is a working day by the §9 calendar of its year, with the user's adjustments. */
export function isWorkingDay(iso: string, adjustments: CalendarAdjustments = {}): boolean {
  const day = dayNumberOfIso(iso);
  if (day === null) throw new RangeError(`not an ISO date: ${iso}`);
  const { daysOff, workingDays } = adjustmentsOrThrow(adjustments);
  return isWorkingDayNumber(day, daysOff, workingDays);
}

/** The largest count of working days `addWorkingDays` accepts (about 40 years). */
export const MAX_WORKING_DAYS = 10_000;

/**
 * The day on which a window of `count` working days that starts the day after `startDay` ends: the
 * count-th working day after it (§28–35: "within 5 working days of receiving the conclusion"). `daysOff`
 * and `workingDays` are the user's extra days off and working days, as resolveAdjustments gives them.
 */
export function addWorkingDaysToDayNumber(
  startDay: number,
  count: number,
  daysOff: ReadonlySet<number> = new Set(),
  workingDays: ReadonlySet<number> = new Set(),
): number {
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKING_DAYS) {
    throw new RangeError(`working days must be an integer from 1 to ${MAX_WORKING_DAYS}: ${count}`);
  }
  let day = startDay;
  let counted = 0;
  while (counted < count) {
    day += 1;
    if (isWorkingDayNumber(day, daysOff, workingDays)) counted += 1;
  }
  return day;
}

/** ISO-date form of addWorkingDaysToDayNumber. */
export function addWorkingDays(startIso: string, count: number, adjustments: CalendarAdjustments = {}): string {
  const start = dayNumberOfIso(startIso);
  if (start === null) throw new RangeError(`not an ISO date: ${startIso}`);
  const { daysOff, workingDays } = adjustmentsOrThrow(adjustments);
  return isoOfDayNumber(addWorkingDaysToDayNumber(start, count, daysOff, workingDays));
}
