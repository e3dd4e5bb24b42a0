// Rolling a filled workbook over to the next period: the same goals, tasks and rows, base = its facts, plans
// from the plan's table where given, facts, deductions, expert scores and appeal cleared, its score in the history.

import { analyzeHistory, periodReported, periodScoresOf, type Evaluation, type Goal, type Measure, type PeriodScores } from "../../core";
import { LANGS, type Lang } from "../../i18n";
import { buildHistorySheet } from "../history-sheet";
import { finalResult, type ScoredWorkbook } from "../workbook-services";
import type { SheetSpec } from "../sheet-spec";
import { buildTemplates } from "../templates/build-templates";
import { comparableName } from "./cell-text";
import { planRowName, writtenValue } from "./plan-templates";
import type { PlanRow, RecognizedPlan } from "./recognize";

/** A row named in the report: its goal or task code and its name. */
export interface RowName {
  owner: string;
  name: string;
}

export interface NextPeriodReport {
  period: string;
  next: string;
  goals: number;
  tasks: number;
  rows: number;
  /** Rows with no fact in the period: their base is blank. */
  factsMissing: number;
  /** When a plan's table was given: how its rows matched. */
  plan?: { matched: number; unmatched: RowName[]; unused: RowName[] };
  /** The periods of the new workbook's history sheet, in order. */
  history: string[];
}

/** The period is not a year (the next one cannot be named); `period` is what the workbook says. */
export class PeriodNotAYear extends Error {
  constructor(readonly period: string) {
    super(`period ${period} is not a year`);
    this.name = "PeriodNotAYear";
  }
}

/** The next period of a period that is a year ("2010" → "2011"); throws PeriodNotAYear otherwise. */
export function nextPeriodName(period: string): string {
  const year = period.trim();
  if (!/^\d{4}$/.test(year)) throw new PeriodNotAYear(period);
  return String(Number(year) + 1);
}

const keyOf = (owner: string, name: string) => `${owner}\u0000${comparableName(name)}`;

/** The plan's rows by goal/task code and name (a split row under its name in every language). */
function planRows(plan: RecognizedPlan): Map<string, { row: PlanRow; owner: string; used: boolean }> {
  const rows = new Map<string, { row: PlanRow; owner: string; used: boolean }>();
  const add = (owner: string, row: PlanRow) => {
    const entry = { row, owner, used: false };
    for (const lang of LANGS) {
      const key = keyOf(owner, planRowName(lang, row));
      if (!rows.has(key)) rows.set(key, entry);
    }
  };
  for (const goal of plan.goals) {
    for (const row of goal.indicators) add(goal.code, row);
    for (const task of goal.tasks) for (const row of task.results) add(task.code, row);
  }
  return rows;
}

/**
 * The next period's workbook (templates and history sheet, in `lang`) from a scored workbook, with the plans
 * from `plan` (recognized for the next year) where given; and what was carried, matched and left.
 */
export function nextPeriodSheets(
  scored: ScoredWorkbook,
  lang: Lang,
  plan?: RecognizedPlan,
): { sheets: SheetSpec[]; report: NextPeriodReport } {
  const last = scored.appeal?.assessment?.changed ? scored.appeal.assessment.evaluation : scored.reading.evaluation;
  const period = last.body.period.trim();
  const next = nextPeriodName(period);
  const byKey = plan ? planRows(plan) : undefined;
  const typedTexts = new Map<string, string>();
  const report: NextPeriodReport = { period, next, goals: 0, tasks: 0, rows: 0, factsMissing: 0, history: [] };
  if (plan) report.plan = { matched: 0, unmatched: [], unused: [] };

  const carry = (measure: Measure, owner: string, path: string): Measure => {
    report.rows++;
    if (measure.fact === null) report.factsMissing++;
    const rolled: Measure = { ...measure, base: measure.fact, plan: null, fact: null };
    delete rolled.deviationReason;
    const found = byKey?.get(keyOf(owner, measure.name));
    if (found && report.plan) {
      found.used = true;
      report.plan.matched++;
      const value = writtenValue(found.row.plan, "plan");
      rolled.plan = value.value;
      if (value.text !== undefined) typedTexts.set(`${path}.plan`, value.text);
    } else report.plan?.unmatched.push({ owner, name: measure.name });
    return rolled;
  };
  const goals: Goal[] = last.goals.map((goal, gi) => {
    report.goals++;
    report.tasks += goal.tasks.length;
    return {
      code: goal.code,
      name: goal.name,
      indicators: goal.indicators.map((m, i) => carry(m, goal.code, `goals[${gi}].indicators[${i}]`)),
      tasks: goal.tasks.map((task, ti) => ({
        code: task.code,
        name: task.name,
        results: task.results.map((m, i) => carry(m, task.code, `goals[${gi}].tasks[${ti}].results[${i}]`)),
      })),
    };
  });
  if (byKey && report.plan) {
    const seen = new Set<unknown>();
    for (const entry of byKey.values()) {
      if (entry.used || seen.has(entry)) continue;
      seen.add(entry);
      report.plan.unused.push({ owner: entry.owner, name: planRowName(lang, entry.row) });
    }
  }

  const evaluation: Evaluation = {
    body: { name: last.body.name, kind: last.body.kind, period: next },
    profile: last.profile,
    quality: last.quality.map((sphere) => ({
      ...sphere,
      q1: null,
      q2: null,
      directions: sphere.directions.map((d) => ({ ...d, q1: null, q2: null })),
    })),
    risks: last.risks.map((risk) => ({ ...risk, r: null })),
    goals,
    performance: last.performance.map((entry) => ({ ...entry, previous: entry.current, current: null })),
    penalties: { missingElements: [], unreliableFacts: [], unreliableFactsListed: false },
  };

  // The history: the workbook's history sheet (with this period scored now), or this period alone.
  const periods: PeriodScores[] = [...(scored.history?.analysis.periods ?? [])];
  if (periodReported(last) && !periods.some((p) => p.period.trim() === period)) periods.push(periodScoresOf(period, finalResult(scored)));
  const analysis = analyzeHistory(periods);
  report.history = analysis.periods.map((p) => p.period);
  const sheets = [...buildTemplates({ lang, evaluation, spareRows: 0, typedTexts }), buildHistorySheet(analysis, lang, last.body.name)];
  return { sheets, report };
}
