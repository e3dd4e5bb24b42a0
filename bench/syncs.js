#!/usr/bin/env node
// Benchmark figures for Excel round trips, in both regimes, measured by the real ExcelPort on the fake Excel
// (which refuses a request or a response over 5 MB, as Excel on the web does): context.sync() calls per
// task-pane action on an ordinary workbook (10 and 1,000 indicator rows) and a large one (10,000 rows), and
// the read of a workbook holding over 20 MB of values. Prints JSON; not a timed test. Run: npm run bench:syncs
//
// The fake Excel needs office-addin-mock, which needs Jest's module mocking, so the figures are taken by
// running test/app/excel-port-syncs.test.ts and test/app/excel-port-payload.test.ts under Jest, with
// BAGALAU_SYNCS_JSON and BAGALAU_LARGE_READ_JSON naming the files the tests write them to.

"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const TESTS = ["test/app/excel-port-syncs.test.ts", "test/app/excel-port-payload.test.ts"];
/** The ordinary regime's goal: the same syncs per action whatever the rows, at most this many. */
const LIMIT = 3;

const mb = (bytes) => Math.round(bytes / 10_000) / 100;

function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-syncs-"));
  const syncsFile = path.join(dir, "syncs.json");
  const largeFile = path.join(dir, "large-read.json");
  const started = Date.now();
  try {
    const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--runTestsByPath", ...TESTS, "--silent", "--ci"], {
      cwd: ROOT,
      env: { ...process.env, BAGALAU_SYNCS_JSON: syncsFile, BAGALAU_LARGE_READ_JSON: largeFile },
      encoding: "utf8",
      maxBuffer: 16 << 20,
    });
    const jestMs = Date.now() - started;
    if (!fs.existsSync(syncsFile) || !fs.existsSync(largeFile)) {
      process.stderr.write(`${jest.stdout}\n${jest.stderr}\n`);
      throw new Error(`${TESTS.join(" and ")} did not write their figures (jest exit ${jest.status})`);
    }
    const measured = JSON.parse(fs.readFileSync(syncsFile, "utf8"));
    const large = JSON.parse(fs.readFileSync(largeFile, "utf8"));
    const names = Object.keys(measured.ordinaryExpected).sort();

    const ordinaryActions = {};
    for (const name of names)
      ordinaryActions[name] = Object.fromEntries(
        measured.ordinaryRows.map((rows) => [rows, measured.figures[rows]?.[name]?.syncs ?? null]),
      );
    const ordinaryCounts = names.flatMap((name) => measured.ordinaryRows.map((rows) => ordinaryActions[name][rows]));
    const max = ordinaryCounts.some((n) => n === null) ? null : Math.max(...ordinaryCounts);
    const constant = names.every((name) => new Set(measured.ordinaryRows.map((rows) => ordinaryActions[name][rows])).size === 1);

    const largeFigures = measured.figures[measured.largeRows] ?? {};
    const largeActions = {};
    for (const name of names) {
      const f = largeFigures[name];
      largeActions[name] = f && {
        syncs: f.syncs,
        moreThanOrdinary: f.syncs - measured.ordinaryExpected[name],
        largestRequestMB: mb(f.largestRequest),
        largestResponseMB: mb(f.largestResponse),
        refused: f.refused,
        movedMB: mb(f.moved),
      };
    }
    const withinPayloadLimit = names.every(
      (name) =>
        largeActions[name] &&
        largeFigures[name].largestRequest <= measured.limitBytes &&
        largeFigures[name].largestResponse <= measured.limitBytes,
    );

    const figures = {
      benchmark: "context.sync() calls per task-pane action (real ExcelPort on the fake Excel, Excel on the web's 5 MB limits enforced)",
      payloadLimitMB: mb(measured.limitBytes),
      payloadBudgetMB: mb(measured.budgetBytes),
      ordinary: { rows: measured.ordinaryRows, actions: ordinaryActions, constant, max, limit: LIMIT },
      large: { rows: measured.largeRows, actions: largeActions, withinPayloadLimit },
      over5MB: {
        valuesMB: mb(large.valuesBytes),
        firstRead: {
          syncs: large.firstRead.syncs,
          refused: large.firstRead.refused,
          responsesMB: large.firstRead.responses.map(mb),
        },
        nextRead: { syncs: large.nextRead.syncs, refused: large.nextRead.refused, responsesMB: large.nextRead.responses.map(mb) },
      },
      // Kept for bench/run.js: the ordinary regime's figures and whether both regimes met their goals.
      max,
      constant,
      limit: LIMIT,
      withinGoal: constant && max !== null && max <= LIMIT && withinPayloadLimit,
      testPassed: jest.status === 0,
      jestMs,
    };
    process.stdout.write(JSON.stringify(figures, null, 2) + "\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
}
