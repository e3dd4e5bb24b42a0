// The section 6 sheet (risks, central bodies): each risk, the measures against it and the expert's mark r.

import type { Risk } from "../../core";
import { t } from "../../i18n";
import { tableName } from "../formulas";
import { FIRST_COLUMN, TABLE_COLUMNS } from "../layout";
import { SheetBuilder } from "../sheet-builder";
import type { SheetSpec } from "../sheet-spec";
import { sheetName } from "./sheet-names";
import { titleRows, writeTable } from "./sheet-parts";
import { withTypedTexts, type TemplateOptions } from "./template-options";

export function buildRisksSheet(options: TemplateOptions): SheetSpec {
  const { lang, evaluation } = options;
  const b = new SheetBuilder("risks", sheetName("risks", "central", lang));
  const columns = TABLE_COLUMNS.risks;
  titleRows(b, "risks", t(lang, "wb.title.risks"), t(lang, "wb.note.risks"), FIRST_COLUMN + columns.length - 1);
  const records = evaluation.risks.map((risk: Risk, i) =>
    withTypedTexts({ no: String(i + 1), name: risk.name, measures: risk.measures, r: risk.r }, `risks[${i}]`, ["r"], options.typedTexts),
  );
  writeTable(b, lang, "risks", tableName("risks"), 4, records, options.spareRows ?? 0);
  b.widths([2, ...columns.map((c) => c.width)]);
  b.spec.frozenRows = 4;
  b.spec.hiddenColumns = [1];
  return b.spec;
}
