// `bagalau score --json`: the bagalau/result@1 object of METHODOLOGY.md §7 for one file, an array for
// several, the numbers equal to the core's (unrounded, null where not defined), --profile and --trace.
import { MINISTRY, ZHAMBYL, coreResult, ensureBuilt, expectOneLine, fixture, runCli, usageLine } from "./run-cli";

beforeAll(ensureBuilt, 60_000);

function runJson(...args: string[]) {
  const out = runCli("score", "--json", ...args);
  return { ...out, json: out.stdout === "" ? undefined : JSON.parse(out.stdout) };
}

// The hand-computed figures of test/examples/examples.test.ts.
const MINISTRY_B = (0.75 + 1 + 0.75 + 0.25 + (1 + 0.75 + 0.75) / 3) / 5; // 0.716667
const MINISTRY_C = (1 + 0.5 + 1 + 0) / 4; // 0.625
const MINISTRY_D = (0.5 * 0.9125 + 0.875 * 0.9 + (1 + 94.1 / 95 + 1) / 3 + 0.4) / 4; // 0.660148
const MINISTRY_W = 1.5 + 3 * 0.2; // 2.1
const ministryA = (wB: number, B: number, W = MINISTRY_W) => 100 * (wB * B + 0.1 * MINISTRY_C + 0.8 * MINISTRY_D) - W;

describe("one file", () => {
  let out: ReturnType<typeof runJson>;
  beforeAll(() => {
    out = runJson(MINISTRY);
  });

  test("prints one bagalau/result@1 object, equal to the core's, and exits 0", () => {
    expect(out.status).toBe(0);
    expect(out.stderr).toBe("");
    expect(Array.isArray(out.json)).toBe(false);
    expect(out.json).toEqual(coreResult(MINISTRY, "kk"));
  });

  test("has every field of METHODOLOGY.md §7", () => {
    const r = out.json;
    expect(Object.keys(r).sort()).toEqual(
      ["A", "W", "criteria", "evaluated", "format", "goals", "issues", "kind", "performance", "profile", "quality", "risks"].sort(),
    );
    expect(r.format).toBe("bagalau/result@1");
    expect(r.kind).toBe("central");
    expect(r.evaluated).toBe(true);
    expect(Object.keys(r.criteria).sort()).toEqual(["B", "C", "D", "E"]);
    for (const k of ["B", "C", "D"]) expect(Object.keys(r.criteria[k]).sort()).toEqual(["coefficient", "points", "weight"]);
    expect(r.criteria.E).toBeNull(); // central: no E
    expect(Object.keys(r.W).sort()).toEqual(["incomplete", "late", "total", "unreliable"]);
    for (const g of r.goals) {
      expect(Object.keys(g).sort()).toEqual(["K", "X", "Y", "code", "indicators", "tasks"]);
      for (const i of g.indicators) expect(Object.keys(i)).toEqual(["h"]);
      for (const task of g.tasks) {
        expect(Object.keys(task).sort()).toEqual(["P", "code", "results"]);
        for (const p of task.results) expect(Object.keys(p)).toEqual(["p"]);
      }
    }
    expect(r.quality.map((q: { code: string }) => q.code)).toEqual(["1", "2", "3", "4", "5"]);
    expect(r.risks).toEqual([{ R: 1 }, { R: 0.5 }, { R: 1 }, { R: 0 }]);
    expect(r.performance).toEqual([]); // central: performance is empty
    for (const issue of r.issues) expect(Object.keys(issue).sort()).toEqual(["code", "message", "path", "severity"]);
    expect(r.profile).toMatchObject({
      qualityRule: "mean",
      indicatorRule: "improvement",
      resultRule: "ratio",
      penaltyCapScope: "unreliable",
    });
  });

  test("numbers are unrounded and null where not defined", () => {
    const r = out.json;
    expect(r.A).toBeCloseTo(ministryA(0.1, MINISTRY_B), 10); // 64.128507…
    expect(r.A).not.toBe(Number(r.A.toFixed(2)));
    expect(r.criteria.B.coefficient).toBeCloseTo(MINISTRY_B, 12);
    expect(r.criteria.D.coefficient).toBeCloseTo(MINISTRY_D, 12);
    expect(r.W.total).toBeCloseTo(MINISTRY_W, 12);
    // Goal 3.1: indicator 4 (data "none") has no h; task 3.1.1's only result has no fact → p, P null; Y = 1.
    expect(r.goals[2].indicators[3].h).toBeNull();
    expect(r.goals[2].tasks[0]).toEqual({ code: "3.1.1", P: null, results: [{ p: null }] });
    expect(r.goals[2].Y).toBe(1);
    // Goal 2.1: indicator 3 has no plan.
    expect(r.goals[1].indicators[2].h).toBeNull();
  });

  test("issue messages are in the chosen language", () => {
    const en = runJson(MINISTRY, "--lang", "en");
    expect(en.status).toBe(0);
    expect(en.json).toEqual(coreResult(MINISTRY, "en"));
    expect(en.json.issues[0].message).not.toBe(out.json.issues[0].message);
  });

  test("a local body: C null, E with a coefficient only, performance by key, K and X null for a goal not counted", () => {
    const z = runJson(ZHAMBYL);
    expect(z.status).toBe(0);
    expect(z.json).toEqual(coreResult(ZHAMBYL, "kk"));
    expect(z.json.kind).toBe("local");
    expect(z.json.criteria.C).toBeNull();
    const E = Math.pow((39.8 / 40.6) * (23415 / 24870) * (29.6 / 31.2) * (105.1 / 106.8), 1 / 6); // 0.975493
    expect(z.json.criteria.E.weight).toBeNull();
    expect(z.json.criteria.E.points).toBeNull();
    expect(z.json.criteria.E.coefficient).toBeCloseTo(E, 12);
    expect(z.json.risks).toEqual([]);
    expect(z.json.performance.map((x: { key: string }) => x.key)).toEqual([
      "unemployment",
      "selfEmployedShare",
      "housingQueue",
      "emissionsPerCapita",
      "realIncomeIndex",
      "grpPerCapita",
    ]);
    expect(z.json.performance[0].S).toBe(1); // 5.4 → 5.3, lower is better: capped at 1
    expect(z.json.goals[3]).toMatchObject({ code: "4.4.2", K: null, X: null, Y: 1, indicators: [{ h: null }, { h: null }] });
    expect(z.json.profile.weights).toEqual({ B: 0.2, D: 0.8 });
  });
});

