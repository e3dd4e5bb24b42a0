// The appeal of an evaluation (methodology §28–35, App. 6; Sys. §57–62): its deadlines by the working-day
// calendar, the objections as data, and the evaluation after the accepted objections — scored beside the original.
//
// Deadlines, counted from the day each event happened (the day itself does not count):
// - objections: within 5 working days of receiving the conclusion (§28, Sys. §57); objections received
//   after that day are not accepted (§30), whatever the decision written beside them;
// - the disagreement table: formed within 5 working days of receiving the objections (§32);
// - the final results: sent within 15 calendar days of receiving the objections (§35, Sys. §60).
// `today` is always passed in (an ISO date); nothing here reads a clock.

import {
  addWorkingDaysToDayNumber,
  dayNumberOfIso,
  isoOfDayNumber,
  resolveAdjustments,
  type AdjustmentProblem,
  type CalendarAdjustments,
} from "./calendar";
import type { Issue } from "./issues";
import type { Evaluation, Goal, Measure, Penalties, PerformanceEntry, QualitySphere, Risk } from "./model";
import { scoreEvaluation, type Result } from "./score";

export const OBJECTION_WORKING_DAYS = 5;
export const TABLE_WORKING_DAYS = 5;
export const FINAL_CALENDAR_DAYS = 15;

export type Decision = "accepted" | "rejected" | "undecided";

/** The input an accepted objection changes, by the JSON path of the evaluation (see CHANGE_PATHS). */
export interface ObjectionChange {
  path: string;
  /** A number for a fact, plan, base, q1, q2, R, previous, current or the count of unreliable facts; a yes/no for late or incomplete. */
  value: number | boolean;
}

/** One row of the disagreement table (App. 6). */
export interface Objection {
  number: number;
  /** The statement of the authorized body objected to. */
  conclusionText: string;
  objection: string;
  decision: Decision;
  /** The grounds for accepting or rejecting the objection. */
  rationale: string;
  change?: ObjectionChange;
  /** When this objection alone was received (ISO); otherwise the appeal's `objectionsReceived`. */
  received?: string;
}

export interface AppealInput {
  /** The day the evaluated body received the conclusion (ISO). */
  conclusionReceived?: string;
  /** The day the authorized body received the objections (ISO). */
  objectionsReceived?: string;
  /**
   * Extra days off and working days for days moved by an act the calendar does not know (a Government
   * decree; since 2024 an order of the Minister of Labour): those of 2022–2025 are built in.
   */
  adjustments?: CalendarAdjustments;
  objections: Objection[];
}

/**
 * open: not yet due; passed: due and gone (today is after it); met: the objections came in time;
 * missed: the objections came after it. null when there is nothing to compare with (no today).
 */
export type DeadlineStatus = "open" | "passed" | "met" | "missed";

export interface AppealDeadline {
  date: string;
  /** Calendar days from today to the deadline: 0 on the day itself, negative once it has passed; null without today. */
  daysLeft: number | null;
  status: DeadlineStatus | null;
}

export interface AppealDeadlines {
  objections?: AppealDeadline;
  table?: AppealDeadline;
  final?: AppealDeadline;
}

/** Why the appeal's dates cannot be counted: a date that is not one, or a day both off and working. */
export class AppealDatesProblem extends Error {
  constructor(
    readonly problem: AdjustmentProblem | { kind: "notADate"; value: string; field: "conclusionReceived" | "objectionsReceived" },
  ) {
    super(`appeal dates: ${problem.kind} ${problem.value}`);
    this.name = "AppealDatesProblem";
  }
}

function dayOf(iso: string, field: "conclusionReceived" | "objectionsReceived"): number {
  const day = dayNumberOfIso(iso);
  if (day === null) throw new AppealDatesProblem({ kind: "notADate", value: iso, field });
  return day;
}

function deadline(day: number, today: number | null, status: (past: boolean) => DeadlineStatus | null): AppealDeadline {
  return {
    date: isoOfDayNumber(day),
    daysLeft: today === null ? null : day - today,
    status: status(today !== null && today > day),
  };
}

/**
 * The deadlines an appeal has so far: the objections' from the day the conclusion was received, the
 * table's and the final results' from the day the objections were received. Throws AppealDatesProblem.
 */
