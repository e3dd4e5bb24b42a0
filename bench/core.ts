// Benchmark of the scoring core alone: parseEvaluation + scoreEvaluation + toResultJson of synthetic evaluations
// with 1,000 to 1,000,000 target indicators, each size in its own process. Prints JSON figures; not a timed test.
//
//   npm run bench:core                     1,000 / 10,000 / 100,000 / 1,000,000 indicators
//   npm run bench:core -- --quick          1,000 / 10,000 / 100,000
//   npm run bench:core -- 1000 20000       the sizes given (a size may carry its runs: 20000x3)
//
// Each size runs in a child process of its own (node --expose-gc), which builds its input first, outside the
// clock. Run 1 measures memory: the peak RSS (getrusage maxRSS) and the peak V8 heap (the largest used heap seen
// before any garbage collection during the run, or at its end) above the baseline taken after the input was
// built and a full GC; also the heap still live after a full GC with the evaluation, result and result JSON kept
// (what the run retains). The following runs measure time (median, min, each phase's median), each after a GC.
// Growth is called linear when, at every size from 10,000 up, the median run's time per indicator and the
// retained heap per indicator are at most LINEAR_LIMIT times those at 10,000 (the reference size; 1,000 is below
// it because fixed costs and compilation dominate there). The median, not the fastest run: on a quiet machine the
// fastest 10,000-indicator run fits in the CPU caches and meets no full GC, so the fastest-run ratio measures
// caches and GC scheduling rather than growth (it is reported beside, with the log-log slopes of both).

import { resultMessages } from "../src/i18n";
import { spawnSync } from "child_process";
import * as os from "os";
import * as v8 from "v8";
import { parseEvaluation, scoreEvaluation, toResultJson } from "../src/core";
import {
  INDICATORS_PER_GOAL,
  INDICATORS_PER_UNRELIABLE_FACT,
  RESULTS_PER_TASK,
  TASKS_PER_GOAL,
  syntheticEvaluation,
} from "./big-evaluation";

export { syntheticEvaluation };

export const DEFAULT_SIZES = [1_000, 10_000, 100_000, 1_000_000];
export const QUICK_SIZES = [1_000, 10_000, 100_000];
const REFERENCE_SIZE = 10_000;
/** Time and retained heap per indicator at any size ≥ the reference may be at most this many times the reference's. */
const LINEAR_LIMIT = 2;
const CHILD_HEAP_MB = 8192;

/** Timed runs after the memory run: more at small sizes, where one run is short and noisy. */
function defaultRuns(indicators: number): number {
  if (indicators <= 1_000) return 21;
  if (indicators <= 10_000) return 11;
  if (indicators <= 100_000) return 5;
  return 3;
}

const ms = (ns: bigint) => Number(ns) / 1e6;
const MB = 1024 * 1024;

interface ChildFigures {
  indicators: number;
  goals: number;
  taskResults: number;
  issues: number;
  A: number;
  generateMs: number;
  runs: number;
  timesMs: number[];
  phasesMs: { parse: number; score: number; resultJson: number };
  baseline: { rssBytes: number; heapUsedBytes: number; maxRssBeforeRunBytes: number };
  peakRssAboveBaselineBytes: number;
  peakHeapAboveBaselineBytes: number;
  retainedHeapBytes: number;
  memoryRunMs: number;
  gcCount: number;
  gcMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * One pass of the core over `input`, with each phase's time. `traced`: the trace of every number built as it
 * scores and put into the result JSON (what `bagalau score --json --trace` prints); otherwise scored as
 * `bagalau score` scores, the trace left to be built when first read.
 */
function pass(input: unknown, traced: boolean) {
  const t0 = process.hrtime.bigint();
  const parsed = parseEvaluation(input);
  const t1 = process.hrtime.bigint();
  const result = scoreEvaluation(parsed.evaluation, parsed.issues, { trace: traced });
  const t2 = process.hrtime.bigint();
  const json = toResultJson(result, resultMessages("kk"), { trace: traced });
  const t3 = process.hrtime.bigint();
  return { parsed, result, json, parse: ms(t1 - t0), score: ms(t2 - t1), resultJson: ms(t3 - t2), total: ms(t3 - t0) };
}

/** In the child process: builds the input, measures memory in the first run, then times `runs` runs. */
function child(indicators: number, runs: number, traced: boolean): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("the child must run with --expose-gc");
  const generated = process.hrtime.bigint();
  const input = syntheticEvaluation(indicators);
  const generateMs = ms(process.hrtime.bigint() - generated);

