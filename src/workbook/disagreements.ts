// The disagreement table (App. 6, §28–35) as an editable sheet: the appeal's dates and deadlines (live
// formulas, days left, passed deadlines flagged), the days moved by act, one row per statement of the
// conclusion with the objection, the decision (a drop-down), the rationale and the input an accepted
// objection changes, then the commission's conclusions and the total score after the appeal.
// Written again, it keeps everything typed on the sheet it replaces (an AppealReading).

import {
  appealDeadlines,
  parseChangePath,
  FINAL_CALENDAR_DAYS,
  OBJECTION_WORKING_DAYS,
  TABLE_WORKING_DAYS,
  type AppealAssessment,
  type AppealDeadline,
  type AppealDeadlines,
} from "../core";
import { t, type Lang, type MessageKey } from "../i18n";
import { APPEAL_COLUMN, APPEAL_MARKER, DEADLINE_COLUMN, MOVED_DAY_COLUMN, MOVED_DAY_ROWS } from "./appeal-layout";
import type { AppealReading, AppealRow } from "./appeal-read";
import { parseTarget, targetOfFinding, targetText } from "./appeal-targets";
import { breakWrappedTexts, COL_B, formHeader, signatures } from "./form-sheet";
import { textLiteral } from "./formulas";
import { criterionTitle, findingText } from "./report/report-text";
import type { ConclusionReport, Finding } from "./report/report-types";
import { SheetBuilder } from "./sheet-builder";
import { address, type CellValue, type SheetSpec, type StyleName } from "./sheet-spec";
import { sheetName } from "./templates/sheet-names";

const C = APPEAL_COLUMN.conclusion;
const D = APPEAL_COLUMN.objection;
const E = APPEAL_COLUMN.decision;
const F = APPEAL_COLUMN.rationale;
const G = APPEAL_COLUMN.target;
const H = APPEAL_COLUMN.value;
const LAST = H;
const WIDTHS = [2, 6, 58, 44, 18, 40, 34, 14];

/** Empty rows after the pre-filled ones, for objections to anything else. */
const SPARE_DISAGREEMENT_ROWS = 5;

export interface DisagreementsOptions {
  /** What the sheet being replaced held: written again so that nothing typed is lost. */
  appeal?: AppealReading;
  /** The appeal assessed (for the total score after it). */
  assessment?: AppealAssessment;
  /** Today (ISO), for the cached days left; Excel counts them again from its own TODAY(). */
  today?: string;
}

/** The statement as the disagreement table quotes it: which criterion, then the finding. */
function disagreementStatement(lang: Lang, report: ConclusionReport, finding: Finding): string {
  if (finding.criterion === "W") return `${t(lang, "report.dis.deductions")} — ${findingText(lang, finding)}`;
  const line = report.criteria.find((c) => c.key === finding.criterion);
  const label = t(lang, "report.dis.criterion", { no: line ? line.no : "", name: criterionTitle(lang, report.kind, finding.criterion) });
  return `${label} — ${findingText(lang, finding)}`;
}

/** One row of the table to write. */
interface TableLine {
  /** The statement it quotes, for the row's hidden marker. */
  statementId?: string;
  conclusion: string;
  objection: string;
  decision: CellValue;
  rationale: string;
  target: string;
  value: CellValue;
}

/** A target typed or pre-filled in another language, written in this one (a path or unknown text as typed). */
function localizedTarget(lang: Lang, text: string): string {
  if (parseChangePath(text)) return text;
  const target = parseTarget(text);
  return target ? targetText(lang, target) : text;
}

const folded = (text: string) => text.replace(/\s+/g, " ").trim();

/** What identifies a statement of the conclusion across languages: its kind of finding and what it is about. */
function statementIdOf(finding: Finding): string {
  return `${finding.key.replace(/^report\.finding\./, "")}@${finding.path ?? ""}`;
}

function hasTypedInput(row: AppealRow): boolean {
  return row.objection !== "" || row.decision !== undefined || row.decisionText !== undefined || row.rationale !== "" || row.value !== null;
}

/**
 * The rows: each statement of the conclusion in order — with what was typed beside the same statement
 * before, if anything — then the rows typed by hand that match no statement, in their order.
 */
