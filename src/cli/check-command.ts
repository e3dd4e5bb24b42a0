// `bagalau check FILE`: the self-check before submission — every issue on its cell, grouped by sheet
// and severity, the deductions an evaluator is expected to make, and a highlighted copy with -o.

import { scoreEvaluation, type Evaluation, type Issue } from "../core";
import { formatFixed, t, type Lang } from "../i18n";
import { checkGrids, type CheckReport, type CheckedIssue } from "../workbook/workbook-services";
import { describeMissing } from "../workbook/self-check";
import { address } from "../workbook/sheet-spec";
import { formatCell } from "../workbook/cell-ref";
import { highlightCell } from "../workbook/xlsx-sheets";
import type ExcelJS from "exceljs";
import type { CliArgs } from "./args";
import { EXIT_ERRORS, EXIT_OK, localIsoDate, type CliIO } from "./io";
import { guardOutput } from "./input-files";
import { openEvaluationInput, warnLeftOut, warnUncarried, withBagalauSheets, writeOutput } from "./inputs";

const SEVERITIES = ["error", "warning", "info"] as const;
const PREDICTED = new Set(["PREDICTED_INCOMPLETE", "PREDICTED_LATE"]);

/** A the evaluator would give after the predicted deductions: the same evaluation, scored as late or incomplete. */
export function predictedScore(evaluation: Evaluation, parseIssues: readonly Issue[], report: CheckReport): number {
  const codes = new Set(report.predicted.map((p) => p.code));
  if (codes.size === 0) return report.result.A;
  const copy: Evaluation = structuredClone(evaluation);
  if (codes.has("PREDICTED_INCOMPLETE")) copy.penalties.incomplete = true;
  if (codes.has("PREDICTED_LATE")) copy.penalties.late = true;
  return scoreEvaluation(copy, [...parseIssues]).A;
}

function counts(issues: readonly CheckedIssue[]) {
  const of = (s: string) => issues.filter((i) => i.severity === s).length;
  return { errors: of("error"), warnings: of("warning"), infos: of("info") };
}

