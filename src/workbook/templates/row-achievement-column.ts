// The per-row achievement column beside a target-indicator or direct-result table of the goals sheet: one
// BAGALAU.ROWS dynamic array from the header row down, coloured by how far each row is achieved.

import type { MeasureScore } from "../../core/goals";
import { t, type Lang, type MessageKey } from "../../i18n";
import { ROW_ACHIEVEMENT_COLUMN } from "../layout";
import type { SheetBuilder } from "../sheet-builder";
import { address, type CellValue, type ConditionalFormatSpec } from "../sheet-spec";

const EXCLUSION_TEXTS = new Set(["PLAN_MISSING", "DATA_NONE", "FACT_MISSING", "PLAN_RANGE"]);

/** A row's value in the column, as BAGALAU.ROWS gives it: h or p, or why the row is not counted. */
export function rowAchievementValue(lang: Lang, score: MeasureScore): number | string {
  if (score.value !== null) return score.value;
  const reason = score.excluded !== undefined && EXCLUSION_TEXTS.has(score.excluded) ? score.excluded : "other";
  return t(lang, `fn.row.notCounted.${reason}` as MessageKey);
}

/** Fully achieved (1) green, partially (between 0 and 1) amber, not achieved (0) red, not counted (a text) grey. */
function achievementFormats(first: string, range: string): ConditionalFormatSpec {
  const number = `ISNUMBER(${first})`;
  return {
    range,
    rules: [
      { formula: `AND(${number},${first}>=1)`, fill: "C6EFCE", font: "006100" },
      { formula: `AND(${number},${first}>0,${first}<1)`, fill: "FFEB9C", font: "9C5700" },
      { formula: `AND(${number},${first}<=0)`, fill: "FFC7CE", font: "9C0006" },
      { formula: `AND(ISTEXT(${first}),${first}<>"")`, fill: "E7E6E6", font: "595959" },
    ],
  };
}

/**
 * Writes the column beside a table whose header is at `headerRow` and last data row at `lastRow`: `formula`
 * (its BAGALAU.ROWS) in the header row's cell, spilling over the data rows, with their cached values when
 * `scores` (the core's h or p of each written measure, in order) are given.
 */
export function writeRowAchievements(
  b: SheetBuilder,
  lang: Lang,
  kind: "indicators" | "results",
  formula: string,
  headerRow: number,
  lastRow: number,
  scores: readonly MeasureScore[] | undefined,
): void {
  const column = ROW_ACHIEVEMENT_COLUMN;
  const rowCount = lastRow - headerRow;
  const header = t(lang, kind === "indicators" ? "fn.row.header.indicators" : "fn.row.header.results");
  const results = scores
    ? Array.from({ length: rowCount }, (_, i): CellValue => (scores[i] ? rowAchievementValue(lang, scores[i]) : ""))
    : null;
  b.set(headerRow, column, {
    formula,
    result: scores ? header : null,
    style: "computed",
    spill: { rows: rowCount + 1, results },
  });
  for (let r = 1; r <= rowCount; r++) b.set(headerRow + r, column, { style: "computed" });
  const first = address(headerRow + 1, column);
  (b.spec.conditionalFormats ??= []).push(achievementFormats(first, `${first}:${address(headerRow + rowCount, column)}`));
}
