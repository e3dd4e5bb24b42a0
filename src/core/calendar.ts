// The Kazakhstan working-day calendar of METHODOLOGY.md §9 (appeal windows, §28–35): public holidays,
// weekend carry-over, Kurban Ait dates, and user-given extra days off and working days. Pure: no clock.
//
// The holiday list is §9's (the law since 2022) for every year: before 2022 the law also had 1 December
// and 17 December and not 25 October. Dates of older years, and the days the Government moves by decree
// each year, are corrected with the extra days off and extra working days.

/**
 * The first day of Kurban Ait (Eid al-Adha) by year, as Kazakhstan observed it (2015–2025) or as it is
 * expected (2026–2030).
 *
 * Source and assumption: the date is set each year by the Spiritual Administration of Muslims of
 * Kazakhstan and published in the Government's production calendar. For 2015–2025 the table holds the
 * dates Kazakhstan observed, which in those years coincided with 10 Dhu al-Hijjah of the Umm al-Qura
 * calendar. For 2026–2030 it holds 10 Dhu al-Hijjah of the Umm al-Qura calendar, the date Kazakhstan is
 * expected to announce; an announced date that differs by a day is corrected with the extra days off and
 * extra working days. Outside 2015–2030 no Kurban Ait date is known and none is applied: pass it as an
 * extra day off.
 */
export const KURBAN_AIT_FIRST_DAYS: Readonly<Record<number, string>> = {
  2015: "2015-09-24",
  2016: "2016-09-12",
  2017: "2017-09-01",
  2018: "2018-08-21",
  2019: "2019-08-11",
  2020: "2020-07-31",
  2021: "2021-07-20",
  2022: "2022-07-09",
  2023: "2023-06-28",
  2024: "2024-06-16",
  2025: "2025-06-06",
  2026: "2026-05-27",
  2027: "2027-05-16",
  2028: "2028-05-05",
  2029: "2029-04-24",
  2030: "2030-04-13",
};

export type HolidayKey =
  | "newYear"
  | "orthodoxChristmas"
  | "womensDay"
  | "nauryz"
  | "unityDay"
  | "defenderDay"
  | "victoryDay"
  | "capitalDay"
  | "constitutionDay"
  | "republicDay"
  | "independenceDay"
  | "kurbanAit";

export interface Holiday {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  key: HolidayKey;
  /** Religious holidays (7 January, Kurban Ait) do not move to a working day when they fall on a weekend. */
  religious: boolean;
}

/** The §9 list as [month, day, key, religious]; Kurban Ait comes from KURBAN_AIT_FIRST_DAYS. */
const FIXED_HOLIDAYS: ReadonlyArray<readonly [number, number, HolidayKey, boolean]> = [
  [1, 1, "newYear", false],
  [1, 2, "newYear", false],
  [1, 7, "orthodoxChristmas", true],
  [3, 8, "womensDay", false],
  [3, 21, "nauryz", false],
  [3, 22, "nauryz", false],
  [3, 23, "nauryz", false],
  [5, 1, "unityDay", false],
  [5, 7, "defenderDay", false],
  [5, 9, "victoryDay", false],
  [7, 6, "capitalDay", false],
  [8, 30, "constitutionDay", false],
  [10, 25, "republicDay", false],
  [12, 16, "independenceDay", false],
];

/** User corrections from the Government's yearly decrees: dates are ISO (YYYY-MM-DD). */
export interface CalendarAdjustments {
  extraDaysOff?: readonly string[];
  extraWorkingDays?: readonly string[];
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date; null when the date does not exist (e.g. 2023-02-29). */
export function dayNumberOf(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear restores the year asked for.
  check.setUTCFullYear(year);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(check.getTime() / MS_PER_DAY);
}

/** The day number of an ISO date (YYYY-MM-DD), or null when it is not one. */
export function dayNumberOfIso(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  return dayNumberOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export function isoOfDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

/** The §9 public holidays of a year, in date order (Kurban Ait only for the years of the table). */
export function publicHolidays(year: number): Holiday[] {
  const holidays: Holiday[] = FIXED_HOLIDAYS.map(([month, day, key, religious]) => ({
    date: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    key,
    religious,
  }));
  const kurbanAit = KURBAN_AIT_FIRST_DAYS[year];
  if (kurbanAit) holidays.push({ date: kurbanAit, key: "kurbanAit", religious: true });
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The days off of one year that are not Saturdays or Sundays: the holidays on weekdays plus the days to
 * which non-religious holidays on a weekend are moved (each to the next weekday that is neither a holiday
 * nor already taken by an earlier move), in date order as day numbers.
 */
function weekdayDaysOffOf(year: number): number[] {
  // Holidays of the previous year can move into this one (16 December on a weekend, in principle).
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
    let moved = holiday.day + 1;
    while (isWeekend(moved) || holidayDays.has(moved) || daysOff.has(moved)) moved += 1;
    daysOff.add(moved);
  }
  const first = dayNumberOf(year, 1, 1) as number;
  const last = dayNumberOf(year, 12, 31) as number;
  return [...daysOff].filter((d) => d >= first && d <= last).sort((a, b) => a - b);
}

const daysOffCache = new Map<number, ReadonlySet<number>>();

function weekdayDaysOffSet(year: number): ReadonlySet<number> {
  let set = daysOffCache.get(year);
  if (!set) {
    set = new Set(weekdayDaysOffOf(year));
    daysOffCache.set(year, set);
  }
  return set;
}

/** The weekdays that are days off in a year by the §9 calendar (holidays and carried-over days), ISO. */
export function weekdayDaysOff(year: number): string[] {
  return weekdayDaysOffOf(year).map(isoOfDayNumber);
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
  if (isWeekend(day)) return false;
  return !weekdayDaysOffSet(new Date(day * MS_PER_DAY).getUTCFullYear()).has(day);
}

function adjustmentsOrThrow(adjustments: CalendarAdjustments): { daysOff: ReadonlySet<number>; workingDays: ReadonlySet<number> } {
  const resolved = resolveAdjustments(adjustments);
  if ("kind" in resolved) throw new RangeError(`calendar adjustment ${resolved.kind}: ${resolved.value}`);
  return resolved;
}

/** Whether an ISO date is a working day: Monday–Friday, not a §9 day off, with the user's adjustments. */
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
 * count-th working day after it (§28–35: "within 5 working days of receiving the conclusion").
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
