// Cells inserted into and deleted from the left columns of an ExcelJS sheet as Excel's Insert and Delete
// (shift cells down/up) do it: values, styles, notes, merges, tables, validations, conditional formats and
// the references of formulas on every sheet and of workbook names move; what lies right of the columns stays.

import type ExcelJS from "exceljs";
import {
  conditionalFormats,
  dataValidationModel,
  definedNameEntries,
  mergedAreas,
  removeNote,
  removeTable,
  setDefinedNameEntries,
  tableModels,
} from "./exceljs-internals";
import { columnLetters, mapReferences, type A1Reference } from "./formula-references";

/** `count` rows inserted before row `at` (count > 0), or -count rows deleted from row `at` (count < 0). */
export interface RowMove {
  at: number;
  count: number;
}

interface Span {
  top: number;
  bottom: number;
}

/** Rows top..bottom after the move; null when every one of them was deleted. A span reaching `at` from above grows. */
export function movedSpan({ top, bottom }: Span, { at, count }: RowMove): Span | null {
  if (count >= 0) return { top: top >= at ? top + count : top, bottom: bottom >= at ? bottom + count : bottom };
  const last = at - count - 1;
  if (top >= at && bottom <= last) return null;
  const up = (row: number, isBottom: boolean) => (row < at ? row : row > last ? row + count : isBottom ? at - 1 : at);
  return { top: up(top, false), bottom: up(bottom, true) };
}

interface Rect extends Span {
  left: number;
  right: number;
}

const RANGE = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/;

