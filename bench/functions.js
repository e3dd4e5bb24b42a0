#!/usr/bin/env node
// Benchmark of the built custom functions (dist/functions.js, as Excel loads it): the bundle's size,
// minified and gzipped (goal ≤ 100 KB, no React or ExcelJS inside), and BAGALAU.GOAL over a 10,000-row
// table (goal: median < 50 ms; a real goal has 5–30 rows). The functions read their tables with the workbook
// reader itself (one reading with the core), which costs size and time over bare arithmetic on ranges. Prints JSON figures; it is not a timed test. Run: npm run bench:functions

"use strict";

const fs = require("fs");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");
const { performance } = require("perf_hooks");

const BUNDLE = path.join(__dirname, "..", "dist", "functions.js");
const SIZE_GOAL_BYTES = 100 * 1024;
const TIME_GOAL_MS = 50;
const ROWS = 10_000;
const RUNS = 101;
const WARM_UP_RUNS = 20;

/**
 * Loads the bundle the way a browser runtime does: as a script of the page's own global scope, where
 * CustomFunctions and Office are globals. (In a separate vm context every global lookup goes through the
 * context's interceptors and costs several times more than in Excel; this process exists only for the
 * benchmark, so its global scope is used.)
 */
function loadBundle() {
  /** @type {Map<string, (...args: unknown[]) => unknown>} */
  const registered = new Map();
  class StubError {
    /**
     * @param {string} code
     * @param {string} [message]
     */
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  // The runtime's globals, which Node's global scope does not declare.
  const scope = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));
  scope.CustomFunctions = {
    /**
     * @param {string} id
     * @param {(...args: unknown[]) => unknown} fn
     */
    associate: (id, fn) => registered.set(id, fn),
    Error: StubError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  scope.Office = { context: { displayLanguage: "kk-KZ" } };
  scope.self = globalThis;
  vm.runInThisContext(fs.readFileSync(BUNDLE, "utf8"), { filename: "functions.js" });
  return registered;
}

/** The header row of a goal's target-indicator table as the English template writes it (src/i18n/en.ts). */
const INDICATOR_HEADERS = [
  "No.",
  "Target indicator",
  "Source of information",
  "Unit",
  "Better when",
  "Base (previous year fact)",
  "Plan",
  "Fact",
  "Data",
];

/**
 * A goal's target-indicator table of `rows` data rows as Excel passes `Table[[#Headers],[#Data]]`: the header
 * row, then numbers, a few numbers typed as text, blanks and a row with data "none" now and then.
 * @param {number} rows
 */
function indicatorTable(rows) {
  /** @type {(number | string | null)[][]} */
  const table = [INDICATOR_HEADERS];
  for (let i = 0; i < rows; i += 1) {
    const base = 50 + (i % 37);
    const lower = i % 3 === 0;
    const plan = lower ? base - 5 : base + 5;
    const fact = lower ? base - (i % 7) : base + (i % 9);
    table.push([
      String(i + 1),
      `Indicator ${i + 1}`,
      null,
      "%",
      lower ? "lower" : "higher",
      i % 13 === 0 ? null : base,
      i % 97 === 0 ? null : plan,
      i % 50 === 0 ? null : i % 11 === 0 ? String(fact).replace(".", ",") : fact,
      i % 89 === 0 ? "none" : "official",
    ]);
  }
  return table;
}

/**
 * @param {number[]} sorted
 * @param {number} p
 */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function main() {
  if (!fs.existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build:addin first`);
  const source = fs.readFileSync(BUNDLE);
  const text = source.toString("utf8");
  const bundle = {
    file: path.relative(process.cwd(), BUNDLE),
    bytes: source.length,
    gzipBytes: zlib.gzipSync(source, { level: 9 }).length,
    goalBytes: SIZE_GOAL_BYTES,
    withinGoal: source.length <= SIZE_GOAL_BYTES,
    containsReact: /react\.element|__SECRET_INTERNALS|react-dom/i.test(text),
    containsExcelJS: /exceljs|ExcelJS|JSZip/.test(text),
  };

  const goal = loadBundle().get("GOAL");
  if (!goal) throw new Error(`${BUNDLE} does not register GOAL`);
  const indicators = indicatorTable(ROWS);
  let K = null;
  for (let i = 0; i < WARM_UP_RUNS; i += 1) K = goal(indicators);
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    K = goal(indicators);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (/** @type {number} */ ms) => Math.round(ms * 1000) / 1000;
  const median = percentile(times, 50);
  const goal10k = {
    rows: ROWS,
    runs: RUNS,
    medianMs: round(median),
    p90Ms: round(percentile(times, 90)),
    minMs: round(times[0]),
    goalMs: TIME_GOAL_MS,
    withinGoal: median < TIME_GOAL_MS,
    K,
    node: process.version,
  };
  console.log(JSON.stringify({ bundle, goal10k }, null, 2));
}

main();
