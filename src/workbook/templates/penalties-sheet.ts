// The reporting sheet (the input of the verification act, App. 1): the deadline and submission dates,
// the late and incomplete flags, the missing elements and the unreliable facts.

import type { UnreliableFact } from "../../core";
import { t } from "../../i18n";
import { tableName } from "../formulas";
import { FIRST_COLUMN, PENALTY_FIELDS, TABLE_COLUMNS } from "../layout";
import { SheetBuilder } from "../sheet-builder";
import type { CellValue, SheetSpec } from "../sheet-spec";
import { PENALTY_FIELDS_ROW } from "./field-cells";
import { sheetName } from "./sheet-names";
import { dateCell, titleRows, writeField, writeTable } from "./sheet-parts";
import { withTypedTexts, type TemplateOptions } from "./template-options";

export function buildPenaltiesSheet(options: TemplateOptions): SheetSpec {
  const { lang, evaluation } = options;
  const penalties = evaluation.penalties;
  const spare = options.spareRows ?? 0;
  const b = new SheetBuilder("penalties", sheetName("penalties", evaluation.body.kind, lang));
  titleRows(
    b,
    "penalties",
    t(lang, "wb.title.penalties"),
    t(lang, "wb.note.penalties"),
    FIRST_COLUMN + TABLE_COLUMNS.unreliable.length - 1,
  );
  const values: Record<string, CellValue> = {
    deadline: dateCell(penalties.deadline),
    submitted: dateCell(penalties.submitted),
    lateFlag: penalties.late ?? null,
    incompleteFlag: penalties.incomplete ?? null,
    unreliableFactCount: penalties.unreliableFactsListed ? null : (penalties.unreliableFactCount ?? null),
  };
  let row = PENALTY_FIELDS_ROW;
  for (const field of PENALTY_FIELDS) {
    writeField(b, lang, row, field, values[field.key]);
    row += 1;
  }
  row += 1;
  b.value(row, FIRST_COLUMN, t(lang, "wb.label.missingElements"), "blockLabel");
  row =
    writeTable(
      b,
      lang,
      "missing",
      tableName("missing"),
      row + 1,
      penalties.missingElements.map((element, i) => ({ no: String(i + 1), element })),
      spare,
    ) + 1;
  b.value(row, FIRST_COLUMN, t(lang, "wb.label.unreliableFacts"), "blockLabel");
  const facts = penalties.unreliableFacts.map((f: UnreliableFact, i) =>
    withTypedTexts({ no: String(i + 1), ...f }, `penalties.unreliableFacts[${i}]`, ["plan", "fact", "rechecked"], options.typedTexts),
  );
  writeTable(b, lang, "unreliable", tableName("unreliable"), row + 1, facts, spare);
  // Column B holds the fields' labels above the tables' № column: wide enough for a label on two or three lines.
  b.widths([2, 30, ...TABLE_COLUMNS.unreliable.slice(1).map((c) => c.width)]);
  b.spec.hiddenColumns = [1];
  return b.spec;
}
