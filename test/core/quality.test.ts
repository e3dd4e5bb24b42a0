// Criterion B (METHODOLOGY.md §3): q per sphere or direction, a sphere's q from its directions, B,
// both quality rules and the invalid-coefficient and no-sphere cases.

import { assessmentQuality } from "../../src/core";
import { issuesWith, rawEvaluation, score } from "./builders";

const spheres = [
  {
    code: "1",
    name: "Health care",
    directions: [
      { code: "1.1", name: "a", q1: 1, q2: 1 },
      { code: "1.2", name: "b", q1: 1, q2: 0.5 },
      { code: "1.3", name: "c", q1: 0.5, q2: 0.5 },
    ],
  },
  { code: "2", name: "Prevention", q1: 1, q2: 0.5 },
  { code: "3", name: "Sanitation", q1: 0, q2: 0.5 },
];

describe("qualityRule mean (default)", () => {
  const result = score(rawEvaluation("central", { quality: spheres }));

  test("q = (q1 + q2) / 2 per sphere without directions", () => {
    expect(result.quality[1].q).toBe((1 + 0.5) / 2);
    expect(result.quality[2].q).toBe((0 + 0.5) / 2);
  });

  test("q of each direction and the sphere's q as their mean: (1 + 0.75 + 0.5) / 3 = 0.75", () => {
    expect(result.quality[0].directions.map((d) => d.q)).toEqual([1, 0.75, 0.5]);
    expect(result.quality[0].q).toBe((1 + 0.75 + 0.5) / 3);
  });

  test("B = Σq / n over the spheres = (0.75 + 0.75 + 0.25) / 3", () => {
    expect(result.criteria.B.coefficient).toBeCloseTo((0.75 + 0.75 + 0.25) / 3, 15);
    expect(result.issues.filter((i) => i.code === "COEFFICIENT_INVALID" || i.code === "NO_QUALITY")).toEqual([]);
  });
});

describe("qualityRule product", () => {
  const result = score(rawEvaluation("central", { profile: { qualityRule: "product" }, quality: spheres }));

  test("q = q1 · q2; directions 1·1, 1·0.5, 0.5·0.5; sphere q = (1 + 0.5 + 0.25) / 3", () => {
    expect(result.quality[0].directions.map((d) => d.q)).toEqual([1, 0.5, 0.25]);
    expect(result.quality[0].q).toBeCloseTo((1 + 0.5 + 0.25) / 3, 15);
    expect(result.quality[1].q).toBe(1 * 0.5);
    expect(result.quality[2].q).toBe(0 * 0.5);
  });

  test("B = (0.58333… + 0.5 + 0) / 3", () => {
    expect(result.criteria.B.coefficient).toBeCloseTo(((1 + 0.5 + 0.25) / 3 + 0.5 + 0) / 3, 15);
    expect(result.profile.qualityRule).toBe("product");
  });

  test("assessmentQuality switches the formula", () => {
    expect(assessmentQuality(0.5, 1, "mean")).toBe(0.75);
    expect(assessmentQuality(0.5, 1, "product")).toBe(0.5);
  });
});

describe("a sphere with directions", () => {
  test("its own q1 and q2 are not used: only its directions count", () => {
    const result = score(
      rawEvaluation("central", {
        quality: [{ code: "1", name: "s", q1: 0, q2: 0, directions: [{ code: "1.1", name: "d", q1: 1, q2: 1 }] }],
      }),
    );
    expect(result.quality[0].q).toBe(1);
    expect(result.criteria.B.coefficient).toBe(1);
  });
});

describe("invalid or missing coefficients count as 0 with COEFFICIENT_INVALID", () => {
  test("q1 = 0.7 is invalid (0 with variant invalid); q2 missing (0 with variant missing)", () => {
    const result = score(rawEvaluation("central", { quality: [{ code: "1", name: "s", q1: 0.7 }] }));
    expect(result.quality[0].q).toBe(0); // (0 + 0) / 2
    const issues = issuesWith(result, "COEFFICIENT_INVALID");
    expect(issues.map((i) => [i.path, i.variant, i.severity, i.params.field])).toEqual([
      ["quality[0].q1", "invalid", "error", "q1"],
      ["quality[0].q2", "missing", "error", "q2"],
    ]);
    expect(issues[0].params.value).toBe(0.7);
  });

  test("q2 = 2 counts as 0: q = (1 + 0) / 2 = 0.5", () => {
    const result = score(rawEvaluation("central", { quality: [{ code: "1", name: "s", q1: 1, q2: 2 }] }));
    expect(result.quality[0].q).toBe(0.5);
  });

  test("a direction's invalid q2 is reported at its own path", () => {
    const result = score(
      rawEvaluation("central", {
        quality: [
          {
            code: "1",
            name: "s",
            directions: [
              { code: "1.1", name: "d", q1: 1, q2: 1 },
              { code: "1.2", name: "e", q1: 1, q2: -1 },
            ],
          },
        ],
      }),
    );
    // directions: 1 and (1 + 0) / 2 = 0.5 → q = 0.75
    expect(result.quality[0].q).toBe(0.75);
    expect(issuesWith(result, "COEFFICIENT_INVALID").map((i) => i.path)).toEqual(["quality[0].directions[1].q2"]);
  });

  test("text that is no number: NOT_A_NUMBER and COEFFICIENT_INVALID (missing)", () => {
    const result = score(rawEvaluation("central", { quality: [{ code: "1", name: "s", q1: "yes", q2: 1 }] }));
    expect(result.quality[0].q).toBe(0.5); // (0 + 1) / 2
    expect(issuesWith(result, "NOT_A_NUMBER").map((i) => i.path)).toEqual(["quality[0].q1"]);
    expect(issuesWith(result, "COEFFICIENT_INVALID").map((i) => i.variant)).toEqual(["missing"]);
  });

  test('"0,5" as text is read as 0.5 with NUMBER_AS_TEXT and is valid', () => {
    const result = score(rawEvaluation("central", { quality: [{ code: "1", name: "s", q1: "0,5", q2: 1 }] }));
    expect(result.quality[0].q).toBe(0.75);
    expect(issuesWith(result, "NUMBER_AS_TEXT").map((i) => i.path)).toEqual(["quality[0].q1"]);
    expect(issuesWith(result, "COEFFICIENT_INVALID")).toEqual([]);
  });
});

describe("no sphere", () => {
  test("B = 0 with NO_QUALITY (error) at quality", () => {
    const result = score(rawEvaluation("local"));
    expect(result.criteria.B.coefficient).toBe(0);
    expect(issuesWith(result, "NO_QUALITY")).toEqual([expect.objectContaining({ path: "quality", severity: "error" })]);
  });
});
