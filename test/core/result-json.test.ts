// toResultJson against METHODOLOGY.md §7 field by field: key order, nulls where not defined, arrays
// in the input's order and length, empty risks/performance by kind, unrounded numbers, issue objects.

import { toResultJson, type ResultJson } from "../../src/core";
import { formatIssue, formatTraceFormula, resultMessages } from "../../src/i18n";
import { goal, measure, rawEvaluation, score, type Raw } from "./builders";

const central: Raw = rawEvaluation("central", {
  quality: [
    { code: "1", name: "a", q1: 1, q2: 0.5 },
    { code: "2", name: "b", directions: [{ code: "2.1", name: "d", q1: 1, q2: 1 }] },
  ],
  risks: [
    { name: "r1", r: 0.5 },
    { name: "r2", r: 1 },
  ],
  goals: [
    goal("1", [measure(3, 1), measure(null, 1)], [[measure(3, 2), measure(1, null)], [measure(null, 1)]]),
    goal("2", [measure(1, null)]),
    goal("3", [measure(6, 6)]),
  ],
  performance: [{ key: "unemployment", previous: 5, current: 4 }],
  penalties: { late: true },
});

const local: Raw = rawEvaluation("local", {
  quality: [{ code: "1", name: "a", q1: 1, q2: 1 }],
  risks: [{ name: "ignored", r: 1 }],
  goals: [goal("1", [measure(3, 2)])],
  performance: [
    { key: "grpPerCapita", previous: 3, current: 2 },
    { key: "unemployment", previous: 5 },
  ],
});

