// The appeal in words (kk, ru, en), shared by the command line and the task pane: each deadline with its
// date and days left (passed ones said so), each objection's outcome, and the score after the appeal.

import type { AppealAssessment, AppealDeadline, AppealDeadlines, ObjectionOutcome } from "../core";
import { parseChangePath } from "../core";
import { formatFixed, formatNumber, t, type Lang, type MessageKey } from "../i18n";
import { targetText } from "./appeal-targets";
import { formatDate } from "./report/report-text";

export type DeadlineKey = keyof AppealDeadlines;
export const DEADLINE_KEYS: readonly DeadlineKey[] = ["objections", "table", "final"];

/** Where a deadline stands: days left, due today, passed N days ago, or the objections came in time or late. */
function deadlineStatusText(lang: Lang, deadline: AppealDeadline): string {
  switch (deadline.status) {
    case "met":
      return t(lang, "appeal.status.met");
    case "missed":
      return t(lang, "appeal.status.missed");
    case "passed":
      return deadline.daysLeft === null ? t(lang, "appeal.status.passed") : t(lang, "appeal.passedAgo", { days: -deadline.daysLeft });
    case "open":
      if (deadline.daysLeft === null) return t(lang, "appeal.status.open");
      return deadline.daysLeft === 0 ? t(lang, "appeal.dueToday") : t(lang, "appeal.daysLeft", { days: deadline.daysLeft });
    default:
      return "";
  }
}

/** "Objections (5 working days …): 22.03.2024 — 3 day(s) left". */
export function deadlineLine(lang: Lang, key: DeadlineKey, deadline: AppealDeadline): string {
  const status = deadlineStatusText(lang, deadline);
  const label = t(lang, `appeal.deadline.${key}` as MessageKey);
  return status ? `${label}: ${formatDate(lang, deadline.date)} — ${status}` : `${label}: ${formatDate(lang, deadline.date)}`;
}

/** Passed deadlines and late objections are flagged. */
export function deadlineFlagged(deadline: AppealDeadline): boolean {
  return deadline.status === "passed" || deadline.status === "missed";
}

function valueText(lang: Lang, value: number | boolean): string {
  if (typeof value === "boolean") return t(lang, value ? "appeal.value.yes" : "appeal.value.no");
  return formatNumber(lang, value);
}

/** One objection's outcome as a line: "№2: accepted — goal 1, indicator 2: fact = 15". */
export function outcomeText(lang: Lang, outcome: ObjectionOutcome): string {
  const params: Record<string, string | number> = { number: outcome.number };
  if (outcome.change) {
    const target = parseChangePath(outcome.change.path);
    params.target = target ? targetText(lang, target) : outcome.change.path;
    params.value =
      typeof outcome.change.value === "number" && !Number.isFinite(outcome.change.value) ? "?" : valueText(lang, outcome.change.value);
  }
  if (outcome.problem) params.problem = t(lang, `appeal.problem.${outcome.problem}` as MessageKey);
  return t(lang, `appeal.outcome.${outcome.status}` as MessageKey, params);
}

/** "Total score taking the appeal into account: 62.50 (was 60.00, +2.50)". */
export function totalAfterText(lang: Lang, original: number, assessment: AppealAssessment): string {
  const delta = assessment.result.A - original;
  return t(lang, "appeal.totalAfterLine", {
    A: formatFixed(lang, assessment.result.A, 2),
    original: formatFixed(lang, original, 2),
    delta: `${delta > 0 ? "+" : ""}${formatFixed(lang, delta, 2)}`,
    count: assessment.accepted,
  });
}
