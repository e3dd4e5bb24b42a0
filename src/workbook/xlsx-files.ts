// .xlsx files in Node for the CLI: open a workbook (refusing what is not a readable xlsx with a reason),
// write SheetSpecs into a new workbook, or add sheets to a copy — never writing over the input file.

import * as fs from "fs";
import ExcelJS from "exceljs";
import { addSheet, readGrids } from "./xlsx-port";
import { workbookBytes } from "./chart";
import { MARKER_COLUMN, MARKER_PREFIX } from "./layout";
import type { Grid, SheetSpec } from "./sheet-spec";

/** Why a file is not a workbook BAGALAU can open; an i18n key under `wb.refusal.`. */
export type XlsxRefusalReason = "notXlsx" | "zipNotXlsx" | "encrypted" | "corrupt" | "tooLarge" | "noBagalauSheets";

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
/** The most a workbook may unpack to (a zip bomb unpacks to far more than its size). */
export const MAX_XLSX_UNPACKED_BYTES = 1024 * 1024 * 1024;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: what Excel writes for a password-protected workbook, and the old .xls format. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** The file starts like a zip archive (an .xlsx is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE);
}

/** The file is an OLE compound file: a password-protected workbook or an .xls. */
export function looksLikeOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_SIGNATURE);
}

export interface ZipDirectory {
  names: string[];
  unpackedBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * The zip's central directory: the names of its entries and their unpacked size. A zip whose end
 * record or directory is missing or cut off (a truncated download) is refused as corrupt.
 */
export function readZipDirectory(bytes: Buffer): ZipDirectory {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxRefused("corrupt", "no end of central directory");
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) return { names: [], unpackedBytes: 0 }; // zip64: left to the zip reader
  if (offset + size > eocd) throw new XlsxRefused("corrupt", "central directory out of bounds");
  const names: string[] = [];
  let unpackedBytes = 0;
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new XlsxRefused("corrupt", "bad central directory entry");
    const unpacked = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    if (localOffset >= offset) throw new XlsxRefused("corrupt", "entry outside the archive");
    names.push(bytes.toString("utf8", at + 46, at + 46 + nameLength));
    unpackedBytes += unpacked;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { names, unpackedBytes };
}

/** Parts of a workbook that ExcelJS does not carry into a copy it writes: charts, pivot tables, macros. */
export type UncarriedPart = "charts" | "pivotTables" | "macros";

/** Which uncarried parts a workbook holds (BAGALAU's own chart on its conclusion sheet is rewritten, so not counted). */
export function uncarriedParts(bytes: Buffer, ownCharts = 0): UncarriedPart[] {
  const names = looksLikeZip(bytes) ? readZipDirectory(bytes).names.map((n) => n.toLowerCase()) : [];
  const parts: UncarriedPart[] = [];
  if (names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length > ownCharts) parts.push("charts");
  if (names.some((n) => n.startsWith("xl/pivottables/"))) parts.push("pivotTables");
  if (names.some((n) => n === "xl/vbaproject.bin")) parts.push("macros");
  return parts;
}

/** Opens a workbook from bytes: a zip (xlsx) holding a workbook, not an OLE container (password-protected or .xls). */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  if (bytes.length > MAX_XLSX_BYTES) throw new XlsxRefused("tooLarge", String(MAX_XLSX_BYTES));
  if (looksLikeOle(bytes)) throw new XlsxRefused("encrypted");
  if (!looksLikeZip(bytes)) throw new XlsxRefused("notXlsx");
  const directory = readZipDirectory(bytes);
  if (directory.unpackedBytes > MAX_XLSX_UNPACKED_BYTES) throw new XlsxRefused("tooLarge", String(MAX_XLSX_BYTES));
  if (directory.names.length > 0 && !directory.names.some((name) => name.toLowerCase() === "xl/workbook.xml")) throw new XlsxRefused("zipNotXlsx");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxRefused("corrupt", error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
  return workbook;
}

/** Reads a workbook file, refusing one larger than MAX_XLSX_BYTES before reading it. */
export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  if (fs.statSync(path).size > MAX_XLSX_BYTES) throw new XlsxRefused("tooLarge", String(MAX_XLSX_BYTES));
  return loadWorkbook(fs.readFileSync(path));
}

export async function readWorkbookFile(path: string): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[] }> {
  const workbook = await loadWorkbookFile(path);
  return { workbook, grids: readGrids(workbook) };
}

export function newWorkbook(sheets: readonly SheetSpec[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
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
 * Replaces the sheets BAGALAU owns — found by their role marker (so a conclusion written in another
 * language is replaced too) or by name — and adds the others at the end.
 */
export function replaceSheets(workbook: ExcelJS.Workbook, sheets: readonly SheetSpec[]): void {
  for (const sheet of sheets) {
    const existing = workbook.worksheets.filter((ws) => ws.name === sheet.name || sheetRoleOf(ws) === sheet.role);
    for (const ws of existing) {
      for (const name of workbookNamesIn(workbook, ws.name)) workbook.definedNames.remove(name.ref, name.name);
      workbook.removeWorksheet(ws.id);
    }
    addSheet(workbook, sheet);
  }
}

/** The defined names pointing into a sheet, so they can be dropped with it. */
function workbookNamesIn(workbook: ExcelJS.Workbook, sheetName: string): { name: string; ref: string }[] {
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
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
