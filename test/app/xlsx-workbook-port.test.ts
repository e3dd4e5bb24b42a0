// The XlsxWorkbookPort (the browser's file mode): templates inserted beside a user's own sheet without
// touching it, highlights cleared back to each cell's own fill and note, the conclusion regenerated in
// place of its own sheets only, and the state carried through the saved .xlsx bytes.

import ExcelJS from "exceljs";
import { createBagalauApp } from "../../src/app/bagalau-app";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import { STATE_SHEET_NAME } from "../../src/app/workbook-state";
import { filledSheets } from "../../src/workbook/workbook-services";
import { sheetName, inputRoles } from "../../src/workbook/templates/sheet-names";
import { HIGHLIGHT_FILLS } from "../../src/workbook/xlsx-sheets";
import { evaluationWithRows } from "./excel-harness";

/** A workbook as a user brings it: a sheet of their own with values, a formula, a fill and a note. */
function usersWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Budget");
  ws.getCell("A1").value = "Item";
  ws.getCell("B1").value = 1200;
  ws.getCell("B2").value = { formula: "B1*2", result: 2400 };
  ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  ws.getCell("A2").note = "my note";
  return workbook;
}

function snapshot(ws: ExcelJS.Worksheet): unknown[] {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, cell.fill ?? null, cell.note ?? null])),
  );
  return cells;
}

/** A round trip through the file: written as .xlsx bytes (charts included) and opened again. */
async function reopened(port: XlsxWorkbookPort): Promise<XlsxWorkbookPort> {
  return XlsxWorkbookPort.fromBytes(await port.toBytes());
}

test("templates are inserted beside the user's sheet, which is left exactly as it was", async () => {
  const workbook = usersWorkbook();
  const before = snapshot(workbook.getWorksheet("Budget")!);
  const port = new XlsxWorkbookPort(workbook);
  const app = createBagalauApp(port);
  const report = await app.insertTemplates({ kind: "local", lang: "ru", onlyMissing: false, bodyName: "Акимат области", period: "2024" });
  const names = inputRoles("local").map((role) => sheetName(role, "local", "ru"));
  expect(report).toEqual({ inserted: names, existing: [] });
  expect(await port.sheetNames()).toEqual(["Budget", ...names]);
  expect(snapshot(workbook.getWorksheet("Budget")!)).toEqual(before);
  // Asked again: the templates are there, so nothing is inserted until only the missing ones are asked for.
  expect(await app.insertTemplates({ kind: "local", lang: "ru", onlyMissing: false })).toEqual({
    inserted: [],
    existing: inputRoles("local"),
  });
  const again = await reopened(port);
  expect(snapshot(again.workbook.getWorksheet("Budget")!)).toEqual(before);
  const scored = await createBagalauApp(again).score();
  expect(scored.reading.evaluation.body).toMatchObject({ name: "Акимат области", period: "2024", kind: "local" });
});

test("check highlights, and clearing gives each cell its own fill and note back exactly, also after a save", async () => {
  const { evaluation, result } = evaluationWithRows(6);
  const first = XlsxWorkbookPort.empty();
  await first.writeSheets(filledSheets(evaluation, result, "en"), []);
  // Saved and reopened, as a file the user brings: its notes come back as ExcelJS rich-text notes.
  const port = await reopened(first);
  const goals = port.workbook.getWorksheet(sheetName("goals", "central", "en"))!;
  const app = createBagalauApp(port);
  const checked = await app.check("en", "2024-03-01");
  const missing = checked.issues.filter((i) => i.code === "FACT_MISSING");
  expect(missing).toHaveLength(2);
  await app.clearHighlights();

  const [own, plain] = missing.map((i) => goals.getCell(i.ref!.row, i.ref!.column));
  own.style = {
    ...own.style,
    fill: { type: "pattern", pattern: "darkGray", fgColor: { argb: "FF00FF00" }, bgColor: { argb: "FFFF0000" } },
  };
  own.note = { texts: [{ text: "Checked ", font: { bold: true } }, { text: "by hand" }] };
  const saved = await reopened(port);
  const savedGoals = saved.workbook.getWorksheet(goals.name)!;
  const ownBefore = {
    fill: structuredClone(savedGoals.getCell(own.address).fill),
    note: structuredClone(savedGoals.getCell(own.address).note),
    style: structuredClone(savedGoals.getCell(own.address).style),
  };
  const plainBefore = { fill: savedGoals.getCell(plain.address).fill, note: savedGoals.getCell(plain.address).note };

  const savedApp = createBagalauApp(saved);
  await savedApp.check("en", "2024-03-01");
  const ownNow = savedGoals.getCell(own.address);
  expect(ownNow.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: HIGHLIGHT_FILLS[missing[0].severity] } });
  expect(JSON.stringify(ownNow.note)).toContain("by hand");
  expect(JSON.stringify(ownNow.note)).toContain(missing[0].message.slice(0, 20));
  // The cell's messages in one note: the issue, and the required element the "incomplete" deduction names.
  const lines = String(savedGoals.getCell(plain.address).note).split("\n");
  expect(lines[0]).toBe(missing[1].message);
  expect(lines).toHaveLength(2);
  // The highlights survive a save, and are cleared from the reopened file.
  const afterSave = await reopened(saved);
  await createBagalauApp(afterSave).clearHighlights();
  const restored = afterSave.workbook.getWorksheet(goals.name)!;
  expect(restored.getCell(own.address).fill).toEqual(ownBefore.fill);
  expect(restored.getCell(own.address).note).toEqual(ownBefore.note);
  expect(restored.getCell(own.address).style).toEqual(ownBefore.style);
  expect(restored.getCell(plain.address).fill).toEqual(plainBefore.fill);
  expect(restored.getCell(plain.address).note).toEqual(plainBefore.note);
  expect(plainBefore.note).toBeUndefined();
});

