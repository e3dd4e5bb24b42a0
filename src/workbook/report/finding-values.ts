// What findings are built from: computed numbers marked for display (a coefficient, points), and
// lookups in a Result (a number among a trace entry's inputs, an issue on a path).

import type { IssueCode, Result } from "../../core";
import type { Shown } from "./report-types";

export const coefficient = (value: number): Shown => ({ value, as: "coefficient" });
export const points = (value: number): Shown => ({ value, as: "points" });

/** The trace's input of a number, when it is a number. */
export function traceNumber(result: Result, path: string, input: string): number | null {
  const value = result.trace[path]?.inputs[input];
  return typeof value === "number" ? value : null;
}

export function hasIssue(result: Result, code: IssueCode, path: string): boolean {
  return result.issues.some((issue) => issue.code === code && issue.path === path);
}
