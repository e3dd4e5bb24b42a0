// The appeal of a workbook as the command line prints it (App. 6, §28–35): each deadline with its date and
// days left, passed ones flagged, late objections refused (§30), each objection's outcome, the score after it.

import type { AppealAssessment } from "../core";
import { t, type Lang } from "../i18n";
import { DEADLINE_KEYS, deadlineFlagged, deadlineLine, outcomeText, totalAfterText } from "../workbook/appeal-text";
import { formatDate } from "../workbook/report/report-text";

/** The lines of the appeal block (a heading, then indented lines; none when it has no date and no objection); a passed deadline starts with "!". */
export function appealLines(lang: Lang, originalA: number, appeal: AppealAssessment): string[] {
  if (DEADLINE_KEYS.every((key) => !appeal.deadlines[key]) && appeal.outcomes.length === 0) return [];
  const lines = [t(lang, "appeal.heading")];
  for (const key of DEADLINE_KEYS) {
    const deadline = appeal.deadlines[key];
    if (deadline) lines.push(`${deadlineFlagged(deadline) ? "! " : "  "}${deadlineLine(lang, key, deadline)}`);
  }
  if (appeal.late && appeal.deadlines.objections)
    lines.push(`! ${t(lang, "appeal.late", { due: formatDate(lang, appeal.deadlines.objections.date) })}`);
  for (const outcome of appeal.outcomes) lines.push(`  ${outcomeText(lang, outcome)}`);
  if (appeal.accepted > 0) lines.push(`  ${totalAfterText(lang, originalA, appeal)}`);
  return lines;
}
