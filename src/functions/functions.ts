// The Excel custom functions BAGALAU.*: thin synchronous wrappers over the core, whose JSDoc is the
// source of functions.json (custom-functions-metadata). No Office.js call here; errors carry a message.
//
// Ranges are declared `unknown[][]` (metadata type "any", dimensionality "matrix") so that Excel passes
// a blank cell as null instead of 0, text as text and error values as errors; functions.json gets
// "allowErrorForDataTypeAny" (scripts/functions-metadata.js) so that a cell with an error reaches the
// function, which names it. Each JSDoc description equals the "fn.*" English text of src/i18n/en.ts
// (checked by test/functions/metadata.test.ts); Kazakh and Russian metadata come from kk.ts and ru.ts.

/// <reference types="custom-functions-runtime" />

import type { Lang } from "../i18n";
import { appealDeadline } from "./deadline";
import { FunctionFailure } from "./failure";
import { officeDisplayLanguage } from "./language";
import {
  goalCoefficient,
  indicatorAchievement,
  performanceCoefficient,
  qualityCoefficient,
  riskCoefficient,
  taskCoefficient,
} from "./sections";
import { rowAchievements } from "./row-achievement";
import { penaltyPoints, totalScore } from "./total";

/** Runs a computation in Office's display language; a FunctionFailure becomes #VALUE! or #N/A with its message. */
function inExcel<T>(compute: (lang: Lang) => T): T {
  const lang = officeDisplayLanguage();
  try {
    return compute(lang);
  } catch (error) {
    if (error instanceof FunctionFailure) {
      const code = error.kind === "value" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
      // Excel shows an error value only for its runtime's own CustomFunctions.Error (not an Error subclass).
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw new CustomFunctions.Error(code, error.message);
    }
    throw error;
  }
}

/**
 * Achievement h of one target indicator (§23): (F − F0) / (P − F0) by the improvement rule, or the ratio of fact to plan when there is no base; capped to [0, 1].
 * @customfunction INDICATOR
 * @param fact The actual value for the reporting period (F).
 * @param plan The plan for the reporting period (P).
 * @param [base] The previous period's actual value (F0). Without it the ratio rule is used.
 * @param [better] Which way is an improvement: “higher” (default) or “lower”.
 * @returns h, from 0 to 1.
 */
export function indicator(fact: unknown, plan: unknown, base?: unknown, better?: unknown): number {
  return inExcel((lang) => indicatorAchievement(fact, plan, base, better, lang));
}

/**
 * Achievement coefficient K of a goal (§23): the mean h of the target indicators in the goal's table, read as the workbook is read; rows without a plan, with data “none” or without a fact are not counted (§24).
 * @customfunction GOAL
 * @param indicators The goal's target-indicator table with its header row (e.g. BG_G1_IND[[#Headers],[#Data]]).
 * @param [rule] “improvement” (default) or “ratio”.
 * @param [rangeRule] How a plan written as a range is scored: “bounds” (default) or “exclude”.
 * @returns K, from 0 to 1.
 */
export function goal(indicators: unknown[][], rule?: unknown, rangeRule?: unknown): number {
  return inExcel((lang) => goalCoefficient(indicators, rule, rangeRule, lang));
}

/**
 * Coefficient P of a task (§23): the mean achievement p of the direct results in the task's table, read as the workbook is read; rows without a plan, with data “none” or without a fact are not counted (§24).
 * @customfunction TASK
 * @param results The task's direct-result table with its header row (e.g. BG_G1_T1_RES[[#Headers],[#Data]]).
 * @param [rule] “ratio” (default) or “improvement”.
 * @param [rangeRule] How a plan written as a range is scored: “bounds” (default) or “exclude”.
 * @returns P, from 0 to 1.
 */
export function task(results: unknown[][], rule?: unknown, rangeRule?: unknown): number {
  return inExcel((lang) => taskCoefficient(results, rule, rangeRule, lang));
}

/**
 * The achievement of each row of a target-indicator or direct-result table, as one column beside it: h or p of each counted row, the reason of each row that is not counted, and the symbol h or p beside the header row.
 * @customfunction ROWS
 * @param table A goal's target-indicator table or a task's direct-result table with its header row (e.g. BG_G1_IND[[#Headers],[#Data]]).
 * @param [rule] “improvement” or “ratio” (default: improvement for indicators, ratio for results).
 * @param [rangeRule] How a plan written as a range is scored: “bounds” (default) or “exclude”.
 * @returns One value per row of the table: the symbol, then h or p from 0 to 1, or why the row is not counted.
 */
