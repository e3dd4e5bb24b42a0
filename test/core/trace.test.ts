// The trace: every number of the result has an entry (formula, inputs, paragraph) with its value,
// every part points at an existing entry, D's parts are the counted goals' X and A's trace adds up.

import * as fs from "fs";
import * as path from "path";
import { goal, measure, rawEvaluation, resultNumbers, score, type Raw } from "./builders";

const richCentral: Raw = rawEvaluation("central", {
  quality: [
    {
      code: "1",
      name: "a",
      directions: [
        { code: "1.1", name: "d", q1: 1, q2: 0.5 },
        { code: "1.2", name: "e", q1: 0.3, q2: 1 },
      ],
    },
    { code: "2", name: "b", q1: 0.5, q2: 0.5 },
  ],
  risks: [{ name: "r1", r: 1 }, { name: "r2", r: 0.5 }, { name: "r3" }],
  goals: [
    goal(
      "1",
      [measure(60, 58, { base: 50 }), measure(8, 9, { base: 10, better: "lower" }), measure(null, 1)],
      [[measure(120, 96), measure(4, null)], [measure(3, 3, { data: "none" })]],
    ),
    goal("2", [measure(5, null)], [[measure(10, 10)]]),
    goal("3", [measure(100, 80)]),
  ],
  performance: [{ key: "unemployment", previous: 5, current: 4 }],
  penalties: { deadline: "2024-02-01", submitted: "2024-02-02", unreliableFactCount: 4 },
});

const richLocal: Raw = rawEvaluation("local", {
  quality: [{ code: "1", name: "a", q1: 1, q2: 0.5 }],
  risks: [{ name: "ignored", r: 1 }],
  goals: [goal("1", [measure(10, 7, { base: 5 })], [[measure(2, 1)]]), goal("2", [])],
  performance: [
    { key: "unemployment", previous: 5, current: 5.5 },
    { key: "grpPerCapita", previous: 100, current: 90 },
    { key: "housingQueue", previous: 100 },
  ],
  penalties: { missingElements: ["x"], unreliableFacts: [{ indicator: "i", plan: 1, fact: 2, rechecked: 1 }] },
  profile: { penaltyCapScope: "total" },
});

const readExample = (file: string): Raw => JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../examples", file), "utf8"));
const exampleFiles = fs.readdirSync(path.resolve(__dirname, "../../examples")).filter((f) => f.endsWith(".json"));

const scenarios: [string, Raw][] = [
  ["a rich central evaluation", richCentral],
  ["a rich local evaluation", richLocal],
  ["an empty central evaluation", rawEvaluation("central")],
  ["an empty local evaluation", rawEvaluation("local")],
  ...exampleFiles.map((f): [string, Raw] => [`examples/${f}`, readExample(f)]),
];

