// The analytical report of the conclusion (App. 5, §27, §43): the header facts, the findings by section
// and the recommendations that follow from them, as data (i18n keys + parameters) from a Result and its trace.

import {
  resolveProfile,
  unreliableCount,
  type AchievementCounts,
  type Evaluation,
  type IssueCode,
  type Kind,
  type Measure,
  type Plan,
  type PenaltyScore,
  type Profile,
  type Result,
  type Subject,
  type UnreliableFact,
} from "../core";
import { PERFORMANCE_INDICATORS } from "../data/performance-indicators";
import { formatFixed, formatNumber, formatPlan, formatSubject, t, type Lang, type MessageKey } from "../i18n";

/** The criteria of App. 5 and the deducted points W. */
export type CriterionKey = "B" | "C" | "D" | "E";
export type FindingCriterion = CriterionKey | "W";

/** The parts of the analytical report, in the order §27 lists them. */
export type ReportSection = "quality" | "goals" | "risks" | "performance" | "deductions";

/** A computed number shown at the conclusion's precision: coefficients with 4 decimals, points with 2. */
export interface Shown {
  value: number;
  as: "coefficient" | "points";
}

/** A text known in every language (e.g. an App. 4 indicator's name). */
export type Localized = Record<Lang, string>;

/** An ISO date (YYYY-MM-DD), written the language's way. */
export interface DateParam {
  date: string;
}

/** A plain number is a value as the body entered it (plan, fact) or a count. null is shown as a dash. */
export type ReportParam = string | number | Shown | Localized | DateParam | null;
export type ReportParams = Record<string, ReportParam>;

/** Text that came from the body (a reason for a deviation, the measures against a risk), quoted as given. */
export interface Quote {
  key: "report.quote.reason" | "report.quote.measures";
  text: string;
}

export interface Finding {
  section: ReportSection;
  criterion: FindingCriterion;
  key: MessageKey;
  params: ReportParams;
  subject?: Subject;
  /** The JSON path of what the finding is about, in the evaluation. */
  path?: string;
  quote?: Quote;
  /** The finding explains points lost (not only describes). */
  loss: boolean;
  /** A statement of the authorized body that the evaluated body may object to (a row of App. 6). */
  disputable: boolean;
}

export interface Recommendation {
  section: ReportSection;
  key: MessageKey;
  params: ReportParams;
  /** What the recommendation is about: one item, or several that need the same step (e.g. spheres with q2 < 1). */
  subjects: Subject[];
  paths: string[];
}

export type ProfileOption =
  "qualityRule" | "indicatorRule" | "resultRule" | "penaltyCapScope" | "unreliableThreshold" | "weights.B" | "weights.C" | "weights.D";

export interface ProfileLine {
  option: ProfileOption;
  value: string | number;
  defaultValue: string | number;
  /** The option differs from the methodology's default reading (METHODOLOGY.md §8). */
  differs: boolean;
}

export interface CriterionLine {
  key: CriterionKey;
  /** The criterion's number in App. 5 for this kind of body (1 quality, 2 goals, 3 risks or performance). */
  no: number;
  coefficient: number;
  weight: number | null;
  points: number | null;
}

export interface GoalLine {
  code: string;
  name: string;
  K: number | null;
  Y: number;
  X: number | null;
  path: string;
}

export interface Deductions {
  late: { points: number; deadline?: string; submitted?: string; flagged: boolean };
  incomplete: { points: number; elements: string[]; flagged: boolean };
  unreliable: {
    points: number;
    count: number;
    threshold: number;
    /** The facts recorded in the verification act; empty when only their number was given. */
    facts: UnreliableFact[];
    listed: boolean;
    /** Each fact's share of the unreliable deduction (the deduction over the count). */
    perFact: number;
  };
  total: number;
}

export interface ConclusionReport {
  kind: Kind;
  body: { name: string; period: string };
  evaluated: boolean;
  reorganization?: { date: string; successor?: string; secondHalf: boolean };
  profile: ProfileLine[];
  /** The criteria in the order of App. 5: quality, goals, then risks (central) or performance (local). */
  criteria: CriterionLine[];
  W: PenaltyScore;
  A: number;
  goals: GoalLine[];
  counts: AchievementCounts;
  deductions: Deductions;
  /** The sections this kind of body has, in order. */
  sections: ReportSection[];
  findings: Finding[];
  recommendations: Recommendation[];
}

const FALLBACKS: readonly IssueCode[] = ["BASE_MISSING", "NO_PLANNED_IMPROVEMENT"];

const coefficient = (value: number): Shown => ({ value, as: "coefficient" });
const points = (value: number): Shown => ({ value, as: "points" });