export function appealDeadlines(
  input: Pick<AppealInput, "conclusionReceived" | "objectionsReceived" | "adjustments">,
  today?: string,
): AppealDeadlines {
  const resolved = resolveAdjustments(input.adjustments ?? {});
  if ("kind" in resolved) throw new AppealDatesProblem(resolved);
  const todayDay = today === undefined ? null : dayNumberOfIso(today);
  if (today !== undefined && todayDay === null) throw new RangeError(`today is not an ISO date: ${today}`);
  const deadlines: AppealDeadlines = {};
  const received = input.objectionsReceived === undefined ? null : dayOf(input.objectionsReceived, "objectionsReceived");
  if (input.conclusionReceived !== undefined) {
    const due = addWorkingDaysToDayNumber(
      dayOf(input.conclusionReceived, "conclusionReceived"),
      OBJECTION_WORKING_DAYS,
      resolved.daysOff,
      resolved.workingDays,
    );
    deadlines.objections = deadline(due, todayDay, (past) => {
      if (received !== null) return received > due ? "missed" : "met";
      return todayDay === null ? null : past ? "passed" : "open";
    });
  }
  if (received !== null) {
    const open = (past: boolean) => (todayDay === null ? null : past ? "passed" : "open");
    deadlines.table = deadline(
      addWorkingDaysToDayNumber(received, TABLE_WORKING_DAYS, resolved.daysOff, resolved.workingDays),
      todayDay,
      open,
    );
    deadlines.final = deadline(received + FINAL_CALENDAR_DAYS, todayDay, open);
  }
  return deadlines;
}

// ---------------------------------------------------------------- what an objection may change

/** A parsed change path: which item of the evaluation, and which of its inputs. */
export type ChangeTarget =
  | { kind: "indicator"; goal: number; index: number; field: "fact" | "plan" | "base" }
  | { kind: "result"; goal: number; task: number; index: number; field: "fact" | "plan" | "base" }
  | { kind: "sphere"; sphere: number; field: "q1" | "q2" }
  | { kind: "direction"; sphere: number; index: number; field: "q1" | "q2" }
  | { kind: "risk"; index: number }
  | { kind: "performance"; index: number; field: "previous" | "current" }
  | { kind: "late" }
  | { kind: "incomplete" }
  | { kind: "unreliable" };

const PATHS: [RegExp, (m: RegExpExecArray) => ChangeTarget][] = [
  [
    /^goals\[(\d+)\]\.indicators\[(\d+)\]\.(fact|plan|base)$/,
    (m) => ({ kind: "indicator", goal: +m[1], index: +m[2], field: m[3] as "fact" }),
  ],
  [
    /^goals\[(\d+)\]\.tasks\[(\d+)\]\.results\[(\d+)\]\.(fact|plan|base)$/,
    (m) => ({ kind: "result", goal: +m[1], task: +m[2], index: +m[3], field: m[4] as "fact" }),
  ],
  [/^quality\[(\d+)\]\.(q1|q2)$/, (m) => ({ kind: "sphere", sphere: +m[1], field: m[2] as "q1" })],
  [/^quality\[(\d+)\]\.directions\[(\d+)\]\.(q1|q2)$/, (m) => ({ kind: "direction", sphere: +m[1], index: +m[2], field: m[3] as "q1" })],
  [/^risks\[(\d+)\]\.r$/, (m) => ({ kind: "risk", index: +m[1] })],
  [/^performance\[(\d+)\]\.(previous|current)$/, (m) => ({ kind: "performance", index: +m[1], field: m[2] as "previous" })],
  [/^penalties\.late$/, () => ({ kind: "late" })],
  [/^penalties\.incomplete$/, () => ({ kind: "incomplete" })],
  [/^penalties\.unreliableFactCount$/, () => ({ kind: "unreliable" })],
];

/** The paths an objection may change, as patterns (i, j, k are 0-based positions). */
export const CHANGE_PATHS = [
  "goals[i].indicators[j].fact|plan|base",
  "goals[i].tasks[k].results[j].fact|plan|base",
  "quality[i].q1|q2",
  "quality[i].directions[j].q1|q2",
  "risks[i].r",
  "performance[i].previous|current",
  "penalties.late",
  "penalties.incomplete",
  "penalties.unreliableFactCount",
] as const;

export function parseChangePath(path: string): ChangeTarget | undefined {
  const trimmed = path.trim();
  for (const [pattern, target] of PATHS) {
    const m = pattern.exec(trimmed);
    if (m) return target(m);
  }
  return undefined;
}

