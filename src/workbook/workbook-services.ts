// The application services the CLI and the task pane share: templates, fill, read and score, check
// (every issue on its cell, and the deductions an evaluator would make), all over host-neutral grids.

import { formatIssue, t, type Lang, type MessageKey } from "../i18n";
import {
  periodReported,
  scoreEvaluation,
  type Evaluation,
  type Issue,
  type Kind,
  type QualitySphere,
  type Result,
  type Goal,
} from "../core";
import { centralBody } from "../data/central-bodies";
import { LOCAL_SPHERES } from "../data/local-spheres";
import type { Sphere } from "../data/central-bodies";
import { buildTemplates } from "./templates/build-templates";
import { inputRoles } from "./templates/sheet-names";
import { typedTextsOf } from "./templates/template-options";
import { cellOfIssue } from "./reader/issue-cell";
import { formatCell, type CellRef } from "./cell-ref";
import { readWorkbook, type WorkbookReading } from "./reader/read-workbook";
import type { ReadIssue } from "./reader/read-issues";
import type { Grid, SheetSpec } from "./sheet-spec";
import { predictDeductions, type PredictedDeduction } from "./self-check";
import { appealOfWorkbook, type AppealState } from "./appeal-state";
import { appealIssueMessage } from "./appeal-read";
import { historyIssueMessage, historyOfWorkbook, type HistoryState } from "./history-read";

/** Rows left empty in each table of a new template. */
export const TEMPLATE_SPARE_ROWS = 5;
/** How many goals, and tasks per goal, a template begins with; the planner adds or removes blocks later. */
export interface TemplateShape {
  goals: number;
  tasks: number;
}

export const DEFAULT_TEMPLATE_SHAPE: TemplateShape = { goals: 3, tasks: 2 };
/** The limits of --goals and --tasks and of the pane's Start view. */
export const TEMPLATE_SHAPE_LIMITS = { goals: { min: 1, max: 60 }, tasks: { min: 0, max: 30 } } as const;

function spheresOf(spheres: readonly Sphere[], lang: Lang): QualitySphere[] {
  return spheres.map((sphere) => ({
    code: sphere.code,
    name: sphere.name[lang],
    q1: null,
    q2: null,
    directions: sphere.directions.map((d) => ({ code: d.code, name: d.name[lang], q1: null, q2: null })),
  }));
}

/** An evaluation with no values: the shape of an empty template for a kind of body (and a known body). */
export function blankEvaluation(kind: Kind, lang: Lang, bodyKey?: string, shape: TemplateShape = DEFAULT_TEMPLATE_SHAPE): Evaluation {
  const body = bodyKey ? centralBody(bodyKey) : undefined;
  const goals: Goal[] = Array.from({ length: shape.goals }, () => ({
    code: "",
    name: "",
    indicators: [],
    tasks: Array.from({ length: shape.tasks }, () => ({ code: "", name: "", results: [] })),
  }));
  return {
    body: { name: body ? body.name[lang] : "", kind, period: "" },
    profile: {},
    quality: kind === "local" ? spheresOf(LOCAL_SPHERES, lang) : body ? spheresOf(body.spheres, lang) : [],
    risks: [],
    goals,
    performance: [],
    penalties: { missingElements: [], unreliableFacts: [], unreliableFactsListed: false },
  };
}

export function templateSheets(kind: Kind, lang: Lang, bodyKey?: string, shape?: TemplateShape): SheetSpec[] {
  return buildTemplates({ lang, evaluation: blankEvaluation(kind, lang, bodyKey, shape), spareRows: TEMPLATE_SPARE_ROWS });
}

/** What an evaluation holds that its kind of body has no template sheet for, and how many items of it. */
export interface LeftOutOfTemplates {
  /** Risks of a local executive body, or App. 4 performance indicators of a central state body. */
  part: "risks" | "performance";
  count: number;
}

/** The parts of an evaluation the filled templates leave out (the score ignores them too: IGNORED_FOR_KIND). */
export function leftOutOfTemplates(evaluation: Evaluation): LeftOutOfTemplates[] {
  const roles = inputRoles(evaluation.body.kind);
  const held = { risks: evaluation.risks.length, performance: evaluation.performance.length };
  return (["risks", "performance"] as const)
    .filter((part) => held[part] > 0 && !roles.includes(part))
    .map((part) => ({ part, count: held[part] }));
}

/** The templates filled with an evaluation, every formula cell caching the core's value. */
export function filledSheets(evaluation: Evaluation, result: Result, lang: Lang): SheetSpec[] {
  return buildTemplates({ lang, evaluation, result, spareRows: 0, typedTexts: typedTextsOf(result.issues) });
}

