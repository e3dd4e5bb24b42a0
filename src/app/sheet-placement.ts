// Where BAGALAU's sheets go in a workbook it shares with the user: which sheets are its own (by the
// hidden role marker), free sheet names, and formulas pointed at the names the sheets really have.

import { MARKER_COLUMN, MARKER_PREFIX } from "../workbook/layout";
import { quoteSheetName, type Grid, type SheetSpec } from "../workbook/sheet-spec";

const SHEET_MARKER = `${MARKER_PREFIX}sheet:`;

/** The role a sheet's hidden marker gives it (column A, in the first rows), or undefined for a user's sheet. */
export function sheetRoleOfGrid(grid: Grid): string | undefined {
  for (let row = 0; row < 3; row++) {
    const value = grid.values[row]?.[MARKER_COLUMN - 1];
    if (typeof value === "string" && value.startsWith(SHEET_MARKER)) return value.slice(SHEET_MARKER.length);
  }
  return undefined;
}

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/** Sheet names are compared the way Excel does: without regard to case. */
export function sheetKey(name: string): string {
  return name.toLocaleLowerCase();
}

/** `wanted`, or `wanted (2)`, `wanted (3)`, … — the first that no sheet in `taken` has (case-insensitively). */
export function uniqueSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.slice(0, MAX_SHEET_NAME);
  if (!taken.has(sheetKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(sheetKey(candidate))) return candidate;
  }
}

/**
 * The specs with every formula reference to a sheet `from` rewritten to the sheet `to` (a template
 * placed under another name, or a template sheet that already exists under another name).
 */
export function renameSheetReferences(specs: readonly SheetSpec[], renames: ReadonlyMap<string, string>): SheetSpec[] {
  const targets = new Map<string, string>();
  for (const [from, to] of renames) if (from !== to) targets.set(`${quoteSheetName(from)}!`, `${quoteSheetName(to)}!`);
  if (targets.size === 0) return [...specs];
  // One pass over each formula, so that a rename A→B next to B→C never turns A into C.
  const pattern = new RegExp(
    Array.from(targets.keys())
      .sort((a, b) => b.length - a.length)
      .map((from) => from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .map((from) => `(?<![\\w.'])${from}`)
      .join("|"),
    "gu",
  );
  const rewrite = (formula: string) => formula.replace(pattern, (from) => targets.get(from) ?? from);
  return specs.map((spec) => ({
    ...spec,
    rows: spec.rows.map((cells) =>
      cells.map((cell) => (cell && cell.formula !== undefined ? { ...cell, formula: rewrite(cell.formula) } : cell)),
    ),
  }));
}
