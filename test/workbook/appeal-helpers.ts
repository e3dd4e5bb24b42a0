// Shared by the appeal tests: a small central body scored by hand, its workbook with the generated sheets,
// and typing into the App. 6 sheet as a user would (cells found by the hidden column-A markers).

import ExcelJS from "exceljs";
import { parseEvaluation, scoreEvaluation } from "../../src/core";
import type { Lang } from "../../src/i18n";
import { buildConclusionSheets } from "../../src/workbook/conclusion";
import { filledSheets } from "../../src/workbook/workbook-services";
import type { CellValue } from "../../src/workbook/sheet-spec";
import { newWorkbook } from "../../src/workbook/xlsx-files";
import { HAND_EVALUATION } from "../fixtures/hand-evaluation";

/**
 * q1 = 1, q2 = 0.5 → B = 0.75; R = 0.5 → C = 0.5; indicator base 10, plan 20, fact 15 → h = 0.5 = K; a result
 * of 80 against 100 → p = 0.8 = Y; X = 0.4 = D; submitted 5 February after the deadline of 1 February → W = 1.5.
 * A = 100 · (0.1·0.75 + 0.1·0.5 + 0.8·0.4) − 1.5 = 7.5 + 5 + 32 − 1.5 = 43.
 */
export const APPEAL_EVALUATION = { ...HAND_EVALUATION, penalties: { ...HAND_EVALUATION.penalties, submitted: "2024-02-05" } };

/** The filled templates with the conclusion, the act and the App. 6 sheet, as `bagalau conclusion` writes them. */
export function appealWorkbook(lang: Lang, raw: Record<string, unknown> = APPEAL_EVALUATION): ExcelJS.Workbook {
  const parsed = parseEvaluation(raw);
  const result = scoreEvaluation(parsed.evaluation, parsed.issues);
  return newWorkbook([
    ...filledSheets(parsed.evaluation, result, lang),
    ...buildConclusionSheets({ evaluation: parsed.evaluation, result, lang }),
  ]);
}

export function sheetWithRole(workbook: ExcelJS.Workbook, role: string): ExcelJS.Worksheet {
  const ws = workbook.worksheets.find((w) => w.getCell("A1").value === `bagalau:sheet:${role}`);
  if (!ws) throw new Error(`no ${role} sheet`);
  return ws;
}

/** The row numbers of the App. 6 sheet's markers, and of the table's rows (pre-filled and spare). */
export function appealRows(ws: ExcelJS.Worksheet): { marker: Map<string, number>; table: number[]; movedDays: number[] } {
  const marker = new Map<string, number>();
  ws.eachRow((row, n) => {
    const value = row.getCell(1).value;
    if (typeof value === "string" && !marker.has(value)) marker.set(value, n);
  });
  const range = (from: number, to: number) => Array.from({ length: to - from - 1 }, (_, i) => from + 1 + i);
  const table = range(marker.get("bagalau:appeal:columnNumbers")!, marker.get("bagalau:appeal:tableEnd")!);
  const movedDays = range(marker.get("bagalau:table:appealMovedDays")!, marker.get("bagalau:appeal:movedDaysEnd")!);
  return { marker, table, movedDays };
}

export interface AppealTyping {
  conclusionReceived?: CellValue;
  objectionsReceived?: CellValue;
  daysOff?: CellValue[];
  workingDays?: CellValue[];
  /** By the table row's № (1-based): what to type in it. */
  rows?: Record<number, { objection?: string; decision?: string; rationale?: string; target?: string; value?: CellValue }>;
}

/** Types into the App. 6 sheet: D holds the dates, D/E the moved days, D…H the table's objection … new value. */
export function typeAppeal(workbook: ExcelJS.Workbook, typing: AppealTyping): ExcelJS.Worksheet {
  const ws = sheetWithRole(workbook, "disagreements");
  const { marker, table, movedDays } = appealRows(ws);
  const set = (row: number, column: number, value: CellValue | undefined) => {
    if (value !== undefined) ws.getCell(row, column).value = value as ExcelJS.CellValue;
  };
  set(marker.get("bagalau:field:appeal.conclusionReceived")!, 4, typing.conclusionReceived);
  set(marker.get("bagalau:field:appeal.objectionsReceived")!, 4, typing.objectionsReceived);
  (typing.daysOff ?? []).forEach((value, i) => set(movedDays[i], 4, value));
  (typing.workingDays ?? []).forEach((value, i) => set(movedDays[i], 5, value));
  for (const [no, cells] of Object.entries(typing.rows ?? {})) {
    const row = table[Number(no) - 1];
    set(row, 4, cells.objection);
    set(row, 5, cells.decision);
    set(row, 6, cells.rationale);
    set(row, 7, cells.target);
    set(row, 8, cells.value);
  }
  return ws;
}

/** The № of the table row whose pre-filled target is `target`, e.g. "goal 1, indicator 1: fact". */
export function rowOfTarget(workbook: ExcelJS.Workbook, target: string): number {
  const ws = sheetWithRole(workbook, "disagreements");
  const { table } = appealRows(ws);
  const index = table.findIndex((row) => String(ws.getCell(row, 7).value ?? "").replace(/\s+/g, " ") === target);
  if (index < 0) throw new Error(`no row with the target “${target}”`);
  return index + 1;
}
