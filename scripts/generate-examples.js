#!/usr/bin/env node
// Regenerates examples/*.xlsx from examples/*.json with the built `bagalau` command (npm run examples):
// for each evaluation, its filled templates and its conclusion workbook, in Kazakh (the default).
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const examplesDir = path.join(root, "examples");

/** The example evaluations: examples/NAME.json. */
function exampleNames() {
  return fs
    .readdirSync(examplesDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();
}

/**
 * The workbooks generated from one example, by file name.
 * @param {string} name
 */
function outputsOf(name) {
  return { filled: `${name}.xlsx`, conclusion: `${name}-conclusion.xlsx` };
}

/**
 * The examples are reproducible: every file is stamped with this time (SOURCE_DATE_EPOCH, the reproducible-builds
 * convention, which the writer honours) instead of now, so regenerating unchanged examples changes no byte.
 */
const EXAMPLES_TIME = String(Date.UTC(2024, 2, 1) / 1000);

/** @param {string[]} args */
function bagalau(args) {
  const out = spawnSync(process.execPath, [path.join(root, "bin/bagalau.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: EXAMPLES_TIME },
  });
  if (out.status !== 0) throw new Error(`bagalau ${args.join(" ")} failed (${out.status}): ${out.stderr}`);
}

/** Writes every example's workbooks into `outDir` and returns their paths. */
function generateExamples(outDir = examplesDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const name of exampleNames()) {
    const { filled, conclusion } = outputsOf(name);
    const filledPath = path.join(outDir, filled);
    bagalau(["fill", path.join(examplesDir, `${name}.json`), "-o", filledPath]);
    bagalau(["conclusion", filledPath, "-o", path.join(outDir, conclusion)]);
    written.push(filledPath, path.join(outDir, conclusion));
  }
  return written;
}

module.exports = { exampleNames, outputsOf, generateExamples };

if (require.main === module) {
  for (const file of generateExamples(process.argv[2])) process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
