// The words a planner may type for a choice — which way is better, a rule of the profile, the kind of body,
// yes/no — in Kazakh, Russian and English, read alike by the workbook reader and the custom functions.

import type { AchievementRule, Better, Kind, PenaltyCapScope, QualityRule, RangeRule } from "../core/model";

export type Vocabulary<T extends string> = Readonly<Record<T, readonly string[]>>;

/** Besides these words the reader also takes each choice's drop-down text in the three languages (src/i18n). */
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

export const RANGE_RULE_WORDS: Vocabulary<RangeRule> = {
  bounds: ["bounds", "шектер", "границы"],
  exclude: ["exclude", "есептелмейді", "алып тастау", "исключить", "не учитывать"],
};

export const CAP_SCOPE_WORDS: Vocabulary<PenaltyCapScope> = {
  unreliable: ["unreliable", "дұрыс емес", "дәйексіздік", "недостоверные", "недостоверность"],
  total: ["total", "барлығы", "жалпы", "всего", "общий"],
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

/** The profile options a score sheet's cells and the custom functions' rule arguments choose, by option. */
export const PROFILE_WORDS = {
  qualityRule: QUALITY_RULE_WORDS,
  indicatorRule: ACHIEVEMENT_RULE_WORDS,
  resultRule: ACHIEVEMENT_RULE_WORDS,
  rangeRule: RANGE_RULE_WORDS,
  penaltyCapScope: CAP_SCOPE_WORDS,
} as const;

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
