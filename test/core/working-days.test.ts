// Counting working days on the calendar of each year (METHODOLOGY.md §9, the appeal windows of §28–35):
// §9's three examples, windows over the days moved by act and over year ends, the user's extra days off and
// working days winning over everything, and the properties every deadline has. Expected dates by hand.

import fc from "fast-check";
import {
  MAX_WORKING_DAYS,
  addWorkingDays,
  dayNumberOfIso,
  isWorkingDay,
  isoOfDayNumber,
  resolveAdjustments,
  type CalendarAdjustments,
} from "../../src/core/calendar";

describe("§9's examples: 5 working days after receiving the conclusion", () => {
  test("after Friday 15 March 2024 → Wednesday 27 March 2024", () => {
    // Mon 18 (1), Tue 19 (2), Wed 20 (3); Thu 21, Fri 22 Nauryz; Sat 23 Nauryz carried to Mon 25; Tue 26 (4), Wed 27 (5).
    expect(addWorkingDays("2024-03-15", 5)).toBe("2024-03-27");
  });

  test("after Wednesday 10 March 2027 → Thursday 18 March 2027 (15 March is a day off)", () => {
    // Thu 11 (1), Fri 12 (2); Mon 15 Constitution Day; Tue 16 (3), Wed 17 (4), Thu 18 (5).
    expect(addWorkingDays("2027-03-10", 5)).toBe("2027-03-18");
  });

  test("after Tuesday 25 August 2026 → Tuesday 1 September 2026 (30 August is no longer a holiday)", () => {
    // Wed 26 (1), Thu 27 (2), Fri 28 (3); Sun 30 not a holiday, so nothing carried to Mon 31 (4); Tue 1 Sep (5).
    expect(addWorkingDays("2026-08-25", 5)).toBe("2026-09-01");
  });
});

describe("windows over the days moved by act", () => {
  test.each([
    ["2022-03-03", 2, "2022-03-05", "Thu 3 Mar 2022 → Fri 4 (1), working Sat 5 (2)"],
    ["2022-08-25", 2, "2022-08-27", "Thu 25 Aug 2022 → Fri 26 (1), working Sat 27 (2)"],
    ["2022-10-22", 1, "2022-10-26", "Sat 22 Oct 2022 → Mon 24 moved off, Tue 25 Republic Day, Wed 26 (1)"],
    [
      "2023-07-03",
      5,
      "2023-07-12",
      "Mon 3 Jul 2023 → Tue 4 (1), Wed 5 (2), Thu 6 Capital Day, Fri 7 moved off, Mon 10 (3), Tue 11 (4), Wed 12 (5)",
    ],
    ["2023-06-29", 2, "2023-07-01", "Thu 29 Jun 2023 → Fri 30 (1), working Sat 1 Jul (2)"],
    ["2024-05-03", 1, "2024-05-04", "Fri 3 May 2024 → working Sat 4 (1)"],
    ["2024-05-06", 5, "2024-05-16", "Mon 6 May 2024 → Tue 7, Wed 8 (moved), Thu 9 off; Fri 10 (1), Mon 13 (2), 14 (3), 15 (4), Thu 16 (5)"],
    ["2024-04-30", 5, "2024-05-10", "Tue 30 Apr 2024 → Wed 1 off; Thu 2 (1), Fri 3 (2), Sat 4 (3), Mon 6 (4); 7, 8, 9 off; Fri 10 (5)"],
    ["2024-12-31", 1, "2025-01-05", "Tue 31 Dec 2024 → 1, 2 Jan holidays, Fri 3 moved off, Sat 4; working Sun 5 (1)"],
  ])("after %s, %i working day(s) → %s (%s)", (start, count, end) => {
    expect(addWorkingDays(start, count)).toBe(end);
  });
});