  gc();
  gc();
  const baseline = {
    rssBytes: process.memoryUsage.rss(),
    heapUsedBytes: v8.getHeapStatistics().used_heap_size,
    maxRssBeforeRunBytes: process.resourceUsage().maxRSS * 1024,
  };
  const profiler = new v8.GCProfiler();
  profiler.start();
  let first: ReturnType<typeof pass> | null = pass(input, traced);
  const memoryRunMs = first.total;
  const endHeap = v8.getHeapStatistics().used_heap_size;
  const gcs = profiler.stop().statistics;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const peakHeap = Math.max(endHeap, ...gcs.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  gc();
  gc();
  const retainedHeapBytes = v8.getHeapStatistics().used_heap_size - baseline.heapUsedBytes;
  const { json, parsed } = first;
  if (!Number.isFinite(json.A) || json.goals.length !== Math.ceil(indicators / INDICATORS_PER_GOAL))
    throw new Error("the synthetic evaluation did not score");
  const counts = {
    goals: json.goals.length,
    taskResults: parsed.evaluation.goals.reduce((sum, g) => sum + g.tasks.reduce((s, t) => s + t.results.length, 0), 0),
    issues: json.issues.length,
    A: json.A,
  };
  first = null;
  gc();

  const phases = { parse: [] as number[], score: [] as number[], resultJson: [] as number[] };
  const timesMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc(); // each timed run starts from the same heap: the input only
    const run = pass(input, traced);
    timesMs.push(run.total);
    phases.parse.push(run.parse);
    phases.score.push(run.score);
    phases.resultJson.push(run.resultJson);
  }
  const figures: ChildFigures = {
    indicators,
    ...counts,
    generateMs,
    runs,
    timesMs,
    phasesMs: { parse: median(phases.parse), score: median(phases.score), resultJson: median(phases.resultJson) },
    baseline,
    peakRssAboveBaselineBytes: Math.max(0, peakRss - baseline.rssBytes),
    peakHeapAboveBaselineBytes: Math.max(0, peakHeap - baseline.heapUsedBytes),
    retainedHeapBytes,
    memoryRunMs,
    gcCount: gcs.length,
    gcMs: gcs.reduce((sum, s) => sum + s.cost, 0) / 1000,
  };
  process.stdout.write(JSON.stringify(figures) + "\n");
}

