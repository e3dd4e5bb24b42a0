// BAGALAU.INDEX (METHODOLOGY.md §5, App. 4): the capped indexes and their geometric mean, with the App. 4
// directions when the six indicators come in the form's order; by hand.

import { performanceCoefficient } from "../../src/functions/performance-index";
import { column, failureOf } from "./excel-values";

// App. 4 order: unemployment ↓, self-employed share ↓, housing queue ↓, emissions ↓, real income ↑, GRP ↑.
const previous = column(5.0, 20, 1000, 150, 100, 2000);
const current = column(4.8, 22, 900, 160, 98, 2100);
// S: 5.0 / 4.8 → 1, 20 / 22, 1000 / 900 → 1, 150 / 160, 98 / 100, 2100 / 2000 → 1
const S = [1, 20 / 22, 1, 150 / 160, 98 / 100, 1];

describe("BAGALAU.INDEX", () => {
  test("six rows without directions: the App. 4 directions; E = (ΠS)^(1/6)", () => {
    const E = Math.pow(
      S.reduce((a, b) => a * b, 1),
      1 / 6,
    );
    expect(performanceCoefficient(current, previous, null, "en")).toBeCloseTo(E, 12);
  });

  test("a row with a missing value is not counted: E over the other five", () => {
    const withGap = column(4.8, 22, 900, null, 98, 2100);
    const E = Math.pow(1 * (20 / 22) * 1 * (98 / 100) * 1, 1 / 5);
    expect(performanceCoefficient(withGap, previous, null, "en")).toBeCloseTo(E, 12);
  });

  test("given directions (also in Kazakh and Russian), any number of rows: (min(120 / 100, 1) · 8 / 10)^(1/2)", () => {
    expect(performanceCoefficient(column(120, 10), column(100, 8), column("жоғары", "ниже"), "kk")).toBeCloseTo(Math.sqrt(0.8), 15);
  });

  test("an index of 0 makes E = 0", () => {
    expect(performanceCoefficient(column(-1, 10), column(10, 10), [["higher"]], "en")).toBe(0);
  });

  test("other than six rows without directions is #VALUE!", () => {
    const failure = failureOf(() => performanceCoefficient(column(1, 2, 3, 4), column(1, 2, 3, 4), null, "ru"));
    expect(failure.kind).toBe("value");
    expect(failure.message).toBe(
      "направления_улучшения: строк — 4, поэтому их нельзя прочитать как шесть показателей прил. 4. Укажите «выше» или «ниже» для каждой строки.",
    );
  });

  test("no row with both values is #N/A; an empty range too", () => {
    const none = failureOf(() => performanceCoefficient(column(1, null), column(null, 2), [["higher"]], "en"));
    expect(none.kind).toBe("notAvailable");
    expect(none.message).toBe("No performance indicator can be counted: no row has both values (E = 1, neutral, by §26).");
    expect(failureOf(() => performanceCoefficient(column(null), column(null), [["higher"]], "en")).message).toBe(
      "current: every cell is empty. Fill in at least one row.",
    );
  });

  test("current and previous of different heights are #VALUE!", () => {
    expect(failureOf(() => performanceCoefficient(column(1, 2), column(1), [["higher"]], "en")).message).toBe(
      "previous and current differ in size: 1 and 2 cells. Select ranges of the same size.",
    );
  });
});
