// Penalty points W (METHODOLOGY.md §6): late, incomplete, unreliable with its threshold and the
// 5-point cap under both cap scopes, unreliableFactCount, and the breakdown the verification act shows.

import {
  parseEvaluation,
  penaltyBreakdown,
  resolveProfile,
  unreliableDeduction,
  unreliablePoints,
  UNRELIABLE_POINTS_PER_FACT,
} from "../../src/core";
import { issuesWith, rawEvaluation, score, type Raw } from "./builders";

const withPenalties = (penalties: Raw, profile: Raw = {}) => score(rawEvaluation("central", { penalties, profile }));
const facts = (n: number) => Array.from({ length: n }, (_, i) => ({ indicator: `fact ${i + 1}`, plan: 10, fact: 12, rechecked: 9 }));

describe("late reporting: 1.5 points", () => {
  test("submitted after the deadline (by dates)", () => {
    expect(withPenalties({ deadline: "2024-02-01", submitted: "2024-02-05" }).W.late).toBe(1.5);
  });

  test("late by a day across a month end", () => {
    expect(withPenalties({ deadline: "2024-01-31", submitted: "2024-02-01" }).W.late).toBe(1.5);
  });

  test("submitted on the deadline or before: 0", () => {
    expect(withPenalties({ deadline: "2024-02-01", submitted: "2024-02-01" }).W.late).toBe(0);
    expect(withPenalties({ deadline: "2024-02-01", submitted: "2024-01-20" }).W.late).toBe(0);
  });

  test("by the flag late: true, with no dates", () => {
    expect(withPenalties({ late: true }).W.late).toBe(1.5);
  });

  test('late: false does not cancel late dates ("or")', () => {
    expect(withPenalties({ late: false, deadline: "2024-02-01", submitted: "2024-02-02" }).W.late).toBe(1.5);
  });

  test("only one of the dates: not late", () => {
    expect(withPenalties({ submitted: "2024-02-05" }).W.late).toBe(0);
    expect(withPenalties({ deadline: "2024-02-05" }).W.late).toBe(0);
  });
});

describe("incomplete reporting: 2 points, once", () => {
  test("one missing element", () => {
    expect(withPenalties({ missingElements: ["section 6 table"] }).W.incomplete).toBe(2);
  });

  test("three missing elements still cost 2 points once", () => {
    expect(withPenalties({ missingElements: ["a", "b", "c"] }).W.incomplete).toBe(2);
  });

  test("by the flag incomplete: true", () => {
    expect(withPenalties({ incomplete: true }).W.incomplete).toBe(2);
  });

  test("an empty list and no flag: 0", () => {
    expect(withPenalties({ missingElements: [] }).W.incomplete).toBe(0);
    expect(withPenalties({ incomplete: false }).W.incomplete).toBe(0);
  });
});

describe("unreliable reporting: 0.2 points per fact from the threshold (3) on, at most 5", () => {
  test("1 and 2 facts: nothing deducted, UNRELIABLE_BELOW_THRESHOLD (info) at penalties", () => {
    for (const n of [1, 2]) {
      const result = withPenalties({ unreliableFacts: facts(n) });
      expect(result.W.unreliable).toBe(0);
      expect(issuesWith(result, "UNRELIABLE_BELOW_THRESHOLD")).toEqual([
        expect.objectContaining({ path: "penalties", severity: "info", params: { count: n, threshold: 3 } }),
      ]);
    }
  });

  test("0 facts: nothing deducted and no issue", () => {
    const result = withPenalties({ unreliableFacts: [] });
    expect(result.W.unreliable).toBe(0);
    expect(issuesWith(result, "UNRELIABLE_BELOW_THRESHOLD")).toEqual([]);
  });

  test.each([
    [3, 0.6], // 3 · 0.2
    [4, 0.8], // 4 · 0.2
    [10, 2], // 10 · 0.2
    [25, 5], // 25 · 0.2 = 5, exactly the cap
    [26, 5], // 26 · 0.2 = 5.2 → 5
    [40, 5], // 40 · 0.2 = 8 → 5
  ])("%p facts: %p points", (n, points) => {
    const result = withPenalties({ unreliableFacts: facts(n) });
    expect(result.W.unreliable).toBeCloseTo(points, 12);
    expect(issuesWith(result, "UNRELIABLE_BELOW_THRESHOLD")).toEqual([]);
  });

  test("3 facts give exactly 0.6, not 0.6000000000000001", () => {
    expect(unreliablePoints(3, 3, "unreliable")).toBe(0.6);
  });

  test("unreliableFactCount is used when unreliableFacts is absent: 4 · 0.2 = 0.8", () => {
    expect(withPenalties({ unreliableFactCount: 4 }).W.unreliable).toBeCloseTo(0.8, 15);
  });

  test("unreliableFactCount below the threshold raises the info too", () => {
    const result = withPenalties({ unreliableFactCount: 2 });
    expect(result.W.unreliable).toBe(0);
    expect(issuesWith(result, "UNRELIABLE_BELOW_THRESHOLD")).toHaveLength(1);
  });

  test("unreliableFacts, when listed (even empty), wins over unreliableFactCount", () => {
    expect(withPenalties({ unreliableFacts: [], unreliableFactCount: 4 }).W.unreliable).toBe(0);
    expect(withPenalties({ unreliableFacts: facts(3), unreliableFactCount: 10 }).W.unreliable).toBe(0.6);
  });
});

