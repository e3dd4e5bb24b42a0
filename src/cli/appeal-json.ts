// The appeal of a workbook as `bagalau score --json` adds it beside the result: the deadlines, each
// objection's outcome, and the score after the appeal (A, criteria, W) — numbers unrounded, dates ISO.

import { scoreJson, type AppealAssessment, type AppealDeadlines, type ObjectionOutcome, type ResultJson } from "../core";
import type { Lang } from "../i18n";
import { outcomeText } from "../workbook/appeal-text";

export interface AppealJson {
  deadlines: AppealDeadlines;
  /** Objections received after the objections' deadline: not accepted (§30). */
  late: boolean;
  objections: (ObjectionOutcome & { message: string })[];
  accepted: number;
  changed: boolean;
  /** The score after the appeal. */
  after: { evaluated: boolean; A: number; criteria: ResultJson["criteria"]; W: ResultJson["W"] };
}

export function appealJson(appeal: AppealAssessment, lang: Lang): AppealJson {
  const { result } = appeal;
  return {
    deadlines: appeal.deadlines,
    late: appeal.late,
    objections: appeal.outcomes.map((outcome) => ({ ...outcome, message: outcomeText(lang, outcome) })),
    accepted: appeal.accepted,
    changed: appeal.changed,
    after: scoreJson(result),
  };
}
