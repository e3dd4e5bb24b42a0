// The sheet writer and grid reader over ExcelJS: SheetSpecs written into an ExcelJS workbook, and an ExcelJS workbook read back as
// grids of values — the host adapter of the CLI (Node) and of the browser's file mode.

import type * as ExcelJSTypes from "exceljs";
import {
  address,
  columnNumber,
  isCellError,
  type CellSpec,
  type CellValue,
  type ConditionalFormatSpec,
  type Grid,
  type SheetSpec,
  type StyleName,
} from "./sheet-spec";
import { isPercentFormat } from "./cell-values";
import { registerChart } from "./charts/chart-spec";
import { addDataValidation, conditionalFormats, mergeDisjointRanges } from "./exceljs-internals";
import { HIGHLIGHT_FILLS, estimateRowHeights } from "./sheet-looks";

export { HIGHLIGHT_FILLS } from "./sheet-looks";

type Workbook = ExcelJSTypes.Workbook;
type Worksheet = ExcelJSTypes.Worksheet;
type Style = Partial<ExcelJSTypes.Style>;

const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const fill = (argb: string): ExcelJSTypes.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

const STYLES: Record<StyleName, Style> = {
  marker: { font: { size: 8, color: { argb: "FF808080" } } },
  title: { font: { bold: true, size: 14, color: { argb: "FF1F3864" } }, alignment: { vertical: "middle", wrapText: true } },
  subtitle: { font: { bold: true, size: 12 } },
  note: { font: { italic: true, size: 9, color: { argb: "FF595959" } }, alignment: { wrapText: true, vertical: "top" } },
  header: {
    font: { bold: true },
    fill: fill("FFDCE6F1"),
    border: BORDER,
    alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
  },
  blockHeader: {
    font: { bold: true },
    fill: fill("FFE7E6E6"),
    alignment: { wrapText: true, vertical: "middle" },
    protection: { locked: false },
  },
  blockLabel: { font: { bold: true, color: { argb: "FF1F3864" } }, alignment: { vertical: "top" } },
  label: { alignment: { wrapText: true, vertical: "middle" } },
  input: { border: BORDER, alignment: { wrapText: true, vertical: "top" }, protection: { locked: false } },
  inputNumber: { border: BORDER, numFmt: "General", alignment: { vertical: "top" }, protection: { locked: false } },
  inputDate: { border: BORDER, numFmt: "yyyy-mm-dd", alignment: { vertical: "top" }, protection: { locked: false } },
  inputCode: { border: BORDER, numFmt: "@", alignment: { vertical: "top" }, protection: { locked: false } },
  computed: { fill: fill("FFF2F2F2"), border: BORDER, numFmt: "0.0000", font: { color: { argb: "FF1F3864" } } },
  computedPoints: { fill: fill("FFF2F2F2"), border: BORDER, numFmt: "0.00", font: { color: { argb: "FF1F3864" } } },
  computedDate: { fill: fill("FFF2F2F2"), border: BORDER, numFmt: "yyyy-mm-dd", font: { color: { argb: "FF1F3864" } } },
  total: { font: { bold: true, size: 12 }, fill: fill("FFFFF2CC"), border: BORDER, numFmt: "0.00" },
  text: {},
  wrapText: { alignment: { wrapText: true, vertical: "top" } },
  number: { numFmt: "0.00##" },
  good: { fill: fill("FFC6EFCE") },
  bad: { fill: fill("FFFFC7CE") },
};

/** In a file, a JS custom function is stored as _xldudf_NAMESPACE_NAME(…); in Excel's UI as NAMESPACE.NAME(…). */
function toFileFormula(formula: string): string {
  return formula.replace(/\bBAGALAU\.([A-Z]+)\(/g, "_xldudf_BAGALAU_$1(");
}

function toExcelValue(cell: CellSpec): ExcelJSTypes.CellValue {
  if (cell.formula !== undefined) {
    const result = cell.result;
    const cached = result === null || result === undefined ? undefined : isCellError(result) ? { error: result.error } : result;
    return { formula: toFileFormula(cell.formula), result: cached } as ExcelJSTypes.CellFormulaValue;
  }
  const value = cell.value;
  if (value === undefined || value === null) return null;
  if (isCellError(value)) return { error: value.error } as ExcelJSTypes.CellErrorValue;
  if (typeof value === "string" && value.startsWith("=")) {
    // User text is never a formula: ExcelJS writes plain strings as shared strings, which Excel keeps as text.
    return value;
  }
  return value;
}

function applyStyle(cell: ExcelJSTypes.Cell, style: StyleName | undefined): void {
  if (!style) return;
  const s = STYLES[style];
  if (s.font) cell.font = s.font;
  if (s.fill) cell.fill = s.fill;
  if (s.border) cell.border = s.border;
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.alignment) cell.alignment = s.alignment;
  if (s.protection) cell.protection = s.protection;
}

