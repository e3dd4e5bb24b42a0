// Findings of the App. 4 performance section (E — local bodies): the summary, each indicator missing or
// fallen since the previous year, named in every language, or that none fell.

import type { Evaluation, Result } from "../../core";
import { PERFORMANCE_INDICATORS } from "../../data/performance-indicators";
import { coefficient } from "./finding-values";
import type { Finding, Localized } from "./report-types";

/** The name and unit of a performance indicator: App. 4's in every language, or the body's own. */
function performanceTexts(entry: Evaluation["performance"][number]): { name: Localized | string; unit: Localized | string } {
  const known = PERFORMANCE_INDICATORS.find((p) => p.key === entry.key);
  if (known) return { name: known.name, unit: known.unit };
  return { name: entry.name ?? entry.key, unit: entry.unit ?? "" };
}

export function performanceFindings(evaluation: Evaluation, result: Result): Finding[] {
  const base = { section: "performance" as const, criterion: "E" as const };
  const E = result.criteria.E;
  if (!E) return [];
  const counted = result.performance.filter((p) => p.S !== null).length;
  const findings: Finding[] = [];
  if (counted === 0) findings.push({ ...base, key: "report.finding.performance.none", params: {}, loss: false, disputable: false });
  else
    findings.push({
      ...base,
      key: "report.finding.performance.summary",
      params: { E: coefficient(E.coefficient), counted },
      loss: false,
      disputable: false,
    });
  let fell = 0;
  evaluation.performance.forEach((entry, i) => {
    const S = result.performance[i]?.S;
    const path = `performance[${i}]`;
    const texts = performanceTexts(entry);
    if (S === null || S === undefined) {
      if (counted > 0)
        findings.push({
          ...base,
          key: "report.finding.performance.missing",
          params: { name: texts.name },
          path,
          loss: false,
          disputable: false,
        });
      return;
    }
    if (S >= 1) return;
    fell += 1;
    findings.push({
      ...base,
      key: "report.finding.performance.fell",
      params: { name: texts.name, unit: texts.unit, previous: entry.previous, current: entry.current, S: coefficient(S), key: entry.key },
      path,
      loss: true,
      disputable: true,
    });
  });
  if (counted > 0 && fell === 0)
    findings.push({ ...base, key: "report.finding.performance.noneFell", params: {}, loss: false, disputable: false });
  return findings;
}
