// Which cell an issue of the core points at, through the cell index of the reading: the field it is
// about, else its row, else the nearest enclosing item — so every issue can be shown on its cell.

import type { Issue } from "../../core";
import type { CellRef } from "../cell-ref";
import type { CellIndex } from "./cell-index";

/** The cell an issue points at: the field it is about, else its row, else the nearest enclosing item. */
export function cellOfIssue(issue: Pick<Issue, "code" | "path">, cells: Pick<CellIndex, "get">): CellRef | undefined {
  const field: Partial<Record<Issue["code"], string>> = {
    PLAN_MISSING: "plan",
    FACT_MISSING: "fact",
    DATA_NONE: "data",
    BASE_MISSING: "base",
    NO_PLANNED_IMPROVEMENT: "plan",
    PERFORMANCE_MISSING: "current",
  };
  const candidates = field[issue.code] ? [`${issue.path}.${field[issue.code]}`, issue.path] : [issue.path];
  if (issue.code === "PERFORMANCE_MISSING") candidates.unshift(`${issue.path}.previous`);
  for (const candidate of candidates) {
    const ref = cells.get(candidate);
    if (ref) return ref;
  }
  let path = issue.path;
  while (path.includes(".") || path.includes("[")) {
    path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    const ref = cells.get(path);
    if (ref) return ref;
  }
  return undefined;
}
