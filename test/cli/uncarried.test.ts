// A copy written by ExcelJS cannot keep a workbook's own charts, pivot tables or macros: the CLI says so
// on stderr (the original is never changed) and does not count BAGALAU's own conclusion chart.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { uncarriedParts } from "../../src/workbook/xlsx-files";
import { runCli } from "./run-cli";

const root = path.resolve(__dirname, "../..");
const conclusionExample = path.join(root, "examples/ministry-of-health-conclusion.xlsx");

async function withExtraParts(names: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(conclusionExample));
  for (const name of names) zip.file(name, "<x/>");
  return zip.generateAsync({ type: "nodebuffer" });
}

test("BAGALAU's own conclusion chart is not reported; a second chart, a pivot table and macros are", async () => {
  expect(uncarriedParts(fs.readFileSync(conclusionExample), 1)).toEqual([]);
  const bytes = await withExtraParts(["xl/charts/chart7.xml", "xl/pivotTables/pivotTable1.xml", "xl/vbaProject.bin"]);
  expect(uncarriedParts(bytes, 1)).toEqual(["charts", "pivotTables", "macros"]);
});

test("conclusion warns on stderr that the copy does not keep the user's chart, and still succeeds", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-uncarried-"));
  const input = path.join(dir, "with-chart.xlsx");
  fs.writeFileSync(input, await withExtraParts(["xl/charts/chart7.xml"]));
  const before = fs.readFileSync(input);
  const out = runCli("conclusion", input, "-o", path.join(dir, "out.xlsx"), "--lang", "en");
  expect(out.status).toBe(0);
  expect(out.stderr).toContain("does not keep this workbook's charts");
  expect(fs.readFileSync(input).equals(before)).toBe(true);
});
