// The reader of section 3/4 (goals): one block per goal — the goal row and its target-indicator table,
// then each task row with its direct-result table; a row outside any block is a warning, not a goal.

import { cellText } from "../cell-values";
import { BLOCK_COLUMN, FIRST_COLUMN } from "../layout";
import { readMeasures } from "./read-measures";
import type { SheetToRead } from "./sheet-reader";

/** The `goals` list of the evaluation JSON; empty without the sheet. */
export function readGoalsSheet(sheet: SheetToRead | undefined): Record<string, unknown>[] {
  const goals: Record<string, unknown>[] = [];
  if (!sheet) return goals;
  const { walk: w, reader } = sheet;
  reader.note("goals", 1, FIRST_COLUMN);
  let goal: Record<string, unknown> | undefined;
  let task: Record<string, unknown> | undefined;
  const blockTables = (row: number) => w.tables.filter((t) => t.block?.row === row);
  for (const block of w.blocks) {
    const code = cellText(reader.at(block.row, BLOCK_COLUMN.code));
    const name = cellText(reader.at(block.row, BLOCK_COLUMN.name)) ?? "";
    if (block.key === "goal") {
      const gi = goals.length;
      goal = { code: code ?? String(gi + 1), name, indicators: [], tasks: [] };
      goals.push(goal);
      task = undefined;
      reader.note(`goals[${gi}]`, block.row, BLOCK_COLUMN.code);
      goal.indicators = readMeasures(
        reader,
        blockTables(block.row).find((t) => t.key === "indicators"),
        `goals[${gi}].indicators`,
      );
    } else {
      if (!goal) {
        reader.readIssues.push({
          code: "ROW_OUTSIDE_BLOCK",
          severity: "warning",
          cell: reader.ref(block.row, BLOCK_COLUMN.label),
          params: {},
        });
        continue;
      }
      const gi = goals.length - 1;
      const tasks = goal.tasks as Record<string, unknown>[];
      const ti = tasks.length;
      task = { code: code ?? `${String(goal.code)}.${ti + 1}`, name, results: [] };
      tasks.push(task);
      reader.note(`goals[${gi}].tasks[${ti}]`, block.row, BLOCK_COLUMN.code);
      task.results = readMeasures(
        reader,
        blockTables(block.row).find((t) => t.key === "results"),
        `goals[${gi}].tasks[${ti}].results`,
      );
    }
  }
  for (const table of w.tables) {
    if (!table.block && table.rows.length > 0) {
      reader.readIssues.push({
        code: "ROW_OUTSIDE_BLOCK",
        severity: "warning",
        cell: reader.ref(table.rows[0].row, FIRST_COLUMN),
        params: {},
      });
    }
  }
  return goals;
}
