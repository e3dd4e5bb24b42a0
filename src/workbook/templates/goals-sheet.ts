// The section 3/4 sheet (goals): one block per goal — its row with K, Y and X, its target-indicator
// table, then each task row with P and its direct-result table — as planners lay out their plans.

import type { Goal, GoalScore, Kind, Measure, Task } from "../../core";
import type { MeasureScore } from "../../core/goals";
import { t, type Lang } from "../../i18n";
import { formulas, tableName } from "../formulas";
import { BLOCK_COLUMN, MARKER_COLUMN, TABLE_COLUMNS, blockMarker } from "../layout";
import { SheetBuilder } from "../sheet-builder";
import { address, columnLetter, quoteSheetName, type SheetSpec } from "../sheet-spec";
import { bodyFieldRef } from "./field-cells";
import { writeRowAchievements } from "./row-achievement-column";
import { sheetName } from "./sheet-names";
import { titleRows, writeTable } from "./sheet-parts";
import { withTypedTexts, type TemplateOptions } from "./template-options";

const NA = { error: "#N/A" };

const MEASURE_NUMBERS = ["base", "plan", "fact"] as const;

/** The first row of the first goal block (below the title and note rows). */
export const FIRST_GOAL_ROW = 5;

function measureRecords(measures: readonly Measure[], path: string, texts?: ReadonlyMap<string, string>): Record<string, unknown>[] {
  return measures.map((m, i) => withTypedTexts({ ...m, no: m.code ?? String(i + 1) }, `${path}[${i}]`, MEASURE_NUMBERS, texts));
}

/** A relative range of a column between two rows (both included), e.g. A6:A20. */
function columnRange(column: number, top: number, bottom: number): string {
  return `${address(top, column)}:${address(bottom, column)}`;
}

/**
 * A measure table as its formula passes it: the relative range of its header and data rows — rows inserted
 * inside it widen it, and a block copied elsewhere refers to its own table (a structured reference would keep
 * naming the table copied from); rows inserted below it, a copied block among them, are not part of it.
 */
function tableRange(key: "indicators" | "results", headerRow: number, lastRow: number): string {
  const left = BLOCK_COLUMN.label;
  return `${address(headerRow, left)}:${address(lastRow, left + TABLE_COLUMNS[key].length - 1)}`;
}

/** What the goal and task blocks are written with: the language, the body's kind and, for a filled template, the texts typed. */
export interface BlockOptions {
  lang: Lang;
  kind: Kind;
  /** Blank rows after each table's records (at least one row in all). */
  spare: number;
  typedTexts?: ReadonlyMap<string, string>;
  /** Cached values of the formulas (a filled template); absent: no cached values. */
  scored?: boolean;
}

/**
 * Writes a task block (its row with P, then its direct-result table with each row's p beside it, and a blank row)
 * at `row`; returns the row after it. `results` are the core's p of the task's results, for the cached values.
 */
export function writeTaskBlock(
  b: SheetBuilder,
  o: BlockOptions,
  task: Task,
  gi: number,
  ti: number,
  row: number,
  P?: number | null,
  results?: readonly MeasureScore[],
): number {
  const { lang, kind } = o;
  const taskRow = row;
  b.marker(taskRow, blockMarker("task"));
  b.value(taskRow, BLOCK_COLUMN.label, t(lang, "wb.block.task"), "blockLabel");
  b.value(taskRow, BLOCK_COLUMN.code, task.code || null, "inputCode");
  b.value(taskRow, BLOCK_COLUMN.name, task.name || null, "blockHeader").merge(taskRow, BLOCK_COLUMN.name, BLOCK_COLUMN.nameEnd);
  const records = measureRecords(task.results, `goals[${gi}].tasks[${ti}].results`, o.typedTexts);
  const next = writeTable(b, lang, "results", tableName("results", gi, ti), taskRow + 1, records, o.spare) + 1;
  b.value(taskRow, BLOCK_COLUMN.coefficientLabel, t(lang, "wb.label.P"), "blockLabel");
  const table = tableRange("results", taskRow + 1, next - 2);
  const rules = [bodyFieldRef(lang, kind, "resultRule"), bodyFieldRef(lang, kind, "rangeRule")] as const;
  b.formula(taskRow, BLOCK_COLUMN.coefficient, formulas.task(table, ...rules), o.scored ? (P ?? "") : null);
  writeRowAchievements(b, lang, "results", formulas.rows(table, ...rules), taskRow + 1, next - 2, o.scored ? (results ?? []) : undefined);
  return next;
}

/**
 * Writes a goal block at `row`: the goal row (K, Y, X), its target-indicator table, its task blocks and a
 * blank row closing the block; returns the row after it. Y averages the P of the task rows inside the block.
 */
