// The trace: for every number the core computes, its formula, its inputs and the paragraph of the
// methodology it comes from, keyed by path ("D", "goals[0].K", "goals[0].indicators[1].h").

import type { IssueCode } from "./issues";

export interface TraceEntry {
  /** Where the number lives: a result path such as `goals[0].indicators[1].h`, `B`, `W.total`, `A`. */
  path: string;
  /** The methodology's symbol: h, p, K, P, Y, X, D, q, B, R, C, S, E, W, A. */
  symbol: string;
  value: number | null;
  /** The formula in the methodology's symbols, e.g. `h = clamp((F − F0) / (P − F0), 0, 1)`. */
  formula: string;
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
  formula: string,
  inputs: TraceEntry["inputs"],
  paragraph: string,
  parts: string[] = [],
  note?: IssueCode,
): TraceEntry {
  const entry: TraceEntry = { path, symbol, value, formula, inputs, paragraph, parts };
  if (note !== undefined) entry.note = note;
  return entry;
}
