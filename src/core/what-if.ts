// What-if questions on a scored evaluation (METHODOLOGY.md §1–2): the fact an indicator needs for a given
// achievement (h = 1 by default) under its rule and direction, and the D that reaches a target total A.

import type { AchievementRule, Evaluation, Measure, Plan } from "./model";
import { boundDirection, isRange, measureAchievement } from "./measure-achievement";
import type { Profile } from "./profile";
import { applyRule } from "./rules";
import { scoreEvaluation, type Result } from "./score";
import { exclusionOf } from "./goals";
import type { IssueCode } from "./issues";

/**
 * Which side of `fact` reaches the target: at least it (higher is better), at most it (lower is better), or
 * from it up to `upTo` (a plan written as a range, §2a).
 */
export type Comparison = "atLeast" | "atMost" | "within";

export type FactNeeded =
  | {
      status: "reachable";
      /** The boundary value of the fact: any fact on the right side of it (see `comparison`) reaches the target. */
      fact: number;
      comparison: Comparison;
      /** The top of the range, when the comparison is "within". */
      upTo?: number;
      /** The rule actually applied to this measure (the improvement rule falls back to ratio without a base or a planned improvement). */
      rule: AchievementRule;
      /** The fallback that decided the rule, when there is one. */
      fallback?: IssueCode;
      /** The measure's current fact already reaches the target. */
      reached: boolean;
    }
  /** The measure is not counted whatever its fact is (§24): no plan, or no data can be given. */
  | { status: "notCounted"; reason: "PLAN_MISSING" | "DATA_NONE" };

/**
 * The fact a target indicator (or a direct result) needs so that its achievement is at least `target`
 * (0 < target ≤ 1), under `rule` and the measure's direction:
 * - improvement with a base F0 and a planned improvement: F = F0 + target · (P − F0)
 * - ratio (or the improvement rule's fallback), P > 0: higher F = target · P; lower F = P / target
 * - ratio with P ≤ 0: the achievement is 0 or 1 only, reached at F = P.
 * For target = 1 every branch gives F = P: at least P when higher is better, at most P when lower is.
 */
export function factForAchievement(
  measure: Pick<Measure, "plan" | "base" | "fact" | "better" | "data">,
  rule: AchievementRule,
  target = 1,
): FactNeeded {
  if (!(target > 0 && target <= 1)) throw new RangeError(`target achievement must be in (0, 1], not ${target}`);
  const excluded = exclusionOf({ plan: measure.plan, fact: 0, data: measure.data });
  if (excluded === "PLAN_MISSING" || excluded === "DATA_NONE") return { status: "notCounted", reason: excluded };
  const written = measure.plan as Plan;
  if (isRange(written)) {
    // Inside the range h = 1; a lower target is reached first from below, against the lower bound.
    const reached = measure.fact !== null && measureAchievement(measure.fact, measure.base, written, measure.better, rule).value >= target;
    if (target === 1) return { status: "reachable", fact: written.min, comparison: "within", upTo: written.max, rule, reached };
  }
  // A bound sets the direction (at least: higher; at most: lower); a range's lower side points up into it.
  const better = boundDirection(written) ?? (isRange(written) ? "higher" : measure.better);
  const plan = typeof written === "number" ? written : isRange(written) ? written.min : (written.min ?? written.max);
  const comparison: Comparison = better === "higher" ? "atLeast" : "atMost";
  // Which rule applies does not depend on the fact: ask the core with the plan as the fact.
  const applied = applyRule(rule, plan, measure.base, plan, better);
  let fact: number;
  if (applied.rule === "improvement") {
    const base = measure.base as number;
    fact = target === 1 ? plan : base + target * (plan - base);
  } else if (better === "higher") {
    fact = plan > 0 ? target * plan : plan;
  } else {
    fact = plan > 0 ? plan / target : plan;
  }
  const reached = measure.fact !== null && measureAchievement(measure.fact, measure.base, written, measure.better, rule).value >= target;
  const needed: FactNeeded = { status: "reachable", fact, comparison, rule: applied.rule, reached };
  if (applied.fallback) needed.fallback = applied.fallback;
  return needed;
}

/** The parts of a Result that decide A, besides D. */
export type TotalInputs = Pick<Result, "kind" | "A" | "criteria" | "W"> & { profile: Pick<Profile, "weights"> };

