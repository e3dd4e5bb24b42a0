// The reader of one sheet: its cells by row and column, the cell of every value noted in the shared cell
// index, drop-down words and dates read in any language, and the read issues of that sheet.

import { LANGS, DICTIONARIES, type MessageKey } from "../../i18n";
import type { CellRef } from "../cell-ref";
import { cellDate, cellText, isBlankCell } from "../cell-values";
import { normalizeHeader } from "../layout";
import type { CellValue, Grid } from "../sheet-spec";
import type { CellIndex } from "./cell-index";
import type { ReadIssue } from "./read-issues";
import type { SheetWalk } from "./sheet-walk";

/** A sheet as the role readers get it: what the walk found in it, and its reader. */
export interface SheetToRead {
  walk: SheetWalk;
  reader: SheetReader;
}

/**
 * normalizeHeader of a drop-down cell, remembered: a big plan repeats the same few words ("higher", "official")
 * on every row. The memory is dropped when it grows past a few thousand texts (free text typed in a drop-down).
 */
const NORMALIZED_WORDS = new Map<unknown, string>();

function normalizedWord(value: CellValue | undefined): string {
  if (typeof value !== "string") return normalizeHeader(value);
  let normalized = NORMALIZED_WORDS.get(value);
  if (normalized === undefined) {
    if (NORMALIZED_WORDS.size >= 4096) NORMALIZED_WORDS.clear();
    normalized = normalizeHeader(value);
    NORMALIZED_WORDS.set(value, normalized);
  }
  return normalized;
}

export class SheetReader {
  readonly readIssues: ReadIssue[] = [];

  constructor(
    private readonly grid: Grid,
    readonly cells: CellIndex,
  ) {}

  get sheet(): string {
    return this.grid.name;
  }

  ref(row: number, column: number): CellRef {
    return { sheet: this.grid.name, row, column };
  }

  at(row: number, column: number | undefined): CellValue | undefined {
    if (column === undefined) return undefined;
    return this.grid.values[row - 1]?.[column - 1];
  }

  /** The cell holds a number in a percentage format (where the host could tell). */
  isPercent(row: number, column: number | undefined): boolean {
    return column !== undefined && this.grid.percent?.[row - 1]?.[column - 1] === true;
  }

  /** PERCENT_FORMAT on a numeric input typed in a percentage-formatted cell: it is scored as stored (95% is 0.95). */
  checkPercent(row: number, column: number | undefined): void {
    const value = this.at(row, column);
    if (typeof value !== "number" || !this.isPercent(row, column)) return;
    this.readIssues.push({
      code: "PERCENT_FORMAT",
      severity: "warning",
      cell: this.ref(row, column as number),
      params: { value, shown: Number((value * 100).toPrecision(12)) },
    });
  }

  note(path: string, row: number, column: number | undefined): void {
    if (column !== undefined) this.cells.set(path, this.ref(row, column));
  }

  /** A drop-down word in any language; `path` null when the row's cells are already indexed. */
  word<T extends string>(
    row: number,
    column: number | undefined,
    words: Map<string, T>,
    path: string | null,
    allowed: MessageKey[],
  ): T | undefined {
    const value = this.at(row, column);
    if (path !== null) this.note(path, row, column);
    if (isBlankCell(value)) return undefined;
    const found = words.get(normalizedWord(value));
    if (found === undefined) {
      // The sheet may be in any of the three languages: each choice is listed in all of them.
      const allowedText = allowed.map((k) => Array.from(new Set(LANGS.map((l) => DICTIONARIES[l][k]))).join(" / ")).join(", ");
      this.readIssues.push({
        code: "VALUE_NOT_RECOGNIZED",
        severity: "error",
        cell: this.ref(row, column as number),
        params: { text: String(cellText(value)), allowed: allowedText },
      });
    }
    return found;
  }

  /** A date cell: a real date, an ISO text, a dd.mm.yyyy text, or an Excel serial number. */
  date(row: number, column: number, path: string): string | undefined {
    const value = this.at(row, column);
    this.note(path, row, column);
    const date = cellDate(value);
    if (date === false) {
      this.readIssues.push({
        code: "DATE_NOT_RECOGNIZED",
        severity: "error",
        cell: this.ref(row, column),
        params: { text: String(cellText(value)) },
      });
      return undefined;
    }
    return date;
  }
}