/** The JSON path of a target (the inverse of parseChangePath). */
export function changePathOf(target: ChangeTarget): string {
  switch (target.kind) {
    case "indicator":
      return `goals[${target.goal}].indicators[${target.index}].${target.field}`;
    case "result":
      return `goals[${target.goal}].tasks[${target.task}].results[${target.index}].${target.field}`;
    case "sphere":
      return `quality[${target.sphere}].${target.field}`;
    case "direction":
      return `quality[${target.sphere}].directions[${target.index}].${target.field}`;
    case "risk":
      return `risks[${target.index}].r`;
    case "performance":
      return `performance[${target.index}].${target.field}`;
    case "late":
      return "penalties.late";
    case "incomplete":
      return "penalties.incomplete";
    case "unreliable":
      return "penalties.unreliableFactCount";
  }
}

/** Whether a target takes a yes/no (late, incomplete) rather than a number. */
export function takesYesNo(target: ChangeTarget): boolean {
  return target.kind === "late" || target.kind === "incomplete";
}

/** Why a change cannot be made: the path is none of CHANGE_PATHS, names no item of this evaluation, or the value does not fit. */
export type ChangeProblem = "notAPath" | "noSuchItem" | "badValue";

const replaceAt = <T>(list: readonly T[], index: number, update: (item: T) => T): T[] =>
  list.map((item, i) => (i === index ? update(item) : item));

/** The evaluation with one input changed (a copy; the input is untouched), or why it cannot be changed. */
export function applyChange(evaluation: Evaluation, change: ObjectionChange): Evaluation | ChangeProblem {
  const target = parseChangePath(change.path);
  if (!target) return "notAPath";
  const { value } = change;
  if (takesYesNo(target) ? typeof value !== "boolean" : typeof value !== "number" || !Number.isFinite(value)) return "badValue";
  const number = value as number;
  const withMeasure = (measure: Measure | undefined, field: "fact" | "plan" | "base") =>
    measure ? { ...measure, [field]: number } : undefined;
  switch (target.kind) {
    case "indicator": {
      const goal = evaluation.goals[target.goal];
      const changed = withMeasure(goal?.indicators[target.index], target.field);
      if (!goal || !changed) return "noSuchItem";
      return {
        ...evaluation,
        goals: replaceAt(evaluation.goals, target.goal, (g: Goal) => ({
          ...g,
          indicators: replaceAt(g.indicators, target.index, () => changed),
        })),
      };
    }
    case "result": {
      const task = evaluation.goals[target.goal]?.tasks[target.task];
      const changed = withMeasure(task?.results[target.index], target.field);
      if (!task || !changed) return "noSuchItem";
      return {
        ...evaluation,
        goals: replaceAt(evaluation.goals, target.goal, (g: Goal) => ({
          ...g,
          tasks: replaceAt(g.tasks, target.task, (t) => ({ ...t, results: replaceAt(t.results, target.index, () => changed) })),
        })),
      };
    }
    case "sphere": {
      const sphere = evaluation.quality[target.sphere];
      // A sphere with directions takes its q from them: its own q1, q2 are not used (§18–21).
      if (!sphere || sphere.directions.length > 0) return "noSuchItem";
      return {
        ...evaluation,
        quality: replaceAt(evaluation.quality, target.sphere, (s: QualitySphere) => ({ ...s, [target.field]: number })),
      };
    }
    case "direction": {
      const sphere = evaluation.quality[target.sphere];
      if (!sphere?.directions[target.index]) return "noSuchItem";
      return {
        ...evaluation,
        quality: replaceAt(evaluation.quality, target.sphere, (s: QualitySphere) => ({
          ...s,
          directions: replaceAt(s.directions, target.index, (d) => ({ ...d, [target.field]: number })),
        })),
      };
    }
    case "risk":
      if (!evaluation.risks[target.index]) return "noSuchItem";
      return { ...evaluation, risks: replaceAt(evaluation.risks, target.index, (r: Risk) => ({ ...r, r: number })) };
    case "performance":
      if (!evaluation.performance[target.index]) return "noSuchItem";
      return {
        ...evaluation,
        performance: replaceAt(evaluation.performance, target.index, (p: PerformanceEntry) => ({ ...p, [target.field]: number })),
      };
    case "late":
      return { ...evaluation, penalties: withLate(evaluation.penalties, value as boolean) };
    case "incomplete":
      return { ...evaluation, penalties: withIncomplete(evaluation.penalties, value as boolean) };
    case "unreliable":
      if (!Number.isInteger(number) || number < 0) return "badValue";
      return {
        ...evaluation,
        penalties: { ...evaluation.penalties, unreliableFacts: [], unreliableFactsListed: false, unreliableFactCount: number },
      };
  }
}

/** Late or not, whatever the dates say: "not late" drops the dates that made it late (§40). */
function withLate(penalties: Penalties, late: boolean): Penalties {
  const { deadline: _deadline, submitted: _submitted, ...rest } = penalties;
  return late ? { ...penalties, late: true } : { ...rest, late: false };
}

