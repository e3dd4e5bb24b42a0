// Where a plan table's columns are: the row of year headings (and the period headings above it, merged over
// their years or not), the name, unit, source, № and responsible columns, found by their words in kk/ru/en.

import { cellString, type PlanCell, type PlanGrid } from "./plan-grid";
import { oneLineText } from "./cell-text";
import { columnRoleOf, periodOf, yearOf, type ColumnRole } from "./plan-words";

export type Period = "reporting" | "plan" | null;

export interface PlanLayout {
  /** The row (0-based) of the year headings; data start below it. */
  headerRow: number;
  /** Column (0-based) of each year. */
  yearColumns: Map<number, number>;
  /** The period each year's heading puts it in, null where the table does not say. */
  periods: Map<number, Period>;
  nameColumn: number;
  columns: Partial<Record<Exclude<ColumnRole, "name">, number>>;
  /** How many columns the header has (a table without headings of its own continues a layout this wide). */
  width: number;
}

/** The year headings of a row, in column order, when they make a header: two or more years, increasing. */
export function yearHeadings(row: readonly PlanCell[]): { column: number; year: number; words: string }[] | null {
  const found: { column: number; year: number; words: string }[] = [];
  row.forEach((cell, column) => {
    const year = yearOf(typeof cell === "string" ? oneLineText(cell) : cell);
    if (year) found.push({ column, ...year });
  });
  if (found.length < 2) return null;
  for (let i = 1; i < found.length; i++) if (found[i].year <= found[i - 1].year) return null;
  return found;
}

/** A row numbering the columns (1 | 2 | 3 | …), as many tables have under their headings. */
export function isColumnNumbering(row: readonly PlanCell[]): boolean {
  const texts = row.map(cellString).filter((text) => text !== "");
  return texts.length >= 3 && texts.every((text, i) => text === String(i + 1));
}

/** The header band: the year row and up to two rows above it. */
const BAND = 2;

/** The text of a header cell of the band, reading a merged heading (not expanded) from its first cell on the left. */
function bandText(grid: PlanGrid, row: number, column: number, yearColumns: ReadonlySet<number>): string {
  const cells = grid.rows[row] ?? [];
  let text = cellString(cells[column]);
  if (text === "" && !grid.mergesExpanded && yearColumns.has(column)) {
    for (let c = column - 1; c >= 0 && yearColumns.has(c); c--) {
      text = cellString(cells[c]);
      if (text !== "") break;
    }
  }
  return oneLineText(text);
}

/** The layout of the first header in the grid, or null when it has none. */
export function findLayout(grid: PlanGrid): PlanLayout | null {
  for (let r = 0; r < grid.rows.length; r++) {
    const years = yearHeadings(grid.rows[r] ?? []);
    if (!years) continue;
    const yearColumns = new Map(years.map((y) => [y.year, y.column]));
    const yearSet = new Set(yearColumns.values());
    const top = Math.max(0, r - BAND);
    const periods = new Map<number, Period>();
    for (const y of years) {
      const above: string[] = [];
      for (let b = top; b < r; b++) above.push(bandText(grid, b, y.column, yearSet));
      periods.set(y.year, periodOf(`${above.join(" ")} ${y.words}`));
    }
    const width = Math.max(...grid.rows.slice(top, r + 1).map((row) => row?.length ?? 0));
    const roles = new Map<number, ColumnRole>();
    for (let c = 0; c < width; c++) {
      if (yearSet.has(c)) continue;
      const texts: string[] = [];
      for (let b = top; b <= r; b++) texts.push(bandText(grid, b, c, yearSet));
      // The lowest heading that names a role: a period heading above years says nothing of other columns.
      for (const text of texts.reverse()) {
        const role = text === "" ? null : columnRoleOf(text);
        if (role) {
          if (![...roles.values()].includes(role)) roles.set(c, role);
          break;
        }
      }
    }
    const firstYear = Math.min(...yearSet);
    const columns: PlanLayout["columns"] = {};
    let nameColumn: number | undefined;
    for (const [column, role] of roles) {
      if (role === "name") nameColumn = column;
      else columns[role] = column;
    }
    if (nameColumn === undefined) {
      // No heading names it: the first column before the years that is not №, unit, source or responsible.
      const taken = new Set(roles.keys());
      nameColumn = 0;
      for (let c = 0; c < firstYear; c++) {
        if (!taken.has(c)) {
          nameColumn = c;
          break;
        }
      }
    }
    return { headerRow: r, yearColumns, periods, nameColumn, columns, width };
  }
  return null;
}

/** A row that repeats the header (a table continued on the next page): years, column numbers, or only headings. */
export function isHeaderRow(row: readonly PlanCell[]): boolean {
  if (yearHeadings(row) || isColumnNumbering(row)) return true;
  const texts = new Set(row.map((cell) => oneLineText(cellString(cell))).filter((text) => text !== ""));
  return texts.size >= 2 && [...texts].every((text) => columnRoleOf(text) !== null || periodOf(text) !== null);
}
