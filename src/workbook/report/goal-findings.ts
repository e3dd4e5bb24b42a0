// Findings of section 3/4 (goals, D): the summary and counts, each goal's K, Y and X, each target indicator
// excluded, computed by a fallback, from a bound or range plan or short of it, and each task and result below 1.

import type { Evaluation, IssueCode, Measure, Result, Subject } from "../../core";
import type { MessageKey } from "../../i18n";
import { coefficient, hasIssue } from "./finding-values";
import { boundPlanFinding, planParam } from "./plan-findings";
import type { Finding, ReportParams } from "./report-types";

const FALLBACKS: readonly IssueCode[] = ["BASE_MISSING", "NO_PLANNED_IMPROVEMENT"];

function measureParams(measure: Measure): ReportParams {
  return { fact: measure.fact, plan: planParam(measure.plan), base: measure.base, unit: measure.unit ?? "" };
}

export function goalFindings(evaluation: Evaluation, result: Result): Finding[] {
  const findings: Finding[] = [];
  const base = { section: "goals" as const, criterion: "D" as const };
  const counted = result.goals.filter((g) => g.X !== null).length;
  if (counted === 0) {
    findings.push({ ...base, key: "report.finding.goals.none", params: {}, loss: true, disputable: false });
  } else {
    findings.push({
      ...base,
      key: "report.finding.goals.summary",
      params: { D: coefficient(result.criteria.D.coefficient), counted, total: evaluation.goals.length },
      loss: false,
      disputable: false,
    });
  }
  findings.push({ ...base, key: "report.finding.goals.counts", params: { ...result.counts }, loss: false, disputable: false });
  let shortfalls = 0;
  evaluation.goals.forEach((goal, gi) => {
    const score = result.goals[gi];
    if (!score) return;
    const goalPath = `goals[${gi}]`;
    const goalSubject: Subject = { type: "goal", code: goal.code, name: goal.name };
    if (score.X === null) {
      findings.push({
        ...base,
        key: "report.finding.goal.notCounted",
        params: {},
        subject: goalSubject,
        path: goalPath,
        loss: true,
        disputable: false,
      });
    } else {
      findings.push({
        ...base,
        key: "report.finding.goal.line",
        params: { K: coefficient(score.K as number), Y: coefficient(score.Y), X: coefficient(score.X) },
        subject: goalSubject,
        path: goalPath,
        loss: score.X < 1,
        disputable: false,
      });
    }
    goal.indicators.forEach((indicator, i) => {
      const path = `${goalPath}.indicators[${i}]`;
      const subject: Subject = { type: "indicator", row: i + 1, name: indicator.name, goal: goal.code };
      const h = score.indicators[i];
      if (!h) return;
      if (h.value === null) {
        const code = h.excluded ?? "FACT_MISSING";
        findings.push({
          ...base,
          key: `report.finding.excluded.${code}` as MessageKey,
          params: { code, plan: planParam(indicator.plan) },
          subject,
          path,
          loss: true,
          disputable: true,
        });
        return;
      }
      const fallback = result.trace[`${path}.h`]?.note;
      if (fallback && FALLBACKS.includes(fallback)) {
        findings.push({
          ...base,
          key: `report.finding.fallback.${fallback}` as MessageKey,
          params: { ...measureParams(indicator), h: coefficient(h.value) },
          subject,
          path,
          loss: false,
          disputable: false,
        });
      }
      const planFinding = boundPlanFinding(indicator, h, "h", subject, path);
      if (planFinding) findings.push(planFinding);
      if (h.value < 1) {
        shortfalls += 1;
        const reason = indicator.deviationReason?.trim();
        findings.push({
          ...base,
          key: h.value <= 0 ? "report.finding.indicator.notAchieved" : "report.finding.indicator.partial",
          params: {
            ...measureParams(indicator),
            h: coefficient(h.value),
            code: indicator.code ?? String(i + 1),
            goal: goal.code,
            name: indicator.name,
          },
          subject,
          path,
          quote: reason ? { key: "report.quote.reason", text: reason } : undefined,
          loss: true,
          disputable: true,
        });
      }
    });
    goal.tasks.forEach((task, ti) => {
      const taskPath = `${goalPath}.tasks[${ti}]`;
      const taskScore = score.tasks[ti];
      if (!taskScore) return;
      const taskSubject: Subject = { type: "task", code: task.code, name: task.name, goal: goal.code };
      const resultFindings: Finding[] = [];
      task.results.forEach((measure, ri) => {
        const path = `${taskPath}.results[${ri}]`;
        const subject: Subject = { type: "result", row: ri + 1, name: measure.name, goal: goal.code, task: task.code };
        const p = taskScore.results[ri];
        if (!p) return;
        if (p.value === null) {
          const code = p.excluded ?? "FACT_MISSING";
          resultFindings.push({
            ...base,
            key: `report.finding.excluded.${code}` as MessageKey,
            params: { code, plan: planParam(measure.plan) },
            subject,
            path,
            loss: true,
            disputable: true,
          });
        } else {
          const planFinding = boundPlanFinding(measure, p, "p", subject, path);
          if (planFinding) resultFindings.push(planFinding);
        }
        if (p.value !== null && p.value < 1) {
          const reason = measure.deviationReason?.trim();
          resultFindings.push({
            ...base,
            key: "report.finding.result.below",
            params: { ...measureParams(measure), p: coefficient(p.value) },
            subject,
            path,
            quote: reason ? { key: "report.quote.reason", text: reason } : undefined,
            loss: true,
            disputable: true,
          });
        }
      });
      if (taskScore.P === null) {
        findings.push({
          ...base,
          key: "report.finding.task.notCounted",
          params: {},
          subject: taskSubject,
          path: taskPath,
          loss: false,
          disputable: false,
        });
      } else if (taskScore.P < 1) {
        findings.push({
          ...base,
          key: "report.finding.task.below",
          params: { P: coefficient(taskScore.P) },
          subject: taskSubject,
          path: taskPath,
          loss: true,
          disputable: false,
        });
      }
      findings.push(...resultFindings);
    });
    if (hasIssue(result, "TASKS_NOT_MEASURABLE", goalPath)) {
      findings.push({
        ...base,
        key: "report.finding.goal.tasksNeutral",
        params: {},
        subject: goalSubject,
        path: goalPath,
        loss: false,
        disputable: false,
      });
    }
  });
  const anyLoss = findings.some((f) => f.loss);
  if (!anyLoss && shortfalls === 0)
    findings.push({ ...base, key: "report.finding.goals.allAchieved", params: {}, loss: false, disputable: false });
  return findings;
}
