// The appeal of a workbook: its App. 6 sheet read back and, where anything was typed on it, assessed by
// the core — deadlines, each objection's outcome and the score after the appeal beside the original.

import { assessAppeal, type AppealAssessment, type Issue } from "../core";
import type { Evaluation } from "../core";
import { readAppealSheet, type AppealReading } from "./appeal-read";
import type { Grid } from "./sheet-spec";

export interface AppealState {
  reading: AppealReading;
  /** Present once something was typed on the sheet (a date, an objection, a decision). */
  assessment?: AppealAssessment;
}

/** The appeal of a workbook; undefined without an App. 6 sheet. `today` (ISO) gives the days left. */
export function appealOfWorkbook(
  grids: readonly Grid[],
  evaluation: Evaluation,
  parseIssues: readonly Issue[],
  today?: string,
): AppealState | undefined {
  const reading = readAppealSheet(grids);
  if (!reading) return undefined;
  if (!reading.hasInput) return { reading };
  try {
    return { reading, assessment: assessAppeal(evaluation, reading.input, parseIssues, today) };
  } catch {
    // The reader keeps only valid dates, so this is a date the calendar cannot count (beyond year 9999).
    return { reading };
  }
}
