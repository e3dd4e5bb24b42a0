// The total A (METHODOLOGY.md §1): central and local formulas, the points of each criterion adding up
// to A, the profile's weights, A not clamped, and the reorganization rule (§36–37).

import {
  EvaluationRefused,
  criteriaAndTotal,
  parseEvaluation,
  reorganizationOutcome,
  reorganizedInSecondHalf,
  resolveProfile,
} from "../../src/core";
import { goal, issuesWith, measure, rawEvaluation, score, type Raw } from "./builders";

/**
 * Central:
 *   B: one sphere q1 = 1, q2 = 0.5 → q = 0.75 → B = 0.75
 *   C: R = 1 and 0 → C = 0.5
 *   D: one goal, one indicator base 0, plan 10, fact 9 → h = (9 − 0) / (10 − 0) = 0.9; no task → Y = 1 → D = 0.9
 *   W: late → 1.5
 *   A = 100 · (0.1 · 0.75 + 0.1 · 0.5 + 0.8 · 0.9) − 1.5 = 7.5 + 5 + 72 − 1.5 = 83
 */
const central = (extra: Raw = {}) =>
  rawEvaluation("central", {
    quality: [{ code: "1", name: "s", q1: 1, q2: 0.5 }],
    risks: [
      { name: "a", r: 1 },
      { name: "b", r: 0 },
    ],
    goals: [goal("1", [measure(10, 9, { base: 0 })])],
    penalties: { deadline: "2024-02-01", submitted: "2024-02-05" },
    ...extra,
  });

/**
 * Local:
 *   B: q1 = 0.5, q2 = 0.5 → B = 0.5
 *   D: h = (7.5 − 0) / (10 − 0) = 0.75 → D = 0.75
 *   E: grpPerCapita 100 → 81 (S = 0.81) and realIncomeIndex 100 → 100 (S = 1) → E = √0.81 = 0.9
 *   W: incomplete → 2
 *   points: B 100 · 0.2 · 0.5 · 0.9 = 9; D 100 · 0.8 · 0.75 · 0.9 = 54
 *   A = 100 · (0.2 · 0.5 + 0.8 · 0.75) · 0.9 − 2 = 63 − 2 = 61
 */
const local = (extra: Raw = {}) =>
  rawEvaluation("local", {
    quality: [{ code: "1", name: "s", q1: 0.5, q2: 0.5 }],
    goals: [goal("1", [measure(10, 7.5, { base: 0 })])],
    performance: [
      { key: "grpPerCapita", previous: 100, current: 81 },
      { key: "realIncomeIndex", previous: 100, current: 100 },
    ],
    penalties: { missingElements: ["section 4 table"] },
    ...extra,
  });

describe("central: A = 100 · (0.1·B + 0.1·C + 0.8·D) − W", () => {
  const result = score(central());

  test("coefficients, weights and points of B, C, D", () => {
    expect(result.criteria.B).toEqual({ coefficient: 0.75, weight: 0.1, points: expect.closeTo(7.5, 12) });
    expect(result.criteria.C).toEqual({ coefficient: 0.5, weight: 0.1, points: expect.closeTo(5, 12) });
    expect(result.criteria.D).toEqual({ coefficient: 0.9, weight: 0.8, points: expect.closeTo(72, 12) });
    expect(result.criteria.E).toBeNull();
  });

  test("A = 7.5 + 5 + 72 − 1.5 = 83", () => {
    expect(result.A).toBeCloseTo(83, 12);
  });

  test("the points of the criteria minus W equal A", () => {
    const { B, C, D } = result.criteria;
    expect(B.points + (C?.points ?? NaN) + D.points - result.W.total).toBe(result.A);
  });

  test("the result is evaluated with no reorganization", () => {
    expect(result.evaluated).toBe(true);
    expect(result.kind).toBe("central");
  });
});

