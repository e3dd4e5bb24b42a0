// The conclusion sheet (App. 5, §27): body, period, profile, the criteria table with the deducted points
// and the total, the chart of points, the analytical report, the recommendations and the signatures.

import { PENALTY_CAP, type AppealAssessment, type Evaluation, type HistoryAnalysis, type Result } from "../core";
import { formatFixed, t, type Lang, type MessageKey } from "../i18n";
import { buildActSheet } from "./act";
import { buildDisagreementsSheet } from "./disagreements";
import { breakWrappedTexts, COL_B, formHeader, labelValue, prose, signatures } from "./form-sheet";
import { buildReport } from "./report/build-report";
import { criterionTitle, findingText, formatDate, paramText, profileValueText, recommendationText } from "./report/report-text";
import type { ConclusionReport, Finding, ReportParam, ReportSection } from "./report/report-types";
import { SheetBuilder } from "./sheet-builder";
import { address, type CellValue, type SheetSpec } from "./sheet-spec";
import { sheetName } from "./templates/sheet-names";
import type { AppealState } from "./appeal-state";
import type { HistoryState } from "./history-read";
import { declineText } from "./history-text";

export interface ConclusionInput {
  evaluation: Evaluation;
  result: Result;
  lang: Lang;
  /** The workbook's App. 6 sheet: kept when the sheets are written again, and the score after the appeal. */
  appeal?: AppealState;
  /** The workbook's history sheet: the total score by period and the declines (Sys. §73). */
  history?: HistoryState;
  /** Today (ISO), for the appeal's days left. */
  today?: string;
}

/** The three generated sheets, [conclusion, verification act, disagreement table], each with its marker. */
export function buildConclusionSheets({ evaluation, result, lang, appeal, history, today }: ConclusionInput): SheetSpec[] {
  const report = buildReport(evaluation, result);
  return [
    buildConclusionSheet(report, lang, { assessment: appeal?.assessment, history: history?.analysis }),
    buildActSheet(report, lang),
    buildDisagreementsSheet(report, lang, { appeal: appeal?.reading, assessment: appeal?.assessment, today }),
  ];
}

interface ProcedureParts {
  assessment?: AppealAssessment;
  history?: HistoryAnalysis;
}

// Columns: A marker (hidden) | B № | C text | D–I numbers | J wide text.
const C = COL_B + 1;
const D = C + 1;
const E = D + 1;
const F = E + 1;
const G = F + 1;
const H = G + 1;
const I = H + 1;
const J = I + 1;
const LAST = J;
const WIDTHS = [2, 9, 46, 14, 13, 13, 12, 12, 12, 30];

/** The finding keys drawn as tables rather than as paragraphs. */
const TABLE_KEYS: ReadonlySet<string> = new Set([
  "report.finding.goals.counts",
  "report.finding.goal.line",
  "report.finding.indicator.notAchieved",
  "report.finding.indicator.partial",
  "report.finding.performance.fell",
]);

/** A number for a cell: numbers stay numbers, a computed value keeps its value (the style sets the format). */
function numberCell(value: ReportParam | undefined): CellValue {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && "as" in value) return value.value;
  return null;
}

function textCell(lang: Lang, value: ReportParam | undefined): CellValue {
  if (value === undefined || value === null || value === "") return null;
  return paramText(lang, value);
}

function sectionHeading(lang: Lang, report: ConclusionReport, section: ReportSection): string {
  if (section === "goals") return t(lang, report.kind === "central" ? "report.section.goals.central" : "report.section.goals.local");
  return t(lang, `report.section.${section}` as MessageKey);
}

function headerRow(b: SheetBuilder, row: number, cells: [number, string][], mergeLastTo?: number): void {
  cells.forEach(([column, text], i) => {
    b.value(row, column, text, "header");
    if (i === cells.length - 1 && mergeLastTo) b.merge(row, column, mergeLastTo);
  });
}

