// The declines of a history (Sys. §73) as sentences in kk, ru or en, shared by the history sheet, the
// conclusion, the command line and the task pane.

import type { Decline } from "../core";
import { performanceIndicator } from "../data/performance-indicators";
import { formatFixed, t, type Lang, type MessageKey } from "../i18n";

/** A value of a series the way the conclusion shows it: A with 2 decimals, a coefficient with 4. */
export function seriesValueText(lang: Lang, series: string, value: number | null): string {
  if (value === null) return "—";
  return formatFixed(lang, value, series === "A" || series === "W" ? 2 : 4);
}

export function declineText(lang: Lang, decline: Decline): string {
  const values = decline.values.map((v) => seriesValueText(lang, decline.series, v)).join(" → ");
  const periods = `${decline.periods[0]}–${decline.periods[decline.periods.length - 1]}`;
  if (decline.kind === "total") return t(lang, "history.decline.total", { years: decline.years, values, periods });
  if (decline.kind === "criterion") {
    return t(lang, "history.decline.criterion", {
      key: decline.series,
      name: t(lang, `criterion.${decline.series}` as MessageKey),
      years: decline.years,
      values,
      periods,
    });
  }
  const key = decline.key ?? decline.series.replace(/^S:/, "");
  const name = performanceIndicator(key)?.name[lang] ?? key;
  return t(lang, "history.decline.performance", { name, years: decline.years, values, periods });
}
