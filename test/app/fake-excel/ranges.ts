// Ranges of the fake Excel: values entered like typed input, formulas checked against the sheets and
// tables they name, formats and fills, number formats, merges, data validation, selection.

import { rectAddress, type Rect } from "../../../src/app/cell-blocks";
import type { Batch } from "./batch";
import { officeError } from "./errors";
import type { EventRegistry } from "./events";
import {
  MAX_ROW,
  NO_FILL,
  cellsOf,
  overlaps,
  parseRange,
  quoted,
  upsertValidation,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeSheet,
  type FakeWorkbook,
} from "./model";
import { markRange, proxyObject } from "./proxy";
import { shiftCells } from "./shift";

/** What every proxy of one batch works on: the workbook, the batch's queue and the event registry. */
export interface Scope {
  book: FakeWorkbook;
  batch: Batch;
  events: EventRegistry;
}

// ---------------------------------------------------------------- values as Office.js enters them

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value written through `values`: parsed like typed input, unless quote-prefixed or in a text-formatted cell. */
export function enter(cell: FakeCell, input: unknown): void {
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

// ---------------------------------------------------------------- formulas, ranges and formats

/** Formulas may name only sheets and tables that exist (Excel refuses the formula otherwise). */
export function checkFormula(book: FakeWorkbook, formula: string): void {
  for (const m of formula.matchAll(/'((?:[^']|'')+)'!/g)) {
    const sheet = m[1].replace(/''/g, "'");
    if (!book.sheet(sheet)) throw officeError("InvalidArgument", `formula names a missing sheet ${sheet}: ${formula}`);
  }
  for (const m of formula.matchAll(/(?<![\w.'])([A-Za-z_][A-Za-z0-9_]*)\[((?:\[(?:[^\]']|'.)*\]|[^\]'[]|'.)*)\]/g)) {
    const found = book.tables().find(({ table }) => table.name.toLowerCase() === m[1].toLowerCase());
    if (!found) throw officeError("InvalidArgument", `formula names a missing table ${m[1]}: ${formula}`);
    // A structured reference names a column by its header text: Table[Column], or items such as
    // Table[[#Headers],[#Data]] or Table[[#This Row],[Column]], where #-items are not columns.
    const items = m[2].startsWith("[") ? [...m[2].matchAll(/\[((?:[^\]']|'.)*)\]/g)].map((item) => item[1]) : [m[2]];
    const { table, sheet } = found;
    const headers = Array.from({ length: table.rect.right - table.rect.left + 1 }, (_, i) =>
      String(sheet.peek(table.rect.top, table.rect.left + i)?.value ?? ""),
    );
    for (const item of items) {
      if (item.startsWith("#")) continue;
      const column = item.replace(/'(.)/g, "$1");
      if (!headers.some((header) => header.toLowerCase() === column.toLowerCase()))
        throw officeError("InvalidArgument", `table ${m[1]} has no column ${column}: ${formula}`);
    }
  }
}

export function formatProxy(scope: Scope, sheet: FakeSheet, rects: () => Rect[], label: string): any {
  const each = (apply: (cell: FakeCell) => void) => {
    for (const rect of rects()) for (const [row, column] of cellsOf(rect)) apply(sheet.cell(row, column));
  };
  const uniform = <T>(read: (cell: FakeCell | undefined) => T): T | null => {
    const values = rects().flatMap((rect) => cellsOf(rect).map(([row, column]) => read(sheet.peek(row, column))));
    return values.every((v) => JSON.stringify(v) === JSON.stringify(values[0])) ? values[0] : null;
  };
  const b = scope.batch;
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

export function rangeProxy(scope: Scope, sheet: FakeSheet, rect: Rect, options: { isNull?: boolean } = {}): any {
  const b = scope.batch;
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
              checkFormula(scope.book, f);
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
      format: () => formatProxy(scope, sheet, () => [rect], label),
      conditionalFormats: () => conditionalFormatsProxy(b, sheet, rect, label),
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
      merge: () =>
        b.op(() => {
          if (sheet.merges.some((m) => overlaps(m, rect))) throw officeError("InvalidOperation", `${label}: overlaps a merged range`);
          sheet.merges.push(rect);
        }),
      select: () => b.op(() => (scope.book.selection = { sheet: sheet.name, address: rectAddress(rect) })),
      // Insert › Shift cells down (returns the inserted range) and Delete › Shift cells up (see shift.ts).
      insert: ((shift: string) => {
        b.op(() => {
          if (shift !== "Down") throw officeError("InvalidArgument", `${label}: the fake shifts down only`);
          shiftCells(scope.book, sheet, rect, "Down");
        });
        return rangeProxy(scope, sheet, rect);
      }) as never,
      delete: (shift: string) =>
        b.op(() => {
          if (shift !== "Up") throw officeError("InvalidArgument", `${label}: the fake shifts up only`);
          shiftCells(scope.book, sheet, rect, "Up");
        }),
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
  markRange(proxy, sheet, rect);
  return proxy;
}

export function rangeAreasProxy(scope: Scope, sheet: FakeSheet, address: string): any {
  const rects = address.split(",").map(parseRange);
  const label = `RangeAreas(${sheet.name}!${address.slice(0, 40)})`;
  return proxyObject(scope.batch, {
    label,
    props: { address: { get: () => rects.map((r) => `${quoted(sheet.name)}!${rectAddress(r)}`).join(",") } },
    children: { format: () => formatProxy(scope, sheet, () => rects, label) },
  });
}

/** range.conditionalFormats: add(type) records a format of the range; a custom one takes its rule's formula and colours. */
function conditionalFormatsProxy(b: Batch, sheet: FakeSheet, rect: Rect, label: string): any {
  return proxyObject(b, {
    label: `${label}.conditionalFormats`,
    methods: {
      add: ((type: string) => {
        const format: FakeConditionalFormat = { rect, type };
        b.op(() => sheet.conditionalFormats.push(format));
        const color = (key: "fill" | "font", name: string) =>
          proxyObject(b, { label: `${label}.conditionalFormat.${name}`, props: { color: { set: (v) => (format[key] = String(v)) } } });
        return proxyObject(b, {
          label: `${label}.conditionalFormat`,
          props: { stopIfTrue: { set: (v) => (format.stopIfTrue = Boolean(v)) } },
          children: {
            custom: () =>
              proxyObject(b, {
                label: `${label}.conditionalFormat.custom`,
                children: {
                  rule: () =>
                    proxyObject(b, {
                      label: `${label}.conditionalFormat.custom.rule`,
                      props: { formula: { set: (v) => (format.formula = String(v)) } },
                    }),
                  format: () =>
                    proxyObject(b, {
                      label: `${label}.conditionalFormat.custom.format`,
                      children: { fill: () => color("fill", "fill"), font: () => color("font", "font") },
                    }),
                },
              }),
          },
        });
      }) as never,
    },
  });
}
