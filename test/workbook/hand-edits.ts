// Edits people make to a filled workbook in Excel, done with ExcelJS on a real workbook: blank rows
// inside tables, renamed and reordered sheets, numbers typed as text, merged titles, headers in another
// language, reordered columns, cleared hidden markers — and the look-ups the tests need afterwards.

import type ExcelJS from "exceljs";
import { DICTIONARIES, LANGS, type Lang, type MessageKey } from "../../src/i18n";
import { mergedAreas, tableNames } from "../../src/workbook/exceljs-internals";
import { MARKER_COLUMN, MARKER_PREFIX, TABLE_COLUMNS, normalizeHeader, type TableKey } from "../../src/workbook/layout";

export function sheetByRole(workbook: ExcelJS.Workbook, role: string): ExcelJS.Worksheet {
  const ws = workbook.worksheets.find((w) => w.getCell(1, MARKER_COLUMN).value === `${MARKER_PREFIX}sheet:${role}`);
  if (!ws) throw new Error(`no sheet with the role ${role}`);
  return ws;
}

/** The rows whose column-A marker is `bagalau:table:<key>` (the header rows of that table). */
export function tableHeaderRows(ws: ExcelJS.Worksheet, key: TableKey): number[] {
  const rows: number[] = [];
  ws.eachRow((row, n) => {
    if (row.getCell(MARKER_COLUMN).value === `${MARKER_PREFIX}table:${key}`) rows.push(n);
  });
  return rows;
}

/** The data rows under a header row: until the first row whose visible cells are all empty. */
export function dataRowsBelow(ws: ExcelJS.Worksheet, headerRow: number, width: number): number[] {
  const rows: number[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    let used = false;
    for (let c = 2; c < 2 + width; c++) if (row.getCell(c).value !== null && row.getCell(c).value !== undefined) used = true;
    if (!used) break;
    rows.push(r);
  }
  return rows;
}

/** ExcelJS moves neither merges nor tables when rows are inserted (Excel does): drop the tables, move the merges. */
export function insertBlankRows(ws: ExcelJS.Worksheet, before: number, count: number): void {
  for (const name of tableNames(ws)) ws.removeTable(name);
  const merges = mergedAreas(ws);
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  ws.spliceRows(before, 0, ...Array.from({ length: count }, () => []));
  for (const m of merges) {
    // Below the new rows a merge moves down; across them it grows, as in Excel.
    const top = m.top >= before ? m.top + count : m.top;
    const bottom = m.bottom >= before ? m.bottom + count : m.bottom;
    ws.mergeCells(top, m.left, bottom, m.right);
  }
}

/** Every text of `key` in the dictionaries, for finding a header whatever its language. */
export function allTexts(key: MessageKey): string[] {
  return LANGS.map((lang) => DICTIONARIES[lang][key]);
}

/** Replaces every header, field label and block label written in `from` by the `to` language's text. */
export function translateLabels(workbook: ExcelJS.Workbook, from: Lang, to: Lang): number {
  const map = new Map<string, string>();
  for (const key of Object.keys(DICTIONARIES.en) as MessageKey[]) {
    if (key.startsWith("wb.col.") || key.startsWith("wb.label.") || key.startsWith("wb.block."))
      map.set(DICTIONARIES[from][key], DICTIONARIES[to][key]);
  }
  let changed = 0;
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const replacement = typeof cell.value === "string" ? map.get(cell.value) : undefined;
        if (replacement !== undefined && replacement !== cell.value) {
          cell.value = replacement;
          changed += 1;
        }
      });
    });
  }
  return changed;
}

/** Clears column A (the hidden markers) of every sheet. */
export function clearMarkers(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) ws.eachRow((row) => (row.getCell(MARKER_COLUMN).value = null));
}

/** Swaps two columns of a table (header and data rows), as a person moving a column would. */
export function swapTableColumns(ws: ExcelJS.Worksheet, headerRow: number, rows: number[], a: number, b: number): void {
  for (const r of [headerRow, ...rows]) {
    const row = ws.getRow(r);
    const va = row.getCell(a).value;
    row.getCell(a).value = row.getCell(b).value;
    row.getCell(b).value = va;
  }
}

/** The column under a header row whose text is one of `headers` (any language). */
export function columnOf(ws: ExcelJS.Worksheet, headerRow: number, headers: string[]): number {
  const wanted = new Set(headers.map(normalizeHeader));
  const row = ws.getRow(headerRow);
  for (let c = 1; c <= ws.columnCount; c++) if (wanted.has(normalizeHeader(row.getCell(c).value))) return c;
  throw new Error(`no column ${headers[0]} in row ${headerRow} of ${ws.name}`);
}

/** The first row at or after `from` with a cell whose text is `text`. */
export function rowWithText(ws: ExcelJS.Worksheet, text: string, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).value === text) return r;
  }
  throw new Error(`no “${text}” in ${ws.name} from row ${from}`);
}

/** The nearest row above `row` that holds a header from the measure tables. */
export function headerRowAbove(ws: ExcelJS.Worksheet, row: number): number {
  const planHeaders = new Set(allTexts("wb.col.plan").map(normalizeHeader));
  for (let r = row - 1; r >= 1; r--) {
    const cells = ws.getRow(r);
    for (let c = 1; c <= ws.columnCount; c++) if (planHeaders.has(normalizeHeader(cells.getCell(c).value))) return r;
  }
  throw new Error(`no header above row ${row}`);
}

export const MEASURE_FIELD_HEADER: Record<string, MessageKey> = {
  plan: "wb.col.plan",
  fact: "wb.col.fact",
  base: "wb.col.base",
  data: "wb.col.data",
};

export const TABLE_WIDTH = (key: TableKey) => TABLE_COLUMNS[key].length;
