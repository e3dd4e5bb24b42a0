// fast-check generators of damage done to workbooks as grids: random values in random cells (text,
// numbers as text, dates, errors, booleans, huge numbers, labels and markers of the templates), rows
// deleted, duplicated or swapped, columns swapped or removed, markers cleared, sheets renamed, removed
// or added, and whole random grids. Applied to copies: the grids given are never changed.

import fc from "fast-check";
import { DICTIONARIES, LANGS } from "../../src/i18n";
import { MARKER_PREFIX } from "../../src/workbook/layout";
import type { CellValue, Grid, SheetSpec } from "../../src/workbook/sheet-spec";

/** The grids a host would read from sheets written from these specs: a formula cell gives its cached result. */
export function gridsOfSheets(sheets: readonly SheetSpec[]): Grid[] {
  return sheets.map((sheet) => ({
    name: sheet.name,
    values: Array.from(sheet.rows, (row) =>
      Array.from(row ?? [], (c): CellValue => (c ? (c.formula !== undefined ? (c.result ?? null) : (c.value ?? null)) : null)),
    ),
  }));
}

/** Texts the reader looks for: headers, labels, block names and drop-down words in the three languages. */
const TEMPLATE_TEXTS = Array.from(
  new Set(
    LANGS.flatMap((lang) =>
      Object.entries(DICTIONARIES[lang])
        .filter(([key]) => /^(wb\.(col|label|block|value)\.|kind\.)/.test(key))
        .map(([, text]) => text),
    ),
  ),
);

const ROLES = [
  "body",
  "quality",
  "goals",
  "risks",
  "performance",
  "penalties",
  "conclusion",
  "act",
  "disagreements",
  "history",
  "nonsense",
];
const TABLES = ["quality", "indicators", "results", "risks", "performance", "missing", "unreliable", "nonsense"];
const FIELDS = [
  "name",
  "kind",
  "period",
  "reorganizedDate",
  "successor",
  "qualityRule",
  "penaltyCapScope",
  "unreliableThreshold",
  "weight.B",
  "weight.C",
  "weight.D",
  "deadline",
  "submitted",
  "lateFlag",
  "incompleteFlag",
  "unreliableFactCount",
];
const MARKERS = [
  ...ROLES.map((r) => `${MARKER_PREFIX}sheet:${r}`),
  ...TABLES.map((t) => `${MARKER_PREFIX}table:${t}`),
  ...FIELDS.map((f) => `${MARKER_PREFIX}field:${f}`),
  `${MARKER_PREFIX}goal`,
  `${MARKER_PREFIX}task`,
  `${MARKER_PREFIX}scores`,
  MARKER_PREFIX,
];

/** A date as a host gives it: within Excel's range (1900–9999). */
const cellDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true });

/** Any value a cell can hold, weighted towards what confuses a reader. Text never holds `{name}`, which would look like an unfilled placeholder. */
const arbitraryCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TEMPLATE_TEXTS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }).map((s) => s.replace(/[{}]/g, "")) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "5,2",
      "1 234,5",
      "\u22123",
      "1.234,5",
      "0,5",
      "12",
      "-0",
      "1e400",
      "2024-02-30",
      "31.12.2023",
      "2023-07-01",
      "TRUE",
      "",
      "   ",
    ),
  },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.integer({ min: -5, max: 200 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, 0.5, 1, 1.5, -1, 2.5, 1e308, -1e308, 5e-324, 45000, 2958466),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(-0.5, 0.3, 0.7) },
  { weight: 1, arbitrary: cellDate },
  { weight: 1, arbitrary: fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#VALUE!" }, { error: "#REF!" }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
);

/** A grid of random rows (some long, some empty), under a random or a template-like name. */
export const arbitraryGrid: fc.Arbitrary<Grid> = fc.record({
  name: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom("1 Бағалау", "Sheet1", "3 Goals")),
  values: fc.array(fc.array(arbitraryCellValue, { maxLength: 14 }), { maxLength: 30 }),
});

/** What is typed into a field: mostly numbers (weights, counts, thresholds, date serials), else any value. */
const fieldValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(-3, -1, -0.5, 0, 0.3, 0.5, 0.7, 1, 1.5, 2.5, 3, 40, 45000, 1e308, 5e-324) },
  { weight: 1, arbitrary: fc.double({ min: -2, max: 3, noNaN: true }) },
  { weight: 2, arbitrary: arbitraryCellValue },
);

