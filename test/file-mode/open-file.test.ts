// File mode's workbooks without a browser: a File opened through the checks and the lazy module
// (ExcelJS, the XlsxWorkbookPort, the services), refused with the CLI's reasons, changed, selected,
// written as bytes and opened again; a new empty workbook given the templates.

import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { t } from "../../src/i18n";
import { FileModeUnavailable, newWorkbookFile, openWorkbookFile } from "../../src/taskpane/file-mode/open-file";
import { openFailureText } from "../../src/taskpane/file-mode/open-failure";
import type { WorkbookFileEvent } from "../../src/taskpane/file-mode/workbook-file";
import { inputRoles } from "../../src/workbook/templates/sheet-names";
import { XlsxRefused, tooLargeRefusal, type XlsxRefusalReason } from "../../src/workbook/xlsx-bytes";
import { sheetRoleOf } from "../../src/workbook/xlsx-files";
import { coreResult } from "../cli/run-cli";

const ROOT = path.join(__dirname, "..", "..");
const example = (name: string) => new File([fs.readFileSync(path.join(ROOT, "examples", name))], name);

async function refusalOf(file: File): Promise<XlsxRefusalReason | undefined> {
  try {
    await openWorkbookFile(file);
    return undefined;
  } catch (error) {
    if (error instanceof XlsxRefused) return error.reason;
    throw error;
  }
}

test("the ministry example opens: named for download, nothing lost in a copy, and scored as its evaluation JSON is", async () => {
  const opened = await openWorkbookFile(example("ministry-of-health.xlsx"));
  expect(opened.fileName).toBe("ministry-of-health.xlsx");
  expect(opened.downloadName).toBe("ministry-of-health-bagalau.xlsx");
  expect(opened.uncarried).toEqual([]);
  // The JSON of the same evaluation, scored by the core alone (no workbook involved).
  const expected = coreResult("examples/ministry-of-health.json").A;
  expect((await opened.app.score()).result.A).toBeCloseTo(expected, 9);
});

test("a check is a change, a selected cell is told; the written copy opens again with the conclusion's total", async () => {
  const opened = await openWorkbookFile(example("zhambyl-oblast.xlsx"));
  const events: WorkbookFileEvent[] = [];
  opened.subscribe((event) => events.push(event));
  const report = await opened.app.check("ru", "2024-01-15");
  expect(events.some((event) => event.type === "changed")).toBe(true);
  const ref = report.issues.find((issue) => issue.ref)!.ref!;
  events.length = 0;
  await opened.app.select(ref);
  expect(events).toEqual([{ type: "selected", ref }, { type: "changed" }]);

  const { result } = await opened.app.generateConclusion("ru");
  const bytes = await opened.toBytes();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const conclusion = workbook.worksheets.find((ws) => sheetRoleOf(ws) === "conclusion")!;
  let total: unknown;
  conclusion.eachRow((row) => {
    if (row.getCell(3).value === t("ru", "wb.label.A")) total = row.getCell(6).value;
  });
  expect(total).toBeCloseTo(result.A, 9);
  // The selected cell is the copy's active cell, on its sheet.
  const active = workbook.worksheets[workbook.views[0].activeTab ?? 0];
  expect(active.name).toBe(ref.sheet);

  const again = await openWorkbookFile(new File([bytes as BlobPart], opened.downloadName));
  expect(again.downloadName).toBe("zhambyl-oblast-bagalau-2.xlsx");
  expect((await again.app.score()).result.A).toBeCloseTo(result.A, 9);
});

test("refused like the CLI: not a workbook, a password, a zip without a workbook, unreadable, no BAGALAU sheets", async () => {
  expect(await refusalOf(new File(["%PDF-1.4"], "report.xlsx"))).toBe("notXlsx");
  expect(await refusalOf(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], "locked.xlsx"))).toBe(
    "encrypted",
  );
  const archive = new JSZip();
  archive.file("readme.txt", "not a workbook");
  expect(await refusalOf(new File([(await archive.generateAsync({ type: "uint8array" })) as BlobPart], "archive.xlsx"))).toBe("zipNotXlsx");
  const broken = new JSZip();
  broken.file("xl/workbook.xml", "this is not XML <<<");
  expect(await refusalOf(new File([(await broken.generateAsync({ type: "uint8array" })) as BlobPart], "broken.xlsx"))).toBe("corrupt");
  const plain = new ExcelJS.Workbook();
  plain.addWorksheet("Data").getCell("A1").value = 1;
  expect(await refusalOf(new File([await plain.xlsx.writeBuffer()], "plain.xlsx"))).toBe("noBagalauSheets");
});

test("the refusal as the pane says it: the file's name, the CLI's reason, and for no BAGALAU sheets what to do instead", () => {
  expect(openFailureText("en", "a.xlsx", new XlsxRefused("encrypted"))).toBe(`Cannot open “a.xlsx”: ${t("en", "wb.refusal.encrypted")}.`);
  expect(openFailureText("kk", "a.xlsx", tooLargeRefusal())).toBe(
    t("kk", "file.refused", { name: "a.xlsx", reason: t("kk", "wb.refusal.tooLarge", { limit: 100 }) }),
  );
  expect(openFailureText("ru", "a.xlsx", new XlsxRefused("noBagalauSheets"))).toBe(
    `${t("ru", "file.refused", { name: "a.xlsx", reason: t("ru", "wb.refusal.noBagalauSheets") })} ${t("ru", "file.refused.tryNew")}`,
  );
  // Anything else the reader stumbles on is a damaged workbook; a chunk that did not load says so.
  expect(openFailureText("en", "a.xlsx", new TypeError("x is undefined"))).toBe(`Cannot open “a.xlsx”: ${t("en", "wb.refusal.corrupt")}.`);
  expect(openFailureText("en", "a.xlsx", new FileModeUnavailable("Loading chunk failed"))).toBe(
    t("en", "file.loadFailed", { detail: "Loading chunk failed" }),
  );
});

test("a new empty workbook takes the templates and downloads as bagalau.xlsx", async () => {
  const created = await newWorkbookFile();
  expect(created.fileName).toBeUndefined();
  expect(created.downloadName).toBe("bagalau.xlsx");
  const report = await created.app.insertTemplates({
    kind: "local",
    period: "2023",
    bodyName: "Test oblast",
    lang: "kk",
    onlyMissing: false,
  });
  expect(report.inserted).toHaveLength(inputRoles("local").length);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await created.toBytes()) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.map(sheetRoleOf).filter(Boolean)).toEqual(expect.arrayContaining(inputRoles("local")));
});
