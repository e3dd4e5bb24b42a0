// The workbook a fake Excel holds: sheets with their cells (value, formula, formats), merges, tables,
// validations, notes, comments, charts and layout, workbook names, and A1 addresses as rectangles.

import { columnNumber, rectAddress, type Rect } from "../../../src/app/cell-blocks";
import { officeError } from "./errors";

export interface FakeFill {
  color: string | null;
  pattern: string;
  patternColor: string | null;
}

export interface FakeCell {
  value: string | number | boolean | null;
  /** "=…" for a formula cell. */
  formula?: string;
  quotePrefix?: boolean;
  numberFormat: string;
  fill: FakeFill;
  font: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  wrapText?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
  locked?: boolean;
  borders: Record<string, { style?: string; color?: string; weight?: string }>;
}

export interface FakeTable {
  name: string;
  rect: Rect;
  style?: string;
  showBandedRows?: boolean;
}

export interface FakeChart {
  type: string;
  source: Rect;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  categories?: Rect;
  position?: [string, string];
}

export interface FakeConditionalFormat {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
  stopIfTrue?: boolean;
}

export const NO_FILL = (): FakeFill => ({ color: null, pattern: "None", patternColor: null });

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  readonly tables: FakeTable[] = [];
  readonly validations: { rect: Rect; rule?: unknown; errorAlert?: unknown }[] = [];
  readonly notes = new Map<string, string>();
  readonly comments = new Set<string>();
  readonly charts: FakeChart[] = [];
  /** Conditional formats in the order added: a custom one's formula, fill and font colours. */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  protection?: unknown;
  readonly pageLayout: Record<string, unknown> = {};
  visibility = "Visible";

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  peek(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  cell(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numberFormat: "General", fill: NO_FILL(), font: {}, borders: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The cell at an A1 address. */
  at(address: string): FakeCell | undefined {
    const rect = parseRange(address);
    return this.peek(rect.top, rect.left);
  }

  /** The bounding rectangle of the cells holding a value or a formula (valuesOnly) or anything. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let rect: Rect | undefined;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === null && cell.formula === undefined) continue;
      const [row, column] = key.split(",").map(Number);
      rect = rect
        ? {
            top: Math.min(rect.top, row),
            left: Math.min(rect.left, column),
            bottom: Math.max(rect.bottom, row),
            right: Math.max(rect.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return rect;
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  /** Workbook names, by lower-case name. */
  readonly names = new Map<string, { name: string; sheet: string; rect: Rect }>();
  active?: string;
  selection?: { sheet: string; address: string };
  private nextId = 1;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name, `{${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Test set-up: literal values from A1 (strings stay text), as a user would have typed them. */
  setRows(name: string, rows: (string | number | boolean | null)[][], top = 1, left = 1): FakeSheet {
    const sheet = this.sheet(name) ?? this.addSheet(name);
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value !== null) sheet.cell(top + r, left + c).value = value;
      }),
    );
    return sheet;
  }

  tables(): { table: FakeTable; sheet: FakeSheet }[] {
    return this.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ table, sheet })));
  }
}

// ---------------------------------------------------------------- addresses

export const MAX_ROW = 1048576;
export const MAX_COLUMN = 16384;

/** "B5", "B5:D9", "A:C", "5:7" → a rectangle. */
export function parseRange(address: string): Rect {
  const text = address.replace(/\$/g, "").trim();
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(text);
  if (m) {
    const [r1, c1] = [Number(m[2]), columnNumber(m[1])];
    const [r2, c2] = m[3] ? [Number(m[4]), columnNumber(m[3])] : [r1, c1];
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  m = /^([A-Z]+):([A-Z]+)$/i.exec(text);
  if (m) return { top: 1, bottom: MAX_ROW, left: columnNumber(m[1]), right: columnNumber(m[2]) };
  m = /^(\d+):(\d+)$/.exec(text);
  if (m) return { top: Number(m[1]), bottom: Number(m[2]), left: 1, right: MAX_COLUMN };
  throw officeError("InvalidArgument", `bad address ${address}`);
}

export function quoted(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function cellsOf(rect: Rect): [number, number][] {
  const out: [number, number][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) for (let column = rect.left; column <= rect.right; column++) out.push([row, column]);
  return out;
}

/** The data validation of exactly this rectangle (created on first use), as Office.js keeps one per range. */
export function upsertValidation(sheet: FakeSheet, rect: Rect): { rect: Rect; rule?: unknown; errorAlert?: unknown } {
  let validation = sheet.validations.find((v) => rectAddress(v.rect) === rectAddress(rect));
  if (!validation) {
    validation = { rect };
    sheet.validations.push(validation);
  }
  return validation;
}
