// Every use of ExcelJS internals — private fields and structures its types do not declare — in one module,
// for ExcelJS 4.4.0 (pinned in package.json); test/workbook/exceljs-internals.test.ts fails if one changes.

import type * as ExcelJS from "exceljs";

/** A merged area: its master (top-left) cell and its rectangle, 1-based and inclusive. */
export interface MergedArea {
  master: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What this module relies on in a Worksheet beyond ExcelJS's declared API. */
interface WorksheetInternals {
  /** Private: the merged areas, by master address; each a Range whose model is its rectangle. */
  _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
  /** Undeclared: the sheet's DataValidations, whose `add` sets one rule over a range. */
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
  /** Undeclared: the sheet's tables by name. */
  tables: Record<string, unknown>;
  /** Undeclared: the sheet's place among the sheets the workbook writes, which are sorted by it. */
  orderNo: number;
}

/** What this module relies on in a Cell: its private note (a Note object), undefined when the cell has none. */
interface CellInternals {
  _comment?: unknown;
}

function worksheetInternals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

/**
 * Merges ranges already known to be disjoint. ExcelJS checks each merge against every earlier one, which is
 * quadratic (minutes for a conclusion whose thousands of findings each merge two cells): each range is merged
 * with no earlier merges in view, then all are put back together.
 */
export function mergeDisjointRanges(ws: ExcelJS.Worksheet, ranges: readonly string[]): void {
  const internal = worksheetInternals(ws);
  const merges = internal._merges;
  for (const range of ranges) {
    internal._merges = {};
    ws.mergeCells(range);
    Object.assign(merges, internal._merges);
  }
  internal._merges = merges;
}

/** The merged areas of a worksheet, as ExcelJS holds them (a loaded file's, or those merged since). */
export function mergedAreas(ws: ExcelJS.Worksheet): MergedArea[] {
  return Object.entries(worksheetInternals(ws)._merges).map(([master, range]) => {
    const { top, left, bottom, right } = range.model;
    return { master, top, left, bottom, right };
  });
}

/** The names of a worksheet's tables. */
export function tableNames(ws: ExcelJS.Worksheet): string[] {
  return Object.keys(worksheetInternals(ws).tables);
}

/** Sets where a worksheet goes when the workbook is written: the sheets are written in increasing `orderNo`. */
export function setWritingOrder(ws: ExcelJS.Worksheet, orderNo: number): void {
  worksheetInternals(ws).orderNo = orderNo;
}

/** Adds one data validation rule over a range (A1 text, "C5:C9"), as ExcelJS writes it into the sheet part. */
export function addDataValidation(ws: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  worksheetInternals(ws).dataValidations.add(range, validation);
}

/** A workbook name and the ranges it points at ("'Sheet'!$B$4"), as ExcelJS models its defined names. */
export interface DefinedNameEntry {
  name: string;
  ranges: string[];
}

/** The workbook's defined names, read from ExcelJS's model of them. */
export function definedNameEntries(workbook: ExcelJS.Workbook): DefinedNameEntry[] {
  return workbook.definedNames.model;
}

/** Replaces the workbook's defined names by `entries` (the way to drop names ExcelJS cannot remove by range). */
export function setDefinedNameEntries(workbook: ExcelJS.Workbook, entries: DefinedNameEntry[]): void {
  workbook.definedNames.model = entries;
}

/** Removes a cell's note: ExcelJS has no API for it (assigning undefined to `note` leaves an empty note). */
export function removeNote(cell: ExcelJS.Cell): void {
  (cell as unknown as CellInternals)._comment = undefined;
}

/** A table's model as ExcelJS writes it: `tableRef` (header to last row) and `autoFilterRef` (the same without totals). */
export interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  ref?: string;
}

/** The models of a worksheet's tables (changing `tableRef` moves or resizes the table in the written file). */
export function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  return Object.values(worksheetInternals(ws).tables).map((table) => (table as { table: TableModel }).table);
}

/** Drops a table from a worksheet (its cells stay). */
export function removeTable(ws: ExcelJS.Worksheet, name: string): void {
  delete worksheetInternals(ws).tables[name];
}

/** The sheet's data validations by range ("C5:C9" or "C5"), as ExcelJS writes them. */
export function dataValidationModel(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return (worksheetInternals(ws).dataValidations as unknown as { model: Record<string, ExcelJS.DataValidation | undefined> }).model;
}

/** A conditional format: the range it covers and its rules (each rule's formulae as text, its priority in the sheet). */
export interface ConditionalFormat {
  ref: string;
  rules: { formulae?: string[]; priority?: number }[];
}

/** The sheet's conditional formats (ExcelJS keeps them as declared, on `conditionalFormattings`). */
export function conditionalFormats(ws: ExcelJS.Worksheet): ConditionalFormat[] {
  return (ws as unknown as { conditionalFormattings: ConditionalFormat[] }).conditionalFormattings;
}