/** Writes one SheetSpec as a new worksheet at the end of the workbook. */
export function addSheet(workbook: Workbook, spec: SheetSpec): Worksheet {
  const ws = workbook.addWorksheet(spec.name, spec.frozenRows > 0 ? { views: [{ state: "frozen", ySplit: spec.frozenRows }] } : {});
  spec.columnWidths.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  writeSpecCells(ws, spec);
  ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  for (const row of spec.hiddenRows) ws.getRow(row).hidden = true;
  for (const column of spec.hiddenColumns) ws.getColumn(column).hidden = true;
  for (const name of spec.definedNames) {
    workbook.definedNames.add(`'${spec.name.replace(/'/g, "''")}'!${absolute(name.ref)}`, name.name);
  }
  // ExcelJS cannot write charts: the chart is remembered and added to the file by `workbookBytes` (xlsx-package/write-package.ts).
  registerChart(workbook, spec);
  if (spec.protect) {
    void ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
      sort: true,
      autoFilter: true,
    });
  }
  return ws;
}

/**
 * A spec's tables, cells (values, styles, notes), merges, row heights and drop-downs written into `ws` at the
 * spec's rows: the whole of a new sheet, or a block written into rows inserted into an existing one.
 */
export function writeSpecCells(ws: Worksheet, spec: SheetSpec): void {
  // Tables first: ExcelJS writes a table's header and rows itself; the cells are styled afterwards.
  for (const table of spec.tables) {
    const top = ws.getCell(table.topLeft);
    const headerRow = Number(top.row);
    const firstColumn = Number(top.col);
    const rows: ExcelJSTypes.CellValue[][] = [];
    for (let r = 0; r < table.rowCount; r++) {
      const cells = spec.rows[headerRow + r] ?? [];
      rows.push(
        table.columns.map((_, c) => {
          const cell = cells[firstColumn - 1 + c];
          return cell ? toExcelValue(cell) : null;
        }),
      );
    }
    ws.addTable({
      name: table.name,
      ref: table.topLeft,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight1", showRowStripes: true },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  spec.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = toExcelValue(cell);
      applyStyle(target, cell.style);
      if (cell.note) target.note = cell.note;
    });
  });
  spec.rows.forEach((cells, r) => cells.forEach((cell, c) => cell?.spill && writeSpill(ws, r + 1, c + 1, cell)));
  // Priorities are unique in a sheet: a block written into an existing sheet numbers its rules after the sheet's.
  const existing = (conditionalFormats(ws) ?? []).flatMap((format) => format.rules.map((rule) => rule.priority ?? 0));
  let priority = Math.max(0, ...existing) + 1;
  for (const format of spec.conditionalFormats ?? []) priority = addConditionalFormat(ws, format, priority);
  mergeRanges(ws, spec.merges);
  estimateRowHeights(spec).forEach((height, i) => {
    if (height !== undefined) ws.getRow(i + 1).height = height;
  });
  for (const validation of spec.validations) {
    addDataValidation(ws, validation.range, {
      type: "list",
      allowBlank: true,
      formulae: [`"${validation.list.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      error: validation.error,
    });
  }
}

/**
 * A dynamic-array formula in a file: the anchor's array formula over the rows it spills into, and their cached
 * values (xlsx-package/dynamic-arrays.ts marks it dynamic when the package is finished).
 */
function writeSpill(ws: Worksheet, row: number, column: number, cell: CellSpec): void {
  const spill = cell.spill!;
  const value = toExcelValue(cell) as ExcelJSTypes.CellFormulaValue;
  const ref = `${address(row, column)}:${address(row + spill.rows - 1, column)}`;
  ws.getCell(row, column).value = { ...value, shareType: "array", ref } as ExcelJSTypes.CellValue;
  spill.results?.forEach((result, i) => {
    if (i + 1 < spill.rows) ws.getCell(row + 1 + i, column).value = toExcelValue({ value: result });
  });
}

/** Adds a range's rules, numbered from `priority` (unique in the sheet); returns the next number. */
function addConditionalFormat(ws: Worksheet, format: ConditionalFormatSpec, priority: number): number {
  ws.addConditionalFormatting({
    ref: format.range,
    rules: format.rules.map((rule, i) => ({
      type: "expression",
      priority: priority + i,
      formulae: [rule.formula],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${rule.fill}` } },
        font: { color: { argb: `FF${rule.font}` } },
      },
    })),
  });
  return priority + format.rules.length;
}

