// The live cells of a filled workbook compared with the core: the workbook is written as the CLI writes it,
// recalculated with the built BAGALAU.* functions, and every formula cell's value compared with the value the core stored.

import { parseEvaluation, scoreEvaluation } from "../../src/core";
import type { Lang } from "../../src/i18n";
import { address } from "../../src/workbook/sheet-spec";
import { filledSheets } from "../../src/workbook/workbook-services";
import { newWorkbook } from "../../src/workbook/xlsx-files";
import { workbookBytes } from "../../src/workbook/xlsx-package/write-package";
import type { BuiltFunctions } from "./built-functions";
import { recalculate, type EmptyAs, type Recalculated } from "./recalculated-workbook";
import { readWorkbookModel, type ModelValue, type WorkbookModel } from "./xlsx-model";

/** A formula cell whose recalculated value differs from the one the core stored. */
export interface LiveMismatch {
  sheet: string;
  cell: string;
  formula: string;
  stored: ModelValue;
  live: ModelValue;
}

export interface LiveWorkbook {
  model: WorkbookModel;
  recalculated: Recalculated;
}

/** The .xlsx bytes `bagalau fill` writes for an evaluation JSON, in `lang`. */
export async function filledWorkbookBytes(json: unknown, lang: Lang): Promise<Uint8Array> {
  const parsed = parseEvaluation(json);
  const result = scoreEvaluation(parsed.evaluation, parsed.issues);
  return workbookBytes(newWorkbook(filledSheets(parsed.evaluation, result, lang)));
}

/** Recalculates written bytes with the built functions. */
export async function liveWorkbook(bytes: Uint8Array, functions: BuiltFunctions, emptyAs: EmptyAs): Promise<LiveWorkbook> {
  const model = await readWorkbookModel(bytes);
  return { model, recalculated: recalculate(model, functions, emptyAs) };
}

/** Equal as the harness counts it: numbers within 1e-9, blanks ("" and empty) alike, errors by code. */
export function sameValue(a: ModelValue, b: ModelValue): boolean {
  const blank = (v: ModelValue) => v === null || v === "";
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9;
  if (typeof a === "object" && typeof b === "object") return a?.error === b?.error;
  return a === b;
}

/** Every formula cell whose live value is not the stored one. */
export function liveMismatches({ model, recalculated }: LiveWorkbook): LiveMismatch[] {
  const mismatches: LiveMismatch[] = [];
  for (const sheet of model.sheets) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined && !cell.spilled) continue;
      const [row, column] = key.split(",").map(Number);
      const live = recalculated.value(sheet.name, row, column);
      if (!sameValue(cell.value, live)) {
        const formula = cell.formula ?? "(spilled)";
        mismatches.push({ sheet: sheet.name, cell: address(row, column), formula, stored: cell.value, live });
      }
    }
  }
  return mismatches;
}
