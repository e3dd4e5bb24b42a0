// The App. 4 sheet (performance, local bodies): the six indicators of App. 4 in the sheet's language (or
// the body's own), with their previous and current values.

import type { PerformanceEntry } from "../../core";
import { PERFORMANCE_INDICATORS } from "../../data/performance-indicators";
import { t, type Lang } from "../../i18n";
import { tableName } from "../formulas";
import { FIRST_COLUMN, TABLE_COLUMNS } from "../layout";
import { SheetBuilder } from "../sheet-builder";
import type { SheetSpec } from "../sheet-spec";
import { sheetName } from "./sheet-names";
import { titleRows, writeTable } from "./sheet-parts";
import { withTypedTexts, type TemplateOptions } from "./template-options";

function performanceRecords(
  lang: Lang,
  entries: readonly PerformanceEntry[],
  texts?: ReadonlyMap<string, string>,
): Record<string, unknown>[] {
  const source =
    entries.length > 0
      ? entries
      : PERFORMANCE_INDICATORS.map((p): PerformanceEntry => ({ key: p.key, better: p.better, previous: null, current: null }));
  return source.map((entry, i) => {
    const known = PERFORMANCE_INDICATORS.find((p) => p.key === entry.key);
    return withTypedTexts(
      {
        key: entry.key,
        name: known ? known.name[lang] : entry.name,
        unit: known ? known.unit[lang] : entry.unit,
        better: entry.better,
        previous: entry.previous,
        current: entry.current,
      },
      `performance[${i}]`,
      ["previous", "current"],
      texts,
    );
  });
}

export function buildPerformanceSheet(options: TemplateOptions): SheetSpec {
  const { lang, evaluation } = options;
  const b = new SheetBuilder("performance", sheetName("performance", "local", lang));
  const columns = TABLE_COLUMNS.performance;
  titleRows(b, "performance", t(lang, "wb.title.performance"), t(lang, "wb.note.performance"), FIRST_COLUMN + columns.length - 1);
  writeTable(b, lang, "performance", tableName("performance"), 4, performanceRecords(lang, evaluation.performance, options.typedTexts), 0);
  b.widths([2, ...columns.map((c) => c.width)]);
  b.spec.frozenRows = 4;
  b.spec.hiddenColumns = [1];
  return b.spec;
}