/**
 * Merges a new sheet's ranges. ExcelJS checks each merge against every earlier one, which is quadratic
 * (minutes for the conclusion of a 50,000-indicator workbook, whose findings each merge two cells): the
 * ranges are checked once here, by the cells they cover, and merged without ExcelJS's check.
 */
function mergeRanges(ws: Worksheet, ranges: readonly string[]): void {
  const covered = new Set<string>();
  for (const range of ranges) {
    const [first, last = first] = range.replace(/\$/g, "").split(":");
    const [from, to] = [cellPosition(first), cellPosition(last)];
    for (let row = from.row; row <= to.row; row++) {
      for (let column = from.column; column <= to.column; column++) {
        const key = `${row}:${column}`;
        if (covered.has(key)) throw new Error(`merge ${range} overlaps an earlier merge on sheet ${ws.name}`);
        covered.add(key);
      }
    }
  }
  mergeDisjointRanges(ws, ranges);
}

function cellPosition(ref: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`not a cell address: ${ref}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

function absolute(ref: string): string {
  return ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/**
 * Cells past this column are not read: no BAGALAU table reaches it (the widest has 14 columns), and a
 * stray cell far out (XFD1048576) must not turn a tiny sheet into rows of 16,384 nulls. A row without a
 * cell is one shared, frozen empty row, not an array of its own, so a far-down cell costs one pointer a row.
 */
export const MAX_GRID_COLUMNS = 256;
const NO_CELLS = Object.freeze([]) as unknown as CellValue[];

/**
 * Every value of a worksheet as a grid: formulas give their cached result. A merged range gives its
 * value once across (a title over many columns), but down its first column to every row it covers
 * (a sphere code merged over its directions' rows is the code of each of them).
 */
export function readGrid(ws: Worksheet): Grid {
  const values: CellValue[][] = [];
  const percent: boolean[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    let farOut = false;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > MAX_GRID_COLUMNS) return void (farOut = true);
      if (cell.isMerged && cell.master && cell.master.address !== cell.address && Number(cell.master.col) !== colNumber) return;
      const value = plainValue(cell.value);
      cells[colNumber - 1] = value;
      // Only a number's format changes what it is: 95% typed is 0.95 (PERCENT_FORMAT).
      if (typeof value === "number" && isPercentFormat(cell.numFmt)) (percent[rowNumber - 1] ??= [])[colNumber - 1] = true;
    });
    if (farOut && cells.length === 0) return; // only a stray cell far out: the row is not there
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    values[rowNumber - 1] = cells;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = NO_CELLS;
  return percent.length > 0 ? { name: ws.name, values, percent } : { name: ws.name, values };
}

export function plainValue(value: ExcelJSTypes.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  const v = value as unknown as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) return v.result === undefined ? null : plainValue(v.result as ExcelJSTypes.CellValue);
  if ("richText" in v && Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((part) => part.text).join("");
  if ("text" in v) return String(v.text);
  if ("error" in v) return { error: String(v.error) };
  return null;
}

export function readGrids(workbook: Workbook): Grid[] {
  return workbook.worksheets.map(readGrid);
}

/** Marks a cell with a severity fill and a note (used for the highlighted copy of a checked workbook). */
export function highlightCell(ws: Worksheet, address: string, severity: keyof typeof HIGHLIGHT_FILLS, note: string): void {
  const cell = ws.getCell(address);
  // A loaded workbook shares one style object among cells of the same format: give this cell its own.
  cell.style = { ...cell.style, fill: fill(HIGHLIGHT_FILLS[severity]) };
  const previous = typeof cell.note === "string" ? cell.note : "";
  cell.note = previous ? `${previous}\n${note}` : note;
}
