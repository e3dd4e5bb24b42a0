// The reader of section 6 (risks, central bodies): each risk's name, the measures against it, and the
// expert's mark r as the core should see it.

import { cellText } from "../cell-values";
import { FIRST_COLUMN } from "../layout";
import { rawNumber } from "./input-values";
import type { SheetToRead } from "./sheet-reader";

/** The `risks` list of the evaluation JSON; empty without the sheet. */
export function readRisksSheet(sheet: SheetToRead | undefined): Record<string, unknown>[] {
  const risks: Record<string, unknown>[] = [];
  if (!sheet) return risks;
  const { reader } = sheet;
  const table = sheet.walk.tables.find((t) => t.key === "risks");
  for (const r of table?.rows ?? []) {
    const path = `risks[${risks.length}]`;
    reader.note(path, r.row, r.column("name"));
    reader.note(`${path}.r`, r.row, r.column("r"));
    const risk: Record<string, unknown> = { name: cellText(r.get("name")) ?? "", r: rawNumber(r.get("r")) };
    const measures = cellText(r.get("measures"));
    if (measures !== undefined) risk.measures = measures;
    risks.push(risk);
  }
  if (table) reader.note("risks", table.headerRow, FIRST_COLUMN);
  return risks;
}
