// The whole evaluation scored (METHODOLOGY.md §1, methodology §15–17 and §36–37): the criteria,
// their points, the total A, `evaluated` and the reorganization rule, as one Result with its trace.

import { makeIssue, type Issue } from "./issues";
import type { Body, Evaluation, Kind, Reorganization } from "./model";
import { resolveProfile, type Profile } from "./profile";
import { scoreGoals, type GoalScore } from "./goals";
import type { Sink } from "./sink";
import { scoreQuality, type SphereScore } from "./quality";
import { scoreRisks, type RiskScore } from "./risks";
import { scorePerformance, type PerformanceIndexScore } from "./performance";
import { scorePenalties, type PenaltyScore } from "./penalties";
import { traceEntry, type Trace } from "./trace";
import { achievementCounts, type AchievementCounts } from "./counts";

export interface Criterion {
  coefficient: number;
  weight: number;
  points: number;
}

/** E is a multiplier, not a weighted criterion: it has a coefficient only. */
export interface MultiplierCriterion {
  coefficient: number;
  weight: null;
  points: null;
}

export interface Criteria {
  B: Criterion;
  C: Criterion | null;
  D: Criterion;
  E: MultiplierCriterion | null;
}

export interface Result {
  kind: Kind;
  evaluated: boolean;
  A: number;
  criteria: Criteria;
  W: PenaltyScore;
  goals: GoalScore[];
  quality: SphereScore[];
  risks: RiskScore[];
  performance: PerformanceIndexScore[];
  issues: Issue[];
  profile: Profile;
  trace: Trace;
  counts: AchievementCounts;
}

/** 30 June is the last day of the first half-year (§36); from 1 July on, the second (§37). */
export function reorganizedInSecondHalf(reorganized: Reorganization): boolean {
  return reorganized.date.slice(5) >= "07-01";
}

/** How a reorganization bears on the evaluation: in the first or the second half of the evaluated year, or in another year. */
export type ReorganizationOutcome = "firstHalf" | "secondHalf" | "otherYear";

/**
 * §36–37 speak of the evaluated year: a reorganization decides `evaluated` only when its date falls in the
 * period's year (the first four-digit year the period names); a date in another year is not applied. A
 * period that names no year cannot be compared, and the date is applied.
 */
export function reorganizationOutcome(body: Pick<Body, "period" | "reorganized">): ReorganizationOutcome | undefined {
  if (!body.reorganized) return undefined;
  const year = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(body.period)?.[1];
  if (year !== undefined && body.reorganized.date.slice(0, 4) !== year) return "otherYear";
  return reorganizedInSecondHalf(body.reorganized) ? "secondHalf" : "firstHalf";
}

/**
 * Points of the criteria and A. Central: points = 100·w·X for B, C, D and A = ΣX-points − W;
 * local: points = 100·w·X·E for B, D and A = 100·(wB·B + wD·D)·E − W. The points minus W add up to A.
 */
export function criteriaAndTotal(
  kind: Kind,
  coefficients: { B: number; C: number; D: number; E: number },
  weights: Profile["weights"],
  W: number,
): { criteria: Criteria; A: number } {
  const multiplier = kind === "local" ? coefficients.E : 1;
  const criterion = (coefficient: number, weight: number): Criterion => ({
    coefficient,
    weight,
    points: 100 * weight * coefficient * multiplier,
  });
  const B = criterion(coefficients.B, weights.B);
  const D = criterion(coefficients.D, weights.D);
  if (kind === "central") {
    const C = criterion(coefficients.C, weights.C);
    return { criteria: { B, C, D, E: null }, A: B.points + C.points + D.points - W };
  }
  return { criteria: { B, C: null, D, E: { coefficient: coefficients.E, weight: null, points: null } }, A: B.points + D.points - W };
}

export interface ScoreOptions {
  /**
   * false: do not build the trace now. A big evaluation scores faster and in less memory without it;
   * `result.trace` is then computed on its first read, by scoring the evaluation again with the trace on
   * (so the evaluation must not be changed in between).
   */
  trace?: boolean;
}