/** Incomplete or not, whatever the list of missing elements says (§41). */
function withIncomplete(penalties: Penalties, incomplete: boolean): Penalties {
  return incomplete ? { ...penalties, incomplete: true } : { ...penalties, incomplete: false, missingElements: [] };
}

/**
 * The evaluation after the appeal: a copy with the change of every accepted objection applied, in the
 * order of their numbers (a later change of the same input wins). Rejected and undecided objections,
 * and accepted ones whose change cannot be made, change nothing. Pure: the input is never modified.
 */
export function applyAccepted(evaluation: Evaluation, objections: readonly Objection[]): Evaluation {
  let after = evaluation;
  for (const objection of [...objections].sort((a, b) => a.number - b.number)) {
    if (objection.decision !== "accepted" || !objection.change) continue;
    const changed = applyChange(after, objection.change);
    if (typeof changed !== "string") after = changed;
  }
  return after;
}

// ---------------------------------------------------------------- the appeal assessed

/**
 * applied: accepted, and its change made; acceptedNoChange: accepted with no change of the inputs;
 * rejected; undecided; late: received after the objections' deadline, so not accepted (§30);
 * invalidChange: accepted, but its change cannot be made (see `problem`).
 */
export type ObjectionStatus = "applied" | "acceptedNoChange" | "rejected" | "undecided" | "late" | "invalidChange";

export interface ObjectionOutcome {
  number: number;
  decision: Decision;
  status: ObjectionStatus;
  change?: ObjectionChange;
  problem?: ChangeProblem;
}

export interface AppealAssessment {
  deadlines: AppealDeadlines;
  /** Objections were received after the objections' deadline: none of them is accepted (§30). */
  late: boolean;
  outcomes: ObjectionOutcome[];
  /** Objections accepted and taken into account (applied or accepted with no change). */
  accepted: number;
  /** The evaluation after the appeal (the original itself when nothing changed). */
  evaluation: Evaluation;
  /** The score after the appeal, computed beside the original. */
  result: Result;
  /** At least one accepted objection changed an input. */
  changed: boolean;
}

/** Whether an objection was received after the objections' deadline (null when that cannot be told). */
function receivedLate(objection: Objection, input: AppealInput, deadlines: AppealDeadlines): boolean | null {
  const due = deadlines.objections ? dayNumberOfIso(deadlines.objections.date) : null;
  const receivedIso = objection.received ?? input.objectionsReceived;
  const received = receivedIso === undefined ? null : dayNumberOfIso(receivedIso);
  if (due === null || received === null) return null;
  return received > due;
}

/**
 * The appeal assessed: its deadlines (from `today`, when given), each objection's outcome, and the
 * evaluation after the accepted objections scored beside the original. Objections received after the
 * deadline are not accepted (§30), whatever their decision says. Throws AppealDatesProblem.
 */
export function assessAppeal(
  evaluation: Evaluation,
  input: AppealInput,
  parseIssues: readonly Issue[] = [],
  today?: string,
): AppealAssessment {
  const deadlines = appealDeadlines(input, today);
  const outcomes: ObjectionOutcome[] = [];
  const applicable: Objection[] = [];
  let late = false;
  let after = evaluation;
  for (const objection of [...input.objections].sort((a, b) => a.number - b.number)) {
    const outcome: ObjectionOutcome = {
      number: objection.number,
      decision: objection.decision,
      status: objection.decision === "accepted" ? "acceptedNoChange" : objection.decision,
    };
    if (objection.change) outcome.change = objection.change;
    if (receivedLate(objection, input, deadlines) === true) {
      late = true;
      outcome.status = "late";
    } else if (objection.decision === "accepted" && objection.change) {
      const changed = applyChange(after, objection.change);
      if (typeof changed === "string") {
        outcome.status = "invalidChange";
        outcome.problem = changed;
      } else {
        outcome.status = "applied";
        after = changed;
        applicable.push(objection);
      }
    }
    outcomes.push(outcome);
  }
  const changed = applicable.length > 0;
  const changedPaths = new Set(applicable.map((o) => o.change?.path));
  // The parser's notes about a value an objection replaced no longer apply to the evaluation after it.
  const issues = parseIssues.filter((issue) => !changedPaths.has(issue.path));
  return {
    deadlines,
    late,
    outcomes,
    accepted: outcomes.filter((o) => o.status === "applied" || o.status === "acceptedNoChange").length,
    evaluation: after,
    result: scoreEvaluation(after, issues),
    changed,
  };
}
