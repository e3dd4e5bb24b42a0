#!/usr/bin/env node
// Regenerates the user guide's screenshots, docs/screenshots/<view>.<lang>.png (npm run docs:screenshots, after
// a build): runs the end-to-end tests that take them into a temporary folder, then copies those that changed.
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DOCS = path.join(ROOT, "docs", "screenshots");
const TESTS = ["test/e2e/file-mode.test.ts", "test/e2e/file-mode-structure.test.ts"];

function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-docs-screenshots-"));
  try {
    const jest = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--runTestsByPath", ...TESTS], {
      cwd: ROOT,
      env: { ...process.env, BAGALAU_SCREENSHOTS: "1", BAGALAU_SCREENSHOTS_DIR: dir },
      stdio: "inherit",
    });
    if (jest.status !== 0) {
      process.stderr.write(`docs:screenshots: ${TESTS.join(", ")} failed; docs/screenshots left as it was\n`);
      return 1;
    }
    const taken = fs.readdirSync(dir).filter((name) => name.endsWith(".png"));
    if (taken.length === 0) {
      process.stderr.write(`docs:screenshots: ${TESTS.join(", ")} took no screenshot (was Chromium missing?)\n`);
      return 1;
    }
    fs.mkdirSync(DOCS, { recursive: true });
    const changed = [];
    for (const name of taken.sort()) {
      const png = fs.readFileSync(path.join(dir, name));
      const target = path.join(DOCS, name);
      // Written only when the picture changed, so that an unchanged view leaves git quiet.
      if (!fs.existsSync(target) || !fs.readFileSync(target).equals(png)) {
        fs.writeFileSync(target, png);
        changed.push(name);
      }
    }
    process.stdout.write(
      `docs:screenshots: ${taken.length} taken, ${changed.length} changed${changed.length ? `: ${changed.join(", ")}` : ""}\n`,
    );
    return 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
