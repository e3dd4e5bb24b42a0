// The sheets of an .xlsx plan (an ExcelJS workbook, in Node or in the browser) as plan grids: cell values
// as written, and every cell of a merged range holding the range's text (a period heading over its years).

import type { Workbook, Worksheet } from "exceljs";
import { MAX_GRID_COLUMNS, plainValue } from "../xlsx-sheets";
import { columnNumber } from "../sheet-spec";
import type { PlanCell, PlanGrid } from "./plan-grid";

function planCell(value: ReturnType<typeof plainValue>): PlanCell {
  if (value === null || typeof value === "number" || typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return String(value);
  return null;
}

/** A1:B2 as 0-based bounds, or null for what is not a range. */
function rangeBounds(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range.trim());
  if (!match) return null;
  const top = Number(match[2]) - 1;
  const left = columnNumber(match[1]) - 1;
  return { top, left, bottom: match[4] ? Number(match[4]) - 1 : top, right: match[3] ? columnNumber(match[3]) - 1 : left };
}

export function sheetPlanGrid(ws: Worksheet): PlanGrid {
  const rows: PlanCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: PlanCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column <= MAX_GRID_COLUMNS) cells[column - 1] = planCell(plainValue(cell.value));
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  for (const merge of merges) {
    const bounds = rangeBounds(merge);
    if (!bounds) continue;
    const value = rows[bounds.top]?.[bounds.left] ?? null;
    for (let r = bounds.top; r <= bounds.bottom && r < rows.length; r++) {
      for (let c = bounds.left; c <= Math.min(bounds.right, MAX_GRID_COLUMNS - 1); c++) rows[r][c] = value;
      for (let c = 0; c < rows[r].length; c++) rows[r][c] ??= null;
    }
  }
  return { kind: "sheet", name: ws.name, rows, mergesExpanded: true };
}

/** Every worksheet of a workbook as a plan grid, in workbook order. */
export function workbookPlanGrids(workbook: Workbook): PlanGrid[] {
  return workbook.worksheets.map(sheetPlanGrid);
}