test("several files print a JSON array in the order given", () => {
  const out = runJson(ZHAMBYL, MINISTRY, ZHAMBYL);
  expect(out.status).toBe(0);
  expect(Array.isArray(out.json)).toBe(true);
  expect(out.json).toEqual([coreResult(ZHAMBYL), coreResult(MINISTRY), coreResult(ZHAMBYL)]);
  expect(out.json.map((r: { kind: string }) => r.kind)).toEqual(["local", "central", "local"]);
});

describe("--profile", () => {
  test("qualityRule=product: q = q1 · q2", () => {
    const out = runJson(MINISTRY, "--profile", "qualityRule=product");
    expect(out.status).toBe(0);
    // q1 = (1·1 + 1·0.5 + 0.5·0.5) / 3 = 1.75 / 3; q2 = 1; q3 = 0.5; q4 = 0; q5 = (1 + 0.5 + 0.5) / 3.
    const B = (1.75 / 3 + 1 + 0.5 + 0 + 2 / 3) / 5; // 2.75 / 5 = 0.55
    expect(out.json.criteria.B.coefficient).toBeCloseTo(B, 12);
    expect(out.json.A).toBeCloseTo(ministryA(0.1, B), 10); // 64.128507 − 100 · 0.1 · (0.716667 − 0.55) = 62.461840
    expect(out.json.profile.qualityRule).toBe("product");
    expect(out.json).toEqual(coreResult(MINISTRY, "kk", { qualityRule: "product" }));
  });

  test("weights that do not add up to 1 are refused: 0.2 + 0.1 + 0.8 = 1.1", () => {
    const out = runJson(MINISTRY, "--profile=weights.B=0.2");
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("1.1");
  });

  test("weights.B=0.2 with weights.C=0 (and the key=value form --profile=…)", () => {
    const out = runJson(MINISTRY, "--profile=weights.B=0.2", "--profile=weights.C=0");
    expect(out.status).toBe(0);
    expect(out.json.criteria.B.weight).toBe(0.2);
    expect(out.json.criteria.B.points).toBeCloseTo(100 * 0.2 * MINISTRY_B, 10); // 14.333333
    expect(out.json.A).toBeCloseTo(ministryA(0.2, MINISTRY_B) - 100 * 0.1 * 0.625, 10); // 64.128507 + 7.166667 − 6.25 = 65.045174
    expect(out.json.profile.weights).toEqual({ B: 0.2, C: 0, D: 0.8 });
  });

  test("penaltyCapScope=total caps the whole W at 5", () => {
    // late 1.5 (2024-02-10 > 2024-02-01) + incomplete 2 + unreliable 30 · 0.2 = 6; B = C = D = 1.
    const base = runJson(fixture("heavy-penalties.json"));
    expect(base.status).toBe(0);
    expect(base.json.W).toEqual({ late: 1.5, incomplete: 2, unreliable: 5, total: 1.5 + 2 + 5 }); // unreliable capped at 5
    expect(base.json.A).toBeCloseTo(100 * (0.1 + 0.1 + 0.8) - 8.5, 10); // 91.5
    const capped = runJson(fixture("heavy-penalties.json"), "--profile", "penaltyCapScope=total");
    expect(capped.status).toBe(0);
    expect(capped.json.W).toEqual({ late: 1.5, incomplete: 2, unreliable: 6, total: 5 }); // min(1.5 + 2 + 6, 5)
    expect(capped.json.A).toBeCloseTo(100 - 5, 10); // 95
    expect(capped.json.profile.penaltyCapScope).toBe("total");
  });

  test("rangeRule=exclude leaves a plan written as a range out; the default scores it by its bounds", () => {
    // Indicator 1: plan 31,0-38,0, fact 33.2 inside the range → h = 1; indicator 2: (5 − 0) / (10 − 0) = 0.5.
    const bounds = runJson(fixture("range-plans.json"));
    expect(bounds.status).toBe(0);
    expect(bounds.json.profile.rangeRule).toBe("bounds");
    expect(bounds.json.goals[0].indicators.map((i: { h: number | null }) => i.h)).toEqual([1, 0.5]);
    expect(bounds.json.criteria.D.coefficient).toBeCloseTo((1 + 0.5) / 2, 12); // 0.75
    const excluded = runJson(fixture("range-plans.json"), "--profile", "rangeRule=exclude");
    expect(excluded.status).toBe(0);
    expect(excluded.json.profile.rangeRule).toBe("exclude");
    expect(excluded.json.goals[0].indicators.map((i: { h: number | null }) => i.h)).toEqual([null, 0.5]);
    expect(excluded.json.criteria.D.coefficient).toBeCloseTo(0.5, 12);
    expect(excluded.json.issues).toContainEqual(expect.objectContaining({ code: "PLAN_RANGE", severity: "warning" }));
    expect(excluded.json).toEqual(coreResult(fixture("range-plans.json"), "kk", { rangeRule: "exclude" }));
  });

  test("several options together, overriding the file's profile", () => {
    const out = runJson(MINISTRY, "--profile", "indicatorRule=ratio", "--profile", "unreliableThreshold=4");
    expect(out.status).toBe(0);
    expect(out.json.profile).toMatchObject({ indicatorRule: "ratio", unreliableThreshold: 4 });
    expect(out.json.W.unreliable).toBe(0); // 3 facts < 4
    // Goal 5.1 by the ratio rule: h = 38.2 / 38.5.
    expect(out.json.goals[3].indicators[0].h).toBeCloseTo(38.2 / 38.5, 12);
    expect(out.json).toEqual(coreResult(MINISTRY, "kk", { indicatorRule: "ratio", unreliableThreshold: 4 }));
  });

  test.each([
    ["qualityRule=median", "qualityRule"],
    ["rangeRule=sometimes", "rangeRule"],
    ["weights.B=1.5", "weights.B"],
    ["unreliableThreshold=0", "unreliableThreshold"],
    ["colour=red", "colour=red"],
    ["qualityRule", "qualityRule"],
  ])("a bad option %s is refused with exit 2 and one localized line", (option, named) => {
    for (const lang of ["kk", "en"] as const) {
      const out = runCli("score", MINISTRY, "--json", "--profile", option, "--lang", lang);
      expect(out.status).toBe(2);
      expect(out.stdout).toBe("");
      expectOneLine(out.stderr);
      expect(out.stderr).toMatch(usageLine(lang, "cli.error.badProfile", { option: named }));
    }
  });
});

