// Findings of section 2 (quality, B): the summary, each sphere or direction whose q1 or q2 fell short
// (or was not assessed), or that every one was fully met.

import type { Evaluation, Result, Subject } from "../../core";
import type { MessageKey } from "../../i18n";
import { coefficient, hasIssue, traceNumber } from "./finding-values";
import type { Finding } from "./report-types";

export function qualityFindings(evaluation: Evaluation, result: Result): Finding[] {
  const findings: Finding[] = [];
  const base = { section: "quality" as const, criterion: "B" as const };
  const leaves: { path: string; subject: Subject }[] = [];
  evaluation.quality.forEach((sphere, i) => {
    if (sphere.directions.length === 0)
      leaves.push({ path: `quality[${i}]`, subject: { type: "sphere", code: sphere.code, name: sphere.name } });
    else
      sphere.directions.forEach((d, j) =>
        leaves.push({ path: `quality[${i}].directions[${j}]`, subject: { type: "direction", code: d.code, name: d.name } }),
      );
  });
  if (leaves.length === 0) {
    findings.push({ ...base, key: "report.finding.quality.none", params: {}, loss: true, disputable: false });
    return findings;
  }
  const full = leaves.filter((leaf) => result.trace[`${leaf.path}.q`]?.value === 1).length;
  findings.push({
    ...base,
    key: "report.finding.quality.summary",
    params: { B: coefficient(result.criteria.B.coefficient), spheres: evaluation.quality.length, assessed: leaves.length, full },
    loss: false,
    disputable: false,
  });
  for (const leaf of leaves) {
    const q = result.trace[`${leaf.path}.q`]?.value ?? null;
    for (const parameter of ["q1", "q2"] as const) {
      const value = traceNumber(result, `${leaf.path}.q`, parameter);
      if (value === null || value >= 1) continue;
      const notAssessed = hasIssue(result, "COEFFICIENT_INVALID", `${leaf.path}.${parameter}`);
      const key = (
        notAssessed
          ? `report.finding.quality.${parameter}.notAssessed`
          : `report.finding.quality.${parameter}.${value > 0 ? "partly" : "none"}`
      ) as MessageKey;
      findings.push({
        ...base,
        key,
        // q1 and q2 are the expert's marks (1, 0.5 or 0), shown as given; q is computed.
        params: { [parameter]: value, q: q === null ? null : coefficient(q) },
        subject: leaf.subject,
        path: `${leaf.path}.${parameter}`,
        loss: true,
        disputable: true,
      });
    }
  }
  if (full === leaves.length) findings.push({ ...base, key: "report.finding.quality.allFull", params: {}, loss: false, disputable: false });
  return findings;
}
