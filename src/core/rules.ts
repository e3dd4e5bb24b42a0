// The two achievement rules of METHODOLOGY.md §2 (§23): the ratio rule and the improvement rule,
// each returning its value together with the formula that produced it, for the trace.

import type { AchievementRule, Better } from "./model";
import type { IssueCode } from "./issues";
import type { TraceFormula } from "./trace";

/** Clamps to [0, 1]; −0 (e.g. −1 · (F − F0) when F = F0) comes out as 0. */
export function clamp01(x: number): number {
  return x <= 0 ? 0 : x > 1 ? 1 : x;
}

export interface RuleOutcome {
  value: number;
  rule: AchievementRule;
  /** The formula that was applied (its key in the trace). */
  formula: Extract<TraceFormula, `rule.${string}`>;
  /** Set when the improvement rule fell back to the ratio rule, and why. */
  fallback?: IssueCode;
}

/**
 * ratio(F, P): higher — F / P when P > 0, otherwise 1 when F ≥ P else 0; lower — P / F when F > 0 and
 * P ≥ 0, otherwise 1 when F ≤ P else 0; then clamped to [0, 1].
 */
export function ratio(fact: number, plan: number, better: Better): RuleOutcome {
  if (better === "higher") {
    if (plan > 0) return { value: clamp01(fact / plan), rule: "ratio", formula: "rule.ratio.higher" };
    return { value: fact >= plan ? 1 : 0, rule: "ratio", formula: "rule.ratio.higherNonPositive" };
  }
  if (fact > 0 && plan >= 0) return { value: clamp01(plan / fact), rule: "ratio", formula: "rule.ratio.lower" };
  return { value: fact <= plan ? 1 : 0, rule: "ratio", formula: "rule.ratio.lowerOther" };
}

/**
 * improvement(F, F0, P) = clamp(s·(F − F0) / s·(P − F0), 0, 1), s = +1 higher / −1 lower; falls back to
 * the ratio rule when the base is missing or no improvement was planned.
 */
export function improvement(fact: number, base: number | null, plan: number, better: Better): RuleOutcome {
  if (base === null) return withFallback(ratio(fact, plan, better), "BASE_MISSING");
  const s = better === "higher" ? 1 : -1;
  let planned = s * (plan - base);
  if (planned <= 0) return withFallback(ratio(fact, plan, better), "NO_PLANNED_IMPROVEMENT");
  let actual = s * (fact - base);
  // Differences of huge values overflow to Infinity (and Infinity / Infinity is NaN): halve both first.
  if (!Number.isFinite(planned)) {
    planned = s * (plan / 2 - base / 2);
    actual = s * (fact / 2 - base / 2);
  }
  return { value: clamp01(actual / planned), rule: "improvement", formula: "rule.improvement" };
}

/** The ratio rule's outcome, marked as a fallback (set on the fresh object: a copy would cost a big evaluation). */
function withFallback(outcome: RuleOutcome, fallback: IssueCode): RuleOutcome {
  outcome.fallback = fallback;
  return outcome;
}

export function applyRule(rule: AchievementRule, fact: number, base: number | null, plan: number, better: Better): RuleOutcome {
  return rule === "improvement" ? improvement(fact, base, plan, better) : ratio(fact, plan, better);
}
