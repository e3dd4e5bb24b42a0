/// <reference types="office-js" />

// A fake Excel for the ExcelPort tests: a workbook model (cells, formats, tables, notes, names, charts)
// behind Office.js-shaped proxies built on office-addin-mock's OfficeMockObject, with Office's batch
// semantics — a property is readable only after load and sync, writes run in queue order, the first
// failure rejects the sync and skips the rest — and a counter on context.sync().

// office-addin-mock imports office-addin-manifest only for its OfficeApp names; that package pulls in an
// ES-module-only dependency Jest cannot load, so the names are given here.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

import { OfficeMockObject } from "office-addin-mock";
import { columnLetters, columnNumber, parseAreas, rectAddress, type Rect } from "../../src/app/cell-blocks";

// ---------------------------------------------------------------- the workbook model

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

const NO_FILL = (): FakeFill => ({ color: null, pattern: "None", patternColor: null });

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  readonly tables: FakeTable[] = [];
  readonly validations: { rect: Rect; rule?: unknown; errorAlert?: unknown }[] = [];
  readonly notes = new Map<string, string>();
  readonly comments = new Set<string>();
  readonly charts: FakeChart[] = [];
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

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

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

function quoted(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function cellsOf(rect: Rect): [number, number][] {
  const out: [number, number][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) for (let column = rect.left; column <= rect.right; column++) out.push([row, column]);
  return out;
}

// ---------------------------------------------------------------- errors and the batch

export function officeError(code: string, message: string): Error {
  const error = new Error(message);
  error.name = "RichApi.Error";
  (error as Error & { code: string }).code = code;
  return error;
}

/** The queue of one Excel.run: whether anything waits for a sync, the first failure, the objects to fill at sync. */
class Batch {
  pending = false;
  failure?: Error;
  syncs = 0;
  readonly loaded = new Set<OfficeMockObject>();

  constructor(readonly counter: { syncs: number; calculationSuspended: number }) {}

  /** Runs a queued operation in order, unless an earlier one failed (Office stops at the first failure). */
  op(action: () => void): void {
    this.pending = true;
    if (this.failure) return;
    try {
      action();
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
    }
  }

  async sync(): Promise<void> {
    this.counter.syncs += 1;
    this.syncs += 1;
    this.pending = false;
    const failure = this.failure;
    this.failure = undefined;
    const loaded = Array.from(this.loaded);
    this.loaded.clear();
    for (const raw of loaded) await raw.sync();
    await new Promise((resolve) => setImmediate(resolve));
    if (failure) throw failure;
  }
}

const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

interface PropSpec {
  get?: () => unknown;
  set?: (value: unknown) => void;
}

interface ObjectSpec {
  label: string;
  props?: Record<string, PropSpec>;
  children?: Record<string, () => object>;
  methods?: Record<string, (...args: never[]) => unknown>;
  /** Set for the objects of *OrNullObject methods. */
  isNull?: boolean;
}

/** Where a range proxy points, for the methods that take a Range (tables.add, names.add, charts.add). */
const RANGE_TARGET = new WeakMap<object, { sheet: FakeSheet; rect: Rect }>();

function loadProps(arg: unknown): string[] {
  if (arg === undefined) throw new Error("FakeExcel: load() without properties loads everything; name them");
  const list = Array.isArray(arg) ? arg : String(arg).split(",");
  return list.map((p) => String(p).trim()).filter((p) => p !== "");
}

/**
 * An Office.js proxy: its scalar properties live in an OfficeMockObject (unreadable until loaded and
 * synced), writes and method calls go to the model in queue order, and any member Office.js would not
 * have fails loudly, so the tests catch a call the real API does not offer.
 */
function proxyObject(batch: Batch, spec: ObjectSpec): any {
  const raw: any = new OfficeMockObject();
  const props = spec.props ?? {};
  for (const name of Object.keys(props)) raw.setValue(name, undefined);
  const children = new Map<string, object>();
  if (spec.isNull !== undefined) {
    raw.setValue("isNullObject", spec.isNull);
    raw.load("isNullObject");
    batch.loaded.add(raw);
  }
  const proxy: any = new Proxy(raw, {
    get(target, prop) {
      if (typeof prop === "symbol") return undefined;
      if (prop === "then" || prop === "toJSON") return undefined;
      if (prop === "load") {
        return (arg?: unknown) => {
          batch.pending = true;
          for (const path of loadProps(arg)) {
            const [first, ...rest] = path.split("/");
            if (rest.length > 0) {
              const child = spec.children?.[first];
              if (!child) throw new Error(`FakeExcel: ${spec.label} has no navigation property ${first}`);
              proxy[first].load(rest.join("/"));
              continue;
            }
            if (!(first in props)) throw new Error(`FakeExcel: ${spec.label} has no property ${first}`);
            const value = spec.isNull || batch.failure ? undefined : props[first].get?.();
            target.setValue(first, value === undefined ? null : structuredClone(value));
            target.load(first);
          }
          batch.loaded.add(target);
          return proxy;
        };
      }
      if (prop === "isNullObject") {
        const value = target.isNullObject;
        if (spec.isNull === undefined || (typeof value === "string" && MOCK_ERRORS.has(value)))
          throw new Error(`PropertyNotLoaded: ${spec.label}.isNullObject`);
        return value;
      }
      const child = spec.children?.[prop];
      if (child) {
        if (!children.has(prop)) children.set(prop, child());
        return children.get(prop);
      }
      const method = spec.methods?.[prop];
      if (method) {
        return (...args: never[]) => {
          if (spec.isNull) throw new Error(`FakeExcel: ${spec.label}.${prop}() called on a null object`);
          batch.pending = true;
          return method(...args);
        };
      }
      if (prop in props) {
        const value = target[prop];
        if (typeof value === "string" && MOCK_ERRORS.has(value)) throw new Error(`PropertyNotLoaded: ${spec.label}.${prop} (${value})`);
        return value;
      }
      throw new Error(`FakeExcel: ${spec.label} has no member ${prop}`);
    },
    set(target, prop, value) {
      const p = typeof prop === "string" ? props[prop] : undefined;
      if (!p?.set) throw new Error(`FakeExcel: ${spec.label}.${String(prop)} cannot be set`);
      if (spec.isNull) throw new Error(`FakeExcel: ${spec.label}.${String(prop)} set on a null object`);
      batch.op(() => p.set?.(value));
      return true;
    },
  });
  return proxy;
}

/** A collection: `load("items/…")` takes its items as they are now; `items` is readable after the sync. */
function proxyCollection(batch: Batch, label: string, list: () => any[], methods: Record<string, (...args: never[]) => unknown> = {}): any {
  let captured: any[] | undefined;
  let loadedAt = -1;
  const collection: any = new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
        if (prop === "load") {
          return (arg?: unknown) => {
            batch.pending = true;
            captured = batch.failure ? [] : list();
            loadedAt = batch.syncs;
            for (const path of loadProps(arg)) {
              if (!path.startsWith("items/")) throw new Error(`FakeExcel: ${label}.load("${path}") — load the items' properties`);
              for (const item of captured) item.load(path.slice("items/".length));
            }
            return collection;
          };
        }
        if (prop === "items") {
          if (!captured || batch.syncs <= loadedAt) throw new Error(`PropertyNotLoaded: ${label}.items`);
          return captured;
        }
        const method = methods[prop];
        if (method) {
          return (...args: never[]) => {
            batch.pending = true;
            return method(...args);
          };
        }
        throw new Error(`FakeExcel: ${label} has no member ${prop}`);
      },
      set(_target, prop) {
        throw new Error(`FakeExcel: ${label}.${String(prop)} cannot be set`);
      },
    },
  );
  return collection;
}

