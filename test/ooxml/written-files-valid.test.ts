// Every .xlsx BAGALAU writes, in kk, ru and en, opens in Excel without repair: each XML part valid against
// its ECMA-376 transitional schema, and the cross-part rules Excel enforces kept. Runs in CI; never skips there.

import * as fs from "fs";
import * as path from "path";
import { LANGS } from "../../src/i18n";
import { crossPartProblems } from "./cross-part-rules";
import { OOXML_SCHEMAS, schemaProblems, type PackageProblem } from "./schema-validation";
import { commandLineFiles, fileModeFiles, type WrittenFile } from "./written-files";
import { openXlsxPackage } from "./xlsx-package";

jest.setTimeout(300_000);

function listed(problems: PackageProblem[]): string {
  return problems.map((p) => `${p.part} <${p.element}>: ${p.message}`).join("\n");
}

async function problemsOf(files: WrittenFile[]): Promise<string[]> {
  const packages = await Promise.all(files.map(async (f) => ({ label: f.label, pkg: await openXlsxPackage(f.bytes) })));
  const found: string[] = [];
  for (const { label, pkg } of packages) {
    const cross = crossPartProblems(pkg);
    if (cross.length > 0) found.push(`${label}:\n${listed(cross)}`);
  }
  const schema = await schemaProblems(packages);
  if (schema.length > 0) found.push(listed(schema));
  return found;
}

describe.each(LANGS)("in %s", (lang) => {
  OOXML_SCHEMAS.test("every file the command line writes is schema-valid and keeps Excel's cross-part rules", async () => {
    const files = commandLineFiles(lang);
    expect(files.map((f) => f.label.replace(/^\w+: /, ""))).toEqual([
      "bagalau template --kind central --body",
      "bagalau template --kind local",
      "bagalau fill (central)",
      "bagalau fill (local)",
      "bagalau check -o (central)",
      "bagalau check -o (local)",
      "bagalau conclusion (central)",
      "bagalau conclusion (local)",
      "bagalau conclusion, regenerated",
      "bagalau score --ranking",
      "bagalau import-plan",
      "bagalau next-period --plan",
      "bagalau history -o",
    ]);
    expect(await problemsOf(files)).toEqual([]);
  });

  OOXML_SCHEMAS.test(
    "every file the browser's file mode downloads, after each pane action, is schema-valid and keeps the rules",
    async () => {
      const files = await fileModeFiles(lang);
      expect(files.length).toBeGreaterThanOrEqual(10);
      expect(await problemsOf(files)).toEqual([]);
    },
  );
});

OOXML_SCHEMAS.test("the committed example workbooks (npm run examples) are schema-valid and keep the rules", async () => {
  const dir = path.join(__dirname, "..", "..", "examples");
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => ({ label: `examples/${name}`, bytes: fs.readFileSync(path.join(dir, name)) }));
  expect(files.length).toBeGreaterThanOrEqual(4);
  expect(await problemsOf(files)).toEqual([]);
});
