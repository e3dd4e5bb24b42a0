// Criterion D (METHODOLOGY.md §2): h, p, K, P, Y, X, D and the §24 exclusions, hand-computed.

import { exclusionOf, meanOfCounted } from "../../src/core";
import { codesOf, goal, issuesWith, measure, rawEvaluation, score } from "./builders";

/**
 * Goal 1
 *   indicators: i1 higher, base 50, plan 60, fact 58 → h = (58 − 50) / (60 − 50) = 0.8
 *               i2 lower, base 10, plan 8, fact 9    → h = (10 − 9) / (10 − 8) = 0.5
 *               i3 no plan                           → not counted
 *   K = (0.8 + 0.5) / 2 = 0.65
 *   task 1.1: p = 96 / 120 = 0.8, p = 10 / 10 = 1          → P = (0.8 + 1) / 2 = 0.9
 *   task 1.2: p = 1 / 4 = 0.25, second result data "none"  → P = 0.25
 *   task 1.3: its only result has no fact                  → not counted
 *   Y = (0.9 + 0.25) / 2 = 0.575;  X = 0.65 · 0.575 = 0.37375
 * Goal 2: every indicator excluded → K, X null (not counted); no task → Y = 1
 * Goal 3: base 90, plan 100, fact 100 → h = 1, K = 1; no task → Y = 1; X = 1
 * D = (0.37375 + 1) / 2 = 0.686875
 */
const threeGoals = rawEvaluation("central", {
  goals: [
    goal(
      "1",
      [measure(60, 58, { base: 50 }), measure(8, 9, { base: 10, better: "lower" }), measure(null, 5, { base: 1 })],
      [[measure(120, 96), measure(10, 10)], [measure(4, 1), measure(5, 5, { data: "none" })], [measure(3, null)]],
    ),
    goal("2", [measure(null, 1), measure(2, 2, { data: "none" }), measure(3, null)]),
    goal("3", [measure(100, 100, { base: 90 })]),
  ],
});

describe("D over three goals", () => {
  const result = score(threeGoals);
  const [g1, g2, g3] = result.goals;

  test("h of each indicator", () => {
    expect(g1.indicators[0].value).toBeCloseTo(0.8, 14);
    expect(g1.indicators[1].value).toBe(0.5);
    expect(g1.indicators[2].value).toBeNull();
    expect(g1.indicators[2].excluded).toBe("PLAN_MISSING");
  });

  test("K = Σh / m over the counted indicators = (0.8 + 0.5) / 2", () => {
    expect(g1.K).toBeCloseTo((0.8 + 0.5) / 2, 14);
  });

  test("p, P of each task and Y = ΣP / t over counted tasks", () => {
    expect(g1.tasks[0].results.map((r) => r.value)).toEqual([96 / 120, 1]);
    expect(g1.tasks[0].P).toBeCloseTo((0.8 + 1) / 2, 14);
    expect(g1.tasks[1].results[1].value).toBeNull();
    expect(g1.tasks[1].P).toBe(0.25);
    expect(g1.tasks[2].P).toBeNull();
    expect(g1.Y).toBeCloseTo((0.9 + 0.25) / 2, 14);
  });

  test("X = K · Y", () => {
    expect(g1.X).toBeCloseTo(0.65 * 0.575, 14);
  });

  test("a goal without a counted indicator has no K or X, and Y = 1 without tasks", () => {
    expect(g2.K).toBeNull();
    expect(g2.X).toBeNull();
    expect(g2.Y).toBe(1);
    expect(g2.indicators.map((i) => i.excluded)).toEqual(["PLAN_MISSING", "DATA_NONE", "FACT_MISSING"]);
  });

  test("a goal with no task: Y = 1 (neutral), X = K", () => {
    expect(g3.K).toBe(1);
    expect(g3.Y).toBe(1);
    expect(g3.X).toBe(1);
  });

  test("D = ΣX / n over the counted goals only = (0.37375 + 1) / 2", () => {
    expect(result.criteria.D.coefficient).toBeCloseTo((0.37375 + 1) / 2, 14);
  });

  test("the issues name every exclusion once, at the row's path", () => {
    const at = (code: string) => result.issues.filter((i) => i.code === code).map((i) => i.path);
    expect(at("PLAN_MISSING")).toEqual(["goals[0].indicators[2]", "goals[1].indicators[0]"]);
    expect(at("DATA_NONE")).toEqual(["goals[0].tasks[1].results[1]", "goals[1].indicators[1]"]);
    expect(at("FACT_MISSING")).toEqual(["goals[0].tasks[2].results[0]", "goals[1].indicators[2]"]);
    expect(at("GOAL_NOT_MEASURABLE")).toEqual(["goals[1]"]);
    // task 1.3 (no counted result); goals 2 and 3 (no counted task)
    expect(at("TASKS_NOT_MEASURABLE")).toEqual(["goals[0].tasks[2]", "goals[1]", "goals[2]"]);
    expect(at("NO_GOALS")).toEqual([]);
  });
});

