// No user-facing text is written into the task pane's components: every JSX text, every text-valued
// prop (label, title, aria-label, placeholder…) and every string shown as a child comes from src/i18n.
// Strings without letters (dashes, arrows, "✓") are allowed. Checked with the TypeScript compiler API.

import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

const TASKPANE = path.join(__dirname, "..", "..", "src", "taskpane");

/** Props whose value a user reads or hears. */
const USER_FACING_PROPS = new Set([
  "label",
  "title",
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "aria-roledescription",
  "placeholder",
  "alt",
  "hint",
  "validationMessage",
  "description",
  "content",
  "header",
]);

const LETTER = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

/** The string literals an expression can evaluate to (through ?:, ??, ||, &&, + and parentheses). */
function valueLiterals(expression: ts.Expression): { text: string; node: ts.Node }[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression))
    return [{ text: expression.text, node: expression }];
  if (ts.isTemplateExpression(expression))
    return [expression.head, ...expression.templateSpans.map((span) => span.literal)].map((part) => ({ text: part.text, node: part }));
  if (ts.isParenthesizedExpression(expression)) return valueLiterals(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...valueLiterals(expression.whenTrue), ...valueLiterals(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    const kind = expression.operatorToken.kind;
    if (
      [
        ts.SyntaxKind.QuestionQuestionToken,
        ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.AmpersandAmpersandToken,
        ts.SyntaxKind.PlusToken,
      ].includes(kind)
    ) {
      return [...valueLiterals(expression.left), ...valueLiterals(expression.right)];
    }
  }
  return [];
}

/** "file:line: what" for every user-facing literal with letters in a .tsx source. */
function literalTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!LETTER.test(text)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${path.basename(fileName)}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && USER_FACING_PROPS.has(node.name.getText(file)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) {
        for (const literal of valueLiterals(node.initializer.expression)) report(literal.node, literal.text);
      }
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const literal of valueLiterals(node.expression)) report(literal.node, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test("the scan finds text in JSX, in text props and in strings shown as children (so it can fail)", () => {
  const sample = [
    "const a = <p>Hello</p>;",
    'const b = <Field label="Name" hint={ok ? "Yes" : t("k")} />;',
    'const c = <div>{busy ? "Loading…" : null}{"—"}{t("pane.brand")}</div>;',
    'const d = <img alt="" title={`Total ${x}`} data-state="passed" />;',
  ].join("\n");
  expect(literalTexts("sample.tsx", sample)).toEqual([
    'sample.tsx:1: "Hello"',
    'sample.tsx:2: "Name"',
    'sample.tsx:2: "Yes"',
    'sample.tsx:3: "Loading…"',
    'sample.tsx:4: "Total"',
  ]);
});

test("src/taskpane/**/*.tsx shows no user-facing text that is not from src/i18n", () => {
  const files = tsxFiles(TASKPANE);
  expect(files.length).toBeGreaterThanOrEqual(10);
  const found = files.flatMap((file) => literalTexts(file, fs.readFileSync(file, "utf8")));
  expect(found).toEqual([]);
});
