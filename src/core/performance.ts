// Criterion E, the performance coefficient of a local executive body (METHODOLOGY.md §5, methodology
// §25–26, App. 4): the capped index S of each indicator and their geometric mean E.

import { makeIssue } from "./issues";
import type { PerformanceEntry } from "./model";
import type { Sink } from "./sink";
import { ratio } from "./rules";
import { traceEntry } from "./trace";

export interface PerformanceIndexScore {
  key: string;
  S: number | null;
}

export interface PerformanceScore {
  E: number;
  indexes: PerformanceIndexScore[];
}

/** S = ratio(SR, SB): SR / SB for a higher-is-better indicator, SB / SR for lower, capped at 1. */
export function performanceIndex(current: number, previous: number, better: PerformanceEntry["better"]): number {
  return ratio(current, previous, better).value;
}

/** E = (S1 · … · Sn)^(1/n), computed as exp(Σ ln S / n) so that many indexes cannot underflow. */
export function geometricMean(values: readonly number[]): number {
  if (values.some((v) => v === 0)) return 0;
  let logSum = 0;
  for (const v of values) logSum += Math.log(v);
  return Math.exp(logSum / values.length);
}

export function scorePerformance(entries: readonly PerformanceEntry[], sink: Sink): PerformanceScore {
  const indexes = entries.map((entry, i) => {
    const path = `performance[${i}]`;
    const inputs = { SR: entry.current, SB: entry.previous, better: entry.better };
    if (entry.current === null || entry.previous === null) {
      sink.issues.push(makeIssue("PERFORMANCE_MISSING", path, { type: "performance", code: entry.key, name: entry.name }));
      if (sink.trace)
        sink.trace[`${path}.S`] = traceEntry(`${path}.S`, "S", null, "S.notCounted", inputs, "§26", [], "PERFORMANCE_MISSING");
      return { key: entry.key, S: null };
    }
    const S = performanceIndex(entry.current, entry.previous, entry.better);
    const formula = entry.better === "higher" ? "S.higher" : "S.lower";
    if (sink.trace) sink.trace[`${path}.S`] = traceEntry(`${path}.S`, "S", S, formula, inputs, "§26, App. 4", []);
    return { key: entry.key, S };
  });
  const counted = indexes.filter((x): x is { key: string; S: number } => x.S !== null);
  const parts = indexes.flatMap((x, i) => (x.S === null ? [] : [`performance[${i}].S`]));
  if (counted.length === 0) {
    sink.issues.push(makeIssue("NO_PERFORMANCE", "performance", { type: "performance" }));
    if (sink.trace) sink.trace.E = traceEntry("E", "E", 1, "E.neutral", { n: 0 }, "§26", [], "NO_PERFORMANCE");
    return { E: 1, indexes };
  }
  const E = geometricMean(counted.map((x) => x.S));
  if (sink.trace) sink.trace.E = traceEntry("E", "E", E, "E.geometricMean", { n: counted.length }, "§26", parts);
  return { E, indexes };
}