export function scoreEvaluation(evaluation: Evaluation, parseIssues: readonly Issue[] = [], options: ScoreOptions = {}): Result {
  const traced = options.trace !== false;
  const { body } = evaluation;
  const profile = resolveProfile(body.kind, evaluation.profile);
  const sink: Sink = { issues: [...parseIssues], trace: traced ? {} : null };

  const reorganization = reorganizationOutcome(body);
  const evaluated = reorganization !== "secondHalf";
  if (body.reorganized && reorganization) {
    // A date in another year keeps the code of its half-year, with the variant saying it was not applied.
    const second = reorganizedInSecondHalf(body.reorganized);
    const params = { date: body.reorganized.date, successor: body.reorganized.successor ?? "", period: body.period };
    const variant = reorganization === "otherYear" ? "otherYear" : undefined;
    sink.issues.push(
      makeIssue(
        second ? "REORGANIZED_SECOND_HALF" : "REORGANIZED_FIRST_HALF",
        "body.reorganized",
        { type: "body", name: body.name },
        params,
        variant,
      ),
    );
  }

  const quality = scoreQuality(evaluation.quality, profile.qualityRule, sink);
  let C = 0;
  let risks: RiskScore[] = [];
  if (body.kind === "central") {
    ({ C, risks } = scoreRisks(evaluation.risks, sink));
  } else if (evaluation.risks.length > 0) {
    sink.issues.push(makeIssue("IGNORED_FOR_KIND", "risks", { type: "risks" }, { kind: body.kind }, "risks"));
  }
  const goals = scoreGoals(evaluation.goals, profile, sink);
  let E = 1;
  let performance: PerformanceIndexScore[] = [];
  if (body.kind === "local") {
    ({ E, indexes: performance } = scorePerformance(evaluation.performance, sink));
  } else if (evaluation.performance.length > 0) {
    sink.issues.push(makeIssue("IGNORED_FOR_KIND", "performance", { type: "performance" }, { kind: body.kind }, "performance"));
  }
  const W = scorePenalties(evaluation.penalties, profile, sink);

  const { criteria, A } = criteriaAndTotal(body.kind, { B: quality.B, C, D: goals.D, E }, profile.weights, W.total);
  for (const key of ["B", "C", "D"] as const) {
    const criterion = criteria[key];
    if (!criterion) continue;
    const inputs =
      body.kind === "local"
        ? { [key]: criterion.coefficient, w: criterion.weight, E }
        : { [key]: criterion.coefficient, w: criterion.weight };
    const formula = body.kind === "local" ? "points.local" : "points.central";
    if (sink.trace)
      sink.trace[`criteria.${key}.points`] = traceEntry(
        `criteria.${key}.points`,
        key,
        criterion.points,
        formula,
        inputs,
        "§16–17",
        body.kind === "local" ? [key, "E"] : [key],
      );
  }
  const pointParts = (body.kind === "central" ? ["B", "C", "D"] : ["B", "D"]).map((k) => `criteria.${k}.points`);
  if (sink.trace)
    sink.trace.A = traceEntry(
      "A",
      "A",
      A,
      body.kind === "central" ? "A.central" : "A.local",
      { B: quality.B, ...(body.kind === "central" ? { C } : { E }), D: goals.D, W: W.total },
      body.kind === "central" ? "§16" : "§17",
      [...pointParts, "W.total"],
    );

  const result: Result = {
    kind: body.kind,
    evaluated,
    A,
    criteria,
    W,
    goals: goals.goals,
    quality: quality.spheres,
    risks,
    performance,
    issues: sink.issues,
    profile,
    trace: sink.trace ?? {},
    counts: achievementCounts(goals.goals),
  };
  if (!traced) traceOnFirstRead(result, () => scoreEvaluation(evaluation).trace);
  return result;
}

/** Makes `result.trace` (keeping its place among the keys) a property computed on its first read. */
function traceOnFirstRead(result: Result, compute: () => Trace): void {
  const settle = (trace: Trace) =>
    Object.defineProperty(result, "trace", { value: trace, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(result, "trace", {
    get: () => {
      const trace = compute();
      settle(trace);
      return trace;
    },
    set: settle,
    enumerable: true,
    configurable: true,
  });
}
