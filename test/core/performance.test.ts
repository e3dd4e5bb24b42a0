// Criterion E (METHODOLOGY.md §5, App. 4): S per indicator in both directions, capped at 1, E as the
// geometric mean, E = 0 when some S is 0, E = 1 with NO_PERFORMANCE, and a central body's data ignored.

import { geometricMean, performanceIndex } from "../../src/core";
import { issuesWith, rawEvaluation, score } from "./builders";

const local = (performance: unknown[]) => score(rawEvaluation("local", { performance }));

describe("S = ratio(SR, SB) with the indicator's better", () => {
  test("lower is better: S = SB / SR (unemployment 5.0 → 5.5: 5 / 5.5)", () => {
    expect(performanceIndex(5.5, 5.0, "lower")).toBe(5.0 / 5.5);
  });

  test("lower is better and improved: 5.0 / 4.8 = 1.04… is capped at 1", () => {
    expect(performanceIndex(4.8, 5.0, "lower")).toBe(1);
  });

  test("higher is better: S = SR / SB (real income 100 → 95: 0.95)", () => {
    expect(performanceIndex(95, 100, "higher")).toBe(0.95);
  });

  test("higher is better and improved: 4400 / 4000 = 1.1 is capped at 1", () => {
    expect(performanceIndex(4400, 4000, "higher")).toBe(1);
  });
});

describe("E = (S1 · … · Sn)^(1/n)", () => {
  /**
   * unemployment 5.0 → 4.8 (lower): 5 / 4.8 → 1
   * selfEmployedShare 20 → 25 (lower): 20 / 25 = 0.8
   * housingQueue 1000 → 1250 (lower): 1000 / 1250 = 0.8
   * emissionsPerCapita 50 → 40 (lower): 50 / 40 → 1
   * realIncomeIndex 100 → 95 (higher): 0.95
   * grpPerCapita 4000 → 4400 (higher): 1.1 → 1
   * E = (1 · 0.8 · 0.8 · 1 · 0.95 · 1)^(1/6) = 0.608^(1/6)
   */
  const result = local([
    { key: "unemployment", previous: 5.0, current: 4.8 },
    { key: "selfEmployedShare", previous: 20, current: 25 },
    { key: "housingQueue", previous: 1000, current: 1250 },
    { key: "emissionsPerCapita", previous: 50, current: 40 },
    { key: "realIncomeIndex", previous: 100, current: 95 },
    { key: "grpPerCapita", previous: 4000, current: 4400 },
  ]);

  test("each S takes its direction from the App. 4 table", () => {
    expect(result.performance.map((p) => p.S)).toEqual([1, 0.8, 0.8, 1, 0.95, 1]);
  });

  test("E is the geometric mean", () => {
    expect(result.criteria.E?.coefficient).toBeCloseTo(Math.pow(1 * 0.8 * 0.8 * 1 * 0.95 * 1, 1 / 6), 14);
    expect(result.issues.filter((i) => i.code === "NO_PERFORMANCE" || i.code === "PERFORMANCE_MISSING")).toEqual([]);
  });

  test("E is not the arithmetic mean (the readings differ here)", () => {
    expect(result.criteria.E?.coefficient).not.toBeCloseTo((1 + 0.8 + 0.8 + 1 + 0.95 + 1) / 6, 4);
  });

  test("geometricMean of 0.81 and 1 is 0.9", () => {
    expect(geometricMean([0.81, 1])).toBeCloseTo(0.9, 15);
  });
});

describe("E = 0 when any S is 0", () => {
  test("real income falls to 0: S = 0 / 100 = 0, so E = 0", () => {
    const result = local([
      { key: "unemployment", previous: 5, current: 5 },
      { key: "realIncomeIndex", previous: 100, current: 0 },
    ]);
    expect(result.performance.map((p) => p.S)).toEqual([1, 0]);
    expect(result.criteria.E?.coefficient).toBe(0);
    expect(result.A).toBe(0); // B = D = 0 here anyway; A = 100 · (0.2 · 0 + 0.8 · 0) · 0 − 0
  });

  test("lower is better with SB = 0 and SR > 0: S = 0 / SR = 0", () => {
    const result = local([{ key: "housingQueue", previous: 0, current: 10 }]);
    expect(result.performance[0].S).toBe(0);
    expect(result.criteria.E?.coefficient).toBe(0);
  });
});

describe("missing values", () => {
  test("an indicator with a missing value is not counted: PERFORMANCE_MISSING; E over the rest", () => {
    const result = local([
      { key: "unemployment", previous: 5, current: null },
      { key: "realIncomeIndex", current: 98 },
      { key: "grpPerCapita", previous: 4000, current: 3600 },
    ]);
    expect(result.performance.map((p) => p.S)).toEqual([null, null, 0.9]);
    expect(result.criteria.E?.coefficient).toBeCloseTo(0.9, 15); // (3600 / 4000)^(1/1)
    expect(issuesWith(result, "PERFORMANCE_MISSING").map((i) => [i.path, i.severity])).toEqual([
      ["performance[0]", "warning"],
      ["performance[1]", "warning"],
    ]);
  });

  test("none counted: E = 1 (neutral) with the error NO_PERFORMANCE", () => {
    const result = local([{ key: "unemployment", previous: null, current: 4 }]);
    expect(result.criteria.E?.coefficient).toBe(1);
    expect(issuesWith(result, "NO_PERFORMANCE")).toEqual([expect.objectContaining({ path: "performance", severity: "error" })]);
  });

  test("no performance data at all: E = 1 with NO_PERFORMANCE", () => {
    const result = local([]);
    expect(result.criteria.E?.coefficient).toBe(1);
    expect(issuesWith(result, "NO_PERFORMANCE")).toHaveLength(1);
  });

  test("text that is no number counts as missing", () => {
    const result = local([
      { key: "unemployment", previous: "unknown", current: 4 },
      { key: "grpPerCapita", previous: 100, current: 80 },
    ]);
    expect(result.performance[0].S).toBeNull();
    expect(result.criteria.E?.coefficient).toBe(0.8);
    expect(issuesWith(result, "NOT_A_NUMBER").map((i) => i.path)).toEqual(["performance[0].previous"]);
  });
});

describe("better", () => {
  test("an explicit better overrides the table (unemployment marked higher: 4.8 / 5 = 0.96)", () => {
    const result = local([{ key: "unemployment", better: "higher", previous: 5, current: 4.8 }]);
    expect(result.performance[0].S).toBeCloseTo(0.96, 15);
  });

  test("a key not in the table scores with its own better (lower: 8 / 10)", () => {
    const result = local([{ key: "crimeRate", name: "Crime rate", better: "lower", previous: 8, current: 10 }]);
    expect(result.performance[0]).toEqual({ key: "crimeRate", S: 0.8 });
  });
});

describe("a central body", () => {
  test("performance data are ignored: IGNORED_FOR_KIND (info), no E, empty performance", () => {
    const result = score(rawEvaluation("central", { performance: [{ key: "unemployment", previous: 5, current: 0 }] }));
    expect(result.criteria.E).toBeNull();
    expect(result.performance).toEqual([]);
    expect(issuesWith(result, "IGNORED_FOR_KIND")).toEqual([
      expect.objectContaining({ path: "performance", severity: "info", variant: "performance" }),
    ]);
    expect(issuesWith(result, "NO_PERFORMANCE")).toEqual([]);
  });

  test("without performance data: no NO_PERFORMANCE for a central body", () => {
    expect(issuesWith(score(rawEvaluation("central")), "NO_PERFORMANCE")).toEqual([]);
  });
});