describe.each(scenarios)("%s", (_name, raw) => {
  const result = score(raw);

  test("every number in the result has a trace entry with the same value, a formula, inputs and a paragraph", () => {
    for (const [p, value] of resultNumbers(result)) {
      const entry = result.trace[p];
      expect({ p, entry: entry !== undefined }).toEqual({ p, entry: true });
      expect(entry.path).toBe(p);
      expect(Object.is(entry.value, value)).toBe(true);
      expect(entry.formula.length).toBeGreaterThan(0);
      expect(typeof entry.inputs).toBe("object");
      expect(entry.paragraph).toMatch(/§|App\./);
    }
  });

  test("every part points to an existing entry", () => {
    for (const entry of Object.values(result.trace)) {
      for (const part of entry.parts)
        expect({ from: entry.path, part, exists: part in result.trace }).toEqual({ from: entry.path, part, exists: true });
    }
  });

  test("D's parts are exactly the counted goals' X", () => {
    const counted = result.goals.flatMap((g, i) => (g.X === null ? [] : [`goals[${i}].X`]));
    expect(result.trace.D.parts).toEqual(counted);
  });

  test("each K, P and Y lists exactly its counted parts", () => {
    result.goals.forEach((g, i) => {
      expect(result.trace[`goals[${i}].K`].parts).toEqual(
        g.indicators.flatMap((m, j) => (m.value === null ? [] : [`goals[${i}].indicators[${j}].h`])),
      );
      expect(result.trace[`goals[${i}].Y`].parts).toEqual(g.tasks.flatMap((t, k) => (t.P === null ? [] : [`goals[${i}].tasks[${k}].P`])));
      g.tasks.forEach((t, k) => {
        expect(result.trace[`goals[${i}].tasks[${k}].P`].parts).toEqual(
          t.results.flatMap((m, l) => (m.value === null ? [] : [`goals[${i}].tasks[${k}].results[${l}].p`])),
        );
      });
    });
  });

  test("A's trace adds up: its parts are the criteria points and W, and points − W = A", () => {
    const parts = result.trace.A.parts;
    expect(parts[parts.length - 1]).toBe("W.total");
    const pointParts = parts.slice(0, -1);
    expect(pointParts).toEqual(
      result.kind === "central"
        ? ["criteria.B.points", "criteria.C.points", "criteria.D.points"]
        : ["criteria.B.points", "criteria.D.points"],
    );
    const sum = pointParts.reduce((s, p) => s + (result.trace[p].value as number), 0);
    expect(sum - (result.trace["W.total"].value as number)).toBeCloseTo(result.A, 10);
  });

  test("each criterion's points are 100 · w · coefficient (· E for a local body)", () => {
    const E = result.kind === "local" ? (result.trace.E.value as number) : 1;
    for (const key of result.kind === "central" ? (["B", "C", "D"] as const) : (["B", "D"] as const)) {
      const weight = result.profile.weights[key];
      expect(result.trace[`criteria.${key}.points`].value).toBeCloseTo(100 * weight * (result.trace[key].value as number) * E, 10);
    }
  });

  test("W.total's trace adds its three parts (capped at 5 under penaltyCapScope total)", () => {
    const [late, incomplete, unreliable] = result.trace["W.total"].parts.map((p) => result.trace[p].value as number);
    const sum = late + incomplete + unreliable;
    expect(result.W.total).toBeCloseTo(result.profile.penaltyCapScope === "total" ? Math.min(sum, 5) : sum, 12);
  });
});

describe("entries carry what was decided", () => {
  const result = score(richCentral);

  test("an h records its inputs F, F0, P and better", () => {
    expect(result.trace["goals[0].indicators[1].h"].inputs).toEqual({ F: 9, F0: 10, P: 8, better: "lower" });
    expect(result.trace["goals[0].indicators[1].h"].paragraph).toBe("§23");
  });

  test("an excluded row's entry is null with the exclusion as its note", () => {
    expect(result.trace["goals[0].indicators[2].h"]).toMatchObject({ value: null, note: "PLAN_MISSING", paragraph: "§24" });
    expect(result.trace["goals[0].tasks[0].results[1].p"]).toMatchObject({ value: null, note: "FACT_MISSING" });
    expect(result.trace["goals[0].tasks[1].results[0].p"]).toMatchObject({ value: null, note: "DATA_NONE" });
  });

  test("a fallback's entry has the fallback as its note", () => {
    expect(result.trace["goals[2].indicators[0].h"]).toMatchObject({ value: 0.8, note: "BASE_MISSING" }); // 80 / 100
  });

  test("X of an uncounted goal is null and points at its K and Y", () => {
    expect(result.trace["goals[1].X"]).toMatchObject({ value: null, parts: ["goals[1].K", "goals[1].Y"], note: "GOAL_NOT_MEASURABLE" });
  });

  test("a sphere with directions lists its directions' q as parts", () => {
    expect(result.trace["quality[0].q"].parts).toEqual(["quality[0].directions[0].q", "quality[0].directions[1].q"]);
    expect(result.trace.B.parts).toEqual(["quality[0].q", "quality[1].q"]);
  });

  test("C lists every risk, the invalid one too", () => {
    expect(result.trace.C.parts).toEqual(["risks[0].R", "risks[1].R", "risks[2].R"]);
  });

  test("E's parts are the counted S only", () => {
    const local = score(richLocal);
    expect(local.trace.E.parts).toEqual(["performance[0].S", "performance[1].S"]);
    expect(local.trace["performance[2].S"]).toMatchObject({ value: null, note: "PERFORMANCE_MISSING" });
  });
});
