// The section 3/4 sheet (goals): one block per goal — its row with K, Y and X, its target-indicator
// table, then each task row with P and its direct-result table — as planners lay out their plans.

import type { Goal, Measure } from "../../core";
import { t } from "../../i18n";
import { formulas, tableName } from "../formulas";
import { BLOCK_COLUMN, TABLE_COLUMNS, blockMarker } from "../layout";
import { SheetBuilder } from "../sheet-builder";
import { address, quoteSheetName, type SheetSpec } from "../sheet-spec";
import { bodyFieldRef } from "./field-cells";
import { sheetName } from "./sheet-names";
import { titleRows, writeTable } from "./sheet-parts";
import { withTypedTexts, type TemplateOptions } from "./template-options";

const NA = { error: "#N/A" };

const MEASURE_NUMBERS = ["base", "plan", "fact"] as const;

function measureRecords(measures: readonly Measure[], path: string, texts?: ReadonlyMap<string, string>): Record<string, unknown>[] {
  return measures.map((m, i) => withTypedTexts({ ...m, no: m.code ?? String(i + 1) }, `${path}[${i}]`, MEASURE_NUMBERS, texts));
}

export interface GoalsSheet {
  spec: SheetSpec;
  /** Addresses of every goal's X cell on the goals sheet, for D. */
  xCells: string[];
}

export function buildGoalsSheet(options: TemplateOptions): GoalsSheet {
  const { lang, evaluation, result } = options;
  const kind = evaluation.body.kind;
  const spare = options.spareRows ?? 0;
  const b = new SheetBuilder("goals", sheetName("goals", kind, lang));
  const columns = TABLE_COLUMNS.indicators;
  titleRows(
    b,
    "goals",
    t(lang, kind === "central" ? "wb.title.goals.central" : "wb.title.goals.local"),
    t(lang, "wb.note.goals"),
    BLOCK_COLUMN.x,
  );
  const xCells: string[] = [];
  let row = 5;
  evaluation.goals.forEach((goal: Goal, gi) => {
    const goalScore = result?.goals[gi];
    const goalRow = row;
    b.marker(goalRow, blockMarker("goal"));
    b.value(goalRow, BLOCK_COLUMN.label, t(lang, "wb.block.goal"), "blockLabel");
    b.value(goalRow, BLOCK_COLUMN.code, goal.code || null, "inputCode");
    b.value(goalRow, BLOCK_COLUMN.name, goal.name || null, "blockHeader").merge(goalRow, BLOCK_COLUMN.name, BLOCK_COLUMN.nameEnd);
    const indicatorTable = tableName("indicators", gi);
    const afterIndicators = writeTable(
      b,
      lang,
      "indicators",
      indicatorTable,
      goalRow + 1,
      measureRecords(goal.indicators, `goals[${gi}].indicators`, options.typedTexts),
      spare,
    );
    row = afterIndicators + 1;
    const pCells: string[] = [];
    goal.tasks.forEach((task, ti) => {
      const taskRow = row;
      b.marker(taskRow, blockMarker("task"));
      b.value(taskRow, BLOCK_COLUMN.label, t(lang, "wb.block.task"), "blockLabel");
      b.value(taskRow, BLOCK_COLUMN.code, task.code || null, "inputCode");
      b.value(taskRow, BLOCK_COLUMN.name, task.name || null, "blockHeader").merge(taskRow, BLOCK_COLUMN.name, BLOCK_COLUMN.nameEnd);
      const resultTable = tableName("results", gi, ti);
      row =
        writeTable(
          b,
          lang,
          "results",
          resultTable,
          taskRow + 1,
          measureRecords(task.results, `goals[${gi}].tasks[${ti}].results`, options.typedTexts),
          spare,
        ) + 1;
      const P = goalScore?.tasks[ti]?.P;
      b.value(taskRow, BLOCK_COLUMN.coefficientLabel, t(lang, "wb.label.P"), "blockLabel");
      b.formula(
        taskRow,
        BLOCK_COLUMN.coefficient,
        formulas.task(resultTable, bodyFieldRef(lang, kind, "resultRule"), bodyFieldRef(lang, kind, "rangeRule")),
        result ? (P ?? "") : null,
      );
      pCells.push(address(taskRow, BLOCK_COLUMN.coefficient));
    });
    const K = goalScore?.K;
    const kCell = address(goalRow, BLOCK_COLUMN.coefficient);
    const yCell = address(goalRow, BLOCK_COLUMN.y);
    b.value(goalRow, BLOCK_COLUMN.coefficientLabel, t(lang, "wb.label.K"), "blockLabel");
    b.formula(
      goalRow,
      BLOCK_COLUMN.coefficient,
      formulas.goal(indicatorTable, bodyFieldRef(lang, kind, "indicatorRule"), bodyFieldRef(lang, kind, "rangeRule")),
      result ? (K ?? NA) : null,
    );
    b.value(goalRow, BLOCK_COLUMN.yLabel, t(lang, "wb.label.Y"), "blockLabel");
    b.formula(goalRow, BLOCK_COLUMN.y, formulas.tasksCoefficient(pCells), result ? (goalScore?.Y ?? 1) : null);
    b.value(goalRow, BLOCK_COLUMN.xLabel, t(lang, "wb.label.X"), "blockLabel");
    b.formula(goalRow, BLOCK_COLUMN.x, formulas.goalCoefficient(kCell, yCell), result ? (goalScore?.X ?? "") : null);
    xCells.push(`${quoteSheetName(b.spec.name)}!${address(goalRow, BLOCK_COLUMN.x)}`);
    row += 1;
  });
  b.touch(row);
  // Column B holds the № of each row and the «Мақсат» / «Міндет» label of each block.
  b.widths([2, Math.max(columns[0].width, 9), ...columns.slice(1).map((c) => c.width), 8, 10, 6, 10]);
  b.spec.frozenRows = 3;
  b.spec.hiddenColumns = [1];
  return { spec: b.spec, xCells };
}
