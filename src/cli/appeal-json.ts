// The appeal of a workbook as `bagalau score --json` adds it beside the result: the deadlines, each
// objection's outcome, and the score after the appeal (A, criteria, W) — numbers unrounded, dates ISO.

import type { AppealAssessment, AppealDeadlines, ObjectionOutcome, ResultJson } from "../core";
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
    after: {
      evaluated: result.evaluated,
      A: result.A,
      criteria: {
        B: { ...result.criteria.B },
        C: result.criteria.C && { ...result.criteria.C },
        D: { ...result.criteria.D },
        E: result.criteria.E && { ...result.criteria.E },
      },
      W: { late: result.W.late, incomplete: result.W.incomplete, unreliable: result.W.unreliable, total: result.W.total },
    },
  };
}
