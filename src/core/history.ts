// A body's scores across periods (Sys. §73): each period's A, criteria, W and App. 4 indexes S, sorted by
// period, and the declines "two or more years in a row" the System asks to be raised, found precisely.
//
// The rule, as implemented:
// - Periods are consecutive when they are adjacent in the sorted history and, where both are years
//   (four digits), one year apart: a missing year breaks a run.
// - A and the criteria B, C, D, E decline in a year when the value is strictly lower than the previous
//   period's (a difference under 1e-9 counts as equal: equal values are no decline). Flagged when they
//   decline in each of two or more consecutive years: three or more consecutive periods strictly decreasing.
// - An App. 4 index S already compares a year with the one before (S = SR/SB or SB/SR, capped at 1, §25–26):
//   the indicator worsened that year when S < 1. Flagged when it worsened in two or more consecutive years.
// - W (points deducted) is kept in the history but is no criterion of its own here: it is inside A.
// A decline of one year only, or values that stay equal, are not flagged.

import type { Evaluation } from "./model";
import type { Result } from "./score";

export const CRITERION_SERIES = ["A", "B", "C", "D", "E"] as const;
export type CriterionSeries = (typeof CRITERION_SERIES)[number];

/** One period's scores; null where the period has no such value (C of a local body, E of a central one). */
export interface PeriodScores {
  period: string;
  A: number | null;
  B: number | null;
  C: number | null;
  D: number | null;
  E: number | null;
  W: number | null;
  /** App. 4 index S by indicator key (null when not counted). */
  S: Record<string, number | null>;
  /** Where the period came from (a file name, a sheet row), for messages. */
  source?: string;
}

/** A period's scores from its Result. */
export function periodScoresOf(period: string, result: Result, source?: string): PeriodScores {
  const S: Record<string, number | null> = {};
  for (const index of result.performance) S[index.key] = index.S;
  const scores: PeriodScores = {
    period,
    A: result.A,
    B: result.criteria.B.coefficient,
    C: result.criteria.C?.coefficient ?? null,
    D: result.criteria.D.coefficient,
    E: result.criteria.E?.coefficient ?? null,
    W: result.W.total,
    S,
  };
  if (source !== undefined) scores.source = source;
  return scores;
}

const YEAR = /^\d{4}$/;

/** Periods in order: years numerically, other texts in natural order ("2023-Q2" before "2023-Q10"). */
export function comparePeriods(a: string, b: string): number {
  const x = a.trim();
  const y = b.trim();
  if (YEAR.test(x) && YEAR.test(y)) return Number(x) - Number(y);
  return x.localeCompare(y, "en", { numeric: true, sensitivity: "base" });
}

/** Two periods adjacent in the history follow each other (one year apart, where both are years). */
export function consecutivePeriods(previous: string, next: string): boolean {
  const x = previous.trim();
  const y = next.trim();
  if (YEAR.test(x) && YEAR.test(y)) return Number(y) - Number(x) === 1;
  return true;
}

/** The history sorted by period (a copy; equal periods keep their order). */
export function sortHistory(periods: readonly PeriodScores[]): PeriodScores[] {
  return [...periods].sort((a, b) => comparePeriods(a.period, b.period));
}

/** Periods that appear more than once (after trimming), each with its entries. */
export function duplicatePeriods(periods: readonly PeriodScores[]): PeriodScores[][] {
  const byPeriod = new Map<string, PeriodScores[]>();
  for (const entry of periods) {
    const key = entry.period.trim();
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), entry]);
  }
  return [...byPeriod.values()].filter((entries) => entries.length > 1);
}

/** A run of declines: which series, the periods from the last good one to the last decline, and the values. */
export interface Decline {
  /** "A", a criterion "B" … "E", or an App. 4 index "S:<key>". */
  series: string;
  kind: "total" | "criterion" | "performance";
  /** For an App. 4 index: its key. */
  key?: string;
  /**
   * A and criteria: the periods of the run, from the last value before the decline to the lowest (at
   * least three). App. 4 indexes: the periods in which the indicator worsened (at least two).
   */
  periods: string[];
  values: number[];
  /** How many years in a row it declined (≥ 2). */
  years: number;
}

