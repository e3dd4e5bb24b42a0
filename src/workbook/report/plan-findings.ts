// How a plan written as a bound or a range was scored (METHODOLOGY.md §2a), as a finding of the
// conclusion: inside the range, above or below it against the nearer bound, at least or at most a number.

import { isRange, measureAchievement, type Measure, type MeasureScore, type Plan, type Subject } from "../../core";
import { formatPlan, type MessageKey } from "../../i18n";
import { coefficient } from "./finding-values";
import type { Finding, ReportParam } from "./report-types";

/** A plan as a report shows it: a number as entered, a bound or a range in each language's words (§2a). */
export function planParam(plan: Plan | null): ReportParam {
  if (plan === null || typeof plan === "number") return plan;
  return { kk: formatPlan("kk", plan), ru: formatPlan("ru", plan), en: formatPlan("en", plan) };
}

/**
 * The finding that says how a counted h or p was reached from a bound or a range, or undefined for a plan
 * that is one number (or a measure not counted). The bound and the direction are the core's own
 * (measureAchievement); the value is the one the score used.
 */
export function boundPlanFinding(
  measure: Measure,
  score: MeasureScore,
  symbol: "h" | "p",
  subject: Subject,
  path: string,
): Finding | undefined {
  const plan = measure.plan;
  if (plan === null || typeof plan === "number" || score.value === null || measure.fact === null) return undefined;
  const outcome = measureAchievement(measure.fact, measure.base, plan, measure.better, score.rule ?? "ratio");
  const how = isRange(plan) ? (outcome.range ?? "inside") : plan.min !== undefined ? "atLeast" : "atMost";
  return {
    section: "goals",
    criterion: "D",
    key: `report.finding.plan.${how}` as MessageKey,
    params: {
      plan: planParam(plan),
      unit: measure.unit ?? "",
      fact: measure.fact,
      bound: outcome.plan,
      symbol,
      value: coefficient(score.value),
    },
    subject,
    path,
    loss: false,
    disputable: false,
  };
}
