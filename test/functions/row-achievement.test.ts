// BAGALAU.ROWS over a target-indicator and a direct-result table as Excel passes them: one value per row of the
// argument (the symbol, then h or p, or why the row is not counted, or "" for a blank row), computed by hand.

import { rowAchievements } from "../../src/functions/row-achievement";
import { DICTIONARIES, LANGS } from "../../src/i18n";
import { failureOf, table } from "./excel-values";

const MEASURE = ["name", "better", "base", "plan", "fact", "data"];

describe.each(LANGS)("BAGALAU.ROWS in %s", (lang) => {
  const none = DICTIONARIES[lang]["wb.value.none"];
  const text = (key: "PLAN_MISSING" | "DATA_NONE" | "FACT_MISSING" | "PLAN_RANGE") => DICTIONARIES[lang][`fn.row.notCounted.${key}`];
  const rows = [
    ["a", "higher", 80, 120, 96, null], // (96 − 80) / (120 − 80) = 0.4
    ["b", "higher", null, 50, 60, null], // no base: 60 / 50 = 1.2, capped to 1
    [null, null, null, null, null, null], // blank: passed over
    ["c", "higher", 10, 20, 15, none], // data "none": not counted
    ["d", "higher", 10, 20, "n/a", null], // a fact that is no number: no fact
    ["e", "higher", null, null, 5, null], // no plan
    ["f", "higher", null, "31,0-38,0", 33.2, null], // a range plan, the fact within: 1
    ["g", "higher", 10, 20, 10, null], // no improvement: 0
    ["", "", "", "", "", ""], // blank again (Excel may pass "")
  ];

  test("target indicators: h, the reasons, blanks as blanks, one value per row of the argument", () => {
    const column = rowAchievements(table("indicators", lang, MEASURE, ...rows), null, null, lang);
    expect(column).toHaveLength(rows.length + 1);
    expect(column.every((row) => row.length === 1)).toBe(true);
    const values = column.map((row) => row[0]);
    expect(values[0]).toBe("h");
    expect(values[1]).toBeCloseTo(0.4, 12);
    expect(values.slice(2)).toEqual([1, "", text("DATA_NONE"), text("FACT_MISSING"), text("PLAN_MISSING"), 1, 0, ""]);
  });

  test("rangeRule “exclude”: the range row is not counted, with its reason; the rule “ratio” makes row a 96 / 120", () => {
    const values = rowAchievements(table("indicators", lang, MEASURE, ...rows), "ratio", "exclude", lang).map((row) => row[0]);
    expect(values[1]).toBeCloseTo(0.8, 12);
    expect(values[7]).toBe(text("PLAN_RANGE"));
  });

  test("direct results: p by the ratio rule (default for results), the symbol p", () => {
    const results = [
      ["r1", "higher", 80, 120, 96, null], // 96 / 120 = 0.8
      [null, null, null, null, null, null],
      ["r2", "lower", null, 10, 12.5, null], // lower is better: 10 / 12.5 = 0.8
    ];
    const values = rowAchievements(table("results", lang, MEASURE, ...results), null, null, lang).map((row) => row[0]);
    expect(values[0]).toBe("p");
    expect(values[1]).toBeCloseTo(0.8, 12);
    expect(values[2]).toBe("");
    expect(values[3]).toBeCloseTo(0.8, 12);
  });
});

test("a range without the table's header row is #VALUE!, as for GOAL", () => {
  expect(failureOf(() => rowAchievements([[1], [2]], null, null, "en")).kind).toBe("value");
});

test("a header row alone: one cell, the symbol", () => {
  expect(rowAchievements(table("indicators", "en", MEASURE), null, null, "en")).toEqual([["h"]]);
});
