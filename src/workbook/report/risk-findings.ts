// Findings of section 6 (risks, C — central bodies): the summary, each risk not aimed at, without
// effect or not assessed (with the body's measures quoted), or that every risk was aimed at.

import type { Evaluation, Result, Subject } from "../../core";
import type { MessageKey } from "../../i18n";
import { coefficient, hasIssue } from "./finding-values";
import type { Finding, Quote } from "./report-types";

export function riskFindings(evaluation: Evaluation, result: Result): Finding[] {
  const base = { section: "risks" as const, criterion: "C" as const };
  const C = result.criteria.C;
  if (!C) return [];
  if (evaluation.risks.length === 0) return [{ ...base, key: "report.finding.risks.none", params: {}, loss: true, disputable: false }];
  const findings: Finding[] = [];
  const aimed = result.risks.filter((r) => r.R === 1).length;
  findings.push({
    ...base,
    key: "report.finding.risks.summary",
    params: { C: coefficient(C.coefficient), total: evaluation.risks.length, aimed },
    loss: false,
    disputable: false,
  });
  evaluation.risks.forEach((risk, i) => {
    const R = result.risks[i]?.R;
    if (R === undefined || R >= 1) return;
    const path = `risks[${i}]`;
    const subject: Subject = { type: "risk", row: i + 1, name: risk.name };
    const measures = risk.measures?.trim();
    const quote: Quote | undefined = measures ? { key: "report.quote.measures", text: measures } : undefined;
    let key: MessageKey;
    if (hasIssue(result, "COEFFICIENT_INVALID", `${path}.r`)) key = "report.finding.risk.notAssessed";
    else if (R > 0) key = "report.finding.risk.notAimed";
    else key = "report.finding.risk.noEffect";
    findings.push({ ...base, key, params: { R }, subject, path, quote, loss: true, disputable: true });
  });
  if (aimed === evaluation.risks.length)
    findings.push({ ...base, key: "report.finding.risks.allAimed", params: {}, loss: false, disputable: false });
  return findings;
}
