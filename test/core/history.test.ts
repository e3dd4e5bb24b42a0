// Scores across periods (Sys. §73): sorted by period, and a decline two or more years in a row flagged
// exactly — A, each criterion, each App. 4 index — while one-year declines and equal values are not.

import fc from "fast-check";
import {
  analyzeHistory,
  comparePeriods,
  consecutivePeriods,
  findDeclines,
  parseEvaluation,
  periodScoresOf,
  scoreEvaluation,
  sortHistory,
  withPeriod,
  type PeriodScores,
} from "../../src/core";

const period = (name: string, values: Partial<Omit<PeriodScores, "period">> = {}): PeriodScores => ({
  period: name,
  A: null,
  B: null,
  C: null,
  D: null,
  E: null,
  W: null,
  S: {},
  ...values,
});

/** Periods from 2021 on with these A values. */
const totals = (...values: number[]) => values.map((A, i) => period(String(2021 + i), { A }));

describe("A: lower than the previous period in each of two consecutive years", () => {
  test("70 → 65 → 60 (2021–2023): two declines in a row, flagged", () => {
    expect(findDeclines(totals(70, 65, 60))).toEqual([
      { series: "A", kind: "total", periods: ["2021", "2022", "2023"], values: [70, 65, 60], years: 2 },
    ]);
  });

  test("a decline of one year only is not flagged: 70 → 65, or 70 → 65 → 66 → 60", () => {
    expect(findDeclines(totals(70, 65))).toEqual([]);
    expect(findDeclines(totals(70, 65, 66, 60))).toEqual([]);
  });

  test("equal values are no decline: 70 → 65 → 65, and 70 → 70 → 70", () => {
    expect(findDeclines(totals(70, 65, 65))).toEqual([]);
    expect(findDeclines(totals(70, 70, 70))).toEqual([]);
    // A difference from floating-point sums (0.1 + 0.2 vs 0.3) is equality too.
    expect(findDeclines(totals(0.5, 0.1 + 0.2, 0.3))).toEqual([]);
  });

  test("80 → 70 → 60 → 50: one run of three years", () => {
    expect(findDeclines(totals(80, 70, 60, 50))).toEqual([
      { series: "A", kind: "total", periods: ["2021", "2022", "2023", "2024"], values: [80, 70, 60, 50], years: 3 },
    ]);
  });

  test("two separate runs are two flags: 90 → 80 → 70 → 75 → 65 → 55", () => {
    const declines = findDeclines(totals(90, 80, 70, 75, 65, 55));
    expect(declines.map((d) => d.periods)).toEqual([
      ["2021", "2022", "2023"],
      ["2024", "2025", "2026"],
    ]);
  });

  test("a missing year breaks the run: 2019 70, 2021 65, 2022 60 is one decline a year apart only", () => {
    const history = [period("2019", { A: 70 }), period("2021", { A: 65 }), period("2022", { A: 60 })];
    expect(findDeclines(history)).toEqual([]);
    expect(consecutivePeriods("2019", "2021")).toBe(false);
    expect(consecutivePeriods("2021", "2022")).toBe(true);
  });

  test("the history is sorted by period first, whatever order the files came in", () => {
    const shuffled = [period("2023", { A: 60 }), period("2021", { A: 70 }), period("2022", { A: 65 })];
    expect(sortHistory(shuffled).map((p) => p.period)).toEqual(["2021", "2022", "2023"]);
    expect(findDeclines(shuffled)).toHaveLength(1);
    expect(comparePeriods("2023-Q2", "2023-Q10")).toBeLessThan(0);
  });
});

describe("each criterion and each App. 4 index", () => {
  test("D 0.9 → 0.8 → 0.7 is flagged; B falling one year only is not; a null C breaks nothing it does not have", () => {
    const history = [
      period("2021", { A: 80, B: 1, D: 0.9 }),
      period("2022", { A: 80, B: 0.75, D: 0.8 }),
      period("2023", { A: 80, B: 0.75, D: 0.7 }),
    ];
    expect(findDeclines(history)).toEqual([
      { series: "D", kind: "criterion", periods: ["2021", "2022", "2023"], values: [0.9, 0.8, 0.7], years: 2 },
    ]);
  });

  test("an index S < 1 means the indicator worsened that year: two years in a row are flagged", () => {
    const S = (values: number[]) => values.map((value, i) => period(String(2021 + i), { S: { unemployment: value } }));
    // 2022: S = 0.96 (worse than 2021), 2023: S = 0.98 (worse than 2022): worsened two years in a row.
    expect(findDeclines(S([1, 0.96, 0.98]))).toEqual([
      { series: "S:unemployment", kind: "performance", key: "unemployment", periods: ["2022", "2023"], values: [0.96, 0.98], years: 2 },
    ]);
    // One worse year, or an unchanged one between (S = 1 is no worsening), is not flagged.
    expect(findDeclines(S([0.9, 1, 0.9]))).toEqual([]);
    expect(findDeclines(S([1, 1, 0.5]))).toEqual([]);
  });

  test("periodScoresOf takes A, the criteria, W and the indexes from a Result", () => {
    const raw = {
      format: "bagalau/evaluation@1",
      body: { name: "Oblast", kind: "local", period: "2023" },
      quality: [{ code: "1", name: "S", q1: 1, q2: 1 }],
      goals: [{ code: "1", name: "G", indicators: [{ name: "I", plan: 10, fact: 10 }], tasks: [] }],
      performance: [
        { key: "unemployment", previous: 5, current: 4 },
        { key: "grpPerCapita", previous: 100, current: 90 },
      ],
    };
    const parsed = parseEvaluation(raw);
    const scores = periodScoresOf("2023", scoreEvaluation(parsed.evaluation, parsed.issues));
    // S(unemployment) = min(5/4, 1) = 1; S(GRP) = 90/100 = 0.9; E = √(1 · 0.9) ≈ 0.948683; B = 1, D = 1;
    // A = 100 · (0.2 · 1 + 0.8 · 1) · 0.948683 − 0 = 94.8683.
    expect(scores).toMatchObject({ period: "2023", B: 1, C: null, D: 1, W: 0, S: { unemployment: 1, grpPerCapita: 0.9 } });
    expect(scores.E).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(scores.A).toBeCloseTo(100 * Math.sqrt(0.9), 10);
  });

  test("withPeriod puts a freshly scored period in place of the row of the same period", () => {
    const history = withPeriod(totals(70, 65, 99), period("2023", { A: 60 }));
    expect(history.map((p) => p.A)).toEqual([70, 65, 60]);
    expect(analyzeHistory(history).declines).toHaveLength(1);
  });
});

describe("properties", () => {
  test("strictly decreasing A over n ≥ 3 consecutive years is one flag of n − 1 years; never decreasing, no flag", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 0, max: 100 }),
        (steps, start) => {
          const down: number[] = [start];
          for (const step of steps) down.push(down[down.length - 1] - step);
          expect(findDeclines(totals(...down))).toEqual([expect.objectContaining({ series: "A", years: steps.length })]);
          const up = down.slice().reverse();
          expect(findDeclines(totals(...up))).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