/** Issues by sheet (in the workbook's order, then those without a cell), each by severity, then row and column. */
function groupBySheet(issues: readonly CheckedIssue[], sheetOrder: readonly string[]): { sheet: string | null; issues: CheckedIssue[] }[] {
  const groups = new Map<string | null, CheckedIssue[]>();
  for (const issue of issues) {
    const key = issue.ref?.sheet ?? null;
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const order = (sheet: string | null) => (sheet === null ? Infinity : sheetOrder.indexOf(sheet));
  return Array.from(groups.entries())
    .sort(([a], [b]) => order(a) - order(b))
    .map(([sheet, list]) => ({
      sheet,
      issues: [...list].sort(
        (a, b) =>
          SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
          (a.ref?.row ?? 0) - (b.ref?.row ?? 0) ||
          (a.ref?.column ?? 0) - (b.ref?.column ?? 0),
      ),
    }));
}

function renderCheck(lang: Lang, report: CheckReport, predictedA: number, sheetOrder: readonly string[]): string {
  const lines: string[] = [];
  const { body } = report.reading.evaluation;
  lines.push(t(lang, "cli.title", { body: body.name, period: body.period, kind: t(lang, `kind.${body.kind}`) }));
  lines.push("");
  const listed = report.issues.filter((i) => !PREDICTED.has(i.code));
  const sevWidth = Math.max(...SEVERITIES.map((s) => t(lang, `severity.${s}`).length)) + 2;
  for (const group of groupBySheet(listed, sheetOrder)) {
    const c = counts(group.issues);
    const heading = group.sheet === null ? t(lang, "cli.check.noCell") : group.sheet;
    lines.push(t(lang, "cli.check.sheet", { sheet: heading, errors: c.errors, warnings: c.warnings, infos: c.infos }));
    for (const issue of group.issues) {
      const cell = issue.cell && !issue.message.startsWith(issue.cell) ? `${issue.cell}  ` : "";
      lines.push(`  ${t(lang, `severity.${issue.severity}`).padEnd(sevWidth)}${cell}${issue.message}`);
    }
    lines.push("");
  }
  if (report.predicted.length === 0) {
    lines.push(t(lang, "cli.check.noDeductions"));
  } else {
    lines.push(t(lang, "cli.check.deductions"));
    for (const deduction of report.predicted) {
      const where = deduction.ref ? `${formatCell(deduction.ref)}  ` : "";
      lines.push(`  ${formatFixed(lang, -deduction.points, 2)}  ${where}${deduction.message(lang)}`);
    }
  }
  lines.push(t(lang, "cli.check.score", { A: formatFixed(lang, report.result.A, 2), predicted: formatFixed(lang, predictedA, 2) }));
  const all = counts(report.issues);
  lines.push(t(lang, "cli.issues", { count: report.issues.length, errors: all.errors, warnings: all.warnings, infos: all.infos }));
  lines.push(all.errors > 0 ? t(lang, "cli.check.hasErrors", { errors: all.errors }) : t(lang, "cli.check.noErrors"));
  return lines.join("\n") + "\n";
}

function checkJson(file: string, report: CheckReport, predictedA: number, lang: Lang) {
  const { body } = report.reading.evaluation;
  return {
    format: "bagalau/check@1",
    file,
    body: { name: body.name, kind: body.kind, period: body.period },
    A: report.result.A,
    predictedA,
    counts: counts(report.issues),
    issues: report.issues
      .filter((i) => !PREDICTED.has(i.code))
      .map((i) => ({ code: i.code, severity: i.severity, cell: i.cell, ...(i.path ? { path: i.path } : {}), message: i.message })),
    predicted: report.predicted.map((p) => ({
      code: p.code,
      points: p.points,
      cell: p.ref ? formatCell(p.ref) : null,
      message: p.message(lang),
      missing: p.missing.map((m) => {
        const ref = report.reading.cells.get(m.path);
        return { path: m.path, cell: ref ? formatCell(ref) : null, text: describeMissing(lang, m) };
      }),
    })),
  };
}

/** Fills and notes on the cells of the issues; errors are applied last so that their colour wins. */
export function highlightIssues(workbook: ExcelJS.Workbook, report: CheckReport, lang: Lang): number {
  const marks: { sheet: string; row: number; column: number; severity: "error" | "warning" | "info"; note: string }[] = [];
  for (const issue of report.issues) {
    if (issue.ref) marks.push({ ...issue.ref, severity: issue.severity, note: issue.message });
  }
  for (const deduction of report.predicted) {
    for (const element of deduction.missing) {
      const ref = report.reading.cells.get(element.path);
      if (ref)
        marks.push({ ...ref, severity: "warning", note: t(lang, "cli.check.missingNote", { element: describeMissing(lang, element) }) });
    }
  }
  marks.sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity));
  let count = 0;
  for (const mark of marks) {
    const ws = workbook.getWorksheet(mark.sheet);
    if (!ws) continue;
    highlightCell(ws, address(mark.row, mark.column), mark.severity, mark.note);
    count += 1;
  }
  return count;
}

export async function checkCommand(args: CliArgs, io: CliIO): Promise<number> {
  const [file] = args.files;
  if (args.output !== undefined) guardOutput(args.output, [file]);
  const today = args.today ?? (io.today ?? (() => localIsoDate(new Date())))();
  const input = await openEvaluationInput(file, args.lang);
  warnLeftOut(file, input.leftOut, args.lang, io.stderr);
  const report = withBagalauSheets(args.lang, () => checkGrids(input.grids, args.lang, today));
  const predictedA = predictedScore(report.reading.evaluation, report.reading.issues, report);
  const sheetOrder = input.grids.map((g) => g.name);
  if (args.json) io.stdout(JSON.stringify(checkJson(file, report, predictedA, args.lang), null, 2) + "\n");
  else io.stdout(renderCheck(args.lang, report, predictedA, sheetOrder));
  if (args.output !== undefined) {
    highlightIssues(input.workbook, report, args.lang);
    await writeOutput(input.workbook, args.output, args.lang);
    warnUncarried(file, input, args.lang, io.stderr);
    if (!args.json) io.stdout(t(args.lang, "cli.wrote", { file: args.output }) + "\n");
  }
  return report.issues.some((i) => i.severity === "error") ? EXIT_ERRORS : EXIT_OK;
}