describe("the §24 exclusion order: no plan, then data none, then no fact", () => {
  test.each([
    [{ plan: null, fact: null, data: "none" as const }, "PLAN_MISSING"],
    [{ plan: null, fact: 1, data: "official" as const }, "PLAN_MISSING"],
    [{ plan: 1, fact: null, data: "none" as const }, "DATA_NONE"],
    [{ plan: 1, fact: 1, data: "none" as const }, "DATA_NONE"],
    [{ plan: 1, fact: null, data: "operational" as const }, "FACT_MISSING"],
    [{ plan: 1, fact: 1, data: "operational" as const }, undefined],
    [{ plan: 0, fact: 0, data: "official" as const }, undefined],
  ])("exclusionOf(%p) = %p", (m, expected) => {
    expect(exclusionOf(m)).toBe(expected);
  });

  test("a row missing plan and fact with data none raises PLAN_MISSING only", () => {
    const result = score(rawEvaluation("central", { goals: [goal("1", [measure(null, null, { data: "none" }), measure(10, 10)])] }));
    const row = result.issues.filter((i) => i.path === "goals[0].indicators[0]").map((i) => i.code);
    expect(row).toEqual(["PLAN_MISSING"]);
  });

  test("a row with data none and no fact raises DATA_NONE only", () => {
    const result = score(rawEvaluation("central", { goals: [goal("1", [measure(5, null, { data: "none" }), measure(10, 10)])] }));
    const row = result.issues.filter((i) => i.path === "goals[0].indicators[0]").map((i) => i.code);
    expect(row).toEqual(["DATA_NONE"]);
  });

  test("operational data are counted like official data", () => {
    const result = score(rawEvaluation("central", { goals: [goal("1", [measure(10, 7, { data: "operational" })])] }));
    // BASE_MISSING fallback → ratio 7 / 10
    expect(result.goals[0].indicators[0].value).toBe(7 / 10);
  });
});

