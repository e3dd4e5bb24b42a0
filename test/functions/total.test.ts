// BAGALAU.PENALTY and SCORE (METHODOLOGY.md §1, §6): penalty points with the cap and threshold options,
// and the total score of central and local bodies; by hand.

import { penaltyPoints, totalScore } from "../../src/functions/total";
import { column, failureOf, reportingFields, row, table } from "./excel-values";

describe("BAGALAU.PENALTY", () => {
  const noMissing = table("missing", "en", ["no", "element"], [null, null]);
  const noFacts = table("unreliable", "en", ["no", "indicator"], [null, null]);
  /** `n` unreliable facts listed in the table. */
  const facts = (n: number) =>
    table(
      "unreliable",
      "en",
      ["no", "indicator", "plan", "fact", "rechecked"],
      ...Array.from({ length: n }, (_, i) => [String(i + 1), `I${i}`, 10, 12, 9]),
    );
  const W = (
    fields: Record<string, unknown>,
    missing = noMissing,
    unreliable = noFacts,
    capScope: unknown = null,
    threshold: unknown = null,
  ) => penaltyPoints(reportingFields("en", fields), missing, unreliable, capScope, threshold, "en");

  test("late by the flag: 1.5; late by the dates (serials, or typed as text as the reader reads them): 1.5", () => {
    expect(W({ lateFlag: true })).toBe(1.5);
    // 45337 = 2024-02-15, 45338 = 2024-02-16.
    expect(W({ deadline: 45337, submitted: 45338 })).toBe(1.5);
    expect(W({ deadline: 45337, submitted: 45337 })).toBe(0);
    expect(W({ deadline: "15.02.2024", submitted: "16.02.2024" })).toBe(1.5);
    expect(W({ deadline: "2024-02-15", submitted: 45337 })).toBe(0);
  });

  test("incomplete by the flag or by a listed missing element: 2", () => {
    expect(W({ incompleteFlag: true })).toBe(2);
    expect(W({}, table("missing", "en", ["no", "element"], ["1", "Section 6"]))).toBe(2);
  });

  test("late, incomplete and 4 unreliable facts: 1.5 + 2 + 4 · 0.2 = 4.3 (listed, or counted when none is listed)", () => {
    expect(W({ lateFlag: true, incompleteFlag: true }, noMissing, facts(4))).toBeCloseTo(4.3, 15);
    expect(W({ lateFlag: true, incompleteFlag: true, unreliableFactCount: 4 })).toBeCloseTo(4.3, 15);
  });

  test("2 unreliable facts are below the threshold of 3: 0; with threshold 2: 2 · 0.2 = 0.4", () => {
    expect(W({}, noMissing, facts(2))).toBe(0);
    expect(W({}, noMissing, facts(2), null, 2)).toBe(0.4);
  });

  test("30 unreliable facts: 6 points capped at 5; late + 5 = 6.5; with the cap on the total W = min(1.5 + 6, 5) = 5", () => {
    expect(W({ unreliableFactCount: 30 })).toBe(5);
    expect(W({ lateFlag: true, unreliableFactCount: 30 }, noMissing, noFacts, "unreliable")).toBe(6.5);
    expect(W({ lateFlag: true, unreliableFactCount: 30 }, noMissing, noFacts, "total")).toBe(5);
    expect(W({ lateFlag: true, unreliableFactCount: 30 }, noMissing, noFacts, "ВСЕГО")).toBe(5);
    expect(W({ lateFlag: true, unreliableFactCount: 30 }, noMissing, noFacts, "барлығы")).toBe(5);
  });

  test("the fields in Kazakh and Russian are read as in English", () => {
    for (const lang of ["kk", "ru"] as const) {
      const missing = table("missing", lang, ["no", "element"], ["1", "x"]);
      const unreliable = table("unreliable", lang, ["no", "indicator"], [null, null]);
      expect(
        penaltyPoints(reportingFields(lang, { deadline: "15.02.2024", submitted: "20.02.2024" }), missing, unreliable, null, null, lang),
      ).toBe(3.5);
    }
  });

  test("bad arguments are #VALUE!", () => {
    expect(failureOf(() => penaltyPoints(5, noMissing, noFacts, null, null, "en")).message).toBe(
      "reporting: select the whole table with its header row, e.g. Table[[#Headers],[#Data]].",
    );
    expect(failureOf(() => penaltyPoints(reportingFields("ru", {}), 5, noFacts, null, null, "ru")).message).toBe(
      "отсутствующие: выделите всю таблицу вместе со строкой заголовков, например Таблица[[#Headers],[#Data]].",
    );
    expect(failureOf(() => W({}, noMissing, noFacts, null, 0)).message).toBe(
      "threshold: must be a whole number from 1 to 100000, not “0”.",
    );
  });
});

