// Criterion C, risk management of a central body (METHODOLOGY.md §4, methodology §22): R per risk
// of plan section 6 and C = ΣR / k.

import { makeIssue } from "./issues";
import type { Risk } from "./model";
import { expertCoefficient } from "./coefficients";
import { meanOfCounted } from "./counted-mean";
import type { Sink } from "./sink";
import { traceEntry } from "./trace";

export interface RiskScore {
  R: number;
}

export interface RisksScore {
  C: number;
  risks: RiskScore[];
}

export function scoreRisks(risks: readonly Risk[], sink: Sink): RisksScore {
  const scored = risks.map((risk, i) => {
    const path = `risks[${i}]`;
    const R = expertCoefficient(risk.r, `${path}.r`, { type: "risk", row: i + 1, name: risk.name }, "r", sink);
    if (sink.trace) sink.trace[`${path}.R`] = traceEntry(`${path}.R`, "R", R, "R.mark", { r: risk.r }, "§22", []);
    return { R };
  });
  const counted = meanOfCounted(scored.map((r) => r.R));
  if (counted === null) sink.issues.push(makeIssue("NO_RISKS", "risks", { type: "risks" }));
  const C = counted ?? 0;
  if (sink.trace)
    sink.trace.C = traceEntry(
      "C",
      "C",
      C,
      counted === null ? "C.none" : "C.mean",
      { k: scored.length },
      "§22",
      scored.map((_, i) => `risks[${i}].R`),
      counted === null ? "NO_RISKS" : undefined,
    );
  return { C, risks: scored };
}
