// Office.js values and formats as BAGALAU's host-neutral data: a used range as a grid from A1 (merged
// values given down their first column), error texts as error values, and a cell's fill as stored text.

import { isPercentFormat } from "../workbook/cell-values";
import type { CellValue, Grid } from "../workbook/sheet-spec";
import { parseAreas } from "./cell-blocks";

const ERROR_VALUE =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!|EXTERNAL!|PYTHON!|TIMEOUT!)$/;

/** A value as Office.js returns it → a grid cell: "" is empty, an error text is an error value. */
function gridValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return ERROR_VALUE.test(text) ? { error: text } : text;
}

export interface UsedRangeValues {
  values: unknown[][];
  /** The cells' number formats, when read: a number in a percentage format is marked in the grid. */
  numberFormats?: unknown[][];
  /** 0-based row and column of the used range's top-left cell. */
  rowIndex: number;
  columnIndex: number;
}

/**
 * A sheet's used range (which need not start at A1) as a grid from A1, with the value of a merged
 * range given down its first column to every row it covers, as the .xlsx reader does.
 */
export function gridOf(name: string, used: UsedRangeValues | undefined, mergedAddress?: string): Grid {
  const values: CellValue[][] = [];
  const percent: boolean[][] = [];
  if (used) {
    for (let r = 0; r < used.rowIndex; r++) values.push([]);
    used.values.forEach((row, r) => {
      const cells = new Array<CellValue>(used.columnIndex).fill(null);
      const formats = used.numberFormats?.[r];
      row.forEach((value, c) => {
        const cell = gridValue(value);
        cells.push(cell);
        if (typeof cell === "number" && isPercentFormat(formats?.[c])) (percent[used.rowIndex + r] ??= [])[used.columnIndex + c] = true;
      });
      values.push(cells);
    });
  }
  if (mergedAddress) {
    for (const area of parseAreas(mergedAddress)) {
      const master = values[area.top - 1]?.[area.left - 1] ?? null;
      for (let row = area.top + 1; row <= area.bottom; row++) {
        while (values.length < row) values.push([]);
        const cells = values[row - 1];
        while (cells.length < area.left) cells.push(null);
        cells[area.left - 1] = master;
      }
    }
  }
  return percent.length > 0 ? { name, values, percent } : { name, values };
}

export interface FillDescription {
  color: string;
  pattern?: string;
  patternColor?: string;
}

/** A cell's fill as the state stores it: "none", or its colour (and pattern) as JSON. */
export function describeFill(fill: FillDescription, withPattern: boolean): string {
  if (withPattern) {
    if (fill.pattern === "None") return "none";
    const description: FillDescription = { color: fill.color };
    if (fill.pattern && fill.pattern !== "Solid") {
      description.pattern = fill.pattern;
      if (fill.patternColor) description.patternColor = fill.patternColor;
    }
    return JSON.stringify(description);
  }
  // Without fill patterns (ExcelApi 1.9) Office.js reports "no fill" as white: the two cannot be told apart.
  return fill.color === "#FFFFFF" ? "none" : JSON.stringify({ color: fill.color });
}

/** A stored fill back as its parts, or null for "none" (or a value that is not a stored fill). */
export function parseFill(stored: string | null): FillDescription | null {
  if (stored === null || stored === "none") return null;
  try {
    const parsed = JSON.parse(stored) as Partial<FillDescription>;
    return typeof parsed.color === "string" ? (parsed as FillDescription) : null;
  } catch {
    return null;
  }
}

/** "'My sheet'!B5" (a host's address) → the sheet name and "B5" (the first cell of a range). */
export function splitSheetAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  const cell = address
    .slice(bang + 1)
    .replace(/\$/g, "")
    .split(":")[0];
  if (bang < 0) return { sheet: "", cell };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell };
}
