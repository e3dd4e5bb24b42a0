// The readable score table the CLI prints without --json: the criteria with coefficient, weight and
// points, the deductions, the total A, the goals, the indicator counts and the issues, in one language.

import type { AppealAssessment, Evaluation, Issue, Result } from "../core";
import { formatFixed, formatIssue, t, type Lang } from "../i18n";
import { appealLines } from "./appeal-lines";

function padEnd(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

function padStart(text: string, width: number): string {
  return text.length >= width ? text : " ".repeat(width - text.length) + text;
}

/** For a workbook: where each core issue is (its cell), and the problems met while reading the sheets. */
export interface IssueLocations {
  cellOf(issue: Issue): string | undefined;
  readIssues: { severity: "error" | "warning"; cell: string | null; message: string }[];
}

/**
 * The table line by line to `writeLine` (without the newline): a big plan's table is never held whole.
 * `appeal` (a workbook's App. 6 sheet, assessed) adds the total score taking the appeal into account under
 * the total when objections were accepted, and the appeal's deadlines and outcomes.
 */
export function writeScoreTable(
  writeLine: (line: string) => void,
  evaluation: Evaluation,
  result: Result,
  lang: Lang,
  locations?: IssueLocations,
  appeal?: AppealAssessment,
): void {
  const lines = {
    push: (...items: string[]) => {
      for (const item of items) writeLine(item);
    },
  };
  const { body } = evaluation;
  lines.push(t(lang, "cli.title", { body: body.name, period: body.period, kind: t(lang, `kind.${body.kind}`) }));
  const p = result.profile;
  lines.push(t(lang, "cli.profile", { ...p, unreliableThreshold: String(p.unreliableThreshold), weights: "" }));
  if (!result.evaluated) lines.push(t(lang, "cli.notEvaluated"));
  lines.push("");

  const keys = (["B", "C", "D", "E"] as const).filter((k) => result.criteria[k] !== null);
  const labels = keys.map((k) => `${k}  ${t(lang, `criterion.${k}`)}`);
  const afterAppeal = appeal && appeal.accepted > 0 ? appeal.result : undefined;
  const nameWidth =
    Math.max(
      t(lang, "cli.col.criterion").length,
      t(lang, "cli.deducted").length,
      t(lang, "cli.total").length,
      afterAppeal ? t(lang, "appeal.totalAfter").length : 0,
      ...labels.map((l) => l.length),
    ) + 2;
  const cols = [t(lang, "cli.col.coefficient"), t(lang, "cli.col.weight"), t(lang, "cli.col.points")];
  const widths = cols.map((c) => Math.max(c.length, 8) + 2);
  const row = (name: string, cells: string[]) => padEnd(name, nameWidth) + cells.map((c, i) => padStart(c, widths[i])).join("");

  lines.push(row(t(lang, "cli.col.criterion"), cols));
  keys.forEach((k, i) => {
    const c = result.criteria[k]!;
    lines.push(
      row(labels[i], [
        formatFixed(lang, c.coefficient, 4),
        c.weight === null ? "" : formatFixed(lang, c.weight, 2),
        c.points === null ? "" : formatFixed(lang, c.points, 2),
      ]),
    );
  });
  lines.push(row(t(lang, "cli.deducted"), ["", "", formatFixed(lang, -result.W.total, 2)]));
  lines.push(
    "   " +
      t(lang, "cli.deductionParts", {
        late: formatFixed(lang, result.W.late, 2),
        incomplete: formatFixed(lang, result.W.incomplete, 2),
        unreliable: formatFixed(lang, result.W.unreliable, 2),
      }),
  );
  lines.push(row(t(lang, "cli.total"), ["", "", formatFixed(lang, result.A, 2)]));
  if (afterAppeal) lines.push(row(t(lang, "appeal.totalAfter"), ["", "", formatFixed(lang, afterAppeal.A, 2)]));
  lines.push("");
  const appealBlock = appeal ? appealLines(lang, result.A, appeal) : [];
  if (appealBlock.length > 0) lines.push(...appealBlock, "");

  if (result.goals.length > 0) {
    lines.push(t(lang, "cli.goals"));
    const value = (v: number | null) => (v === null ? t(lang, "cli.notCounted") : formatFixed(lang, v, 4));
    for (const goal of result.goals)
      lines.push("  " + t(lang, "cli.goalLine", { code: goal.code, K: value(goal.K), Y: value(goal.Y), X: value(goal.X) }));
    lines.push("  " + t(lang, "cli.counts", { ...result.counts }));
    lines.push("");
  }

  const readIssues = locations?.readIssues ?? [];
  const all = [...readIssues.map((i) => i.severity), ...result.issues.map((i) => i.severity)];
  const count = (s: string) => all.filter((severity) => severity === s).length;
  if (all.length === 0) {
    lines.push(t(lang, "cli.noIssues"));
  } else {
    lines.push(t(lang, "cli.issues", { count: all.length, errors: count("error"), warnings: count("warning"), infos: count("info") }));
    const sevWidth = Math.max(...(["error", "warning", "info"] as const).map((s) => t(lang, `severity.${s}`).length)) + 2;
    for (const issue of readIssues) {
      // A reading problem's message starts with its cell already.
      lines.push(`  ${padEnd(t(lang, `severity.${issue.severity}`), sevWidth)}${issue.message}`);
    }
    for (const issue of result.issues) {
      const where = locations?.cellOf(issue) ?? issue.path;
      lines.push(`  ${padEnd(t(lang, `severity.${issue.severity}`), sevWidth)}${where}  ${formatIssue(lang, issue)}`);
    }
  }
}
