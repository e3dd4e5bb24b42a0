// A SheetSpec queued into an Office.js batch: whole-sheet arrays of number formats, values and formulas,
// formats by style over few rectangular blocks, tables, drop-downs, merges, names, the chart — no sync.

/// <reference types="office-js" />

import { estimateRowHeights } from "../workbook/sheet-looks";
import { isCellError, type CellSpec, type CellValue, type SheetSpec, type StyleName } from "../workbook/sheet-spec";
import { cellAddress, columnLetters, joinAddresses, parseRect, rectAddress, rectanglesOf, type Rect } from "./cell-blocks";
import { BORDER_COLOR, EXCEL_STYLES, columnWidthPoints, type ExcelStyle } from "./excel-styles";

/** What the host supports beyond the base set (see host-errors.ts). */
export interface WriterFeatures {
  /** ExcelApi 1.9: RangeAreas (format many blocks at once) and page layout. */
  rangeAreas: boolean;
}

/** Excel's serial day number of a date (days since 1899-12-30, UTC). */
export function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

/**
 * A literal as Office.js should receive it. Office.js parses `values` strings like typed input (a
 * leading =, + or - makes a formula, digits a number, an ISO text a date), so text is written with a
 * leading apostrophe — Excel's own "this is text" prefix, not part of the value — except in cells
 * formatted as text ("@"), which keep what they are given (but for a leading apostrophe of their own).
 */
export function excelInput(value: CellValue | undefined, textFormat: boolean): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return excelSerial(value);
  if (isCellError(value)) return value.error;
  if (value === "" || (textFormat && !value.startsWith("'"))) return value;
  return `'${value}`;
}

function numberFormatOf(cell: CellSpec): string | null {
  const style = cell.style ? EXCEL_STYLES[cell.style] : undefined;
  if (style?.numberFormat) return style.numberFormat;
  if (cell.value instanceof Date) return "yyyy-mm-dd";
  return null;
}

function matrix<T>(spec: SheetSpec, width: number, cellValue: (cell: CellSpec) => T | null): { values: (T | null)[][]; any: boolean } {
  let any = false;
  const values = spec.rows.map((cells) => {
    const row: (T | null)[] = new Array(width).fill(null);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const value = cellValue(cell);
      if (value !== null) {
        row[c] = value;
        any = true;
      }
    });
    return row;
  });
  return { values, any };
}

function sheetWidth(spec: SheetSpec): number {
  return spec.rows.reduce((max, cells) => Math.max(max, cells.length), 0);
}

type Formattable = { format: Excel.RangeFormat };

function applyStyle(target: Formattable, style: ExcelStyle): void {
  const format = target.format;
  if (style.fill) format.fill.color = style.fill;
  if (style.font) {
    if (style.font.bold !== undefined) format.font.bold = style.font.bold;
    if (style.font.italic !== undefined) format.font.italic = style.font.italic;
    if (style.font.size !== undefined) format.font.size = style.font.size;
    if (style.font.color !== undefined) format.font.color = style.font.color;
  }
  if (style.wrapText) format.wrapText = true;
  if (style.vertical) format.verticalAlignment = style.vertical;
  if (style.horizontal) format.horizontalAlignment = style.horizontal;
  if (style.unlocked) format.protection.locked = false;
}

function applyBorders(target: Formattable, edges: readonly Excel.BorderIndex[] | readonly string[]): void {
  for (const edge of edges) {
    const border = target.format.borders.getItem(edge as Excel.BorderIndex);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = BORDER_COLOR;
  }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** The range objects covering a set of rectangles: few multi-area ranges where the host has them, else one per block. */
function blocks(ws: Excel.Worksheet, rects: readonly Rect[], features: WriterFeatures): Formattable[] {
  const addresses = rects.map(rectAddress);
  if (features.rangeAreas) return joinAddresses(addresses).map((address) => ws.getRanges(address));
  return addresses.map((address) => ws.getRange(address));
}

/** Cells of each style (1-based row and column). */
function cellsByStyle(spec: SheetSpec): Map<StyleName, [number, number][]> {
  const byStyle = new Map<StyleName, [number, number][]>();
  spec.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!cell?.style) return;
      const list = byStyle.get(cell.style);
      if (list) list.push([r + 1, c + 1]);
      else byStyle.set(cell.style, [[r + 1, c + 1]]);
    }),
  );
  return byStyle;
}

