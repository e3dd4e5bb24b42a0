// The analytical report of the conclusion (App. 5, §27, §43) from an evaluation and its Result: the
// header facts, the profile, the criteria, the deductions, the findings by section and the recommendations.

import { penaltyBreakdown, resolveProfile, type Evaluation, type Kind, type Profile, type Result } from "../../core";
import { deductionFindings } from "./deduction-findings";
import { hasIssue } from "./finding-values";
import { goalFindings } from "./goal-findings";
import { performanceFindings } from "./performance-findings";
import { qualityFindings } from "./quality-findings";
import { recommendationsOf } from "./recommendations";
import type { ConclusionReport, CriterionLine, Deductions, ProfileLine, ProfileOption, ReportSection } from "./report-types";
import { riskFindings } from "./risk-findings";

function sectionsOf(kind: Kind): ReportSection[] {
  return kind === "central" ? ["quality", "goals", "risks", "deductions"] : ["quality", "goals", "performance", "deductions"];
}

function profileLines(kind: Kind, profile: Profile): ProfileLine[] {
  const defaults = resolveProfile(kind, {});
  const line = (option: ProfileOption, value: string | number, defaultValue: string | number): ProfileLine => ({
    option,
    value,
    defaultValue,
    differs: value !== defaultValue,
  });
  const lines = [
    line("qualityRule", profile.qualityRule, defaults.qualityRule),
    line("indicatorRule", profile.indicatorRule, defaults.indicatorRule),
    line("resultRule", profile.resultRule, defaults.resultRule),
    line("rangeRule", profile.rangeRule, defaults.rangeRule),
    line("penaltyCapScope", profile.penaltyCapScope, defaults.penaltyCapScope),
    line("unreliableThreshold", profile.unreliableThreshold, defaults.unreliableThreshold),
    line("weights.B", profile.weights.B, defaults.weights.B),
  ];
  if (kind === "central") lines.push(line("weights.C", profile.weights.C, defaults.weights.C));
  lines.push(line("weights.D", profile.weights.D, defaults.weights.D));
  return lines;
}

function criterionLines(result: Result): CriterionLine[] {
  const { criteria } = result;
  const lines: CriterionLine[] = [
    { key: "B", no: 1, ...criteria.B },
    { key: "D", no: 2, ...criteria.D },
  ];
  if (criteria.C) lines.push({ key: "C", no: 3, ...criteria.C });
  if (criteria.E) lines.push({ key: "E", no: 3, ...criteria.E });
  return lines;
}

/** W as the act shows it, from the core's breakdown: each part, the unreliable facts at 0.2 each, the caps. */
function deductionsOf(evaluation: Evaluation, result: Result): Deductions {
  const penalties = evaluation.penalties;
  const W = penaltyBreakdown(penalties, result.profile);
  const datesShowLate = penalties.deadline !== undefined && penalties.submitted !== undefined && penalties.submitted > penalties.deadline;
  return {
    late: { points: W.late, deadline: penalties.deadline, submitted: penalties.submitted, flagged: W.late > 0 && !datesShowLate },
    incomplete: {
      points: W.incomplete,
      elements: [...penalties.missingElements],
      flagged: W.incomplete > 0 && penalties.missingElements.length === 0,
    },
    unreliable: {
      ...W.unreliable,
      facts: penalties.unreliableFactsListed ? [...penalties.unreliableFacts] : [],
      listed: penalties.unreliableFactsListed,
    },
    sum: W.sum,
    cap: W.cap,
    total: W.total,
  };
}

export function buildReport(evaluation: Evaluation, result: Result): ConclusionReport {
  const kind = evaluation.body.kind;
  const deductions = deductionsOf(evaluation, result);
  const findings = [
    ...qualityFindings(evaluation, result),
    ...goalFindings(evaluation, result),
    ...(kind === "central" ? riskFindings(evaluation, result) : performanceFindings(evaluation, result)),
    ...deductionFindings(deductions),
  ];
  const reorganized = evaluation.body.reorganized;
  return {
    kind,
    body: { name: evaluation.body.name, period: evaluation.body.period },
    evaluated: result.evaluated,
    reorganization: reorganized
      ? {
          date: reorganized.date,
          successor: reorganized.successor,
          secondHalf: !result.evaluated || hasIssue(result, "REORGANIZED_SECOND_HALF", "body.reorganized"),
        }
      : undefined,
    profile: profileLines(kind, result.profile),
    criteria: criterionLines(result),
    W: result.W,
    A: result.A,
    goals: evaluation.goals.map((goal, i) => ({
      code: goal.code,
      name: goal.name,
      K: result.goals[i]?.K ?? null,
      Y: result.goals[i]?.Y ?? 1,
      X: result.goals[i]?.X ?? null,
      path: `goals[${i}]`,
    })),
    counts: result.counts,
    deductions,
    sections: sectionsOf(kind),
    findings,
    recommendations: recommendationsOf(findings, kind),
  };
}
