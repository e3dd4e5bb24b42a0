// The report as text in a language: parameters (coefficients, points, dates, names in every language),
// findings and recommendations as sentences, criterion titles and profile values as App. 5 words them.

import type { Kind, Subject } from "../../core";
import { formatFixed, formatNumber, formatSubject, t, type Lang, type MessageKey } from "../../i18n";
import type { CriterionKey, DateParam, Finding, Recommendation, ReportParam, ReportParams, Shown } from "./report-types";

function isShown(value: ReportParam): value is Shown {
  return typeof value === "object" && value !== null && "as" in value && "value" in value;
}

function isDate(value: ReportParam): value is DateParam {
  return typeof value === "object" && value !== null && "date" in value;
}

/** An ISO date as the language writes it: 05.02.2018 in kk and ru, 2018-02-05 in en. */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === "en") return iso;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/** One parameter as text in a language. */
export function paramText(lang: Lang, value: ReportParam): string {
  if (value === null) return "—";
  if (typeof value === "number") return formatNumber(lang, value);
  if (typeof value === "string") return value;
  if (isShown(value)) return formatFixed(lang, value.value, value.as === "points" ? 2 : 4);
  if (isDate(value)) return formatDate(lang, value.date);
  return value[lang];
}

function textOf(lang: Lang, key: MessageKey, params: ReportParams, subjects: readonly Subject[]): string {
  const texts: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) texts[name] = paramText(lang, value);
  if (subjects.length > 0) texts.subject = subjects.map((subject) => formatSubject(lang, subject)).join("; ");
  return t(lang, key, texts)
    .replace(/\s+([.,;:)])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** A finding as one sentence (or two, with the body's own words quoted). */
export function findingText(lang: Lang, finding: Finding): string {
  const text = textOf(lang, finding.key, finding.params, finding.subject ? [finding.subject] : []);
  return finding.quote ? `${text} ${t(lang, finding.quote.key, { text: finding.quote.text })}` : text;
}

export function recommendationText(lang: Lang, recommendation: Recommendation): string {
  return textOf(lang, recommendation.key, recommendation.params, recommendation.subjects);
}

/** The number and name of a criterion as App. 5 and App. 6 name it, for the body's kind. */
export function criterionTitle(lang: Lang, kind: Kind, key: CriterionKey): string {
  if (key === "B" || key === "D") return t(lang, `report.criterion.${key}.${kind}` as MessageKey);
  return t(lang, `report.criterion.${key}` as MessageKey);
}

/** A profile option's value as text: a rule by its meaning, a number the language's way. */
export function profileValueText(lang: Lang, value: string | number): string {
  return typeof value === "number" ? formatNumber(lang, value) : t(lang, `report.rule.${value}` as MessageKey);
}
