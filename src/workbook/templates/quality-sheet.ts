// The section 2 sheet (quality): one row per sphere, or per direction of a sphere that has them, with
// the q1 and q2 drop-downs.

import type { QualitySphere } from "../../core";
import { t } from "../../i18n";
import { tableName } from "../formulas";
import { FIRST_COLUMN, TABLE_COLUMNS } from "../layout";
import { SheetBuilder } from "../sheet-builder";
import type { SheetSpec } from "../sheet-spec";
import { sheetName } from "./sheet-names";
import { titleRows, writeTable } from "./sheet-parts";
import { withTypedTexts, type TemplateOptions } from "./template-options";

function qualityRecords(spheres: readonly QualitySphere[], texts?: ReadonlyMap<string, string>): Record<string, unknown>[] {
  return spheres.flatMap((sphere, i) =>
    sphere.directions.length === 0
      ? [
          withTypedTexts(
            { sphereCode: sphere.code, sphere: sphere.name, q1: sphere.q1, q2: sphere.q2 },
            `quality[${i}]`,
            ["q1", "q2"],
            texts,
          ),
        ]
      : sphere.directions.map((d, j) =>
          withTypedTexts(
            { sphereCode: sphere.code, sphere: sphere.name, directionCode: d.code, direction: d.name, q1: d.q1, q2: d.q2 },
            `quality[${i}].directions[${j}]`,
            ["q1", "q2"],
            texts,
          ),
        ),
  );
}

export function buildQualitySheet(options: TemplateOptions): SheetSpec {
  const { lang, evaluation } = options;
  const kind = evaluation.body.kind;
  const b = new SheetBuilder("quality", sheetName("quality", kind, lang));
  const columns = TABLE_COLUMNS.quality;
  titleRows(
    b,
    "quality",
    t(lang, kind === "central" ? "wb.title.quality.central" : "wb.title.quality.local"),
    t(lang, "wb.note.quality"),
    FIRST_COLUMN + columns.length - 1,
  );
  writeTable(b, lang, "quality", tableName("quality"), 4, qualityRecords(evaluation.quality, options.typedTexts), options.spareRows ?? 0);
  // The q1 and q2 headers hold a long word each («проблемалар», «мақсаттармен»): room for it on one line.
  b.widths([2, ...columns.map((c) => (c.kind === "expert" ? Math.max(c.width, 14) : c.width))]);
  b.spec.frozenRows = 4;
  b.spec.hiddenColumns = [1];
  return b.spec;
}
