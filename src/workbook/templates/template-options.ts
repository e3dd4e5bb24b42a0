// What a template is written from (language, evaluation, result as cached values, spare rows), and the
// numbers the evaluation had as text ("5,2", "n/a"), written back as typed.

import type { Evaluation, Issue, Result } from "../../core";
import type { Lang } from "../../i18n";

export interface TemplateOptions {
  lang: Lang;
  /** The evaluation to fill in; a template is an evaluation with no values (see `blankEvaluation`). */
  evaluation: Evaluation;
  /** When given, every formula cell also stores the value the core computed, as its cached result. */
  result?: Result;
  /** Empty rows to leave in each table for the user to fill (templates), 0 when filling. */
  spareRows?: number;
  /** Numbers the evaluation had as text ("5,2", "n/a"), by JSON path: written back as the same text. */
  typedTexts?: ReadonlyMap<string, string>;
}

/** The texts of numeric fields that were typed as text, from the parser's reading issues (§2a). */
export function typedTextsOf(issues: readonly Issue[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const issue of issues) {
    if (TYPED_TEXT_CODES.has(issue.code) && issue.path.endsWith(`.${String(issue.params.field)}`) && typeof issue.params.text === "string")
      texts.set(issue.path, issue.params.text);
  }
  return texts;
}

/** The reading issues of a value written as text (§2a): the text is what the cell holds, written back as typed. */
const TYPED_TEXT_CODES: ReadonlySet<Issue["code"]> = new Set([
  "NUMBER_AS_TEXT",
  "NOT_A_NUMBER",
  "BLANK_MARK",
  "VALUE_PAIR",
  "PLAN_BOUND",
  "PLAN_RANGE",
]);

/** A record with each numeric field replaced by the text it was typed as, where it was. */
export function withTypedTexts(
  record: Record<string, unknown>,
  path: string,
  fields: readonly string[],
  texts: ReadonlyMap<string, string> | undefined,
): Record<string, unknown> {
  if (!texts) return record;
  const copy = { ...record };
  for (const field of fields) {
    const text = texts.get(`${path}.${field}`);
    if (text !== undefined) copy[field] = text;
  }
  return copy;
}
