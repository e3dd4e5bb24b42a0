// .xlsx files in Node for the CLI: open a workbook (refusing what is not a readable xlsx with a reason,
// by the browser-safe checks of xlsx-bytes.ts), write SheetSpecs into a new workbook, or add sheets to a copy.

import * as fs from "fs";
import type ExcelJS from "exceljs";
import { definedNameEntries } from "./exceljs-internals";
import { addSheet, readGrids } from "./xlsx-sheets";
import { workbookBytes } from "./xlsx-package/write-package";
import { MARKER_COLUMN, MARKER_PREFIX } from "./layout";
import { MAX_XLSX_BYTES, XlsxRefused, checkXlsxBytes, tooLargeRefusal } from "./xlsx-bytes";
import { inflateWithinDeclaredSizes } from "./xlsx-inflate-check";
import type { Grid, SheetSpec } from "./sheet-spec";

/** ExcelJS, loaded on first use: it takes ~0.2 s to load, which a run that reads only JSON never pays. */
function excelJS(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at first use, not by every command
  return require("exceljs") as typeof ExcelJS;
}

export { MAX_XLSX_UNPACKED_BYTES, XlsxRefused, readZipDirectory, uncarriedParts } from "./xlsx-bytes";
export type { UncarriedPart } from "./xlsx-bytes";

/**
 * Opens a workbook from bytes: a zip (xlsx) holding a workbook, not an OLE container (password-protected
 * or .xls), within the size limits — those its directory declares, and (in Node) what its entries inflate to.
 */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  checkXlsxBytes(bytes);
  inflateWithinDeclaredSizes(bytes);
  const workbook = new (excelJS().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxRefused("corrupt", error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
  return workbook;
}

/** Reads a workbook file, refusing one larger than MAX_XLSX_BYTES before reading it. */
async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  if (fs.statSync(path).size > MAX_XLSX_BYTES) throw tooLargeRefusal();
  return loadWorkbook(fs.readFileSync(path));
}

export async function readWorkbookFile(path: string): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[] }> {
  const workbook = await loadWorkbookFile(path);
  return { workbook, grids: readGrids(workbook) };
}

export function newWorkbook(sheets: readonly SheetSpec[]): ExcelJS.Workbook {
  const workbook = new (excelJS().Workbook)();
  workbook.creator = "BAGALAU";
  workbook.calcProperties.fullCalcOnLoad = false;
  for (const sheet of sheets) addSheet(workbook, sheet);
  return workbook;
}

/** The role a worksheet's hidden marker gives it (`bagalau:sheet:conclusion` in column A near the top). */
export function sheetRoleOf(ws: ExcelJS.Worksheet): string | undefined {
  for (let row = 1; row <= 3; row++) {
    const value = ws.getCell(row, MARKER_COLUMN).value;
    if (typeof value === "string" && value.startsWith(`${MARKER_PREFIX}sheet:`)) return value.slice(`${MARKER_PREFIX}sheet:`.length);
  }
  return undefined;
}

/**
 * Replaces the sheets BAGALAU owns — found by their role marker only (so a conclusion written in another
 * language is replaced too) — and adds the others at the end. A user's sheet that only has the name of
 * one (no marker) is kept: the new sheet takes a free name, "name (2)", as in the task pane.
 */
export function replaceSheets(workbook: ExcelJS.Workbook, sheets: readonly SheetSpec[]): void {
  for (const sheet of sheets) {
    const existing = workbook.worksheets.filter((ws) => sheetRoleOf(ws) === sheet.role);
    for (const ws of existing) {
      for (const name of workbookNamesIn(workbook, ws.name)) workbook.definedNames.remove(name.ref, name.name);
      workbook.removeWorksheet(ws.id);
    }
    addSheet(workbook, { ...sheet, name: freeSheetName(workbook, sheet.name) });
  }
}

/** `wanted`, or `wanted (2)`, `wanted (3)`, … — the first name no sheet has (compared without case, within Excel's 31 characters). */
function freeSheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLocaleLowerCase()));
  const base = wanted.slice(0, 31);
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** The defined names pointing into a sheet, so they can be dropped with it. */
function workbookNamesIn(workbook: ExcelJS.Workbook, sheetName: string): { name: string; ref: string }[] {
  const model = definedNameEntries(workbook);
  const quoted = `'${sheetName.replace(/'/g, "''")}'!`;
  const out: { name: string; ref: string }[] = [];
  for (const entry of model) {
    for (const ref of entry.ranges) if (ref.startsWith(quoted) || ref.startsWith(`${sheetName}!`)) out.push({ name: entry.name, ref });
  }
  return out;
}

/** Writes a workbook, with the charts its BAGALAU sheets ask for (which ExcelJS alone cannot write). */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  fs.writeFileSync(path, await workbookBytes(workbook));
}
