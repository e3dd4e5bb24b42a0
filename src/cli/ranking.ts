// The evaluators' ranking workbook of `bagalau score … --ranking FILE.xlsx`: one row per scored body
// with A, its criteria, W and the issue counts, sorted by A from the highest, as one formatted table.

import type { Kind, Result } from "../core";
import { t, type Lang, type MessageKey } from "../i18n";
import { SheetBuilder } from "../workbook/sheet-builder";
import type { CellValue, SheetSpec, StyleName } from "../workbook/sheet-spec";

export interface RankingEntry {
  file: string;
  body: string;
  kind: Kind;
  period: string;
  result: Result;
  errors: number;
  warnings: number;
}

interface RankingColumn {
  header: MessageKey;
  width: number;
  value: (entry: RankingEntry, lang: Lang) => CellValue;
  style?: StyleName | ((entry: RankingEntry) => StyleName | undefined);
}

const coefficient = (key: "B" | "C" | "D" | "E") => (entry: RankingEntry) => entry.result.criteria[key]?.coefficient ?? null;

// Names and kinds on one line each (wide columns, no wrapping) so that every row keeps one height.
const COLUMNS: RankingColumn[] = [
  { header: "cli.ranking.col.rank", width: 6, value: () => null },
  { header: "cli.ranking.col.body", width: 50, value: (e) => e.body, style: "text" },
  { header: "cli.ranking.col.kind", width: 26, value: (e, lang) => t(lang, `kind.${e.kind}`), style: "text" },
  { header: "cli.ranking.col.period", width: 9, value: (e) => e.period },
  { header: "cli.ranking.col.A", width: 9, value: (e) => e.result.A, style: "total" },
  { header: "cli.ranking.col.B", width: 8, value: coefficient("B"), style: "computed" },
  { header: "cli.ranking.col.C", width: 8, value: coefficient("C"), style: "computed" },
  { header: "cli.ranking.col.D", width: 8, value: coefficient("D"), style: "computed" },
  { header: "cli.ranking.col.E", width: 8, value: coefficient("E"), style: "computed" },
  { header: "cli.ranking.col.W", width: 8, value: (e) => e.result.W.total, style: "computedPoints" },
  { header: "cli.ranking.col.errors", width: 9, value: (e) => e.errors, style: (e) => (e.errors > 0 ? "bad" : undefined) },
  { header: "cli.ranking.col.warnings", width: 13, value: (e) => e.warnings },
  {
    header: "cli.ranking.col.note",
    width: 24,
    value: (e, lang) => (e.result.evaluated ? null : t(lang, "cli.notEvaluated")),
    style: "wrapText",
  },
  { header: "cli.ranking.col.file", width: 24, value: (e) => e.file, style: "text" },
];

/** Highest A first; equal scores by the body's name, so the order never depends on the file order. */
function rankEntries(entries: readonly RankingEntry[]): RankingEntry[] {
  return [...entries].sort((a, b) => b.result.A - a.result.A || a.body.localeCompare(b.body) || a.file.localeCompare(b.file));
}

const RANKING_HEADER_ROW = 3;

export function buildRankingSheet(entries: readonly RankingEntry[], lang: Lang): SheetSpec {
  const b = new SheetBuilder("ranking", t(lang, "cli.ranking.sheet"));
  const last = COLUMNS.length;
  b.value(1, 1, t(lang, "cli.ranking.title"), "title").merge(1, 1, last);
  b.value(2, 1, t(lang, "cli.ranking.note", { count: entries.length }), "note").merge(2, 1, last);
  const headers = COLUMNS.map((c) => t(lang, c.header));
  headers.forEach((header, i) => b.value(RANKING_HEADER_ROW, i + 1, header, "header"));
  const ranked = rankEntries(entries);
  ranked.forEach((entry, r) => {
    const row = RANKING_HEADER_ROW + 1 + r;
    COLUMNS.forEach((column, c) => {
      const value = c === 0 ? r + 1 : column.value(entry, lang);
      const style = typeof column.style === "function" ? column.style(entry) : column.style;
      b.set(row, c + 1, style ? { value, style } : { value });
    });
  });
  if (ranked.length > 0) b.spec.tables.push({ name: "BG_RANKING", topLeft: "A3", columns: headers, rowCount: ranked.length });
  b.widths(COLUMNS.map((c) => c.width));
  b.spec.frozenRows = RANKING_HEADER_ROW;
  return b.spec;
}
