#!/usr/bin/env node
// The whole benchmark suite: builds what the benchmarks need once, runs them one after another (never at the
// same time) and prints ONE JSON object with every figure and the goals met or not. Not a timed test.
//
//   npm run bench                          everything; writes bench/results/latest.json (docs/performance.md)
//   npm run bench -- core syncs            a subset of: sizes functions load core cli workbook syncs live
//   npm run bench -- --quick               smaller sizes and fewer runs, for trying it (writes no file)
//   npm run bench -- --out=FILE            also write the JSON to FILE
//   npm run bench -- core --core-sizes=1000x3,10000x3   the core at the sizes given (SIZE or SIZExRUNS)

"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const LATEST = path.join(__dirname, "results", "latest.json");
const PARTS = ["sizes", "functions", "load", "core", "cli", "workbook", "syncs", "live"];
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const CORE_SCRIPT = path.join(ROOT, "node_modules", ".cache", "bagalau-bench-core", "bench", "core.js");

const GOALS = {
  coreLinear: 2,
  /** The traced core keeps more heap per indicator than the untraced one (a ratio above 1). */
  traceRetainedAbove: 1,
  cliRatio: 1.5,
  workbookRatio: 1.3,
  syncsMax: 3,
  initialGzipKB: 400,
  functionsBundleKB: 100,
  functionsGoalMs: 50,
};

/**
 * A part's figures as its benchmark printed them (parsed JSON, read field by field; each benchmark documents
 * its own shape), or `{ error }` when the part could not run.
 * @typedef {{ error?: string; [figure: string]: any }} PartResult
 */

/**
 * @param {string[]} argv
 * @returns {{ parts: string[]; quick: boolean; out: string | null; coreSizes: string[] | null }}
 */
function parseArgs(argv) {
  /** @type {{ parts: string[]; quick: boolean; out: string | null; coreSizes: string[] | null }} */
  const options = { parts: [], quick: false, out: null, coreSizes: null };
  for (const arg of argv) {
    if (arg === "--quick") options.quick = true;
    else if (arg.startsWith("--out=")) options.out = path.resolve(arg.slice("--out=".length));
    else if (arg.startsWith("--core-sizes=")) options.coreSizes = arg.slice("--core-sizes=".length).split(",").filter(Boolean);
    else if (PARTS.includes(arg)) options.parts.push(arg);
    else throw new Error(`unknown argument ${arg}: give parts (${PARTS.join(", ")}), --quick, --out=FILE or --core-sizes=N,N`);
  }
  const all = options.parts.length === 0;
  if (all) options.parts = [...PARTS];
  // Only a full run at full size replaces the committed figures.
  if (options.out === null && all && !options.quick && options.coreSizes === null) options.out = LATEST;
  return options;
}

/**
 * Runs a command; its stdout must end with one JSON object (the benchmark's figures).
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @returns {{ figures: PartResult; ms: number }}
 */