function writeHead(b: SheetBuilder, report: ConclusionReport, lang: Lang): { row: number; chartTop: number } {
  let row = formHeader(b, "conclusion", t(lang, "report.form.app5"), t(lang, "report.title.conclusion"), LAST);
  const chartTop = row;
  labelValue(b, row++, t(lang, "wb.label.bodyName"), report.body.name || null, C, D, F);
  labelValue(b, row++, t(lang, "wb.label.kind"), t(lang, `kind.${report.kind}`), C, D, F);
  labelValue(b, row++, t(lang, "wb.label.period"), report.body.period || null, C, D, F);
  const reorganization = report.reorganization;
  if (reorganization) {
    const params = {
      date: paramText(lang, { date: reorganization.date }),
      successor: reorganization.successor ? ` ${t(lang, "quote.open").trim()}${reorganization.successor}${t(lang, "quote.close")}` : "",
    };
    if (!report.evaluated) {
      b.value(row, C, t(lang, "report.status.notEvaluatedShort"), "bad");
      b.value(row, D, t(lang, "report.status.notEvaluated", params), "wrapText").merge(row, D, F);
    } else {
      b.value(row, C, t(lang, "report.status.reorganizedShort"), "label");
      b.value(row, D, t(lang, "report.status.firstHalf", params), "wrapText").merge(row, D, F);
    }
    row += 1;
  }
  row += 1;
  b.value(row++, C, t(lang, "report.label.profile"), "subtitle");
  for (const line of report.profile) {
    const label = line.option.startsWith("weights.")
      ? t(lang, "report.label.weight", { key: line.option.slice("weights.".length) })
      : t(lang, `wb.label.${line.option}` as MessageKey);
    b.value(row, C, label, "label");
    if (typeof line.value === "number") b.value(row, D, line.value, line.option.startsWith("weights.") ? "number" : "text");
    else b.value(row, D, profileValueText(lang, line.value), "wrapText");
    b.merge(row, D, E);
    const status = line.differs
      ? t(lang, "report.profile.differs", { default: profileValueText(lang, line.defaultValue) })
      : t(lang, "report.profile.default");
    b.value(row, F, status, line.differs ? "blockLabel" : "note");
    row += 1;
  }
  return { row: row + 1, chartTop };
}

/** The criteria table of App. 5; returns the next row and the rows of the criteria with points. */
function writeCriteria(
  b: SheetBuilder,
  report: ConclusionReport,
  lang: Lang,
  top: number,
  assessment?: AppealAssessment,
): { row: number; pointsFrom: number; pointsTo: number } {
  let row = top;
  headerRow(b, row++, [
    [COL_B, t(lang, "wb.col.no")],
    [C, t(lang, "report.col.criterion")],
    [D, t(lang, "wb.label.coefficient")],
    [E, t(lang, "wb.label.weight")],
    [F, t(lang, "wb.label.points")],
  ]);
  const pointsFrom = row;
  let pointsTo = row;
  for (const line of report.criteria) {
    b.value(row, COL_B, line.no, "label");
    b.value(row, C, `${line.key} — ${criterionTitle(lang, report.kind, line.key)}`, "label");
    b.value(row, D, line.coefficient, "computed");
    if (line.weight !== null) b.value(row, E, line.weight, "number");
    if (line.points !== null) {
      b.value(row, F, line.points, "computedPoints");
      pointsTo = row;
    } else {
      b.value(row, E, t(lang, "report.note.E"), "note").merge(row, E, F);
    }
    row += 1;
  }
  // Deductions are written as negative points so that the column adds up to the total.
  b.value(row, C, t(lang, "wb.label.W"), "label");
  b.value(row, F, -report.W.total, "computedPoints");
  row += 1;
  for (const part of ["late", "incomplete", "unreliable"] as const) {
    b.value(row, C, `    ${t(lang, `wb.label.${part}`)}`, "note");
    b.value(row, F, -report.W[part], "number");
    row += 1;
  }
  // With the cap on the whole W, what it gives back, so that the parts add up to W.
  if (report.deductions.cap > 0) {
    b.value(row, C, `    ${t(lang, "report.label.capTotal", { cap: PENALTY_CAP })}`, "note");
    b.value(row, F, report.deductions.cap, "number");
    row += 1;
  }
  b.value(row, C, t(lang, "wb.label.A"), "total");
  b.value(row, F, report.A, "total");
  row += 1;
  row = writeAppealTotal(b, lang, row, report.A, assessment);
  if (!report.evaluated) {
    b.value(row, C, t(lang, "report.status.analysisOnly"), "bad").merge(row, C, F);
    row += 1;
  }
  return { row: row + 1, pointsFrom, pointsTo };
}

/** Beside the total: the total score taking the appeal into account (App. 6), where objections were accepted. */
function writeAppealTotal(b: SheetBuilder, lang: Lang, top: number, original: number, assessment: AppealAssessment | undefined): number {
  let row = top;
  if (!assessment) return row;
  if (assessment.accepted > 0) {
    b.value(row, C, t(lang, "appeal.totalAfter"), "total");
    b.value(row, F, assessment.result.A, "total");
    row += 1;
    const delta = assessment.result.A - original;
    b.value(
      row,
      C,
      t(lang, "appeal.conclusion.accepted", { count: assessment.accepted, delta: `${delta > 0 ? "+" : ""}${formatFixed(lang, delta, 2)}` }),
      "note",
    ).merge(row, C, F);
    row += 1;
  }
  if (assessment.late && assessment.deadlines.objections) {
    b.value(row, C, t(lang, "appeal.late", { due: formatDate(lang, assessment.deadlines.objections.date) }), "bad").merge(row, C, F);
    row += 1;
  }
  return row;
}