export interface ScoredWorkbook {
  reading: WorkbookReading;
  result: Result;
  /** The App. 6 sheet, when the workbook has one: what was typed on it and, if anything was, the score after the appeal. */
  appeal?: AppealState;
  /** The history sheet, when the workbook has one, with this period scored now (Sys. §73). */
  history?: HistoryState;
}

/** The result that stands after the appeal: the score after it where an accepted objection changed an input. */
export function finalResult(scored: Pick<ScoredWorkbook, "result" | "appeal">): Result {
  return scored.appeal?.assessment?.changed ? scored.appeal.assessment.result : scored.result;
}

/** Reads and scores a workbook, with its appeal and its history where it has them. `today` (ISO) gives the appeal's days left. */
export function scoreGrids(grids: readonly Grid[], today?: string): ScoredWorkbook {
  const reading = readWorkbook(grids);
  const scored: ScoredWorkbook = { reading, result: scoreEvaluation(reading.evaluation, reading.issues) };
  const appeal = appealOfWorkbook(grids, reading.evaluation, reading.issues, today);
  if (appeal) scored.appeal = appeal;
  // A period not reported yet (no fact at all: templates just rolled over to it) has no score to put in the history.
  const period = periodReported(reading.evaluation) ? reading.evaluation.body.period : "";
  const history = historyOfWorkbook(grids, period, finalResult(scored));
  if (history) scored.history = history;
  return scored;
}

/** One line of a check: what is wrong, how bad, and the cell to fix. */
export interface CheckedIssue {
  code: string;
  severity: "error" | "warning" | "info";
  /** `'3 Goals'!H12`, or null when the problem is not tied to one cell. */
  cell: string | null;
  ref?: CellRef;
  path?: string;
  message: string;
}

export interface CheckReport extends ScoredWorkbook {
  issues: CheckedIssue[];
  predicted: PredictedDeduction[];
}

export function readIssueMessage(lang: Lang, issue: ReadIssue): string {
  const cell = issue.cell ? formatCell(issue.cell) : "";
  const sheet = issue.params.role
    ? t(lang, `wb.sheet.${issue.params.role === "goals" ? "goals.central" : issue.params.role}` as MessageKey)
    : "";
  return t(lang, `wb.issue.${issue.code}` as MessageKey, { ...issue.params, cell, sheet });
}

function coreIssueLine(lang: Lang, issue: Issue, cells: WorkbookReading["cells"]): CheckedIssue {
  const ref = cellOfIssue(issue, cells);
  return {
    code: issue.code,
    severity: issue.severity,
    cell: ref ? formatCell(ref) : null,
    ref,
    path: issue.path,
    message: formatIssue(lang, issue),
  };
}

/**
 * The self-check before submission: every reading problem and core issue on its cell, and the
 * deductions the evaluator is expected to make. `today` is an ISO date, passed in (no clock here).
 */
export function checkGrids(grids: readonly Grid[], lang: Lang, today: string): CheckReport {
  const scored = scoreGrids(grids, today);
  const { reading } = scored;
  const issues: CheckedIssue[] = [
    ...reading.readIssues.map((issue) => ({
      code: issue.code,
      severity: issue.severity,
      cell: issue.cell ? formatCell(issue.cell) : null,
      ref: issue.cell,
      message: readIssueMessage(lang, issue),
    })),
    ...scored.result.issues.map((issue) => coreIssueLine(lang, issue, reading.cells)),
    // The App. 6 and history sheets: what cannot be read there, on its cell.
    ...(scored.appeal?.reading.issues ?? []).map((issue) => ({
      code: `APPEAL_${issue.code.toUpperCase()}`,
      severity: issue.severity,
      cell: formatCell(issue.cell),
      ref: issue.cell,
      message: appealIssueMessage(lang, issue),
    })),
    ...(scored.history?.reading.issues ?? []).map((issue) => ({
      code: `HISTORY_${issue.code.toUpperCase()}`,
      severity: issue.severity,
      cell: formatCell(issue.cell),
      ref: issue.cell,
      message: historyIssueMessage(lang, issue),
    })),
  ];
  const predicted = predictDeductions(reading.evaluation, reading.cells, today);
  for (const deduction of predicted) {
    issues.push({
      code: deduction.code,
      severity: "warning",
      cell: deduction.ref ? formatCell(deduction.ref) : null,
      ref: deduction.ref,
      message: deduction.message(lang),
    });
  }
  return { ...scored, issues, predicted };
}
