// Criterion D (METHODOLOGY.md §2, methodology §23–24): indicator achievement h, direct-result
// achievement p, K, P, Y, X per goal and D over the goals, with what is not counted and why.

import type { AchievementRule, Goal, Measure, Plan, RangeRule, Task } from "./model";
import { makeIssue, type IssueCode, type IssueParams, type Subject } from "./issues";
import { boundDirection, isRange, measureAchievement } from "./measure-achievement";
import { traceEntry, type TraceEntry } from "./trace";
import { meanOfCounted } from "./counted-mean";
import type { Sink } from "./sink";
import type { Profile } from "./profile";

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

/** The §24 exclusion checks, in order: no plan, data "none", no fact. */
export function exclusionOf(measure: Pick<Measure, "plan" | "fact" | "data">): IssueCode | undefined {
  if (measure.plan === null) return "PLAN_MISSING";
  if (measure.data === "none") return "DATA_NONE";
  if (measure.fact === null) return "FACT_MISSING";
  return undefined;
}

/**
 * Where the measures of one list are: the path and the subject of the measure at an index. They are asked
 * for only when an issue or the trace needs them: a big evaluation has hundreds of thousands of measures
 * and most raise nothing, so nothing is made for them per measure.
 */
interface MeasureList {
  pathOf(index: number): string;
  subjectOf(index: number, name: string): Subject;
}

/** h of a target indicator or p of a direct result (the measure at `index` of `list`), with its exclusion or fallback issues. */
function scoreMeasure(
  measure: Measure,
  rules: MeasureRules,
  symbol: "h" | "p",
  list: MeasureList,
  index: number,
  sink: Sink,
): MeasureScore {
  let excluded = exclusionOf(measure);
  if (!excluded && rules.rangeRule === "exclude" && isRange(measure.plan)) excluded = "PLAN_RANGE";
  if (excluded) {
    const path = list.pathOf(index);
    const variant = excluded === "PLAN_RANGE" ? "excluded" : undefined;
    const params = excluded === "PLAN_RANGE" ? rangeParams(measure) : undefined;
    sink.issues.push(makeIssue(excluded, path, list.subjectOf(index, measure.name), params, variant));
    if (sink.trace) {
      const valuePath = `${path}.${symbol}`;
      sink.trace[valuePath] = traceEntry(
        valuePath,
        symbol,
        null,
        "measure.notCounted",
        measureInputs(measure),
        excluded === "PLAN_RANGE" ? "§2a" : "§24",
        [],
        excluded,
      );
    }
    return { value: null, excluded };
  }
  const plan = measure.plan as Plan;
  const outcome = measureAchievement(measure.fact as number, measure.base, plan, measure.better, rules.rule);
  const direction = boundDirection(plan);
  if (direction !== null && direction !== measure.better) {
    sink.issues.push(
      makeIssue("DIRECTION_FROM_PLAN", list.pathOf(index), list.subjectOf(index, measure.name), {
        better: measure.better,
        direction,
        value: outcome.plan as number,
      }),
    );
  }
  if (outcome.fallback) sink.issues.push(makeIssue(outcome.fallback, list.pathOf(index), list.subjectOf(index, measure.name)));
  if (sink.trace) {
    const valuePath = `${list.pathOf(index)}.${symbol}`;
    const inputs: TraceEntry["inputs"] = { F: measure.fact, F0: measure.base, P: outcome.plan, better: outcome.better };
    if (isRange(plan)) Object.assign(inputs, { L: plan.min, U: plan.max });
    sink.trace[valuePath] = traceEntry(
      valuePath,
      symbol,
      outcome.value,
      outcome.formula,
      inputs,
      typeof plan === "number" ? "§23" : "§23, §2a",
      [],
      outcome.fallback,
    );
  }
  return { value: outcome.value, rule: outcome.rule === "range" ? undefined : outcome.rule };
}

/** The rule in force for a list of measures (h: indicatorRule, p: resultRule) and the profile's reading of ranges. */
interface MeasureRules {
  rule: AchievementRule;
  rangeRule: RangeRule;
}

function rangeParams(measure: Measure): IssueParams {
  const plan = measure.plan as { min: number; max: number };
  return { field: "plan", min: plan.min, max: plan.max };
}

/** The inputs of an uncounted h or p in the trace: the values as read (a plan's bounds as L and U). */
function measureInputs(measure: Measure): TraceEntry["inputs"] {
  const plan = measure.plan;
  if (plan === null || typeof plan === "number") return { F: measure.fact, F0: measure.base, P: plan, better: measure.better };
  return { F: measure.fact, F0: measure.base, P: null, L: plan.min ?? null, U: plan.max ?? null, better: measure.better };
}

/** The trace paths `${prefix}[i]${suffix}` of the counted values. */
function countedPaths(prefix: string, suffix: string, values: readonly (number | null)[]): string[] {
  const paths: string[] = [];
  for (let i = 0; i < values.length; i++) if (values[i] !== null) paths.push(`${prefix}[${i}]${suffix}`);
  return paths;
}

