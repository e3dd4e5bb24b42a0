// Reading the history sheet back (periods typed or written by `bagalau history`), and the history of a
// workbook: the sheet's periods with the workbook's own period, freshly scored, put in (Sys. §73).

import { analyzeHistory, periodScoresOf, readNumber, withPeriod, type HistoryAnalysis, type PeriodScores, type Result } from "../core";
import { LANGS, t, type Lang, type MessageKey } from "../i18n";
import { HISTORY_COLUMNS, HISTORY_TABLE_MARKER, historyHeader } from "./history-sheet";
import { FIRST_COLUMN, MARKER_COLUMN, MARKER_PREFIX, normalizeHeader, sheetMarker } from "./layout";
import { formatCell, type CellRef } from "./cell-ref";
import { isCellError, type CellValue, type Grid } from "./sheet-spec";
import { cellText, isBlankCell } from "./cell-values";

export interface HistoryReadIssue {
  code: "number" | "duplicate";
  severity: "error" | "warning";
  cell: CellRef;
  params: Record<string, string>;
}

export interface HistoryReading {
  sheet: string;
  /** The periods in the sheet's order (a repeated period keeps its first row). */
  periods: PeriodScores[];
  issues: HistoryReadIssue[];
}

/** Every header of every column in every language, normalized, to its column. */
const HEADERS = new Map<string, string>(
  HISTORY_COLUMNS.flatMap((column) => LANGS.map((lang) => [normalizeHeader(historyHeader(lang, column)), column] as [string, string])),
);

const isBlank = isBlankCell;

function textOf(value: CellValue | undefined): string {
  return cellText(value) ?? "";
}

/** Reads the history sheet of a workbook; undefined when it has none. */
export function readHistorySheet(grids: readonly Grid[]): HistoryReading | undefined {
  const marker = sheetMarker("history");
  const grid = grids.find((g) => g.values.slice(0, 3).some((row) => row?.[MARKER_COLUMN - 1] === marker));
  if (!grid) return undefined;
  const reading: HistoryReading = { sheet: grid.name, periods: [], issues: [] };
  const headerIndex = grid.values.findIndex((row) => row?.[MARKER_COLUMN - 1] === HISTORY_TABLE_MARKER);
  if (headerIndex < 0) return reading;
  // Columns by their header in any language; a renamed header keeps its place in the template's order.
  const columns = new Map<string, number>();
  (grid.values[headerIndex] ?? []).forEach((value, i) => {
    const column = typeof value === "string" ? HEADERS.get(normalizeHeader(value)) : undefined;
    if (column !== undefined && !columns.has(column)) columns.set(column, i + 1);
  });
  HISTORY_COLUMNS.forEach((column, i) => {
    if (!columns.has(column) && ![...columns.values()].includes(FIRST_COLUMN + i)) columns.set(column, FIRST_COLUMN + i);
  });
  const firstRowOf = new Map<string, number>();
  for (let index = headerIndex + 1; index < grid.values.length; index++) {
    const values = grid.values[index] ?? [];
    const mark = values[MARKER_COLUMN - 1];
    if (typeof mark === "string" && mark.startsWith(MARKER_PREFIX)) break;
    const row = index + 1;
    const at = (column: string) => values[(columns.get(column) as number) - 1];
    if (HISTORY_COLUMNS.every((column) => isBlank(at(column)))) continue;
    const period = textOf(at("period"));
    const ref = (column: string): CellRef => ({ sheet: grid.name, row, column: columns.get(column) as number });
    if (firstRowOf.has(period)) {
      reading.issues.push({
        code: "duplicate",
        severity: "warning",
        cell: ref("period"),
        params: { period, row: String(firstRowOf.get(period)) },
      });
      continue;
    }
    firstRowOf.set(period, row);
    const number = (column: string): number | null => {
      const value = at(column);
      const parsed = readNumber(value instanceof Date || isCellError(value) ? textOf(value) : value);
      if (parsed.kind === "invalid")
        reading.issues.push({ code: "number", severity: "error", cell: ref(column), params: { text: parsed.text } });
      return parsed.value;
    };
    const S: Record<string, number | null> = {};
    for (const column of HISTORY_COLUMNS.filter((c) => c.startsWith("S:"))) {
      const value = number(column);
      if (value !== null) S[column.slice(2)] = value;
    }
    reading.periods.push({
      period,
      A: number("A"),
      B: number("B"),
      C: number("C"),
      D: number("D"),
      E: number("E"),
      W: number("W"),
      S,
      source: formatCell(ref("period")),
    });
  }
  return reading;
}

export interface HistoryState {
  reading: HistoryReading;
  analysis: HistoryAnalysis;
}

/**
 * The history of a workbook that has a history sheet: its periods, with the workbook's own period (when it
 * names one) scored now in place of a row of the same period. undefined without a history sheet.
 */
export function historyOfWorkbook(grids: readonly Grid[], period: string, result: Result): HistoryState | undefined {
  const reading = readHistorySheet(grids);
  if (!reading) return undefined;
  const periods = reading.periods.filter((p) => p.period !== "");
  const all = period.trim() === "" ? periods : withPeriod(periods, periodScoresOf(period.trim(), result));
  return { reading, analysis: analyzeHistory(all) };
}

/** A reading problem of the history sheet as one localized line, naming its cell. */
export function historyIssueMessage(lang: Lang, issue: HistoryReadIssue): string {
  return t(lang, `history.read.${issue.code}` as MessageKey, { ...issue.params, cell: formatCell(issue.cell) });
}