const EPSILON = 1e-9;

/** Runs of at least `least` consecutive steps where `step(previous, next)` holds. */
function runs(
  history: readonly PeriodScores[],
  value: (p: PeriodScores) => number | null,
  stepDeclines: (previous: number, next: number) => boolean,
): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  let start = -1;
  for (let i = 1; i <= history.length; i++) {
    const previous = history[i - 1];
    const next = history[i];
    const a = previous ? value(previous) : null;
    const b = next ? value(next) : null;
    const declines =
      next !== undefined && a !== null && b !== null && consecutivePeriods(previous.period, next.period) && stepDeclines(a, b);
    if (declines) {
      if (start < 0) start = i - 1;
    } else if (start >= 0) {
      found.push({ from: start, to: i - 1 });
      start = -1;
    }
  }
  return found;
}

/** Whether a value is strictly below the previous one (equal within 1e-9 is not). */
export function declined(previous: number, next: number): boolean {
  return next < previous - EPSILON;
}

/** Declines two or more years in a row, for A, each criterion and each App. 4 index (see the rule above). */
export function findDeclines(periods: readonly PeriodScores[]): Decline[] {
  const history = sortHistory(periods);
  const declines: Decline[] = [];
  for (const series of CRITERION_SERIES) {
    for (const run of runs(history, (p) => p[series], declined)) {
      const years = run.to - run.from;
      if (years < 2) continue;
      const slice = history.slice(run.from, run.to + 1);
      declines.push({
        series,
        kind: series === "A" ? "total" : "criterion",
        periods: slice.map((p) => p.period),
        values: slice.map((p) => p[series] as number),
        years,
      });
    }
  }
  const keys = [...new Set(history.flatMap((p) => Object.keys(p.S)))];
  for (const key of keys) {
    // A worsening year is a period with S < 1; a "step" here is the pair (period, next period) both worsening.
    const worsened = (p: PeriodScores) => {
      const S = p.S[key];
      return S === null || S === undefined ? null : S;
    };
    for (const run of runs(history, worsened, (a, b) => a < 1 - EPSILON && b < 1 - EPSILON)) {
      const slice = history.slice(run.from, run.to + 1);
      declines.push({
        series: `S:${key}`,
        kind: "performance",
        key,
        periods: slice.map((p) => p.period),
        values: slice.map((p) => p.S[key] as number),
        years: slice.length,
      });
    }
  }
  return declines;
}

export interface HistoryAnalysis {
  /** Sorted by period. */
  periods: PeriodScores[];
  declines: Decline[];
}

export function analyzeHistory(periods: readonly PeriodScores[]): HistoryAnalysis {
  return { periods: sortHistory(periods), declines: findDeclines(periods) };
}

/**
 * A history with one period's scores put in: replacing the entry of the same period (the workbook's own,
 * freshly scored, wins over a row typed on the history sheet), or added.
 */
export function withPeriod(periods: readonly PeriodScores[], current: PeriodScores): PeriodScores[] {
  const key = current.period.trim();
  return sortHistory([...periods.filter((p) => p.period.trim() !== key), current]);
}

/**
 * Whether a period has been reported at all: some fact of a goal's indicator or a task's result, or some
 * current App. 4 value, is there. A period with none (templates just rolled over to it) has no score yet,
 * and a history does not take its A of 0 as a decline.
 */
export function periodReported(evaluation: Pick<Evaluation, "goals" | "performance">): boolean {
  const reported = (measures: readonly { fact: number | null }[]) => measures.some((m) => m.fact !== null);
  return (
    evaluation.goals.some((goal) => reported(goal.indicators) || goal.tasks.some((task) => reported(task.results))) ||
    evaluation.performance.some((entry) => entry.current !== null)
  );
}
