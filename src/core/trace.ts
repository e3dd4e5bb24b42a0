// The trace: for every number the core computes, the key of its formula, its inputs and the paragraph of
// the methodology it comes from, keyed by path ("D", "goals[0].K", "goals[0].indicators[1].h").

import type { IssueCode } from "./issues";

/**
 * Every formula the core applies, by a stable key; src/i18n writes each in the reader's language
 * (`formula.<key>`, with the entry's symbol). A reworded formula changes only its text there.
 */
export const TRACE_FORMULAS = [
  "measure.notCounted",
  "rule.ratio.higher",
  "rule.ratio.higherNonPositive",
  "rule.ratio.lower",
  "rule.ratio.lowerOther",
  "rule.improvement",
  "range.inside",
  "P.mean",
  "P.none",
  "K.mean",
  "K.none",
  "Y.mean",
  "Y.neutral",
  "X.product",
  "X.none",
  "D.mean",
  "D.none",
  "q.mean",
  "q.product",
  "q.directions",
  "B.mean",
  "B.none",
  "R.mark",
  "C.mean",
  "C.none",
  "S.higher",
  "S.lower",
  "S.notCounted",
  "E.geometricMean",
  "E.neutral",
  "W.late",
  "W.incomplete",
  "W.unreliable",
  "W.unreliableCapped",
  "W.total",
  "W.totalCapped",
  "points.central",
  "points.local",
  "A.central",
  "A.local",
] as const;

export type TraceFormula = (typeof TRACE_FORMULAS)[number];

export interface TraceEntry {
  /** Where the number lives: a result path such as `goals[0].indicators[1].h`, `B`, `W.total`, `A`. */
  path: string;
  /** The methodology's symbol: h, p, K, P, Y, X, D, q, B, R, C, S, E, W, A. */
  symbol: string;
  value: number | null;
  /** The formula applied, by its key (`rule.improvement`: h = clamp((F − F0) / (P − F0), 0, 1)). */
  formula: TraceFormula;
  /** The values put into the formula, by symbol. */
  inputs: Record<string, number | string | null>;
  /** The paragraph of the methodology, e.g. `§23`, `App. 4`. */
  paragraph: string;
  /** Paths of the trace entries this number was computed from, for drill-down. */
  parts: string[];
  /** The issue that decided how this number was computed (an exclusion or a fallback), if any. */
  note?: IssueCode;
}

export type Trace = Record<string, TraceEntry>;

export function traceEntry(
  path: string,
  symbol: string,
  value: number | null,
  formula: TraceFormula,
  inputs: TraceEntry["inputs"],
  paragraph: string,
  parts: string[] = [],
  note?: IssueCode,
): TraceEntry {
  const entry: TraceEntry = { path, symbol, value, formula, inputs, paragraph, parts };
  if (note !== undefined) entry.note = note;
  return entry;
}
