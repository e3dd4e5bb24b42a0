// What a chart of a BAGALAU sheet shows (a bar chart of points by criterion, a line chart of A by period),
// read from the sheet's spec with the values cached, and the charts waiting for their workbook to be written.

import type { CellSpec, SheetSpec } from "../sheet-spec";

interface ChartSpecBase {
  sheetName: string;
  title: string;
  /** A1 ranges on the same sheet, e.g. "C20:C22" and "F20:F22". */
  categoriesRange: string;
  valuesRange: string;
  /** The cells the chart covers, "G4:J20" (or a top-left cell, "G4", for a default size). */
  anchor: string;
  seriesName?: string;
  /** The ranges' values when the file was written, cached in the chart so it shows before any recalculation. */
  categories: string[];
  values: (number | null)[];
}

/** Clustered horizontal bars, categories top to bottom (the conclusion's points by criterion). */
interface BarChartSpec extends ChartSpecBase {
  type?: "bar";
}

/** A line with markers, categories left to right (the history sheet's total score A by period). */
export interface LineChartSpec extends ChartSpecBase {
  type: "line";
}

export type ChartSpec = BarChartSpec | LineChartSpec;

export interface CellPos {
  row: number;
  column: number;
}

function columnNumber(letters: string): number {
  return letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function parseCell(ref: string): CellPos {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** The cells of a one-column or one-row range, in order. */
export function rangeCells(range: string): CellPos[] {
  const [from, to = from] = range.split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  const cells: CellPos[] = [];
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
    for (let column = Math.min(a.column, b.column); column <= Math.max(a.column, b.column); column++) cells.push({ row, column });
  }
  return cells;
}

function cellValueOf(spec: SheetSpec, pos: CellPos): CellSpec["value"] {
  const cell = spec.rows[pos.row - 1]?.[pos.column - 1];
  if (!cell) return null;
  return cell.formula !== undefined ? (cell.result ?? null) : (cell.value ?? null);
}

/** The chart a sheet asks for (its `chart` field), with the cached values read from its cells. */
export function chartOf(spec: SheetSpec): ChartSpec | undefined {
  if (!spec.chart) return undefined;
  const { title, categoriesRange, valuesRange, anchor, type } = spec.chart;
  const categories = rangeCells(categoriesRange).map((pos) => {
    const value = cellValueOf(spec, pos);
    return value === null || value === undefined
      ? ""
      : value instanceof Date
        ? value.toISOString().slice(0, 10)
        : typeof value === "object"
          ? value.error
          : String(value);
  });
  const values = rangeCells(valuesRange).map((pos) => {
    const value = cellValueOf(spec, pos);
    return typeof value === "number" && Number.isFinite(value) ? value : null;
  });
  const base = { sheetName: spec.name, title, categoriesRange, valuesRange, anchor, categories, values };
  return type === "line" ? { ...base, type: "line" } : base;
}

const pending = new WeakMap<object, Map<string, ChartSpec>>();

/** Remembers a sheet's chart for the package writer (called when the sheet is added to an ExcelJS workbook). */
export function registerChart(workbook: object, spec: SheetSpec): void {
  const chart = chartOf(spec);
  let charts = pending.get(workbook);
  if (!chart) {
    charts?.delete(spec.name);
    return;
  }
  if (!charts) {
    charts = new Map();
    pending.set(workbook, charts);
  }
  charts.set(spec.name, chart);
}

/** The charts registered for a workbook's sheets, to be added when it is written. */
export function chartsOf(workbook: object): ChartSpec[] {
  return Array.from(pending.get(workbook)?.values() ?? []);
}