describe("local: A = 100 · (0.2·B + 0.8·D) · E − W", () => {
  const result = score(local());

  test("criteria: B and D with points multiplied by E; E with its coefficient only; no C", () => {
    expect(result.criteria.B).toEqual({ coefficient: 0.5, weight: 0.2, points: expect.closeTo(9, 12) });
    expect(result.criteria.D).toEqual({ coefficient: 0.75, weight: 0.8, points: expect.closeTo(54, 12) });
    expect(result.criteria.C).toBeNull();
    expect(result.criteria.E).toEqual({ coefficient: expect.closeTo(0.9, 14), weight: null, points: null });
  });

  test("A = 9 + 54 − 2 = 61", () => {
    expect(result.A).toBeCloseTo(61, 12);
  });

  test("the points of B and D minus W equal A", () => {
    expect(result.criteria.B.points + result.criteria.D.points - result.W.total).toBe(result.A);
  });

  test("with NO_PERFORMANCE, E = 1 and A = 100 · (0.2 · 0.5 + 0.8 · 0.75) − 2 = 68", () => {
    const none = score(local({ performance: [] }));
    expect(none.criteria.E?.coefficient).toBe(1);
    expect(none.A).toBeCloseTo(68, 12);
  });
});

describe("A is not clamped", () => {
  test("nothing scored and every penalty: A = 0 − (1.5 + 2 + 5) = −8.5", () => {
    const result = score(
      rawEvaluation("central", {
        penalties: { late: true, incomplete: true, unreliableFactCount: 100 },
      }),
    );
    expect(result.A).toBe(-8.5);
  });
});

describe("profile weights", () => {
  test("central weights B .2, C 0, D .8: A = 100 · (0.2 · 0.75 + 0 · 0.5 + 0.8 · 0.9) − 1.5 = 85.5", () => {
    const result = score(central({ profile: { weights: { B: 0.2, C: 0, D: 0.8 } } }));
    expect(result.criteria.B.weight).toBe(0.2);
    expect(result.criteria.C?.weight).toBe(0);
    expect(result.criteria.C?.points).toBe(0);
    expect(result.A).toBeCloseTo(85.5, 12);
  });

  test("a partial weights object keeps the other defaults: C 0, D .9 → A = 7.5 + 0 + 81 − 1.5 = 87", () => {
    const result = score(central({ profile: { weights: { C: 0, D: 0.9 } } }));
    expect(result.profile.weights).toEqual({ B: 0.1, C: 0, D: 0.9 });
    expect(result.A).toBeCloseTo(87, 12);
  });

  test("weights that do not add up to 1 are refused, naming the sum: 0.1 + 0.1 + 0.7 = 0.9", () => {
    const raw = { format: "bagalau/evaluation@1", body: { name: "b", kind: "central", period: "2023" }, profile: { weights: { D: 0.7 } } };
    expect(() => parseEvaluation(raw)).toThrow(EvaluationRefused);
    try {
      parseEvaluation(raw);
    } catch (error) {
      expect((error as EvaluationRefused).reason).toBe("weights");
      expect((error as EvaluationRefused).path).toBe("profile.weights");
      expect((error as EvaluationRefused).params.sum).toBe("0.9");
    }
  });

  test("local: weight C is forced to 0 (and not summed); B .4, D .6 → A = 100 · (0.4 · 0.5 + 0.6 · 0.75) · 0.9 − 2 = 56.5", () => {
    const result = score(local({ profile: { weights: { B: 0.4, C: 0.5, D: 0.6 } } }));
    expect(result.profile.weights).toEqual({ B: 0.4, C: 0, D: 0.6 });
    expect(result.A).toBeCloseTo(56.5, 12);
  });

  test("resolveProfile: the defaults of §8", () => {
    expect(resolveProfile("central")).toEqual({
      qualityRule: "mean",
      indicatorRule: "improvement",
      resultRule: "ratio",
      penaltyCapScope: "unreliable",
      unreliableThreshold: 3,
      rangeRule: "bounds",
      weights: { B: 0.1, C: 0.1, D: 0.8 },
    });
    expect(resolveProfile("local").weights).toEqual({ B: 0.2, C: 0, D: 0.8 });
  });

  test("every profile option the file gives is echoed in the result", () => {
    const result = score(
      central({
        profile: {
          qualityRule: "product",
          indicatorRule: "ratio",
          resultRule: "improvement",
          penaltyCapScope: "total",
          unreliableThreshold: 4,
          rangeRule: "exclude",
        },
      }),
    );
    expect(result.profile).toEqual({
      qualityRule: "product",
      indicatorRule: "ratio",
      resultRule: "improvement",
      penaltyCapScope: "total",
      unreliableThreshold: 4,
      rangeRule: "exclude",
      weights: { B: 0.1, C: 0.1, D: 0.8 },
    });
  });
});

