// An independent recomputation of METHODOLOGY.md §1–6 and §8 from a parsed Evaluation, written from the
// spec and not from src/core, so the fuzz checks compare the core's every number against a second reading.

import type { Better, Evaluation, Measure, ProfileInput } from "../../src/core";

export interface ReferenceScore {
  /** h per goal and indicator, p per goal, task and result; null where §24 excludes the row. */
  h: (number | null)[][];
  p: (number | null)[][][];
  K: (number | null)[];
  P: (number | null)[][];
  Y: number[];
  X: (number | null)[];
  q: number[];
  directionQ: number[][];
  R: number[];
  S: (number | null)[];
  B: number;
  C: number | null;
  D: number;
  E: number | null;
  W: { late: number; incomplete: number; unreliable: number; total: number };
  weights: { B: number; C: number; D: number };
  A: number;
  evaluated: boolean;
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x));

/** §2 ratio rule. */
function ratioRule(F: number, P: number, better: Better): number {
  if (better === "higher") return P > 0 ? clamp(F / P) : F >= P ? 1 : 0;
  return F > 0 && P >= 0 ? clamp(P / F) : F <= P ? 1 : 0;
}

/** §2 improvement rule: (F − F0) / (P − F0) when an improvement was planned, else the ratio rule. */
function improvementRule(F: number, F0: number | null, P: number, better: Better): number {
  if (F0 === null) return ratioRule(F, P, better);
  const planned = better === "higher" ? P > F0 : P < F0;
  if (!planned) return ratioRule(F, P, better);
  let actual = F - F0;
  let plannedChange = P - F0;
  if (!Number.isFinite(plannedChange)) {
    // both differences halved, so that values near ±1.8e308 do not overflow
    actual = F / 2 - F0 / 2;
    plannedChange = P / 2 - F0 / 2;
  }
  return clamp(actual / plannedChange);
}

function byRule(rule: string, F: number, F0: number | null, P: number, better: Better): number {
  return rule === "improvement" ? improvementRule(F, F0, P, better) : ratioRule(F, P, better);
}

/**
 * §24 exclusions, then §2a: "at least P" is plan P with higher better, "at most P" plan P with lower better;
 * a range [L, U] scores 1 inside, and outside against the bound on that side pointing into the range — or,
 * with rangeRule "exclude", is not counted.
 */
function achievement(m: Measure, rule: string, rangeRule: string): number | null {
  if (m.plan === null || m.data === "none" || m.fact === null) return null;
  const plan = m.plan;
  if (typeof plan === "number") return byRule(rule, m.fact, m.base, plan, m.better);
  if (plan.min !== undefined && plan.max !== undefined) {
    if (rangeRule === "exclude") return null;
    if (m.fact < plan.min) return byRule(rule, m.fact, m.base, plan.min, "higher");
    if (m.fact > plan.max) return byRule(rule, m.fact, m.base, plan.max, "lower");
    return 1;
  }
  return plan.min !== undefined ? byRule(rule, m.fact, m.base, plan.min, "higher") : byRule(rule, m.fact, m.base, plan.max, "lower");
}

function mean(values: readonly (number | null)[]): number | null {
  const counted = values.filter((v): v is number => v !== null);
  return counted.length === 0 ? null : counted.reduce((a, b) => a + b, 0) / counted.length;
}

const expert = (v: number | null): number => (v === 1 || v === 0.5 || v === 0 ? v : 0);

function weightsOf(kind: "central" | "local", profile: ProfileInput): { B: number; C: number; D: number } {
  const w = profile.weights ?? {};
  return kind === "central" ? { B: w.B ?? 0.1, C: w.C ?? 0.1, D: w.D ?? 0.8 } : { B: w.B ?? 0.2, C: 0, D: w.D ?? 0.8 };
}

export function referenceScore(evaluation: Evaluation): ReferenceScore {
  const { kind } = evaluation.body;
  const profile = evaluation.profile;
  const indicatorRule = profile.indicatorRule ?? "improvement";
  const resultRule = profile.resultRule ?? "ratio";
  const rangeRule = profile.rangeRule ?? "bounds";

  const h = evaluation.goals.map((g) => g.indicators.map((m) => achievement(m, indicatorRule, rangeRule)));
  const p = evaluation.goals.map((g) => g.tasks.map((t) => t.results.map((m) => achievement(m, resultRule, rangeRule))));
  const K = h.map(mean);
  const P = p.map((tasks) => tasks.map(mean));
  const Y = P.map((tasks) => mean(tasks) ?? 1);
  const X = K.map((k, i) => (k === null ? null : k * Y[i]));
  const D = mean(X) ?? 0;

  const assess = (a: { q1: number | null; q2: number | null }) =>
    profile.qualityRule === "product" ? expert(a.q1) * expert(a.q2) : (expert(a.q1) + expert(a.q2)) / 2;
  const directionQ = evaluation.quality.map((s) => s.directions.map(assess));
  const q = evaluation.quality.map((s, i) => (s.directions.length === 0 ? assess(s) : (mean(directionQ[i]) as number)));
  const B = mean(q) ?? 0;

  const R = kind === "central" ? evaluation.risks.map((r) => expert(r.r)) : [];
  const C = kind === "central" ? (mean(R) ?? 0) : null;

  const S =
    kind === "local"
      ? evaluation.performance.map((e) => (e.current === null || e.previous === null ? null : ratioRule(e.current, e.previous, e.better)))
      : [];
  const counted = S.filter((s): s is number => s !== null);
  const E =
    kind === "local"
      ? counted.length === 0
        ? 1
        : Math.pow(
            counted.reduce((a, b) => a * b, 1),
            1 / counted.length,
          )
      : null;

  const pen = evaluation.penalties;
  const late = pen.late === true || (pen.deadline !== undefined && pen.submitted !== undefined && pen.submitted > pen.deadline) ? 1.5 : 0;
  const incomplete = pen.incomplete === true || pen.missingElements.length > 0 ? 2 : 0;
  const n = pen.unreliableFactsListed ? pen.unreliableFacts.length : (pen.unreliableFactCount ?? 0);
  const capScope = profile.penaltyCapScope ?? "unreliable";
  const threshold = profile.unreliableThreshold ?? 3;
  const unreliable = n < threshold ? 0 : capScope === "unreliable" ? Math.min(0.2 * n, 5) : 0.2 * n;
  const sum = late + incomplete + unreliable;
  const W = { late, incomplete, unreliable, total: capScope === "total" ? Math.min(sum, 5) : sum };

  const weights = weightsOf(kind, profile);
  const A =
    kind === "central"
      ? 100 * (weights.B * B + weights.C * (C as number) + weights.D * D) - W.total
      : 100 * (weights.B * B + weights.D * D) * (E as number) - W.total;
  // §36–37: a reorganization in the second half of the evaluated year (the first four-digit year the period
  // names) means no evaluation; a date in another year is not applied.
  const reorganized = evaluation.body.reorganized;
  const year = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(evaluation.body.period)?.[1];
  const inYear = reorganized !== undefined && (year === undefined || reorganized.date.slice(0, 4) === year);
  const evaluated = !inYear || reorganized.date.slice(5) < "07-01";
  return { h, p, K, P, Y, X, q, directionQ, R, S, B, C, D, E, W, weights, A, evaluated };
}