export type GridEdit =
  | { op: "set"; sheet: number; row: number; column: number; value: CellValue }
  /** A value typed into a field (body, profile, weights, penalties): the cell right of a `bagalau:field:` label, or the one after. */
  | { op: "setField"; field: string; offset: number; value: CellValue }
  | { op: "deleteRow" | "duplicateRow" | "clearMarker"; sheet: number; row: number }
  | { op: "swapRows"; sheet: number; row: number; other: number }
  | { op: "swapColumns"; sheet: number; column: number; other: number }
  | { op: "removeColumn"; sheet: number; column: number }
  | { op: "renameSheet"; sheet: number; name: string }
  | { op: "removeSheet" | "clearSheetMarkers"; sheet: number }
  | { op: "addSheet"; sheet: number; grid: Grid };

const index = fc.nat(400);

export const arbitraryGridEdit: fc.Arbitrary<GridEdit> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ op: fc.constant("set" as const), sheet: index, row: index, column: fc.nat(20), value: arbitraryCellValue }),
  },
  {
    weight: 6,
    arbitrary: fc.record({ op: fc.constant("setField" as const), field: fc.constantFrom(...FIELDS), offset: fc.nat(2), value: fieldValue }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom("deleteRow" as const, "duplicateRow" as const, "clearMarker" as const),
      sheet: index,
      row: index,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("swapRows" as const), sheet: index, row: index, other: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("swapColumns" as const), sheet: index, column: fc.nat(14), other: fc.nat(14) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("removeColumn" as const), sheet: index, column: fc.nat(14) }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("renameSheet" as const), sheet: index, name: fc.string({ minLength: 1, maxLength: 10 }) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constantFrom("removeSheet" as const, "clearSheetMarkers" as const), sheet: index }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("addSheet" as const), sheet: index, grid: arbitraryGrid }) },
);

/** The edits applied, in order, to a deep copy of the grids. Indices wrap around what exists. */
export function editGrids(grids: readonly Grid[], edits: readonly GridEdit[]): Grid[] {
  const out: Grid[] = grids.map((g) => ({ name: g.name, values: g.values.map((row) => [...row]) }));
  for (const edit of edits) {
    if (edit.op === "addSheet") {
      out.splice(edit.sheet % (out.length + 1), 0, { name: edit.grid.name, values: edit.grid.values.map((row) => [...row]) });
      continue;
    }
    if (out.length === 0) continue;
    if (edit.op === "setField") {
      const row = out.flatMap((g) => g.values).find((r) => r[0] === `${MARKER_PREFIX}field:${edit.field}`);
      if (!row) continue;
      const c = 2 + edit.offset; // the label is in B, the value in C (a weight: the column after the coefficient)
      while (row.length <= c) row.push(null);
      row[c] = edit.value;
      continue;
    }
    const grid = out[edit.sheet % out.length];
    const rows = grid.values;
    const rowAt = (n: number) => n % Math.max(rows.length, 1);
    switch (edit.op) {
      case "set": {
        // mostly inside the used range, sometimes just beyond it (the grid grows)
        const r = edit.row % (rows.length + 2);
        while (rows.length <= r) rows.push([]);
        const row = rows[r];
        const c = edit.column % (row.length + 3);
        while (row.length <= c) row.push(null);
        row[c] = edit.value;
        break;
      }
      case "deleteRow":
        rows.splice(rowAt(edit.row), 1);
        break;
      case "duplicateRow":
        if (rows.length > 0) rows.splice(rowAt(edit.row), 0, [...rows[rowAt(edit.row)]]);
        break;
      case "clearMarker":
        if (rows.length > 0 && rows[rowAt(edit.row)].length > 0) rows[rowAt(edit.row)][0] = null;
        break;
      case "swapRows":
        if (rows.length > 0) {
          const [a, b] = [rowAt(edit.row), rowAt(edit.other)];
          [rows[a], rows[b]] = [rows[b], rows[a]];
        }
        break;
      case "swapColumns":
        for (const row of rows) {
          const width = Math.max(row.length, edit.column + 1, edit.other + 1);
          while (row.length < width) row.push(null);
          [row[edit.column], row[edit.other]] = [row[edit.other], row[edit.column]];
        }
        break;
      case "removeColumn":
        for (const row of rows) row.splice(edit.column, 1);
        break;
      case "renameSheet":
        grid.name = edit.name;
        break;
      case "removeSheet":
        out.splice(out.indexOf(grid), 1);
        break;
      case "clearSheetMarkers":
        for (const row of rows) if (row.length > 0) row[0] = null;
        break;
    }
  }
  return out;
}
