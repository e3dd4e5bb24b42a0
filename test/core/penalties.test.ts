// Penalty points W (METHODOLOGY.md §6): late, incomplete, unreliable with its threshold and the
// 5-point cap under both cap scopes, and unreliableFactCount.

import { unreliablePoints } from "../../src/core";
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