describe("the profile's unreliableThreshold", () => {
  test("threshold 1: one fact costs 0.2", () => {
    const result = withPenalties({ unreliableFacts: facts(1) }, { unreliableThreshold: 1 });
    expect(result.W.unreliable).toBe(0.2);
    expect(issuesWith(result, "UNRELIABLE_BELOW_THRESHOLD")).toEqual([]);
  });

  test("threshold 5: four facts cost nothing (with the info), five cost 5 · 0.2 = 1", () => {
    const four = withPenalties({ unreliableFacts: facts(4) }, { unreliableThreshold: 5 });
    expect(four.W.unreliable).toBe(0);
    expect(issuesWith(four, "UNRELIABLE_BELOW_THRESHOLD")[0].params).toEqual({ count: 4, threshold: 5 });
    expect(withPenalties({ unreliableFacts: facts(5) }, { unreliableThreshold: 5 }).W.unreliable).toBe(1);
  });
});

describe("W = late + incomplete + unreliable and the cap scope", () => {
  const all = { deadline: "2024-02-01", submitted: "2024-02-05", missingElements: ["x"], unreliableFacts: facts(30) };

  test("penaltyCapScope unreliable (default): 1.5 + 2 + min(30 · 0.2, 5) = 8.5", () => {
    const { W, profile } = withPenalties(all);
    expect(profile.penaltyCapScope).toBe("unreliable");
    expect(W).toEqual({ late: 1.5, incomplete: 2, unreliable: 5, total: 8.5 });
  });

  test("penaltyCapScope total: unreliable uncapped (6), W = min(1.5 + 2 + 6, 5) = 5", () => {
    const { W } = withPenalties(all, { penaltyCapScope: "total" });
    expect(W.unreliable).toBeCloseTo(6, 12);
    expect(W.total).toBe(5);
  });

  test("penaltyCapScope total below the cap: 1.5 + 2 + 3 · 0.2 = 4.1", () => {
    const { W } = withPenalties({ ...all, unreliableFacts: facts(3) }, { penaltyCapScope: "total" });
    expect(W.total).toBeCloseTo(4.1, 12);
  });

  test("penaltyCapScope unreliable below any cap: 1.5 + 2 + 3 · 0.2 = 4.1", () => {
    const { W } = withPenalties({ ...all, unreliableFacts: facts(3) });
    expect(W.total).toBeCloseTo(4.1, 12);
  });

  test("no penalties object: W = 0", () => {
    expect(score(rawEvaluation("central")).W).toEqual({ late: 0, incomplete: 0, unreliable: 0, total: 0 });
  });
});

