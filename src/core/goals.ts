// Criterion D (METHODOLOGY.md §2, methodology §23–24): indicator achievement h, direct-result
// achievement p, K, P, Y, X per goal and D over the goals, with what is not counted and why.

import type { AchievementRule, Goal, Measure, Task } from "./model";
import { makeIssue, type Issue, type IssueCode, type Subject } from "./issues";
import { applyRule } from "./rules";
import { traceEntry, type Trace } from "./trace";

export interface MeasureScore {
  /** h or p; null when not counted. */
  value: number | null;
  /** Why the measure is not counted (§24), when it is not. */
  excluded?: IssueCode;
  /** The rule actually applied (after any fallback). */
  rule?: AchievementRule;
}

export interface TaskScore {
  code: string;
  P: number | null;
  results: MeasureScore[];
}

export interface GoalScore {
  code: string;
  K: number | null;
  Y: number;
  X: number | null;
  indicators: MeasureScore[];
  tasks: TaskScore[];
}

export interface GoalsScore {
  D: number;
  goals: GoalScore[];
}

/** The sink every scoring step writes its issues and trace entries into. */
export interface Sink {
  issues: Issue[];
  trace: Trace;
}

/** The §24 exclusion checks, in order: no plan, data "none", no fact. */
export function exclusionOf(measure: Pick<Measure, "plan" | "fact" | "data">): IssueCode | undefined {
  if (measure.plan === null) return "PLAN_MISSING";
  if (measure.data === "none") return "DATA_NONE";
  if (measure.fact === null) return "FACT_MISSING";
  return undefined;
}

/** h of a target indicator or p of a direct result, with its exclusion or fallback issues. */
export function measureAchievement(
  measure: Measure,
  rule: AchievementRule,
  symbol: "h" | "p",
  path: string,
  subject: Subject,
  sink: Sink,
): MeasureScore {
  const valuePath = `${path}.${symbol}`;
  const inputs = { F: measure.fact, F0: measure.base, P: measure.plan, better: measure.better };
  const excluded = exclusionOf(measure);
  if (excluded) {
    sink.issues.push(makeIssue(excluded, path, subject));
    sink.trace[valuePath] = traceEntry(valuePath, symbol, null, `${symbol}: not counted`, inputs, "§24", [], excluded);
    return { value: null, excluded };
  }
  const outcome = applyRule(rule, measure.fact as number, measure.base, measure.plan as number, measure.better);
  if (outcome.fallback) sink.issues.push(makeIssue(outcome.fallback, path, subject));
  sink.trace[valuePath] = traceEntry(
    valuePath,
    symbol,
    outcome.value,
    `${symbol} = ${outcome.formula}`,
    inputs,
    "§23",
    [],
    outcome.fallback,
  );
  return { value: outcome.value, rule: outcome.rule };
}

/** The mean of the counted values (Σv / n), or null when none is counted. */
export function meanOfCounted(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v !== null) {
      sum += v;
      n += 1;
    }
  }
  return n === 0 ? null : sum / n;
}

function countedPaths(paths: string[], values: readonly (number | null)[]): string[] {
  return paths.filter((_, i) => values[i] !== null);
}

export function scoreTask(task: Task, rule: AchievementRule, goalCode: string, path: string, sink: Sink): TaskScore {
  const results = task.results.map((result, i) =>
    measureAchievement(result, rule, "p", `${path}.results[${i}]`, { type: "result", row: i + 1, name: result.name, goal: goalCode, task: task.code }, sink),
  );
  const values = results.map((r) => r.value);
  const P = meanOfCounted(values);
  const parts = countedPaths(results.map((_, i) => `${path}.results[${i}].p`), values);
  if (P === null) {
    sink.issues.push(makeIssue("TASKS_NOT_MEASURABLE", path, { type: "task", code: task.code, name: task.name, goal: goalCode }, {}, "task"));
  }
  sink.trace[`${path}.P`] = traceEntry(`${path}.P`, "P", P, P === null ? "P: not counted (no counted result)" : "P = Σp / r", { r: parts.length }, "§23", parts, P === null ? "TASKS_NOT_MEASURABLE" : undefined);
  return { code: task.code, P, results };
}

export function scoreGoal(goal: Goal, indicatorRule: AchievementRule, resultRule: AchievementRule, path: string, sink: Sink): GoalScore {
  const subject: Subject = { type: "goal", code: goal.code, name: goal.name };
  const indicators = goal.indicators.map((indicator, i) =>
    measureAchievement(indicator, indicatorRule, "h", `${path}.indicators[${i}]`, { type: "indicator", row: i + 1, name: indicator.name, goal: goal.code }, sink),
  );
  const hValues = indicators.map((s) => s.value);
  const K = meanOfCounted(hValues);
  const kParts = countedPaths(indicators.map((_, i) => `${path}.indicators[${i}].h`), hValues);
  if (K === null) sink.issues.push(makeIssue("GOAL_NOT_MEASURABLE", path, subject));
  sink.trace[`${path}.K`] = traceEntry(`${path}.K`, "K", K, K === null ? "K: not defined (no counted indicator)" : "K = Σh / m", { m: kParts.length }, "§23", kParts, K === null ? "GOAL_NOT_MEASURABLE" : undefined);

  const tasks = goal.tasks.map((task, i) => scoreTask(task, resultRule, goal.code, `${path}.tasks[${i}]`, sink));
  const pValues = tasks.map((t) => t.P);
  const countedY = meanOfCounted(pValues);
  const yParts = countedPaths(tasks.map((_, i) => `${path}.tasks[${i}].P`), pValues);
  const Y = countedY ?? 1;
  if (countedY === null) sink.issues.push(makeIssue("TASKS_NOT_MEASURABLE", path, subject, {}, "goal"));
  sink.trace[`${path}.Y`] = traceEntry(`${path}.Y`, "Y", Y, countedY === null ? "Y = 1 (no counted task: neutral)" : "Y = ΣP / t", { t: yParts.length }, "§23", yParts, countedY === null ? "TASKS_NOT_MEASURABLE" : undefined);

  const X = K === null ? null : K * Y;
  sink.trace[`${path}.X`] = traceEntry(`${path}.X`, "X", X, X === null ? "X: not defined (goal not counted)" : "X = K · Y", { K, Y }, "§23", [`${path}.K`, `${path}.Y`], K === null ? "GOAL_NOT_MEASURABLE" : undefined);
  return { code: goal.code, K, Y, X, indicators, tasks };
}

export function scoreGoals(goals: readonly Goal[], indicatorRule: AchievementRule, resultRule: AchievementRule, sink: Sink): GoalsScore {
  const scored = goals.map((goal, i) => scoreGoal(goal, indicatorRule, resultRule, `goals[${i}]`, sink));
  const xValues = scored.map((g) => g.X);
  const counted = meanOfCounted(xValues);
  const parts = countedPaths(scored.map((_, i) => `goals[${i}].X`), xValues);
  if (counted === null) sink.issues.push(makeIssue("NO_GOALS", "goals", { type: "goals" }));
  const D = counted ?? 0;
  sink.trace.D = traceEntry("D", "D", D, counted === null ? "D = 0 (no counted goal)" : "D = ΣX / n", { n: parts.length }, "§23–24", parts, counted === null ? "NO_GOALS" : undefined);
  return { D, goals: scored };
}