test("generating the conclusion twice replaces only its own sheets, found by their marker in any language", async () => {
  const { evaluation, result } = evaluationWithRows(4);
  const workbook = usersWorkbook();
  const port = new XlsxWorkbookPort(workbook);
  await port.writeSheets(filledSheets(evaluation, result, "kk"), []);
  const app = createBagalauApp(port);
  const kk = await app.generateConclusion("kk");
  expect(kk.sheets).toEqual(["conclusion", "act", "disagreements"].map((role) => sheetName(role as "conclusion", "central", "kk")));
  expect(kk.result.A).toBeCloseTo(result.A, 10);
  const before = await port.sheetNames();
  const en = await app.generateConclusion("en");
  const after = await port.sheetNames();
  expect(after).toEqual([...before.filter((name) => !kk.sheets.includes(name)), ...en.sheets]);
  expect(after.filter((name) => name === "Budget")).toHaveLength(1);
  expect((await app.state()).ownedSheets).toMatchObject({ conclusion: en.sheets[0], act: en.sheets[1], disagreements: en.sheets[2] });
  // The written file opens with one chart, on the new conclusion.
  const bytes = await port.toBytes();
  const zip = await (await import("jszip")).default.loadAsync(bytes);
  expect(Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(1);
});

test("the state survives writing the file and loading it again, in a sheet no reader sees", async () => {
  const port = new XlsxWorkbookPort(usersWorkbook());
  const app = createBagalauApp(port);
  const long = "x".repeat(70_000);
  await app.saveState({
    lang: "en",
    kind: "central",
    bodyKey: "ministryOfFinance",
    period: long,
    profile: { weights: { B: 0.2, C: 0.1, D: 0.7 } },
  });
  const again = await reopened(port);
  expect(await createBagalauApp(again).state()).toEqual({
    lang: "en",
    kind: "central",
    bodyKey: "ministryOfFinance",
    period: long,
    profile: { weights: { B: 0.2, C: 0.1, D: 0.7 } },
  });
  expect(again.workbook.getWorksheet(STATE_SHEET_NAME)!.state).toBe("veryHidden");
  expect(await again.sheetNames()).toEqual(["Budget"]);
  expect((await again.readGrids()).map((g) => g.name)).toEqual(["Budget"]);
});

test("a sheet name that is taken is refused with Excel's code, and select names the cell", async () => {
  const port = new XlsxWorkbookPort(usersWorkbook());
  await expect(
    port.writeSheets([{ ...filledSheets(evaluationWithRows(1).evaluation, evaluationWithRows(1).result, "en")[0], name: "budget" }], []),
  ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  await port.select({ sheet: "budget", row: 2, column: 1 });
  expect(port.selected).toEqual({ sheet: "Budget", row: 2, column: 1 });
  await expect(port.select({ sheet: "Nope", row: 1, column: 1 })).rejects.toMatchObject({ code: "ItemNotFound" });
});
