// Jest: TypeScript through ts-jest (transpile only; `npm run typecheck` checks types), every test under
// test/, and a closing line "N passed, N failed" for CI.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  reporters: ["default", "<rootDir>/test/summary-reporter.js"],
  // Tests are not timed (the benchmarks are): on a shared 2-core machine a pane or CLI test that takes 2 s
  // alone takes 5-7 s under load, past jest's default of 5 s.
  testTimeout: 30_000,
};
