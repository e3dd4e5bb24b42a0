// A Jest reporter that ends the run with one plain line, "N passed, N failed, N skipped", the counts CI reads:
// every skipped, todo or disabled test is listed by name first (a skip is never silent), a test file that
// could not run or failed outside its tests counts as failed, and so does a run that changed the git tree
// (a test must write only to temporary folders). It is written when the process exits, after Jest's summary.

"use strict";

const { execFileSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

/**
 * The files git reports as changed or untracked under `root`, each with a hash of its content (so that a
 * file already edited before the run and written again by a test is seen); null outside a git work tree.
 * @param {string} root
 * @returns {Map<string, string> | null}
 */
function treeState(root) {
  let out;
  try {
    out = execFileSync("git", ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "."], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 << 20,
    });
  } catch {
    return null;
  }
  const state = new Map();
  const entries = out.split("\0");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.length < 4) continue;
    const status = entry.slice(0, 2);
    const file = entry.slice(3);
    // A rename or copy is followed by its source path.
    if (status[0] === "R" || status[0] === "C") i++;
    const full = path.join(root, file);
    let content = "(missing)";
    try {
      content = crypto.createHash("sha1").update(fs.readFileSync(full)).digest("hex");
    } catch {
      // deleted, or a folder (a submodule): the status alone tells
    }
    state.set(file, `${status} ${content}`);
  }
  return state;
}

/**
 * @param {Map<string, string> | null} before
 * @param {Map<string, string> | null} after
 */
function changedFiles(before, after) {
  if (before === null || after === null) return [];
  const files = new Set([...before.keys(), ...after.keys()]);
  return [...files].filter((file) => before.get(file) !== after.get(file)).sort();
}

/** @implements {Pick<import("@jest/reporters").Reporter, "onRunStart" | "onRunComplete" | "getLastError">} */
class SummaryReporter {
  /** @param {import("@jest/types").Config.GlobalConfig} globalConfig */
  constructor(globalConfig) {
    this.root = globalConfig.rootDir;
    // With -t, every test whose name does not match is skipped too: counted, but not listed one by one.
    this.namePattern = globalConfig.testNamePattern ? new RegExp(globalConfig.testNamePattern, "i") : null;
    /** @type {Map<string, string> | null} */
    this.before = null;
    /** @type {Error | undefined} */
    this.error = undefined;
  }

  onRunStart() {
    this.before = treeState(this.root);
  }

  /**
   * @param {unknown} _contexts
   * @param {import("@jest/test-result").AggregatedResult} results
   */
  onRunComplete(_contexts, results) {
    let passed = 0;
    let failed = 0;
    const skipped = [];
    let unmatched = 0;
    const broken = [];
    for (const suite of results.testResults) {
      const file = path.relative(this.root, suite.testFilePath);
      for (const test of suite.testResults) {
        if (test.status === "passed") passed++;
        else if (test.status === "failed") failed++;
        // pending (.skip), todo, disabled, skipped: none of them ran
        else if (this.namePattern && !this.namePattern.test(test.fullName)) unmatched++;
        else skipped.push(`${file} › ${[...test.ancestorTitles, test.title].join(" › ")} (${test.status})`);
      }
      // The file failed to run (a syntax error, a throw at the top, a failing afterAll…) though no test failed.
      if (suite.testExecError || (suite.failureMessage && suite.numFailingTests === 0)) {
        failed++;
        broken.push(file);
      }
    }
    if (results.snapshot && results.snapshot.failure) {
      failed++;
      broken.push("snapshots (obsolete or unwritten under --ci)");
    }
    const changed = changedFiles(this.before, treeState(this.root));
    if (changed.length > 0) {
      failed++;
      this.error = new Error(`the test run changed files in the repository: ${changed.join(", ")}`);
    }

    const lines = [];
    if (skipped.length > 0) lines.push(`Skipped (${skipped.length}):`, ...skipped.map((name) => `  ${name}`));
    if (unmatched > 0) lines.push(`Skipped: ${unmatched} more, not matching -t ${this.namePattern?.source}`);
    if (broken.length > 0) lines.push(`Failed outside their tests (${broken.length}):`, ...broken.map((name) => `  ${name}`));
    if (changed.length > 0)
      lines.push(`The run changed files in the repository (tests must write to temporary folders only):`, ...changed.map((f) => `  ${f}`));
    lines.push(`${passed} passed, ${failed} failed, ${skipped.length + unmatched} skipped`);
    const text = lines.join("\n") + "\n";
    process.once("exit", () => process.stdout.write(text));
  }

  /** Makes Jest exit with an error when the run changed the tree, even though every test passed. */
  getLastError() {
    return this.error;
  }
}

module.exports = SummaryReporter;
