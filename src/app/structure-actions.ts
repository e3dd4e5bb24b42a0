// The pane's structure actions on the goals sheet: add a goal, a task, a table row; remove them — each one
// read of the workbook and one RowEdit, so a constant number of host round trips whatever the sheet's size.

import { t as text } from "../i18n";
import type { RowEdit, WorkbookPort } from "../workbook/port";
import type { Grid } from "../workbook/sheet-spec";
import { sheetName } from "../workbook/templates/sheet-names";
import type { ActionOptions, GoalOutline, StructureActions, StructureChange, StructureRefusal } from "./api";
import { kindOfBodyGrid, sheetsByRole, templatesLanguage, type AppDeps } from "./bagalau-app";
import {
  addGoalEdit,
  addRowEdit,
  addTaskEdit,
  editedGrid,
  goalPlaces,
  removeGoalEdit,
  removeRowEdit,
  removeTaskEdit,
  type BlockContext,
  type GoalPlace,
} from "./goal-structure";

function outlineOf(goals: readonly GoalPlace[]): GoalOutline[] {
  return goals.map((goal, gi) => ({
    code: goal.code || String(gi + 1),
    tasks: goal.tasks.map((task, ti) => task.code || `${goal.code || gi + 1}.${ti + 1}`),
  }));
}

/** The edit a change makes, or why it is refused. */
function editOf(change: StructureChange, goals: readonly GoalPlace[], context: BlockContext): RowEdit | StructureRefusal {
  if (change.type === "addGoal") return addGoalEdit(context, goals);
  const goal = goals[change.goal];
  if (!goal) return "noSuchBlock";
  const task = "task" in change && change.task !== undefined ? goal.tasks[change.task] : undefined;
  if ("task" in change && change.task !== undefined && !task) return "noSuchBlock";
  switch (change.type) {
    case "addTask":
      return addTaskEdit(context, goals, change.goal);
    case "addRow":
      return addRowEdit(context.sheet, task ? task.results : goal.indicators);
    case "removeRow":
      return removeRowEdit(context.sheet, task ? task.results : goal.indicators) ?? "rowNotBlank";
    case "removeTask":
      return removeTaskEdit(context.sheet, goals, change.goal, change.task);
    case "removeGoal":
      return goals.length <= 1 ? "lastGoal" : removeGoalEdit(context.sheet, goals, change.goal);
  }
}

export function structureActions(port: WorkbookPort, deps: AppDeps): StructureActions {
  const goalsGrid = (grids: readonly Grid[]) => {
    const name = sheetsByRole(grids).get("goals");
    return grids.find((grid) => grid.name === name);
  };
  const outline = async (action?: ActionOptions) => {
    action?.onProgress?.(0);
    const grid = goalsGrid(await port.readGrids());
    action?.onProgress?.(1);
    return grid ? outlineOf(goalPlaces(grid)) : [];
  };
  return {
    outline,
    async changeStructure(change, action) {
      action?.onProgress?.(0);
      const grids = await port.readGrids();
      const grid = goalsGrid(grids);
      if (!grid) return { refused: "noGoalsSheet", outline: [] };
      const goals = goalPlaces(grid);
      const byRole = sheetsByRole(grids);
      const body = grids.find((g) => g.name === byRole.get("body"));
      const kind = body ? kindOfBodyGrid(body) : "central";
      const lang = templatesLanguage(grids) ?? deps.templateLang ?? "kk";
      const context: BlockContext = { sheet: grid.name, lang, kind, scoreSheet: body?.name ?? sheetName("body", kind, lang) };
      const edit = editOf(change, goals, context);
      if (typeof edit === "string") return { refused: edit, outline: outlineOf(goals) };
      if (action?.signal?.aborted) throw Object.assign(new Error(text(lang, "pane.action.cancelled")), { name: "AbortError" });
      action?.onProgress?.(0.5);
      await port.editRows(edit);
      action?.onProgress?.(1);
      // The outline after, from the grid as the edit left it: no read again (3 host round trips in all).
      return { outline: outlineOf(goalPlaces(editedGrid(grid, edit))) };
    },
  };
}
