// The goals sheet's blocks as the pane changes them: where each goal, task and table is (from the column-A
// markers), and the RowEdit of each structure action — add or remove a goal, a task, a table row.

import type { Goal, Kind, Task } from "../core";
import { cellText } from "../workbook/cell-values";
import type { Lang } from "../i18n";
import { BLOCK_COLUMN, FIRST_COLUMN, MARKER_COLUMN, TABLE_COLUMNS, blockMarker, tableMarker } from "../workbook/layout";
import type { RowEdit } from "../workbook/port";
import { SheetBuilder } from "../workbook/sheet-builder";
import type { Grid } from "../workbook/sheet-spec";
import { tasksCoefficientFormula, writeGoalBlock, writeTaskBlock, type BlockOptions } from "../workbook/templates/goals-sheet";
import { sheetName } from "../workbook/templates/sheet-names";
import { TEMPLATE_SPARE_ROWS } from "../workbook/workbook-services";
import { renameSheetReferences } from "./sheet-placement";

/** The columns the actions insert and delete cells in: the marker column to the goal's X (A:N). */
export const STRUCTURE_LAST_COLUMN = BLOCK_COLUMN.x;

export interface TablePlace {
  header: number;
  /** The table's last row (the template leaves a blank row after it). */
  bottom: number;
  /** The last row with a value in the table's columns (the header row when none). */
  lastUsed: number;
}

export interface TaskPlace {
  row: number;
  code: string;
  results: TablePlace;
}

export interface GoalPlace {
  row: number;
  code: string;
  indicators: TablePlace;
  tasks: TaskPlace[];
  /** The last row of the goal's last table. */
  lastTableRow: number;
}

const cell = (grid: Grid, row: number, column: number) => grid.values[row - 1]?.[column - 1];

function used(grid: Grid, row: number): boolean {
  const last = FIRST_COLUMN + TABLE_COLUMNS.indicators.length - 1;
  for (let c = FIRST_COLUMN; c <= last; c++) {
    const value = cell(grid, row, c);
    if (value !== null && value !== undefined && value !== "") return true;
  }
  return false;
}

/**
 * The table under `header`, ending before `next` (the next marker row, or undefined at the end). The template
 * leaves one blank row after a table before a task, two before the next goal: a table ends there, or at its
 * last filled row; the last table of the sheet at its last filled row or its spare rows.
 */
function tablePlace(grid: Grid, header: number, next: number | undefined, gap: number): TablePlace {
  const end = next ?? Math.max(grid.values.length, header + TEMPLATE_SPARE_ROWS) + 1;
  let lastUsed = header;
  for (let row = header + 1; row < end; row++) if (used(grid, row)) lastUsed = row;
  const bottom = next === undefined ? Math.max(lastUsed, header + TEMPLATE_SPARE_ROWS) : Math.max(lastUsed, next - gap, header + 1);
  return { header, bottom, lastUsed };
}

/** Every goal block of the goals sheet's grid, with its tasks and tables. */
export function goalPlaces(grid: Grid): GoalPlace[] {
  const markers: { row: number; marker: string }[] = [];
  grid.values.forEach((values, index) => {
    const marker = values?.[MARKER_COLUMN - 1];
    if (
      marker === blockMarker("goal") ||
      marker === blockMarker("task") ||
      marker === tableMarker("indicators") ||
      marker === tableMarker("results")
    )
      markers.push({ row: index + 1, marker });
  });
  const goals: GoalPlace[] = [];
  const code = (row: number) => cellText(cell(grid, row, BLOCK_COLUMN.code)) ?? "";
  markers.forEach(({ row, marker }, i) => {
    const next = markers.slice(i + 1).find((m) => m.marker === blockMarker("goal") || m.marker === blockMarker("task"));
    const gap = next?.marker === blockMarker("goal") ? 3 : 2;
    if (marker === blockMarker("goal"))
      goals.push({ row, code: code(row), indicators: { header: row, bottom: row, lastUsed: row }, tasks: [], lastTableRow: row });
    const goal = goals[goals.length - 1];
    if (!goal) return;
    if (marker === blockMarker("task")) goal.tasks.push({ row, code: code(row), results: { header: row, bottom: row, lastUsed: row } });
    if (marker === tableMarker("indicators") && markers[i - 1]?.row === row - 1) goal.indicators = tablePlace(grid, row, next?.row, gap);
    const task = goal.tasks[goal.tasks.length - 1];
    if (marker === tableMarker("results") && task && task.row === row - 1) task.results = tablePlace(grid, row, next?.row, gap);
    goal.lastTableRow = Math.max(goal.indicators.bottom, ...goal.tasks.map((t) => t.results.bottom));
  });
  return goals;
}

/** What a new block is written with: the templates' language and kind, and the score sheet's real name. */
export interface BlockContext {
  sheet: string;
  lang: Lang;
  kind: Kind;
  scoreSheet: string;
}

