// App. 4's six indicators of a local body's performance coefficient E (METHODOLOGY.md §5), by key in the
// form's order, with the way each improves: the direction the core applies when a file leaves `better` out.

import type { Better } from "./model";

export const APP4_DIRECTIONS: ReadonlyArray<{ key: string; better: Better }> = [
  { key: "unemployment", better: "lower" },
  { key: "selfEmployedShare", better: "lower" },
  { key: "housingQueue", better: "lower" },
  { key: "emissionsPerCapita", better: "lower" },
  { key: "realIncomeIndex", better: "higher" },
  { key: "grpPerCapita", better: "higher" },
];

/** The direction of an App. 4 indicator, or undefined for a key not in App. 4 (which then needs `better`). */
export function app4Direction(key: string): Better | undefined {
  return APP4_DIRECTIONS.find((indicator) => indicator.key === key)?.better;
}
