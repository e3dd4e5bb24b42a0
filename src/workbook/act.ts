// The verification act (App. 1, §38–43): the deductions table, late submission with its dates, the
// missing elements, the unreliable facts at 0.2 each with the 5-point cap as its own line, W, the signatures.

import { PENALTY_CAP } from "../core";
import { t, type Lang } from "../i18n";
import { breakWrappedTexts, COL_B, formHeader, labelValue, prose, signatures } from "./form-sheet";
import type { ConclusionReport } from "./report/report-types";
import { SheetBuilder } from "./sheet-builder";
import type { SheetSpec } from "./sheet-spec";
import { sheetName } from "./templates/sheet-names";

// Columns: A marker (hidden) | B № | C indicator | D plan | E reported fact | F re-checked | G deduction | H note.
const C = COL_B + 1;
const D = C + 1;
const E = D + 1;
const F = E + 1;
const G = F + 1;
const H = G + 1;
const LAST = H;
const WIDTHS = [2, 6, 44, 13, 13, 15, 13, 34];

/** An ISO date as a spreadsheet date (midnight UTC), or null. */
function dateCell(iso: string | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

/** "Cap of 5 points applied:" with what the cap takes off, negative, in the deduction column (the lines above add up). */
function capLine(b: SheetBuilder, lang: Lang, row: number, cap: number, on: "unreliable" | "total"): void {
  const key = on === "total" ? "report.act.capTotal" : "report.act.capUnreliable";
  b.value(row, C, t(lang, key, { cap: PENALTY_CAP }), "label").merge(row, C, F);
  b.value(row, G, -cap, "computedPoints");
}

/** "Deduction, points:" with the points in the deduction column. */
function deductionLine(b: SheetBuilder, lang: Lang, row: number, points: number, total = false): void {
  b.value(row, C, t(lang, total ? "report.act.totalDeduction" : "report.act.deduction"), total ? "total" : "label").merge(row, C, F);
  b.value(row, G, points, total ? "total" : "computedPoints");
}

export function buildActSheet(report: ConclusionReport, lang: Lang): SheetSpec {
  const b = new SheetBuilder("act", sheetName("act", report.kind, lang));
  const { late, incomplete, unreliable } = report.deductions;
  let row = formHeader(b, "act", t(lang, "report.form.app1"), t(lang, "report.act.title"), LAST);
  labelValue(b, row++, t(lang, "wb.label.bodyName"), report.body.name || null, C, D, LAST);
  labelValue(b, row++, t(lang, "wb.label.period"), report.body.period || null, C, D, LAST);
  row += 1;

  // The summary table: № / name / deducted points.
  b.value(row, COL_B, t(lang, "wb.col.no"), "header");
  b.value(row, C, t(lang, "report.act.col.name"), "header").merge(row, C, F);
  b.value(row, G, t(lang, "wb.label.W"), "header");
  row += 1;
  const parts = [
    ["report.act.row.late", late.points],
    ["report.act.row.incomplete", incomplete.points],
    ["report.act.row.unreliable", unreliable.points],
  ] as const;
  parts.forEach(([key, points], i) => {
    b.value(row, COL_B, i + 1, "text");
    b.value(row, C, t(lang, key), "label").merge(row, C, F);
    b.value(row, G, points, "computedPoints");
    row += 1;
  });
  if (report.deductions.cap > 0) capLine(b, lang, row++, report.deductions.cap, "total");
  b.value(row, C, t(lang, "report.act.total"), "total").merge(row, C, F);
  b.value(row, G, report.deductions.total, "total");
  row += 2;

  // 1. Late submission.
  prose(b, row, "1.", t(lang, "report.act.deadline"), F, "label");
  b.value(row++, G, dateCell(late.deadline) ?? t(lang, "report.act.notGiven"), late.deadline ? "inputDate" : "note");
  prose(b, row, null, t(lang, "report.act.submitted"), F, "label");
  b.value(row++, G, dateCell(late.submitted) ?? t(lang, "report.act.notGiven"), late.submitted ? "inputDate" : "note");
  if (late.flagged) prose(b, row++, null, t(lang, "report.act.lateFlag"), LAST, "note");
  deductionLine(b, lang, row++, late.points);
  row += 1;

  // 2. Incomplete information.
  prose(b, row++, "2.", t(lang, "report.act.missingIntro"), LAST);
  if (incomplete.elements.length > 0) {
    incomplete.elements.forEach((element, i) => prose(b, row++, `${i + 1})`, element, LAST, "input"));
  } else {
    prose(b, row++, null, t(lang, incomplete.flagged ? "report.act.incompleteFlag" : "report.act.noneMissing"), LAST, "note");
  }
  deductionLine(b, lang, row++, incomplete.points);
  row += 1;

  // 3. Unreliable information.
  prose(b, row++, "3.", t(lang, "report.act.unreliableIntro"), LAST);
  const headers = [
    [COL_B, "wb.col.no"],
    [C, "report.act.col.indicator"],
    [D, "report.act.col.plan"],
    [E, "report.act.col.fact"],
    [F, "report.act.col.rechecked"],
    [G, "report.act.col.deduction"],
    [H, "wb.col.note"],
  ] as const;
  headers.forEach(([column, key]) => b.value(row, column, t(lang, key), "header"));
  row += 1;
  unreliable.facts.forEach((fact, i) => {
    b.value(row, COL_B, i + 1, "text");
    b.value(row, C, fact.indicator, "input");
    b.value(row, D, fact.plan, "inputNumber");
    b.value(row, E, fact.fact, "inputNumber");
    b.value(row, F, fact.rechecked, "inputNumber");
    b.value(row, G, unreliable.perFact, "computedPoints");
    b.value(row, H, fact.note ?? null, "input");
    row += 1;
  });
  if (unreliable.facts.length === 0 && unreliable.count > 0) {
    // Only their number was given: one line for all of them, count · per fact.
    prose(b, row, null, t(lang, "report.act.countOnly", { count: unreliable.count, perFact: unreliable.perFact }), F, "note");
    b.value(row++, G, unreliable.uncapped, "computedPoints");
  } else if (unreliable.facts.length === 0) {
    prose(b, row++, null, t(lang, "report.act.noneUnreliable"), LAST, "note");
  }
  if (unreliable.count > 0 && unreliable.belowThreshold)
    prose(b, row++, null, t(lang, "report.act.belowThreshold", { threshold: unreliable.threshold }), LAST, "note");
  if (unreliable.cap > 0) capLine(b, lang, row++, unreliable.cap, "unreliable");
  deductionLine(b, lang, row++, unreliable.points);
  row += 1;
  if (report.deductions.cap > 0) capLine(b, lang, row++, report.deductions.cap, "total");
  deductionLine(b, lang, row++, report.deductions.total, true);
  row += 2;

  signatures(
    b,
    lang,
    row,
    [
      { who: "report.act.sign.authorized", blanks: ["report.sign.date", "report.sign.signature", "report.sign.fullName"] },
      { who: "report.act.sign.evaluated", blanks: ["report.sign.date", "report.sign.signature", "report.sign.fullName"] },
    ],
    D,
    [E, F, G],
    LAST,
  );
  b.widths(WIDTHS);
  b.spec.hiddenColumns = [1];
  breakWrappedTexts(b.spec);
  return b.spec;
}
