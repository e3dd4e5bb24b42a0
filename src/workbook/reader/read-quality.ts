// The reader of section 2 (quality): one table row per sphere or direction, rows sharing a sphere code
// being that sphere's directions, with q1 and q2 as the core should see them.

import { FIRST_COLUMN } from "../layout";
import { cellText, isBlankCell } from "../cell-values";
import { rawNumber } from "./input-values";
import type { SheetToRead } from "./sheet-reader";

/** The `quality` list of the evaluation JSON; empty without the sheet. */
export function readQualitySheet(sheet: SheetToRead | undefined): Record<string, unknown>[] {
  const quality: Record<string, unknown>[] = [];
  if (!sheet) return quality;
  const { reader } = sheet;
  const table = sheet.walk.tables.find((t) => t.key === "quality");
  const spheres = new Map<string, Record<string, unknown>>();
  for (const r of table?.rows ?? []) {
    const sphereCode = cellText(r.get("sphereCode")) ?? String(quality.length + 1);
    const directionCode = cellText(r.get("directionCode"));
    let sphere = spheres.get(sphereCode);
    if (!sphere) {
      sphere = { code: sphereCode, name: cellText(r.get("sphere")) ?? "" };
      spheres.set(sphereCode, sphere);
      quality.push(sphere);
    }
    const sphereIndex = quality.indexOf(sphere);
    if (directionCode === undefined && isBlankCell(r.get("direction"))) {
      const path = `quality[${sphereIndex}]`;
      reader.note(path, r.row, r.column("sphere") ?? r.column("sphereCode"));
      reader.note(`${path}.q1`, r.row, r.column("q1"));
      reader.note(`${path}.q2`, r.row, r.column("q2"));
      sphere.q1 = rawNumber(r.get("q1"));
      sphere.q2 = rawNumber(r.get("q2"));
    } else {
      const directions = (sphere.directions ??= []) as Record<string, unknown>[];
      const path = `quality[${sphereIndex}].directions[${directions.length}]`;
      reader.note(path, r.row, r.column("direction") ?? r.column("directionCode"));
      reader.note(`${path}.q1`, r.row, r.column("q1"));
      reader.note(`${path}.q2`, r.row, r.column("q2"));
      directions.push({
        code: directionCode ?? `${sphereCode}.${directions.length + 1}`,
        name: cellText(r.get("direction")) ?? "",
        q1: rawNumber(r.get("q1")),
        q2: rawNumber(r.get("q2")),
      });
    }
  }
  if (table) reader.note("quality", table.headerRow, FIRST_COLUMN);
  return quality;
}