describe("BAGALAU.SCORE", () => {
  test("central: 100 · (0.1 · 0.75 + 0.1 · 0.5 + 0.8 · 0.9) − 1.5 = 7.5 + 5 + 72 − 1.5 = 83", () => {
    expect(totalScore("central", 0.75, 0.5, 0.9, null, 1.5, null, "en")).toBeCloseTo(83, 12);
    expect(totalScore("орталық", 0.75, 0.5, 0.9, "ignored", 1.5, null, "kk")).toBeCloseTo(83, 12);
  });

  test("local: 100 · (0.2 · 0.5 + 0.8 · 0.8) · 0.9 − 2 = 9 + 57.6 − 2 = 64.6; C is ignored", () => {
    expect(totalScore("local", 0.5, "not used", 0.8, 0.9, 2, null, "en")).toBeCloseTo(64.6, 12);
    expect(totalScore("МИО", "0,5", null, "0,8", "0,9", "2", null, "ru")).toBeCloseTo(64.6, 12);
  });

  test("a blank W deducts nothing", () => {
    expect(totalScore("central", 1, 1, 1, null, null, null, "en")).toBeCloseTo(100, 12);
  });

  test("weights (0.2, 0.2, 0.6): 100 · (0.2 · 0.75 + 0.2 · 0.5 + 0.6 · 0.9) − 1.5 = 15 + 10 + 54 − 1.5 = 77.5", () => {
    expect(totalScore("central", 0.75, 0.5, 0.9, null, 1.5, row(0.2, 0.2, 0.6), "en")).toBeCloseTo(77.5, 12);
    // A blank weight keeps its default: (0.1, 0.1, 0.8) → 7.5 + 5 + 72 − 1.5 = 83.
    expect(totalScore("central", 0.75, 0.5, 0.9, null, 1.5, column(null, null, 0.8), "en")).toBeCloseTo(83, 12);
  });

  test("weights that do not add up to 1 are #VALUE!, naming the sum (0.1 + 0.1 + 0.6 = 0.8)", () => {
    expect(failureOf(() => totalScore("central", 0.75, 0.5, 0.9, null, 1.5, column(null, null, 0.6), "en")).message).toBe(
      "weights: the weights must add up to 1, but 0.1 + 0.1 + 0.6 = 0.8.",
    );
    // A local body has no C: its B and D must add up to 1 (0.2 + 0.8), whatever is typed for C.
    expect(totalScore("local", 0.5, null, 0.8, 0.9, 2, row(0.2, 0.5, 0.8), "en")).toBeCloseTo(100 * (0.2 * 0.5 + 0.8 * 0.8) * 0.9 - 2, 12);
  });

  test("bad arguments are #VALUE!", () => {
    expect(failureOf(() => totalScore("regional", 1, 1, 1, 1, 0, null, "en")).message).toBe(
      "kind: “regional” is not accepted. Enter “central” or “local”.",
    );
    expect(failureOf(() => totalScore(null, 1, 1, 1, 1, 0, null, "en")).message).toBe("kind: the value is missing. Enter it.");
    expect(failureOf(() => totalScore("central", 1, null, 1, null, 0, null, "en")).message).toBe("C: the value is missing. Enter it.");
    expect(failureOf(() => totalScore("local", 1, null, 1, null, 0, null, "en")).message).toBe("E: the value is missing. Enter it.");
    expect(failureOf(() => totalScore("central", 1.2, 1, 1, null, 0, null, "ru")).message).toBe(
      "B: должно быть числом от 0 до 1, а не 1,2.",
    );
    expect(failureOf(() => totalScore("central", 1, 1, 1, null, -1, null, "en")).message).toBe("W: must be at least 0, not -1.");
    expect(failureOf(() => totalScore("central", 1, 1, 1, null, 0, row(0.2, 0.8), "en")).message).toBe(
      "weights: give three cells (the weights of B, C and D), not 2.",
    );
  });
});
