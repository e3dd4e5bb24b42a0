// The two shipped examples scored through the core and pinned: every coefficient is recomputed here by
// hand from the example's own numbers (METHODOLOGY.md §1–6), with the arithmetic written out.

import * as fs from "fs";
import * as path from "path";
import { parseEvaluationText, scoreEvaluation, type Result } from "../../src/core";
import { LOCAL_SPHERES } from "../../src/data/local-spheres";
import { PERFORMANCE_INDICATORS } from "../../src/data/performance-indicators";

const root = path.resolve(__dirname, "../..");

function scoreExample(file: string): Result {
  const parsed = parseEvaluationText(fs.readFileSync(path.join(root, "examples", file), "utf8"));
  return scoreEvaluation(parsed.evaluation, parsed.issues);
}

const DIGITS = 10;
const close = (actual: number | null, expected: number | null) => {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, DIGITS);
};

/** The result's numbers in the shape the expectations below are written in. */
function goalNumbers(result: Result) {
  return result.goals.map((g) => ({
    code: g.code,
    h: g.indicators.map((m) => m.value),
    K: g.K,
    tasks: g.tasks.map((t) => ({ code: t.code, p: t.results.map((m) => m.value), P: t.P })),
    Y: g.Y,
    X: g.X,
  }));
}

interface ExpectedGoal {
  code: string;
  h: (number | null)[];
  K: number | null;
  tasks: { code: string; p: (number | null)[]; P: number | null }[];
  Y: number;
  X: number | null;
}

function expectGoals(result: Result, expected: ExpectedGoal[]) {
  const actual = goalNumbers(result);
  expect(actual.map((g) => g.code)).toEqual(expected.map((g) => g.code));
  expected.forEach((e, i) => {
    const a = actual[i];
    expect(a.h).toHaveLength(e.h.length);
    e.h.forEach((h, j) => close(a.h[j], h));
    close(a.K, e.K);
    expect(a.tasks.map((t) => t.code)).toEqual(e.tasks.map((t) => t.code));
    e.tasks.forEach((t, j) => {
      expect(a.tasks[j].p).toHaveLength(t.p.length);
      t.p.forEach((p, k) => close(a.tasks[j].p[k], p));
      close(a.tasks[j].P, t.P);
    });
    close(a.Y, e.Y);
    close(a.X, e.X);
  });
}

function issuePairs(result: Result): string[] {
  return result.issues.map((i) => `${i.code} @ ${i.path}`).sort();
}

