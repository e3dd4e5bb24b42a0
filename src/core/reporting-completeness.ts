// Incomplete reporting (§41, 2 points): which required elements of a body's report are missing — BAGALAU's
// reading of "sections, tables, indicator values", specified in docs/reporting-completeness.md.

import type { Subject } from "./issues";
import type { Evaluation, Measure } from "./model";

/** A required element: a section's table, or a value of one target indicator or direct result. */
export type RequiredElement = "quality" | "goals" | "risks" | "performance" | "plan" | "fact" | "unit";

export interface MissingElement {
  element: RequiredElement;
  /** JSON path of the missing element (a section, or `goals[0].indicators[2].fact`). */
  path: string;
  /** The indicator or direct result the value belongs to. */
  subject?: Subject;
}

/**
 * The required elements the evaluation leaves empty, in the report's order:
 * - section 2: at least one assessed sphere (`quality`);
 * - section 3/4: at least one target indicator or direct result (`goals`); for each of them a plan, a unit,
 *   and a fact — except where the body stated that no data can be given (`data: "none"`);
 * - a central body's section 6: at least one risk (`risks`); a local body's App. 4: at least one indicator
 *   with both its values (`performance`).
 */
export function missingRequiredElements(evaluation: Evaluation): MissingElement[] {
  const missing: MissingElement[] = [];
  if (evaluation.quality.length === 0) missing.push({ element: "quality", path: "quality" });
  const measures: { measure: Measure; path: string; subject: Subject }[] = [];
  evaluation.goals.forEach((goal, gi) => {
    goal.indicators.forEach((measure, i) =>
      measures.push({
        measure,
        path: `goals[${gi}].indicators[${i}]`,
        subject: { type: "indicator", row: i + 1, goal: goal.code, name: measure.name },
      }),
    );
    goal.tasks.forEach((task, ti) =>
      task.results.forEach((measure, i) =>
        measures.push({
          measure,
          path: `goals[${gi}].tasks[${ti}].results[${i}]`,
          subject: { type: "result", row: i + 1, task: task.code, name: measure.name },
        }),
      ),
    );
  });
  if (measures.length === 0) missing.push({ element: "goals", path: "goals" });
  for (const { measure, path, subject } of measures) {
    if (measure.plan === null) missing.push({ element: "plan", path: `${path}.plan`, subject });
    if (measure.fact === null && measure.data !== "none") missing.push({ element: "fact", path: `${path}.fact`, subject });
    if (!measure.unit) missing.push({ element: "unit", path: `${path}.unit`, subject });
  }
  if (evaluation.body.kind === "central" && evaluation.risks.length === 0) missing.push({ element: "risks", path: "risks" });
  if (evaluation.body.kind === "local" && !evaluation.performance.some((p) => p.previous !== null && p.current !== null)) {
    missing.push({ element: "performance", path: "performance" });
  }
  return missing;
}