describe("criteriaAndTotal", () => {
  test("central: 100 · (0.1 · 1 + 0.1 · 0 + 0.8 · 0.5) − 2 = 48", () => {
    const { A, criteria } = criteriaAndTotal("central", { B: 1, C: 0, D: 0.5, E: 0.3 }, { B: 0.1, C: 0.1, D: 0.8 }, 2);
    expect(A).toBeCloseTo(48, 12);
    expect(criteria.E).toBeNull(); // E is never used for a central body
  });

  test("local: 100 · (0.2 · 1 + 0.8 · 0.5) · 0.5 − 0 = 30", () => {
    const { A, criteria } = criteriaAndTotal("local", { B: 1, C: 1, D: 0.5, E: 0.5 }, { B: 0.2, C: 0, D: 0.8 }, 0);
    expect(A).toBeCloseTo(30, 12);
    expect(criteria.C).toBeNull();
  });
});

describe("reorganization (§36–37)", () => {
  test("30 June is the first half: evaluated, REORGANIZED_FIRST_HALF (info)", () => {
    const result = score(
      central({ body: { name: "X", kind: "central", period: "2023", reorganized: { date: "2023-06-30", successor: "Y" } } }),
    );
    expect(result.evaluated).toBe(true);
    expect(issuesWith(result, "REORGANIZED_FIRST_HALF")).toEqual([
      expect.objectContaining({
        path: "body.reorganized",
        severity: "info",
        params: { date: "2023-06-30", successor: "Y", period: "2023" },
      }),
    ]);
    expect(issuesWith(result, "REORGANIZED_SECOND_HALF")).toEqual([]);
  });

  test("1 July is the second half: evaluated = false, REORGANIZED_SECOND_HALF (warning), A computed all the same", () => {
    const result = score(central({ body: { name: "X", kind: "central", period: "2023", reorganized: { date: "2023-07-01" } } }));
    expect(result.evaluated).toBe(false);
    expect(issuesWith(result, "REORGANIZED_SECOND_HALF")).toEqual([
      expect.objectContaining({
        path: "body.reorganized",
        severity: "warning",
        params: { date: "2023-07-01", successor: "", period: "2023" },
      }),
    ]);
    expect(result.A).toBeCloseTo(83, 12);
  });

  test.each([
    ["2023-01-01", false],
    ["2023-06-30", false],
    ["2023-07-01", true],
    ["2023-12-31", true],
  ])("reorganizedInSecondHalf(%p) = %p", (date, second) => {
    expect(reorganizedInSecondHalf({ date })).toBe(second);
  });

  test.each([
    ["2023", "2022-09-01", "otherYear", true, "REORGANIZED_SECOND_HALF"],
    ["2023", "2024-03-01", "otherYear", true, "REORGANIZED_FIRST_HALF"],
    ["2023 ж.", "2023-09-01", "secondHalf", false, "REORGANIZED_SECOND_HALF"],
    ["за 2023 год", "2023-03-01", "firstHalf", true, "REORGANIZED_FIRST_HALF"],
    ["", "2022-09-01", "secondHalf", false, "REORGANIZED_SECOND_HALF"],
  ])("period %j, reorganized %s: %s (§37 speaks of the evaluated year)", (period, date, outcome, evaluated, code) => {
    const body = { name: "X", kind: "central", period, reorganized: { date } };
    expect(reorganizationOutcome({ period, reorganized: { date } })).toBe(outcome);
    const result = score(central({ body }));
    expect(result.evaluated).toBe(evaluated);
    const [issue] = issuesWith(result, code as "REORGANIZED_FIRST_HALF");
    expect(issue.variant).toBe(outcome === "otherYear" ? "otherYear" : undefined);
    expect(issue.severity).toBe(outcome === "firstHalf" ? "info" : "warning");
  });
});