function runJson(command, args, env = {}) {
  const started = Date.now();
  const out = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = Date.now() - started;
  if (out.status !== 0)
    throw new Error(`${command} ${args.join(" ")} exited with ${out.status}: ${(out.stderr || out.stdout || "").trim().slice(-2000)}`);
  const start = out.stdout.search(/^\{/m);
  if (start < 0) throw new Error(`${command} ${args.join(" ")} printed no JSON: ${out.stdout.slice(-500)}`);
  return { figures: JSON.parse(out.stdout.slice(start)), ms };
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function build(command, args) {
  const started = Date.now();
  const out = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  if (out.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${(out.stderr || out.stdout || "").trim().slice(-2000)}`);
  return Date.now() - started;
}

/** @param {string} file */
function gzipSize(file) {
  const bytes = fs.readFileSync(file);
  return { bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
}

/** The production build's bundles, all present (another build in the same tree empties dist/ while it runs). */
const EXPECTED_BUNDLES = ["taskpane.js", "commands.js", "functions.js", "xlsx-workbook.js"];
function checkDist() {
  const missing = EXPECTED_BUNDLES.filter((f) => !fs.existsSync(path.join(DIST, f)));
  if (missing.length) throw new Error(`dist/ lacks ${missing.join(", ")}: was another build running? Run npm run bench again`);
}

/** Every JavaScript file the production build wrote to dist/ (webpack minifies them: the bytes are the minified size). */
function bundleSizes() {
  checkDist();
  const files = fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js"))
    .sort();
  const sizes = Object.fromEntries(files.map((f) => [f, gzipSize(path.join(DIST, f))]));
  const initial = ["taskpane.js", "commands.js", "functions.js"].filter((f) => sizes[f]);
  return {
    minified: true,
    files: sizes,
    totalBytes: files.reduce((sum, f) => sum + sizes[f].bytes, 0),
    totalGzipBytes: files.reduce((sum, f) => sum + sizes[f].gzipBytes, 0),
    initialTaskPane: { files: initial, gzipBytes: initial.reduce((sum, f) => sum + sizes[f].gzipBytes, 0) },
    functionsBundle: sizes["functions.js"] ?? null,
    exceljsLazyChunk: sizes["xlsx-workbook.js"] ?? null,
  };
}

/**
 * @param {unknown} value
 * @param {number} [digits]
 */
const round = (value, digits = 2) =>
  typeof value === "number" && Number.isFinite(value) ? Number(value.toFixed(digits)) : (value ?? null);
/**
 * @param {string} id
 * @param {string} name
 * @param {number | null | undefined} value
 * @param {number} limit
 * @param {unknown} met
 * @param {string} [note]
 */
const goal = (id, name, value, limit, met, note) => ({
  id,
  name,
  value: round(value, 3),
  limit,
  met: Boolean(met),
  ...(note ? { note } : {}),
});

/**
 * The goals of issue 8 from whatever parts ran (a part not run gives no goal; a part that failed gives met: false).
 * @param {Record<string, PartResult>} results
 */
function goalsOf(results) {
  const goals = [];
  const failed = (/** @type {string} */ part) => results[part] && results[part].error;
  for (const [part, id, what] of [
    ["core", "core", "core"],
    ["coreTraced", "coreTraced", "core with the full trace"],
  ]) {
    if (!results[part]) continue;
    const l = results[part].linearity;
    if (failed(part))
      goals.push(goal(`${id}Linear`, `${what}: time and memory grow linearly`, null, GOALS.coreLinear, false, results[part].error));
    else {
      goals.push(
        goal(
          `${id}TimeLinear`,
          `${what}: time grows linearly (median run's time per indicator at each size ≥ ${l.referenceIndicators} ÷ that at ${l.referenceIndicators})`,
          l.maxTimePerIndicatorRatio,
          GOALS.coreLinear,
          l.maxTimePerIndicatorRatio <= GOALS.coreLinear,
        ),
      );
      goals.push(
        goal(
          `${id}MemoryLinear`,
          `${what}: memory grows linearly (retained heap per indicator at each size ≥ ${l.referenceIndicators} ÷ that at ${l.referenceIndicators})`,
          l.maxRetainedHeapPerIndicatorRatio,
          GOALS.coreLinear,
          l.maxRetainedHeapPerIndicatorRatio <= GOALS.coreLinear,
        ),
      );
    }
  }
  if (results.core && results.coreTraced) {
    // Was a test's assertion; it depends on when the garbage collector ran, so it is a figure with a goal here.
    const broken = failed("core") || failed("coreTraced");
    const largest = (/** @type {string} */ part) => results[part].sizes[results[part].sizes.length - 1];
    const value = broken ? null : largest("coreTraced").retainedHeapBytesPerIndicator / largest("core").retainedHeapBytesPerIndicator;
    goals.push(
      goal(
        "coreTraceRetained",
        "the full trace is memory of its own: retained heap per indicator with the trace built while scoring ÷ without, at the largest size (met above the limit)",
        value,
        GOALS.traceRetainedAbove,
        typeof value === "number" && value > GOALS.traceRetainedAbove,
        broken ? results.core.error || results.coreTraced.error : undefined,
      ),
    );
  }
  if (results.cli) {
    const value = failed("cli") ? null : results.cli.ratio && results.cli.ratio.json;
    goals.push(
      goal(
        "cliVsJsonParse",
        "CLI score --json ÷ bare JSON.parse of the same file (time)",
        value,
        GOALS.cliRatio,
        typeof value === "number" && value <= GOALS.cliRatio,
        failed("cli") ? results.cli.error : undefined,
      ),
    );
  }
  if (results.workbook) {
    const value = failed("workbook") ? null : results.workbook.ratio && results.workbook.ratio.time;
    goals.push(
      goal(
        "xlsxVsExcelJS",
        "xlsx read + score ÷ bare ExcelJS load (time)",
        value,
        GOALS.workbookRatio,
        typeof value === "number" && value <= GOALS.workbookRatio,
        failed("workbook") ? results.workbook.error : undefined,
      ),
    );
  }
  if (results.live) {
    const live = results.live;
    goals.push(
      goal(
        "customFunctionCells",
        "BAGALAU.* cells of a filled workbook: the same at 200 and 2,000 table rows (12 goals, 36 tasks)",
        failed("live") ? null : live.large.customFunctionCells,
        failed("live") ? null : live.small.customFunctionCells,
        !failed("live") && live.customFunctionCellsGrowWithRows === false,
        failed("live") ? live.error : undefined,
      ),
    );
  }
  if (results.syncs) {
    const s = results.syncs;
    goals.push(
      goal(
        "syncsPerAction",
        "context.sync() per task-pane action: the same at 10 and 1,000 rows, at most 3; at 10,000 rows every request and response within 5 MB",
        failed("syncs") ? null : s.max,
        GOALS.syncsMax,
        !failed("syncs") && s.constant && s.max !== null && s.max <= GOALS.syncsMax && s.large.withinPayloadLimit,
        failed("syncs") ? s.error : undefined,
      ),
    );
  }
  const initialGzip =
    results.sizes && !failed("sizes")
      ? results.sizes.initialTaskPane.gzipBytes
      : results.load && !failed("load")
        ? results.load.bundles.initialGzipBytes
        : undefined;
  if (initialGzip !== undefined)
    goals.push(
      goal(
        "initialTaskPaneGzipKB",
        "initial task-pane JavaScript, gzipped (KB)",
        initialGzip / 1024,
        GOALS.initialGzipKB,
        initialGzip / 1024 <= GOALS.initialGzipKB,
      ),
    );
  if (results.functions && !failed("functions")) {
    const f = results.functions;
    goals.push(
      goal(
        "functionsBundleKB",
        "custom functions bundle (KB, minified)",
        f.bundle.bytes / 1024,
        GOALS.functionsBundleKB,
        f.bundle.withinGoal && !f.bundle.containsReact && !f.bundle.containsExcelJS,
      ),
    );
    goals.push(
      goal(
        "functionsGoal10kMs",
        "BAGALAU.GOAL over 10,000 rows, median (ms)",
        f.goal10k.medianMs,
        GOALS.functionsGoalMs,
        f.goal10k.withinGoal,
      ),
    );
  }
  return goals;
}

