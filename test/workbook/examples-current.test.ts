// examples/*.xlsx are what `npm run examples` makes of examples/*.json today: regenerated into a
// temporary folder with the built CLI and compared by content (every sheet's cells — values, formulas
// and their cached results — and merges), not by bytes, since a zip stores the time it was written.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { mergedAreas } from "../../src/workbook/exceljs-internals";
import { ensureBuilt, root } from "../cli/run-cli";

const { exampleNames, outputsOf, generateExamples } = require("../../scripts/generate-examples.js") as {
  exampleNames: () => string[];
  outputsOf: (name: string) => { filled: string; conclusion: string };
  generateExamples: (outDir: string) => string[];
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-examples-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A workbook's content as plain data: per sheet, its name, merges and every non-empty cell. */
async function content(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        cells[cell.address] = cell.value instanceof Date ? cell.value.toISOString() : cell.value;
      }),
    );
    const merges = mergedAreas(ws)
      .map((area) => area.master)
      .sort();
    return { name: ws.name, merges, cells };
  });
}

const files = exampleNames().flatMap((name) => Object.values(outputsOf(name)));

beforeAll(() => {
  ensureBuilt();
  generateExamples(dir);
}, 120_000);

test("every example has its workbooks committed", () => {
  const missing = files.filter((f) => !fs.existsSync(path.join(root, "examples", f)));
  expect({ missing, fix: "npm run examples" }).toEqual({ missing: [], fix: "npm run examples" });
});

test.each(files)("examples/%s is current (else run `npm run examples`)", async (file) => {
  const committed = path.join(root, "examples", file);
  if (!fs.existsSync(committed)) return; // reported by the test above
  expect(await content(committed)).toEqual(await content(path.join(dir, file)));
});