describe("tasks", () => {
  test("all tasks unmeasurable: each task and the goal are reported and Y = 1", () => {
    const result = score(
      rawEvaluation("central", { goals: [goal("1", [measure(10, 5)], [[measure(null, 1)], [measure(2, 2, { data: "none" })]])] }),
    );
    const g = result.goals[0];
    expect(g.tasks.map((t) => t.P)).toEqual([null, null]);
    expect(g.Y).toBe(1);
    expect(g.X).toBe(5 / 10); // K = 0.5 (BASE_MISSING → ratio) · Y = 1
    const tnm = issuesWith(result, "TASKS_NOT_MEASURABLE");
    expect(tnm.map((i) => [i.path, i.variant])).toEqual([
      ["goals[0].tasks[0]", "task"],
      ["goals[0].tasks[1]", "task"],
      ["goals[0]", "goal"],
    ]);
    expect(tnm.every((i) => i.severity === "warning")).toBe(true);
  });

  test("a task with no results is not counted", () => {
    const result = score(rawEvaluation("central", { goals: [goal("1", [measure(10, 10)], [[], [measure(10, 6)]])] }));
    // P(1.1) undefined; P(1.2) = 6 / 10 = 0.6; Y = 0.6; X = 1 · 0.6
    expect(result.goals[0].tasks[0].P).toBeNull();
    expect(result.goals[0].Y).toBe(0.6);
    expect(result.goals[0].X).toBe(0.6);
  });

  test("p by default uses the ratio rule even when a base is given: 8 / 10, not (8 − 6) / (10 − 6)", () => {
    const result = score(rawEvaluation("central", { goals: [goal("1", [measure(10, 10)], [[measure(10, 8, { base: 6 })]])] }));
    expect(result.goals[0].tasks[0].results[0].value).toBe(0.8);
    expect(issuesWith(result, "BASE_MISSING")).toHaveLength(1); // the indicator only
  });

  test("resultRule improvement: p = (8 − 6) / (10 − 6) = 0.5", () => {
    const result = score(
      rawEvaluation("central", {
        profile: { resultRule: "improvement" },
        goals: [goal("1", [measure(10, 10, { base: 9 })], [[measure(10, 8, { base: 6 })]])],
      }),
    );
    expect(result.goals[0].tasks[0].results[0].value).toBe(0.5);
  });

  test("indicatorRule ratio: h = 58 / 60 and no BASE_MISSING", () => {
    const result = score(
      rawEvaluation("central", {
        profile: { indicatorRule: "ratio" },
        goals: [goal("1", [measure(60, 58, { base: 50 }), measure(60, 30)])],
      }),
    );
    expect(result.goals[0].indicators.map((i) => i.value)).toEqual([58 / 60, 30 / 60]);
    expect(issuesWith(result, "BASE_MISSING")).toHaveLength(0);
  });
});

describe("D = 0 when no goal is counted", () => {
  test("no goal at all: NO_GOALS (error) at goals", () => {
    const result = score(rawEvaluation("central"));
    expect(result.criteria.D.coefficient).toBe(0);
    expect(issuesWith(result, "NO_GOALS")).toEqual([expect.objectContaining({ path: "goals", severity: "error" })]);
  });

  test("only unmeasurable goals: D = 0 with NO_GOALS and GOAL_NOT_MEASURABLE", () => {
    const result = score(rawEvaluation("central", { goals: [goal("1", []), goal("2", [measure(null, 3)])] }));
    expect(result.criteria.D.coefficient).toBe(0);
    expect(codesOf(result)).toEqual(expect.arrayContaining(["NO_GOALS", "GOAL_NOT_MEASURABLE"]));
    expect(issuesWith(result, "GOAL_NOT_MEASURABLE").map((i) => i.path)).toEqual(["goals[0]", "goals[1]"]);
  });
});

describe("meanOfCounted", () => {
  test("Σv / n over the non-null values; null when none", () => {
    expect(meanOfCounted([0.2, null, 0.6])).toBeCloseTo(0.4, 15);
    expect(meanOfCounted([null, null])).toBeNull();
    expect(meanOfCounted([])).toBeNull();
    expect(meanOfCounted([0])).toBe(0);
  });
});

describe("achievement counts of the target indicators", () => {
  test("full (h = 1), partial (0 < h < 1), not achieved (h = 0), not counted", () => {
    // h: 10 / 10 = 1; 5 / 10 = 0.5; (45 − 50) / (60 − 50) → 0; no plan; no fact; (12 − 0) / (10 − 0) → 1
    const result = score(
      rawEvaluation("central", {
        goals: [
          goal("1", [measure(10, 10), measure(10, 5), measure(60, 45, { base: 50 })]),
          goal("2", [measure(null, 1), measure(1, null), measure(10, 12, { base: 0 })]),
        ],
      }),
    );
    expect(result.counts).toEqual({ full: 2, partial: 1, notAchieved: 1, notCounted: 2 });
  });
});
