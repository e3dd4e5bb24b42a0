// Reading the profile options of an evaluation JSON or a command line (METHODOLOGY.md §8), and the check
// that the weights in force add up to 1.

import type { Kind, ProfileInput, Weights } from "./model";
import { ACHIEVEMENT_RULES, PENALTY_CAP_SCOPES, QUALITY_RULES, RANGE_RULES, resolveProfile } from "./profile";
import { EvaluationRefused } from "./refusal";
import { JsonReader, type Json } from "./json-reader";

export function readProfile(value: Json, path = "profile"): ProfileInput {
  const r = new JsonReader();
  const o = r.optionalObject(value, path);
  const profile: ProfileInput = {};
  const qualityRule = r.enumValue(o.qualityRule, `${path}.qualityRule`, QUALITY_RULES);
  const indicatorRule = r.enumValue(o.indicatorRule, `${path}.indicatorRule`, ACHIEVEMENT_RULES);
  const resultRule = r.enumValue(o.resultRule, `${path}.resultRule`, ACHIEVEMENT_RULES);
  const penaltyCapScope = r.enumValue(o.penaltyCapScope, `${path}.penaltyCapScope`, PENALTY_CAP_SCOPES);
  const unreliableThreshold = r.integer(o.unreliableThreshold, `${path}.unreliableThreshold`, 1);
  const rangeRule = r.enumValue(o.rangeRule, `${path}.rangeRule`, RANGE_RULES);
  if (qualityRule) profile.qualityRule = qualityRule;
  if (indicatorRule) profile.indicatorRule = indicatorRule;
  if (resultRule) profile.resultRule = resultRule;
  if (penaltyCapScope) profile.penaltyCapScope = penaltyCapScope;
  if (unreliableThreshold !== undefined) profile.unreliableThreshold = unreliableThreshold;
  if (rangeRule) profile.rangeRule = rangeRule;
  if (o.weights !== undefined && o.weights !== null) {
    const w = r.object(o.weights, `${path}.weights`);
    const weights: Partial<Weights> = {};
    for (const key of ["B", "C", "D"] as const) {
      if (w[key] === undefined || w[key] === null) continue;
      const value = w[key];
      if (typeof value !== "number" || value < 0 || value > 1) {
        throw new EvaluationRefused("range", `${path}.weights.${key}`, { min: "0", max: "1", actual: JSON.stringify(value) ?? "" });
      }
      weights[key] = value + 0; // −0 + 0 is 0
    }
    profile.weights = weights;
  }
  return profile;
}

/** The weights in force for a kind must add up to 1, as the methodology's do (§16–17); else A could pass 100. */
export function checkWeights(kind: Kind, profile: ProfileInput, path = "profile.weights"): void {
  if (!profile.weights) return;
  const w = resolveProfile(kind, profile).weights;
  const sum = kind === "central" ? w.B + w.C + w.D : w.B + w.D;
  if (Math.abs(sum - 1) > 1e-9) {
    const terms = kind === "central" ? `${w.B} + ${w.C} + ${w.D}` : `${w.B} + ${w.D}`;
    throw new EvaluationRefused("weights", path, { terms, sum: String(Number(sum.toFixed(10))) });
  }
}
