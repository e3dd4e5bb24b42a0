// The methodology profile (METHODOLOGY.md §8): the default reading of each ambiguous rule and the
// options a user may switch, resolved into one complete, explicit profile per evaluation.

import type { AchievementRule, Kind, PenaltyCapScope, ProfileInput, QualityRule, RangeRule, Weights } from "./model";

export interface Profile {
  qualityRule: QualityRule;
  indicatorRule: AchievementRule;
  resultRule: AchievementRule;
  penaltyCapScope: PenaltyCapScope;
  unreliableThreshold: number;
  rangeRule: RangeRule;
  /** The weights in force for the body's kind; C is 0 for a local body (it has no criterion C). */
  weights: Weights;
}

export const QUALITY_RULES: readonly QualityRule[] = ["mean", "product"];
export const ACHIEVEMENT_RULES: readonly AchievementRule[] = ["improvement", "ratio"];
export const PENALTY_CAP_SCOPES: readonly PenaltyCapScope[] = ["unreliable", "total"];
export const RANGE_RULES: readonly RangeRule[] = ["bounds", "exclude"];

/** §15–17: central A = 100·(0.1·B + 0.1·C + 0.8·D) − W; local A = 100·(0.2·B + 0.8·D)·E − W. */
export function defaultWeights(kind: Kind): Weights {
  return kind === "central" ? { B: 0.1, C: 0.1, D: 0.8 } : { B: 0.2, C: 0, D: 0.8 };
}

export const DEFAULT_UNRELIABLE_THRESHOLD = 3;

export function resolveProfile(kind: Kind, input: ProfileInput = {}): Profile {
  const weights = { ...defaultWeights(kind), ...input.weights };
  if (kind === "local") weights.C = 0;
  return {
    qualityRule: input.qualityRule ?? "mean",
    indicatorRule: input.indicatorRule ?? "improvement",
    resultRule: input.resultRule ?? "ratio",
    penaltyCapScope: input.penaltyCapScope ?? "unreliable",
    unreliableThreshold: input.unreliableThreshold ?? DEFAULT_UNRELIABLE_THRESHOLD,
    rangeRule: input.rangeRule ?? "bounds",
    weights,
  };
}
