// Findings of the deductions (W): late reporting (by the dates or the flag), incomplete reporting (the
// missing elements or the flag), unreliable facts (0.2 each, the cap, or below the threshold), and the total.

import { PENALTY_CAP } from "../../core";
import { points } from "./finding-values";
import type { Deductions, Finding } from "./report-types";

export function deductionFindings(deductions: Deductions): Finding[] {
  const base = { section: "deductions" as const, criterion: "W" as const };
  const findings: Finding[] = [];
  const { late, incomplete, unreliable } = deductions;
  if (late.points > 0) {
    findings.push(
      late.flagged
        ? {
            ...base,
            key: "report.finding.deduction.lateFlag",
            params: { points: points(late.points) },
            path: "penalties.late",
            loss: true,
            disputable: true,
          }
        : {
            ...base,
            key: "report.finding.deduction.late",
            params: {
              points: points(late.points),
              deadline: { date: late.deadline as string },
              submitted: { date: late.submitted as string },
            },
            path: "penalties.submitted",
            loss: true,
            disputable: true,
          },
    );
  }
  if (incomplete.points > 0) {
    findings.push(
      incomplete.flagged
        ? {
            ...base,
            key: "report.finding.deduction.incompleteFlag",
            params: { points: points(incomplete.points) },
            path: "penalties.incomplete",
            loss: true,
            disputable: true,
          }
        : {
            ...base,
            key: "report.finding.deduction.incomplete",
            params: { points: points(incomplete.points), count: incomplete.elements.length, elements: incomplete.elements.join("; ") },
            path: "penalties.missingElements",
            loss: true,
            disputable: true,
          },
    );
  }
  if (unreliable.points > 0) {
    const each = { count: unreliable.count, perFact: points(unreliable.perFact), points: points(unreliable.points) };
    findings.push({
      ...base,
      ...(unreliable.cap > 0
        ? {
            key: "report.finding.deduction.unreliableCapped" as const,
            params: { ...each, uncapped: points(unreliable.uncapped), cap: PENALTY_CAP, cut: points(unreliable.cap) },
          }
        : { key: "report.finding.deduction.unreliable" as const, params: each }),
      path: "penalties.unreliableFacts",
      loss: true,
      disputable: true,
    });
  } else if (unreliable.count > 0) {
    findings.push({
      ...base,
      key: "report.finding.deduction.unreliableBelow",
      params: { count: unreliable.count, threshold: unreliable.threshold },
      path: "penalties.unreliableFacts",
      loss: false,
      disputable: false,
    });
  }
  if (deductions.total === 0 && findings.length === 0) {
    findings.push({ ...base, key: "report.finding.deduction.none", params: {}, loss: false, disputable: false });
  } else {
    findings.push({
      ...base,
      ...(deductions.cap > 0
        ? {
            key: "report.finding.deduction.totalCapped" as const,
            params: { sum: points(deductions.sum), cap: PENALTY_CAP, cut: points(deductions.cap), points: points(deductions.total) },
          }
        : { key: "report.finding.deduction.total" as const, params: { points: points(deductions.total) } }),
      loss: deductions.total > 0,
      disputable: false,
    });
  }
  return findings;
}
