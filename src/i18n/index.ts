// Every user-facing string in Kazakh (default), Russian and English: look-up with placeholders,
// issue and refusal messages, and numbers written the way each language writes them.

import { en, type Dictionary, type MessageKey } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";
import type { Issue, Subject } from "../core/issues";
import type { EvaluationRefused } from "../core/parse";
import { performanceIndicator } from "../data/performance-indicators";

export type Lang = "kk" | "ru" | "en";
export type { MessageKey, Dictionary };

export const LANGS: readonly Lang[] = ["kk", "ru", "en"];
export const DEFAULT_LANG: Lang = "kk";
export const DICTIONARIES: Record<Lang, Dictionary> = { kk, ru, en };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The text of `key` in `lang` with {placeholders} replaced; an unknown placeholder stays as written. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(lang, params[name]) : whole,
  );
}

function formatParam(lang: Lang, value: string | number): string {
  return typeof value === "number" ? formatNumber(lang, value) : value;
}

/** A number as the language writes it: up to `maxDigits` decimals, decimal comma in kk and ru. */
export function formatNumber(lang: Lang, value: number, maxDigits = 4): string {
  const rounded = Number(value.toFixed(maxDigits));
  const text = String(rounded === 0 ? 0 : rounded);
  return lang === "en" ? text : text.replace(".", ",");
}

/** A number with exactly `digits` decimals (tables), decimal comma in kk and ru, a true minus sign. */
export function formatFixed(lang: Lang, value: number, digits: number): string {
  const text = (Object.is(Number(value.toFixed(digits)), -0) ? 0 : value).toFixed(digits).replace("-", "−");
  return lang === "en" ? text : text.replace(".", ",");
}

function quoted(lang: Lang, name: string | undefined): string {
  return name ? `${t(lang, "quote.open")}${name}${t(lang, "quote.close")}` : "";
}

/** The name to show: an App. 4 indicator is named in the reader's language, else as the file names it. */
function subjectName(lang: Lang, subject: Subject): string | undefined {
  if (subject.type === "performance" && subject.code) return performanceIndicator(subject.code)?.name[lang] ?? subject.name ?? subject.code;
  return subject.name;
}

export function formatSubject(lang: Lang, subject: Subject): string {
  return t(lang, `subject.${subject.type}` as MessageKey, {
    code: subject.code ?? "",
    row: subject.row ?? "",
    goal: subject.goal ?? "",
    task: subject.task ?? "",
    name: quoted(lang, subjectName(lang, subject)),
  });
}

/** The localized message of an issue: names what it is about, what happened and what to do. */
export function formatIssue(lang: Lang, issue: Issue): string {
  const key = (issue.variant ? `issue.${issue.code}.${issue.variant}` : `issue.${issue.code}`) as MessageKey;
  const params: Record<string, string | number> = { ...issue.params, subject: formatSubject(lang, issue.subject) };
  if (typeof issue.params.field === "string") params.field = t(lang, `field.${issue.params.field}` as MessageKey);
  if (typeof issue.params.successor === "string") params.successor = quoted(lang, issue.params.successor);
  return t(lang, key, params);
}

export function formatRefusal(lang: Lang, refusal: EvaluationRefused): string {
  const params: Record<string, string> = { path: refusal.path, ...refusal.params };
  for (const name of ["expected", "actual"]) {
    const key = `type.${params[name]}`;
    if (params[name] !== undefined && key in DICTIONARIES[lang]) params[name] = t(lang, key as MessageKey);
  }
  return t(lang, `refusal.${refusal.reason}` as MessageKey, params);
}