function columnNumber(letters: string): number {
  return letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function parseRect(ref: string): Rect | undefined {
  const m = RANGE.exec(ref.trim());
  if (!m) return undefined;
  return { top: Number(m[2]), left: columnNumber(m[1]), bottom: Number(m[4] ?? m[2]), right: columnNumber(m[3] ?? m[1]) };
}

function rectText(r: Rect): string {
  const a = `${columnLetters(r.left)}${r.top}`;
  const b = `${columnLetters(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/** Whether a range is moved at all: it lies in the columns and reaches the rows from `at` down. */
function touched(r: Rect, move: RowMove, lastColumn: number): boolean {
  return r.left <= lastColumn && r.bottom >= move.at;
}

/** A range after the move: undefined when it is not touched, null when deleted. */
function movedRect(ref: string, move: RowMove, lastColumn: number): string | null | undefined {
  const r = parseRect(ref);
  if (!r || !touched(r, move, lastColumn) || r.right > lastColumn) return undefined;
  const span = movedSpan(r, move);
  return span && rectText({ ...r, ...span });
}

/** A reference after the move when it points into the moved columns of `sheet` (whole columns and rows stay). */
function movedReference(r: A1Reference, formulaSheet: string | undefined, sheet: string, move: RowMove, lastColumn: number): A1Reference {
  if ((r.sheet ?? formulaSheet)?.toLowerCase() !== sheet.toLowerCase()) return r;
  const end = r.end ?? r.start;
  const { row: top } = r.start;
  const { row: bottom } = end;
  if (top === undefined || bottom === undefined || r.start.column === undefined || end.column === undefined) return r;
  if (Math.max(r.start.column, end.column) > lastColumn) return r;
  const span = movedSpan({ top: Math.min(top, bottom), bottom: Math.max(top, bottom) }, move);
  const [newTop, newBottom] = span ? [span.top, span.bottom] : [0, 0];
  return { ...r, start: { ...r.start, row: newTop }, ...(r.end ? { end: { ...r.end, row: newBottom } } : {}) };
}

/** A formula of `formulaSheet` (undefined: a workbook name) with its references moved. */
export function movedFormula(formula: string, formulaSheet: string | undefined, sheet: string, move: RowMove, lastColumn: number): string {
  return mapReferences(formula, (r) => movedReference(r, formulaSheet, sheet, move, lastColumn));
}

function copyCell(from: ExcelJS.Cell, to: ExcelJS.Cell): void {
  to.value = from.value;
  to.style = from.style;
  const note = from.note as ExcelJS.Comment | string | undefined;
  if (note !== undefined) to.note = note;
  else removeNote(to);
}

function clearCell(cell: ExcelJS.Cell): void {
  cell.value = null;
  cell.style = {};
  removeNote(cell);
}

/**
 * Moves the cells of columns 1..lastColumn of `ws` from row `at` down by `move.count` rows (up when negative,
 * the deleted rows' cells dropped), as Excel's Insert/Delete › Shift cells. A merge or table reaching across
 * lastColumn below `at` is refused (Excel refuses it too) before anything moves.
 */
export function moveSheetRows(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, move: RowMove, lastColumn: number): void {
  if (move.count === 0) return;
  const merges = mergedAreas(ws).filter((m) => touched(m, move, lastColumn));
  const tables = tableModels(ws).filter((t) => {
    const r = parseRect(t.tableRef);
    return r !== undefined && touched(r, move, lastColumn);
  });
  const across = [
    ...merges.filter((m) => m.right > lastColumn).map((m) => rectText(m)),
    ...tables.filter((t) => (parseRect(t.tableRef) as Rect).right > lastColumn).map((t) => t.tableRef),
  ];
  if (across.length > 0) throw new Error(`${ws.name}: ${across.join(", ")} reach past the moved columns`);
  // Every formula, on every sheet, refers to the cells where they will be (shared formulas written out first).
  // An array formula (BAGALAU.ROWS, spilled) keeps its kind, its range moved as a table's is.
  const formulas: { cell: ExcelJS.Cell; formula: string; result: unknown; array?: string }[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = cell.formula;
        if (!formula) return;
        const value = cell.value as { shareType?: string; ref?: string };
        const ref = value.shareType === "array" ? value.ref : undefined;
        const array = ref === undefined ? undefined : sheet === ws ? (movedRect(ref, move, lastColumn) ?? ref) : ref;
        formulas.push({ cell, formula: movedFormula(formula, sheet.name, ws.name, move, lastColumn), result: cell.result, array });
      }),
    );
  }
  for (const { cell, formula, result, array } of formulas)
    cell.value = (array ? { formula, result, shareType: "array", ref: array } : { formula, result }) as ExcelJS.CellFormulaValue;
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  const lastRow = ws.rowCount;
  if (move.count > 0) {
    for (let row = lastRow; row >= move.at; row--)
      for (let c = 1; c <= lastColumn; c++) copyCell(ws.getCell(row, c), ws.getCell(row + move.count, c));
    for (let row = move.at; row < move.at + move.count; row++) for (let c = 1; c <= lastColumn; c++) clearCell(ws.getCell(row, c));
  } else {
    for (let row = move.at - move.count; row <= lastRow; row++)
      for (let c = 1; c <= lastColumn; c++) copyCell(ws.getCell(row, c), ws.getCell(row + move.count, c));
    for (let row = lastRow + move.count + 1; row <= lastRow; row++) for (let c = 1; c <= lastColumn; c++) clearCell(ws.getCell(row, c));
  }
  for (const m of merges) {
    const span = movedSpan(m, move);
    if (span && (span.bottom > span.top || m.right > m.left)) ws.mergeCells(span.top, m.left, span.bottom, m.right);
  }
  for (const table of tables) {
    const ref = movedRect(table.tableRef, move, lastColumn);
    const header = parseRect(table.tableRef) as Rect;
    // A table whose header row is deleted is gone (Excel deletes it with its rows).
    if (ref === null || (move.count < 0 && header.top >= move.at && header.top < move.at - move.count)) {
      removeTable(ws, table.name);
      continue;
    }
    if (ref === undefined) continue;
    table.tableRef = ref;
    if (table.autoFilterRef !== undefined) table.autoFilterRef = ref;
    if (table.ref !== undefined) table.ref = ref.split(":")[0];
  }
  const validations = dataValidationModel(ws);
  for (const [range, validation] of Object.entries(validations)) {
    const moved = movedRect(range, move, lastColumn);
    if (moved === undefined) continue;
    delete validations[range];
    if (moved !== null && validation) validations[moved] = validation;
  }
  for (const format of conditionalFormats(ws) ?? []) {
    for (const rule of format.rules) rule.formulae = rule.formulae?.map((f) => movedFormula(f, ws.name, ws.name, move, lastColumn));
    const moved = movedRect(format.ref, move, lastColumn);
    if (moved) format.ref = moved;
  }
  setDefinedNameEntries(
    workbook,
    definedNameEntries(workbook).map((entry) => ({
      name: entry.name,
      ranges: entry.ranges.map((range) => movedFormula(range, undefined, ws.name, move, lastColumn)),
    })),
  );
}
