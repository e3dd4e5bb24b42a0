// The reader of the App. 4 performance sheet (local bodies): each indicator found by its key, else by
// its name in any language, else by its position, with the previous and current values.

import { PERFORMANCE_INDICATORS } from "../../data/performance-indicators";
import { LANGS } from "../../i18n";
import { cellText } from "../cell-values";
import { FIRST_COLUMN, normalizeHeader } from "../layout";
import { BETTER_WORDS, rawNumber } from "./input-values";
import type { SheetToRead } from "./sheet-reader";

/** The `performance` list of the evaluation JSON; empty without the sheet. */
export function readPerformanceSheet(sheet: SheetToRead | undefined): Record<string, unknown>[] {
  const performance: Record<string, unknown>[] = [];
  if (!sheet) return performance;
  const { reader } = sheet;
  const table = sheet.walk.tables.find((t) => t.key === "performance");
  (table?.rows ?? []).forEach((r, i) => {
    const path = `performance[${performance.length}]`;
    const name = cellText(r.get("name"));
    const byName = PERFORMANCE_INDICATORS.find(
      (p) => name !== undefined && LANGS.some((l) => normalizeHeader(p.name[l]) === normalizeHeader(name)),
    );
    const key = cellText(r.get("key")) ?? byName?.key ?? PERFORMANCE_INDICATORS[i]?.key ?? `indicator${i + 1}`;
    reader.note(path, r.row, r.column("name") ?? r.column("key"));
    reader.note(`${path}.previous`, r.row, r.column("previous"));
    reader.note(`${path}.current`, r.row, r.column("current"));
    const entry: Record<string, unknown> = { key, previous: rawNumber(r.get("previous")), current: rawNumber(r.get("current")) };
    const better = reader.word(r.row, r.column("better"), BETTER_WORDS, `${path}.better`, ["wb.value.higher", "wb.value.lower"]);
    const known = PERFORMANCE_INDICATORS.some((p) => p.key === key);
    if (better) entry.better = better;
    else if (!known) entry.better = "higher";
    if (!known && name !== undefined) entry.name = name;
    performance.push(entry);
  });
  if (table) reader.note("performance", table.headerRow, FIRST_COLUMN);
  return performance;
}