/** The total score by period and the declines two or more years in a row (Sys. §73). Returns the next row. */
function writeHistory(b: SheetBuilder, lang: Lang, report: ConclusionReport, top: number, history: HistoryAnalysis): number {
  let row = top;
  b.value(row, COL_B, t(lang, "history.conclusion.heading"), "subtitle").merge(row, COL_B, LAST);
  row += 1;
  const series = ["A", "B", "D", report.kind === "central" ? "C" : "E", "W"] as const;
  headerRow(b, row++, [[C, t(lang, "history.col.period")], ...series.map((key, i) => [D + i, key] as [number, string])]);
  for (const period of history.periods) {
    b.value(row, C, period.period, "label");
    series.forEach((key, i) => b.value(row, D + i, period[key], key === "A" || key === "W" ? "computedPoints" : "computed"));
    row += 1;
  }
  if (history.declines.length === 0) {
    prose(b, row++, null, t(lang, "history.declines.none"), LAST);
  } else {
    for (const decline of history.declines) prose(b, row++, null, declineText(lang, decline), LAST, "bad");
    prose(b, row++, null, t(lang, "history.flag"), LAST, "note");
  }
  return row + 1;
}

function writeCounts(b: SheetBuilder, lang: Lang, finding: Finding, row: number): number {
  b.value(row, C, t(lang, "report.count.label"), "label");
  const keys = ["full", "partial", "notAchieved", "notCounted"] as const;
  keys.forEach((key, i) => b.value(row, D + i, t(lang, `report.count.${key}` as MessageKey), "header"));
  keys.forEach((key, i) => b.value(row + 1, D + i, numberCell(finding.params[key]), "inputNumber"));
  return row + 2;
}

function writeGoalsTable(b: SheetBuilder, lang: Lang, lines: Finding[], row: number): number {
  headerRow(b, row++, [
    [COL_B, t(lang, "wb.block.goal")],
    [C, t(lang, "report.col.name")],
    [D, "K"],
    [E, "Y"],
    [F, "X"],
  ]);
  for (const line of lines) {
    b.value(row, COL_B, line.subject?.code ?? "", "inputCode");
    b.value(row, C, line.subject?.name ?? "", "input");
    b.value(row, D, numberCell(line.params.K), "computed");
    b.value(row, E, numberCell(line.params.Y), "computed");
    b.value(row, F, numberCell(line.params.X), "computed");
    row += 1;
  }
  return row + 1;
}

function writeShortfalls(b: SheetBuilder, lang: Lang, shortfalls: Finding[], row: number): number {
  b.value(row++, C, t(lang, "report.table.shortfalls"), "blockLabel");
  headerRow(
    b,
    row++,
    [
      [COL_B, t(lang, "wb.block.goal")],
      [C, t(lang, "wb.col.indicator")],
      [D, t(lang, "wb.col.unit")],
      [E, t(lang, "wb.col.base")],
      [F, t(lang, "wb.col.plan")],
      [G, t(lang, "wb.col.fact")],
      [H, "h"],
      [I, t(lang, "report.col.reason")],
    ],
    J,
  );
  for (const finding of shortfalls) {
    const p = finding.params;
    b.value(row, COL_B, textCell(lang, p.goal), "inputCode");
    b.value(row, C, `${paramText(lang, p.code)}. ${paramText(lang, p.name)}`, "input");
    b.value(row, D, textCell(lang, p.unit), "input");
    b.value(row, E, numberCell(p.base), "inputNumber");
    b.value(row, F, typeof p.plan === "number" ? p.plan : textCell(lang, p.plan), "inputNumber");
    b.value(row, G, numberCell(p.fact), "inputNumber");
    b.value(row, H, numberCell(p.h), "computed");
    b.value(row, I, finding.quote ? finding.quote.text : t(lang, "report.table.noReason"), finding.quote ? "input" : "note").merge(
      row,
      I,
      J,
    );
    row += 1;
  }
  return row + 1;
}

