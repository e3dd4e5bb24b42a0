// A template table passed whole to a custom function (its header row, then its data rows) read exactly as the
// workbook reader reads that table in its sheet, so the live formulas and the core see the same evaluation.

import type { Evaluation } from "../core/model";
import type { Lang } from "../i18n";
import { blockMarker, sheetMarker, tableMarker, type SheetRole, type TableKey } from "../workbook/layout";
import type { CellIndex } from "../workbook/reader/cell-index";
import { readWorkbook } from "../workbook/reader/read-workbook";
import { recognizedHeaderCount } from "../workbook/reader/row-kinds";
import type { CellValue } from "../workbook/sheet-spec";
import { argumentLabel, basicValue, cellError, type ArgumentName } from "./cells";
import { badValue } from "./failure";

/** Where each table sits in its sheet: the sheet's role and the block rows above it (a goal, a task). */
const TABLE_PLACES: Record<Exclude<TableKey, "missing" | "unreliable">, { role: SheetRole; blocks: ("goal" | "task")[] }> = {
  quality: { role: "quality", blocks: [] },
  indicators: { role: "goals", blocks: ["goal"] },
  results: { role: "goals", blocks: ["goal", "task"] },
  risks: { role: "risks", blocks: [] },
  performance: { role: "performance", blocks: [] },
};

export type SectionTable = keyof typeof TABLE_PLACES;

/** A value as Excel passes it, as a cell of a read grid: errors as { error }, data types as their basic value. */
function gridValue(value: unknown): CellValue {
  const error = cellError(value);
  if (error !== null) return { error };
  const basic = basicValue(value);
  if (basic === null || basic === undefined) return null;
  if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") return basic;
  return JSON.stringify(basic);
}

/**
 * The evaluation the reader makes of `table` (a range whose first row is the table's header row) standing in
 * its sheet: the same header recognition in the three languages, the same rows, words and written values.
 */
export function readSectionTable(table: unknown, key: SectionTable, argument: ArgumentName, lang: Lang): Evaluation {
  return readSectionTableCells(table, key, argument, lang).evaluation;
}

/** The table's reading with its cell index: `headerRow` is the grid row (1-based) of the argument's first row. */
export function readSectionTableCells(
  table: unknown,
  key: SectionTable,
  argument: ArgumentName,
  lang: Lang,
): { evaluation: Evaluation; cells: CellIndex; headerRow: number } {
  const place = TABLE_PLACES[key];
  // Column A holds the markers, as in the templates; the table's own columns start at B.
  const values: CellValue[][] = [[sheetMarker(place.role)], ...place.blocks.map((block) => [blockMarker(block)])];
  const headerRow = values.length + 1;
  values.push(...tableRows(table, key, argument, lang));
  const { evaluation, cells } = readWorkbook([{ name: argumentLabel(lang, argument), values }]);
  return { evaluation, cells, headerRow };
}

/** A table argument's rows as grid rows, its table marker in column A of the header row. */
function tableRows(table: unknown, key: TableKey, argument: ArgumentName, lang: Lang): CellValue[][] {
  const rows = Array.isArray(table) && table.length > 0 && table.every((row) => Array.isArray(row)) ? (table as unknown[][]) : null;
  const grid = rows === null ? [] : rows.map((row, i) => [i === 0 ? tableMarker(key) : null, ...row.map(gridValue)]);
  // Without one header of the table in its first row, the range is not the table (a column of values, a range
  // selected without its header row): refused rather than read by position.
  if (grid.length === 0 || recognizedHeaderCount(key, grid[0]) === 0) {
    throw badValue(lang, "fn.error.notTable", { argument: argumentLabel(lang, argument) });
  }
  return grid;
}

/**
 * The reporting sheet as the reader reads it: `fields` is its key-value rows from column A (the hidden field
 * markers) to the values' column, `missing` and `unreliable` its two tables with their header rows. Dates are
 * read as the reader reads them (serials and typed text such as 15.02.2025).
 */
export function readReportingSheet(fields: unknown, missing: unknown, unreliable: unknown, lang: Lang): Evaluation {
  const fieldRows = Array.isArray(fields) && fields.every((row) => Array.isArray(row)) ? (fields as unknown[][]) : null;
  if (fieldRows === null) throw badValue(lang, "fn.error.notTable", { argument: argumentLabel(lang, "reporting") });
  const values: CellValue[][] = [[sheetMarker("penalties")], ...fieldRows.map((row) => row.map(gridValue))];
  values.push([null], ...tableRows(missing, "missing", "missing", lang));
  values.push([null], ...tableRows(unreliable, "unreliable", "unreliable", lang));
  return readWorkbook([{ name: argumentLabel(lang, "reporting"), values }]).evaluation;
}
