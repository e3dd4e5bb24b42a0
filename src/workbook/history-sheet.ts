// The history sheet (Sys. §73): one row per period — A, B, C, D, E, W and the six App. 4 indexes S —
// editable (earlier periods are typed by hand), the declines two or more years in a row, and a line chart of A.

import type { HistoryAnalysis, PeriodScores } from "../core";
import { PERFORMANCE_INDICATORS } from "../data/performance-indicators";
import { t, type Lang } from "../i18n";
import { breakWrappedTexts } from "./form-sheet";
import { declineText } from "./history-text";
import { FIRST_COLUMN, MARKER_PREFIX, sheetMarker } from "./layout";
import { SheetBuilder } from "./sheet-builder";
import { address, type CellValue, type SheetSpec } from "./sheet-spec";

export const HISTORY_TABLE_MARKER = `${MARKER_PREFIX}table:history`;
const HISTORY_DECLINES_MARKER = `${MARKER_PREFIX}history:declines`;

/** The columns in order: the period, A, the criteria, W, then S of each App. 4 indicator ("S:<key>"). */
export const HISTORY_COLUMNS: readonly string[] = [
  "period",
  "A",
  "B",
  "C",
  "D",
  "E",
  "W",
  ...PERFORMANCE_INDICATORS.map((p) => `S:${p.key}`),
];

/** The line chart of A, under the declines from column B: its size in columns and rows. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 17;

/** Empty rows under the periods, for earlier ones typed by hand. */
const HISTORY_SPARE_ROWS = 5;

/** The header of a column in a language. */
export function historyHeader(lang: Lang, column: string): string {
  if (column === "period") return t(lang, "history.col.period");
  if (column.startsWith("S:")) {
    const key = column.slice(2);
    return t(lang, "history.col.S", { name: PERFORMANCE_INDICATORS.find((p) => p.key === key)?.name[lang] ?? key });
  }
  return column;
}

function valueOf(period: PeriodScores, column: string): CellValue {
  if (column === "period") return period.period;
  if (column.startsWith("S:")) return period.S[column.slice(2)] ?? null;
  return period[column as "A"] ?? null;
}

export function buildHistorySheet(analysis: HistoryAnalysis, lang: Lang, bodyName = ""): SheetSpec {
  const b = new SheetBuilder("history", t(lang, "history.sheet"));
  const last = FIRST_COLUMN + HISTORY_COLUMNS.length - 1;
  b.marker(1, sheetMarker("history"));
  b.value(1, FIRST_COLUMN, t(lang, "history.title"), "title").merge(1, FIRST_COLUMN, last);
  b.value(2, FIRST_COLUMN, bodyName || null, "subtitle").merge(2, FIRST_COLUMN, last);
  b.value(3, FIRST_COLUMN, t(lang, "history.note"), "note").merge(3, FIRST_COLUMN, last);
  const header = 5;
  b.marker(header, HISTORY_TABLE_MARKER);
  HISTORY_COLUMNS.forEach((column, i) => b.value(header, FIRST_COLUMN + i, historyHeader(lang, column), "header"));
  let row = header + 1;
  for (const period of analysis.periods) {
    HISTORY_COLUMNS.forEach((column, i) =>
      b.value(row, FIRST_COLUMN + i, valueOf(period, column), column === "period" ? "inputCode" : "inputNumber"),
    );
    row += 1;
  }
  const lastData = row - 1;
  for (let i = 0; i < HISTORY_SPARE_ROWS; i++) {
    HISTORY_COLUMNS.forEach((column, c) => b.value(row, FIRST_COLUMN + c, null, column === "period" ? "inputCode" : "inputNumber"));
    row += 1;
  }
  row += 1;
  b.marker(row, HISTORY_DECLINES_MARKER);
  b.value(row, FIRST_COLUMN, t(lang, "history.declines.title"), "blockLabel").merge(row, FIRST_COLUMN, last);
  row += 1;
  if (analysis.declines.length === 0) {
    b.value(row, FIRST_COLUMN, t(lang, "history.declines.none"), "wrapText").merge(row, FIRST_COLUMN, last);
    row += 1;
  } else {
    for (const decline of analysis.declines) {
      b.value(row, FIRST_COLUMN, declineText(lang, decline), "bad").merge(row, FIRST_COLUMN, last);
      row += 1;
    }
    b.value(row, FIRST_COLUMN, t(lang, "history.flag"), "note").merge(row, FIRST_COLUMN, last);
    row += 1;
  }
  if (analysis.periods.length > 0) {
    const top = row + 1;
    b.touch(top);
    const periodColumn = FIRST_COLUMN + HISTORY_COLUMNS.indexOf("period");
    const aColumn = FIRST_COLUMN + HISTORY_COLUMNS.indexOf("A");
    b.spec.chart = {
      type: "line",
      title: t(lang, "history.chart.title"),
      categoriesRange: `${address(header + 1, periodColumn)}:${address(lastData, periodColumn)}`,
      valuesRange: `${address(header + 1, aColumn)}:${address(lastData, aColumn)}`,
      anchor: `${address(top, FIRST_COLUMN)}:${address(top + CHART_ROWS - 1, FIRST_COLUMN + CHART_COLUMNS - 1)}`,
    };
  }
  b.widths([2, 12, 10, 10, 10, 10, 10, 8, ...PERFORMANCE_INDICATORS.map(() => 16)]);
  b.spec.frozenRows = header;
  b.spec.hiddenColumns = [1];
  breakWrappedTexts(b.spec);
  return b.spec;
}
