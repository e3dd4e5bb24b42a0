// Kazakhstan's public holidays by year (METHODOLOGY.md §9): which dates are days off in which years, which
// of them are religious (never carried over from a weekend), and the first day of Kurban Ait by year. Pure.
//
// The list is the Law "On holidays in the Republic of Kazakhstan" as it stood in each year, as listed in
// METHODOLOGY.md §9: 7 May from 2013; 1 December from 2012 to 2021 and 17 December until 2021 (both taken
// off the list in 2022, when 25 October returned); 30 August until 2025; 15 March from 2027. Years before
// 2012 get the holidays §9 marks "all" and those it marks "until …"; nothing older is claimed.

import { isoOf } from "./calendar-dates";

export type HolidayKey =
  | "newYear"
  | "orthodoxChristmas"
  | "womensDay"
  | "constitutionDay"
  | "nauryz"
  | "unityDay"
  | "defenderDay"
  | "victoryDay"
  | "capitalDay"
  | "constitutionDay1995"
  | "republicDay"
  | "firstPresidentDay"
  | "independenceDay"
  | "kurbanAit";

export interface Holiday {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  key: HolidayKey;
  /** Religious holidays (7 January, Kurban Ait) do not move to a working day when they fall on a weekend. */
  religious: boolean;
}

/** A fixed-date holiday and the years it is a day off (from/until inclusive; absent: no bound). */
export interface HolidayRule {
  month: number;
  day: number;
  key: HolidayKey;
  religious: boolean;
  from?: number;
  until?: number;
}

/** METHODOLOGY.md §9's table, in date order; Kurban Ait comes from KURBAN_AIT_FIRST_DAYS. */
export const HOLIDAY_RULES: readonly HolidayRule[] = [
  { month: 1, day: 1, key: "newYear", religious: false },
  { month: 1, day: 2, key: "newYear", religious: false },
  { month: 1, day: 7, key: "orthodoxChristmas", religious: true },
  { month: 3, day: 8, key: "womensDay", religious: false },
  // Constitution Day of the Constitution adopted by the referendum of 2026.
  { month: 3, day: 15, key: "constitutionDay", religious: false, from: 2027 },
  { month: 3, day: 21, key: "nauryz", religious: false },
  { month: 3, day: 22, key: "nauryz", religious: false },
  { month: 3, day: 23, key: "nauryz", religious: false },
  { month: 5, day: 1, key: "unityDay", religious: false },
  { month: 5, day: 7, key: "defenderDay", religious: false, from: 2013 },
  { month: 5, day: 9, key: "victoryDay", religious: false },
  { month: 7, day: 6, key: "capitalDay", religious: false },
  // Constitution Day of the 1995 Constitution.
  { month: 8, day: 30, key: "constitutionDay1995", religious: false, until: 2025 },
  { month: 10, day: 25, key: "republicDay", religious: false, from: 2022 },
  { month: 12, day: 1, key: "firstPresidentDay", religious: false, from: 2012, until: 2021 },
  { month: 12, day: 16, key: "independenceDay", religious: false },
  { month: 12, day: 17, key: "independenceDay", religious: false, until: 2021 },
];

/**
 * The first day of Kurban Ait (Eid al-Adha) by year: as Kazakhstan observed it (2012–2025), or as it is
 * expected (2026–2030).
 *
 * The date is set each year by the Spiritual Administration of Muslims of Kazakhstan and published in the
 * production calendar. For 2012–2025 the table holds the dates Kazakhstan observed (as the press of each
 * year reported them): these are the dates that count. They are not always 10 Dhu al-Hijjah of the Umm
 * al-Qura calendar: in 2015 and 2016 they differ from it (Kazakhstan: Thursday 24 September 2015 and
 * Monday 12 September 2016). In 2024 the production calendar first gave Monday 17 June; the Spiritual
 * Administration set Sunday 16 June, and 17 June stayed a working day — the table holds 16 June.
 * 2026 is the date the Spiritual Administration published in November 2025 (27 May); 2027–2030 are
 * 10 Dhu al-Hijjah of the Umm al-Qura calendar, the date Kazakhstan is expected to announce. A date
 * announced a day apart is corrected with the user's extra days off and working days. Outside 2012–2030
 * no date is known and none is applied: pass it as an extra day off.
 */
export const KURBAN_AIT_FIRST_DAYS: Readonly<Record<number, string>> = {
  2012: "2012-10-26",
  2013: "2013-10-15",
  2014: "2014-10-04",
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

/** Whether a fixed-date holiday is a day off in a year. */
export function ruleAppliesIn(rule: HolidayRule, year: number): boolean {
  return (rule.from === undefined || year >= rule.from) && (rule.until === undefined || year <= rule.until);
}

/** The public holidays of a year by the list in force that year, in date order (Kurban Ait for the years of its table). */
export function publicHolidays(year: number): Holiday[] {
  const holidays: Holiday[] = HOLIDAY_RULES.filter((rule) => ruleAppliesIn(rule, year)).map((rule) => ({
    date: isoOf(year, rule.month, rule.day),
    key: rule.key,
    religious: rule.religious,
  }));
  const kurbanAit = KURBAN_AIT_FIRST_DAYS[year];
  if (kurbanAit) holidays.push({ date: kurbanAit, key: "kurbanAit", religious: true });
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
