// The typed model of one evaluation (METHODOLOGY.md §7, `bagalau/evaluation@1`) after parsing.
// Plain data only: every missing number is null, every enum is checked, paths are JSON paths.

import type { PlanBounds } from "./written-values";

export type Kind = "central" | "local";
export type Better = "higher" | "lower";
export type DataKind = "official" | "operational" | "none";

/** A target indicator or a direct-result indicator: one row of a goal's or a task's table (§23–24). */
export interface Measure {
  code?: string;
  name: string;
  unit?: string;
  better: Better;
  /** The previous period's actual value (F0); null when missing. */
  base: number | null;
  /**
   * The plan for the reporting period (P): a number, or bounds as the plan was written (§2a: at least 95,
   * at most 5, the range 31–38); null when missing.
   */
  plan: Plan | null;
  /** The actual value for the reporting period (F); null when missing. */
  fact: number | null;
  data: DataKind;
  source?: string;
  responsible?: string;
  /** The planner's explanation of a deviation from the plan, quoted by the conclusion. */
  deviationReason?: string;
}

/** A plan value: a number, or the bounds of §2a. */
export type Plan = number | PlanBounds;

export interface Task {
  code: string;
  name: string;
  results: Measure[];
}

export interface Goal {
  code: string;
  name: string;
  indicators: Measure[];
  tasks: Task[];
}

/** One expert assessment of a sphere or a direction: q1 and q2 are 1, 0.5 or 0 (§18–21). */
export interface QualityAssessment {
  code: string;
  name: string;
  /** null when missing or not a number; a value outside {0, 0.5, 1} is kept and flagged by the core. */
  q1: number | null;
  q2: number | null;
}

export interface QualitySphere extends QualityAssessment {
  directions: QualityAssessment[];
}

export interface Risk {
  name: string;
  r: number | null;
  measures?: string;
}

export interface PerformanceEntry {
  key: string;
  name?: string;
  unit?: string;
  better: Better;
  /** SB, the previous period's value. */
  previous: number | null;
  /** SR, the reporting period's value. */
  current: number | null;
}

export interface UnreliableFact {
  indicator: string;
  plan: number | null;
  fact: number | null;
  rechecked: number | null;
  note?: string;
}

export interface Penalties {
  /** ISO dates (YYYY-MM-DD). */
  deadline?: string;
  submitted?: string;
  late?: boolean;
  incomplete?: boolean;
  missingElements: string[];
  unreliableFacts: UnreliableFact[];
  /** Used when `unreliableFacts` was absent from the input. */
  unreliableFactCount?: number;
  /** True when the input gave `unreliableFacts` as a list (even an empty one). */
  unreliableFactsListed: boolean;
}

export interface Reorganization {
  date: string;
  successor?: string;
}

export interface Body {
  name: string;
  kind: Kind;
  period: string;
  reorganized?: Reorganization;
}

export interface Evaluation {
  body: Body;
  /** The profile options the file asked for; the core resolves them against the defaults (§8). */
  profile: ProfileInput;
  quality: QualitySphere[];
  risks: Risk[];
  goals: Goal[];
  performance: PerformanceEntry[];
  penalties: Penalties;
}

export type QualityRule = "mean" | "product";
export type AchievementRule = "improvement" | "ratio";
export type PenaltyCapScope = "unreliable" | "total";
/** How a plan written as a range is scored (§2a): by its nearer bound (default), or not counted. */
export type RangeRule = "bounds" | "exclude";

export interface Weights {
  B: number;
  C: number;
  D: number;
}

/** Profile options as a file or a command line gives them: any subset. */
export interface ProfileInput {
  qualityRule?: QualityRule;
  indicatorRule?: AchievementRule;
  resultRule?: AchievementRule;
  penaltyCapScope?: PenaltyCapScope;
  unreliableThreshold?: number;
  rangeRule?: RangeRule;
  weights?: Partial<Weights>;
}
