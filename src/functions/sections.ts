// BAGALAU.INDICATOR, GOAL, TASK, QUALITY, RISK and INDEX: each reads its template table as the workbook reader
// does and scores it with the core (METHODOLOGY.md §2–5), so a live cell always shows the core's number.

import type { AchievementRule, Evaluation, QualityRule, RangeRule } from "../core/model";
import { scoreGoals, type GoalsScore } from "../core/goals";
import { scorePerformance } from "../core/performance";
import { scoreQuality } from "../core/quality";
import { scoreRisks } from "../core/risks";
import type { Sink } from "../core/sink";
import { DICTIONARIES, type Lang } from "../i18n";
import { ACHIEVEMENT_RULE_WORDS, QUALITY_RULE_WORDS, RANGE_RULE_WORDS, matchWord, type Vocabulary } from "../workbook/choice-words";
import { TABLE_COLUMNS } from "../workbook/layout";
import { basicValue } from "./cells";
import { notAvailable } from "./failure";
import { readSectionTable } from "./section-tables";

function silentSink(): Sink {
  return { issues: [], trace: null };
}

/**
 * A profile option typed in a cell, in any language and case; a blank cell, an error or a word that is no
 * choice gives the default, as the workbook reader does (its check reports that cell).
 */
export function profileChoice<T extends string>(value: unknown, words: Vocabulary<T>, fallback: T): T {
  const basic = basicValue(Array.isArray(value) ? (value as unknown[][])[0]?.[0] : value);
  return (typeof basic === "string" && matchWord(basic, words)) || fallback;
}

export function goalsOf(evaluation: Evaluation, indicatorRule: unknown, resultRule: unknown, rangeRule: unknown): GoalsScore {
  return scoreGoals(
    evaluation.goals,
    {
      indicatorRule: profileChoice<AchievementRule>(indicatorRule, ACHIEVEMENT_RULE_WORDS, "improvement"),
      resultRule: profileChoice<AchievementRule>(resultRule, ACHIEVEMENT_RULE_WORDS, "ratio"),
      rangeRule: profileChoice<RangeRule>(rangeRule, RANGE_RULE_WORDS, "bounds"),
    },
    silentSink(),
  );
}

/** BAGALAU.GOAL: K of the goal whose target-indicator table is `indicators`; #N/A when no indicator is counted (§24). */
export function goalCoefficient(indicators: unknown, rule: unknown, rangeRule: unknown, lang: Lang): number {
  const evaluation = readSectionTable(indicators, "indicators", "indicators", lang);
  const K = goalsOf(evaluation, rule, null, rangeRule).goals[0]?.K ?? null;
  if (K === null) throw notAvailable(lang, "fn.error.noIndicatorCounted");
  return K;
}

/** BAGALAU.TASK: P of the task whose direct-result table is `results`; #N/A when no result is counted (§24). */
export function taskCoefficient(results: unknown, rule: unknown, rangeRule: unknown, lang: Lang): number {
  const evaluation = readSectionTable(results, "results", "results", lang);
  const P = goalsOf(evaluation, null, rule, rangeRule).goals[0]?.tasks[0]?.P ?? null;
  if (P === null) throw notAvailable(lang, "fn.error.noResultCounted");
  return P;
}

/** BAGALAU.INDICATOR: h of one indicator, read as a one-row target-indicator table; #N/A when it is not counted. */
export function indicatorAchievement(fact: unknown, plan: unknown, base: unknown, better: unknown, lang: Lang): number {
  const keys = ["fact", "plan", "base", "better"];
  const header = keys.map((key) => DICTIONARIES.en[TABLE_COLUMNS.indicators.find((c) => c.key === key)!.header]);
  const evaluation = readSectionTable([header, [fact, plan, base, better]], "indicators", "fact", lang);
  const measure = goalsOf(evaluation, "improvement", null, null).goals[0]?.indicators[0];
  // A row left all blank is no measure at all: its plan is the first thing missing (§24 order).
  if (measure?.value === null || measure?.value === undefined) {
    throw notAvailable(lang, !measure || measure.excluded === "PLAN_MISSING" ? "fn.error.planMissing" : "fn.error.factMissing");
  }
  return measure.value;
}

/** BAGALAU.QUALITY: B over the spheres and directions of the quality table (§18–21); 0 when none is assessed. */
export function qualityCoefficient(assessments: unknown, rule: unknown, lang: Lang): number {
  const evaluation = readSectionTable(assessments, "quality", "assessments", lang);
  return scoreQuality(evaluation.quality, profileChoice<QualityRule>(rule, QUALITY_RULE_WORDS, "mean"), silentSink()).B;
}

/** BAGALAU.RISK: C, the mean R of the risks table (§22); 0 when no risk is listed. */
export function riskCoefficient(risks: unknown, lang: Lang): number {
  return scoreRisks(readSectionTable(risks, "risks", "risks", lang).risks, silentSink()).C;
}

/** BAGALAU.INDEX: E, the geometric mean of the capped indexes of the App. 4 table (§25–26); 1 when none is counted. */
export function performanceCoefficient(indicators: unknown, lang: Lang): number {
  return scorePerformance(readSectionTable(indicators, "performance", "indicators", lang).performance, silentSink()).E;
}
