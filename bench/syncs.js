#!/usr/bin/env node
// Benchmark figures for Excel round trips: context.sync() calls per task-pane action at 10 and 10,000 indicator
// rows, measured by the real ExcelPort on the fake Excel. Prints JSON; not a timed test. Run: npm run bench:syncs
//
// The fake Excel needs office-addin-mock, which needs Jest's module mocking, so the counts are taken by running
// test/app/excel-port-syncs.test.ts under Jest with BAGALAU_SYNCS_JSON naming a file the test writes them to.

"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const TEST = "test/app/excel-port-syncs.test.ts";
const LIMIT = 3;

function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-syncs-"));
  const file = path.join(dir, "syncs.json");
  const started = Date.now();
  try {
    const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--runTestsByPath", TEST, "--silent", "--ci"], {
      cwd: ROOT,
      env: { ...process.env, BAGALAU_SYNCS_JSON: file },
      encoding: "utf8",
      maxBuffer: 16 << 20,
    });
    const jestMs = Date.now() - started;
    if (!fs.existsSync(file)) {
      process.stderr.write(`${jest.stdout}\n${jest.stderr}\n`);
      throw new Error(`${TEST} did not write its counts (jest exit ${jest.status})`);
    }
    /** @type {{ rows: number[]; counts: Record<number, Record<string, number> | undefined> }} */
    const measured = JSON.parse(fs.readFileSync(file, "utf8"));
    const [small, large] = measured.rows;
    /** @type {Record<string, Record<number, number | null>>} */
    const actions = {};
    const names = [...new Set(measured.rows.flatMap((rows) => Object.keys(measured.counts[rows] ?? {})))].sort();
    for (const name of names)
      actions[name] = Object.fromEntries(measured.rows.map((rows) => [rows, measured.counts[rows]?.[name] ?? null]));
    const all = names.flatMap((name) => measured.rows.map((rows) => actions[name][rows]));
    const counted = all.filter((n) => n !== null);
    const max = counted.length < all.length ? null : Math.max(...counted);
    const constant = names.every((name) => actions[name][small] !== null && actions[name][small] === actions[name][large]);
    const figures = {
      benchmark: "context.sync() calls per task-pane action (real ExcelPort on the fake Excel)",
      rows: measured.rows,
      actions,
      max,
      constant,
      limit: LIMIT,
      withinGoal: constant && max !== null && max <= LIMIT,
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
  process.stderr.write(`${error instanceof Error && error.stack ? error.stack : error}\n`);
  process.exit(1);
}