function tableLines(lang: Lang, report: ConclusionReport, appeal: AppealReading | undefined): TableLine[] {
  const kept = (appeal?.rows ?? []).filter(hasTypedInput);
  const decisionCell = (row: AppealRow): CellValue =>
    row.decision ? t(lang, row.decision === "accepted" ? "report.dis.accepted" : "report.dis.rejected") : (row.decisionText ?? null);
  const fromRow = (row: AppealRow, conclusion: string, target: string, statementId = row.statementId): TableLine => ({
    ...(statementId !== undefined ? { statementId } : {}),
    conclusion,
    objection: row.objection,
    decision: decisionCell(row),
    rationale: row.rationale,
    target: row.targetText !== "" ? localizedTarget(lang, row.targetText) : target,
    value: row.value,
  });
  const lines: TableLine[] = [];
  for (const finding of report.findings.filter((f) => f.disputable)) {
    const statement = disagreementStatement(lang, report, finding);
    const statementId = statementIdOf(finding);
    const target = targetOfFinding(finding.path, finding.key);
    const targetLabel = target ? targetText(lang, target) : "";
    // The same statement: by its hidden marker (whatever the language), else by its words.
    let index = kept.findIndex((row) => row.statementId === statementId);
    if (index < 0) index = kept.findIndex((row) => folded(row.conclusionText) === folded(statement));
    if (index >= 0) {
      lines.push(fromRow(kept[index], statement, targetLabel, statementId));
      kept.splice(index, 1);
    } else {
      lines.push({ statementId, conclusion: statement, objection: "", decision: null, rationale: "", target: targetLabel, value: null });
    }
  }
  for (const row of kept) lines.push(fromRow(row, folded(row.conclusionText), ""));
  return lines;
}

