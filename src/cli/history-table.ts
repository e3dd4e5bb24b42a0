// The history as the command line prints it: one line per period (A, B, C, D, E, W) and the declines two or
// more years in a row (Sys. §73), or that there is none.

import type { HistoryAnalysis } from "../core";
import { t, type Lang } from "../i18n";
import { declineText, seriesValueText } from "../workbook/history-text";

const SERIES = ["A", "B", "C", "D", "E", "W"] as const;

export function renderHistoryTable(analysis: HistoryAnalysis, lang: Lang, body: string): string {
  const lines = [t(lang, "cli.history.title", { body: body || "—", count: analysis.periods.length }), ""];
  const periodWidth = Math.max(t(lang, "history.col.period").length, ...analysis.periods.map((p) => p.period.length)) + 2;
  const width = 10;
  const cells = (first: string, rest: string[]) => first.padEnd(periodWidth) + rest.map((c) => c.padStart(width)).join("");
  lines.push(cells(t(lang, "history.col.period"), [...SERIES]));
  for (const period of analysis.periods)
    lines.push(
      cells(
        period.period,
        SERIES.map((key) => seriesValueText(lang, key, period[key])),
      ),
    );
  lines.push("");
  lines.push(t(lang, "history.declines.title"));
  if (analysis.declines.length === 0) lines.push(`  ${t(lang, "history.declines.none")}`);
  else {
    for (const decline of analysis.declines) lines.push(`! ${declineText(lang, decline)}`);
    lines.push(`  ${t(lang, "history.flag")}`);
  }
  return lines.join("\n") + "\n";
}
