// The structure actions inside Excel (ExcelPort.editRows over the fake's Insert/Delete with shift): the cells and
// tables the file-mode port leaves, in the same syncs at 10 and 1,000 indicator rows, at most 3 per action.

import type { BagalauApp, StructureChange } from "../../src/app/api";
import { createBagalauApp } from "../../src/app/bagalau-app";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import { rectAddress } from "../../src/app/cell-blocks";
import { tableModels } from "../../src/workbook/exceljs-internals";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { filledSheets } from "../../src/workbook/workbook-services";
import { newWorkbook } from "../../src/workbook/xlsx-files";
import { evaluationWithRows, harness } from "./excel-harness";

jest.setTimeout(120_000);

const CHANGES: StructureChange[] = [
  { type: "addGoal" },
  { type: "addTask", goal: 1 },
  { type: "addRow", goal: 1 },
  { type: "addRow", goal: 1, task: 0 },
  { type: "addRow", goal: 0, task: 0 },
  { type: "removeRow", goal: 1 },
  { type: "addTask", goal: 0 },
  { type: "removeTask", goal: 0, task: 0 },
  { type: "removeGoal", goal: 0 },
];

const GOALS = sheetName("goals", "central", "kk");

/** The goals sheet as text, row by row: each cell's formula ("=…") or value (the fake computes no formula). */
function excelCells(book: ReturnType<typeof harness>["book"]): string[] {
  const sheet = book.sheet(GOALS);
  if (!sheet) return [];
  const out: string[] = [];
  for (const [key, cell] of sheet.cells) {
    const text = cell.formula ?? (cell.value === null ? "" : String(cell.value));
    if (text !== "") out.push(`${key}:${text}`);
  }
  return out.sort();
}

function fileCells(port: XlsxWorkbookPort): string[] {
  const ws = port.workbook.getWorksheet(GOALS);
  const out: string[] = [];
  const spilled = new Set<string>();
  ws?.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value as { shareType?: string; ref?: string } | null;
      if (value?.shareType !== "array" || !value.ref) return;
      const [, last] = value.ref.split(":");
      for (let r = Number(cell.row) + 1; last && r <= Number(ws.getCell(last).row); r++)
        spilled.add(`${cell.address.replace(/\d+$/, "")}${r}`);
    }),
  );
  ws?.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged area's value is its first cell's; ExcelJS stores the add-in's functions under _xldudf_ names.
      if (cell.isMerged && cell.master !== cell) return;
      // A dynamic array's spilled cells hold cached results the fake (which computes no formula) does not hold:
      // its anchor formula is compared here, and the core's achievement per row is tested in test/live.
      if (spilled.has(cell.address)) return;
      const formula = cell.formula && `=${cell.formula.replace(/_xldudf_([A-Z]+)_/g, "$1.")}`;
      const text = formula || (cell.value === null || cell.value === undefined ? "" : String(cell.value));
      if (text !== "") out.push(`${r},${c}:${text}`);
    }),
  );
  return out.sort();
}

const SYNCS = new Map<number, Record<string, { edit: number; action: number }>>();

/** Every table of the workbook: its name and range. */
function excelTables(book: ReturnType<typeof harness>["book"]): string[] {
  return book
    .tables()
    .map(({ table, sheet }) => `${sheet.name}!${table.name}:${rectAddress(table.rect)}`)
    .sort();
}

function fileTables(port: XlsxWorkbookPort): string[] {
  return port.workbook.worksheets.flatMap((ws) => tableModels(ws).map((t) => `${ws.name}!${t.name}:${t.tableRef}`)).sort();
}

describe.each([10, 1_000])("a workbook with %i indicator rows", (rows) => {
  const { evaluation, result } = evaluationWithRows(rows);
  const sheets = filledSheets(evaluation, result, "kk");
  const h = harness();
  const file = new XlsxWorkbookPort(newWorkbook(sheets));
  const fileApp: BagalauApp = createBagalauApp(file);
  const counts: Record<string, { edit: number; action: number }> = {};
  SYNCS.set(rows, counts);
  let editSyncs = -1;
  let app: BagalauApp = h.app;

  beforeAll(async () => {
    await h.port.writeSheets(sheets, []);
    // The syncs of the edit itself, inside the action (which reads the sheet before and after it).
    const editRows = h.port.editRows.bind(h.port);
    jest.spyOn(h.port, "editRows").mockImplementation(async (edit) => {
      editSyncs = (await h.syncsOf(() => editRows(edit))).syncs;
    });
    app = createBagalauApp(h.port);
  });

  test.each(CHANGES.map((change, i) => [i, change.type, change] as const))(
    "%i %s: as the file-mode port, at most 3 syncs",
    async (i, type, change) => {
      const expected = await fileApp.changeStructure(change);
      expect(expected.refused).toBeUndefined();
      editSyncs = -1;
      const { value, syncs } = await h.syncsOf(() => app.changeStructure(change));
      expect(value).toEqual(expected);
      expect(excelCells(h.book)).toEqual(fileCells(file));
      expect(excelTables(h.book)).toEqual(fileTables(file));
      expect(editSyncs).toBeGreaterThanOrEqual(1);
      expect(editSyncs).toBeLessThanOrEqual(3);
      // The whole action: the read before, the edit; the outline it gives is what a read after finds.
      expect(syncs).toBeLessThanOrEqual(3);
      expect(await app.outline()).toEqual(value.outline);
      counts[`${i} ${type}`] = { edit: editSyncs, action: syncs };
    },
  );
});

test("each action takes the same syncs with 10 and 1,000 indicator rows", () => {
  expect(Object.keys(SYNCS.get(10) ?? {})).toHaveLength(CHANGES.length);
  expect(SYNCS.get(1_000)).toEqual(SYNCS.get(10));
});
