// Checks that a localized message exists in kk, ru and en and that every {placeholder} of its template
// is given a value — for issues of the core, refusals of the JSON parser and the workbook reader's issues.

import { DICTIONARIES, LANGS, formatIssue, formatRefusal, type Lang } from "../../src/i18n";
import type { EvaluationRefused, Issue } from "../../src/core";
import { InvariantBroken } from "./invariant-broken";

const PLACEHOLDER = /\{(\w+)\}/g;

/** The template of `key` in `lang`; throws when a dictionary lacks the key. */
function template(lang: Lang, key: string): string {
  const text = (DICTIONARIES[lang] as Record<string, string>)[key];
  if (typeof text !== "string") throw new InvariantBroken("messageExists", `no "${key}" in the ${lang} dictionary`);
  return text;
}

/** Templates already checked with a set of parameter names (the check depends on nothing else). */
const checked = new Set<string>();

/** Throws unless every placeholder of the template of `key` (in each language) is among `given`. */
export function checkTemplate(key: string, given: readonly string[]): void {
  const signature = `${key}|${[...given].sort().join(",")}`;
  if (checked.has(signature)) return;
  for (const lang of LANGS) {
    for (const [, name] of template(lang, key).matchAll(PLACEHOLDER)) {
      if (!given.includes(name))
        throw new InvariantBroken("placeholdersFilled", `{${name}} of "${key}" (${lang}) gets no value (given: ${given.join(", ")})`);
    }
  }
  checked.add(signature);
}

/** A formatted message: not empty, and (for texts whose parameters are not known here) no `{name}` left. */
export function checkFormatted(text: string, what: string, scanForPlaceholders = false): void {
  if (typeof text !== "string" || text.trim() === "") throw new InvariantBroken("messageExists", `${what}: empty message`);
  if (scanForPlaceholders) {
    const left = text.match(PLACEHOLDER);
    if (left) throw new InvariantBroken("placeholdersFilled", `${what}: ${left.join(", ")} left in “${text}”`);
  }
}

/**
 * A core issue's message in the three languages: its key (with the variant) and its subject's templates
 * get every placeholder; the message is formatted in `formatIn` (default: all three languages).
 */
export function checkIssueMessage(issue: Issue, formatIn: readonly Lang[] = LANGS): void {
  const key = issue.variant ? `issue.${issue.code}.${issue.variant}` : `issue.${issue.code}`;
  checkTemplate(key, [...Object.keys(issue.params), "subject"]);
  checkTemplate(`subject.${issue.subject.type}`, ["code", "row", "goal", "task", "name"]);
  if (typeof issue.params.field === "string") checkTemplate(`field.${issue.params.field}`, []);
  for (const lang of formatIn) checkFormatted(formatIssue(lang, issue), `${issue.code} at ${issue.path} (${lang})`);
}

const REFUSAL_REASONS = ["notJson", "notObject", "format", "kind", "type", "enum", "date", "integer", "range", "weights"];

/** A refusal of the JSON parser: a known reason whose message formats in the three languages. */
export function checkRefusalMessage(refusal: EvaluationRefused): void {
  if (!REFUSAL_REASONS.includes(refusal.reason)) throw new InvariantBroken("refusalReason", `unknown reason ${refusal.reason}`);
  checkTemplate(`refusal.${refusal.reason}`, ["path", ...Object.keys(refusal.params)]);
  for (const lang of LANGS) checkFormatted(formatRefusal(lang, refusal), `refusal ${refusal.reason} at ${refusal.path} (${lang})`);
}