/** What a failed getItem returns: anything goes, nothing happens (the batch already failed). */
function deadObject(): any {
  const dead: any = new Proxy(function () {}, {
    get: (_t, prop) => (prop === "then" || typeof prop === "symbol" ? undefined : dead),
    set: () => true,
    apply: () => dead,
  });
  return dead;
}

// ---------------------------------------------------------------- values as Office.js enters them

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value written through `values`: parsed like typed input, unless quote-prefixed or in a text-formatted cell. */
function enter(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  cell.formula = undefined;
  cell.quotePrefix = false;
  if (typeof input !== "string") {
    cell.value = input as number | boolean;
    return;
  }
  if (input === "") cell.value = null;
  else if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
  } else if (cell.numberFormat === "@") cell.value = input;
  else if (/^[=+-]/.test(input) && !NUMBER.test(input)) {
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    cell.value = null;
  } else if (NUMBER.test(input)) cell.value = Number(input);
  else if (/^(true|false)$/i.test(input)) cell.value = input.toLowerCase() === "true";
  else if (ISO_DATE.test(input)) {
    const [, y, m, d] = ISO_DATE.exec(input) as RegExpExecArray;
    cell.value = (Date.UTC(Number(y), Number(m) - 1, Number(d)) - Date.UTC(1899, 11, 30)) / 86400000;
  } else cell.value = input;
}

