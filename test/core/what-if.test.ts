// What-if (src/core/what-if.ts): the fact a measure needs for h = 1 (or a lower target) under each rule
// and direction, the D a target A needs, and the score with one measure at its plan — all by hand.

import fc from "fast-check";
import { applyRule, parseEvaluation, scoreEvaluation, type Measure } from "../../src/core";
import { dForTargetA, factForAchievement, measureAt, scoreIfAchieved } from "../../src/core/what-if";
import { goal, measure, rawEvaluation, score } from "./builders";

function m(
  better: "higher" | "lower",
  base: number | null,
  plan: number | null,
  fact: number | null,
  data: Measure["data"] = "official",
): Measure {
  return { name: "m", better, base, plan, fact, data };
}

describe("the fact needed for h = 1", () => {
  test("improvement, higher is better: base 10, plan 20 → at least 20 (fact 15 gives h = (15−10)/(20−10) = 0.5, not reached)", () => {
    expect(factForAchievement(m("higher", 10, 20, 15), "improvement")).toEqual({
      status: "reachable",
      fact: 20,
      comparison: "atLeast",
      rule: "improvement",
      reached: false,
    });
  });

  test("improvement, lower is better: base 5.4, plan 5.0 → at most 5.0; fact 4.9 already reaches it", () => {
    expect(factForAchievement(m("lower", 5.4, 5.0, 4.9), "improvement")).toEqual({
      status: "reachable",
      fact: 5.0,
      comparison: "atMost",
      rule: "improvement",
      reached: true,
    });
  });

  test("improvement without a base falls back to the ratio rule: still the plan, with BASE_MISSING", () => {
    expect(factForAchievement(m("higher", null, 120, 96), "improvement")).toEqual({
      status: "reachable",
      fact: 120,
      comparison: "atLeast",
      rule: "ratio",
      fallback: "BASE_MISSING",
      reached: false,
    });
  });

  test("improvement with no planned improvement (plan 8 below base 10, higher) falls back: at least 8", () => {
    const needed = factForAchievement(m("higher", 10, 8, 9), "improvement");
    // ratio(9, 8) = min(9 / 8, 1) = 1: already reached.
    expect(needed).toEqual({
      status: "reachable",
      fact: 8,
      comparison: "atLeast",
      rule: "ratio",
      fallback: "NO_PLANNED_IMPROVEMENT",
      reached: true,
    });
  });

  test("ratio, lower is better, plan 0: only a fact ≤ 0 gives h = 1", () => {
    expect(factForAchievement(m("lower", null, 0, 2), "ratio")).toEqual({
      status: "reachable",
      fact: 0,
      comparison: "atMost",
      rule: "ratio",
      reached: false,
    });
  });

  test("a missing fact is not reached; a missing plan or data “none” cannot be counted whatever the fact", () => {
    expect(factForAchievement(m("higher", 1, 2, null), "improvement")).toMatchObject({ status: "reachable", fact: 2, reached: false });
    expect(factForAchievement(m("higher", 1, null, 3), "improvement")).toEqual({ status: "notCounted", reason: "PLAN_MISSING" });
    expect(factForAchievement(m("higher", 1, 2, 3, "none"), "ratio")).toEqual({ status: "notCounted", reason: "DATA_NONE" });
  });
});

