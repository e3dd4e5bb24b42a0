// Data safety in the browser's file mode (the XlsxWorkbookPort over ExcelJS): every action of BagalauApp
// leaves the user's sheets, the cells they typed beside the templates' tables, their workbook names and
// the order of their sheets exactly as they were — in memory, and in the .xlsx the pane lets them download.
// The same rules as inside Excel (data-safety.test.ts): a sheet is BAGALAU's by its column-A marker only.

import ExcelJS from "exceljs";
import type { BagalauApp } from "../../src/app/api";
import { createBagalauApp } from "../../src/app/bagalau-app";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import { filledSheets } from "../../src/workbook/workbook-services";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { ACTION_NAMES, ACTIONS, TODAY } from "./data-safety-actions";
import { addUsersSheet, besideSnapshot, isBagalauSheet, sheetSnapshot, typeBeside, usersNames } from "./data-safety-xlsx";
import { evaluationWithRows } from "./excel-harness";

const USER_SHEETS = ["Budget", "Notes 2024", sheetName("conclusion", "central", "en"), "Zeta"];
const BESIDE_SHEETS = ["goals", "quality", "risks"].map((role) => sheetName(role as "goals", "central", "en"));

/** The user's workbook as it is opened in the browser: saved as .xlsx and loaded again. */
async function usersWorkbook(): Promise<{ port: XlsxWorkbookPort; app: BagalauApp }> {
  const workbook = new ExcelJS.Workbook();
  addUsersSheet(workbook, "Budget");
  const writer = new XlsxWorkbookPort(workbook);
  const { evaluation, result } = evaluationWithRows(6);
  await writer.writeSheets(filledSheets(evaluation, result, "en"), []);
  for (const name of USER_SHEETS.slice(1)) addUsersSheet(workbook, name);
  for (const name of BESIDE_SHEETS) typeBeside(workbook.getWorksheet(name)!);
  const port = await XlsxWorkbookPort.fromBytes(await writer.toBytes());
  expect(port.workbook.worksheets.filter((ws) => !isBagalauSheet(ws)).map((ws) => ws.name)).toEqual(USER_SHEETS);
  return { port, app: createBagalauApp(port) };
}

function usersSnapshot(workbook: ExcelJS.Workbook): unknown {
  return {
    sheets: USER_SHEETS.map((name) => sheetSnapshot(workbook.getWorksheet(name)!)),
    beside: BESIDE_SHEETS.map((name) => besideSnapshot(workbook.getWorksheet(name)!)),
    names: usersNames(workbook),
  };
}

function deleteSheet(port: XlsxWorkbookPort, name: string): void {
  port.workbook.removeWorksheet(port.workbook.getWorksheet(name)!.id);
}

test("the actions' table names every member of the app over an .xlsx", async () => {
  const { app } = await usersWorkbook();
  expect(Object.keys(app).sort()).toEqual([...ACTION_NAMES].filter((name) => name !== "onChange").sort());
});

test.each(ACTION_NAMES)("%s leaves the user's content as it was, in memory and in the downloaded file", async (action) => {
  const { port, app } = await usersWorkbook();
  const before = usersSnapshot(port.workbook);
  if (action !== "check") await app.check("en", TODAY);
  await ACTIONS[action](app, { deleteSheet: (name) => deleteSheet(port, name) });
  expect(usersSnapshot(port.workbook)).toEqual(before);
  const saved = await XlsxWorkbookPort.fromBytes(await port.toBytes());
  expect(usersSnapshot(saved.workbook)).toEqual(before);
  // The user's sheets keep their relative order.
  expect(saved.workbook.worksheets.map((ws) => ws.name).filter((name) => USER_SHEETS.includes(name))).toEqual(USER_SHEETS);
});

test("every action twice over, then the file saved: the user's content is byte for byte what ExcelJS read", async () => {
  const { port, app } = await usersWorkbook();
  const before = usersSnapshot(port.workbook);
  for (let round = 0; round < 2; round++)
    for (const action of ACTION_NAMES) await ACTIONS[action](app, { deleteSheet: (name) => deleteSheet(port, name) });
  const saved = await XlsxWorkbookPort.fromBytes(await port.toBytes());
  expect(usersSnapshot(saved.workbook)).toEqual(before);
});

test("a copy of the conclusion the user made (with or without the marker) survives regenerating it", async () => {
  const { port, app } = await usersWorkbook();
  const first = await app.generateConclusion("en");
  expect(first.sheets[0]).toBe(`${sheetName("conclusion", "central", "en")} (2)`);
  const original = port.workbook.getWorksheet(first.sheets[0])!;
  const copies = [port.workbook.addWorksheet("As sent (marker)"), port.workbook.addWorksheet("As sent (values)")];
  original.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      copies[0].getCell(r, c).value = cell.value;
      if (c > 1) copies[1].getCell(r, c).value = cell.value;
    }),
  );
  const kept = copies.map(sheetSnapshot);
  const second = await app.generateConclusion("en");
  expect(second.sheets).toEqual(first.sheets);
  expect(copies.map((ws) => sheetSnapshot(port.workbook.getWorksheet(ws.name)!))).toEqual(kept);
});

test("clearing gives back a rich note the user extended after the check, and the cell's own fill", async () => {
  const { port: first, app: firstApp } = await usersWorkbook();
  const issues = (await firstApp.check("en", TODAY)).issues.filter((i) => i.ref);
  const refs = issues.map((i) => i.ref!);
  const messageOf = (ref: (typeof refs)[number]) => issues.find((i) => i.ref === ref)!.message;
  await firstApp.clearHighlights();
  // Saved and opened again: the notes BAGALAU writes come back as ExcelJS rich-text notes.
  const port = await XlsxWorkbookPort.fromBytes(await first.toBytes());
  const app = createBagalauApp(port);
  const [edited, untouched] = refs;
  const cellOf = (ref: (typeof refs)[number]) => port.workbook.getWorksheet(ref.sheet)!.getCell(ref.row, ref.column);
  const fills = refs.map((ref) => structuredClone(cellOf(ref).fill));
  await app.check("en", TODAY);
  const reopened = await XlsxWorkbookPort.fromBytes(await port.toBytes());
  const reopenedCell = (ref: (typeof refs)[number]) => reopened.workbook.getWorksheet(ref.sheet)!.getCell(ref.row, ref.column);
  const text = (note: unknown) =>
    typeof note === "string" ? note : (note as { texts: { text: string }[] }).texts.map((t) => t.text).join("");
  const note = reopenedCell(edited).note as unknown;
  expect(text(note)).toContain(messageOf(edited));
  // The user answers in BAGALAU's note (plain or rich, as ExcelJS read it) and types a value.
  reopenedCell(edited).note = (
    typeof note === "string"
      ? `${note}\nanswered`
      : { ...(note as object), texts: [...(note as { texts: object[] }).texts, { text: "\nanswered" }] }
  ) as ExcelJS.Comment;
  reopenedCell(edited).value = "typed after the check";
  expect(reopenedCell(untouched).note).toBeDefined();
  await createBagalauApp(reopened).clearHighlights();
  expect(text(reopenedCell(edited).note)).toMatch(/\nanswered$/);
  expect(reopenedCell(edited).value).toBe("typed after the check");
  expect(refs.map((ref) => reopenedCell(ref).fill)).toEqual(fills);
  expect(reopenedCell(untouched).note).toBeUndefined();
});
