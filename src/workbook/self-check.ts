// The deductions an evaluator is expected to make, predicted before submission (methodology §40–41):
// incomplete reporting with the core's list of required elements left empty, and late reporting by the date.

import type { Evaluation, MissingElement } from "../core";
import { INCOMPLETE_POINTS, LATE_POINTS, missingRequiredElements } from "../core";
import { formatSubject, t, type Lang } from "../i18n";
import type { CellIndex } from "./reader/cell-index";
import type { CellRef } from "./cell-ref";

export interface PredictedDeduction {
  code: "PREDICTED_INCOMPLETE" | "PREDICTED_LATE";
  points: number;
  ref?: CellRef;
  missing: MissingElement[];
  message: (lang: Lang) => string;
}

/** A missing element in words: "the plan of goal 1.2, indicator 3 «…»". */
export function describeMissing(lang: Lang, missing: MissingElement): string {
  return t(lang, `wb.missing.${missing.element}`, missing.subject ? { subject: formatSubject(lang, missing.subject) } : {});
}

export function predictDeductions(evaluation: Evaluation, cells: Pick<CellIndex, "get">, today: string): PredictedDeduction[] {
  const predicted: PredictedDeduction[] = [];
  const missing = missingRequiredElements(evaluation);
  if (missing.length > 0) {
    predicted.push({
      code: "PREDICTED_INCOMPLETE",
      points: INCOMPLETE_POINTS,
      ref: cells.get(missing[0].path) ?? cells.get(missing[0].path.replace(/\.\w+$/, "")),
      missing,
      message: (lang) => t(lang, "wb.issue.PREDICTED_INCOMPLETE", { elements: missing.map((m) => describeMissing(lang, m)).join("; ") }),
    });
  }
  const { deadline, submitted } = evaluation.penalties;
  if (deadline && !submitted && today > deadline) {
    predicted.push({
      code: "PREDICTED_LATE",
      points: LATE_POINTS,
      ref: cells.get("penalties.submitted") ?? cells.get("penalties.deadline"),
      missing: [],
      message: (lang) => t(lang, "wb.issue.PREDICTED_LATE", { deadline }),
    });
  }
  return predicted;
}
