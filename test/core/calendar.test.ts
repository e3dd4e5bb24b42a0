// The Kazakhstan calendar of each year (METHODOLOGY.md §9): dates as day numbers, the holiday list in force
// in each year (every boundary year of every holiday), weekend carry-over (not for the religious holidays),
// the days moved by act in 2022–2025, and every weekday off of the boundary years, all counted by hand.

import fc from "fast-check";
import {
  KURBAN_AIT_FIRST_DAYS,
  MOVED_DAYS,
  dayNumberOf,
  dayNumberOfIso,
  isWorkingDay,
  isoOfDayNumber,
  publicHolidays,
  weekdayDaysOff,
  weekdayOf,
  workingWeekendDays,
} from "../../src/core/calendar";

const weekday = (iso: string) => weekdayOf(dayNumberOfIso(iso) as number);
const SATURDAY = 6;
const SUNDAY = 0;

describe("dates as day numbers", () => {
  test("1970-01-01 is day 0, a Thursday; 2024-03-15 is a Friday", () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(weekdayOf(0)).toBe(4);
    expect(weekday("2024-03-15")).toBe(5);
  });

  test("dates that do not exist are refused", () => {
    expect(dayNumberOfIso("2023-02-29")).toBeNull();
    expect(dayNumberOfIso("2024-13-01")).toBeNull();
    expect(dayNumberOfIso("15.03.2024")).toBeNull();
    expect(dayNumberOfIso("2024-02-29")).not.toBeNull();
  });

  test("ISO round trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        expect(dayNumberOfIso(isoOfDayNumber(day))).toBe(day);
      }),
    );
  });
});

