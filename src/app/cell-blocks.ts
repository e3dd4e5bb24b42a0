// Cells as rectangular blocks and A1 addresses: grouping scattered cells into few rectangles (so a host
// formats a whole column at once), and reading the multi-area addresses a host returns.

import { address as cellAddress, columnLetter as columnLetters, columnNumber } from "../workbook/sheet-spec";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export { cellAddress, columnLetters, columnNumber };

export function rectAddress(rect: Rect): string {
  const from = cellAddress(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? from : `${from}:${cellAddress(rect.bottom, rect.right)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "B5" or "B5:D9" (with or without $) as a rectangle; undefined for anything else (whole rows or columns). */
export function parseRect(address: string): Rect | undefined {
  const [from, to = from] = address.trim().split(":");
  const a = CELL.exec(from ?? "");
  const b = CELL.exec(to ?? "");
  if (!a || !b) return undefined;
  const rows = [Number(a[2]), Number(b[2])];
  const columns = [columnNumber(a[1]), columnNumber(b[1])];
  return { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...columns), right: Math.max(...columns) };
}

/**
 * The areas of an address a host returns for several ranges ("Sheet1!A1:B2, Sheet1!D4" or
 * "'My, sheet'!A1,'My, sheet'!C3"): sheet names are dropped, commas inside quotes are not separators.
 */
export function parseAreas(address: string): Rect[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if ((ch === "," || ch === ";") && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((part) => {
      const bang = part.lastIndexOf("!");
      return parseRect(bang >= 0 ? part.slice(bang + 1) : part);
    })
    .filter((rect): rect is Rect => rect !== undefined);
}

/**
 * Few rectangles that cover exactly the given cells (1-based row and column): runs of neighbouring
 * cells in a row, stacked while the rows below have the same run — a table column becomes one block.
 */
export function rectanglesOf(cells: Iterable<readonly [number, number]>): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const [row, column] of cells) {
    const columns = byRow.get(row);
    if (columns) columns.push(column);
    else byRow.set(row, [column]);
  }
  const rows = Array.from(byRow.keys()).sort((a, b) => a - b);
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const row of rows) {
    const columns = Array.from(new Set(byRow.get(row))).sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const column of columns) {
      const last = runs[runs.length - 1];
      if (last && last[1] === column - 1) last[1] = column;
      else runs.push([column, column]);
    }
    const seen = new Set<string>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.bottom === row - 1) rect.bottom = row;
      else {
        if (rect) done.push(rect);
        open.set(key, { top: row, bottom: row, left, right });
      }
    }
    // A run that did not continue on this row is finished.
    for (const [key, rect] of open) {
      if (!seen.has(key) && rect.bottom < row) {
        done.push(rect);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Addresses joined with commas into strings of at most `maxLength` characters (a host limits an address's length). */
export function joinAddresses(addresses: readonly string[], maxLength = 1500): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > maxLength) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
