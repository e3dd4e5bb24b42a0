// The deductions an evaluator is expected to make, predicted before submission (methodology §40–41):
// incomplete reporting with the list of required elements left empty, and late reporting by the date.

import type { Evaluation, Measure } from "../core";
import { INCOMPLETE_POINTS, LATE_POINTS } from "../core";
import { formatSubject, t, type Lang } from "../i18n";
import type { CellIndex, CellRef } from "./read";

export interface MissingElement {
  /** i18n key of the element's description. */
  key:
    | "wb.missing.quality"
    | "wb.missing.goals"
    | "wb.missing.risks"
    | "wb.missing.performance"
    | "wb.missing.plan"
    | "wb.missing.fact"
    | "wb.missing.unit";
  path: string;
  subject?: Parameters<typeof formatSubject>[1];
}

export interface PredictedDeduction {
  code: "PREDICTED_INCOMPLETE" | "PREDICTED_LATE";
  points: number;
  ref?: CellRef;
  missing: MissingElement[];
  message: (lang: Lang) => string;
}

/** The required elements left empty: a section's table, a plan, a fact or a unit, the risk section. */
export function missingElements(evaluation: Evaluation): MissingElement[] {
  const missing: MissingElement[] = [];
  if (evaluation.quality.length === 0) missing.push({ key: "wb.missing.quality", path: "quality" });
  const measures: { measure: Measure; path: string; subject: MissingElement["subject"] }[] = [];
  evaluation.goals.forEach((goal, gi) => {
    goal.indicators.forEach((m, i) =>
      measures.push({
        measure: m,
        path: `goals[${gi}].indicators[${i}]`,
        subject: { type: "indicator", row: i + 1, goal: goal.code, name: m.name },
      }),
    );
    goal.tasks.forEach((task, ti) =>
      task.results.forEach((m, i) =>
        measures.push({
          measure: m,
          path: `goals[${gi}].tasks[${ti}].results[${i}]`,
          subject: { type: "result", row: i + 1, task: task.code, name: m.name },
        }),
      ),
    );
  });
  if (measures.length === 0) missing.push({ key: "wb.missing.goals", path: "goals" });
  for (const { measure, path, subject } of measures) {
    if (measure.plan === null) missing.push({ key: "wb.missing.plan", path: `${path}.plan`, subject });
    if (measure.fact === null && measure.data !== "none") missing.push({ key: "wb.missing.fact", path: `${path}.fact`, subject });
    if (!measure.unit) missing.push({ key: "wb.missing.unit", path: `${path}.unit`, subject });
  }
  if (evaluation.body.kind === "central" && evaluation.risks.length === 0) missing.push({ key: "wb.missing.risks", path: "risks" });
  if (evaluation.body.kind === "local" && !evaluation.performance.some((p) => p.previous !== null && p.current !== null)) {
    missing.push({ key: "wb.missing.performance", path: "performance" });
  }
  return missing;
}

export function describeMissing(lang: Lang, element: MissingElement): string {
  return t(lang, element.key, element.subject ? { subject: formatSubject(lang, element.subject) } : {});
}

export function predictDeductions(evaluation: Evaluation, cells: Pick<CellIndex, "get">, today: string): PredictedDeduction[] {
  const predicted: PredictedDeduction[] = [];
  const missing = missingElements(evaluation);
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