export function writeGoalBlock(b: SheetBuilder, o: BlockOptions, goal: Goal, gi: number, row: number, score?: GoalScore): number {
  const { lang, kind } = o;
  const goalRow = row;
  b.marker(goalRow, blockMarker("goal"));
  b.value(goalRow, BLOCK_COLUMN.label, t(lang, "wb.block.goal"), "blockLabel");
  b.value(goalRow, BLOCK_COLUMN.code, goal.code || null, "inputCode");
  b.value(goalRow, BLOCK_COLUMN.name, goal.name || null, "blockHeader").merge(goalRow, BLOCK_COLUMN.name, BLOCK_COLUMN.nameEnd);
  const records = measureRecords(goal.indicators, `goals[${gi}].indicators`, o.typedTexts);
  let next = writeTable(b, lang, "indicators", tableName("indicators", gi), goalRow + 1, records, o.spare) + 1;
  const indicators = tableRange("indicators", goalRow + 1, next - 2);
  const rules = [bodyFieldRef(lang, kind, "indicatorRule"), bodyFieldRef(lang, kind, "rangeRule")] as const;
  const hs = o.scored ? (score?.indicators ?? []) : undefined;
  writeRowAchievements(b, lang, "indicators", formulas.rows(indicators, ...rules), goalRow + 1, next - 2, hs);
  goal.tasks.forEach((task, ti) => {
    next = writeTaskBlock(b, o, task, gi, ti, next, score?.tasks[ti]?.P, score?.tasks[ti]?.results);
  });
  // Y reads the rows to the last row of the block's last table: a block inserted below it is not this goal's.
  const lastRow = next - 2;
  b.touch(next);
  b.value(goalRow, BLOCK_COLUMN.coefficientLabel, t(lang, "wb.label.K"), "blockLabel");
  b.formula(goalRow, BLOCK_COLUMN.coefficient, formulas.goal(indicators, ...rules), o.scored ? (score?.K ?? NA) : null);
  b.value(goalRow, BLOCK_COLUMN.yLabel, t(lang, "wb.label.Y"), "blockLabel");
  const y = tasksCoefficientFormula(goalRow, lastRow);
  b.formula(goalRow, BLOCK_COLUMN.y, y, o.scored ? (score?.Y ?? 1) : null);
  b.value(goalRow, BLOCK_COLUMN.xLabel, t(lang, "wb.label.X"), "blockLabel");
  const x = formulas.goalCoefficient(address(goalRow, BLOCK_COLUMN.coefficient), address(goalRow, BLOCK_COLUMN.y));
  b.formula(goalRow, BLOCK_COLUMN.x, x, o.scored ? (score?.X ?? "") : null);
  return next + 1;
}

/** The marker and P columns of a goal's rows below its row to `lastRow` (the last row of its last table), for Y. */
export function goalRows(goalRow: number, lastRow: number): [string, string] {
  return [columnRange(MARKER_COLUMN, goalRow + 1, lastRow), columnRange(BLOCK_COLUMN.coefficient, goalRow + 1, lastRow)];
}

/** Y of the goal at `goalRow` whose last table ends at `lastRow` (the pane writes it again when it adds a task). */
export function tasksCoefficientFormula(goalRow: number, lastRow: number): string {
  return formulas.tasksCoefficient(...goalRows(goalRow, lastRow), blockMarker("task"));
}

/** D of the score sheet: the mean of the X of every goal row of the goals sheet named `goalsSheet`. */
export function goalsCoefficientFormula(goalsSheet: string): string {
  const column = (c: number) => `${quoteSheetName(goalsSheet)}!$${columnLetter(c)}:$${columnLetter(c)}`;
  return formulas.goalsCoefficient(column(MARKER_COLUMN), column(BLOCK_COLUMN.x), blockMarker("goal"));
}

export function buildGoalsSheet(options: TemplateOptions): SheetSpec {
  const { lang, evaluation, result } = options;
  const kind = evaluation.body.kind;
  const b = new SheetBuilder("goals", sheetName("goals", kind, lang));
  const columns = TABLE_COLUMNS.indicators;
  titleRows(
    b,
    "goals",
    t(lang, kind === "central" ? "wb.title.goals.central" : "wb.title.goals.local"),
    t(lang, "wb.note.goals"),
    BLOCK_COLUMN.x,
  );
  const o: BlockOptions = { lang, kind, spare: options.spareRows ?? 0, typedTexts: options.typedTexts, scored: result !== undefined };
  let row = FIRST_GOAL_ROW;
  evaluation.goals.forEach((goal, gi) => {
    row = writeGoalBlock(b, o, goal, gi, row, result?.goals[gi]);
  });
  b.touch(row);
  // Column B holds the № of each row and the «Мақсат» / «Міндет» label of each block.
  b.widths(goalsSheetWidths(columns));
  b.spec.frozenRows = 3;
  b.spec.hiddenColumns = [1];
  return b.spec;
}

function goalsSheetWidths(columns: typeof TABLE_COLUMNS.indicators): number[] {
  return [2, Math.max(columns[0].width, 9), ...columns.slice(1).map((c) => c.width), 8, 10, 6, 10];
}
