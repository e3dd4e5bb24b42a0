// Every user-facing string in Kazakh (default), Russian and English: look-up with placeholders,
// issue and refusal messages, and numbers written the way each language writes them.

import { en, type Dictionary, type MessageKey } from "./en";
import { kk } from "./kk";
import { ru } from "./ru";
import type { Issue, Subject } from "../core/issues";
import type { EvaluationRefused } from "../core/refusal";
import type { ResultMessages } from "../core/result-json";
import type { TraceEntry } from "../core/trace";
import type { Plan } from "../core/model";
import { performanceIndicator } from "../data/performance-indicators";

export type Lang = "kk" | "ru" | "en";
export type { MessageKey, Dictionary };

export const LANGS: readonly Lang[] = ["kk", "ru", "en"];
export const DEFAULT_LANG: Lang = "kk";
export const DICTIONARIES: Record<Lang, Dictionary> = { kk, ru, en };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * A message split once at its {placeholders}: literal, name, literal, …, literal (odd places are names).
 * Cached by the text itself, so a message is parsed once however many issues print it.
 */
const TEMPLATES = new Map<string, readonly string[]>();

function templateOf(text: string): readonly string[] {
  let parts = TEMPLATES.get(text);
  if (parts === undefined) {
    parts = text.split(/\{(\w+)\}/);
    TEMPLATES.set(text, parts);
  }
  return parts;
}

/** The text of `key` in `lang` with {placeholders} replaced; an unknown placeholder stays as written. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const parts = templateOf(DICTIONARIES[lang][key]);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += (name in params ? formatParam(lang, params[name]) : `{${name}}`) + parts[i + 1];
  }
  return text;
}

function formatParam(lang: Lang, value: string | number): string {
  return typeof value === "number" ? formatNumber(lang, value) : value;
}

/** A number as the language writes it: up to `maxDigits` decimals, decimal comma in kk and ru. */
export function formatNumber(lang: Lang, value: number, maxDigits = 4): string {
  // An integer (a row, a count) prints as itself: the rounding below would give it back unchanged.
  if (Number.isInteger(value)) return String(value === 0 ? 0 : value);
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

/**
 * A message key made of a prefix and a code, made once per code: a big evaluation prints the same few
 * keys for tens of thousands of issues, and a key made anew each time is slower to look up.
 */
function keyCache(make: (code: string) => string): (code: string) => MessageKey {
  const keys = new Map<string, MessageKey>();
  return (code) => {
    let key = keys.get(code);
    if (key === undefined) {
      key = make(code) as MessageKey;
      keys.set(code, key);
    }
    return key;
  };
}

const subjectKey = keyCache((type) => `subject.${type}`);
const issueKey = keyCache((code) => `issue.${code}`);
const issueVariantKey = keyCache((codeAndVariant) => `issue.${codeAndVariant}`);

export function formatSubject(lang: Lang, subject: Subject): string {
  return t(lang, subjectKey(subject.type), {
    code: subject.code ?? "",
    row: subject.row ?? "",
    goal: subject.goal ?? "",
    task: subject.task ?? "",
    name: quoted(lang, subjectName(lang, subject)),
  });
}

/** The localized message of an issue: names what it is about, what happened and what to do. */
export function formatIssue(lang: Lang, issue: Issue): string {
  const key = issue.variant ? issueVariantKey(`${issue.code}.${issue.variant}`) : issueKey(issue.code);
  const params: Record<string, string | number> = { ...issue.params, subject: formatSubject(lang, issue.subject) };
  if (typeof issue.params.field === "string") params.field = t(lang, `field.${issue.params.field}` as MessageKey);
  if (typeof issue.params.successor === "string") params.successor = quoted(lang, issue.params.successor);
  for (const name of ["better", "direction"]) {
    const word = issue.params[name];
    if (word === "higher" || word === "lower") params[name] = t(lang, `wb.value.${word}`);
  }
  return t(lang, key, params);
}

/** A plan as the language writes it: a number, "at least 95", "at most 5", or the range "31–38" (§2a). */
export function formatPlan(lang: Lang, plan: Plan): string {
  if (typeof plan === "number") return formatNumber(lang, plan, 10);
  if (plan.min !== undefined && plan.max !== undefined)
    return t(lang, "plan.range", { min: formatNumber(lang, plan.min, 10), max: formatNumber(lang, plan.max, 10) });
  return plan.min !== undefined
    ? t(lang, "plan.atLeast", { value: formatNumber(lang, plan.min, 10) })
    : t(lang, "plan.atMost", { value: formatNumber(lang, plan.max, 10) });
}

const formulaKey = keyCache((formula) => `formula.${formula}`);

/** A trace entry's formula in the language, with its symbol (h, p, B, …) where the formula names it. */
export function formatTraceFormula(lang: Lang, entry: Pick<TraceEntry, "formula" | "symbol">): string {
  return t(lang, formulaKey(entry.formula), { symbol: entry.symbol });
}

/** The messages the result contract (`bagalau/result@1`) prints, in one language. */
export function resultMessages(lang: Lang): ResultMessages {
  return { issue: (issue) => formatIssue(lang, issue), formula: (entry) => formatTraceFormula(lang, entry) };
}

export function formatRefusal(lang: Lang, refusal: EvaluationRefused): string {
  const params: Record<string, string> = { path: refusal.path, ...refusal.params };
  for (const name of ["expected", "actual"]) {
    const key = `type.${params[name]}`;
    if (params[name] !== undefined && key in DICTIONARIES[lang]) params[name] = t(lang, key as MessageKey);
  }
  return t(lang, `refusal.${refusal.reason}` as MessageKey, params);
}