describe("examples/ministry-of-health.json (central, 2017)", () => {
  const result = scoreExample("ministry-of-health.json");

  // B (§18–21): q = (q1 + q2) / 2; a sphere with directions takes the mean of its directions.
  const q11 = (1 + 1) / 2; // 1
  const q12 = (1 + 0.5) / 2; // 0.75
  const q13 = (0.5 + 0.5) / 2; // 0.5
  const q1 = (q11 + q12 + q13) / 3; // 0.75
  const q2 = (1 + 1) / 2; // 1
  const q3 = (1 + 0.5) / 2; // 0.75
  const q4 = (0.5 + 0) / 2; // 0.25
  const q51 = (1 + 1) / 2; // 1
  const q52 = (0.5 + 1) / 2; // 0.75
  const q53 = (1 + 0.5) / 2; // 0.75
  const q5 = (q51 + q52 + q53) / 3; // 0.833333
  const B = (q1 + q2 + q3 + q4 + q5) / 5; // 3.583333 / 5 = 0.716667

  // C (§22): the mean of R over the four risks.
  const C = (1 + 0.5 + 1 + 0) / 4; // 0.625

  // Goal 1.2: all three indicators are "lower", improvement rule h = (F − F0) / (P − F0).
  const h12_1 = (10.9 - 11.2) / (10.6 - 11.2); // 0.3 / 0.6 = 0.5
  const h12_2 = 1; // (9.1 − 10.1) / (9.6 − 10.1) = 2, capped at 1
  const h12_3 = 0; // (12.5 − 12.3) / (11.8 − 12.3) = −0.4, capped at 0
  const K12 = (h12_1 + h12_2 + h12_3) / 3; // 0.5
  const p121_1 = 1; // 80.5 / 80 > 1, capped
  const p121_2 = 45 / 60; // 0.75
  const P121 = (p121_1 + p121_2) / 2; // 0.875
  const p122_1 = 380 / 400; // 0.95
  const P122 = p122_1;
  const Y12 = (P121 + P122) / 2; // 0.9125
  const X12 = K12 * Y12; // 0.45625

  // Goal 2.1: indicator 2 arrives as the text "49,5"; indicator 3 has no plan (PLAN_MISSING).
  const h21_1 = 1; // (66 − 62) / (65 − 62) = 1.33, capped
  const h21_2 = (49.5 - 48) / (50 - 48); // 0.75
  const K21 = (h21_1 + h21_2) / 2; // 0.875
  const p211_1 = 1; // 1260 / 1200 > 1, capped
  const p211_2 = 720 / 900; // 0.8
  const P211 = (p211_1 + p211_2) / 2; // 0.9
  const Y21 = P211;
  const X21 = K21 * Y21; // 0.7875

  // Goal 3.1: h2 plans no improvement (P = F0 = 95) → ratio F / P; h3 has no base → ratio P / F
  // (lower); h4 has data "none"; the only task's only result has no fact, so Y = 1 (neutral).
  const h31_1 = 1; // (49.6 − 52.1) / (50.0 − 52.1) = 1.19, capped
  const h31_2 = 94.1 / 95.0; // 0.990526
  const h31_3 = 1; // 0.6 / 0.5 = 1.2, capped
  const K31 = (h31_1 + h31_2 + h31_3) / 3; // 0.996842
  const Y31 = 1;
  const X31 = K31 * Y31;

  // Goal 5.1.
  const h51_1 = (38.2 - 38.0) / (38.5 - 38.0); // 0.4
  const K51 = h51_1;
  const P511 = 1500 / 1500; // 1
  const Y51 = P511;
  const X51 = K51 * Y51; // 0.4

  const D = (X12 + X21 + X31 + X51) / 4; // 2.640592 / 4 = 0.660148

  // W (§38–43): submitted 2018-02-05 after the deadline 2018-02-01 → 1.5; no missing element → 0;
  // three unreliable facts reach the threshold of 3 → 3 · 0.2 = 0.6.
  const W = { late: 1.5, incomplete: 0, unreliable: 3 * 0.2, total: 1.5 + 0 + 3 * 0.2 }; // total 2.1

  // A (§16): 100 · (0.1·B + 0.1·C + 0.8·D) − W.
  const A = 100 * (0.1 * B + 0.1 * C + 0.8 * D) - W.total; // 7.166667 + 6.25 + 52.811840 − 2.1 = 64.128507

  test("the lead's figures agree with the hand computation", () => {
    expect(B).toBeCloseTo(0.716667, 6);
    expect(C).toBe(0.625);
    expect(D).toBeCloseTo(0.660148, 6);
    expect(W.total).toBeCloseTo(2.1, 12);
    expect(A).toBeCloseTo(64.1285, 4);
  });

  test("q of every sphere and direction, and B", () => {
    const spheres = result.quality;
    expect(spheres.map((s) => s.code)).toEqual(["1", "2", "3", "4", "5"]);
    [q1, q2, q3, q4, q5].forEach((q, i) => close(spheres[i].q, q));
    [q11, q12, q13].forEach((q, j) => close(spheres[0].directions[j].q, q));
    [q51, q52, q53].forEach((q, j) => close(spheres[4].directions[j].q, q));
    expect(spheres[1].directions).toEqual([]);
    close(result.criteria.B.coefficient, B);
  });

  test("R of every risk and C", () => {
    expect(result.risks.map((r) => r.R)).toEqual([1, 0.5, 1, 0]);
    close(result.criteria.C!.coefficient, C);
  });

  test("h, p, K, P, Y, X of every goal and D", () => {
    expectGoals(result, [
      { code: "1.2", h: [h12_1, h12_2, h12_3], K: K12, tasks: [{ code: "1.2.1", p: [p121_1, p121_2], P: P121 }, { code: "1.2.2", p: [p122_1], P: P122 }], Y: Y12, X: X12 },
      { code: "2.1", h: [h21_1, h21_2, null], K: K21, tasks: [{ code: "2.1.1", p: [p211_1, p211_2], P: P211 }], Y: Y21, X: X21 },
      { code: "3.1", h: [h31_1, h31_2, h31_3, null], K: K31, tasks: [{ code: "3.1.1", p: [null], P: null }], Y: Y31, X: X31 },
      { code: "5.1", h: [h51_1], K: K51, tasks: [{ code: "5.1.1", p: [1], P: P511 }], Y: Y51, X: X51 },
    ]);
    close(result.criteria.D.coefficient, D);
  });

  test("criteria, W and A", () => {
    expect(result.kind).toBe("central");
    expect(result.evaluated).toBe(true);
    expect(result.criteria.E).toBeNull();
    expect(result.performance).toEqual([]);
    close(result.criteria.B.points, 100 * 0.1 * B);
    close(result.criteria.C!.points, 100 * 0.1 * C);
    close(result.criteria.D.points, 100 * 0.8 * D);
    expect([result.criteria.B.weight, result.criteria.C!.weight, result.criteria.D.weight]).toEqual([0.1, 0.1, 0.8]);
    close(result.W.late, W.late);
    close(result.W.incomplete, W.incomplete);
    close(result.W.unreliable, W.unreliable);
    close(result.W.total, W.total);
    close(result.A, A);
  });

  test("indicator counts", () => {
    // full: h12_2, h21_1, h31_1, h31_3; partial: h12_1, h21_2, h31_2, h51_1; not achieved: h12_3;
    // not counted: goal 2.1 indicator 3 (no plan), goal 3.1 indicator 4 (data "none").
    expect(result.counts).toEqual({ full: 4, partial: 4, notAchieved: 1, notCounted: 2 });
  });

  test("issues", () => {
    expect(new Set(result.issues.map((i) => i.code))).toEqual(
      new Set(["NUMBER_AS_TEXT", "PLAN_MISSING", "NO_PLANNED_IMPROVEMENT", "BASE_MISSING", "DATA_NONE", "FACT_MISSING", "TASKS_NOT_MEASURABLE"]),
    );
    expect(issuePairs(result)).toEqual(
      [
        "NUMBER_AS_TEXT @ goals[1].indicators[1].fact",
        "PLAN_MISSING @ goals[1].indicators[2]",
        "NO_PLANNED_IMPROVEMENT @ goals[2].indicators[1]",
        "BASE_MISSING @ goals[2].indicators[2]",
        "DATA_NONE @ goals[2].indicators[3]",
        "FACT_MISSING @ goals[2].tasks[0].results[0]",
        "TASKS_NOT_MEASURABLE @ goals[2].tasks[0]",
        "TASKS_NOT_MEASURABLE @ goals[2]",
      ].sort(),
    );
  });
});