describe("the fact needed for a lower target achievement", () => {
  test("improvement: base 10, plan 20, h = 0.5 → 10 + 0.5 · (20 − 10) = 15", () => {
    expect(factForAchievement(m("higher", 10, 20, null), "improvement", 0.5)).toMatchObject({ fact: 15, comparison: "atLeast" });
  });

  test("improvement, lower: base 5.4, plan 5.0, h = 0.25 → 5.4 + 0.25 · (5.0 − 5.4) = 5.3", () => {
    const needed = factForAchievement(m("lower", 5.4, 5.0, null), "improvement", 0.25);
    expect(needed.status === "reachable" && needed.fact).toBeCloseTo(5.3, 12);
  });

  test("ratio, higher: plan 120, p = 0.8 → 0.8 · 120 = 96; lower: plan 5, h = 0.5 → 5 / 0.5 = 10", () => {
    expect(factForAchievement(m("higher", null, 120, null), "ratio", 0.8)).toMatchObject({ fact: 96 });
    expect(factForAchievement(m("lower", null, 5, null), "ratio", 0.5)).toMatchObject({ fact: 10, comparison: "atMost" });
  });

  test("a target outside (0, 1] is refused", () => {
    expect(() => factForAchievement(m("higher", null, 1, 1), "ratio", 0)).toThrow(RangeError);
    expect(() => factForAchievement(m("higher", null, 1, 1), "ratio", 1.2)).toThrow(RangeError);
  });

  test("property: the fact found reaches the target under the core's own rule", () => {
    // Values as reports give them: up to two decimals.
    const value = fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        fc.constantFrom<"higher" | "lower">("higher", "lower"),
        fc.option(value, { nil: null }),
        value,
        fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
        fc.constantFrom<"improvement" | "ratio">("improvement", "ratio"),
        (better, base, plan, target, rule) => {
          const needed = factForAchievement(m(better, base, plan, null), rule, target);
          if (needed.status !== "reachable") return;
          expect(applyRule(rule, needed.fact, base, plan, better).value).toBeGreaterThanOrEqual(target - 1e-9);
        },
      ),
    );
  });

  test("property: for h = 1 the boundary is sharp — 0.01 on the wrong side of it falls short", () => {
    const value = fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        fc.constantFrom<"higher" | "lower">("higher", "lower"),
        fc.option(value, { nil: null }),
        value,
        fc.constantFrom<"improvement" | "ratio">("improvement", "ratio"),
        (better, base, plan, rule) => {
          const needed = factForAchievement(m(better, base, plan, null), rule);
          if (needed.status !== "reachable") return;
          const wrongSide = needed.comparison === "atLeast" ? needed.fact - 0.01 : needed.fact + 0.01;
          expect(applyRule(rule, wrongSide, base, plan, better).value).toBeLessThan(1);
        },
      ),
    );
  });
});

