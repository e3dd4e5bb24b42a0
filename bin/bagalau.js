#!/usr/bin/env node
// The `bagalau` command's entry: runs the compiled CLI from lib/ (built by `npm run build`).
"use strict";
let cli;
try {
  cli = require("../lib/cli/bagalau.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("bagalau: the command is not built yet; run `npm run build` first.\n");
    process.exit(2);
  }
  throw error;
}
// main() resolves to the exit code; it reports every failure itself, on one line.
Promise.resolve(cli.main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