function machine() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0] ? cpus[0].model : null,
    totalMemoryMB: Math.round(os.totalmem() / 1024 / 1024),
    loadAverageAtStart: os.loadavg().map((n) => round(n, 2)),
  };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const machineAtStart = machine();
  const has = (/** @type {string} */ part) => options.parts.includes(part);
  /** @type {Record<string, number>} */
  const timingsMs = {};
  /** @type {Record<string, PartResult>} */
  const results = {};
  /**
   * @param {string} part
   * @param {() => PartResult} fn
   */
  const attempt = (part, fn) => {
    const t = Date.now();
    try {
      results[part] = fn();
    } catch (error) {
      results[part] = { error: error instanceof Error ? error.message : String(error) };
      process.stderr.write(`bench ${part} failed: ${results[part].error}\n`);
    }
    timingsMs[part] = Date.now() - t;
  };

  // Builds, once: the core benchmark's compilation and the production add-in (functions, load, sizes).
  // bench:cli and bench:workbook compile themselves through their npm scripts.
  if (has("core")) timingsMs.buildCore = build(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "bench/core.tsconfig.json"]);
  if (has("functions") || has("load") || has("sizes")) timingsMs.buildAddin = build(NPM, ["run", "--silent", "build:addin"]);

  // The add-in's figures first, right after its build, while dist/ is surely ours.
  if (has("sizes")) attempt("sizes", bundleSizes);
  if (has("functions"))
    attempt("functions", () => (checkDist(), runJson(process.execPath, [path.join(__dirname, "functions.js")]).figures));
  if (has("load"))
    attempt(
      "load",
      () => (
        checkDist(),
        runJson(process.execPath, [path.join(__dirname, "load.js")], options.quick ? { BAGALAU_BENCH_RUNS: "2" } : {}).figures
      ),
    );
  if (has("core")) {
    const sizes = options.coreSizes ?? (options.quick ? ["--quick"] : []);
    attempt("core", () => runJson(process.execPath, [CORE_SCRIPT, ...sizes]).figures);
    // The same with the trace of every number built as it scores (score --json --trace).
    attempt("coreTraced", () => runJson(process.execPath, [CORE_SCRIPT, ...sizes, "--traced"]).figures);
  }
  if (has("cli"))
    attempt("cli", () => runJson(NPM, ["run", "--silent", "bench:cli", "--", ...(options.quick ? ["1", "20000"] : [])]).figures);
  if (has("workbook"))
    attempt("workbook", () => runJson(NPM, ["run", "--silent", "bench:workbook", "--", ...(options.quick ? ["5000", "1"] : [])]).figures);
  if (has("live")) attempt("live", () => runJson(NPM, ["run", "--silent", "bench:live"]).figures);
  if (has("syncs")) attempt("syncs", () => runJson(process.execPath, [path.join(__dirname, "syncs.js")]).figures);

  const goals = goalsOf(results);
  const report = {
    format: "bagalau/bench@1",
    startedAt,
    quick: options.quick,
    parts: options.parts,
    machine: machineAtStart,
    loadAverageAtEnd: os.loadavg().map((n) => round(n, 2)),
    goals,
    allGoalsMet: goals.every((g) => g.met === true),
    ...results,
    timingsMs,
    totalMs: Date.now() - started,
  };
  const text = JSON.stringify(report, null, 2) + "\n";
  if (options.out) {
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(options.out, text);
  }
  process.stdout.write(text);
  if (options.parts.some((part) => results[part] && results[part].error)) process.exitCode = 1;
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error && error.stack ? error.stack : error}\n`);
  process.exit(2);
}