export function sectionsOf(kind: Kind): ReportSection[] {
  return kind === "central" ? ["quality", "goals", "risks", "deductions"] : ["quality", "goals", "performance", "deductions"];
}

/** The criterion each section explains. */
export const SECTION_CRITERION: Record<ReportSection, FindingCriterion> = {
  quality: "B",
  goals: "D",
  risks: "C",
  performance: "E",
  deductions: "W",
};

function profileLines(kind: Kind, profile: Profile): ProfileLine[] {
  const defaults = resolveProfile(kind, {});
  const line = (option: ProfileOption, value: string | number, defaultValue: string | number): ProfileLine => ({
    option,
    value,
    defaultValue,
    differs: value !== defaultValue,
  });
  const lines = [
    line("qualityRule", profile.qualityRule, defaults.qualityRule),
    line("indicatorRule", profile.indicatorRule, defaults.indicatorRule),
    line("resultRule", profile.resultRule, defaults.resultRule),
    line("penaltyCapScope", profile.penaltyCapScope, defaults.penaltyCapScope),
    line("unreliableThreshold", profile.unreliableThreshold, defaults.unreliableThreshold),
    line("weights.B", profile.weights.B, defaults.weights.B),
  ];
  if (kind === "central") lines.push(line("weights.C", profile.weights.C, defaults.weights.C));
  lines.push(line("weights.D", profile.weights.D, defaults.weights.D));
  return lines;
}

function criterionLines(result: Result): CriterionLine[] {
  const { criteria } = result;
  const lines: CriterionLine[] = [
    { key: "B", no: 1, ...criteria.B },
    { key: "D", no: 2, ...criteria.D },
  ];
  if (criteria.C) lines.push({ key: "C", no: 3, ...criteria.C });
  if (criteria.E) lines.push({ key: "E", no: 3, ...criteria.E });
  return lines;
}

function deductionsOf(evaluation: Evaluation, result: Result): Deductions {
  const penalties = evaluation.penalties;
  const W = result.W;
  const nFromTrace = result.trace["W.unreliable"]?.inputs.n;
  const count = typeof nFromTrace === "number" ? nFromTrace : unreliableCount(penalties);
  const datesShowLate = penalties.deadline !== undefined && penalties.submitted !== undefined && penalties.submitted > penalties.deadline;
  return {
    late: { points: W.late, deadline: penalties.deadline, submitted: penalties.submitted, flagged: W.late > 0 && !datesShowLate },
    incomplete: {
      points: W.incomplete,
      elements: [...penalties.missingElements],
      flagged: W.incomplete > 0 && penalties.missingElements.length === 0,
    },
    unreliable: {
      points: W.unreliable,
      count,
      threshold: result.profile.unreliableThreshold,
      facts: penalties.unreliableFactsListed ? [...penalties.unreliableFacts] : [],
      listed: penalties.unreliableFactsListed,
      perFact: count > 0 ? W.unreliable / count : 0,
    },
    total: W.total,
  };
}

/** The trace's input of a number, when it is a number. */
function traceNumber(result: Result, path: string, input: string): number | null {
  const value = result.trace[path]?.inputs[input];
  return typeof value === "number" ? value : null;
}

function hasIssue(result: Result, code: IssueCode, path: string): boolean {
  return result.issues.some((issue) => issue.code === code && issue.path === path);
}

// ---------------------------------------------------------------- the findings, section by section

