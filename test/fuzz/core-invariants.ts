// The invariants the fuzz script checks after every core run: clean numbers in the result JSON, coefficients
// in [0, 1], W within its caps, every number equal to an independent recomputation, excluded rows inert,
// the trace complete, the JSON round trip lossless and every issue message complete in kk, ru and en.

import { resultMessages } from "../../src/i18n";
import {
  ISSUE_CODES,
  issueSeverity,
  scoreEvaluation,
  toResultJson,
  type Evaluation,
  type ParsedEvaluation,
  type Result,
  type ResultJson,
} from "../../src/core";
import type { Lang } from "../../src/i18n";
import { resultNumbers } from "../core/builders";
import { InvariantBroken } from "./invariant-broken";
import { checkFormatted, checkIssueMessage } from "./placeholders";
import { referenceScore } from "./reference-score";

/** How many times each invariant was checked (a counter per check, not per run). */
export type InvariantCounts = Record<string, number>;

function tally(counts: InvariantCounts, invariant: string, n = 1): void {
  counts[invariant] = (counts[invariant] ?? 0) + n;
}

const TOLERANCE = 1e-9;

/** Equal within 1e-9, relative for numbers beyond 1 (W.unreliable may be huge under the "total" cap). */
function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Every value of a JSON-bound object: numbers finite and not −0, no undefined, functions or other
 * non-JSON values. Returns how many numbers were seen.
 */
export function checkCleanJson(value: unknown, keys: (string | number)[] = []): number {
  // the path is spelled out only for a failure: the walk itself keeps a stack of keys
  const path = () => `$${keys.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("")}`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InvariantBroken("finiteNumbers", `${path()} = ${value}`);
    if (Object.is(value, -0)) throw new InvariantBroken("noNegativeZero", `${path()} = -0`);
    return 1;
  }
  if (value === null || typeof value === "string" || typeof value === "boolean") return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      keys.push(i);
      n += checkCleanJson(value[i], keys);
      keys.pop();
    }
    return n;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const key in value) {
      keys.push(key);
      n += checkCleanJson((value as Record<string, unknown>)[key], keys);
      keys.pop();
    }
    return n;
  }
  throw new InvariantBroken("jsonValues", `${path()} is ${value === undefined ? "undefined" : typeof value}`);
}

/** Deep equality as JSON sees it, with Object.is on numbers and the same keys on both sides. */
function sameJson(a: unknown, b: unknown, path: string): void {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    if (!Object.is(a, b)) throw new InvariantBroken("lossless", `${path}: ${String(a)} became ${String(b)}`);
    return;
  }
  if (Array.isArray(a) !== Array.isArray(b)) throw new InvariantBroken("lossless", `${path}: a list and an object`);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) throw new InvariantBroken("lossless", `${path}: keys ${ka.join(",")} became ${kb.join(",")}`);
  for (const k of ka) sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
}

function inUnitInterval(value: number | null, what: string): number {
  if (value === null) return 0;
  if (!(value >= 0 && value <= 1)) throw new InvariantBroken("coefficientsInUnitInterval", `${what} = ${value}`);
  return 1;
}

function expectClose(actual: number | null, expected: number | null, what: string): void {
  if (!close(actual, expected)) throw new InvariantBroken("matchesReference", `${what} = ${actual}, recomputed ${expected}`);
}

/** Every coefficient of the result JSON in [0, 1]; returns how many were checked. */
function checkCoefficients(json: ResultJson): number {
  let n = 0;
  const { B, C, D, E } = json.criteria;
  n += inUnitInterval(B.coefficient, "B") + inUnitInterval(D.coefficient, "D");
  if (C) n += inUnitInterval(C.coefficient, "C");
  if (E) n += inUnitInterval(E.coefficient, "E");
  json.goals.forEach((g, i) => {
    n += inUnitInterval(g.K, `goals[${i}].K`) + inUnitInterval(g.Y, `goals[${i}].Y`) + inUnitInterval(g.X, `goals[${i}].X`);
    g.indicators.forEach((m, j) => (n += inUnitInterval(m.h, `goals[${i}].indicators[${j}].h`)));
    g.tasks.forEach((t, k) => {
      n += inUnitInterval(t.P, `goals[${i}].tasks[${k}].P`);
      t.results.forEach((m, l) => (n += inUnitInterval(m.p, `goals[${i}].tasks[${k}].results[${l}].p`)));
    });
  });
  json.quality.forEach((s, i) => {
    n += inUnitInterval(s.q, `quality[${i}].q`);
    s.directions?.forEach((d, j) => (n += inUnitInterval(d.q, `quality[${i}].directions[${j}].q`)));
  });
  json.risks.forEach((r, i) => (n += inUnitInterval(r.R, `risks[${i}].R`)));
  json.performance.forEach((p, i) => (n += inUnitInterval(p.S, `performance[${i}].S`)));
  return n;
}

