// How an input cell's value goes into the evaluation JSON: a numeric cell as the core should see it
// (numbers stay numbers, anything else as its text), and the words accepted in any language (choice-words.ts).

import type { MessageKey } from "../../i18n";
import { isBlankCell } from "../cell-values";
import * as choiceWords from "../choice-words";
import { normalizeHeader, vocabulary } from "../layout";
import { isCellError, type CellValue } from "../sheet-spec";

/** A drop-down's words in the three languages, with the other words a planner may type for each choice. */
function withWords<T extends string>(map: Map<string, T>, words: choiceWords.Vocabulary<T>): Map<string, T> {
  for (const value of Object.keys(words) as T[]) for (const word of words[value]) map.set(normalizeHeader(word), value);
  return map;
}

export const BETTER_WORDS = withWords(
  vocabulary(["higher", "lower"] as const, (v) => `wb.value.${v}` as MessageKey),
  choiceWords.BETTER_WORDS,
);
export const DATA_WORDS = vocabulary(["official", "operational", "none"] as const, (v) => `wb.value.${v}` as MessageKey);
export const KIND_WORDS = withWords(
  vocabulary(["central", "local"] as const, (v) => `kind.${v}` as MessageKey),
  choiceWords.KIND_WORDS,
);

/** The words of each profile option a score sheet's cell may hold, in any language and case. */
export const PROFILE_OPTION_WORDS: Record<keyof typeof choiceWords.PROFILE_WORDS, Map<string, string>> = Object.fromEntries(
  Object.entries(choiceWords.PROFILE_WORDS).map(([option, words]) => [
    option,
    withWords(new Map<string, string>(), words as choiceWords.Vocabulary<string>),
  ]),
) as Record<keyof typeof choiceWords.PROFILE_WORDS, Map<string, string>>;

/** A numeric cell as the core should see it: numbers stay numbers, anything else as its text. */
export function rawNumber(value: CellValue | undefined): unknown {
  if (isBlankCell(value)) return null;
  if (typeof value === "number") return value;
  if (value instanceof Date) return isoDate(value);
  if (isCellError(value)) return value.error;
  return String(value);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
