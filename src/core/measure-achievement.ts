// The achievement of one target indicator (h) or direct result (p) against its plan as written (§2a): a
// number, a bound (at least / at most) that sets the direction, or a range scored by its nearer bound.

import type { AchievementRule, Better, Plan } from "./model";
import type { IssueCode } from "./issues";
import { applyRule, type RuleOutcome } from "./rules";
import type { PlanBounds } from "./written-values";

export interface MeasureOutcome {
  value: number;
  /** The rule applied (after any fallback); "range" when the fact lay inside the planned range. */
  rule: AchievementRule | "range";
  formula: RuleOutcome["formula"] | "range.inside";
  fallback?: IssueCode;
  /** The plan the fact was compared with (a range's nearer bound); null inside a range. */
  plan: number | null;
  /** The direction applied: the row's, or the one the plan's bound sets. */
  better: Better;
  /** Where the fact lay against a planned range. */
  range?: "inside" | "above" | "below";
}

/** The direction a bound sets (at least: higher is better; at most: lower), or null for a range or a number. */
export function boundDirection(plan: Plan): Better | null {
  if (typeof plan === "number") return null;
  if (plan.min !== undefined && plan.max !== undefined) return null;
  return plan.min !== undefined ? "higher" : "lower";
}

export function isRange(plan: Plan | null): plan is { min: number; max: number } {
  return plan !== null && typeof plan !== "number" && plan.min !== undefined && plan.max !== undefined;
}

/** The number of a plan that is a number or a single bound. */
function boundValue(plan: PlanBounds): number {
  return plan.min ?? plan.max;
}

/**
 * h or p of a fact against its plan, under the rule in force:
 * - a number P: the rule with the row's direction;
 * - at least P / at most P: the rule with plan P and the direction the bound sets (higher / lower);
 * - the range [L, U]: 1 when L ≤ F ≤ U; above it, the rule with plan U and direction lower; below it, the
 *   rule with plan L and direction higher (the nearer bound, pointing into the range).
 */
export function measureAchievement(fact: number, base: number | null, plan: Plan, better: Better, rule: AchievementRule): MeasureOutcome {
  if (typeof plan === "number") return { ...applyRule(rule, fact, base, plan, better), plan, better };
  if (isRange(plan)) {
    if (fact >= plan.min && fact <= plan.max)
      return { value: 1, rule: "range", formula: "range.inside", plan: null, better, range: "inside" };
    const above = fact > plan.max;
    const bound = above ? plan.max : plan.min;
    const direction: Better = above ? "lower" : "higher";
    return { ...applyRule(rule, fact, base, bound, direction), plan: bound, better: direction, range: above ? "above" : "below" };
  }
  const direction = boundDirection(plan) as Better;
  const value = boundValue(plan);
  return { ...applyRule(rule, fact, base, value, direction), plan: value, better: direction };
}
