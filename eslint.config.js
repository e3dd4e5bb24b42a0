// ESLint for the whole tree (npm run lint, part of npm test): typescript-eslint with type information, React
// hooks and accessibility for the task pane, Microsoft's Office add-in rules where Office.js is called.
// Formatting is Prettier's (npm run format:check); a rule turned off says why.
"use strict";

const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const jsxA11y = require("eslint-plugin-jsx-a11y");
const officeAddins = require("eslint-plugin-office-addins");
const globals = require("globals");

module.exports = tseslint.config(
  {
    ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "bench/results/**", "test/fixtures/**", "examples/**", "docs/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Plain JavaScript (build scripts, the CLI entry, the jest reporter, benchmarks): no type information.
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      // CommonJS is how these files load their dependencies (package.json has no "type": "module").
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    // Microsoft's Office add-in rules (eslint-plugin-office-addins: load before read, sync after load, no sync in loops).
    files: ["src/app/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
);
