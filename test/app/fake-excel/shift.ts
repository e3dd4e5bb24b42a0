// Range.insert(Down) and Range.delete(Up) of the fake Excel, as Excel does them: the cells of the range's
// columns below move (values, formulas, formats, notes); formulas, tables, merges, names and validations follow.

import { cellAddress, parseRect, rectAddress, type Rect } from "../../../src/app/cell-blocks";
import { movedFormula, movedSpan, type RowMove } from "../../../src/workbook/xlsx-row-shift";
import { officeError } from "./errors";
import type { FakeCell, FakeSheet, FakeWorkbook } from "./model";

/** A rectangle of the moved columns after the move (null: all of it deleted); one reaching past them stays. */
function movedRect(rect: Rect, move: RowMove, columns: Rect): Rect | null {
  if (rect.right < columns.left || rect.left > columns.right || rect.bottom < move.at) return rect;
  const span = movedSpan(rect, move);
  return span && { ...rect, ...span };
}

/** Whether a rectangle straddles the moved columns below `at` (Excel refuses to shift part of a table or a merge). */
function straddles(rect: Rect, move: RowMove, columns: Rect): boolean {
  const crosses = (rect.left < columns.left && rect.right >= columns.left) || (rect.left <= columns.right && rect.right > columns.right);
  return crosses && rect.bottom >= move.at;
}

/**
 * Inserts (count > 0, before row `range.top`) or deletes (count < 0) the rows of `range`'s columns on `sheet`,
 * as Excel's Insert › Shift cells down and Delete › Shift cells up. Inserted cells take the row above's formats.
 */
export function shiftCells(book: FakeWorkbook, sheet: FakeSheet, range: Rect, direction: "Down" | "Up"): void {
  const height = range.bottom - range.top + 1;
  const move: RowMove = { at: range.top, count: direction === "Down" ? height : -height };
  const columns = range;
  const blocking = [...sheet.merges, ...sheet.tables.map((t) => t.rect)].filter((r) => straddles(r, move, columns));
  if (blocking.length > 0)
    throw officeError("InvalidOperation", `${sheet.name}: ${blocking.map(rectAddress).join(", ")} would be split by the shift`);
  // Formulas on every sheet (and workbook names) refer to the cells where they will be.
  for (const other of book.sheets)
    for (const cell of other.cells.values())
      if (cell.formula !== undefined) cell.formula = movedFormula(cell.formula, other.name, sheet.name, move, columns.right);
  for (const [key, name] of book.names) {
    if (name.sheet.toLowerCase() !== sheet.name.toLowerCase()) continue;
    const rect = movedRect(name.rect, move, columns);
    if (rect) name.rect = rect;
    else book.names.delete(key);
  }
  // The cells of the columns, read then written back at their new rows.
  const moved: [number, number, FakeCell][] = [];
  for (const [key, cell] of sheet.cells) {
    const [row, column] = key.split(",").map(Number);
    if (column < columns.left || column > columns.right || row < move.at) continue;
    sheet.cells.delete(key);
    if (move.count < 0 && row < move.at - move.count) continue;
    moved.push([row + move.count, column, cell]);
  }
  for (const [row, column, cell] of moved) sheet.cells.set(`${row},${column}`, cell);
  const notes = Array.from(sheet.notes).flatMap(([address, text]) => {
    const rect = parseRect(address);
    if (!rect || rect.left < columns.left || rect.left > columns.right || rect.top < move.at) return [];
    sheet.notes.delete(address);
    if (move.count < 0 && rect.top < move.at - move.count) return [];
    return [[cellAddress(rect.top + move.count, rect.left), text] as const];
  });
  for (const [address, text] of notes) sheet.notes.set(address, text);
  if (move.count > 0 && move.at > 1)
    for (let row = move.at; row < move.at + move.count; row++)
      for (let column = columns.left; column <= columns.right; column++) {
        const above = sheet.peek(move.at - 1, column);
        if (above)
          sheet.cells.set(`${row},${column}`, {
            ...structuredClone(above),
            value: null,
            formula: undefined,
            quotePrefix: false,
          });
      }
  sheet.merges = sheet.merges.flatMap((m) => {
    const rect = movedRect(m, move, columns);
    return rect && (rect.bottom > rect.top || rect.right > rect.left) ? [rect] : [];
  });
  // A table whose header row is deleted goes with it; others grow or shrink with their rows.
  for (const table of [...sheet.tables]) {
    const headerDeleted = move.count < 0 && table.rect.top >= move.at && table.rect.top < move.at - move.count;
    const inColumns = table.rect.left >= columns.left && table.rect.right <= columns.right;
    const rect = inColumns ? movedRect(table.rect, move, columns) : table.rect;
    if (!rect || (inColumns && headerDeleted)) sheet.tables.splice(sheet.tables.indexOf(table), 1);
    else table.rect = rect;
  }
  for (const validation of [...sheet.validations]) {
    const rect = movedRect(validation.rect, move, columns);
    if (rect) validation.rect = rect;
    else sheet.validations.splice(sheet.validations.indexOf(validation), 1);
  }
}
