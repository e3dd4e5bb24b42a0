// BAGALAU.DEADLINE (METHODOLOGY.md §9, §28–35) with dates as Excel passes them (1900 date serials, or
// text), and the serial conversion itself.

import fc from "fast-check";
import { dayNumberOfIso, isoOfDayNumber } from "../../src/core/calendar";
import { appealDeadline } from "../../src/functions/deadline";
import { dayNumberOfSerial, dayNumberOfText, serialOfDayNumber } from "../../src/functions/excel-date";
import { column, errorValue, failureOf, row } from "./excel-values";

describe("Excel date serials (1900 date system)", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [45366, "2024-03-15"],
    [2958465, "9999-12-31"],
  ])("serial %p is %s", (serial, iso) => {
    expect(isoOfDayNumber(dayNumberOfSerial(serial) as number)).toBe(iso);
    expect(serialOfDayNumber(dayNumberOfIso(iso) as number)).toBe(serial);
  });

  test("60 (Excel's fictitious 29 February 1900), 0, negatives and beyond 9999 are not dates; the time of day is dropped", () => {
    expect(dayNumberOfSerial(60)).toBeNull();
    expect(dayNumberOfSerial(0)).toBeNull();
    expect(dayNumberOfSerial(-5)).toBeNull();
    expect(dayNumberOfSerial(2958466)).toBeNull();
    expect(dayNumberOfSerial(45366.75)).toBe(dayNumberOfSerial(45366));
  });

  test("round trip for every date from 1900-03-01", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        expect(serialOfDayNumber(dayNumberOfSerial(serial) as number)).toBe(serial);
      }),
    );
  });

  test("dates typed as text: 15.03.2024 and 2024-03-15; not 31.02.2024", () => {
    expect(dayNumberOfText("15.03.2024")).toBe(dayNumberOfIso("2024-03-15"));
    expect(dayNumberOfText(" 2024-3-15 ")).toBe(dayNumberOfIso("2024-03-15"));
    expect(dayNumberOfText("31.02.2024")).toBeNull();
    expect(dayNumberOfText("03/15/2024")).toBeNull();
  });
});

describe("BAGALAU.DEADLINE", () => {
  // 45366 = Friday 15 March 2024; 5 working days later is Wednesday 27 March = 45366 + 12 = 45378.
  test("received Friday 15 March 2024 → Wednesday 27 March 2024 (§9 example)", () => {
    expect(appealDeadline(45366, null, null, null, "en")).toBe(45378);
    expect(appealDeadline(45366.75, 5, null, null, "en")).toBe(45378);
    expect(appealDeadline("15.03.2024", null, null, null, "ru")).toBe(45378);
    expect(appealDeadline("2024-03-15", "5", null, null, "en")).toBe(45378);
  });

  // 46456 = Wednesday 10 March 2027 → Thursday 18 March 2027 = 46464 (Mon 15 March, Constitution Day, is off).
  test("received Wednesday 10 March 2027 → Thursday 18 March 2027 (§9 example)", () => {
    expect(appealDeadline(46456, 5, null, null, "en")).toBe(46464);
    expect(appealDeadline("10.03.2027", null, null, null, "kk")).toBe(46464);
  });

  // 46259 = Tuesday 25 August 2026 → Tuesday 1 September 2026 = 46266 (30 August is no longer a holiday).
  test("received Tuesday 25 August 2026 → Tuesday 1 September 2026 (§9 example)", () => {
    expect(appealDeadline(46259, null, null, null, "en")).toBe(46266);
    expect(appealDeadline("2026-08-25", 5, null, null, "ru")).toBe(46266);
  });

  test("the days moved by act are built in: Monday 6 May 2024 (45418) → Thursday 16 May (45428), not 15 May", () => {
    // Tue 7 Defender Day, Wed 8 off by the Minister of Labour's order, Thu 9 Victory Day; Fri 10, Mon 13, 14, 15, Thu 16.
    expect(appealDeadline(45418, null, null, null, "en")).toBe(45428);
    // Friday 3 May 2024 (45415) + 1 working day is the working Saturday 4 May (45416).
    expect(appealDeadline(45415, 1, null, null, "en")).toBe(45416);
  });

  test("the user's lists win over the built-in moves: 4 May 2024 made a day off, 8 May made a working day", () => {
    // Sat 4 May off after all: Friday 3 May + 1 → Monday 6 May (45418).
    expect(appealDeadline(45415, 1, column("04.05.2024"), null, "en")).toBe(45418);
    // Tuesday 7 May (45419) + 1 → Wednesday 8 May (45420) when it is worked; Friday 10 May (45422) otherwise.
    expect(appealDeadline(45419, 1, null, null, "en")).toBe(45422);
    expect(appealDeadline(45419, 1, null, column(45420), "en")).toBe(45420);
  });

  test("one working day after Friday 15 March 2024 is Monday 18 March (45369)", () => {
    expect(appealDeadline(45366, 1, null, null, "en")).toBe(45369);
  });

  test("an extra day off (Tuesday 26 March = 45377) moves the end to Thursday 28 March (45379)", () => {
    expect(appealDeadline(45366, null, column(45377), null, "en")).toBe(45379);
  });

  test("an extra working Saturday (16 March, as text) pulls the end to Tuesday 26 March (45377); blanks in the lists are skipped", () => {
    expect(appealDeadline(45366, null, null, row("16.03.2024", null), "en")).toBe(45377);
  });

  test("the same date in both lists is #VALUE!", () => {
    const failure = failureOf(() => appealDeadline(45366, null, column(45377), column("26.03.2024"), "kk"));
    expect(failure.kind).toBe("value");
    expect(failure.message).toBe(
      "26.03.2024 қосымша демалыс күні ретінде де, қосымша жұмыс күні ретінде де көрсетілген. Оны тек бір тізімде қалдырыңыз.",
    );
  });

  test("bad arguments are #VALUE!", () => {
    expect(failureOf(() => appealDeadline(null, null, null, null, "en")).message).toBe("received: the value is missing. Enter it.");
    expect(failureOf(() => appealDeadline("yesterday", null, null, null, "en")).message).toBe(
      "received: “yesterday” is not a date. Enter a date such as 15.03.2024.",
    );
    expect(failureOf(() => appealDeadline(60, null, null, null, "en")).message).toBe(
      "received: “60” is not a date. Enter a date such as 15.03.2024.",
    );
    expect(failureOf(() => appealDeadline(45366, 0, null, null, "en")).message).toBe(
      "workingDays: must be a whole number from 1 to 10000, not “0”.",
    );
    expect(failureOf(() => appealDeadline(45366, null, column(45377, "soon"), null, "en")).message).toBe(
      "extraDaysOff, row 2: “soon” is not a date. Enter a date such as 15.03.2024.",
    );
    expect(failureOf(() => appealDeadline(errorValue("#VALUE!"), null, null, null, "en")).message).toBe(
      "received: the cell holds the error #VALUE!. Correct that cell first.",
    );
  });
});