/** 0 ≤ each part of W ≤ its cap: late 0 or 1.5, incomplete 0 or 2, unreliable ≤ 5 unless the cap is on W, W ≤ 5 then. */
function checkPenalties(json: ResultJson): void {
  const { late, incomplete, unreliable, total } = json.W;
  const scope = json.profile.penaltyCapScope;
  const bad = (detail: string) => new InvariantBroken("penaltiesWithinCaps", `${detail} (${JSON.stringify(json.W)}, cap on ${scope})`);
  if (late !== 0 && late !== 1.5) throw bad("late");
  if (incomplete !== 0 && incomplete !== 2) throw bad("incomplete");
  if (!(unreliable >= 0) || (scope === "unreliable" && unreliable > 5)) throw bad("unreliable");
  if (!(total >= 0) || total > (scope === "total" ? 5 : 1.5 + 2 + 5)) throw bad("total");
}

/** A = Σ 100·w·X (·E for a local body) − W from the criteria as printed, and each criterion's points. */
function checkTotalFromCriteria(json: ResultJson): void {
  const E = json.criteria.E ? json.criteria.E.coefficient : 1;
  let sum = 0;
  for (const key of ["B", "C", "D"] as const) {
    const c = json.criteria[key];
    if (!c) continue;
    const points = 100 * c.weight * c.coefficient * E;
    expectClose(c.points, points, `criteria.${key}.points`);
    sum += points;
  }
  if (!close(json.A, sum - json.W.total))
    throw new InvariantBroken("totalFromCriteria", `A = ${json.A}, but the criteria give ${sum} − ${json.W.total}`);
  if (json.A > 100 + TOLERANCE) throw new InvariantBroken("totalAtMost100", `A = ${json.A}`);
}

/** Every number of the result against the independent recomputation of reference-score.ts. */
function checkAgainstReference(evaluation: Evaluation, json: ResultJson): number {
  const ref = referenceScore(evaluation);
  let n = 0;
  const eq = (actual: number | null, expected: number | null, what: string) => {
    expectClose(actual, expected, what);
    n += 1;
  };
  json.goals.forEach((g, i) => {
    g.indicators.forEach((m, j) => eq(m.h, ref.h[i][j], `goals[${i}].indicators[${j}].h`));
    g.tasks.forEach((t, k) => {
      t.results.forEach((m, l) => eq(m.p, ref.p[i][k][l], `goals[${i}].tasks[${k}].results[${l}].p`));
      eq(t.P, ref.P[i][k], `goals[${i}].tasks[${k}].P`);
    });
    eq(g.K, ref.K[i], `goals[${i}].K`);
    eq(g.Y, ref.Y[i], `goals[${i}].Y`);
    eq(g.X, ref.X[i], `goals[${i}].X`);
  });
  json.quality.forEach((s, i) => {
    eq(s.q, ref.q[i], `quality[${i}].q`);
    s.directions?.forEach((d, j) => eq(d.q, ref.directionQ[i][j], `quality[${i}].directions[${j}].q`));
  });
  if (json.risks.length !== ref.R.length)
    throw new InvariantBroken("matchesReference", `${json.risks.length} risks scored, ${ref.R.length} expected`);
  json.risks.forEach((r, i) => eq(r.R, ref.R[i], `risks[${i}].R`));
  if (json.performance.length !== ref.S.length)
    throw new InvariantBroken("matchesReference", `${json.performance.length} indexes scored, ${ref.S.length} expected`);
  json.performance.forEach((p, i) => eq(p.S, ref.S[i], `performance[${i}].S`));
  eq(json.criteria.B.coefficient, ref.B, "B");
  eq(json.criteria.C?.coefficient ?? null, ref.C, "C");
  eq(json.criteria.D.coefficient, ref.D, "D");
  eq(json.criteria.E?.coefficient ?? null, ref.E, "E");
  for (const key of ["late", "incomplete", "unreliable", "total"] as const) eq(json.W[key], ref.W[key], `W.${key}`);
  for (const key of ["B", "C", "D"] as const) {
    const c = json.criteria[key];
    if (c) eq(c.weight, ref.weights[key], `criteria.${key}.weight`);
  }
  eq(json.A, ref.A, "A");
  if (json.evaluated !== ref.evaluated)
    throw new InvariantBroken("matchesReference", `evaluated = ${json.evaluated}, expected ${ref.evaluated}`);
  return n;
}

