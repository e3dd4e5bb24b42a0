// The grid of cell texts a plan table becomes, whatever it came from (a worksheet, a Word table, a sheet of
// the open workbook), and where each row of it is: the one input of the pure recognizer (recognize.ts).

import { isCellError, sheetAddress, type Grid } from "../sheet-spec";

/** A cell as the recognizer reads it: text as written (line breaks kept), a number, or nothing. */
export type PlanCell = string | number | null;

export interface PlanGrid {
  /** A worksheet (cells named 'Sheet'!B7) or a table of a Word document (rows named "table 2, row 5"). */
  kind: "sheet" | "table";
  /** The sheet's name, or the table's number in the document ("2"). */
  name: string;
  /** rows[r][c] is the cell at row r + 1, column c + 1. */
  rows: PlanCell[][];
  /**
   * Every cell of a merged range holds the range's text (a Word table, or a worksheet read with its
   * merges). Without it (a sheet read through the host) a merged range's text is in its first cell only.
   */
  mergesExpanded: boolean;
}

/** Where a row (and, in a sheet, a cell) of a plan table is: 1-based. */
export interface PlanPlace {
  kind: PlanGrid["kind"];
  name: string;
  row: number;
  column: number;
}

export function placeOf(grid: PlanGrid, row: number, column: number): PlanPlace {
  return { kind: grid.kind, name: grid.name, row: row + 1, column: column + 1 };
}

/** A place as a sheet address ('План'!A7); a table's place is worded by the caller (it needs the language). */
export function sheetPlace(place: PlanPlace): string {
  return sheetAddress(place.name, place.row, place.column);
}

/** The cell as text, trimmed (numbers as JavaScript writes them); "" for an empty cell. */
export function cellString(cell: PlanCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell.trim();
}

/** Grids read from a host (the open workbook's sheets) as plan grids: dates and booleans as text, errors empty. */
export function planGridsOfSheets(grids: readonly Grid[]): PlanGrid[] {
  return grids.map((grid) => ({
    kind: "sheet",
    name: grid.name,
    mergesExpanded: false,
    rows: grid.values.map((row) =>
      Array.from(row ?? [], (value): PlanCell => {
        if (value === null || value === undefined || isCellError(value)) return null;
        if (typeof value === "number" || typeof value === "string") return value;
        if (value instanceof Date) return value.toISOString().slice(0, 10);
        return String(value);
      }),
    ),
  }));
}
