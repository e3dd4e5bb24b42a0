// The benchmark suite still runs: the core benchmark's synthetic evaluation has the shape it claims, and
// `node bench/run.js core` at tiny sizes prints one JSON object with its figures and goals. Structure and
// sanity only — timings and heap sizes are never asserted here (they are the benchmarks' figures and goals, not tests).

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseEvaluation, scoreEvaluation } from "../../src/core";
import { parseSizes, syntheticEvaluation, DEFAULT_SIZES, QUICK_SIZES } from "../../bench/core";

const ROOT = path.join(__dirname, "..", "..");

describe("the core benchmark's synthetic evaluation", () => {
  const { evaluation, issues } = parseEvaluation(syntheticEvaluation(1000));
  const indicators = evaluation.goals.flatMap((g) => g.indicators);
  const results = evaluation.goals.flatMap((g) => g.tasks.flatMap((t) => t.results));

  test("has the number of target indicators asked for, 20 to a goal, with 3 tasks of 2 results each", () => {
    expect(indicators).toHaveLength(1000);
    expect(evaluation.goals).toHaveLength(1000 / 20);
    expect(results).toHaveLength(50 * 3 * 2);
  });

  test("mixes both directions, missing facts and bases, facts typed as text and operational data", () => {
    // lower when i % 3 = 0: i = 0, 3, …, 999 → 334 of 1000
    expect(indicators.filter((m) => m.better === "lower")).toHaveLength(334);
    // no fact when i % 17 = 0: i = 0, 17, …, 986 → 59
    expect(indicators.filter((m) => m.fact === null)).toHaveLength(59);
    // no base when i % 13 = 0: i = 0, 13, …, 988 → 77
    expect(indicators.filter((m) => m.base === null)).toHaveLength(77);
    // operational when i % 5 = 0 but not i % 101 = 0 (those are "none"): 200 − |{0, 505}| = 198
    expect(indicators.filter((m) => m.data === "operational")).toHaveLength(198);
    // a fact typed as "N,5" when i % 29 = 0 and i % 17 ≠ 0: indicators 35 − |{0, 493, 986}| = 32, results (i < 300) 11 − |{0}| = 10
    expect(issues.filter((i) => i.code === "NUMBER_AS_TEXT")).toHaveLength(32 + 10);
  });

  test("scores to a finite total", () => {
    const result = scoreEvaluation(evaluation, issues);
    expect(Number.isFinite(result.A)).toBe(true);
    expect(result.A).toBeGreaterThan(0);
  });

  test("sizes: the defaults are 1k to 1M, --quick stops at 100k, SIZExRUNS sets the runs", () => {
    expect(parseSizes([]).map((s) => s.indicators)).toEqual(DEFAULT_SIZES);
    expect(parseSizes(["--quick"]).map((s) => s.indicators)).toEqual(QUICK_SIZES);
    expect(parseSizes(["2000x4"])).toEqual([{ indicators: 2000, runs: 4 }]);
    expect(() => parseSizes(["ten"])).toThrow("not a size: ten");
  });
});

describe("npm run bench -- core, at tiny sizes", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-bench-test-"));
  const out = path.join(dir, "bench.json");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("prints one JSON object with the core's figures and its goals, and writes the same to --out", () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "bench", "run.js"), "core", "--core-sizes=1000x2,2000x2", `--out=${out}`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stderr).not.toContain("failed");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(JSON.parse(fs.readFileSync(out, "utf8"))).toEqual(report);
    expect(report.format).toBe("bagalau/bench@1");
    expect(report.parts).toEqual(["core"]);
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.core.sizes.map((s: { indicators: number }) => s.indicators)).toEqual([1000, 2000]);
    expect(report.coreTraced.sizes.map((s: { indicators: number }) => s.indicators)).toEqual([1000, 2000]);
    expect(report.core.trace).toMatch(/only when read/);
    expect(report.coreTraced.trace).toMatch(/built while scoring/);
    // The same evaluations: the same totals and issues, whether the trace is built or not.
    expect(report.coreTraced.sizes.map((s: { A: number; issues: number }) => [s.A, s.issues])).toEqual(
      report.core.sizes.map((s: { A: number; issues: number }) => [s.A, s.issues]),
    );
    for (const size of [...report.core.sizes, ...report.coreTraced.sizes]) {
      expect(size.goals).toBe(size.indicators / 20);
      expect(size.runs).toBe(2);
      for (const key of [
        "medianMs",
        "microsecondsPerIndicator",
        "peakRssAboveBaselineMB",
        "peakHeapAboveBaselineMB",
        "retainedHeapMB",
        "retainedHeapBytesPerIndicator",
        "generateMs",
      ]) {
        // Figures only: their values depend on the machine and on when the garbage collector ran (the goals judge them).
        expect(Number.isFinite(size[key])).toBe(true);
      }
      expect(size.issues).toBeGreaterThan(0);
    }
    expect(report.core.linearity.referenceIndicators).toBe(1000);
    expect(report.goals.map((g: { id: string }) => g.id)).toEqual([
      "coreTimeLinear",
      "coreMemoryLinear",
      "coreTracedTimeLinear",
      "coreTracedMemoryLinear",
      "coreTraceRetained",
    ]);
    for (const goal of report.goals) {
      expect(Number.isFinite(goal.value)).toBe(true);
      expect(Number.isFinite(goal.limit)).toBe(true);
      expect(typeof goal.met).toBe("boolean");
    }
    expect(report.allGoalsMet).toBe(report.goals.every((g: { met: boolean }) => g.met));
  }, 180_000);

  test("refuses an unknown part", () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "bench", "run.js"), "everything"], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown argument everything");
  });
});
