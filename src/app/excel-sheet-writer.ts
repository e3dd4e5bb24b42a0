// A SheetSpec planned into an Office.js batch: arrays of number formats, values and formulas (in row bands
// under the payload budget), formats by style over few rectangular blocks, tables, drop-downs, names, the chart.

/// <reference types="office-js" />

import { estimateRowHeights } from "../workbook/sheet-looks";
import {
  isCellError,
  type CellSpec,
  type CellValue,
  type ConditionalFormatSpec,
  type SheetSpec,
  type StyleName,
} from "../workbook/sheet-spec";
import { cellAddress, columnLetters, joinAddresses, parseRect, rectAddress, rectanglesOf, type Rect } from "./cell-blocks";
import { requestBytes, rowBands, type RequestPlan } from "./excel-payload";
import { BORDER_COLOR, EXCEL_STYLES, columnWidthPoints, type ExcelStyle } from "./excel-styles";

/** The largest band of one array written at once: a few of them fit in one request under the budget. */
const BAND_BYTES = 1_000_000;

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
    const row = new Array<T | null>(width).fill(null);
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

/** The addresses of the range objects covering a set of rectangles: few multi-area ranges where the host has them, else one per block. */
function blockAddresses(rects: readonly Rect[], features: WriterFeatures): string[] {
  const addresses = rects.map(rectAddress);
  return features.rangeAreas ? joinAddresses(addresses) : addresses;
}