// ---------------------------------------------------------------- the object model

export interface FakeExcelCounters {
  syncs: number;
  runs: number;
  calculationSuspended: number;
}

class FakeModel {
  constructor(
    readonly book: FakeWorkbook,
    readonly batch: Batch,
  ) {}

  sheetOrFail(name: string): FakeSheet | undefined {
    const sheet = this.book.sheet(name);
    if (!sheet)
      this.batch.op(() => {
        throw officeError("ItemNotFound", `The requested resource doesn't exist (${name}).`);
      });
    return sheet;
  }

  /** Formulas may name only sheets and tables that exist (Excel refuses the formula otherwise). */
  checkFormula(formula: string): void {
    for (const m of formula.matchAll(/'((?:[^']|'')+)'!/g)) {
      const sheet = m[1].replace(/''/g, "'");
      if (!this.book.sheet(sheet)) throw officeError("InvalidArgument", `formula names a missing sheet ${sheet}: ${formula}`);
    }
    for (const m of formula.matchAll(/(?<![\w.'])([A-Za-z_][A-Za-z0-9_]*)\[((?:[^\]']|'.)*)\]/g)) {
      const found = this.book.tables().find(({ table }) => table.name.toLowerCase() === m[1].toLowerCase());
      if (!found) throw officeError("InvalidArgument", `formula names a missing table ${m[1]}: ${formula}`);
      // A structured reference names a column by its header text.
      const column = m[2].replace(/'(.)/g, "$1");
      const { table, sheet } = found;
      const headers = Array.from({ length: table.rect.right - table.rect.left + 1 }, (_, i) =>
        String(sheet.peek(table.rect.top, table.rect.left + i)?.value ?? ""),
      );
      if (!headers.some((header) => header.toLowerCase() === column.toLowerCase()))
        throw officeError("InvalidArgument", `table ${m[1]} has no column ${column}: ${formula}`);
    }
  }

  // ------------------------------------------------------------ ranges and their formats

  format(sheet: FakeSheet, rects: () => Rect[], label: string): any {
    const each = (apply: (cell: FakeCell) => void) => {
      for (const rect of rects()) for (const [row, column] of cellsOf(rect)) apply(sheet.cell(row, column));
    };
    const uniform = <T>(read: (cell: FakeCell | undefined) => T): T | null => {
      const values = rects().flatMap((rect) => cellsOf(rect).map(([row, column]) => read(sheet.peek(row, column))));
      return values.every((v) => JSON.stringify(v) === JSON.stringify(values[0])) ? values[0] : null;
    };
    const b = this.batch;
    return proxyObject(b, {
      label: `${label}.format`,
      props: {
        wrapText: { get: () => uniform((c) => c?.wrapText ?? false), set: (v) => each((c) => (c.wrapText = Boolean(v))) },
        verticalAlignment: {
          get: () => uniform((c) => c?.verticalAlignment ?? "Bottom"),
          set: (v) => each((c) => (c.verticalAlignment = String(v))),
        },
        horizontalAlignment: {
          get: () => uniform((c) => c?.horizontalAlignment ?? "General"),
          set: (v) => each((c) => (c.horizontalAlignment = String(v))),
        },
        columnWidth: {
          set: (v) => {
            for (const rect of rects()) {
              if (rect.top !== 1 || rect.bottom !== MAX_ROW)
                throw officeError("InvalidArgument", "columnWidth on a range that is not whole columns (the fake keeps widths per column)");
              for (let column = rect.left; column <= rect.right; column++) sheet.columnWidths.set(column, Number(v));
            }
          },
        },
        rowHeight: {
          set: (v) => {
            for (const rect of rects())
              for (let row = rect.top; row <= Math.min(rect.bottom, MAX_ROW); row++) sheet.rowHeights.set(row, Number(v));
          },
        },
      },
      children: {
        fill: () =>
          proxyObject(b, {
            label: `${label}.format.fill`,
            props: {
              color: {
                get: () => uniform((c) => c?.fill.color ?? "#FFFFFF") ?? null,
                set: (v) => each((c) => (c.fill = { color: String(v).toUpperCase(), pattern: "Solid", patternColor: c.fill.patternColor })),
              },
              pattern: {
                get: () => uniform((c) => c?.fill.pattern ?? "None"),
                set: (v) => each((c) => (c.fill = { ...c.fill, pattern: String(v) })),
              },
              patternColor: {
                get: () => uniform((c) => c?.fill.patternColor ?? "#000000"),
                set: (v) => each((c) => (c.fill = { ...c.fill, patternColor: String(v) })),
              },
            },
            methods: { clear: () => b.op(() => each((c) => (c.fill = NO_FILL()))) },
          }),
        font: () =>
          proxyObject(b, {
            label: `${label}.format.font`,
            props: Object.fromEntries(
              (["bold", "italic", "size", "color"] as const).map((key) => [
                key,
                { get: () => uniform((c) => c?.font[key] ?? null), set: (v: unknown) => each((c) => (c.font = { ...c.font, [key]: v })) },
              ]),
            ),
          }),
        protection: () =>
          proxyObject(b, {
            label: `${label}.format.protection`,
            props: { locked: { get: () => uniform((c) => c?.locked ?? true), set: (v) => each((c) => (c.locked = Boolean(v))) } },
          }),
        borders: () =>
          proxyObject(b, {
            label: `${label}.format.borders`,
            methods: {
              getItem: ((edge: string) => {
                const setBorder = (key: "style" | "color" | "weight") => (v: unknown) =>
                  each((c) => (c.borders = { ...c.borders, [edge]: { ...c.borders[edge], [key]: String(v) } }));
                return proxyObject(b, {
                  label: `${label}.format.borders(${edge})`,
                  props: { style: { set: setBorder("style") }, color: { set: setBorder("color") }, weight: { set: setBorder("weight") } },
                });
              }) as never,
            },
          }),
      },
    });
  }

  range(sheet: FakeSheet, rect: Rect, options: { isNull?: boolean } = {}): any {
    const model = this;
    const b = this.batch;
    const label = `Range(${sheet.name}!${rectAddress(rect)})`;
    const matrix = <T>(read: (cell: FakeCell | undefined, row: number, column: number) => T): T[][] => {
      if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000)
        throw officeError("ResponsePayloadSizeLimitExceeded", label);
      const rows: T[][] = [];
      for (let row = rect.top; row <= rect.bottom; row++) {
        const cells: T[] = [];
        for (let column = rect.left; column <= rect.right; column++) cells.push(read(sheet.peek(row, column), row, column));
        rows.push(cells);
      }
      return rows;
    };
    const write = (value: unknown, apply: (cell: FakeCell, v: unknown) => void) => {
      const rows = value as unknown[][];
      if (
        !Array.isArray(rows) ||
        rows.length !== rect.bottom - rect.top + 1 ||
        rows.some((r) => !Array.isArray(r) || r.length !== rect.right - rect.left + 1)
      ) {
        throw officeError("InvalidArgument", `${label}: the array does not match the range's size`);
      }
      rows.forEach((cells, r) =>
        cells.forEach((v, c) => {
          if (v !== null) apply(sheet.cell(rect.top + r, rect.left + c), v);
        }),
      );
    };
    const valueOf = (cell: FakeCell | undefined) =>
      cell?.formula !== undefined || cell?.value === null || cell === undefined ? "" : cell.value;
    const proxy = proxyObject(b, {
      label,
      isNull: options.isNull,
      props: {
        values: { get: () => matrix(valueOf), set: (v) => write(v, enter) },
        formulas: {
          get: () => matrix((cell) => cell?.formula ?? valueOf(cell)),
          set: (v) =>
            write(v, (cell, f) => {
              if (typeof f === "string" && f.startsWith("=")) {
                model.checkFormula(f);
                cell.formula = f;
                cell.value = null;
                cell.quotePrefix = false;
              } else enter(cell, f);
            }),
        },
        numberFormat: {
          get: () => matrix((cell) => cell?.numberFormat ?? "General"),
          set: (v) => write(v, (cell, f) => (cell.numberFormat = String(f))),
        },
        rowIndex: { get: () => rect.top - 1 },
        columnIndex: { get: () => rect.left - 1 },
        rowCount: { get: () => rect.bottom - rect.top + 1 },
        columnCount: { get: () => rect.right - rect.left + 1 },
        address: { get: () => `${quoted(sheet.name)}!${rectAddress(rect)}` },
        rowHidden: {
          set: (v) => {
            for (let row = rect.top; row <= rect.bottom; row++) if (v) sheet.hiddenRows.add(row);
          },
        },
        columnHidden: {
          set: (v) => {
            for (let column = rect.left; column <= rect.right; column++) if (v) sheet.hiddenColumns.add(column);
          },
        },
      },
      children: {
        format: () => model.format(sheet, () => [rect], label),
        dataValidation: () =>
          proxyObject(b, {
            label: `${label}.dataValidation`,
            props: {
              rule: { set: (v) => (upsertValidation(sheet, rect).rule = v) },
              errorAlert: { set: (v) => (upsertValidation(sheet, rect).errorAlert = v) },
            },
          }),
      },
      methods: {
        merge: (() =>
          b.op(() => {
            if (sheet.merges.some((m) => overlaps(m, rect))) throw officeError("InvalidOperation", `${label}: overlaps a merged range`);
            sheet.merges.push(rect);
          })) as never,
        select: (() => b.op(() => (model.book.selection = { sheet: sheet.name, address: rectAddress(rect) }))) as never,
        getMergedAreasOrNullObject: (() => {
          const merged = sheet.merges.filter((m) => overlaps(m, rect));
          return proxyObject(b, {
            label: `${label}.mergedAreas`,
            isNull: merged.length === 0,
            props: { address: { get: () => merged.map((m) => `${quoted(sheet.name)}!${rectAddress(m)}`).join(",") } },
          });
        }) as never,
      },
    });
    RANGE_TARGET.set(proxy, { sheet, rect });
    return proxy;
  }

  rangeAreas(sheet: FakeSheet, address: string): any {
    const rects = address.split(",").map(parseRange);
    const label = `RangeAreas(${sheet.name}!${address.slice(0, 40)})`;
    return proxyObject(this.batch, {
      label,
      props: { address: { get: () => rects.map((r) => `${quoted(sheet.name)}!${rectAddress(r)}`).join(",") } },
      children: { format: () => this.format(sheet, () => rects, label) },
    });
  }

  // ------------------------------------------------------------ sheets

  worksheet(sheet: FakeSheet | undefined, options: { isNull?: boolean } = {}): any {
    if (!sheet && !options.isNull) return deadObject();
    const model = this;
    const b = this.batch;
    const s = sheet as FakeSheet;
    const label = `Worksheet(${sheet?.name ?? "null"})`;
    return proxyObject(b, {
      label,
      isNull: options.isNull,
      props: {
        name: { get: () => s.name, set: (v) => (s.name = String(v)) },
        id: { get: () => s.id },
        visibility: { get: () => s.visibility, set: (v) => (s.visibility = String(v)) },
      },
      children: {
        tables: () =>
          proxyObject(b, {
            label: `${label}.tables`,
            methods: {
              add: ((source: object, hasHeaders: boolean) => {
                const target = RANGE_TARGET.get(source);
                let table: FakeTable | undefined;
                b.op(() => {
                  if (!target || target.sheet !== s) throw officeError("InvalidArgument", "tables.add needs a range of this sheet");
                  if (!hasHeaders) throw officeError("InvalidArgument", "the fake expects header rows");
                  if (s.tables.some((t) => overlaps(t.rect, target.rect))) throw officeError("InvalidOperation", "tables overlap");
                  table = { name: `Table${model.book.tables().length + 1}`, rect: target.rect };
                  s.tables.push(table);
                });
                return model.table(s, () => table);
              }) as never,
            },
          }),
        notes: () => model.notes(s),
        freezePanes: () =>
          proxyObject(b, {
            label: `${label}.freezePanes`,
            methods: { freezeRows: ((n: number) => b.op(() => (s.frozenRows = n))) as never },
          }),
        protection: () =>
          proxyObject(b, {
            label: `${label}.protection`,
            methods: { protect: ((options: unknown) => b.op(() => (s.protection = options ?? {}))) as never },
          }),
        pageLayout: () =>
          proxyObject(b, {
            label: `${label}.pageLayout`,
            props: Object.fromEntries(
              ["orientation", "paperSize", "zoom"].map((key) => [key, { set: (v: unknown) => (s.pageLayout[key] = v) }]),
            ),
          }),
        charts: () =>
          proxyObject(b, {
            label: `${label}.charts`,
            methods: {
              add: ((type: string, source: object, seriesBy: string) => {
                const target = RANGE_TARGET.get(source);
                const chart: FakeChart = { type, source: target?.rect ?? { top: 0, left: 0, bottom: 0, right: 0 }, seriesBy };
                b.op(() => {
                  if (!target || target.sheet !== s) throw officeError("InvalidArgument", "charts.add needs a range of this sheet");
                  s.charts.push(chart);
                });
                return model.chart(chart);
              }) as never,
            },
          }),
      },
      methods: {
        getRange: ((address?: string) => {
          let rect: Rect = { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COLUMN };
          if (address !== undefined) b.op(() => (rect = parseRange(address)));
          return model.range(s, rect);
        }) as never,
        getRanges: ((address: string) => model.rangeAreas(s, address)) as never,
        getUsedRangeOrNullObject: ((valuesOnly?: boolean) => {
          const used = s.usedRect(Boolean(valuesOnly));
          return model.range(s, used ?? { top: 1, left: 1, bottom: 1, right: 1 }, { isNull: used === undefined });
        }) as never,
        activate: (() => b.op(() => (model.book.active = s.name))) as never,
        delete: (() =>
          b.op(() => {
            const index = model.book.sheets.indexOf(s);
            if (index < 0) throw officeError("ItemNotFound", s.name);
            model.book.sheets.splice(index, 1);
            for (const [key, name] of model.book.names) if (name.sheet === s.name) model.book.names.delete(key);
          })) as never,
      },
    });
  }

  table(sheet: FakeSheet, table: () => FakeTable | undefined): any {
    const b = this.batch;
    return proxyObject(b, {
      label: `Table(${table()?.name ?? "?"})`,
      props: {
        name: {
          get: () => table()?.name,
          set: (v) => {
            const t = table();
            if (!t) return;
            const name = String(v);
            if (this.book.tables().some(({ table: other }) => other !== t && other.name.toLowerCase() === name.toLowerCase()))
              throw officeError("ItemAlreadyExists", `table ${name}`);
            t.name = name;
          },
        },
        style: { get: () => table()?.style, set: (v) => ((table() as FakeTable).style = String(v)) },
        showBandedRows: { get: () => table()?.showBandedRows, set: (v) => ((table() as FakeTable).showBandedRows = Boolean(v)) },
      },
      children: { worksheet: () => this.worksheet(sheet) },
    });
  }

  chart(chart: FakeChart): any {
    const b = this.batch;
    return proxyObject(b, {
      label: "Chart",
      children: {
        title: () => proxyObject(b, { label: "Chart.title", props: { text: { set: (v) => (chart.title = String(v)) } } }),
        legend: () => proxyObject(b, { label: "Chart.legend", props: { visible: { set: (v) => (chart.legendVisible = Boolean(v)) } } }),
        series: () =>
          proxyObject(b, {
            label: "Chart.series",
            methods: {
              getItemAt: ((i: number) =>
                proxyObject(b, {
                  label: `Chart.series(${i})`,
                  methods: { setXAxisValues: ((range: object) => b.op(() => (chart.categories = RANGE_TARGET.get(range)?.rect))) as never },
                })) as never,
            },
          }),
      },
      methods: { setPosition: ((from: string, to: string) => b.op(() => (chart.position = [from, to]))) as never },
    });
  }

  // ------------------------------------------------------------ notes and comments

  note(sheet: FakeSheet, address: string, options: { isNull?: boolean } = {}): any {
    const b = this.batch;
    return proxyObject(b, {
      label: `Note(${sheet.name}!${address})`,
      isNull: options.isNull,
      props: {
        content: {
          get: () => sheet.notes.get(address),
          set: (v) => {
            if (!sheet.notes.has(address)) throw officeError("ItemNotFound", `no note at ${address}`);
            sheet.notes.set(address, String(v));
          },
        },
      },
      methods: {
        delete: (() =>
          b.op(() => {
            if (!sheet.notes.delete(address)) throw officeError("ItemNotFound", `no note at ${address}`);
          })) as never,
        getLocation: (() => this.range(sheet, parseRange(address))) as never,
      },
    });
  }

  notes(sheet: FakeSheet): any {
    const b = this.batch;
    return proxyObject(b, {
      label: `${sheet.name}.notes`,
      methods: {
        add: ((cell: string, content: string) => {
          b.op(() => {
            const address = rectAddress(parseRange(cell));
            if (sheet.notes.has(address) || sheet.comments.has(address))
              throw officeError("InvalidOperation", `the cell ${address} already has a note or comment`);
            sheet.notes.set(address, String(content));
          });
          return this.note(sheet, cell);
        }) as never,
        getItem: ((cell: string) => {
          b.op(() => {
            if (!sheet.notes.has(cell)) throw officeError("ItemNotFound", `no note at ${cell}`);
          });
          return this.note(sheet, cell);
        }) as never,
        getItemOrNullObject: ((cell: string) => this.note(sheet, cell, { isNull: !sheet.notes.has(cell) })) as never,
      },
    });
  }

  workbook(): any {
    const book = this.book;
    const b = this.batch;
    const model = this;
    return proxyObject(b, {
      label: "Workbook",
      children: {
        worksheets: () =>
          proxyCollection(b, "worksheets", () => book.sheets.map((sheet) => model.worksheet(sheet)), {
            getItem: ((name: string) => model.worksheet(model.sheetOrFail(name))) as never,
            getItemOrNullObject: ((name: string) => {
              const sheet = book.sheet(name);
              return model.worksheet(sheet, { isNull: sheet === undefined });
            }) as never,
            add: ((name: string) => {
              let sheet: FakeSheet | undefined;
              b.op(() => {
                if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw officeError("InvalidArgument", `bad sheet name ${name}`);
                if (book.sheet(name)) throw officeError("ItemAlreadyExists", `sheet ${name}`);
                sheet = book.addSheet(name);
              });
              return sheet ? model.worksheet(sheet) : deadObject();
            }) as never,
          }),
        tables: () => proxyCollection(b, "tables", () => book.tables().map(({ table, sheet }) => model.table(sheet, () => table))),
        names: () =>
          proxyCollection(
            b,
            "names",
            () =>
              Array.from(book.names.values()).map((item) =>
                proxyObject(b, { label: `Name(${item.name})`, props: { name: { get: () => item.name } } }),
              ),
            {
              add: ((name: string, reference: object) => {
                b.op(() => {
                  const target = RANGE_TARGET.get(reference);
                  if (!target) throw officeError("InvalidArgument", "names.add needs a range");
                  if (book.names.has(name.toLowerCase())) throw officeError("ItemAlreadyExists", `name ${name}`);
                  book.names.set(name.toLowerCase(), { name, sheet: target.sheet.name, rect: target.rect });
                });
              }) as never,
              getItem: ((name: string) =>
                proxyObject(b, {
                  label: `Name(${name})`,
                  methods: {
                    delete: (() =>
                      b.op(() => {
                        if (!book.names.delete(name.toLowerCase())) throw officeError("ItemNotFound", `name ${name}`);
                      })) as never,
                  },
                })) as never,
            },
          ),
        notes: () =>
          proxyCollection(b, "notes", () =>
            book.sheets.flatMap((sheet) => Array.from(sheet.notes.keys()).map((address) => model.note(sheet, address))),
          ),
        comments: () =>
          proxyCollection(b, "comments", () =>
            book.sheets.flatMap((sheet) =>
              Array.from(sheet.comments).map((address) =>
                proxyObject(b, {
                  label: `Comment(${address})`,
                  props: { id: { get: () => `${sheet.name}!${address}` } },
                  methods: { getLocation: (() => model.range(sheet, parseRange(address))) as never },
                }),
              ),
            ),
          ),
      },
    });
  }
}