describe("the holiday list in force in each year", () => {
  const datesOf = (year: number) => publicHolidays(year).map((h) => h.date);

  test("2024: fourteen fixed dates plus Kurban Ait on 16 June; the religious ones are Christmas and Kurban Ait", () => {
    const holidays = publicHolidays(2024);
    expect(holidays.map((h) => h.date)).toEqual([
      "2024-01-01",
      "2024-01-02",
      "2024-01-07",
      "2024-03-08",
      "2024-03-21",
      "2024-03-22",
      "2024-03-23",
      "2024-05-01",
      "2024-05-07",
      "2024-05-09",
      "2024-06-16",
      "2024-07-06",
      "2024-08-30",
      "2024-10-25",
      "2024-12-16",
    ]);
    expect(holidays.filter((h) => h.religious).map((h) => h.key)).toEqual(["orthodoxChristmas", "kurbanAit"]);
  });

  test("2021: 1 and 17 December, no 25 October; 2022: 25 October, neither 1 nor 17 December", () => {
    expect(datesOf(2021)).toEqual(expect.arrayContaining(["2021-12-01", "2021-12-16", "2021-12-17"]));
    expect(datesOf(2021)).not.toContain("2021-10-25");
    expect(datesOf(2022)).toContain("2022-10-25");
    expect(datesOf(2022)).not.toContain("2022-12-01");
    expect(datesOf(2022)).not.toContain("2022-12-17");
    expect(datesOf(2022)).toContain("2022-12-16");
  });

  test("1 December from 2012 only; 7 May from 2013 only", () => {
    expect(datesOf(2011)).not.toContain("2011-12-01");
    expect(datesOf(2012)).toContain("2012-12-01");
    expect(datesOf(2012)).not.toContain("2012-05-07");
    expect(datesOf(2013)).toContain("2013-05-07");
  });

  test("30 August until 2025; 15 March from 2027", () => {
    expect(datesOf(2025)).toContain("2025-08-30");
    expect(datesOf(2026)).not.toContain("2026-08-30");
    expect(datesOf(2026)).not.toContain("2026-03-15");
    expect(datesOf(2027)).toContain("2027-03-15");
    expect(datesOf(2027)).not.toContain("2027-08-30");
  });

  test("2027 in full: fourteen fixed dates and Kurban Ait on Sunday 16 May", () => {
    expect(datesOf(2027)).toEqual([
      "2027-01-01",
      "2027-01-02",
      "2027-01-07",
      "2027-03-08",
      "2027-03-15",
      "2027-03-21",
      "2027-03-22",
      "2027-03-23",
      "2027-05-01",
      "2027-05-07",
      "2027-05-09",
      "2027-05-16",
      "2027-07-06",
      "2027-10-25",
      "2027-12-16",
    ]);
  });

  test("Kurban Ait: the dates Kazakhstan observed 2012–2025 (24 Sep 2015 and 12 Sep 2016 among them), 27 May 2026", () => {
    expect(KURBAN_AIT_FIRST_DAYS[2012]).toBe("2012-10-26");
    expect(KURBAN_AIT_FIRST_DAYS[2013]).toBe("2013-10-15");
    expect(KURBAN_AIT_FIRST_DAYS[2014]).toBe("2014-10-04");
    expect(KURBAN_AIT_FIRST_DAYS[2015]).toBe("2015-09-24");
    expect(KURBAN_AIT_FIRST_DAYS[2016]).toBe("2016-09-12");
    expect(KURBAN_AIT_FIRST_DAYS[2024]).toBe("2024-06-16");
    expect(KURBAN_AIT_FIRST_DAYS[2026]).toBe("2026-05-27");
  });

  test("the Kurban Ait table covers 2012–2030, each date in its own year, 10–12 days earlier each year", () => {
    for (let year = 2012; year <= 2030; year += 1) {
      const date = KURBAN_AIT_FIRST_DAYS[year];
      expect(date.startsWith(`${year}-`)).toBe(true);
      expect(dayNumberOfIso(date)).not.toBeNull();
    }
    for (let year = 2013; year <= 2030; year += 1) {
      const shift = (dayNumberOfIso(KURBAN_AIT_FIRST_DAYS[year]) as number) - (dayNumberOfIso(KURBAN_AIT_FIRST_DAYS[year - 1]) as number);
      expect(shift).toBeGreaterThanOrEqual(365 - 12);
      expect(shift).toBeLessThanOrEqual(366 - 10);
    }
    expect(publicHolidays(2011).some((h) => h.key === "kurbanAit")).toBe(false);
    expect(publicHolidays(2031).some((h) => h.key === "kurbanAit")).toBe(false);
  });
});

describe("each boundary year of each holiday, as a working day or not", () => {
  test.each([
    // [date, working?, why]
    ["2011-12-01", true, "Thu 1 Dec 2011: First President's Day is a holiday only from 2012"],
    ["2012-12-03", false, "Sat 1 Dec 2012 carries its day off to Mon 3 Dec"],
    ["2021-12-01", false, "Wed 1 Dec 2021: the last year of First President's Day"],
    ["2022-12-01", true, "Thu 1 Dec 2022: no longer a holiday"],
    ["2012-05-07", true, "Mon 7 May 2012: Defender of the Fatherland Day is a day off only from 2013"],
    ["2013-05-07", false, "Tue 7 May 2013: Defender of the Fatherland Day"],
    ["2021-10-25", true, "Mon 25 Oct 2021: Republic Day is a holiday only from 2022"],
    ["2022-10-25", false, "Tue 25 Oct 2022: Republic Day"],
    ["2021-12-17", false, "Fri 17 Dec 2021: the last year of the second day of Independence Day"],
    ["2022-12-16", false, "Fri 16 Dec 2022: Independence Day"],
    ["2022-12-19", true, "Sat 17 Dec 2022 is no holiday, so nothing is carried to Mon 19 Dec"],
    ["2025-09-01", false, "Sat 30 Aug 2025, the last Constitution Day of 1995, carries its day off to Mon 1 Sep"],
    ["2026-08-31", true, "Sun 30 Aug 2026 is no longer a holiday, so Mon 31 Aug works"],
    ["2026-03-16", true, "Sun 15 Mar 2026 is not yet a holiday, so Mon 16 Mar works"],
    ["2027-03-15", false, "Mon 15 Mar 2027: Constitution Day"],
    ["2012-10-26", false, "Fri 26 Oct 2012: Kurban Ait, the first year of the table"],
    ["2030-04-12", true, "Fri 12 Apr 2030: the day before Kurban Ait"],
  ])("%s working: %p (%s)", (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });
});