describe("the D that reaches a target A", () => {
  // Central: B = 0.75, C = 0.5, D = 0.4, W = 0 → A = 100 · (0.1·0.75 + 0.1·0.5 + 0.8·0.4) = 7.5 + 5 + 32 = 44.5.
  const central = score(
    rawEvaluation("central", {
      quality: [{ code: "1", name: "s", q1: 1, q2: 0.5 }],
      risks: [{ name: "r", r: 0.5 }],
      goals: [goal("1", [measure(20, 15, { base: 10 })], [[measure(100, 80)]])],
    }),
  );

  test("the fixture scores as computed by hand: h = 0.5, p = 0.8, X = 0.4, A = 44.5", () => {
    expect(central.criteria.D.coefficient).toBeCloseTo(0.4, 12);
    expect(central.A).toBeCloseTo(44.5, 12);
  });

  test("central, target 60: D = ((60 + 0) / 100 − 0.075 − 0.05) / 0.8 = 0.59375, D points 47.5", () => {
    const what = dForTargetA(central, 60);
    expect(what.status).toBe("reachable");
    expect(what.D).toBeCloseTo(0.59375, 12);
    expect(what.points).toBeCloseTo(47.5, 12);
    expect(what.raise).toBeCloseTo(0.59375 - 0.4, 12);
    // With D = 1: 7.5 + 5 + 80 = 92.5.
    expect(what.maxA).toBeCloseTo(92.5, 12);
  });

  test("central, target 95 > 92.5 is out of reach by D alone (D = (0.95 − 0.125) / 0.8 = 1.03125)", () => {
    const what = dForTargetA(central, 95);
    expect(what.status).toBe("unreachable");
    expect(what.D).toBeCloseTo(1.03125, 12);
  });

  test("central, target 40 ≤ 44.5 is already reached", () => {
    expect(dForTargetA(central, 40)).toMatchObject({ status: "reached", raise: 0 });
  });

  test("local with E and W: B = 0.5, D = 0.5, E = 0.9, W = 1.5 → target 60 needs D = ((60 + 1.5) / 90 − 0.2·0.5) / 0.8", () => {
    const local = {
      kind: "local" as const,
      A: 100 * (0.2 * 0.5 + 0.8 * 0.5) * 0.9 - 1.5, // 45 − 1.5 = 43.5
      criteria: {
        B: { coefficient: 0.5, weight: 0.2, points: 9 },
        C: null,
        D: { coefficient: 0.5, weight: 0.8, points: 36 },
        E: { coefficient: 0.9, weight: null, points: null },
      },
      W: { late: 1.5, incomplete: 0, unreliable: 0, total: 1.5 },
      profile: { weights: { B: 0.2, C: 0, D: 0.8 } },
    };
    const what = dForTargetA(local, 60);
    const D = (61.5 / 90 - 0.1) / 0.8; // 0.72916…
    expect(what.status).toBe("reachable");
    expect(what.D).toBeCloseTo(D, 12);
    expect(what.points).toBeCloseTo(100 * 0.8 * D * 0.9, 12);
    // D = 1: 100 · (0.1 + 0.8) · 0.9 − 1.5 = 79.5.
    expect(what.maxA).toBeCloseTo(79.5, 12);
  });

  test("local with E = 0: A = −W whatever D is, so a higher target cannot be reached", () => {
    const local = {
      kind: "local" as const,
      A: 0,
      criteria: {
        B: { coefficient: 1, weight: 0.2, points: 0 },
        C: null,
        D: { coefficient: 1, weight: 0.8, points: 0 },
        E: { coefficient: 0, weight: null, points: null },
      },
      W: { late: 0, incomplete: 0, unreliable: 0, total: 0 },
      profile: { weights: { B: 0.2, C: 0, D: 0.8 } },
    };
    expect(dForTargetA(local, 10)).toMatchObject({ status: "unreachable", D: null, maxA: 0 });
  });
});

describe("the score with one measure at its plan", () => {
  const raw = rawEvaluation("central", {
    quality: [{ code: "1", name: "s", q1: 1, q2: 0.5 }],
    risks: [{ name: "r", r: 0.5 }],
    goals: [goal("1", [measure(20, 15, { base: 10 })], [[measure(100, 80)]])],
  });
  const parsed = parseEvaluation(raw);
  const result = scoreEvaluation(parsed.evaluation, parsed.issues);

  test("the indicator at its plan: h = 1, X = 1 · 0.8, A = 7.5 + 5 + 64 = 76.5, a gain of 32", () => {
    const what = scoreIfAchieved(parsed.evaluation, result, "goals[0].indicators[0]");
    expect(what?.D).toBeCloseTo(0.8, 12);
    expect(what?.A).toBeCloseTo(76.5, 12);
    expect(what?.gain).toBeCloseTo(32, 12);
  });

  test("the direct result at its plan: p = 1, X = 0.5, A = 7.5 + 5 + 40 = 52.5", () => {
    expect(scoreIfAchieved(parsed.evaluation, result, "goals[0].tasks[0].results[0]")?.A).toBeCloseTo(52.5, 12);
  });

  test("an unknown path gives nothing; measureAt finds indicators and results", () => {
    expect(scoreIfAchieved(parsed.evaluation, result, "goals[3].indicators[0]")).toBeUndefined();
    expect(scoreIfAchieved(parsed.evaluation, result, "quality[0]")).toBeUndefined();
    expect(measureAt(parsed.evaluation, "goals[0].tasks[0].results[0]")?.plan).toBe(100);
  });
});