export function rows(table: unknown[][], rule?: unknown, rangeRule?: unknown): unknown[][] {
  return inExcel((lang) => rowAchievements(table, rule, rangeRule, lang));
}

/**
 * Quality and completeness coefficient B (§18–21): q = (q1 + q2) / 2 for each sphere or direction of the quality table; the directions of a sphere are averaged; B is the mean over the spheres (0 when none is listed).
 * @customfunction QUALITY
 * @param assessments The quality table with its header row (e.g. BG_QUALITY[[#Headers],[#Data]]).
 * @param [rule] “mean” (default) or “product” (q = q1 · q2).
 * @returns B, from 0 to 1.
 */
export function quality(assessments: unknown[][], rule?: unknown): number {
  return inExcel((lang) => qualityCoefficient(assessments, rule, lang));
}

/**
 * Risk management coefficient C of a central body (§22): the mean R of the risks of section 6 (0 when none is listed).
 * @customfunction RISK
 * @param risks The risks table with its header row (e.g. BG_RISKS[[#Headers],[#Data]]).
 * @returns C, from 0 to 1.
 */
export function risk(risks: unknown[][]): number {
  return inExcel((lang) => riskCoefficient(risks, lang));
}

/**
 * Performance coefficient E of a local executive body (§25–26, App. 4): the geometric mean of the indexes S = SR / SB (SB / SR where lower is better), each capped at 1; 1 when no indicator has both values.
 * @customfunction INDEX
 * @param indicators The App. 4 table with its header row (e.g. BG_PERF[[#Headers],[#Data]]).
 * @returns E, from 0 to 1.
 */
export function performanceIndex(indicators: unknown[][]): number {
  return inExcel((lang) => performanceCoefficient(indicators, lang));
}

/**
 * Penalty points W (§38–43) of the reporting sheet: 1.5 for late reporting, 2 for incomplete reporting, 0.2 for each unreliable fact once there are 3, at most 5.
 * @customfunction PENALTY
 * @param reporting The reporting sheet's fields with their hidden column A (deadline, submission date, the late and incomplete flags, the count of unreliable facts).
 * @param missing The table of missing elements with its header row.
 * @param unreliable The table of unreliable facts with its header row.
 * @param [capScope] What the 5-point cap limits: “unreliable” (default) or “total” (profile option).
 * @param [threshold] How many unreliable facts there must be before any is deducted (default 3).
 * @returns W, in points.
 */
export function penalty(
  reporting: unknown[][],
  missing: unknown[][],
  unreliable: unknown[][],
  capScope?: unknown,
  threshold?: unknown,
): number {
  return inExcel((lang) => penaltyPoints(reporting, missing, unreliable, capScope, threshold, lang));
}

/**
 * Total score A (§15–17): central body 100 · (0.1·B + 0.1·C + 0.8·D) − W; local body 100 · (0.2·B + 0.8·D) · E − W.
 * @customfunction SCORE
 * @param kind “central” or “local” (also орталық / жергілікті, центральный / местный).
 * @param B Quality coefficient B.
 * @param C Risk management coefficient C (central body; ignored for a local one).
 * @param D Goals coefficient D.
 * @param E Performance coefficient E (local body; ignored for a central one).
 * @param [W] Penalty points W (empty: nothing deducted).
 * @param [weights] The weights of B, C and D in three cells (optional; default 0.1, 0.1, 0.8 for a central body and 0.2, –, 0.8 for a local one).
 * @returns A, in points.
 */
export function score(kind: unknown, B: unknown, C: unknown, D: unknown, E: unknown, W?: unknown, weights?: unknown[][]): number {
  return inExcel((lang) => totalScore(kind, B, C, D, E, W, weights, lang));
}

/**
 * The last day to object to the conclusion (§28–35): the given number of working days after the day it was received, by the Kazakhstan calendar. Returns a date.
 * @customfunction DEADLINE
 * @param received The date the conclusion was received.
 * @param [workingDays] How many working days (default 5).
 * @param [extraDaysOff] Extra days off moved by an act BAGALAU does not know (a Government decree; since 2024 an order of the Minister of Labour), as dates.
 * @param [extraWorkingDays] Extra working days moved by an act BAGALAU does not know (a Government decree; since 2024 an order of the Minister of Labour), as dates.
 * @returns The last day of the window, as an Excel date serial.
 */
export function deadline(received: unknown, workingDays?: unknown, extraDaysOff?: unknown[][], extraWorkingDays?: unknown[][]): number {
  return inExcel((lang) => appealDeadline(received, workingDays, extraDaysOff, extraWorkingDays, lang));
}