describe("windows across year ends and the years the list changed", () => {
  test.each([
    ["2012-11-28", "2012-12-06", "Wed 28 Nov 2012 → Thu 29 (1), Fri 30 (2), Sat 1 Dec carried to Mon 3, Tue 4 (3), Wed 5 (4), Thu 6 (5)"],
    ["2011-11-28", "2011-12-05", "Mon 28 Nov 2011 → Tue 29 (1), Wed 30 (2), Thu 1 Dec (3, not yet a holiday), Fri 2 (4), Mon 5 (5)"],
    ["2021-12-13", "2021-12-22", "Mon 13 Dec 2021 → Tue 14 (1), Wed 15 (2), Thu 16, Fri 17 off, Mon 20 (3), Tue 21 (4), Wed 22 (5)"],
    ["2022-12-13", "2022-12-21", "Tue 13 Dec 2022 → Wed 14 (1), Thu 15 (2), Fri 16 off, Mon 19 (3, no 17 Dec), Tue 20 (4), Wed 21 (5)"],
    ["2022-12-27", "2023-01-05", "Tue 27 Dec 2022 → 28 (1), 29 (2), 30 (3); Sun 1 Jan carried past Mon 2 to Tue 3; Wed 4 (4), Thu 5 (5)"],
    [
      "2024-12-30",
      "2025-01-09",
      "Mon 30 Dec 2024 → Tue 31 (1); 1–3 Jan off; working Sun 5 (2), Mon 6 (3); Tue 7 Christmas; Wed 8 (4), Thu 9 (5)",
    ],
    [
      "2025-12-29",
      "2026-01-08",
      "Mon 29 Dec 2025 → Tue 30 (1), Wed 31 (2); Thu 1, Fri 2 Jan off; Mon 5 (3), Tue 6 (4); Wed 7 Christmas; Thu 8 (5)",
    ],
    [
      "2027-12-28",
      "2028-01-06",
      "Tue 28 Dec 2027 → 29 (1), 30 (2), 31 (3); Sat 1 + Sun 2 Jan carried to Mon 3 + Tue 4; Wed 5 (4), Thu 6 (5)",
    ],
    ["2025-08-26", "2025-09-03", "Tue 26 Aug 2025 → 27 (1), 28 (2), 29 (3); Sat 30 Aug carried to Mon 1 Sep; Tue 2 (4), Wed 3 (5)"],
    ["2026-03-10", "2026-03-17", "Tue 10 Mar 2026 → 11 (1), 12 (2), 13 (3); Sun 15 not yet a holiday; Mon 16 (4), Tue 17 (5)"],
  ])("after %s → %s (%s)", (start, end) => {
    expect(addWorkingDays(start, 5)).toBe(end);
  });

  test("a window that starts on a weekend still counts from the next working day: Saturday 16 March 2024 + 1 → Monday 18", () => {
    expect(addWorkingDays("2024-03-16", 1)).toBe("2024-03-18");
  });
});