function qualityFindings(evaluation: Evaluation, result: Result): Finding[] {
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

function measureParams(measure: Measure): ReportParams {
  return { fact: measure.fact, plan: planParam(measure.plan), base: measure.base, unit: measure.unit ?? "" };
}

/** A plan as a report shows it: a number as entered, a bound or a range in each language's words (§2a). */
function planParam(plan: Plan | null): ReportParam {
  if (plan === null || typeof plan === "number") return plan;
  return { kk: formatPlan("kk", plan), ru: formatPlan("ru", plan), en: formatPlan("en", plan) };
}

function goalFindings(evaluation: Evaluation, result: Result): Finding[] {
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
          params: { code },
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
            params: { code },
            subject,
            path,
            loss: true,
            disputable: true,
          });
        } else if (p.value < 1) {
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

function riskFindings(evaluation: Evaluation, result: Result): Finding[] {
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

/** The name and unit of a performance indicator: App. 4's in every language, or the body's own. */
function performanceTexts(entry: Evaluation["performance"][number]): { name: Localized | string; unit: Localized | string } {
  const known = PERFORMANCE_INDICATORS.find((p) => p.key === entry.key);
  if (known) return { name: known.name, unit: known.unit };
  return { name: entry.name ?? entry.key, unit: entry.unit ?? "" };
}

function performanceFindings(evaluation: Evaluation, result: Result): Finding[] {
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

function deductionFindings(deductions: Deductions): Finding[] {
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
    findings.push({
      ...base,
      key: "report.finding.deduction.unreliable",
      params: { points: points(unreliable.points), count: unreliable.count },
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
      key: "report.finding.deduction.total",
      params: { points: points(deductions.total) },
      loss: deductions.total > 0,
      disputable: false,
    });
  }
  return findings;
}

// ---------------------------------------------------------------- recommendations

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
  if (key === "report.finding.deduction.unreliable" || key === "report.finding.deduction.unreliableBelow")
    return rec("report.rec.unreliable");
  return undefined;
}

/** Recommendations that name every item needing the same step in one sentence, rather than one each. */
const GROUPED: ReadonlySet<string> = new Set([
  "report.rec.quality.q1",
  "report.rec.quality.q2.central",
  "report.rec.quality.q2.local",
  "report.rec.risk.noEffect",
]);

function recommendationsOf(findings: readonly Finding[], kind: Kind): Recommendation[] {
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

// ---------------------------------------------------------------- the report

export function buildReport(evaluation: Evaluation, result: Result): ConclusionReport {
  const kind = evaluation.body.kind;
  const deductions = deductionsOf(evaluation, result);
  const findings = [
    ...qualityFindings(evaluation, result),
    ...goalFindings(evaluation, result),
    ...(kind === "central" ? riskFindings(evaluation, result) : performanceFindings(evaluation, result)),
    ...deductionFindings(deductions),
  ];
  const reorganized = evaluation.body.reorganized;
  return {
    kind,
    body: { name: evaluation.body.name, period: evaluation.body.period },
    evaluated: result.evaluated,
    reorganization: reorganized
      ? {
          date: reorganized.date,
          successor: reorganized.successor,
          secondHalf: !result.evaluated || hasIssue(result, "REORGANIZED_SECOND_HALF", "body.reorganized"),
        }
      : undefined,
    profile: profileLines(kind, result.profile),
    criteria: criterionLines(result),
    W: result.W,
    A: result.A,
    goals: evaluation.goals.map((goal, i) => ({
      code: goal.code,
      name: goal.name,
      K: result.goals[i]?.K ?? null,
      Y: result.goals[i]?.Y ?? 1,
      X: result.goals[i]?.X ?? null,
      path: `goals[${i}]`,
    })),
    counts: result.counts,
    deductions,
    sections: sectionsOf(kind),
    findings,
    recommendations: recommendationsOf(findings, kind),
  };
}

// ---------------------------------------------------------------- text

function isShown(value: ReportParam): value is Shown {
  return typeof value === "object" && value !== null && "as" in value && "value" in value;
}

function isDate(value: ReportParam): value is DateParam {
  return typeof value === "object" && value !== null && "date" in value;
}

/** An ISO date as the language writes it: 05.02.2018 in kk and ru, 2018-02-05 in en. */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === "en") return iso;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** One parameter as text in a language. */
export function paramText(lang: Lang, value: ReportParam): string {
  if (value === null) return "—";
  if (typeof value === "number") return formatNumber(lang, value);
  if (typeof value === "string") return value;
  if (isShown(value)) return formatFixed(lang, value.value, value.as === "points" ? 2 : 4);
  if (isDate(value)) return formatDate(lang, value.date);
  return value[lang];
}

function textOf(lang: Lang, key: MessageKey, params: ReportParams, subjects: readonly Subject[]): string {
  const texts: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) texts[name] = paramText(lang, value);
  if (subjects.length > 0) texts.subject = subjects.map((subject) => formatSubject(lang, subject)).join("; ");
  return t(lang, key, texts)
    .replace(/\s+([.,;:)])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** A finding as one sentence (or two, with the body's own words quoted). */
export function findingText(lang: Lang, finding: Finding): string {
  const text = textOf(lang, finding.key, finding.params, finding.subject ? [finding.subject] : []);
  return finding.quote ? `${text} ${t(lang, finding.quote.key, { text: finding.quote.text })}` : text;
}

export function recommendationText(lang: Lang, recommendation: Recommendation): string {
  return textOf(lang, recommendation.key, recommendation.params, recommendation.subjects);
}

/** The number and name of a criterion as App. 5 and App. 6 name it, for the body's kind. */
export function criterionTitle(lang: Lang, kind: Kind, key: CriterionKey): string {
  if (key === "B" || key === "D") return t(lang, `report.criterion.${key}.${kind}` as MessageKey);
  return t(lang, `report.criterion.${key}` as MessageKey);
}

/** A profile option's value as text: a rule by its meaning, a number the language's way. */
export function profileValueText(lang: Lang, value: string | number): string {
  return typeof value === "number" ? formatNumber(lang, value) : t(lang, `report.rule.${value}` as MessageKey);
}
