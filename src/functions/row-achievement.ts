// BAGALAU.ROWS: the achievement of each row of a target-indicator or direct-result table (h or p, or why the
// row is not counted), read and scored as GOAL and TASK do, as one column as tall as the table argument.

import { t, type Lang } from "../i18n";
import { recognizedHeaderCount } from "../workbook/reader/row-kinds";
import type { CellValue } from "../workbook/sheet-spec";
import { rowAchievementValue } from "../workbook/templates/row-achievement-column";
import { goalsOf } from "./sections";
import { readSectionTableCells } from "./section-tables";

/** Which measure table the argument is: the one more of whose headers its first row carries (indicators on a tie). */
function tableKind(table: unknown): "indicators" | "results" {
  const first = Array.isArray(table) && Array.isArray(table[0]) ? (table[0] as unknown[]) : [];
  const header: CellValue[] = [null, ...first.map((v) => (typeof v === "string" ? v : null))];
  return recognizedHeaderCount("results", header) > recognizedHeaderCount("indicators", header) ? "results" : "indicators";
}

/**
 * BAGALAU.ROWS: the column beside `table` (a target-indicator or direct-result table with its header row): the
 * symbol h or p beside the header, then each data row's achievement; "" beside a row the reader passes over (blank).
 */
export function rowAchievements(table: unknown, rule: unknown, rangeRule: unknown, lang: Lang): (number | string)[][] {
  const kind = tableKind(table);
  const { evaluation, cells, headerRow } = readSectionTableCells(table, kind, "table", lang);
  const goals = kind === "indicators" ? goalsOf(evaluation, rule, null, rangeRule) : goalsOf(evaluation, null, rule, rangeRule);
  const goal = goals.goals[0];
  const scores = (kind === "indicators" ? goal?.indicators : goal?.tasks[0]?.results) ?? [];
  const list = kind === "indicators" ? "goals[0].indicators" : "goals[0].tasks[0].results";
  const column: (number | string)[][] = (table as unknown[][]).map(() => [""]);
  column[0] = [t(lang, kind === "indicators" ? "fn.row.header.indicators" : "fn.row.header.results")];
  scores.forEach((score, i) => {
    const ref = cells.get(`${list}[${i}]`) ?? cells.get(`${list}[${i}].plan`) ?? cells.get(`${list}[${i}].fact`);
    const at = ref === undefined ? -1 : ref.row - headerRow;
    if (at > 0 && at < column.length) column[at] = [rowAchievementValue(lang, score)];
  });
  return column;
}
