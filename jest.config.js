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
};