describe("weekend carry-over", () => {
  test("New Year 2022 on Saturday and Sunday: the days off move to Monday 3 and Tuesday 4 January", () => {
    expect(isWorkingDay("2022-01-03")).toBe(false);
    expect(isWorkingDay("2022-01-04")).toBe(false);
    expect(isWorkingDay("2022-01-05")).toBe(true);
  });

  test("Sunday 1 January 2023 moves past Monday 2 January (a holiday itself) to Tuesday 3 January", () => {
    expect(isWorkingDay("2023-01-02")).toBe(false);
    expect(isWorkingDay("2023-01-03")).toBe(false);
    expect(isWorkingDay("2023-01-04")).toBe(true);
  });

  test("Sunday 16 December 2012 moves past Monday 17 (a holiday itself) to Tuesday 18 December", () => {
    expect(isWorkingDay("2012-12-17")).toBe(false);
    expect(isWorkingDay("2012-12-18")).toBe(false);
    expect(isWorkingDay("2012-12-19")).toBe(true);
  });

  test("16 and 17 December 2017 on Saturday and Sunday: Monday 18 and Tuesday 19 December are days off", () => {
    expect(isWorkingDay("2017-12-18")).toBe(false);
    expect(isWorkingDay("2017-12-19")).toBe(false);
    expect(isWorkingDay("2017-12-20")).toBe(true);
  });

  test("Saturday 17 December 2011 moves to Monday 19 December", () => {
    expect(isWorkingDay("2011-12-19")).toBe(false);
    expect(isWorkingDay("2011-12-20")).toBe(true);
  });

  test("8 March 2025 is a Saturday: the day off moves to Monday 10 March", () => {
    expect(weekday("2025-03-08")).toBe(SATURDAY);
    expect(isWorkingDay("2025-03-10")).toBe(false);
    expect(isWorkingDay("2025-03-11")).toBe(true);
  });

  test("Nauryz 2025: 21 March Friday off, 22 (Sat) → Monday 24, 23 (Sun) → Tuesday 25", () => {
    expect(weekdayDaysOff(2025).filter((d) => d.startsWith("2025-03"))).toEqual(["2025-03-10", "2025-03-21", "2025-03-24", "2025-03-25"]);
    expect(isWorkingDay("2025-03-26")).toBe(true);
  });

  test("Nauryz 2026: Saturday 21 and Sunday 22 March move past Monday 23 to Tuesday 24 and Wednesday 25", () => {
    expect(weekdayDaysOff(2026).filter((d) => d.startsWith("2026-03"))).toEqual(["2026-03-09", "2026-03-23", "2026-03-24", "2026-03-25"]);
    expect(isWorkingDay("2026-03-26")).toBe(true);
  });
});

describe("the religious holidays are not carried over", () => {
  test.each([
    ["2023-01-07", "2023-01-09", "7 January 2023 is a Saturday: Monday 9 January works"],
    ["2024-01-07", "2024-01-08", "7 January 2024 is a Sunday: Monday 8 January works"],
    ["2014-10-04", "2014-10-06", "Kurban Ait 2014 is a Saturday: Monday 6 October works"],
    ["2022-07-09", "2022-07-11", "Kurban Ait 2022 is a Saturday: Monday 11 July works"],
    ["2024-06-16", "2024-06-17", "Kurban Ait 2024 is a Sunday: Monday 17 June works"],
    ["2027-05-16", "2027-05-17", "Kurban Ait 2027 is a Sunday: Monday 17 May works"],
  ])("%s on a weekend, %s works (%s)", (holiday, nextMonday) => {
    expect([SATURDAY, SUNDAY]).toContain(weekday(holiday));
    expect(isWorkingDay(nextMonday)).toBe(true);
  });

  test("on a weekday they are days off: Kurban Ait Friday 6 June 2025, Christmas Tuesday 7 January 2025", () => {
    expect(isWorkingDay("2025-06-06")).toBe(false);
    expect(isWorkingDay("2025-01-07")).toBe(false);
  });
});