function dateCell(iso: string | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

function statusText(lang: Lang, deadline: AppealDeadline | undefined): string {
  return deadline?.status ? t(lang, `appeal.status.${deadline.status}` as MessageKey) : "";
}

function safeDeadlines(appeal: AppealReading | undefined, today: string | undefined): AppealDeadlines {
  if (!appeal) return {};
  try {
    return appealDeadlines(appeal.input, today);
  } catch {
    return {};
  }
}

/** The deadlines block: two dates typed, three deadlines computed by live formulas. Returns the next row. */
function writeDeadlines(
  b: SheetBuilder,
  lang: Lang,
  top: number,
  appeal: AppealReading | undefined,
  today: string | undefined,
  movedDays: { from: number; to: number },
): number {
  const deadlines = safeDeadlines(appeal, today);
  let row = top;
  b.value(row, COL_B, t(lang, "appeal.block.deadlines"), "blockLabel").merge(row, COL_B, LAST);
  row += 1;
  b.value(row, COL_B, t(lang, "appeal.col.event"), "header").merge(row, COL_B, C);
  b.value(row, DEADLINE_COLUMN.date, t(lang, "appeal.col.date"), "header");
  b.value(row, DEADLINE_COLUMN.daysLeft, t(lang, "appeal.col.daysLeft"), "header");
  b.value(row, DEADLINE_COLUMN.status, t(lang, "appeal.col.status"), "header");
  row += 1;
  const daysOff = `${address(movedDays.from, MOVED_DAY_COLUMN.dayOff)}:${address(movedDays.to, MOVED_DAY_COLUMN.dayOff)}`;
  const workingDays = `${address(movedDays.from, MOVED_DAY_COLUMN.workingDay)}:${address(movedDays.to, MOVED_DAY_COLUMN.workingDay)}`;
  const rows = { conclusionReceived: row, objectionsDue: row + 1, objectionsReceived: row + 2, tableDue: row + 3, finalDue: row + 4 };
  const dateAt = (r: number) => address(r, DEADLINE_COLUMN.date);
  const received = dateAt(rows.conclusionReceived);
  const objections = dateAt(rows.objectionsReceived);

  const input = (r: number, marker: string, label: MessageKey, iso: string | undefined) => {
    b.marker(r, marker);
    b.value(r, COL_B, t(lang, label), "label").merge(r, COL_B, C);
    b.value(r, DEADLINE_COLUMN.date, dateCell(iso), "inputDate");
  };
  const due = (r: number, marker: string, label: MessageKey, formula: string, deadline: AppealDeadline | undefined, status: string) => {
    b.marker(r, marker);
    b.value(r, COL_B, t(lang, label), "label").merge(r, COL_B, C);
    const date = dateAt(r);
    b.formula(r, DEADLINE_COLUMN.date, formula, deadline ? dateCell(deadline.date) : "", "computedDate");
    b.formula(
      r,
      DEADLINE_COLUMN.daysLeft,
      `IF(${date}="","",${date}-TODAY())`,
      deadline && deadline.daysLeft !== null ? deadline.daysLeft : "",
      "label",
    );
    const flagged = deadline?.status === "passed" || deadline?.status === "missed";
    const style: StyleName = flagged ? "bad" : "label";
    b.formula(r, DEADLINE_COLUMN.status, status, statusText(lang, deadline), style);
  };
  const word = (key: MessageKey) => textLiteral(t(lang, key));
  const openOrPassed = (date: string) =>
    `IF(${date}="","",IF(TODAY()>${date},${word("appeal.status.passed")},${word("appeal.status.open")}))`;

  input(rows.conclusionReceived, APPEAL_MARKER.conclusionReceived, "appeal.label.conclusionReceived", appeal?.input.conclusionReceived);
  const objectionsDue = dateAt(rows.objectionsDue);
  due(
    rows.objectionsDue,
    APPEAL_MARKER.objectionsDue,
    "appeal.label.objectionsDue",
    `IF(${received}="","",BAGALAU.DEADLINE(${received},${OBJECTION_WORKING_DAYS},${daysOff},${workingDays}))`,
    deadlines.objections,
    `IF(${objectionsDue}="","",IF(${objections}<>"",IF(${objections}>${objectionsDue},${word("appeal.status.missed")},${word("appeal.status.met")}),IF(TODAY()>${objectionsDue},${word("appeal.status.passed")},${word("appeal.status.open")})))`,
  );
  input(rows.objectionsReceived, APPEAL_MARKER.objectionsReceived, "appeal.label.objectionsReceived", appeal?.input.objectionsReceived);
  due(
    rows.tableDue,
    APPEAL_MARKER.tableDue,
    "appeal.label.tableDue",
    `IF(${objections}="","",BAGALAU.DEADLINE(${objections},${TABLE_WORKING_DAYS},${daysOff},${workingDays}))`,
    deadlines.table,
    openOrPassed(dateAt(rows.tableDue)),
  );
  due(
    rows.finalDue,
    APPEAL_MARKER.finalDue,
    "appeal.label.finalDue",
    `IF(${objections}="","",${objections}+${FINAL_CALENDAR_DAYS})`,
    deadlines.final,
    openOrPassed(dateAt(rows.finalDue)),
  );
  row = rows.finalDue + 1;
  b.value(row, COL_B, t(lang, "appeal.note.dates"), "note").merge(row, COL_B, LAST);
  return row + 2;
}

/** Rows of the deadlines block before the moved days: the label, the header, five dates, the note, a gap. */
const DEADLINE_BLOCK_ROWS = 9;

function writeMovedDays(b: SheetBuilder, lang: Lang, top: number, appeal: AppealReading | undefined): number {
  let row = top;
  b.marker(row, APPEAL_MARKER.movedDays);
  b.value(row, COL_B, t(lang, "appeal.days.title"), "label").merge(row, COL_B, C);
  b.value(row, MOVED_DAY_COLUMN.dayOff, t(lang, "appeal.days.off"), "header");
  b.value(row, MOVED_DAY_COLUMN.workingDay, t(lang, "appeal.days.working"), "header");
  row += 1;
  const off = appeal?.input.adjustments?.extraDaysOff ?? [];
  const working = appeal?.input.adjustments?.extraWorkingDays ?? [];
  const count = Math.max(MOVED_DAY_ROWS, off.length, working.length);
  for (let i = 0; i < count; i++) {
    b.value(row, MOVED_DAY_COLUMN.dayOff, dateCell(off[i]), "inputDate");
    b.value(row, MOVED_DAY_COLUMN.workingDay, dateCell(working[i]), "inputDate");
    row += 1;
  }
  b.marker(row, APPEAL_MARKER.movedDaysEnd);
  return row + 1;
}

function movedDayRows(appeal: AppealReading | undefined): number {
  const adjustments = appeal?.input.adjustments;
  return Math.max(MOVED_DAY_ROWS, adjustments?.extraDaysOff?.length ?? 0, adjustments?.extraWorkingDays?.length ?? 0);
}

export function buildDisagreementsSheet(report: ConclusionReport, lang: Lang, options: DisagreementsOptions = {}): SheetSpec {
  const { appeal, assessment, today } = options;
  const b = new SheetBuilder("disagreements", sheetName("disagreements", report.kind, lang));
  let row = formHeader(b, "disagreements", t(lang, "report.form.app6"), t(lang, "report.dis.title"), LAST);
  b.value(row, COL_B, report.body.name || null, "subtitle").merge(row, COL_B, LAST);
  row += 1;
  b.value(row, COL_B, t(lang, "report.dis.bodyCaption"), "note").merge(row, COL_B, LAST);
  row += 1;
  b.value(row, COL_B, t(lang, "report.dis.direction"), "wrapText").merge(row, COL_B, LAST);
  row += 1;
  b.value(row, COL_B, t(lang, "report.dis.note"), "note").merge(row, COL_B, LAST);
  row += 2;

  // The moved days come after the deadlines, whose formulas refer to them: their rows are known in advance.
  const movedTop = row + DEADLINE_BLOCK_ROWS;
  const movedDays = { from: movedTop + 1, to: movedTop + movedDayRows(appeal) };
  row = writeDeadlines(b, lang, row, appeal, today, movedDays);
  row = writeMovedDays(b, lang, row, appeal) + 1;

  const headers = [
    [COL_B, t(lang, "wb.col.no")],
    [C, t(lang, "report.dis.col.conclusion")],
    [D, t(lang, "report.dis.col.objection")],
    [E, t(lang, "report.dis.col.decision")],
    [F, t(lang, "report.dis.col.note")],
    [G, t(lang, "appeal.col.target")],
    [H, t(lang, "appeal.col.value")],
  ] as const;
  b.marker(row, APPEAL_MARKER.table);
  headers.forEach(([column, text]) => b.value(row, column, text, "header"));
  row += 1;
  b.marker(row, APPEAL_MARKER.columnNumbers);
  headers.forEach(([column], i) => b.value(row, column, i + 1, "header"));
  row += 1;

  const first = row;
  const lines = tableLines(lang, report, appeal);
  lines.forEach((line, i) => {
    if (line.statementId !== undefined) b.marker(row, APPEAL_MARKER.row(line.statementId));
    b.value(row, COL_B, i + 1, "label");
    b.value(row, C, line.conclusion || null, "wrapText");
    b.value(row, D, line.objection || null, "input");
    b.value(row, E, line.decision, "input");
    b.value(row, F, line.rationale || null, "input");
    b.value(row, G, line.target || null, "input");
    b.value(row, H, line.value, "inputNumber");
    row += 1;
  });
  for (let i = 0; i < SPARE_DISAGREEMENT_ROWS; i++) {
    b.value(row, COL_B, lines.length + i + 1, "label");
    for (const column of [C, D, E, F, G]) b.value(row, column, null, "input");
    b.value(row, H, null, "inputNumber");
    row += 1;
  }
  b.listValidation(first, row - 1, E, [t(lang, "report.dis.accepted"), t(lang, "report.dis.rejected")], t(lang, "wb.validation.list"));
  b.marker(row, APPEAL_MARKER.tableEnd);
  b.value(row, COL_B, t(lang, "appeal.note.change"), "note").merge(row, COL_B, LAST);
  row += 2;

  // The commission's conclusions by criterion and the total after the appeal.
  b.value(row++, COL_B, t(lang, "report.dis.conclusions"), "blockLabel");
  for (const line of report.criteria) {
    b.marker(row, APPEAL_MARKER.criterion(line.key));
    b.value(
      row,
      COL_B,
      t(lang, "report.dis.onCriterion", { no: line.no, name: criterionTitle(lang, report.kind, line.key) }),
      "label",
    ).merge(row, COL_B, C);
    b.value(row, D, appeal?.criterionConclusions[line.key] ?? null, "input").merge(row, D, LAST);
    row += 1;
  }
  b.marker(row, APPEAL_MARKER.totalAfter);
  b.value(row, COL_B, t(lang, "report.dis.totalAfter"), "label").merge(row, COL_B, C);
  const decided = assessment?.outcomes.some((o) => o.decision !== "undecided" || o.status === "late") ?? false;
  if (assessment && decided) {
    b.value(row, D, assessment.result.A, "computedPoints");
    b.value(row, E, t(lang, "appeal.note.totalAfter"), "note").merge(row, E, LAST);
  } else {
    b.value(row, D, null, "inputNumber");
  }
  row += 2;

  row = signatures(
    b,
    lang,
    row,
    [{ who: "report.dis.sign.chair", blanks: ["report.sign.signature", "report.sign.fullName"] }],
    C,
    [D, E],
    LAST,
  );
  b.value(row++, COL_B, t(lang, "report.dis.sign.acquainted"), "label").merge(row - 1, COL_B, C);
  row = signatures(
    b,
    lang,
    row,
    [{ who: "report.act.sign.evaluated", blanks: ["report.sign.signature", "report.sign.fullName"] }],
    C,
    [D, E],
    LAST,
  );
  b.value(row, E, t(lang, "report.dis.dateLine"), "text").merge(row, E, LAST);
  b.widths(WIDTHS);
  b.spec.hiddenColumns = [1];
  b.spec.protect = true;
  breakWrappedTexts(b.spec);
  return b.spec;
}