function block(ws: Excel.Worksheet, address: string, features: WriterFeatures): Formattable {
  return features.rangeAreas ? ws.getRanges(address) : ws.getRange(address);
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
 * An array written over rows from A1, in bands: each band one range and one property set. Leading rows with
 * nothing to write are skipped (a block written at its own rows far down a sheet sends only its rows).
 */
function planArray<T>(
  plan: RequestPlan,
  ws: Excel.Worksheet,
  width: number,
  rows: (T | null)[][],
  property: "numberFormat" | "values" | "formulas",
): void {
  const skip = Math.max(
    0,
    rows.findIndex((row) => row.some((value) => value !== null)),
  );
  for (const band of rowBands(rows.slice(skip), BAND_BYTES)) {
    const first = skip + band.first;
    const address = `A${first + 1}:${cellAddress(first + band.rows.length, width)}`;
    plan.add(requestBytes(1, 1, address) + band.bytes, () => {
      ws.getRange(address)[property] = band.rows as never;
    });
  }
}

/**
 * Phase 1 of a sheet: number formats (before the values, so that "@" cells keep text), literal values,
 * formats by style, column widths, row heights, hidden rows and columns, merges, frozen rows, page set-up.
 */
export function planCells(plan: RequestPlan, ws: Excel.Worksheet, spec: SheetSpec, features: WriterFeatures): void {
  const width = sheetWidth(spec);
  if (spec.rows.length > 0 && width > 0) {
    const formats = matrix(spec, width, numberFormatOf);
    if (formats.any) planArray(plan, ws, width, formats.values, "numberFormat");
    const values = matrix(spec, width, (cell) =>
      cell.formula !== undefined ? null : excelInput(cell.value, numberFormatOf(cell) === "@"),
    );
    if (values.any) planArray(plan, ws, width, values.values, "values");
  }
  // Formats by style, a step per block (its range, its format objects and property sets).
  for (const [style, cells] of cellsByStyle(spec)) {
    const look = EXCEL_STYLES[style];
    const rects = rectanglesOf(cells);
    if (look.fill || look.font || look.wrapText || look.vertical || look.horizontal || look.unlocked)
      for (const address of blockAddresses(rects, features))
        plan.add(requestBytes(6, 10, address), () => applyStyle(block(ws, address, features), look));
    if (!look.border) continue;
    const edges: [readonly Rect[], readonly string[]][] = [
      [rects, EDGES],
      [rects.filter((r) => r.bottom > r.top), ["InsideHorizontal"]],
      [rects.filter((r) => r.right > r.left), ["InsideVertical"]],
    ];
    for (const [part, names] of edges)
      for (const address of blockAddresses(part, features))
        plan.add(requestBytes(1 + 3 * names.length, 4 * names.length, address), () => applyBorders(block(ws, address, features), names));
  }
  // The layout, a step per range (a long conclusion has a row height and a merge on thousands of rows).
  spec.columnWidths.forEach((characters, i) => {
    const address = `${columnLetters(i + 1)}:${columnLetters(i + 1)}`;
    if (characters > 0)
      plan.add(requestBytes(2, 1, address), () => (ws.getRange(address).format.columnWidth = columnWidthPoints(characters)));
  });
  const heights = estimateRowHeights(spec);
  const byHeight = new Map<number, number[]>();
  heights.forEach((height, i) => {
    if (height === undefined) return;
    byHeight.set(height, [...(byHeight.get(height) ?? []), i + 1]);
  });
  for (const [height, rows] of byHeight)
    for (const [from, to] of runs(rows))
      plan.add(requestBytes(2, 1, `${from}:${to}`), () => (ws.getRange(`${from}:${to}`).format.rowHeight = height));
  for (const [from, to] of runs(spec.hiddenRows))
    plan.add(requestBytes(1, 1, `${from}:${to}`), () => (ws.getRange(`${from}:${to}`).rowHidden = true));
  for (const [from, to] of runs(spec.hiddenColumns)) {
    const address = `${columnLetters(from)}:${columnLetters(to)}`;
    plan.add(requestBytes(1, 1, address), () => (ws.getRange(address).columnHidden = true));
  }
  for (const merge of spec.merges) plan.add(requestBytes(1, 1, [merge, false]), () => ws.getRange(merge).merge(false));
  plan.add(requestBytes(3, 3), () => {
    if (spec.frozenRows > 0) ws.freezePanes.freezeRows(spec.frozenRows);
    if (features.rangeAreas) {
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.paperSize = "A4";
    }
  });
}

/** Phase 2: the tables over the header and data rows the values already hold (their names are what formulas use). */
export function planTables(plan: RequestPlan, ws: Excel.Worksheet, spec: SheetSpec): void {
  if (spec.tables.length > 0)
    plan.add(requestBytes(4 * spec.tables.length, 5 * spec.tables.length, spec.tables), () => queueTables(ws, spec));
}

function queueTables(ws: Excel.Worksheet, spec: SheetSpec): void {
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
export function planFormulas(plan: RequestPlan, ws: Excel.Worksheet, spec: SheetSpec): void {
  const width = sheetWidth(spec);
  if (spec.rows.length === 0 || width === 0) return;
  const formulas = matrix(spec, width, (cell) => (cell.formula !== undefined ? `=${cell.formula}` : null));
  if (formulas.any) planArray(plan, ws, width, formulas.values, "formulas");
}

/** Phase 4: drop-downs, workbook names, conditional formats, the chart and the sheet protection (last: it locks the sheet). */
export function planFinish(
  plan: RequestPlan,
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  spec: SheetSpec,
  existingNames: ReadonlySet<string>,
): void {
  for (const validation of spec.validations)
    plan.add(requestBytes(3, 2, validation), () => {
      const range = ws.getRange(validation.range);
      range.dataValidation.rule = { list: { inCellDropDown: true, source: validation.list.join(",") } };
      range.dataValidation.errorAlert = { message: validation.error, showAlert: true, style: "Warning", title: "BAGALAU" };
    });
  for (const name of spec.definedNames)
    plan.add(requestBytes(5, 2, name), () => {
      if (existingNames.has(name.name.toLowerCase())) context.workbook.names.getItem(name.name).delete();
      context.workbook.names.add(name.name, ws.getRange(name.ref));
    });
  for (const format of spec.conditionalFormats ?? [])
    plan.add(requestBytes(4 * format.rules.length, 3 * format.rules.length, format), () => queueConditionalFormat(ws, format));
  plan.add(requestBytes(10, 7, [spec.chart, spec.protect]), () => queueChartAndProtection(ws, spec));
}

/** A range's rules as custom (formula) conditional formats, each with its fill and font colour; the first added wins. */
function queueConditionalFormat(ws: Excel.Worksheet, format: ConditionalFormatSpec): void {
  const range = ws.getRange(format.range);
  for (const rule of format.rules) {
    const added = range.conditionalFormats.add("Custom");
    added.custom.rule.formula = `=${rule.formula}`;
    added.custom.format.fill.color = `#${rule.fill}`;
    added.custom.format.font.color = `#${rule.font}`;
    added.stopIfTrue = true;
  }
}

function queueChartAndProtection(ws: Excel.Worksheet, spec: SheetSpec): void {
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
