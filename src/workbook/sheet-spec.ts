// A host-neutral description of a sheet to write (values, formulas with cached results, styles,
// merges, tables, validations, protection) and of a sheet read back (a grid of values per cell).

/** An Excel error value such as #N/A, as a formula's cached result. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The looks the templates use; each port maps them to its host's formats. */
export type StyleName =
  | "marker"
  | "title"
  | "subtitle"
  | "note"
  | "header"
  | "blockHeader"
  | "blockLabel"
  | "label"
  | "input"
  | "inputNumber"
  | "inputDate"
  | "inputCode"
  | "computed"
  | "computedPoints"
  | "computedDate"
  | "total"
  | "text"
  | "wrapText"
  | "number"
  | "good"
  | "bad";

export interface CellSpec {
  /** A literal value. Text is always written as text, even when it starts with "=". */
  value?: CellValue;
  /** A formula in Excel's invariant (English, comma-separated) form without the leading "=". */
  formula?: string;
  /** The value a formula had when the file was written, shown where the add-in is not loaded. */
  result?: CellValue;
  style?: StyleName;
  note?: string;
  /**
   * A dynamic-array formula's spill: how many rows it fills from this cell down, this one included, and the
   * values it had below this cell when the file was written (null: none). Ports set the formula only here, so
   * that Excel spills it; only a written file stores the cached values of the cells below.
   */
  spill?: { rows: number; results: CellValue[] | null };
}

/** A conditional format of a range: each rule a formula (relative to the range's top-left cell) and the fill it gives. */
export interface ConditionalFormatSpec {
  range: string;
  rules: { formula: string; fill: string; font: string }[];
}

interface TableSpec {
  /** Unique in the workbook: letters, digits and underscores. */
  name: string;
  /** Top-left cell of the header row, e.g. "A6". */
  topLeft: string;
  /** The header texts, which are also the table's column names. */
  columns: string[];
  /** Number of data rows (at least 1). */
  rowCount: number;
}

interface ListValidationSpec {
  /** A1 range, e.g. "F7:F11". */
  range: string;
  list: string[];
  /** The message shown when a value outside the list is typed. */
  error: string;
}

export interface SheetSpec {
  /** The stable role of the sheet, also written as a hidden marker so renamed sheets are still found. */
  role: string;
  name: string;
  /** rows[r][c] is the cell at row r + 1, column c + 1; null or undefined leaves the cell empty. */
  rows: (CellSpec | null | undefined)[][];
  columnWidths: number[];
  merges: string[];
  /** Rows frozen at the top (the headers). */
  frozenRows: number;
  hiddenRows: number[];
  hiddenColumns: number[];
  tables: TableSpec[];
  validations: ListValidationSpec[];
  /** Workbook-level names pointing into this sheet, e.g. { name: "BAGALAU_A", ref: "C12" }. */
  definedNames: { name: string; ref: string }[];
  /** Protect the sheet so that only the input cells can be edited (no password). */
  protect: boolean;
  /** Conditional formats (the per-row achievement column of the goals sheet). */
  conditionalFormats?: ConditionalFormatSpec[];
  /** A chart of one range of values (points by criterion as bars, A by period as a line), where the host can draw charts. */
  chart?: { title: string; categoriesRange: string; valuesRange: string; anchor: string; type?: "bar" | "line" };
}

export function emptySheet(role: string, name: string): SheetSpec {
  return {
    role,
    name,
    rows: [],
    columnWidths: [],
    merges: [],
    frozenRows: 0,
    hiddenRows: [],
    hiddenColumns: [],
    tables: [],
    validations: [],
    definedNames: [],
    protect: false,
  };
}

/** A sheet as read from a host: its name and the values of its used range from A1. */
export interface Grid {
  name: string;
  /** values[r][c] is the cell at row r + 1, column c + 1; formula cells give their cached result. */
  values: CellValue[][];
  /**
   * percent[r][c] is true where the cell holds a number in a percentage format (Excel stores a typed 95% as
   * 0.95), as far as the host can tell; absent when it cannot (the custom functions never see formats).
   */
  percent?: boolean[][];
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Column letters to the 1-based number: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  return letters
    .toUpperCase()
    .split("")
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** A1 address of a 1-based row and column. */
export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Sheet-qualified address as users write it: 'My sheet'!C12. */
export function sheetAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheetName(sheet)}!${address(row, column)}`;
}

export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