describe("the days moved by act, 2022–2025 (METHODOLOGY.md §9)", () => {
  test.each([
    ["2022-03-05", "2022-03-07", "Government decree No. 713 of 6 October 2021"],
    ["2022-08-27", "2022-08-29", "Government decree No. 713 of 6 October 2021"],
    ["2022-10-22", "2022-10-24", "the same decree as amended in October 2022"],
    ["2023-07-01", "2023-07-07", "Government decree of 25 April 2023"],
    ["2024-05-04", "2024-05-08", "order of the Minister of Labour of 17 April 2024"],
    ["2025-01-05", "2025-01-03", "order of the Minister of Labour of November 2024"],
  ])("%s is worked and %s is a day off (%s)", (workingDay, dayOff) => {
    expect([SATURDAY, SUNDAY]).toContain(weekday(workingDay));
    expect([SATURDAY, SUNDAY]).not.toContain(weekday(dayOff));
    expect(isWorkingDay(workingDay)).toBe(true);
    expect(isWorkingDay(dayOff)).toBe(false);
  });

  test("six moves; the 2022–2023 ones by Government decree, the 2024–2025 ones by order of the Minister of Labour", () => {
    expect(MOVED_DAYS.map((m) => [m.workingDay.slice(0, 4), m.act])).toEqual([
      ["2022", "governmentDecree"],
      ["2022", "governmentDecree"],
      ["2022", "governmentDecree"],
      ["2023", "governmentDecree"],
      ["2024", "labourMinisterOrder"],
      ["2025", "labourMinisterOrder"],
    ]);
  });

  test("the working weekend days of each year", () => {
    expect(workingWeekendDays(2021)).toEqual([]);
    expect(workingWeekendDays(2022)).toEqual(["2022-03-05", "2022-08-27", "2022-10-22"]);
    expect(workingWeekendDays(2023)).toEqual(["2023-07-01"]);
    expect(workingWeekendDays(2024)).toEqual(["2024-05-04"]);
    expect(workingWeekendDays(2025)).toEqual(["2025-01-05"]);
    expect(workingWeekendDays(2026)).toEqual([]);
  });
});

