// .xlsx files in Node for the CLI: open a workbook (refusing what is not a readable xlsx with a reason),
// write SheetSpecs into a new workbook, or add sheets to a copy — never writing over the input file.

import * as fs from "fs";
import ExcelJS from "exceljs";
import { addSheet, readGrids } from "./xlsx-port";
import type { Grid, SheetSpec } from "./sheet-spec";

/** Why a file is not a workbook BAGALAU can open; an i18n key under `wb.refusal.`. */
export type XlsxRefusalReason = "notXlsx" | "encrypted" | "corrupt" | "tooLarge";

export class XlsxRefused extends Error {
  constructor(
    readonly reason: XlsxRefusalReason,
    readonly detail = "",
  ) {
    super(`${reason}${detail ? `: ${detail}` : ""}`);
    this.name = "XlsxRefused";
  }
}

/** The largest .xlsx the CLI opens, so that a huge or hostile file is refused instead of exhausting memory. */
export const MAX_XLSX_BYTES = 100 * 1024 * 1024;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Opens a workbook from bytes: a zip (xlsx), not an OLE container (password-protected or .xls). */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  if (bytes.length > MAX_XLSX_BYTES) throw new XlsxRefused("tooLarge", String(MAX_XLSX_BYTES));
  if (startsWith(bytes, OLE_SIGNATURE)) throw new XlsxRefused("encrypted");
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new XlsxRefused("notXlsx");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxRefused("corrupt", error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
  return workbook;
}

export async function readWorkbookFile(path: string): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[] }> {
  const workbook = await loadWorkbook(fs.readFileSync(path));
  return { workbook, grids: readGrids(workbook) };
}

export function newWorkbook(sheets: readonly SheetSpec[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "BAGALAU";
  workbook.calcProperties.fullCalcOnLoad = false;
  for (const sheet of sheets) addSheet(workbook, sheet);
  return workbook;
}

/** Replaces the sheets BAGALAU owns (same name) and adds the others at the end. */
export function replaceSheets(workbook: ExcelJS.Workbook, sheets: readonly SheetSpec[]): void {
  for (const sheet of sheets) {
    const existing = workbook.getWorksheet(sheet.name);
    if (existing) workbook.removeWorksheet(existing.id);
    addSheet(workbook, sheet);
  }
}

export async function writeWorkbookFile(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await workbook.xlsx.writeFile(path);
}
