// The disagreement table (App. 6, §28–35): one row per statement of the conclusion the evaluated body may
// object to, with the objection, the decision (a drop-down) and the note left for the body and the commission.

import { t, type Lang } from "../i18n";
import { breakWrappedTexts, COL_B, formHeader, signatures } from "./form-sheet";
import { criterionTitle, findingText, type ConclusionReport, type Finding } from "./report";
import { SheetBuilder } from "./sheet-builder";
import type { SheetSpec } from "./sheet-spec";
import { sheetName } from "./templates";

// Columns: A marker (hidden) | B № | C conclusion | D objection | E decision | F note.
const C = COL_B + 1;
const D = C + 1;
const E = D + 1;
const F = E + 1;
const LAST = F;
const WIDTHS = [2, 6, 58, 44, 18, 40];

/** Empty rows after the pre-filled ones, for objections to anything else. */
export const SPARE_DISAGREEMENT_ROWS = 5;

/** The statement as the disagreement table quotes it: which criterion, then the finding. */
export function disagreementStatement(lang: Lang, report: ConclusionReport, finding: Finding): string {
  if (finding.criterion === "W") return `${t(lang, "report.dis.deductions")} — ${findingText(lang, finding)}`;
  const line = report.criteria.find((c) => c.key === finding.criterion);
  const label = t(lang, "report.dis.criterion", { no: line ? line.no : "", name: criterionTitle(lang, report.kind, finding.criterion) });
  return `${label} — ${findingText(lang, finding)}`;
}

export function buildDisagreementsSheet(report: ConclusionReport, lang: Lang): SheetSpec {
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

  const headers = [
    [COL_B, t(lang, "wb.col.no")],
    [C, t(lang, "report.dis.col.conclusion")],
    [D, t(lang, "report.dis.col.objection")],
    [E, t(lang, "report.dis.col.decision")],
    [F, t(lang, "report.dis.col.note")],
  ] as const;
  headers.forEach(([column, text]) => b.value(row, column, text, "header"));
  row += 1;
  headers.forEach(([column], i) => b.value(row, column, i + 1, "header"));
  row += 1;

  const first = row;
  const statements = report.findings.filter((f) => f.disputable);
  statements.forEach((finding, i) => {
    b.value(row, COL_B, i + 1, "label");
    b.value(row, C, disagreementStatement(lang, report, finding), "wrapText");
    b.value(row, D, null, "input");
    b.value(row, E, null, "input");
    b.value(row, F, null, "input");
    row += 1;
  });
  for (let i = 0; i < SPARE_DISAGREEMENT_ROWS; i++) {
    b.value(row, COL_B, statements.length + i + 1, "label");
    for (const column of [C, D, E, F]) b.value(row, column, null, "input");
    row += 1;
  }
  b.listValidation(first, row - 1, E, [t(lang, "report.dis.accepted"), t(lang, "report.dis.rejected")], t(lang, "wb.validation.list"));
  row += 1;

  // The commission's conclusions by criterion and the total after the appeal.
  b.value(row++, COL_B, t(lang, "report.dis.conclusions"), "blockLabel");
  for (const line of report.criteria) {
    b.value(row, COL_B, t(lang, "report.dis.onCriterion", { no: line.no, name: criterionTitle(lang, report.kind, line.key) }), "label").merge(row, COL_B, C);
    b.value(row, D, null, "input").merge(row, D, LAST);
    row += 1;
  }
  b.value(row, COL_B, t(lang, "report.dis.totalAfter"), "label").merge(row, COL_B, C);
  b.value(row, D, null, "inputNumber");
  row += 2;

  row = signatures(b, lang, row, [{ who: "report.dis.sign.chair", blanks: ["report.sign.signature", "report.sign.fullName"] }], C, [D, E], LAST);
  b.value(row++, COL_B, t(lang, "report.dis.sign.acquainted"), "label").merge(row - 1, COL_B, C);
  row = signatures(b, lang, row, [{ who: "report.act.sign.evaluated", blanks: ["report.sign.signature", "report.sign.fullName"] }], C, [D, E], LAST);
  b.value(row, E, t(lang, "report.dis.dateLine"), "text").merge(row, E, LAST);
  b.widths(WIDTHS);
  b.spec.hiddenColumns = [1];
  b.spec.protect = true;
  breakWrappedTexts(b.spec);
  return b.spec;
}
