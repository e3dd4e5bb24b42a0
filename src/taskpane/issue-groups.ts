// The Check view's issue list: grouped by sheet (in workbook order, then those tied to no cell) and,
// within a sheet, by severity — errors first — keeping the services' order inside each group.

import type { CheckedIssue } from "../workbook/workbook-services";

export type IssueSeverity = CheckedIssue["severity"];

const SEVERITIES: readonly IssueSeverity[] = ["error", "warning", "info"];

interface SeverityGroup {
  severity: IssueSeverity;
  issues: CheckedIssue[];
}

export interface SheetGroup {
  /** The sheet's name, or null for issues not tied to one cell. */
  sheet: string | null;
  severities: SeverityGroup[];
  count: number;
}

/** Groups issues by sheet; `sheetOrder` (the workbook's sheet names) orders the groups, others follow by name. */
export function groupIssues(issues: readonly CheckedIssue[], sheetOrder: readonly string[] = []): SheetGroup[] {
  const bySheet = new Map<string | null, CheckedIssue[]>();
  for (const issue of issues) {
    const sheet = issue.ref?.sheet ?? null;
    const list = bySheet.get(sheet) ?? [];
    list.push(issue);
    bySheet.set(sheet, list);
  }
  const position = (sheet: string | null) => {
    if (sheet === null) return Number.MAX_SAFE_INTEGER;
    const i = sheetOrder.indexOf(sheet);
    return i < 0 ? sheetOrder.length : i;
  };
  return [...bySheet.entries()]
    .sort(([a], [b]) => position(a) - position(b) || String(a).localeCompare(String(b)))
    .map(([sheet, list]) => ({
      sheet,
      count: list.length,
      severities: SEVERITIES.map((severity) => ({ severity, issues: list.filter((issue) => issue.severity === severity) })).filter(
        (group) => group.issues.length > 0,
      ),
    }));
}

export function countBySeverity(issues: readonly CheckedIssue[]): Record<IssueSeverity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
