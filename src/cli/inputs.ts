// The workbooks the CLI reads and writes: an input opened as a workbook (or the templates an evaluation
// JSON fills), each refusal as one localized reason; what is read before opening is input-files.ts's.

import * as fs from "fs";
import type ExcelJS from "exceljs";
import { scoreEvaluation } from "../core";
import { t, type Lang, type MessageKey } from "../i18n";
import { NotABagalauWorkbook, readWorkbook, type WorkbookReading } from "../workbook/reader/read-workbook";
import {
  XlsxRefused,
  loadWorkbook,
  newWorkbook,
  sheetRoleOf,
  uncarriedParts,
  writeWorkbookFile,
  type UncarriedPart,
} from "../workbook/xlsx-files";
import { filledSheets, leftOutOfTemplates, type LeftOutOfTemplates } from "../workbook/workbook-services";
import { readGrids } from "../workbook/xlsx-sheets";
import type { Grid } from "../workbook/sheet-spec";
import { FileRefused, OutputRefused, isWorkbookInput, parseJsonInput, readInputBytes, xlsxRefusalText } from "./input-files";

/** The input of check and conclusion: a workbook as opened, or the workbook an evaluation JSON fills. */
export interface EvaluationInput extends OpenedWorkbook {
  fromJson: boolean;
  /** What a copy written by ExcelJS will not keep of the original. */
  uncarried: UncarriedPart[];
  /** What of an evaluation JSON its filled templates have no sheet for (none for a workbook). */
  leftOut: LeftOutOfTemplates[];
}

/**
 * Opens a workbook, or fills the templates with an evaluation JSON (in `lang`) and reads that, so that
 * a check or a conclusion of a JSON file is the check or conclusion of its filled workbook.
 */
export async function openEvaluationInput(file: string, lang: Lang): Promise<EvaluationInput> {
  const bytes = readInputBytes(file, lang);
  if (isWorkbookInput(bytes)) {
    const opened = await openWorkbookBytes(bytes, lang);
    const ownCharts = opened.workbook.worksheets.filter((ws) => sheetRoleOf(ws) === "conclusion").length;
    return { ...opened, fromJson: false, uncarried: uncarriedParts(bytes, ownCharts), leftOut: [] };
  }
  const { evaluation, issues } = parseJsonInput(file, bytes, lang);
  const workbook = newWorkbook(filledSheets(evaluation, scoreEvaluation(evaluation, issues), lang));
  return { workbook, grids: readGrids(workbook), fromJson: true, uncarried: [], leftOut: leftOutOfTemplates(evaluation) };
}

/**
 * Warns, on stderr, what of an evaluation JSON the workbook leaves out because its kind of body has no sheet
 * for it (risks of a local body, performance of a central one) — one line per part, naming how many items.
 */
export function warnLeftOut(file: string, leftOut: readonly LeftOutOfTemplates[], lang: Lang, stderr: (text: string) => void): void {
  for (const { part, count } of leftOut) stderr(t(lang, `cli.warning.leftOut.${part}`, { file, count }) + "\n");
}

/** Warns, on stderr, what of the original a copy will not keep (the original itself is never changed). */
export function warnUncarried(file: string, input: EvaluationInput, lang: Lang, stderr: (text: string) => void): void {
  if (input.uncarried.length === 0) return;
  const parts = input.uncarried.map((part) => t(lang, `cli.part.${part}` as MessageKey)).join(", ");
  stderr(t(lang, "cli.warning.uncarried", { file, parts }) + "\n");
}

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  grids: Grid[];
}

/** Loads a workbook from its bytes, refusing one that is not an .xlsx BAGALAU can open. */
export async function openWorkbookBytes(bytes: Buffer, lang: Lang): Promise<OpenedWorkbook> {
  try {
    const workbook = await loadWorkbook(bytes);
    return { workbook, grids: readGrids(workbook) };
  } catch (error) {
    if (error instanceof XlsxRefused) throw new FileRefused(xlsxRefusalText(lang, error));
    throw new FileRefused(t(lang, "wb.refusal.corrupt"));
  }
}

/** Runs a reading of BAGALAU sheets, refusing a workbook that has none. */
export function withBagalauSheets<T>(lang: Lang, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof NotABagalauWorkbook) throw new FileRefused(t(lang, "wb.refusal.noBagalauSheets"));
    throw error;
  }
}

export function readBagalauSheets(grids: readonly Grid[], lang: Lang): WorkbookReading {
  return withBagalauSheets(lang, () => readWorkbook(grids));
}

/** Writes a workbook, turning a file-system failure into a one-line localized reason. */
export async function writeOutput(workbook: ExcelJS.Workbook, output: string, lang: Lang): Promise<void> {
  try {
    if (fs.existsSync(output) && fs.statSync(output).isDirectory()) throw new FileRefused(t(lang, "cli.error.isDirectory"));
    await writeWorkbookFile(workbook, output);
  } catch (error) {
    if (error instanceof FileRefused) throw new OutputRefused(output, error.reason);
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? t(lang, "cli.error.noSuchFolder") : t(lang, "cli.error.writeFailed", { detail: code ?? String(error) });
    throw new OutputRefused(output, reason);
  }
}
