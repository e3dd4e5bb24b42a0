#!/usr/bin/env node
// Benchmark of the task pane's cold load in headless Chromium: from navigation start to file mode's drop
// area being visible with its button enabled (interactive), each run in a new browser with a new profile
// (no cache), office.js's CDN unreachable as in an offline browser; the median of several runs. Also the
// time to open the ministry example (lazy ExcelJS chunk + reading) until its score shows, and the bundle
// sizes (goal: initial task-pane JavaScript ≤ 400 KB gzipped; ExcelJS only in the lazy chunk). Prints JSON;
// not a timed test. Run: npm run bench:load (builds first). BAGALAU_BENCH_RUNS=n changes the number of runs.

"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { chromium } = require("playwright-core");
const { serveDist } = require("../scripts/serve-dist");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const CHROMIUM = process.env.BAGALAU_CHROMIUM || "/usr/bin/chromium";
const RUNS = Number(process.env.BAGALAU_BENCH_RUNS || 7);
const GOAL_INITIAL_GZIP_BYTES = 400 * 1024;
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const EXAMPLE = path.join(ROOT, "examples", "ministry-of-health.xlsx");

/** @typedef {Window & { __bagalauInteractive?: number }} MarkedWindow the page's window with the moment it became interactive */

/** In the page before its own scripts: the moment (ms after navigation start) the drop area is interactive. */
function watchForInteractive() {
  // Runs in the page (serialized by addInitScript): what it uses must be inside it.
  const page = /** @type {MarkedWindow} */ (window);
  const ready = () => {
    const zone = document.querySelector('[data-testid="file-drop-zone"]');
    const button = /** @type {HTMLButtonElement | null} */ (document.querySelector('[data-testid="file-choose"]'));
    return (
      zone !== null &&
      button !== null &&
      !button.disabled &&
      zone.getClientRects().length > 0 &&
      getComputedStyle(zone).visibility !== "hidden"
    );
  };
  const observer = new MutationObserver(() => {
    if (page.__bagalauInteractive === undefined && ready()) {
      page.__bagalauInteractive = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (/** @type {number} */ ms) => Math.round(ms * 10) / 10;

/** @param {string} file */
function sizes(file) {
  const bytes = fs.readFileSync(path.join(DIST, file));
  return { bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
}

/** @param {URL} url */
async function oneRun(url) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 420, height: 900 },
  });
  try {
    await context.route("**/*", (route) =>
      route.request().url().startsWith(url.origin) ? route.continue() : route.abort("internetdisconnected"),
    );
    const page = await context.newPage();
    await page.addInitScript(watchForInteractive);
    await page.goto(url.href);
    await page.waitForFunction(() => /** @type {MarkedWindow} */ (window).__bagalauInteractive !== undefined, null, {
      timeout: 30_000,
    });
    const timing = await page.evaluate(() => {
      const navigation = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType("navigation")[0]);
      return {
        interactive: /** @type {number} */ (/** @type {MarkedWindow} */ (window).__bagalauInteractive),
        domContentLoaded: navigation.domContentLoadedEventEnd,
        load: navigation.loadEventEnd,
      };
    });
    // Opening a workbook: the file chosen until its score is on screen (loads the lazy chunk the first time).
    const dialog = page.waitForEvent("filechooser");
    await page.click('[data-testid="file-choose"]');
    const chooser = await dialog;
    const started = await page.evaluate(() => performance.now());
    await chooser.setFiles(EXAMPLE);
    await page.waitForSelector('[data-testid="total-score"]', { timeout: 30_000 });
    const opened = (await page.evaluate(() => performance.now())) - started;
    return { ...timing, openMinistry: opened };
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium).`);
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/ is missing: run `npm run build:addin` first (npm run bench:load does).");
  const server = await serveDist({ root: DIST });
  const runs = [];
  try {
    const url = new URL(`${server.url}taskpane.html`);
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(url));
  } finally {
    await server.close();
  }
  const taskpane = sizes("taskpane.js");
  const initial = ["taskpane.js", "commands.js", "functions.js"].map(sizes);
  const initialGzip = initial.reduce((sum, s) => sum + s.gzipBytes, 0);
  const lazy = sizes("xlsx-workbook.js");
  const taskpaneSource = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
  const figures = {
    benchmark: "task pane cold load (headless Chromium, file mode, office.js CDN unreachable)",
    chromium: CHROMIUM,
    runs: RUNS,
    coldLoadToInteractiveMs: {
      median: round(median(runs.map((r) => r.interactive))),
      min: round(Math.min(...runs.map((r) => r.interactive))),
      max: round(Math.max(...runs.map((r) => r.interactive))),
    },
    domContentLoadedMs: { median: round(median(runs.map((r) => r.domContentLoaded))) },
    openMinistryExampleToScoreMs: {
      median: round(median(runs.map((r) => r.openMinistry))),
      min: round(Math.min(...runs.map((r) => r.openMinistry))),
    },
    bundles: {
      "taskpane.js": taskpane,
      "commands.js": sizes("commands.js"),
      "functions.js": sizes("functions.js"),
      initialGzipBytes: initialGzip,
      initialGoalGzipBytes: GOAL_INITIAL_GZIP_BYTES,
      initialWithinGoal: initialGzip <= GOAL_INITIAL_GZIP_BYTES,
      "xlsx-workbook.js (lazy, ExcelJS)": lazy,
      exceljsOnlyInLazyChunk:
        !/cellStyleXfs|exceljs/i.test(taskpaneSource) &&
        fs.readFileSync(path.join(DIST, "xlsx-workbook.js"), "utf8").includes("cellStyleXfs"),
      "office-js/office.js (fallback copy)": sizes(path.join("office-js", "office.js")),
    },
  };
  console.log(JSON.stringify(figures, null, 2));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