describe("every weekday off of the boundary years, counted by hand from §9", () => {
  test.each([
    [
      2011,
      // Sat 1 + Sun 2 Jan → Mon 3 + Tue 4; Sun 1 May → Mon 2; Sat 17 Dec → Mon 19 (no 7 May, 1 Dec, Kurban Ait date).
      ["01-03", "01-04", "01-07", "03-08", "03-21", "03-22", "03-23", "05-02", "05-09", "07-06", "08-30", "12-16", "12-19"],
    ],
    [
      2012,
      // Sun 1 Jan → past Mon 2 → Tue 3; Sat 7 Jan not carried; 7 May not yet; Sat 1 Dec → Mon 3; Sun 16 Dec → past Mon 17 → Tue 18.
      ["01-02", "01-03", "03-08", "03-21", "03-22", "03-23", "05-01", "05-09", "07-06", "08-30", "10-26", "12-03", "12-17", "12-18"],
    ],
    [
      2013,
      // Sat 23 Mar → Mon 25; Sat 6 Jul → Mon 8; Sun 1 Dec → Mon 2.
      [
        "01-01",
        "01-02",
        "01-07",
        "03-08",
        "03-21",
        "03-22",
        "03-25",
        "05-01",
        "05-07",
        "05-09",
        "07-08",
        "08-30",
        "10-15",
        "12-02",
        "12-16",
        "12-17",
      ],
    ],
    [
      2021,
      // Sat 2 Jan → Mon 4; Sun 21 Mar → past Mon 22 and Tue 23 → Wed 24; Sat 1 May → Mon 3; Sun 9 May → Mon 10.
      [
        "01-01",
        "01-04",
        "01-07",
        "03-08",
        "03-22",
        "03-23",
        "03-24",
        "05-03",
        "05-07",
        "05-10",
        "07-06",
        "07-20",
        "08-30",
        "12-01",
        "12-16",
        "12-17",
      ],
    ],
    [
      2022,
      // Sat 1 + Sun 2 Jan → Mon 3 + Tue 4; Sun 1 May → Mon 2; Sat 7 May → past Mon 9 → Tue 10; moved: 7 Mar, 29 Aug, 24 Oct.
      [
        "01-03",
        "01-04",
        "01-07",
        "03-07",
        "03-08",
        "03-21",
        "03-22",
        "03-23",
        "05-02",
        "05-09",
        "05-10",
        "07-06",
        "08-29",
        "08-30",
        "10-24",
        "10-25",
        "12-16",
      ],
    ],
    [
      2023,
      // Sun 1 Jan → past Mon 2 → Tue 3; Sun 7 May → Mon 8; Sat 16 Dec → Mon 18; moved: 7 Jul.
      [
        "01-02",
        "01-03",
        "03-08",
        "03-21",
        "03-22",
        "03-23",
        "05-01",
        "05-08",
        "05-09",
        "06-28",
        "07-06",
        "07-07",
        "08-30",
        "10-25",
        "12-18",
      ],
    ],
    [
      2024,
      // Sat 23 Mar → Mon 25; Sat 6 Jul → Mon 8; moved: 8 May; Sun 7 Jan and Sun 16 Jun (Kurban Ait) not carried.
      ["01-01", "01-02", "03-08", "03-21", "03-22", "03-25", "05-01", "05-07", "05-08", "05-09", "07-08", "08-30", "10-25", "12-16"],
    ],
    [
      2025,
      // moved: 3 Jan; Sat 8 Mar → Mon 10; Sat 22 + Sun 23 Mar → Mon 24 + Tue 25; Sun 6 Jul → Mon 7; Sat 30 Aug → Mon 1 Sep; Sat 25 Oct → Mon 27.
      [
        "01-01",
        "01-02",
        "01-03",
        "01-07",
        "03-10",
        "03-21",
        "03-24",
        "03-25",
        "05-01",
        "05-07",
        "05-09",
        "06-06",
        "07-07",
        "09-01",
        "10-27",
        "12-16",
      ],
    ],
    [
      2026,
      // Sun 8 Mar → Mon 9; Sat 21 + Sun 22 Mar → past Mon 23 → Tue 24 + Wed 25; Sat 9 May → Mon 11; Sun 25 Oct → Mon 26; no 30 Aug, no 15 Mar.
      ["01-01", "01-02", "01-07", "03-09", "03-23", "03-24", "03-25", "05-01", "05-07", "05-11", "05-27", "07-06", "10-26", "12-16"],
    ],
    [
      2027,
      // Sat 2 Jan → Mon 4; Sun 21 Mar → past Mon 22 and Tue 23 → Wed 24; Sat 1 May → Mon 3; Sun 9 May → Mon 10; Sun 16 May (Kurban Ait) not carried.
      ["01-01", "01-04", "01-07", "03-08", "03-15", "03-22", "03-23", "03-24", "05-03", "05-07", "05-10", "07-06", "10-25", "12-16"],
    ],
  ])("%i", (year, days) => {
    expect(weekdayDaysOff(year)).toEqual(days.map((d) => `${year}-${d}`));
  });
});
