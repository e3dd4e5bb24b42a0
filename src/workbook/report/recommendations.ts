// The recommendations of the conclusion: the step each kind of finding calls for, one per item, or one
// for every item that needs the same step (spheres with q2 < 1, say); "no recommendation" when none.

import type { Kind } from "../../core";
import type { MessageKey } from "../../i18n";
import type { Finding, Recommendation, ReportParams } from "./report-types";

/** The recommendation each kind of finding calls for (none for summaries and neutral statements). */
function recommendationFor(finding: Finding, kind: Kind): Recommendation | undefined {
  const rec = (key: MessageKey, params: ReportParams = {}): Recommendation => ({
    section: finding.section,
    key,
    params,
    subjects: finding.subject ? [finding.subject] : [],
    paths: finding.path ? [finding.path.replace(/\.q[12]$/, "")] : [],
  });
  const key = finding.key as string;
  if (key.startsWith("report.finding.quality.q1.")) return rec("report.rec.quality.q1");
  if (key.startsWith("report.finding.quality.q2."))
    return rec(kind === "central" ? "report.rec.quality.q2.central" : "report.rec.quality.q2.local");
  if (key === "report.finding.quality.none") return rec("report.rec.quality.none");
  if (key === "report.finding.indicator.notAchieved" || key === "report.finding.indicator.partial") {
    return rec(finding.quote ? "report.rec.indicator.reach" : "report.rec.indicator.explain");
  }
  if (key === "report.finding.fallback.NO_PLANNED_IMPROVEMENT")
    return rec("report.rec.NO_PLANNED_IMPROVEMENT", { base: finding.params.base, plan: finding.params.plan });
  if (key === "report.finding.fallback.BASE_MISSING") return rec("report.rec.BASE_MISSING");
  if (key.startsWith("report.finding.excluded.")) return rec(`report.rec.${key.slice("report.finding.excluded.".length)}` as MessageKey);
  if (key === "report.finding.goal.notCounted") return rec("report.rec.goalNotMeasurable");
  if (key === "report.finding.goals.none") return rec("report.rec.goals.none");
  if (key === "report.finding.task.below") return rec("report.rec.task", { P: finding.params.P });
  if (key === "report.finding.risk.notAimed" || key === "report.finding.risk.notAssessed") return rec("report.rec.risk.notAimed");
  if (key === "report.finding.risk.noEffect") return rec("report.rec.risk.noEffect");
  if (key === "report.finding.risks.none") return rec("report.rec.risks.none");
  if (key === "report.finding.performance.fell")
    return rec("report.rec.performance.fell", { name: finding.params.name, S: finding.params.S });
  if (key === "report.finding.performance.missing" || key === "report.finding.performance.none")
    return rec("report.rec.performance.missing");
  if (key === "report.finding.deduction.late" || key === "report.finding.deduction.lateFlag") return rec("report.rec.late");
  if (key === "report.finding.deduction.incomplete") return rec("report.rec.incomplete", { elements: finding.params.elements });
  if (key === "report.finding.deduction.incompleteFlag") return rec("report.rec.incompleteFlag");
  if (key.startsWith("report.finding.deduction.unreliable")) return rec("report.rec.unreliable");
  return undefined;
}

/** Recommendations that name every item needing the same step in one sentence, rather than one each. */
const GROUPED: ReadonlySet<string> = new Set([
  "report.rec.quality.q1",
  "report.rec.quality.q2.central",
  "report.rec.quality.q2.local",
  "report.rec.risk.noEffect",
]);

export function recommendationsOf(findings: readonly Finding[], kind: Kind): Recommendation[] {
  const seen = new Set<string>();
  const grouped = new Map<string, Recommendation>();
  const recommendations: Recommendation[] = [];
  for (const finding of findings) {
    const rec = recommendationFor(finding, kind);
    if (!rec) continue;
    const id = `${rec.key}|${rec.paths.join(",")}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const group = GROUPED.has(rec.key) ? grouped.get(rec.key) : undefined;
    if (group) {
      group.subjects.push(...rec.subjects);
      group.paths.push(...rec.paths);
      continue;
    }
    if (GROUPED.has(rec.key)) grouped.set(rec.key, rec);
    recommendations.push(rec);
  }
  if (recommendations.length === 0)
    recommendations.push({ section: "deductions", key: "report.rec.none", params: {}, subjects: [], paths: [] });
  return recommendations;
}