describe("the breakdown of W the verification act shows (rows at 0.2, then the cap as its own line)", () => {
  test("0.2 per fact, exactly", () => {
    expect(UNRELIABLE_POINTS_PER_FACT).toBe(0.2);
  });

  test("30 facts, cap on unreliable: 30 · 0.2 = 6, the cap takes off 1, 5 deducted", () => {
    expect(unreliableDeduction(30, 3, "unreliable")).toEqual({
      count: 30,
      threshold: 3,
      belowThreshold: false,
      perFact: 0.2,
      uncapped: 6,
      cap: 1,
      points: 5,
    });
  });

  test("26 facts: 5.2, the cap takes off 0.2; uncapped − cap = 5", () => {
    const d = unreliableDeduction(26, 3, "unreliable");
    expect(d.uncapped).toBeCloseTo(5.2, 12);
    expect(d.cap).toBeCloseTo(0.2, 12);
    expect(d.uncapped - d.cap).toBe(5);
    expect(d.points).toBe(5);
  });

  test("25 facts: exactly 5, no cap line", () => {
    expect(unreliableDeduction(25, 3, "unreliable")).toMatchObject({ uncapped: 5, cap: 0, points: 5 });
  });

  test("2 facts: below the threshold, 0 each and 0 in all", () => {
    expect(unreliableDeduction(2, 3, "unreliable")).toEqual({
      count: 2,
      threshold: 3,
      belowThreshold: true,
      perFact: 0,
      uncapped: 0,
      cap: 0,
      points: 0,
    });
  });

  test("0 facts: below the threshold, nothing", () => {
    expect(unreliableDeduction(0, 3, "unreliable")).toMatchObject({ belowThreshold: true, perFact: 0, points: 0, cap: 0 });
  });

  test("30 facts, cap on W: the unreliable deduction stays 6, no cap on it", () => {
    expect(unreliableDeduction(30, 3, "total")).toMatchObject({ perFact: 0.2, uncapped: 6, cap: 0, points: 6 });
  });

  test("the points are unreliablePoints", () => {
    for (const n of [0, 2, 3, 7, 25, 26, 40, 1e308]) {
      for (const scope of ["unreliable", "total"] as const)
        expect(unreliableDeduction(n, 3, scope).points).toBe(unreliablePoints(n, 3, scope));
    }
  });

  const all = { deadline: "2024-02-01", submitted: "2024-02-05", missingElements: ["x"], unreliableFacts: facts(30) };
  const breakdownOf = (penalties: Raw, profile: Raw = {}) => {
    const { evaluation } = parseEvaluation(rawEvaluation("central", { penalties, profile }));
    return penaltyBreakdown(evaluation.penalties, resolveProfile("central", evaluation.profile));
  };

  test("cap on unreliable: 1.5 + 2 + (6 − 1) = 8.5, no cap on W", () => {
    const b = breakdownOf(all);
    expect(b).toMatchObject({ late: 1.5, incomplete: 2, sum: 8.5, cap: 0, total: 8.5 });
    expect(b.unreliable).toMatchObject({ count: 30, uncapped: 6, cap: 1, points: 5 });
  });

  test("cap on W: 1.5 + 2 + 6 = 9.5, the cap takes off 4.5, W = 5", () => {
    const b = breakdownOf(all, { penaltyCapScope: "total" });
    expect(b).toMatchObject({ late: 1.5, incomplete: 2, sum: 9.5, cap: 4.5, total: 5 });
    expect(b.unreliable).toMatchObject({ uncapped: 6, cap: 0, points: 6 });
  });

  test("cap on W below 5: 1.5 + 3 · 0.2 = 2.1, no cap", () => {
    const b = breakdownOf({ deadline: "2024-02-01", submitted: "2024-02-05", unreliableFacts: facts(3) }, { penaltyCapScope: "total" });
    expect(b.cap).toBe(0);
    expect(b.total).toBeCloseTo(2.1, 12);
  });

  test("the breakdown agrees with the scored W", () => {
    for (const profile of [{}, { penaltyCapScope: "total" }, { unreliableThreshold: 1 }]) {
      for (const n of [0, 1, 2, 3, 24, 25, 26, 30]) {
        const penalties = { ...all, unreliableFacts: facts(n) };
        const b = breakdownOf(penalties, profile);
        expect(withPenalties(penalties, profile).W).toEqual({
          late: b.late,
          incomplete: b.incomplete,
          unreliable: b.unreliable.points,
          total: b.total,
        });
      }
    }
  });
});