function valuesOf(scores: readonly MeasureScore[]): (number | null)[] {
  const values = new Array<number | null>(scores.length);
  for (let i = 0; i < scores.length; i++) values[i] = scores[i].value;
  return values;
}

function scoreTask(task: Task, rules: MeasureRules, goalCode: string, path: string, sink: Sink): TaskScore {
  const list: MeasureList = {
    pathOf: (i) => `${path}.results[${i}]`,
    subjectOf: (i, name) => ({ type: "result", row: i + 1, name, goal: goalCode, task: task.code }),
  };
  const results = new Array<MeasureScore>(task.results.length);
  for (let i = 0; i < task.results.length; i++) results[i] = scoreMeasure(task.results[i], rules, "p", list, i, sink);
  const values = valuesOf(results);
  const P = meanOfCounted(values);
  if (P === null) {
    sink.issues.push(
      makeIssue("TASKS_NOT_MEASURABLE", path, { type: "task", code: task.code, name: task.name, goal: goalCode }, {}, "task"),
    );
  }
  if (sink.trace) {
    const parts = countedPaths(`${path}.results`, ".p", values);
    sink.trace[`${path}.P`] = traceEntry(
      `${path}.P`,
      "P",
      P,
      P === null ? "P.none" : "P.mean",
      { r: parts.length },
      "§23",
      parts,
      P === null ? "TASKS_NOT_MEASURABLE" : undefined,
    );
  }
  return { code: task.code, P, results };
}

/** The profile options the goals are scored by (§8): the rules for h and p, and how ranges are read (§2a). */
export type GoalRules = Pick<Profile, "indicatorRule" | "resultRule" | "rangeRule">;

function scoreGoal(goal: Goal, rules: GoalRules, path: string, sink: Sink): GoalScore {
  const subject: Subject = { type: "goal", code: goal.code, name: goal.name };
  const list: MeasureList = {
    pathOf: (i) => `${path}.indicators[${i}]`,
    subjectOf: (i, name) => ({ type: "indicator", row: i + 1, name, goal: goal.code }),
  };
  const indicators = new Array<MeasureScore>(goal.indicators.length);
  for (let i = 0; i < goal.indicators.length; i++)
    indicators[i] = scoreMeasure(goal.indicators[i], { rule: rules.indicatorRule, rangeRule: rules.rangeRule }, "h", list, i, sink);
  const hValues = valuesOf(indicators);
  const K = meanOfCounted(hValues);
  if (K === null) sink.issues.push(makeIssue("GOAL_NOT_MEASURABLE", path, subject));
  if (sink.trace) {
    const kParts = countedPaths(`${path}.indicators`, ".h", hValues);
    sink.trace[`${path}.K`] = traceEntry(
      `${path}.K`,
      "K",
      K,
      K === null ? "K.none" : "K.mean",
      { m: kParts.length },
      "§23",
      kParts,
      K === null ? "GOAL_NOT_MEASURABLE" : undefined,
    );
  }

  const resultRules = { rule: rules.resultRule, rangeRule: rules.rangeRule };
  const tasks = goal.tasks.map((task, i) => scoreTask(task, resultRules, goal.code, `${path}.tasks[${i}]`, sink));
  const pValues = tasks.map((t) => t.P);
  const countedY = meanOfCounted(pValues);
  const Y = countedY ?? 1;
  if (countedY === null) sink.issues.push(makeIssue("TASKS_NOT_MEASURABLE", path, subject, {}, "goal"));
  if (sink.trace) {
    const yParts = countedPaths(`${path}.tasks`, ".P", pValues);
    sink.trace[`${path}.Y`] = traceEntry(
      `${path}.Y`,
      "Y",
      Y,
      countedY === null ? "Y.neutral" : "Y.mean",
      { t: yParts.length },
      "§23",
      yParts,
      countedY === null ? "TASKS_NOT_MEASURABLE" : undefined,
    );
  }

  const X = K === null ? null : K * Y;
  if (sink.trace) {
    sink.trace[`${path}.X`] = traceEntry(
      `${path}.X`,
      "X",
      X,
      X === null ? "X.none" : "X.product",
      { K, Y },
      "§23",
      [`${path}.K`, `${path}.Y`],
      K === null ? "GOAL_NOT_MEASURABLE" : undefined,
    );
  }
  return { code: goal.code, K, Y, X, indicators, tasks };
}

export function scoreGoals(goals: readonly Goal[], rules: GoalRules, sink: Sink): GoalsScore {
  const scored = goals.map((goal, i) => scoreGoal(goal, rules, `goals[${i}]`, sink));
  const xValues = scored.map((g) => g.X);
  const counted = meanOfCounted(xValues);
  if (counted === null) sink.issues.push(makeIssue("NO_GOALS", "goals", { type: "goals" }));
  const D = counted ?? 0;
  if (sink.trace) {
    const parts = countedPaths("goals", ".X", xValues);
    sink.trace.D = traceEntry(
      "D",
      "D",
      D,
      counted === null ? "D.none" : "D.mean",
      { n: parts.length },
      "§23–24",
      parts,
      counted === null ? "NO_GOALS" : undefined,
    );
  }
  return { D, goals: scored };
}
