// The application services as the task pane sees them: one object per workbook, every action a
// promise with progress and cancellation — implemented over any WorkbookPort (Excel or an .xlsx).

import type { Kind, ProfileInput, Result } from "../core";
import type { Lang } from "../i18n";
import type { CheckReport, ScoredWorkbook, TemplateShape } from "../workbook/workbook-services";
import type { CellRef } from "../workbook/cell-ref";
import type { WorkbookState } from "../workbook/port";
import type { Grid, SheetSpec } from "../workbook/sheet-spec";
import type { RecognizedPlan } from "../workbook/plan-import/recognize";
import type { NextPeriodReport } from "../workbook/plan-import/next-period";

export interface ActionOptions {
  /** Cancels a long action between its steps. */
  signal?: AbortSignal;
  /** Progress from 0 to 1, with a message key of src/i18n. */
  onProgress?: (fraction: number) => void;
}

export interface InsertReport {
  /** Names of the sheets inserted. */
  inserted: string[];
  /** Roles whose templates were already in the workbook and were left untouched. */
  existing: string[];
}

/** A plan's own table, recognized (see src/workbook/plan-import/), to write into the templates of a body. */
export interface PlanImportRequest {
  plan: RecognizedPlan;
  kind: Kind;
  bodyKey?: string;
  bodyName?: string;
  lang: Lang;
}

/** The next period's workbook: its sheets (templates and history), to be written into a new workbook, and what was carried. */
export interface NextPeriodOutcome {
  sheets: SheetSpec[];
  report: NextPeriodReport;
}

/** Stops a change subscription; a host whose removal finishes later returns a promise of it. */
export type Unsubscribe = () => void | Promise<void>;

export interface BagalauApp extends StructureActions {
  state(): Promise<WorkbookState>;
  saveState(patch: Partial<WorkbookState>): Promise<WorkbookState>;
  /** The templates for the body, inserted as new sheets; existing sheets are never touched. */
  insertTemplates(
    options: {
      kind: Kind;
      bodyKey?: string;
      bodyName?: string;
      period?: string;
      lang: Lang;
      onlyMissing: boolean;
      /** How many goals, and tasks per goal, the goals sheet begins with (default 3 and 2). */
      shape?: TemplateShape;
    },
    action?: ActionOptions,
  ): Promise<InsertReport>;
  /** Reads and scores the workbook (no writes). */
  score(action?: ActionOptions): Promise<ScoredWorkbook>;
  /** Reads, scores, lists every issue with its cell and highlights the cells (replacing earlier highlights). */
  check(lang: Lang, today: string, action?: ActionOptions): Promise<CheckReport>;
  clearHighlights(action?: ActionOptions): Promise<void>;
  select(ref: CellRef): Promise<void>;
  /**
   * Saves the profile and writes it into the score sheet's profile cells (and weights), so that the live
   * formulas and every later score use it. Resolves with the saved state.
   */
  applyProfile(profile: ProfileInput, action?: ActionOptions): Promise<WorkbookState>;
  /**
   * Calls `listener` after the user changes cells, where the host has change events; returns the
   * unsubscribe function. Subscribing and unsubscribing finish later: a failure of either goes to `onFailure`.
   */
  onChange?: (listener: () => void, onFailure: (error: unknown) => void) => Unsubscribe;
  /** Every sheet's values, read only: a plan's table kept on a sheet of the workbook is imported from it. */
  readSheets(action?: ActionOptions): Promise<Grid[]>;
  /**
   * The templates filled with a recognized plan (facts blank), inserted as new sheets — only into a workbook
   * that has none of the templates yet; where it has some, nothing is written and they are named in `existing`.
   */
  importPlan(request: PlanImportRequest, action?: ActionOptions): Promise<InsertReport>;
  /**
   * The next period's sheets from this workbook (base = its facts, plans from `plan` where given, its score
   * in the history); nothing is written here: the caller opens them as a new workbook.
   */
  nextPeriod(request: { lang: Lang; plan?: RecognizedPlan }, action?: ActionOptions): Promise<NextPeriodOutcome>;
  /** Writes (or rewrites, replacing only its own sheets) the conclusion, the verification act and the disagreement table. */
  generateConclusion(lang: Lang, action?: ActionOptions): Promise<{ sheets: string[]; result: Result }>;
}

/** A change of the goals sheet's structure (goal and task by their 0-based position on the sheet). */
export type StructureChange =
  | { type: "addGoal" }
  | { type: "addTask"; goal: number }
  | { type: "addRow"; goal: number; task?: number }
  | { type: "removeRow"; goal: number; task?: number }
  | { type: "removeTask"; goal: number; task: number }
  | { type: "removeGoal"; goal: number };

/** Why a structure change was not made: no goals sheet, the only goal, a table's last row holding data. */
export type StructureRefusal = "noGoalsSheet" | "noSuchBlock" | "lastGoal" | "rowNotBlank";

/** The goals sheet's goals and their tasks, by code (as the pane lists them). */
export interface GoalOutline {
  code: string;
  tasks: string[];
}

export interface StructureActions {
  /** The goals and tasks of the goals sheet; empty without one. */
  outline(action?: ActionOptions): Promise<GoalOutline[]>;
  /** Makes the change in a constant number of host round trips; resolves with the outline after it, or why it was refused. */
  changeStructure(change: StructureChange, action?: ActionOptions): Promise<{ refused?: StructureRefusal; outline: GoalOutline[] }>;
}