/** The evaluation without the rows that are not counted (§24, §26) and the sections its kind ignores. */
function withoutExcludedRows(evaluation: Evaluation): Evaluation {
  const rangeExcluded = evaluation.profile.rangeRule === "exclude";
  const counted = (m: Evaluation["goals"][number]["indicators"][number]) =>
    m.plan !== null &&
    m.fact !== null &&
    m.data !== "none" &&
    !(rangeExcluded && typeof m.plan === "object" && m.plan.min !== undefined && m.plan.max !== undefined);
  return {
    ...evaluation,
    goals: evaluation.goals.map((g) => ({
      ...g,
      indicators: g.indicators.filter(counted),
      tasks: g.tasks.map((t) => ({ ...t, results: t.results.filter(counted) })),
    })),
    risks: evaluation.body.kind === "central" ? evaluation.risks : [],
    performance: evaluation.body.kind === "local" ? evaluation.performance.filter((e) => e.previous !== null && e.current !== null) : [],
  };
}

function checkExcludedRowsInert(evaluation: Evaluation, result: Result): void {
  const trimmed = scoreEvaluation(withoutExcludedRows(evaluation));
  const same = (a: number | null | undefined, b: number | null | undefined) => Object.is(a, b);
  const { criteria: c1 } = result;
  const { criteria: c2 } = trimmed;
  if (
    !same(result.A, trimmed.A) ||
    !same(c1.B.coefficient, c2.B.coefficient) ||
    !same(c1.D.coefficient, c2.D.coefficient) ||
    !same(c1.C?.coefficient, c2.C?.coefficient) ||
    !same(c1.E?.coefficient, c2.E?.coefficient)
  ) {
    throw new InvariantBroken(
      "excludedRowsInert",
      `A ${result.A} → ${trimmed.A}, D ${c1.D.coefficient} → ${c2.D.coefficient}, E ${c1.E?.coefficient} → ${c2.E?.coefficient} without the excluded rows`,
    );
  }
}

/** Every number the result reports has a trace entry of that value; every part names an entry. */
function checkTrace(result: Result): number {
  let n = 0;
  for (const [path, value] of resultNumbers(result)) {
    const entry = result.trace[path];
    if (!entry) throw new InvariantBroken("traceComplete", `no trace entry for ${path}`);
    if (!Object.is(entry.value, value)) throw new InvariantBroken("traceComplete", `trace ${path} = ${entry.value}, result ${value}`);
    n += 1;
  }
  for (const entry of Object.values(result.trace)) {
    for (const part of entry.parts)
      if (!(part in result.trace)) throw new InvariantBroken("traceComplete", `${entry.path} → ${part}: no such entry`);
  }
  return n;
}

/** Known codes and severities; every template complete in kk, ru, en; the message in the JSON's language not empty. */
function checkIssues(result: Result, json: ResultJson, lang: Lang): void {
  result.issues.forEach((issue, i) => {
    if (!(ISSUE_CODES as readonly string[]).includes(issue.code)) throw new InvariantBroken("issueCodes", `unknown code ${issue.code}`);
    if (issueSeverity(issue.code, issue.variant) !== issue.severity || json.issues[i].severity !== issue.severity)
      throw new InvariantBroken("issueCodes", `${issue.code} with severity ${issue.severity}`);
    checkIssueMessage(issue, []);
    checkFormatted(json.issues[i].message, `${issue.code} at ${issue.path} (${lang})`);
  });
}

/** Scores a parsed evaluation and checks every invariant; throws InvariantBroken (or what the core threw). */
export function checkScoredEvaluation(parsed: ParsedEvaluation, lang: Lang, counts: InvariantCounts): Result {
  const result = scoreEvaluation(parsed.evaluation, parsed.issues);
  const json = toResultJson(result, resultMessages(lang), { trace: true });
  tally(counts, "finiteNumbers", checkCleanJson(json));
  tally(counts, "coefficientsInUnitInterval", checkCoefficients(json));
  checkPenalties(json);
  tally(counts, "penaltiesWithinCaps");
  checkTotalFromCriteria(json);
  tally(counts, "totalFromCriteria");
  tally(counts, "matchesReference", checkAgainstReference(parsed.evaluation, json));
  checkExcludedRowsInert(parsed.evaluation, result);
  tally(counts, "excludedRowsInert");
  tally(counts, "traceComplete", checkTrace(result));
  // The round trip of the contract itself; the trace's follows from checkCleanJson (plain values only).
  const { trace: _trace, ...contract } = json;
  sameJson(contract, JSON.parse(JSON.stringify(contract)), "$");
  tally(counts, "lossless");
  checkIssues(result, json, lang);
  tally(counts, "issueMessages", result.issues.length);
  return result;
}