/** Consecutive numbers grouped into [first, last] runs. */
function runs(numbers: readonly number[]): [number, number][] {
  const sorted = Array.from(new Set(numbers)).sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/**
 * Phase 1 of a sheet: number formats (before the values, so that "@" cells keep text), literal values,
 * formats by style, column widths, row heights, hidden rows and columns, merges, frozen rows, page set-up.
 */
export function queueCells(ws: Excel.Worksheet, spec: SheetSpec, features: WriterFeatures): void {
  const width = sheetWidth(spec);
  if (spec.rows.length > 0 && width > 0) {
    const all = ws.getRange(`A1:${cellAddress(spec.rows.length, width)}`);
    const formats = matrix(spec, width, numberFormatOf);
    if (formats.any) all.numberFormat = formats.values;
    const values = matrix(spec, width, (cell) =>
      cell.formula !== undefined ? null : excelInput(cell.value, numberFormatOf(cell) === "@"),
    );
    if (values.any) all.values = values.values;
  }
  for (const [style, cells] of cellsByStyle(spec)) {
    const look = EXCEL_STYLES[style];
    const rects = rectanglesOf(cells);
    const hasFormat = look.fill || look.font || look.wrapText || look.vertical || look.horizontal || look.unlocked;
    if (hasFormat) for (const target of blocks(ws, rects, features)) applyStyle(target, look);
    if (look.border) {
      for (const target of blocks(ws, rects, features)) applyBorders(target, EDGES);
      const tall = rects.filter((r) => r.bottom > r.top);
      const wide = rects.filter((r) => r.right > r.left);
      for (const target of blocks(ws, tall, features)) applyBorders(target, ["InsideHorizontal"]);
      for (const target of blocks(ws, wide, features)) applyBorders(target, ["InsideVertical"]);
    }
  }
  spec.columnWidths.forEach((characters, i) => {
    if (characters > 0) ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = columnWidthPoints(characters);
  });
  const heights = estimateRowHeights(spec);
  const byHeight = new Map<number, number[]>();
  heights.forEach((height, i) => {
    if (height === undefined) return;
    byHeight.set(height, [...(byHeight.get(height) ?? []), i + 1]);
  });
  for (const [height, rows] of byHeight) for (const [from, to] of runs(rows)) ws.getRange(`${from}:${to}`).format.rowHeight = height;
  for (const [from, to] of runs(spec.hiddenRows)) ws.getRange(`${from}:${to}`).rowHidden = true;
  for (const [from, to] of runs(spec.hiddenColumns)) ws.getRange(`${columnLetters(from)}:${columnLetters(to)}`).columnHidden = true;
  for (const merge of spec.merges) ws.getRange(merge).merge(false);
  if (spec.frozenRows > 0) ws.freezePanes.freezeRows(spec.frozenRows);
  if (features.rangeAreas) {
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.paperSize = "A4";
  }
}

/** Phase 2: the tables over the header and data rows the values already hold (their names are what formulas use). */
export function queueTables(ws: Excel.Worksheet, spec: SheetSpec): void {
  for (const table of spec.tables) {
    const top = parseRect(table.topLeft);
    if (!top) continue;
    const rect: Rect = {
      top: top.top,
      left: top.left,
      bottom: top.top + Math.max(1, table.rowCount),
      right: top.left + table.columns.length - 1,
    };
    const added = ws.tables.add(ws.getRange(rectAddress(rect)), true);
    added.name = table.name;
    added.style = "TableStyleLight1";
    added.showBandedRows = true;
  }
}

/** Phase 3: the formulas, once every sheet and table they name exists (invariant English form, "=" first). */
export function queueFormulas(ws: Excel.Worksheet, spec: SheetSpec): void {
  const width = sheetWidth(spec);
  if (spec.rows.length === 0 || width === 0) return;
  const formulas = matrix(spec, width, (cell) => (cell.formula !== undefined ? `=${cell.formula}` : null));
  if (formulas.any) ws.getRange(`A1:${cellAddress(spec.rows.length, width)}`).formulas = formulas.values;
}

/** Phase 4: drop-downs, workbook names, the chart and the sheet protection (last: it locks the sheet). */
export function queueFinish(context: Excel.RequestContext, ws: Excel.Worksheet, spec: SheetSpec, existingNames: ReadonlySet<string>): void {
  for (const validation of spec.validations) {
    const range = ws.getRange(validation.range);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: validation.list.join(",") } };
    range.dataValidation.errorAlert = { message: validation.error, showAlert: true, style: "Warning", title: "BAGALAU" };
  }
  for (const name of spec.definedNames) {
    if (existingNames.has(name.name.toLowerCase())) context.workbook.names.getItem(name.name).delete();
    context.workbook.names.add(name.name, ws.getRange(name.ref));
  }
  if (spec.chart) {
    const { title, categoriesRange, valuesRange, anchor, type } = spec.chart;
    const chart = ws.charts.add(type === "line" ? "LineMarkers" : "BarClustered", ws.getRange(valuesRange), "Columns");
    chart.title.text = title;
    chart.legend.visible = false;
    chart.series.getItemAt(0).setXAxisValues(ws.getRange(categoriesRange));
    const [from, to] = anchor.split(":");
    chart.setPosition(from, to);
  }
  if (spec.protect) {
    ws.protection.protect({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowInsertRows: true,
      allowDeleteRows: true,
      allowSort: true,
      allowAutoFilter: true,
      selectionMode: "Normal",
    });
  }
}
