// The live formulas the templates write, in Excel's invariant form (English names, commas): the
// BAGALAU.* custom functions over the input tables, and the few plain aggregates between them.

import type { Kind } from "../core";
import type { TableKey } from "./layout";

/** Table names are unique per workbook: BG_QUALITY, BG_G1_IND, BG_G1_T2_RES, … */
export function tableName(key: TableKey, goalIndex = 0, taskIndex = 0): string {
  switch (key) {
    case "indicators":
      return `BG_G${goalIndex + 1}_IND`;
    case "results":
      return `BG_G${goalIndex + 1}_T${taskIndex + 1}_RES`;
    case "performance":
      return "BG_PERF";
    default:
      return `BG_${key.toUpperCase()}`;
  }
}

/** A structured reference to a table column; ' escapes [ ] # and ' inside the column name. */
export function structuredRef(table: string, column: string): string {
  return `${table}[${column.replace(/(['#[\]])/g, "'$1")}]`;
}

/**
 * A table's header row and data rows: what BAGALAU.GOAL, TASK, QUALITY, RISK and INDEX read, so that they
 * find each column by its header as the workbook reader does, whatever rows or columns the planner inserts.
 */
export function wholeTable(table: string): string {
  return `${table}[[#Headers],[#Data]]`;
}

/** A text literal inside a formula. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Column names of a measure table, by key (the localized headers of the indicator/result columns). */
export type Columns = (key: string) => string;

export const formulas = {
  /**
   * K of a goal; `indicators` is its target-indicator table with the header row — the relative range from the
   * header to the row before the next block (see blockRange) — and `ruleCell`, `rangeRuleCell` the score
   * sheet's profile cells (blank: the default rule, ranges scored by their bounds).
   */
  goal(indicators: string, ruleCell: string, rangeRuleCell: string): string {
    return `BAGALAU.GOAL(${indicators},${ruleCell},${rangeRuleCell})`;
  },
  /** P of a task (`results`: its direct-result table with the header row, as for goal), blank when no result is counted. */
  task(results: string, ruleCell: string, rangeRuleCell: string): string {
    return `IFERROR(BAGALAU.TASK(${results},${ruleCell},${rangeRuleCell}),"")`;
  },
  /**
   * The achievement of each row of a target-indicator or direct-result table (h or p, or why it is not counted):
   * a dynamic array as tall as `table` (its header and data rows, as for goal), spilled beside it.
   */
  rows(table: string, ruleCell: string, rangeRuleCell: string): string {
    return `BAGALAU.ROWS(${table},${ruleCell},${rangeRuleCell})`;
  },
  /**
   * Y: the mean of the counted P of the goal's task rows, 1 when none is counted. `markers` and `coefficients`
   * are the goal's rows below its row, to the last row of its last table, in column A and in the P column
   * (relative, so that a copied block refers to itself); AVERAGEIF skips the "" of an uncounted task.
   */
  tasksCoefficient(markers: string, coefficients: string, taskMarker: string): string {
    return `IFERROR(AVERAGEIF(${markers},${textLiteral(taskMarker)},${coefficients}),1)`;
  },
  /** X = K · Y, empty when the goal is not counted. */
  goalCoefficient(kCell: string, yCell: string): string {
    return `IFERROR(${kCell}*${yCell},"")`;
  },
  /**
   * D: the mean of the counted goals' X, 0 when none is counted — over the goals sheet's whole marker and X
   * columns, so that goals added or copied later count too (an uncounted goal's X is "", which AVERAGEIF skips).
   */
  goalsCoefficient(markers: string, xColumn: string, goalMarker: string): string {
    return `IFERROR(AVERAGEIF(${markers},${textLiteral(goalMarker)},${xColumn}),0)`;
  },
  quality(table: string, ruleCell: string): string {
    return `BAGALAU.QUALITY(${wholeTable(table)},${ruleCell})`;
  },
  risk(table: string): string {
    return `BAGALAU.RISK(${wholeTable(table)})`;
  },
  performance(table: string): string {
    return `BAGALAU.INDEX(${wholeTable(table)})`;
  },
  points(coefficientCell: string, weightCell: string, eCell?: string): string {
    return eCell ? `100*${weightCell}*${coefficientCell}*${eCell}` : `100*${weightCell}*${coefficientCell}`;
  },
  /**
   * W of the reporting sheet: `fields` its key-value rows from the marker column A to the values, the tables of
   * missing elements and unreliable facts whole, and the score sheet's profile cells of the cap and threshold.
   */
  penalty(fields: string, missingTable: string, unreliableTable: string, capScopeCell: string, thresholdCell: string): string {
    return `BAGALAU.PENALTY(${fields},${wholeTable(missingTable)},${wholeTable(unreliableTable)},${capScopeCell},${thresholdCell})`;
  },
  /** A; `weights` is a range or array of the three weights of B, C and D. */
  score(kind: Kind, b: string, c: string | null, d: string, e: string | null, w: string, weights: string): string {
    return `BAGALAU.SCORE(${textLiteral(kind)},${b},${c ?? 0},${d},${e ?? 1},${w},${weights})`;
  },
};