function runChild(indicators: number, runs: number, traced: boolean): ChildFigures {
  const args = [
    "--expose-gc",
    `--max-old-space-size=${CHILD_HEAP_MB}`,
    __filename,
    "--child",
    String(indicators),
    String(runs),
    ...(traced ? ["--traced"] : []),
  ];
  const out = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`the core run with ${indicators} indicators failed (exit ${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout) as ChildFigures;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Parses the command line: sizes (each optionally `SIZExRUNS`) or --quick. */
export function parseSizes(argv: string[]): { indicators: number; runs: number }[] {
  const given = argv.filter((a) => !a.startsWith("--"));
  const sizes = given.length ? given : (argv.includes("--quick") ? QUICK_SIZES : DEFAULT_SIZES).map(String);
  return sizes.map((text) => {
    const [n, r] = text.split("x").map(Number);
    if (!Number.isInteger(n) || n < 1 || (r !== undefined && (!Number.isInteger(r) || r < 1)))
      throw new Error(`not a size: ${text} (write e.g. 10000 or 10000x5)`);
    return { indicators: n, runs: r ?? defaultRuns(n) };
  });
}

function parent(argv: string[]): void {
  const started = Date.now();
  const sizes = parseSizes(argv);
  const traced = argv.includes("--traced");
  const measured = sizes.map(({ indicators, runs }) => runChild(indicators, runs, traced));
  const rows = measured.map((m) => {
    const medianMs = median(m.timesMs);
    return {
      indicators: m.indicators,
      goals: m.goals,
      taskResults: m.taskResults,
      issues: m.issues,
      A: m.A,
      generateMs: round(m.generateMs, 1),
      runs: m.runs,
      medianMs: round(medianMs, 2),
      minMs: round(Math.min(...m.timesMs), 2),
      maxMs: round(Math.max(...m.timesMs), 2),
      phasesMs: { parse: round(m.phasesMs.parse, 2), score: round(m.phasesMs.score, 2), resultJson: round(m.phasesMs.resultJson, 2) },
      microsecondsPerIndicator: round((medianMs * 1000) / m.indicators, 3),
      minMicrosecondsPerIndicator: round((Math.min(...m.timesMs) * 1000) / m.indicators, 3),
      peakRssAboveBaselineMB: round(m.peakRssAboveBaselineBytes / MB, 1),
      peakHeapAboveBaselineMB: round(m.peakHeapAboveBaselineBytes / MB, 1),
      retainedHeapMB: round(m.retainedHeapBytes / MB, 1),
      peakHeapBytesPerIndicator: Math.round(m.peakHeapAboveBaselineBytes / m.indicators),
      retainedHeapBytesPerIndicator: Math.round(m.retainedHeapBytes / m.indicators),
      peakRssBytesPerIndicator: Math.round(m.peakRssAboveBaselineBytes / m.indicators),
      baselineRssMB: round(m.baseline.rssBytes / MB, 1),
      memoryRunMs: round(m.memoryRunMs, 1),
      gcDuringMemoryRun: { count: m.gcCount, ms: round(m.gcMs, 1) },
    };
  });
  const reference = rows.find((r) => r.indicators === REFERENCE_SIZE) ?? rows[0];
  const above = rows.filter((r) => r.indicators >= reference.indicators);
  const largest = above[above.length - 1];
  const slope = (a: number, b: number) =>
    largest.indicators === reference.indicators ? 1 : round(Math.log(b / a) / Math.log(largest.indicators / reference.indicators), 3);
  const timeRatios = rows.map((r) => ({
    indicators: r.indicators,
    minTimePerIndicator: round(r.minMicrosecondsPerIndicator / reference.minMicrosecondsPerIndicator, 2),
    medianTimePerIndicator: round(r.microsecondsPerIndicator / reference.microsecondsPerIndicator, 2),
    retainedHeapPerIndicator: round(r.retainedHeapBytesPerIndicator / reference.retainedHeapBytesPerIndicator, 2),
    peakHeapPerIndicator: round(r.peakHeapBytesPerIndicator / reference.peakHeapBytesPerIndicator, 2),
  }));
  const considered = timeRatios.filter((r) => r.indicators >= reference.indicators);
  const maxTimeRatio = Math.max(...considered.map((r) => r.medianTimePerIndicator));
  const maxFastestTimeRatio = Math.max(...considered.map((r) => r.minTimePerIndicator));
  const maxMemoryRatio = Math.max(...considered.map((r) => r.retainedHeapPerIndicator));
  const figures = {
    benchmark: "core parse + score + result JSON (parseEvaluation, scoreEvaluation, toResultJson), each size in its own process",
    trace: traced ? "built while scoring and put into the result JSON (as score --json --trace)" : "built only when read (as score does)",
    shape: {
      kind: "central",
      indicatorsPerGoal: INDICATORS_PER_GOAL,
      tasksPerGoal: TASKS_PER_GOAL,
      resultsPerTask: RESULTS_PER_TASK,
      qualitySpheres: 8,
      risks: 6,
      unreliableFactsPer: INDICATORS_PER_UNRELIABLE_FACT,
      missingFactEvery: 17,
      missingBaseEvery: 13,
      factAsTextEvery: 29,
      operationalDataEvery: 5,
      lowerIsBetterEvery: 3,
    },
    sizes: rows,
    linearity: {
      referenceIndicators: reference.indicators,
      criterion: `at every size ≥ ${reference.indicators}, the median run's time per indicator and the retained heap per indicator ≤ ${LINEAR_LIMIT}× the reference's`,
      relativeToReference: timeRatios,
      maxTimePerIndicatorRatio: maxTimeRatio,
      maxFastestTimePerIndicatorRatio: maxFastestTimeRatio,
      maxRetainedHeapPerIndicatorRatio: maxMemoryRatio,
      timeExponent: slope(reference.medianMs, largest.medianMs),
      fastestTimeExponent: slope(reference.minMs, largest.minMs),
      retainedHeapExponent: slope(reference.retainedHeapMB, largest.retainedHeapMB),
      limit: LINEAR_LIMIT,
      linear: maxTimeRatio <= LINEAR_LIMIT && maxMemoryRatio <= LINEAR_LIMIT,
    },
    childHeapLimitMB: CHILD_HEAP_MB,
    node: process.version,
    cpus: os.cpus().length,
    totalMemoryMB: Math.round(os.totalmem() / MB),
    benchmarkMs: Date.now() - started,
  };
  process.stdout.write(JSON.stringify(figures, null, 2) + "\n");
}

if (require.main === module) {
  try {
    const argv = process.argv.slice(2);
    if (argv[0] === "--child") child(Number(argv[1]), Number(argv[2]), argv.includes("--traced"));
    else parent(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  }
}
