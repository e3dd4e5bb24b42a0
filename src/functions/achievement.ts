// BAGALAU.INDICATOR, GOAL and TASK as pure functions of the cells Excel passes (METHODOLOGY.md §2):
// h of one indicator, K of a goal and P of a task, by the core's rules and §24 exclusions.

import { meanOfCounted } from "../core/counted-mean";
import { exclusionOf } from "../core/goals";
import type { AchievementRule, Better } from "../core/model";
import { applyRule } from "../core/rules";
import type { Lang } from "../i18n";
import { notAvailable } from "./failure";
import { argumentLabel, cellsOf, checkSameLength, optionalCellsOf, readChoiceCell, readNumberCell, type ArgumentName } from "./cells";
import { ACHIEVEMENT_RULE_WORDS, BETTER_WORDS } from "./vocabulary";

export function readBetter(value: unknown, lang: Lang, argument: ArgumentName, row?: number): Better {
  return readChoiceCell(value, BETTER_WORDS, "fn.choices.better", "higher", lang, { argument, row }) as Better;
}

export function readAchievementRule(value: unknown, fallback: AchievementRule, lang: Lang): AchievementRule {
  return readChoiceCell(value, ACHIEVEMENT_RULE_WORDS, "fn.choices.indicatorRule", fallback, lang, { argument: "rule" }) as AchievementRule;
}

/** BAGALAU.INDICATOR: h = improvement(F, F0, P), or ratio(F, P) without a base; #N/A when not counted. */
export function indicatorAchievement(fact: unknown, plan: unknown, base: unknown, better: unknown, lang: Lang): number {
  const F = readNumberCell(fact, lang, { argument: "fact" });
  const P = readNumberCell(plan, lang, { argument: "plan" });
  const F0 = readNumberCell(base, lang, { argument: "base" });
  const direction = readBetter(better, lang, "better");
  const excluded = exclusionOf({ plan: P, fact: F, data: "official" });
  if (excluded === "PLAN_MISSING") throw notAvailable(lang, "fn.error.planMissing");
  if (excluded) throw notAvailable(lang, "fn.error.factMissing");
  return applyRule("improvement", F as number, F0, P as number, direction).value;
}

/** Which list the rows are: target indicators of a goal (K) or direct results of a task (P). */
export type MeasureList = "indicators" | "results";

/**
 * The mean achievement over the rows of a goal's indicators (K) or a task's direct results (P): each row
 * is one measure; rows without a plan or a fact are not counted (§24); #N/A when none is counted.
 */
export function meanAchievement(
  list: MeasureList,
  facts: unknown,
  plans: unknown,
  bases: unknown,
  betters: unknown,
  rule: unknown,
  lang: Lang,
): number {
  const factCells = cellsOf(facts, lang, "facts");
  const planCells = cellsOf(plans, lang, "plans");
  checkSameLength(planCells, "plans", factCells, "facts", lang);
  const baseCells = optionalCellsOf(bases, lang, "bases");
  if (baseCells) checkSameLength(baseCells, "bases", factCells, "facts", lang);
  const betterCells = optionalCellsOf(betters, lang, "betters");
  if (betterCells) checkSameLength(betterCells, "betters", factCells, "facts", lang, true);
  const chosenRule = readAchievementRule(rule, list === "indicators" ? "improvement" : "ratio", lang);
  const sharedBetter =
    betterCells && betterCells.length === 1 && factCells.length !== 1 ? readBetter(betterCells[0], lang, "betters") : null;

  // Direction words repeat down a column: read each distinct one once.
  const betterOfText = new Map<unknown, Better>();
  const betterOfRow = (value: unknown, row: number): Better => {
    let better = betterOfText.get(value);
    if (better === undefined) {
      better = readBetter(value, lang, "betters", row);
      if (typeof value !== "object" || value === null) betterOfText.set(value, better);
    }
    return better;
  };
  const values: (number | null)[] = [];
  let filled = 0;
  for (let i = 0; i < factCells.length; i += 1) {
    const row = i + 1;
    const F = readNumberCell(factCells[i], lang, { argument: "facts", row });
    const P = readNumberCell(planCells[i], lang, { argument: "plans", row });
    const F0 = baseCells ? readNumberCell(baseCells[i], lang, { argument: "bases", row }) : null;
    const better = sharedBetter ?? (betterCells ? betterOfRow(betterCells[i], row) : "higher");
    if (F === null && P === null && F0 === null) continue;
    filled += 1;
    values.push(
      exclusionOf({ plan: P, fact: F, data: "official" }) ? null : applyRule(chosenRule, F as number, F0, P as number, better).value,
    );
  }
  if (filled === 0) throw notAvailable(lang, "fn.error.empty", { argument: argumentLabel(lang, "facts") });
  const mean = meanOfCounted(values);
  if (mean === null) throw notAvailable(lang, list === "indicators" ? "fn.error.noIndicatorCounted" : "fn.error.noResultCounted");
  return mean;
}

export function goalCoefficient(facts: unknown, plans: unknown, bases: unknown, betters: unknown, rule: unknown, lang: Lang): number {
  return meanAchievement("indicators", facts, plans, bases, betters, rule, lang);
}

export function taskCoefficient(facts: unknown, plans: unknown, bases: unknown, betters: unknown, rule: unknown, lang: Lang): number {
  return meanAchievement("results", facts, plans, bases, betters, rule, lang);
}