test("--trace adds the trace: formula, inputs and paragraph of every number", () => {
  const plain = runJson(MINISTRY);
  expect(plain.json.trace).toBeUndefined();
  const out = runJson(MINISTRY, "--trace");
  expect(out.status).toBe(0);
  expect(out.json).toEqual(coreResult(MINISTRY, "kk", {}, true));
  const { trace } = out.json;
  expect(trace.A.value).toBe(out.json.A);
  expect(trace.D.value).toBe(out.json.criteria.D.coefficient);
  const h = trace["goals[0].indicators[0].h"];
  expect(h.value).toBeCloseTo((10.9 - 11.2) / (10.6 - 11.2), 12); // 0.5
  expect(h.inputs).toMatchObject({ F: 10.9, F0: 11.2, P: 10.6, better: "lower" });
  expect(h.paragraph).toBe("§23");
  expect(trace["goals[2].indicators[3].h"]).toMatchObject({ value: null, note: "DATA_NONE" });
  const { trace: _trace, ...rest } = out.json;
  expect(rest).toEqual(plain.json);
});

test("a file with errors in its data: --json lists them, exit 0", () => {
  const out = runJson(fixture("with-errors.json"), "--lang", "ru");
  expect(out.status).toBe(0);
  expect(out.json.issues.map((i: { code: string }) => i.code).sort()).toEqual([
    "COEFFICIENT_INVALID",
    "COEFFICIENT_INVALID",
    "NOT_A_NUMBER",
    "NO_GOALS",
  ]);
  expect(out.json.issues.every((i: { severity: string }) => i.severity === "error")).toBe(true);
  expect(out.json).toEqual(coreResult(fixture("with-errors.json"), "ru"));
  expect(out.json.A).toBeCloseTo(100 * 0.1 * ((0 + 1) / 2), 12); // q1 counts as 0: A = 5
});
