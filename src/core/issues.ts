// The stable issue codes of METHODOLOGY.md §7, their severities, and the Issue record the core raises.
// Messages are not made here: `formatIssue` in src/i18n turns an Issue into text in kk, ru or en.

export const ISSUE_CODES = [
  "PLAN_MISSING",
  "FACT_MISSING",
  "DATA_NONE",
  "BASE_MISSING",
  "NO_PLANNED_IMPROVEMENT",
  "NUMBER_AS_TEXT",
  "NOT_A_NUMBER",
  "COEFFICIENT_INVALID",
  "GOAL_NOT_MEASURABLE",
  "TASKS_NOT_MEASURABLE",
  "NO_GOALS",
  "NO_QUALITY",
  "NO_RISKS",
  "NO_PERFORMANCE",
  "PERFORMANCE_MISSING",
  "IGNORED_FOR_KIND",
  "UNRELIABLE_BELOW_THRESHOLD",
  "REORGANIZED_FIRST_HALF",
  "REORGANIZED_SECOND_HALF",
  "BLANK_MARK",
  "PLAN_BOUND",
  "PLAN_RANGE",
  "DIRECTION_FROM_PLAN",
  "VALUE_PAIR",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** error: the data breaks a rule of the methodology; warning: scored by a fallback or with something left out. */
export type Severity = "error" | "warning" | "info";

export const ISSUE_SEVERITY: Record<IssueCode, Severity> = {
  PLAN_MISSING: "warning",
  FACT_MISSING: "warning",
  DATA_NONE: "warning",
  BASE_MISSING: "warning",
  NO_PLANNED_IMPROVEMENT: "warning",
  NUMBER_AS_TEXT: "warning",
  NOT_A_NUMBER: "error",
  COEFFICIENT_INVALID: "error",
  GOAL_NOT_MEASURABLE: "warning",
  TASKS_NOT_MEASURABLE: "warning",
  NO_GOALS: "error",
  NO_QUALITY: "error",
  NO_RISKS: "error",
  NO_PERFORMANCE: "error",
  PERFORMANCE_MISSING: "warning",
  IGNORED_FOR_KIND: "info",
  UNRELIABLE_BELOW_THRESHOLD: "info",
  REORGANIZED_FIRST_HALF: "info",
  REORGANIZED_SECOND_HALF: "warning",
  BLANK_MARK: "warning",
  PLAN_BOUND: "info",
  PLAN_RANGE: "info",
  DIRECTION_FROM_PLAN: "warning",
  VALUE_PAIR: "error",
};

/**
 * Where one code has two severities, by `code.variant`: a range plan left uncounted by the profile is a warning
 * (§2a); a reorganization dated outside the evaluated year, which is not applied, is a warning (§36–37).
 */
const VARIANT_SEVERITY: Readonly<Record<string, Severity>> = {
  "PLAN_RANGE.excluded": "warning",
  "REORGANIZED_FIRST_HALF.otherYear": "warning",
  "REORGANIZED_SECOND_HALF.otherYear": "warning",
};

/** What an issue is about, so that a message can name it ("goal 1.2, indicator «…»"). */
export type SubjectType =
  | "indicator"
  | "result"
  | "task"
  | "goal"
  | "sphere"
  | "direction"
  | "risk"
  | "performance"
  | "body"
  | "penalties"
  | "quality"
  | "goals"
  | "risks";

export interface Subject {
  type: SubjectType;
  /** 1-based position in its list, for rows without a code. */
  row?: number;
  code?: string;
  name?: string;
  goal?: string;
  task?: string;
}

export type IssueParams = Record<string, string | number>;

export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** JSON path into the evaluation, e.g. `goals[0].indicators[2]` or `quality[1].q2`. */
  path: string;
  subject: Subject;
  /** A refinement of the message where one code covers two situations (e.g. a task or a whole goal). */
  variant?: string;
  params: IssueParams;
}

/** The parameters of an issue that has none: one frozen object shared by all (a big plan raises tens of thousands). */
const NO_PARAMS: IssueParams = Object.freeze({});

/** The severity of an issue: its code's, unless its variant has its own. */
export function issueSeverity(code: IssueCode, variant?: string): Severity {
  return variant === undefined ? ISSUE_SEVERITY[code] : (VARIANT_SEVERITY[`${code}.${variant}`] ?? ISSUE_SEVERITY[code]);
}

export function makeIssue(code: IssueCode, path: string, subject: Subject, params: IssueParams = NO_PARAMS, variant?: string): Issue {
  const issue: Issue = { code, severity: issueSeverity(code, variant), path, subject, params };
  if (variant !== undefined) issue.variant = variant;
  return issue;
}
