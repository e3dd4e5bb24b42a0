// What a planner does to the goals sheet by hand, on an ExcelJS workbook as Excel does it: rows inserted
// inside a table, and a block of rows copied and inserted below (formulas shifted, tables renamed), and the
// live score cells (K, Y, X of each goal; A, B, C, D, E, W) compared with the core's score of the workbook read back.

import ExcelJS from "exceljs";
import type { Result } from "../../src/core";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import { dataValidationModel, mergedAreas, tableModels, tableNames } from "../../src/workbook/exceljs-internals";
import { shiftFormula } from "../../src/workbook/formula-references";
import { BLOCK_COLUMN, MARKER_COLUMN, blockMarker } from "../../src/workbook/layout";
import { sheetRoleOf } from "../../src/workbook/xlsx-files";
import { moveSheetRows } from "../../src/workbook/xlsx-row-shift";
import { workbookBytes } from "../../src/workbook/xlsx-package/write-package";
import { scoreGrids } from "../../src/workbook/workbook-services";
import type { BuiltFunctions } from "./built-functions";
import { liveWorkbook, sameValue } from "./live-cells";
import type { ModelValue } from "./xlsx-model";

/** The goals sheet's block columns: A (markers) to the last column of a goal row. */
export const BLOCK_LAST_COLUMN = BLOCK_COLUMN.x;

export function sheetOfRole(workbook: ExcelJS.Workbook, role: string): ExcelJS.Worksheet {
  const ws = workbook.worksheets.find((w) => sheetRoleOf(w) === role);
  if (!ws) throw new Error(`no ${role} sheet`);
  return ws;
}

/** The rows of the goals sheet whose marker is `marker`, top to bottom. */
export function markerRows(ws: ExcelJS.Worksheet, marker: string): number[] {
  const rows: number[] = [];
  for (let row = 1; row <= ws.rowCount; row++) if (ws.getCell(row, MARKER_COLUMN).value === marker) rows.push(row);
  return rows;
}

/** The last row of the goal block starting at `goalRow`: the row before the next goal, or the sheet's last row. */
export function goalBlockEnd(ws: ExcelJS.Worksheet, goalRow: number): number {
  const next = markerRows(ws, blockMarker("goal")).find((row) => row > goalRow);
  return (next ?? ws.rowCount + 1) - 1;
}

/**
 * Rows `from`..`to` copied and inserted at row `at` below them (Excel's Copy, then Insert Copied Cells):
 * cells with formulas shifted as a copy shifts them, merges and drop-downs of the rows repeated, and each
 * table wholly inside the rows copied as a new table under the next free name (BG_G1_IND → BG_G1_IND2).
 */
export function copyRowsBelow(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, from: number, to: number, at: number): void {
  if (at <= to) throw new Error("a copy is inserted below its rows");
  const count = to - from + 1;
  const offset = at - from;
  const inRows = (top: number, bottom: number) => top >= from && bottom <= to;
  const merges = mergedAreas(ws).filter((m) => inRows(m.top, m.bottom));
  const tables = tableModels(ws)
    .map((t) => ({ name: t.name, ref: t.tableRef }))
    .filter((t) => {
      const [, top, , bottom] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(t.ref)!.map(Number);
      return inRows(top, bottom);
    });
  const validations = Object.entries(dataValidationModel(ws)).filter(([range]) => {
    const rows = range.match(/\d+/g)!.map(Number);
    return inRows(Math.min(...rows), Math.max(...rows));
  });
  moveSheetRows(workbook, ws, { at, count }, BLOCK_LAST_COLUMN);
  for (let row = from; row <= to; row++) {
    for (let column = 1; column <= BLOCK_LAST_COLUMN; column++) {
      const source = ws.getCell(row, column);
      const target = ws.getCell(row + offset, column);
      const formula = source.formula;
      target.value = formula ? { formula: shiftFormula(formula, offset, 0) } : source.value;
      target.style = source.style;
    }
  }
  for (const m of merges) ws.mergeCells(m.top + offset, m.left, m.bottom + offset, m.right);
  const shiftRange = (range: string) => range.replace(/(\d+)/g, (n) => String(Number(n) + offset));
  for (const [range, validation] of validations) if (validation) dataValidationModel(ws)[shiftRange(range)] = validation;
  const taken = new Set(workbook.worksheets.flatMap((sheet) => tableNames(sheet).map((name) => name.toLowerCase())));
  for (const table of tables) {
    let k = 2;
    while (taken.has(`${table.name}${k}`.toLowerCase())) k++;
    const name = `${table.name}${k}`;
    taken.add(name.toLowerCase());
    const [first, last] = shiftRange(table.ref).split(":");
    const top = ws.getCell(first);
    const bottom = ws.getCell(last);
    const columns: { name: string }[] = [];
    for (let c = Number(top.col); c <= Number(bottom.col); c++) columns.push({ name: String(ws.getCell(Number(top.row), c).value) });
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = Number(top.row) + 1; r <= Number(bottom.row); r++)
      rows.push(columns.map((_, i) => ws.getCell(r, Number(top.col) + i).value));
    ws.addTable({ name, ref: first, headerRow: true, totalsRow: false, columns, rows });
  }
}

