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
      parserOptions: { projectService: { allowDefaultProject: ["*.js"] }, tsconfigRootDir: __dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Off: the WorkbookPort interface and the app's actions return promises because the Excel host awaits Excel;
      // the in-memory host (ExcelJS) and the tests' stand-ins implement them with nothing to await.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Plain JavaScript (build scripts, the CLI entry, the jest reporter, benchmarks): no type information.
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: "commonjs", globals: globals.node, parserOptions: { projectService: false, project: false } },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      // CommonJS is how these files load their dependencies (package.json has no "type": "module").
      "@typescript-eslint/no-require-imports": "off",
      // Scripts take node's own performance and crypto by require(), which shadows the browser globals' names.
      "no-redeclare": ["error", { builtinGlobals: false }],
    },
  },
  {
    // Tests read untyped values on purpose — JSON printed by the CLI, parsed XML, ExcelJS's loose models, and the
    // fake Excel (a dynamic proxy of Office.js's object model): their assertions check the shapes. Off in tests only.
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-explicit-any": "off",
      // Tests flatten cell values and notes to text to compare them.
      "@typescript-eslint/no-base-to-string": "off",
      // Tests load the project's CommonJS scripts (the fixture makers, the examples generator) as they are.
      "@typescript-eslint/no-require-imports": "off",
      // Control characters are what some tests type (a terminal's escapes, text with every code point).
      "no-control-regex": "off",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Off: a React Compiler rule (this pane is not compiled by it); the views reset their forms from the workbook's
      // state and language in effects on purpose, once per change of what they read.
      "react-hooks/set-state-in-effect": "off",
    },
  },
  {
    // Microsoft's Office add-in rules (eslint-plugin-office-addins: load before read, sync after load, no sync in loops).
    files: ["src/app/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    // The in-memory host works on ExcelJS objects, not Office.js proxies: nothing there is loaded or synced.
    ignores: ["src/app/xlsx-workbook-port.ts"],
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
