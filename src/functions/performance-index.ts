// BAGALAU.INDEX as a pure function of the cells Excel passes (METHODOLOGY.md §5, App. 4): the capped
// indexes S of a local executive body's indicators and their geometric mean E.

import type { Better } from "../core/model";
import { geometricMean, performanceIndex } from "../core/performance";
import { PERFORMANCE_INDICATORS } from "../data/performance-indicators";
import type { Lang } from "../i18n";
import { readBetter } from "./achievement";
import { badValue, notAvailable } from "./failure";
import { argumentLabel, cellsOf, checkSameLength, optionalCellsOf, readNumberCell } from "./cells";

/**
 * BAGALAU.INDEX: E = (S1 · … · Sn)^(1/n) over the rows with both values. Without `betters`, the rows must
 * be the six App. 4 indicators in the form's order, whose directions are known.
 */
export function performanceCoefficient(current: unknown, previous: unknown, betters: unknown, lang: Lang): number {
  const currentCells = cellsOf(current, lang, "current");
  const previousCells = cellsOf(previous, lang, "previous");
  checkSameLength(previousCells, "previous", currentCells, "current", lang);
  const betterCells = optionalCellsOf(betters, lang, "betters");
  if (betterCells) checkSameLength(betterCells, "betters", currentCells, "current", lang, true);
  else if (currentCells.length !== PERFORMANCE_INDICATORS.length) {
    throw badValue(lang, "fn.error.bettersNeeded", { argument: argumentLabel(lang, "betters"), count: String(currentCells.length) });
  }

  const indexes: number[] = [];
  let filled = 0;
  for (let i = 0; i < currentCells.length; i += 1) {
    const row = i + 1;
    const SR = readNumberCell(currentCells[i], lang, { argument: "current", row });
    const SB = readNumberCell(previousCells[i], lang, { argument: "previous", row });
    let better: Better;
    if (!betterCells) better = PERFORMANCE_INDICATORS[i].better;
    else if (betterCells.length === 1) better = readBetter(betterCells[0], lang, "betters");
    else better = readBetter(betterCells[i], lang, "betters", row);
    if (SR === null && SB === null) continue;
    filled += 1;
    // An indicator with a missing value is not counted (§26, PERFORMANCE_MISSING).
    if (SR !== null && SB !== null) indexes.push(performanceIndex(SR, SB, better));
  }
  if (filled === 0) throw notAvailable(lang, "fn.error.empty", { argument: argumentLabel(lang, "current") });
  if (indexes.length === 0) throw notAvailable(lang, "fn.error.noPerformance");
  return geometricMean(indexes);
}