describe("examples/zhambyl-oblast.json (local, 2012)", () => {
  const result = scoreExample("zhambyl-oblast.json");

  // B (§18–21) over the six spheres of App. 3.
  const q11 = (1 + 1) / 2; // 1     industry
  const q12 = (1 + 0.5) / 2; // 0.75  agro-industrial complex
  const q13 = (0.5 + 0.5) / 2; // 0.5   SMEs and trade
  const q14 = (1 + 0.5) / 2; // 0.75  innovation and investment
  const q1 = (q11 + q12 + q13 + q14) / 4; // 3 / 4 = 0.75
  const q21 = (1 + 1) / 2; // 1
  const q22 = (1 + 0.5) / 2; // 0.75
  const q23 = (1 + 1) / 2; // 1
  const q24 = (0.5 + 0.5) / 2; // 0.5
  const q25 = (0.5 + 0) / 2; // 0.25
  const q26 = (1 + 0.5) / 2; // 0.75
  const q27 = (1 + 1) / 2; // 1
  const q2 = (q21 + q22 + q23 + q24 + q25 + q26 + q27) / 7; // 5.25 / 7 = 0.75
  const q31 = (1 + 1) / 2; // 1
  const q32 = (1 + 0.5) / 2; // 0.75
  const q33 = (0.5 + 0) / 2; // 0.25
  const q34 = (1 + 0.5) / 2; // 0.75
  const q3 = (q31 + q32 + q33 + q34) / 4; // 2.75 / 4 = 0.6875
  const q4 = (1 + 0.5) / 2; // 0.75
  const q5 = (1 + 1) / 2; // 1
  const q6 = (0.5 + 0.5) / 2; // 0.5
  const B = (q1 + q2 + q3 + q4 + q5 + q6) / 6; // 4.4375 / 6 = 0.739583

  // Goal 4.1.2 (agro-industrial complex). Indicator 2's fact arrives as the text "191,5"; indicator 3
  // plans no improvement (P = F0 = 14.5), so it falls back to the ratio F / P.
  const h412_1 = (598 - 560) / (610 - 560); // 38 / 50 = 0.76
  const h412_2 = 1; // (191.5 − 186.2) / (190.0 − 186.2) = 1.39, capped
  const h412_3 = 14.2 / 14.5; // 0.979310
  const K412 = (h412_1 + h412_2 + h412_3) / 3; // 2.739310 / 3 = 0.913103
  const p4121_1 = 3150 / 3500; // 0.9
  const p4121_2 = 42 / 42; // 1
  // result 3 has no fact (FACT_MISSING): not counted
  const P4121 = (p4121_1 + p4121_2) / 2; // 0.95
  const p4122_1 = 1; // 8.4 / 8.0 = 1.05, capped
  const P4122 = p4122_1;
  const Y412 = (P4121 + P4122) / 2; // 0.975
  const X412 = K412 * Y412; // 0.890276

  // Goal 4.2.2 (health): three "lower" indicators by improvement; indicator 4 has no base → F / P.
  const h422_1 = 1; // (19.8 − 24.5) / (22.0 − 24.5) = 1.88, capped
  const h422_2 = (17.2 - 17.9) / (16.5 - 17.9); // 0.7 / 1.4 = 0.5
  const h422_3 = (93.6 - 98.4) / (92.0 - 98.4); // 4.8 / 6.4 = 0.75
  const h422_4 = 57 / 60; // 0.95
  const K422 = (h422_1 + h422_2 + h422_3 + h422_4) / 4; // 3.2 / 4 = 0.8
  const p4221_1 = 4 / 6; // 0.666667
  const p4221_2 = 1; // 92.3 / 90 > 1, capped
  const P4221 = (p4221_1 + p4221_2) / 2; // 0.833333
  // task 4.2.2.2: its only result has data "none", so the task is not counted in Y
  const Y422 = P4221;
  const X422 = K422 * Y422; // 0.666667

  // Goal 4.3.5 (ICT): base = the programme's 2011 values, plan = its 2012 values (FORMS.md).
  const h435_1 = (1.98 - 1.97) / (1.98 - 1.97); // 1
  const h435_2 = (16 - 4) / (20 - 4); // 12 / 16 = 0.75
  const h435_3 = (11 - 7) / (15 - 7); // 4 / 8 = 0.5
  const K435 = (h435_1 + h435_2 + h435_3) / 3; // 0.75
  const p4351_1 = 21 / 25; // 0.84
  const p4351_2 = 100 / 100; // 1
  const P4351 = (p4351_1 + p4351_2) / 2; // 0.92
  const p4352_1 = 54 / 60; // 0.9
  const P4352 = p4352_1;
  const Y435 = (P4351 + P4352) / 2; // 0.91
  const X435 = K435 * Y435; // 0.6825

  // Goal 4.4.2 (environment): indicator 1 has no 2012 plan, indicator 2 has data "none" → K and X
  // undefined and the goal is left out of D; its task is still scored.
  const p4421_1 = 1; // 162 / 150 > 1, capped
  const P4421 = p4421_1;
  const Y442 = P4421;

  const D = (X412 + X422 + X435) / 3; // 2.239443 / 3 = 0.746481

  // E (§25–26, App. 4): S = SB / SR for "lower", SR / SB for "higher", capped at 1; geometric mean.
  const S_unemployment = 1; // 5.4 / 5.3 > 1, capped
  const S_selfEmployed = 39.8 / 40.6; // 0.980296
  const S_housing = 23415 / 24870; // 0.941496
  const S_emissions = 29.6 / 31.2; // 0.948718
  const S_income = 105.1 / 106.8; // 0.984082
  const S_grp = 1; // 781.2 / 703.4 > 1, capped
  const S = [S_unemployment, S_selfEmployed, S_housing, S_emissions, S_income, S_grp];
  const E = Math.pow(S_unemployment * S_selfEmployed * S_housing * S_emissions * S_income * S_grp, 1 / 6); // 0.861676^(1/6) = 0.975493

  // W: submitted 2013-01-30, before the deadline 2013-02-01 → 0; one missing element → 2; one
  // unreliable fact is below the threshold of 3 → 0.
  const W = { late: 0, incomplete: 2, unreliable: 0, total: 2 };

  // A (§17): 100 · (0.2·B + 0.8·D) · E − W.
  const A = 100 * (0.2 * B + 0.8 * D) * E - W.total; // 100 · (0.147917 + 0.597185) · 0.975493 − 2 = 70.684

  test("hand-computed magnitudes", () => {
    expect(B).toBeCloseTo(0.739583, 6);
    expect(D).toBeCloseTo(0.746481, 6);
    expect(E).toBeCloseTo(0.975493, 6);
    expect(A).toBeCloseTo(70.684, 3);
  });

  test("q of every sphere and direction, and B", () => {
    const spheres = result.quality;
    expect(spheres.map((s) => s.code)).toEqual(["1", "2", "3", "4", "5", "6"]);
    [q1, q2, q3, q4, q5, q6].forEach((q, i) => close(spheres[i].q, q));
    expect(spheres[0].directions.map((d) => d.code)).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    [q11, q12, q13, q14].forEach((q, j) => close(spheres[0].directions[j].q, q));
    expect(spheres[1].directions.map((d) => d.code)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"]);
    [q21, q22, q23, q24, q25, q26, q27].forEach((q, j) => close(spheres[1].directions[j].q, q));
    expect(spheres[2].directions.map((d) => d.code)).toEqual(["3.1", "3.2", "3.3", "3.4"]);
    [q31, q32, q33, q34].forEach((q, j) => close(spheres[2].directions[j].q, q));
    for (const i of [3, 4, 5]) expect(spheres[i].directions).toEqual([]);
    close(result.criteria.B.coefficient, B);
  });

  test("h, p, K, P, Y, X of every goal and D", () => {
    expectGoals(result, [
      { code: "4.1.2", h: [h412_1, h412_2, h412_3], K: K412, tasks: [{ code: "4.1.2.1", p: [p4121_1, p4121_2, null], P: P4121 }, { code: "4.1.2.2", p: [p4122_1], P: P4122 }], Y: Y412, X: X412 },
      { code: "4.2.2", h: [h422_1, h422_2, h422_3, h422_4], K: K422, tasks: [{ code: "4.2.2.1", p: [p4221_1, p4221_2], P: P4221 }, { code: "4.2.2.2", p: [null], P: null }], Y: Y422, X: X422 },
      { code: "4.3.5", h: [h435_1, h435_2, h435_3], K: K435, tasks: [{ code: "4.3.5.1", p: [p4351_1, p4351_2], P: P4351 }, { code: "4.3.5.2", p: [p4352_1], P: P4352 }], Y: Y435, X: X435 },
      { code: "4.4.2", h: [null, null], K: null, tasks: [{ code: "4.4.2.1", p: [p4421_1], P: P4421 }], Y: Y442, X: null },
    ]);
    close(result.criteria.D.coefficient, D);
  });

  test("S of every App. 4 indicator and E", () => {
    expect(result.performance.map((x) => x.key)).toEqual(["unemployment", "selfEmployedShare", "housingQueue", "emissionsPerCapita", "realIncomeIndex", "grpPerCapita"]);
    S.forEach((s, i) => close(result.performance[i].S, s));
    expect(result.criteria.E).not.toBeNull();
    close(result.criteria.E!.coefficient, E);
    expect(result.criteria.E!.weight).toBeNull();
    expect(result.criteria.E!.points).toBeNull();
  });

  test("criteria, W and A", () => {
    expect(result.kind).toBe("local");
    expect(result.evaluated).toBe(true);
    expect(result.criteria.C).toBeNull();
    expect(result.risks).toEqual([]);
    expect([result.criteria.B.weight, result.criteria.D.weight]).toEqual([0.2, 0.8]);
    close(result.criteria.B.points, 100 * 0.2 * B * E);
    close(result.criteria.D.points, 100 * 0.8 * D * E);
    close(result.W.late, W.late);
    close(result.W.incomplete, W.incomplete);
    close(result.W.unreliable, W.unreliable);
    close(result.W.total, W.total);
    close(result.A, A);
    // The points minus W add up to A (§1).
    close(result.criteria.B.points + result.criteria.D.points - result.W.total, A);
  });

  test("indicator counts", () => {
    // full: h412_2, h422_1, h435_1; partial: h412_1, h412_3, h422_2, h422_3, h422_4, h435_2, h435_3;
    // not achieved: none; not counted: both indicators of goal 4.4.2.
    expect(result.counts).toEqual({ full: 3, partial: 7, notAchieved: 0, notCounted: 2 });
  });

  test("issues", () => {
    expect(new Set(result.issues.map((i) => i.code))).toEqual(
      new Set([
        "NUMBER_AS_TEXT",
        "NO_PLANNED_IMPROVEMENT",
        "FACT_MISSING",
        "BASE_MISSING",
        "DATA_NONE",
        "TASKS_NOT_MEASURABLE",
        "PLAN_MISSING",
        "GOAL_NOT_MEASURABLE",
        "UNRELIABLE_BELOW_THRESHOLD",
      ]),
    );
    expect(issuePairs(result)).toEqual(
      [
        "NUMBER_AS_TEXT @ goals[0].indicators[1].fact",
        "NO_PLANNED_IMPROVEMENT @ goals[0].indicators[2]",
        "FACT_MISSING @ goals[0].tasks[0].results[2]",
        "BASE_MISSING @ goals[1].indicators[3]",
        "DATA_NONE @ goals[1].tasks[1].results[0]",
        "TASKS_NOT_MEASURABLE @ goals[1].tasks[1]",
        "PLAN_MISSING @ goals[3].indicators[0]",
        "DATA_NONE @ goals[3].indicators[1]",
        "GOAL_NOT_MEASURABLE @ goals[3]",
        "UNRELIABLE_BELOW_THRESHOLD @ penalties",
      ].sort(),
    );
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("the example follows App. 3 and App. 4 and the FORMS.md ICT figures", () => {
    const raw = JSON.parse(fs.readFileSync(path.join(root, "examples/zhambyl-oblast.json"), "utf8"));
    expect(raw.body).toEqual({ name: "Жамбыл облысының әкімдігі", kind: "local", period: "2012" });
    const ict = raw.goals.find((g: { code: string }) => g.code === "4.3.5");
    // 2011 → 2012 of the programme: ICT share 1.97 → 1.98, e-services 4 → 20, automated processes 7 → 15.
    expect(ict.indicators.map((m: { base: number; plan: number }) => [m.base, m.plan])).toEqual([[1.97, 1.98], [4, 20], [7, 15]]);
    expect(ict.tasks.map((t: { code: string }) => t.code)).toEqual(["4.3.5.1", "4.3.5.2"]);
    // Quality is assessed over exactly the spheres and directions of App. 3, named as there.
    type Named = { code: string; name: string; directions?: Named[] };
    const outline = (list: Named[]) => list.map((s) => ({ code: s.code, name: s.name, directions: (s.directions ?? []).map((d) => ({ code: d.code, name: d.name, directions: [] })) }));
    const app3 = LOCAL_SPHERES.map((s) => ({ code: s.code, name: s.name.kk, directions: s.directions.map((d) => ({ code: d.code, name: d.name.kk, directions: [] })) }));
    expect(outline(raw.quality)).toEqual(app3);
    // Performance: the six App. 4 indicators, in the form's order.
    expect(raw.performance.map((x: { key: string }) => x.key)).toEqual(PERFORMANCE_INDICATORS.map((x) => x.key));
  });
});
