// The `bagalau/result@1` object of METHODOLOGY.md §7: the in-memory Result as the JSON contract
// prints it (every field, unrounded numbers, null where not defined, messages in one language).

import type { Result } from "./score";
import { RESULT_FORMAT } from "./parse";
import { formatIssue, type Lang } from "../i18n";
import type { Trace } from "./trace";

export interface ResultJson {
  format: typeof RESULT_FORMAT;
  kind: Result["kind"];
  evaluated: boolean;
  A: number;
  criteria: Result["criteria"];
  W: Result["W"];
  goals: {
    code: string;
    K: number | null;
    Y: number;
    X: number | null;
    indicators: { h: number | null }[];
    tasks: { code: string; P: number | null; results: { p: number | null }[] }[];
  }[];
  quality: { code: string; q: number; directions?: { code: string; q: number }[] }[];
  risks: { R: number }[];
  performance: { key: string; S: number | null }[];
  issues: { code: string; severity: string; path: string; message: string }[];
  profile: Omit<Result["profile"], "weights"> & { weights: { B: number; C?: number; D: number } };
  trace?: Trace;
}

/** A local body has no criterion C, so its weights are B and D only. */
function weightsOfKind(result: Result): ResultJson["profile"]["weights"] {
  const { B, C, D } = result.profile.weights;
  return result.kind === "central" ? { B, C, D } : { B, D };
}

/** The score part of the contract: `evaluated`, A, the criteria and W, as §7 prints them. */
export function scoreJson(result: Result): Pick<ResultJson, "evaluated" | "A" | "criteria" | "W"> {
  return {
    evaluated: result.evaluated,
    A: result.A,
    criteria: {
      B: { ...result.criteria.B },
      C: result.criteria.C && { ...result.criteria.C },
      D: { ...result.criteria.D },
      E: result.criteria.E && { ...result.criteria.E },
    },
    W: { late: result.W.late, incomplete: result.W.incomplete, unreliable: result.W.unreliable, total: result.W.total },
  };
}

export function toResultJson(result: Result, lang: Lang, options: { trace?: boolean } = {}): ResultJson {
  const json: ResultJson = {
    format: RESULT_FORMAT,
    kind: result.kind,
    ...scoreJson(result),
    goals: result.goals.map((goal) => ({
      code: goal.code,
      K: goal.K,
      Y: goal.Y,
      X: goal.X,
      indicators: goal.indicators.map((m) => ({ h: m.value })),
      tasks: goal.tasks.map((task) => ({ code: task.code, P: task.P, results: task.results.map((m) => ({ p: m.value })) })),
    })),
    quality: result.quality.map((sphere) =>
      sphere.directions.length > 0
        ? { code: sphere.code, q: sphere.q, directions: sphere.directions.map((d) => ({ code: d.code, q: d.q })) }
        : { code: sphere.code, q: sphere.q },
    ),
    risks: result.risks.map((risk) => ({ R: risk.R })),
    performance: result.performance.map((index) => ({ key: index.key, S: index.S })),
    issues: result.issues.map((issue) => ({ code: issue.code, severity: issue.severity, path: issue.path, message: formatIssue(lang, issue) })),
    profile: { ...result.profile, weights: weightsOfKind(result) },
  };
  if (options.trace) json.trace = result.trace;
  return json;
}
