// The report's data types: the conclusion report (App. 5) — header facts, profile, criteria, goals,
// deductions — and its findings and recommendations as i18n keys with typed parameters.

import type { AchievementCounts, Kind, PenaltyScore, Subject, UnreliableDeduction, UnreliableFact } from "../../core";
import type { Lang, MessageKey } from "../../i18n";

/** The criteria of App. 5 and the deducted points W. */
export type CriterionKey = "B" | "C" | "D" | "E";
type FindingCriterion = CriterionKey | "W";

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
  | "qualityRule"
  | "indicatorRule"
  | "resultRule"
  | "rangeRule"
  | "penaltyCapScope"
  | "unreliableThreshold"
  | "weights.B"
  | "weights.C"
  | "weights.D";

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

interface GoalLine {
  code: string;
  name: string;
  K: number | null;
  Y: number;
  X: number | null;
  path: string;
}

/** W as the verification act shows it (the core's penaltyBreakdown, with what the act lists). */
export interface Deductions {
  late: { points: number; deadline?: string; submitted?: string; flagged: boolean };
  incomplete: { points: number; elements: string[]; flagged: boolean };
  /** Each fact at perFact (0.2, or 0 below the threshold), the uncapped sum, the cap taken off, the points. */
  unreliable: UnreliableDeduction & {
    /** The facts recorded in the verification act; empty when only their number was given. */
    facts: UnreliableFact[];
    listed: boolean;
  };
  /** late + incomplete + unreliable, before the cap on W. */
  sum: number;
  /** What the 5-point cap takes off W (penaltyCapScope "total"); 0 when it does not apply. */
  cap: number;
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
