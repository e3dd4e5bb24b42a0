// The words a planner may type for a custom function's choice arguments (direction, rule, kind, yes/no),
// in Kazakh, Russian and English; matched without regard to case or surrounding spaces.

import type { AchievementRule, Better, Kind, QualityRule } from "../core/model";

export type Vocabulary<T extends string> = Readonly<Record<T, readonly string[]>>;

export const BETTER_WORDS: Vocabulary<Better> = {
  higher: ["higher", "up", "жоғары", "өсу", "выше", "больше", "рост", "↑"],
  lower: ["lower", "down", "төмен", "төмендеу", "ниже", "меньше", "снижение", "↓"],
};

export const ACHIEVEMENT_RULE_WORDS: Vocabulary<AchievementRule> = {
  improvement: ["improvement", "жақсару", "улучшение"],
  ratio: ["ratio", "қатынас", "отношение"],
};

export const QUALITY_RULE_WORDS: Vocabulary<QualityRule> = {
  mean: ["mean", "average", "орташа", "среднее"],
  product: ["product", "көбейтінді", "произведение"],
};

export const KIND_WORDS: Vocabulary<Kind> = {
  central: ["central", "орталық", "орталық мемлекеттік орган", "омо", "центральный", "центральный государственный орган", "цго"],
  local: ["local", "жергілікті", "жергілікті атқарушы орган", "жао", "местный", "местный исполнительный орган", "мио"],
};

/** Text forms of TRUE and FALSE (Excel itself passes booleans; these cover values typed as text). */
export const BOOLEAN_WORDS: Vocabulary<"true" | "false"> = {
  true: ["true", "yes", "ақиқат", "иә", "истина", "да"],
  false: ["false", "no", "жалған", "жоқ", "ложь", "нет"],
};

export function normalizeWord(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ").replace(/ё/g, "е");
}

/** The value whose word list holds `text`, or null. */
export function matchWord<T extends string>(text: string, vocabulary: Vocabulary<T>): T | null {
  const word = normalizeWord(text);
  for (const value of Object.keys(vocabulary) as T[]) {
    if (vocabulary[value].includes(word)) return value;
  }
  return null;
}
