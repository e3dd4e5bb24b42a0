// Criterion B, quality and completeness of the plan (METHODOLOGY.md §3, methodology §18–21, App. 2–3):
// q per sphere or direction from the expert parameters q1 and q2, a sphere's q from its directions, B.

import type { QualityAssessment, QualityRule, QualitySphere } from "./model";
import { makeIssue, type Subject } from "./issues";
import { expertCoefficient } from "./coefficients";
import { meanOfCounted } from "./counted-mean";
import type { Sink } from "./sink";
import { traceEntry } from "./trace";

export interface DirectionScore {
  code: string;
  q: number;
}

export interface SphereScore {
  code: string;
  q: number;
  directions: DirectionScore[];
}

export interface QualityScore {
  B: number;
  spheres: SphereScore[];
}

/** q of one sphere or direction: (q1 + q2) / 2 by default, q1 · q2 with qualityRule "product". */
export function assessmentQuality(q1: number, q2: number, rule: QualityRule): number {
  return rule === "product" ? q1 * q2 : (q1 + q2) / 2;
}

function scoreAssessment(item: QualityAssessment, rule: QualityRule, path: string, subject: Subject, sink: Sink): number {
  const q1 = expertCoefficient(item.q1, `${path}.q1`, subject, "q1", sink);
  const q2 = expertCoefficient(item.q2, `${path}.q2`, subject, "q2", sink);
  const q = assessmentQuality(q1, q2, rule);
  const formula = rule === "product" ? "q.product" : "q.mean";
  if (sink.trace) sink.trace[`${path}.q`] = traceEntry(`${path}.q`, "q", q, formula, { q1, q2 }, "§19–21", []);
  return q;
}

export function scoreQuality(spheres: readonly QualitySphere[], rule: QualityRule, sink: Sink): QualityScore {
  const scored: SphereScore[] = spheres.map((sphere, i) => {
    const path = `quality[${i}]`;
    if (sphere.directions.length === 0) {
      const q = scoreAssessment(sphere, rule, path, { type: "sphere", code: sphere.code, name: sphere.name }, sink);
      return { code: sphere.code, q, directions: [] };
    }
    const directions = sphere.directions.map((direction, j) => ({
      code: direction.code,
      q: scoreAssessment(
        direction,
        rule,
        `${path}.directions[${j}]`,
        { type: "direction", code: direction.code, name: direction.name },
        sink,
      ),
    }));
    const q = meanOfCounted(directions.map((d) => d.q)) as number;
    if (sink.trace)
      sink.trace[`${path}.q`] = traceEntry(
        `${path}.q`,
        "q",
        q,
        "q.directions",
        { d: directions.length },
        "§19–21",
        directions.map((_, j) => `${path}.directions[${j}].q`),
      );
    return { code: sphere.code, q, directions };
  });
  const counted = meanOfCounted(scored.map((s) => s.q));
  if (counted === null) sink.issues.push(makeIssue("NO_QUALITY", "quality", { type: "quality" }));
  const B = counted ?? 0;
  if (sink.trace)
    sink.trace.B = traceEntry(
      "B",
      "B",
      B,
      counted === null ? "B.none" : "B.mean",
      { n: scored.length },
      "§18–21",
      scored.map((_, i) => `quality[${i}].q`),
      counted === null ? "NO_QUALITY" : undefined,
    );
  return { B, spheres: scored };
}
