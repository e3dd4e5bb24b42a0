// The checks the Check view lists, passed ones too: each is a rule of the templates or of the methodology
// and the issue codes that break it; a check passes when the workbook has none of its issues.

import type { Kind } from "../core";
import type { MessageKey } from "../i18n";
import type { CheckedIssue } from "../workbook/workbook-services";

export interface CheckDef {
  id: string;
  /** What the check asks of the workbook, as a statement that holds when it passes. */
  key: MessageKey;
  codes: readonly string[];
  /** Only for this kind of body. */
  kind?: Kind;
}

export const CHECKS: readonly CheckDef[] = [
  { id: "sheets", key: "pane.check.sheets", codes: ["SHEET_MISSING"] },
  { id: "values", key: "pane.check.values", codes: ["VALUE_NOT_RECOGNIZED"] },
  { id: "rows", key: "pane.check.rows", codes: ["ROW_OUTSIDE_BLOCK"] },
  { id: "dates", key: "pane.check.dates", codes: ["DATE_NOT_RECOGNIZED"] },
  { id: "weights", key: "pane.check.weights", codes: ["WEIGHTS_INVALID"] },
  { id: "numbers", key: "pane.check.numbers", codes: ["NUMBER_AS_TEXT", "NOT_A_NUMBER"] },
  { id: "marks", key: "pane.check.marks", codes: ["COEFFICIENT_INVALID"] },
  { id: "quality", key: "pane.check.quality", codes: ["NO_QUALITY"] },
  { id: "plans", key: "pane.check.plans", codes: ["PLAN_MISSING"] },
  { id: "data", key: "pane.check.data", codes: ["DATA_NONE"] },
  { id: "facts", key: "pane.check.facts", codes: ["FACT_MISSING"] },
  { id: "bases", key: "pane.check.bases", codes: ["BASE_MISSING"] },
  { id: "improvement", key: "pane.check.improvement", codes: ["NO_PLANNED_IMPROVEMENT"] },
  { id: "goals", key: "pane.check.goals", codes: ["GOAL_NOT_MEASURABLE", "NO_GOALS"] },
  { id: "tasks", key: "pane.check.tasks", codes: ["TASKS_NOT_MEASURABLE"] },
  { id: "risks", key: "pane.check.risks", codes: ["NO_RISKS"], kind: "central" },
  { id: "performance", key: "pane.check.performance", codes: ["NO_PERFORMANCE", "PERFORMANCE_MISSING"], kind: "local" },
  { id: "kind", key: "pane.check.kind", codes: ["IGNORED_FOR_KIND"] },
  { id: "complete", key: "pane.check.complete", codes: ["PREDICTED_INCOMPLETE"] },
  { id: "onTime", key: "pane.check.onTime", codes: ["PREDICTED_LATE"] },
];

export interface CheckRun {
  check: CheckDef;
  issues: CheckedIssue[];
  /** The worst severity among its issues, or null when it passed. */
  worst: CheckedIssue["severity"] | null;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Every check that applies to the kind of body, with its issues; issues no check names are gathered last. */
export function checkRuns(kind: Kind, issues: readonly CheckedIssue[]): { runs: CheckRun[]; other: CheckedIssue[] } {
  const runs = CHECKS.filter((check) => !check.kind || check.kind === kind).map((check) => {
    const own = issues.filter((issue) => check.codes.includes(issue.code));
    const worst = own.reduce<CheckRun["worst"]>((w, issue) => (w === null || RANK[issue.severity] < RANK[w] ? issue.severity : w), null);
    return { check, issues: own, worst };
  });
  const named = new Set(CHECKS.flatMap((check) => check.codes));
  return { runs, other: issues.filter((issue) => !named.has(issue.code)) };
}
