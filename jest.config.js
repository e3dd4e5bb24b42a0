// Jest: TypeScript through ts-jest (transpile only; `npm run typecheck` checks types), every test under
// test/, and a closing line "N passed, N failed, N skipped" for CI (test/summary-reporter.js).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  reporters: ["default", "<rootDir>/test/summary-reporter.js"],
  // A test's deadline catches a hang, not slowness: on a loaded 2-core machine a task-pane test that takes 2 s
  // idle can take over 5 s (jest's default). Speed is the benchmarks' (bench/), never a test's.
  testTimeout: 60_000,
};