describe("the user's extra days off and working days win over everything", () => {
  test("an extra day off (Tuesday 26 March 2024) pushes the end to Thursday 28 March", () => {
    // 18 (1), 19 (2), 20 (3), 26 off, 27 (4), 28 (5).
    expect(addWorkingDays("2024-03-15", 5, { extraDaysOff: ["2024-03-26"] })).toBe("2024-03-28");
  });

  test("an extra working Saturday (16 March 2024) pulls the end to Tuesday 26 March", () => {
    // 16 Sat (1), 18 (2), 19 (3), 20 (4), 26 (5).
    expect(addWorkingDays("2024-03-15", 5, { extraWorkingDays: ["2024-03-16"] })).toBe("2024-03-26");
  });

  test("over a holiday (Thursday 21 March 2024) and a carried day off (Monday 25 March 2024)", () => {
    // 18 (1), 19 (2), 20 (3), 21 (4), 26 (5).
    expect(addWorkingDays("2024-03-15", 5, { extraWorkingDays: ["2024-03-21"] })).toBe("2024-03-26");
    expect(isWorkingDay("2024-03-25")).toBe(false);
    expect(isWorkingDay("2024-03-25", { extraWorkingDays: ["2024-03-25"] })).toBe(true);
  });

  test("over a religious holiday on a weekday (Kurban Ait, Friday 6 June 2025)", () => {
    expect(isWorkingDay("2025-06-06", { extraWorkingDays: ["2025-06-06"] })).toBe(true);
  });

  test("over the days moved by act: the working Saturday 4 May 2024 made a day off, Wednesday 8 May made a working day", () => {
    // Fri 3 May + 1: Sat 4 is off after all, Sun 5; Mon 6 (1).
    expect(addWorkingDays("2024-05-03", 1, { extraDaysOff: ["2024-05-04"] })).toBe("2024-05-06");
    // Tue 7 May + 1: Wed 8 works after all (1); without it, Fri 10.
    expect(addWorkingDays("2024-05-07", 1)).toBe("2024-05-10");
    expect(addWorkingDays("2024-05-07", 1, { extraWorkingDays: ["2024-05-08"] })).toBe("2024-05-08");
  });

  test("a Kurban Ait the table does not know (2031) is given as an extra day off", () => {
    expect(isWorkingDay("2031-04-02")).toBe(true);
    expect(isWorkingDay("2031-04-02", { extraDaysOff: ["2031-04-02"] })).toBe(false);
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
});

describe("properties of every deadline, 2010–2031, with and without the user's adjustments", () => {
  const FIRST = dayNumberOfIso("2010-01-01") as number;
  const LAST = dayNumberOfIso("2031-12-31") as number;
  const day = fc.integer({ min: FIRST, max: LAST });
  /** Up to four extra days off and four extra working days near the start, never the same date in both. */
  const adjustmentsNear = (start: number): fc.Arbitrary<CalendarAdjustments> =>
    fc
      .record({
        off: fc.uniqueArray(fc.integer({ min: start - 3, max: start + 40 }), { maxLength: 4 }),
        working: fc.uniqueArray(fc.integer({ min: start - 3, max: start + 40 }), { maxLength: 4 }),
      })
      .map(({ off, working }) => ({
        extraDaysOff: off.map(isoOfDayNumber),
        extraWorkingDays: working.filter((d) => !off.includes(d)).map(isoOfDayNumber),
      }));
  const startWithAdjustments = day.chain((start) => fc.tuple(fc.constant(start), adjustmentsNear(start)));

  test("the end is a working day strictly after the start, with exactly n working days in (start, end]", () => {
    fc.assert(
      fc.property(startWithAdjustments, fc.integer({ min: 1, max: 25 }), ([start, adjustments], n) => {
        const end = dayNumberOfIso(addWorkingDays(isoOfDayNumber(start), n, adjustments)) as number;
        expect(end).toBeGreaterThan(start);
        expect(isWorkingDay(isoOfDayNumber(end), adjustments)).toBe(true);
        let counted = 0;
        for (let d = start + 1; d <= end; d += 1) if (isWorkingDay(isoOfDayNumber(d), adjustments)) counted += 1;
        expect(counted).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  test("monotone: a later start never ends earlier, one more day always ends later", () => {
    fc.assert(
      fc.property(
        startWithAdjustments,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 25 }),
        ([start, adjustments], later, n) => {
          const end = addWorkingDays(isoOfDayNumber(start), n, adjustments);
          expect(addWorkingDays(isoOfDayNumber(start + later), n, adjustments) >= end).toBe(true);
          expect(addWorkingDays(isoOfDayNumber(start), n + 1, adjustments) > end).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("the user's days win: an extra working day is always worked, an extra day off never", () => {
    fc.assert(
      fc.property(startWithAdjustments, ([, adjustments]) => {
        for (const d of adjustments.extraWorkingDays ?? []) expect(isWorkingDay(d, adjustments)).toBe(true);
        for (const d of adjustments.extraDaysOff ?? []) expect(isWorkingDay(d, adjustments)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test("with no adjustments, Saturdays and Sundays are worked only on the days moved by act", () => {
    const worked: string[] = [];
    for (let d = FIRST; d <= LAST; d += 1) {
      const weekday = (((d + 4) % 7) + 7) % 7;
      if ((weekday === 0 || weekday === 6) && isWorkingDay(isoOfDayNumber(d))) worked.push(isoOfDayNumber(d));
    }
    expect(worked).toEqual(["2022-03-05", "2022-08-27", "2022-10-22", "2023-07-01", "2024-05-04", "2025-01-05"]);
  });
});
