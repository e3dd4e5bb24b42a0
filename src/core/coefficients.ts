// Expert coefficients (q1, q2 of §18–21 and R of §22): each must be 1, 0.5 or 0; a missing or
// invalid one counts as 0 and raises COEFFICIENT_INVALID.

import { makeIssue, type Subject } from "./issues";
import type { Sink } from "./sink";

export const EXPERT_VALUES: readonly number[] = [1, 0.5, 0];

export function isExpertValue(value: number | null): value is number {
  return value !== null && EXPERT_VALUES.includes(value);
}

/** The coefficient as counted: its value when valid, otherwise 0 with an error at `path`. */
export function expertCoefficient(value: number | null, path: string, subject: Subject, field: string, sink: Sink): number {
  if (isExpertValue(value)) return value;
  const variant = value === null ? "missing" : "invalid";
  sink.issues.push(makeIssue("COEFFICIENT_INVALID", path, subject, { field, value: value === null ? "" : value }, variant));
  return 0;
}