function upsertValidation(sheet: FakeSheet, rect: Rect): { rect: Rect; rule?: unknown; errorAlert?: unknown } {
  let validation = sheet.validations.find((v) => rectAddress(v.rect) === rectAddress(rect));
  if (!validation) {
    validation = { rect };
    sheet.validations.push(validation);
  }
  return validation;
}

// ---------------------------------------------------------------- Excel.run

export interface FakeExcel {
  book: FakeWorkbook;
  counters: FakeExcelCounters;
  /** Excel.run over the fake: the batch function gets a context; pending commands are synced at the end. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export function fakeExcel(book: FakeWorkbook = new FakeWorkbook()): FakeExcel {
  const counters: FakeExcelCounters = { syncs: 0, runs: 0, calculationSuspended: 0 };
  return {
    book,
    counters,
    async run(body) {
      counters.runs += 1;
      const batch = new Batch(counters);
      const model = new FakeModel(book, batch);
      const workbook = model.workbook();
      const context = {
        workbook,
        application: proxyObject(batch, {
          label: "Application",
          methods: { suspendApiCalculationUntilNextSync: (() => (counters.calculationSuspended += 1)) as never },
        }),
        sync: () => batch.sync(),
      };
      const result = await body(context as unknown as Excel.RequestContext);
      // Excel.run sends what is still queued when the batch function returns.
      if (batch.pending || batch.failure) await batch.sync();
      return result;
    },
  };
}

// ---------------------------------------------------------------- Office: requirement sets and settings

/** Office.context with its requirement sets and the document settings (kept as if saved in the file), on office-addin-mock. */
export function fakeOffice(options: { excelApi?: string; stored?: Map<string, unknown> } = {}): {
  office: any;
  stored: Map<string, unknown>;
  saves: { count: number };
} {
  const version = (v: string) => v.split(".").map(Number);
  const max = version(options.excelApi ?? "1.18");
  const supported = (name: string, minVersion = "1.1") => {
    if (name !== "ExcelApi") return false;
    const [major, minor] = version(minVersion);
    return major < max[0] || (major === max[0] && minor <= max[1]);
  };
  const stored = options.stored ?? new Map<string, unknown>();
  const working = new Map(stored);
  const saves = { count: 0 };
  const office = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: (name: string, minVersion?: string) => supported(name, minVersion) },
      document: {
        settings: {
          get: (name: string) => (working.has(name) ? structuredClone(working.get(name)) : null),
          set: (name: string, value: unknown) => working.set(name, structuredClone(value)),
          remove: (name: string) => working.delete(name),
          saveAsync: (callback?: (result: { status: string }) => void) => {
            saves.count += 1;
            stored.clear();
            for (const [key, value] of working) stored.set(key, structuredClone(value));
            setImmediate(() => callback?.({ status: "succeeded" }));
          },
        },
      },
    },
  });
  return { office, stored, saves };
}

export { columnLetters };
