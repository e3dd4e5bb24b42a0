// A as the evaluator is expected to give it after the deductions the check predicts (late or incomplete
// reporting): the same evaluation scored with those flags set, as `bagalau check` reports it.

import { scoreEvaluation } from "../core";
import type { CheckReport } from "../workbook/workbook-services";

export function predictedScore(report: CheckReport): number {
  const codes = new Set(report.predicted.map((p) => p.code));
  if (codes.size === 0) return report.result.A;
  const { evaluation, issues } = report.reading;
  const penalties = { ...evaluation.penalties };
  if (codes.has("PREDICTED_INCOMPLETE")) penalties.incomplete = true;
  if (codes.has("PREDICTED_LATE")) penalties.late = true;
  return scoreEvaluation({ ...evaluation, penalties }, [...issues]).A;
}
