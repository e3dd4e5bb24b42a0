// Criterion C (METHODOLOGY.md §4): R per risk, C = ΣR / k, invalid R, no risk, and a local body's
// risks ignored.

import { issuesWith, rawEvaluation, score } from "./builders";

describe("C = ΣR / k", () => {
  test("R = 1, 0.5, 0, 0.5 → C = (1 + 0.5 + 0 + 0.5) / 4 = 0.5", () => {
    const result = score(
      rawEvaluation("central", {
        risks: [
          { name: "a", r: 1 },
          { name: "b", r: 0.5 },
          { name: "c", r: 0 },
          { name: "d", r: 0.5 },
        ],
      }),
    );
    expect(result.risks.map((r) => r.R)).toEqual([1, 0.5, 0, 0.5]);
    expect(result.criteria.C?.coefficient).toBe(0.5);
    expect(result.issues.filter((i) => i.code === "COEFFICIENT_INVALID" || i.code === "NO_RISKS")).toEqual([]);
  });

  test("an invalid R counts as 0 but is still one of the k risks: (1 + 0) / 2", () => {
    const result = score(
      rawEvaluation("central", {
        risks: [
          { name: "a", r: 1 },
          { name: "b", r: 0.3 },
        ],
      }),
    );
    expect(result.risks.map((r) => r.R)).toEqual([1, 0]);
    expect(result.criteria.C?.coefficient).toBe(0.5);
    const [issue] = issuesWith(result, "COEFFICIENT_INVALID");
    expect(issue).toMatchObject({
      path: "risks[1].r",
      severity: "error",
      variant: "invalid",
      subject: { type: "risk", row: 2, name: "b" },
    });
  });

  test("a missing R counts as 0 with the variant missing: (0.5 + 0) / 2", () => {
    const result = score(rawEvaluation("central", { risks: [{ name: "a", r: 0.5 }, { name: "b" }] }));
    expect(result.criteria.C?.coefficient).toBe(0.25);
    expect(issuesWith(result, "COEFFICIENT_INVALID").map((i) => [i.path, i.variant])).toEqual([["risks[1].r", "missing"]]);
  });

  test("no risk: C = 0 with NO_RISKS (error) at risks", () => {
    const result = score(rawEvaluation("central", { risks: [] }));
    expect(result.criteria.C?.coefficient).toBe(0);
    expect(result.criteria.C?.points).toBe(0);
    expect(issuesWith(result, "NO_RISKS")).toEqual([expect.objectContaining({ path: "risks", severity: "error" })]);
  });
});

describe("a local body", () => {
  test("its risks are ignored: IGNORED_FOR_KIND (info), no C, no risk in the result", () => {
    const result = score(
      rawEvaluation("local", {
        risks: [
          { name: "a", r: 1 },
          { name: "b", r: 7 },
        ],
      }),
    );
    expect(result.criteria.C).toBeNull();
    expect(result.risks).toEqual([]);
    expect(issuesWith(result, "IGNORED_FOR_KIND")).toEqual([
      expect.objectContaining({ path: "risks", severity: "info", variant: "risks" }),
    ]);
    expect(issuesWith(result, "COEFFICIENT_INVALID")).toEqual([]); // r = 7 is never looked at
    expect(issuesWith(result, "NO_RISKS")).toEqual([]);
  });

  test("without risks: neither NO_RISKS nor IGNORED_FOR_KIND", () => {
    const result = score(rawEvaluation("local"));
    expect(issuesWith(result, "NO_RISKS")).toEqual([]);
    expect(issuesWith(result, "IGNORED_FOR_KIND")).toEqual([]);
  });
});