export interface DForTarget {
  target: number;
  status: "reached" | "reachable" | "unreachable";
  /**
   * The D that gives A = target with the other criteria as they are (not clamped: above 1 it cannot be
   * reached, below 0 any D reaches it). null when D cannot change A (a local body with E = 0).
   */
  D: number | null;
  /** The points of criterion D at that D: 100 · wD · D (times E for a local body). */
  points: number | null;
  /** The current D. */
  currentD: number;
  /** How much D has to rise (0 when the target is reached). */
  raise: number;
  /** A with D = 1, the most D alone can give. */
  maxA: number;
}

/**
 * What D it takes to reach a target A, the other criteria fixed (§16–17):
 * central A = 100 · (wB·B + wC·C + wD·D) − W  ⇒  D = ((A + W) / 100 − wB·B − wC·C) / wD;
 * local   A = 100 · (wB·B + wD·D) · E − W     ⇒  D = ((A + W) / (100 · E) − wB·B) / wD.
 */
export function dForTargetA(result: TotalInputs, target: number): DForTarget {
  const { kind, criteria, W } = result;
  const w = result.profile.weights;
  const B = criteria.B.coefficient;
  const currentD = criteria.D.coefficient;
  const E = kind === "local" ? (criteria.E?.coefficient ?? 1) : 1;
  const others = kind === "central" ? w.B * B + w.C * (criteria.C?.coefficient ?? 0) : w.B * B;
  const totalAt = (D: number) => 100 * (others + w.D * D) * E - W.total;
  const maxA = totalAt(1);
  const reachedNow = result.A >= target - 1e-9;
  if (E === 0 || w.D === 0) {
    return { target, status: reachedNow ? "reached" : "unreachable", D: null, points: null, currentD, raise: 0, maxA };
  }
  const D = ((target + W.total) / (100 * E) - others) / w.D;
  const points = 100 * w.D * D * E;
  const status = reachedNow ? "reached" : D > 1 + 1e-12 ? "unreachable" : "reachable";
  return { target, status, D, points, currentD, raise: status === "reached" ? 0 : D - currentD, maxA };
}

/** A fact that reaches a plan (h or p = 1): the plan, its bound, or the bottom of its range. */
function factReachingPlan(plan: Plan): number {
  return typeof plan === "number" ? plan : (plan.min ?? plan.max);
}

/** The score the body would have if the measure at `path` reached its plan (h or p = 1). */
export interface AchievedWhatIf {
  /** The JSON path of the measure, e.g. `goals[0].indicators[1]`. */
  path: string;
  A: number;
  D: number;
  /** The change of A against the current score. */
  gain: number;
}

const MEASURE_PATH = /^goals\[(\d+)\]\.(?:indicators\[(\d+)\]|tasks\[(\d+)\]\.results\[(\d+)\])$/;

/** The measure of an evaluation at a path such as `goals[0].indicators[1]` or `goals[0].tasks[1].results[0]`. */
export function measureAt(evaluation: Evaluation, path: string): Measure | undefined {
  const m = MEASURE_PATH.exec(path);
  if (!m) return undefined;
  const goal = evaluation.goals[Number(m[1])];
  if (!goal) return undefined;
  if (m[2] !== undefined) return goal.indicators[Number(m[2])];
  return goal.tasks[Number(m[3])]?.results[Number(m[4])];
}

/**
 * The evaluation scored again with the measure at `path` given its plan as its fact (so h or p = 1),
 * everything else unchanged; undefined when there is no such measure or it has no plan.
 */
export function scoreIfAchieved(evaluation: Evaluation, current: Pick<Result, "A">, path: string): AchievedWhatIf | undefined {
  const measure = measureAt(evaluation, path);
  if (!measure || measure.plan === null) return undefined;
  const m = MEASURE_PATH.exec(path) as RegExpExecArray;
  const goals = evaluation.goals.map((goal, gi) => {
    if (gi !== Number(m[1])) return goal;
    if (m[2] !== undefined)
      return {
        ...goal,
        indicators: goal.indicators.map((x, i) => (i === Number(m[2]) ? { ...x, fact: factReachingPlan(x.plan as Plan) } : x)),
      };
    return {
      ...goal,
      tasks: goal.tasks.map((task, ti) =>
        ti === Number(m[3])
          ? { ...task, results: task.results.map((x, i) => (i === Number(m[4]) ? { ...x, fact: factReachingPlan(x.plan as Plan) } : x)) }
          : task,
      ),
    };
  });
  const rescored = scoreEvaluation({ ...evaluation, goals });
  return { path, A: rescored.A, D: rescored.criteria.D.coefficient, gain: rescored.A - current.A };
}
