// The list of BAGALAU.* functions and their parameters, for pages that show them (the task pane): ids,
// parameter names (the "fn.arg.*" keys) and which are optional, as in functions.ts and functions.json.

import type { ArgumentName } from "./cells";

export const FUNCTIONS_NAMESPACE = "BAGALAU";

export interface CatalogParameter {
  name: ArgumentName;
  optional: boolean;
}

export interface CatalogEntry {
  /** The metadata id, also the function name in every language: BAGALAU.<id>. */
  id: "INDICATOR" | "GOAL" | "TASK" | "ROWS" | "QUALITY" | "RISK" | "INDEX" | "PENALTY" | "SCORE" | "DEADLINE";
  parameters: readonly CatalogParameter[];
}

const required = (name: ArgumentName): CatalogParameter => ({ name, optional: false });
const optional = (name: ArgumentName): CatalogParameter => ({ name, optional: true });

export const FUNCTION_CATALOG: readonly CatalogEntry[] = [
  { id: "INDICATOR", parameters: [required("fact"), required("plan"), optional("base"), optional("better")] },
  { id: "GOAL", parameters: [required("indicators"), optional("rule"), optional("rangeRule")] },
  { id: "TASK", parameters: [required("results"), optional("rule"), optional("rangeRule")] },
  { id: "ROWS", parameters: [required("table"), optional("rule"), optional("rangeRule")] },
  { id: "QUALITY", parameters: [required("assessments"), optional("rule")] },
  { id: "RISK", parameters: [required("risks")] },
  { id: "INDEX", parameters: [required("indicators")] },
  {
    id: "PENALTY",
    parameters: [required("reporting"), required("missing"), required("unreliable"), optional("capScope"), optional("threshold")],
  },
  {
    id: "SCORE",
    parameters: [required("kind"), required("B"), required("C"), required("D"), required("E"), optional("W"), optional("weights")],
  },
  { id: "DEADLINE", parameters: [required("received"), optional("workingDays"), optional("extraDaysOff"), optional("extraWorkingDays")] },
];