function blockEdit(context: BlockContext, at: number, write: (b: SheetBuilder, o: BlockOptions) => number): RowEdit {
  const b = new SheetBuilder("goals", context.sheet);
  const o: BlockOptions = { lang: context.lang, kind: context.kind, spare: TEMPLATE_SPARE_ROWS };
  const next = write(b, o);
  // The formulas name the score sheet as the templates do: pointed at the name it has in this workbook.
  const [block] = renameSheetReferences([b.spec], new Map([[sheetName("body", context.kind, context.lang), context.scoreSheet]]));
  return { sheet: context.sheet, at, count: next - at, lastColumn: STRUCTURE_LAST_COLUMN, block };
}

const emptyTask = (): Task => ({ code: "", name: "", results: [] });
const emptyGoal = (): Goal => ({ code: "", name: "", indicators: [], tasks: [] });

/** A goal block (no task yet) after the last goal's block. */
export function addGoalEdit(context: BlockContext, goals: readonly GoalPlace[]): RowEdit {
  const last = goals[goals.length - 1];
  const at = last ? last.lastTableRow + 3 : 5;
  return blockEdit(context, at, (b, o) => writeGoalBlock(b, o, emptyGoal(), goals.length, at));
}

/** A task block at the end of goal `gi`'s block, and the goal's Y over its rows with the new task. */
export function addTaskEdit(context: BlockContext, goals: readonly GoalPlace[], gi: number): RowEdit {
  const goal = goals[gi];
  const at = goal.lastTableRow + 2;
  const edit = blockEdit(context, at, (b, o) => writeTaskBlock(b, o, emptyTask(), gi, goal.tasks.length, at));
  const newLastTableRow = at + edit.count - 2;
  const y = {
    ref: { sheet: context.sheet, row: goal.row, column: BLOCK_COLUMN.y },
    formula: tasksCoefficientFormula(goal.row, newLastTableRow),
  };
  return { ...edit, formulas: [y] };
}

/** One row more in a table: after its last filled row where a blank row follows inside it, else before its last row. */
export function addRowEdit(sheet: string, table: TablePlace): RowEdit {
  const at = Math.min(Math.max(table.lastUsed + 1, table.header + 2), table.bottom);
  return { sheet, at, count: 1, lastColumn: STRUCTURE_LAST_COLUMN, formatAbove: true };
}

/** The table's last row removed, if it is blank and not the only one; else undefined (nothing typed is removed). */
export function removeRowEdit(sheet: string, table: TablePlace): RowEdit | undefined {
  if (table.bottom <= table.header + 1 || table.lastUsed >= table.bottom) return undefined;
  return { sheet, at: table.bottom, count: -1, lastColumn: STRUCTURE_LAST_COLUMN };
}

/** Task `ti` of goal `gi` removed (its row, its table and the blank row after it), and the goal's Y over what is left. */
export function removeTaskEdit(sheet: string, goals: readonly GoalPlace[], gi: number, ti: number): RowEdit {
  const goal = goals[gi];
  const task = goal.tasks[ti];
  const count = task.results.bottom + 2 - task.row;
  const rest = [
    goal.indicators.bottom,
    ...goal.tasks.filter((_, i) => i !== ti).map((t) => t.results.bottom - (t.row > task.row ? count : 0)),
  ];
  const y = { ref: { sheet, row: goal.row, column: BLOCK_COLUMN.y }, formula: tasksCoefficientFormula(goal.row, Math.max(...rest)) };
  return { sheet, at: task.row, count: -count, lastColumn: STRUCTURE_LAST_COLUMN, formulas: [y] };
}

/** Goal `gi` removed: its whole block, from its row to the blank rows closing it. */
export function removeGoalEdit(sheet: string, goals: readonly GoalPlace[], gi: number): RowEdit {
  const goal = goals[gi];
  return { sheet, at: goal.row, count: -(goal.lastTableRow + 3 - goal.row), lastColumn: STRUCTURE_LAST_COLUMN };
}

/**
 * The grid as it is after `edit`, as far as the outline needs it: the rows of columns 1..lastColumn moved and
 * the block's literal values written (formulas' results are not known until the host computes them).
 */
export function editedGrid(grid: Grid, edit: RowEdit): Grid {
  const rows = Math.max(grid.values.length, edit.at - 1) + Math.max(0, edit.count);
  const left = (row: number) => (grid.values[row - 1] ?? []).slice(0, edit.lastColumn);
  const right = (row: number) => (grid.values[row - 1] ?? []).slice(edit.lastColumn);
  const values = Array.from({ length: rows }, (_, i) => {
    const row = i + 1;
    const from = row < edit.at ? row : edit.count > 0 ? (row < edit.at + edit.count ? 0 : row - edit.count) : row - edit.count;
    const cells: Grid["values"][number] = from === 0 ? [] : left(from);
    cells.length = edit.lastColumn;
    return [...Array.from(cells, (value) => value ?? null), ...right(row)];
  });
  edit.block?.rows.forEach((cells, r) =>
    cells?.forEach((cell, c) => {
      if (cell?.value !== undefined && values[r]) values[r][c] = cell.value;
    }),
  );
  return { ...grid, values };
}