function writePerformanceTable(b: SheetBuilder, lang: Lang, fell: Finding[], row: number): number {
  b.value(row++, C, t(lang, "report.table.performance"), "blockLabel");
  headerRow(b, row++, [
    [C, t(lang, "wb.col.performanceIndicator")],
    [D, t(lang, "wb.col.unit")],
    [E, t(lang, "wb.col.previous")],
    [F, t(lang, "wb.col.current")],
    [G, "S"],
  ]);
  for (const finding of fell) {
    const p = finding.params;
    b.value(row, C, textCell(lang, p.name), "input");
    b.value(row, D, textCell(lang, p.unit), "input");
    b.value(row, E, numberCell(p.previous), "inputNumber");
    b.value(row, F, numberCell(p.current), "inputNumber");
    b.value(row, G, numberCell(p.S), "computed");
    row += 1;
  }
  return row + 1;
}

function writeSection(b: SheetBuilder, report: ConclusionReport, lang: Lang, section: ReportSection, number: number, top: number): number {
  let row = top;
  b.value(row, COL_B, `${number}.`, "subtitle");
  b.value(row, C, sectionHeading(lang, report, section), "subtitle").merge(row, C, LAST);
  row += 1;
  const findings = report.findings.filter((f) => f.section === section);
  let paragraph = 0;
  const paragraphOf = (finding: Finding) => {
    paragraph += 1;
    prose(b, row++, `${number}.${paragraph}`, findingText(lang, finding), LAST);
  };
  // Paragraphs before the tables (summaries), the tables, then the remaining paragraphs in order.
  const summaries = findings.filter((f) => /^report\.finding\.\w+\.(summary|none)$/.test(f.key));
  summaries.forEach(paragraphOf);
  const counts = findings.find((f) => f.key === "report.finding.goals.counts");
  if (counts) row = writeCounts(b, lang, counts, row) + 1;
  const goalLines = findings.filter((f) => f.key === "report.finding.goal.line");
  if (goalLines.length > 0) row = writeGoalsTable(b, lang, goalLines, row);
  const shortfalls = findings.filter(
    (f) => f.key === "report.finding.indicator.notAchieved" || f.key === "report.finding.indicator.partial",
  );
  if (shortfalls.length > 0) row = writeShortfalls(b, lang, shortfalls, row);
  const fell = findings.filter((f) => f.key === "report.finding.performance.fell");
  if (fell.length > 0) row = writePerformanceTable(b, lang, fell, row);
  findings.filter((f) => !TABLE_KEYS.has(f.key) && !summaries.includes(f)).forEach(paragraphOf);
  return row + 1;
}

function buildConclusionSheet(report: ConclusionReport, lang: Lang, parts: ProcedureParts = {}): SheetSpec {
  const b = new SheetBuilder("conclusion", sheetName("conclusion", report.kind, lang));
  const head = writeHead(b, report, lang);
  const criteria = writeCriteria(b, report, lang, head.row, parts.assessment);
  const chartBottom = Math.max(criteria.row - 2, head.chartTop + 14);
  b.spec.chart = {
    title: t(lang, "report.chart.title"),
    categoriesRange: `${address(criteria.pointsFrom, C)}:${address(criteria.pointsTo, C)}`,
    valuesRange: `${address(criteria.pointsFrom, F)}:${address(criteria.pointsTo, F)}`,
    anchor: `${address(head.chartTop, G)}:${address(chartBottom, LAST)}`,
  };

  let row = criteria.row + 1;
  // The dynamics table is as wide as the sheet: it starts below the chart.
  if (parts.history) row = writeHistory(b, lang, report, Math.max(row, chartBottom + 2), parts.history);
  b.value(
    row,
    COL_B,
    t(lang, report.kind === "central" ? "report.heading.analysis.central" : "report.heading.analysis.local"),
    "title",
  ).merge(row, COL_B, LAST);
  row += 2;
  report.sections.forEach((section, i) => {
    row = writeSection(b, report, lang, section, i + 1, row);
  });

  b.value(
    row,
    COL_B,
    t(lang, report.kind === "central" ? "report.heading.recommendations.central" : "report.heading.recommendations.local"),
    "title",
  ).merge(row, COL_B, LAST);
  row += 1;
  report.recommendations.forEach((recommendation, i) => prose(b, row++, `${i + 1}.`, recommendationText(lang, recommendation), LAST));
  row += 2;
  signatures(
    b,
    lang,
    row,
    [
      { who: "report.sign.head", blanks: ["report.sign.signature", "report.sign.fullName"] },
      { who: "report.sign.subdivision", blanks: ["report.sign.signature", "report.sign.fullName"] },
    ],
    E,
    [G, H],
    LAST,
  );
  b.widths(WIDTHS);
  b.spec.hiddenColumns = [1];
  breakWrappedTexts(b.spec);
  return b.spec;
}