/** A live cell that differs from the core's number for it. */
export interface ScoreMismatch {
  what: string;
  core: ModelValue;
  live: ModelValue;
}

const blankAsEmpty = (value: number | null | undefined): ModelValue => (value === null || value === undefined ? "" : value);

/**
 * The workbook recalculated with the built functions, and its score cells compared with the core's score of
 * the workbook as the reader reads it: each goal's K, Y and X, and B, C, D, E, W and A of the score sheet.
 */
export async function scoreMismatches(
  workbook: ExcelJS.Workbook,
  functions: BuiltFunctions,
): Promise<{ mismatches: ScoreMismatch[]; result: Result }> {
  const bytes = await workbookBytes(workbook);
  const { result } = scoreGrids(await (await XlsxWorkbookPort.fromBytes(bytes)).readGrids());
  const live = await liveWorkbook(bytes, functions, "null");
  const mismatches: ScoreMismatch[] = [];
  const check = (what: string, core: ModelValue, value: ModelValue) => {
    if (!sameValue(core, value)) mismatches.push({ what, core, live: value });
  };
  const goals = sheetOfRole(workbook, "goals");
  const goalRows = markerRows(goals, blockMarker("goal"));
  check("goals", result.goals.length, goalRows.length);
  goalRows.forEach((row, i) => {
    const score = result.goals[i];
    const value = (column: number) => live.recalculated.value(goals.name, row, column);
    check(`K${i + 1}`, score?.K ?? { error: "#N/A" }, value(BLOCK_COLUMN.coefficient));
    check(`Y${i + 1}`, score?.Y ?? 1, value(BLOCK_COLUMN.y));
    check(`X${i + 1}`, blankAsEmpty(score?.X), value(BLOCK_COLUMN.x));
  });
  const body = sheetOfRole(workbook, "body");
  const model = live.model.sheets.find((sheet) => sheet.name === body.name)!;
  const byFormula = (start: string) => {
    for (const [key, cell] of model.cells) {
      if (cell.formula?.replace(/^_xldudf_BAGALAU_/, "BAGALAU.").startsWith(start)) {
        const [row, column] = key.split(",").map(Number);
        return live.recalculated.value(body.name, row, column);
      }
    }
    return undefined;
  };
  check("A", result.A, byFormula("BAGALAU.SCORE(") ?? null);
  check("W", result.W.total, byFormula("BAGALAU.PENALTY(") ?? null);
  check("B", result.criteria.B.coefficient, byFormula("BAGALAU.QUALITY(") ?? null);
  check("D", result.criteria.D.coefficient, byFormula("IFERROR(AVERAGEIF(") ?? null);
  if (result.criteria.C) check("C", result.criteria.C.coefficient, byFormula("BAGALAU.RISK(") ?? null);
  if (result.criteria.E) check("E", result.criteria.E.coefficient, byFormula("BAGALAU.INDEX(") ?? null);
  return { mismatches, result };
}