describe("a central body", () => {
  const result = score(central);
  const json = toResultJson(result, resultMessages("en"));

  test("the exact top-level keys, in the order of §7", () => {
    expect(Object.keys(json)).toEqual([
      "format",
      "kind",
      "evaluated",
      "A",
      "criteria",
      "W",
      "goals",
      "quality",
      "risks",
      "performance",
      "issues",
      "profile",
    ]);
    expect(json.format).toBe("bagalau/result@1");
    expect(json.kind).toBe("central");
    expect(json.evaluated).toBe(true);
  });

  test("criteria B, C, D with coefficient, weight and points; E null", () => {
    expect(Object.keys(json.criteria)).toEqual(["B", "C", "D", "E"]);
    for (const key of ["B", "C", "D"] as const) expect(Object.keys(json.criteria[key]!)).toEqual(["coefficient", "weight", "points"]);
    expect(json.criteria.E).toBeNull();
    // C = (0.5 + 1) / 2 = 0.75; points 100 · 0.1 · 0.75
    expect(json.criteria.C).toEqual({ coefficient: 0.75, weight: 0.1, points: expect.closeTo(7.5, 12) });
  });

  test("W has late, incomplete, unreliable, total", () => {
    expect(json.W).toEqual({ late: 1.5, incomplete: 0, unreliable: 0, total: 1.5 });
    expect(Object.keys(json.W)).toEqual(["late", "incomplete", "unreliable", "total"]);
  });

  test("goals keep the input's order and length, with K/X null for the uncounted goal", () => {
    expect(json.goals.map((g) => g.code)).toEqual(["1", "2", "3"]);
    expect(Object.keys(json.goals[0])).toEqual(["code", "K", "Y", "X", "indicators", "tasks"]);
    expect(json.goals[1]).toEqual({ code: "2", K: null, Y: 1, X: null, indicators: [{ h: null }], tasks: [] });
  });

  test("h and p null where not counted; P null for an uncounted task; lengths as in the input", () => {
    const g = json.goals[0];
    expect(g.indicators).toEqual([{ h: 1 / 3 }, { h: null }]); // 1 / 3 by the ratio fallback (no base)
    expect(g.tasks).toEqual([
      { code: "1.1", P: 2 / 3, results: [{ p: 2 / 3 }, { p: null }] },
      { code: "1.2", P: null, results: [{ p: null }] },
    ]);
  });

  test("numbers are unrounded: K = 1/3, X = 1/3 · 2/3, D = (2/9 + 1) / 2", () => {
    expect(json.goals[0].K).toBe(1 / 3);
    expect(json.goals[0].X).toBe((1 / 3) * (2 / 3));
    expect(json.criteria.D.coefficient).toBe(((1 / 3) * (2 / 3) + 1) / 2);
    expect(json.A).toBe(result.A);
    expect(String(json.A).length).toBeGreaterThan(8); // not cut to 2 decimals
  });

  test("quality keeps the spheres in order, with directions where the input has them", () => {
    expect(json.quality).toEqual([
      { code: "1", q: 0.75 },
      { code: "2", q: 1, directions: [{ code: "2.1", q: 1 }] },
    ]);
  });

  test("risks are listed in order; performance is empty for a central body", () => {
    expect(json.risks).toEqual([{ R: 0.5 }, { R: 1 }]);
    expect(json.performance).toEqual([]);
  });

  test("issues are {code, severity, path, message} with the message in the asked language", () => {
    expect(json.issues).toHaveLength(result.issues.length);
    json.issues.forEach((issue, i) => {
      expect(Object.keys(issue)).toEqual(["code", "severity", "path", "message"]);
      expect(issue).toEqual({
        code: result.issues[i].code,
        severity: result.issues[i].severity,
        path: result.issues[i].path,
        message: formatIssue("en", result.issues[i]),
      });
    });
    const kk = toResultJson(result, resultMessages("kk"));
    expect(kk.issues[0].message).toBe(formatIssue("kk", result.issues[0]));
    expect(kk.issues[0].message).not.toBe(json.issues[0].message);
  });

  test("the profile names every option and the central weights", () => {
    expect(json.profile).toEqual({
      qualityRule: "mean",
      indicatorRule: "improvement",
      resultRule: "ratio",
      penaltyCapScope: "unreliable",
      unreliableThreshold: 3,
      rangeRule: "bounds",
      weights: { B: 0.1, C: 0.1, D: 0.8 },
    });
  });

  test("no trace unless asked; with trace: true, the trace with each formula's key and its text in the language", () => {
    expect("trace" in json).toBe(false);
    const traced = toResultJson(result, resultMessages("en"), { trace: true });
    expect(Object.keys(traced.trace!)).toEqual(Object.keys(result.trace));
    for (const [path, entry] of Object.entries(result.trace)) {
      const { formula, ...rest } = entry;
      expect(traced.trace![path]).toEqual({ ...rest, formulaKey: formula, formula: formatTraceFormula("en", entry) });
    }
    expect(traced.trace!.A.formula).toBe("A = 100 · (wB·B + wC·C + wD·D) − W");
    expect(toResultJson(result, resultMessages("ru"), { trace: true }).trace!["W.late"].formula).toBe(
      "1,5, если представлено после срока или зафиксирована несвоевременность; иначе 0",
    );
  });

  test("the JSON text round-trips without loss", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("a local body", () => {
  const result = score(local);
  const json: ResultJson = toResultJson(result, resultMessages("ru"));

  test("criteria.C is null; E has its coefficient with weight and points null", () => {
    expect(json.criteria.C).toBeNull();
    // E = S of grpPerCapita alone = 2 / 3 (unemployment has no current value)
    expect(json.criteria.E).toEqual({ coefficient: 2 / 3, weight: null, points: null });
  });

  test("points of B and D are multiplied by E: 100 · 0.2 · 1 · 2/3 and 100 · 0.8 · 2/3 · 2/3", () => {
    expect(json.criteria.B.points).toBeCloseTo((100 * 0.2 * 1 * 2) / 3, 12);
    expect(json.criteria.D.points).toBeCloseTo((100 * 0.8 * (2 / 3) * 2) / 3, 12);
  });

  test("risks are empty for a local body; performance keeps the input's order and length with S null where not counted", () => {
    expect(json.risks).toEqual([]);
    expect(json.performance).toEqual([
      { key: "grpPerCapita", S: 2 / 3 },
      { key: "unemployment", S: null },
    ]);
  });

  test("the profile's weights are B and D only", () => {
    expect(json.profile.weights).toEqual({ B: 0.2, D: 0.8 });
  });
});

describe("evaluated", () => {
  test("false after a second-half reorganization, with A still given", () => {
    const json = toResultJson(
      score(rawEvaluation("central", { body: { kind: "central", reorganized: { date: "2023-07-01" } } })),
      resultMessages("en"),
    );
    expect(json.evaluated).toBe(false);
    expect(typeof json.A).toBe("number");
  });
});
