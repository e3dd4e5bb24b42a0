// The Kazakhstan working-day calendar of METHODOLOGY.md §9: holidays, weekend carry-over (not for the
// religious holidays), Kurban Ait dates, user adjustments, and the appeal window of §28–35.

import fc from "fast-check";
import {
  KURBAN_AIT_FIRST_DAYS,
  MAX_WORKING_DAYS,
  addWorkingDays,
  dayNumberOf,
  dayNumberOfIso,
  isWorkingDay,
  isoOfDayNumber,
  publicHolidays,
  resolveAdjustments,
  weekdayDaysOff,
  weekdayOf,
} from "../../src/core/calendar";

describe("dates as day numbers", () => {
  test("1970-01-01 is day 0, a Thursday; 2024-03-15 is a Friday", () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(dayNumberOfIso("2024-03-15") as number)).toBe(5);
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

describe("public holidays of §9", () => {
  test("2024: fourteen fixed dates plus Kurban Ait on 16 June", () => {
    const holidays = publicHolidays(2024);
    expect(holidays).toHaveLength(15);
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

  test("the Kurban Ait table covers 2015–2030 and every date falls in its own year", () => {
    for (let year = 2015; year <= 2030; year += 1) {
      const date = KURBAN_AIT_FIRST_DAYS[year];
      expect(date.startsWith(`${year}-`)).toBe(true);
      expect(dayNumberOfIso(date)).not.toBeNull();
    }
    // The lunar year is about 354–355 days: each date is 10–12 days earlier than the year before.
    for (let year = 2016; year <= 2030; year += 1) {
      const shift = (dayNumberOfIso(KURBAN_AIT_FIRST_DAYS[year]) as number) - (dayNumberOfIso(KURBAN_AIT_FIRST_DAYS[year - 1]) as number);
      expect(shift).toBeGreaterThanOrEqual(365 - 12);
      expect(shift).toBeLessThanOrEqual(366 - 10);
    }
    expect(publicHolidays(2031).some((h) => h.key === "kurbanAit")).toBe(false);
  });
});

describe("weekend carry-over", () => {
  test("New Year 2022 on Saturday and Sunday: the days off move to Monday 3 and Tuesday 4 January", () => {
    const off = weekdayDaysOff(2022);
    expect(off.slice(0, 3)).toEqual(["2022-01-03", "2022-01-04", "2022-01-07"]);
    expect(isWorkingDay("2022-01-03")).toBe(false);
    expect(isWorkingDay("2022-01-04")).toBe(false);
    expect(isWorkingDay("2022-01-05")).toBe(true);
  });

  test("7 January 2024 is a Sunday and is not carried over: Monday 8 January is a working day", () => {
    expect(weekdayOf(dayNumberOfIso("2024-01-07") as number)).toBe(0);
    expect(isWorkingDay("2024-01-08")).toBe(true);
  });

  test("Kurban Ait is not carried over: Sunday 16 June 2024 → Monday 17 June works; Saturday 9 July 2022 → Monday 11 July works", () => {
    expect(isWorkingDay("2024-06-16")).toBe(false);
    expect(isWorkingDay("2024-06-17")).toBe(true);
    expect(isWorkingDay("2022-07-11")).toBe(true);
  });

  test("Kurban Ait on a weekday is a day off: Friday 6 June 2025", () => {
    expect(isWorkingDay("2025-06-06")).toBe(false);
  });

  test("8 March 2025 is a Saturday: the day off moves to Monday 10 March", () => {
    expect(weekdayOf(dayNumberOfIso("2025-03-08") as number)).toBe(6);
    expect(isWorkingDay("2025-03-10")).toBe(false);
    expect(isWorkingDay("2025-03-11")).toBe(true);
  });

  test("Nauryz 2025: 21 March Friday off, 22 (Sat) → Monday 24, 23 (Sun) → Tuesday 25", () => {
    expect(weekdayDaysOff(2025).filter((d) => d.startsWith("2025-03"))).toEqual(["2025-03-10", "2025-03-21", "2025-03-24", "2025-03-25"]);
    expect(isWorkingDay("2025-03-26")).toBe(true);
  });

  test("16 December 2023 is a Saturday: Monday 18 December is a day off", () => {
    expect(isWorkingDay("2023-12-18")).toBe(false);
  });
});

describe("the appeal window: 5 working days after receiving the conclusion", () => {
  test("received Friday 15 March 2024 → Wednesday 27 March 2024 (§9 example)", () => {
    // 18 Mon (1), 19 Tue (2), 20 Wed (3); 21–22 Nauryz; 23 Sat (Nauryz) moves to Mon 25; 26 Tue (4), 27 Wed (5).
    expect(addWorkingDays("2024-03-15", 5)).toBe("2024-03-27");
  });

  test("one working day after Thursday 2 May 2024 is Friday 3 May; after Monday 6 May it is Wednesday 8 May (7 May off)", () => {
    expect(addWorkingDays("2024-05-02", 1)).toBe("2024-05-03");
    expect(addWorkingDays("2024-05-06", 1)).toBe("2024-05-08");
  });

  test("a window that starts on a weekend still counts from the next working day: Saturday 16 March 2024 + 1 → Monday 18", () => {
    expect(addWorkingDays("2024-03-16", 1)).toBe("2024-03-18");
  });

  test("an extra day off the Government declares (Tuesday 26 March 2024) pushes the end to Thursday 28 March", () => {
    // 18 (1), 19 (2), 20 (3), 26 off, 27 (4), 28 (5).
    expect(addWorkingDays("2024-03-15", 5, { extraDaysOff: ["2024-03-26"] })).toBe("2024-03-28");
  });

  test("an extra working Saturday (16 March 2024) pulls the end to Tuesday 26 March", () => {
    // 16 Sat (1), 18 (2), 19 (3), 20 (4), 26 (5).
    expect(addWorkingDays("2024-03-15", 5, { extraWorkingDays: ["2024-03-16"] })).toBe("2024-03-26");
  });

  test("an extra working day can also cancel a holiday (Thursday 21 March 2024)", () => {
    // 18 (1), 19 (2), 20 (3), 21 (4), 26 (5).
    expect(addWorkingDays("2024-03-15", 5, { extraWorkingDays: ["2024-03-21"] })).toBe("2024-03-26");
  });

  test("a date both added as a day off and as a working day is refused", () => {
    expect(resolveAdjustments({ extraDaysOff: ["2024-03-26"], extraWorkingDays: ["2024-03-26"] })).toEqual({
      kind: "conflict",
      value: "2024-03-26",
    });
    expect(() => addWorkingDays("2024-03-15", 5, { extraDaysOff: ["2024-03-26"], extraWorkingDays: ["2024-03-26"] })).toThrow(RangeError);
    expect(resolveAdjustments({ extraDaysOff: ["26.03.2024"] })).toEqual({ kind: "notADate", value: "26.03.2024" });
  });

  test("the count must be an integer from 1 to the maximum", () => {
    expect(() => addWorkingDays("2024-03-15", 0)).toThrow(RangeError);
    expect(() => addWorkingDays("2024-03-15", 2.5)).toThrow(RangeError);
    expect(() => addWorkingDays("2024-03-15", MAX_WORKING_DAYS + 1)).toThrow(RangeError);
  });

  test("invariants: the end is a working day, exactly n working days lie in (start, end], and more days never end earlier", () => {
    const start = dayNumberOfIso("2015-01-01") as number;
    const end = dayNumberOfIso("2030-12-31") as number;
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: 1, max: 30 }), (day, n) => {
        const from = isoOfDayNumber(day);
        const result = addWorkingDays(from, n);
        expect(isWorkingDay(result)).toBe(true);
        let counted = 0;
        for (let d = day + 1; d <= (dayNumberOfIso(result) as number); d += 1) {
          if (isWorkingDay(isoOfDayNumber(d))) counted += 1;
        }
        expect(counted).toBe(n);
        expect(addWorkingDays(from, n + 1) > result).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
