// A plan file read in the browser: its bytes checked here (size, password, zip, kind of document), then an
// .xlsx read in the lazy xlsx-workbook chunk (ExcelJS) and a .docx in the lazy plan-docx chunk (mammoth).

import {
  MAX_XLSX_BYTES,
  MAX_XLSX_UNPACKED_BYTES,
  XlsxRefused,
  checkXlsxBytes,
  looksLikeOle,
  looksLikeZip,
  megabytes,
  readZipDirectory,
  tooLargeRefusal,
} from "../../workbook/xlsx-bytes";
import type { PlanGrid } from "../../workbook/plan-import/plan-grid";
import type { SheetSpec } from "../../workbook/sheet-spec";

/** A plan file that cannot be read; `reason` is an i18n key under `plan.refusal.`. */
export class PlanFileRefused extends Error {
  constructor(
    readonly reason: "notPlanFile" | "encrypted" | "corrupt" | "unpackedTooLarge",
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
    this.name = "PlanFileRefused";
  }
}

type XlsxSession = typeof import("../file-mode/xlsx-session");
type DocxSession = typeof import("./docx-session");

/** The lazy chunk with ExcelJS (the file mode's). */
export function loadXlsxSession(): Promise<XlsxSession> {
  return import(/* webpackChunkName: "xlsx-workbook" */ "../file-mode/xlsx-session");
}

function loadDocxSession(): Promise<DocxSession> {
  return import(/* webpackChunkName: "plan-docx" */ "./docx-session");
}

/** The tables of a plan file (.xlsx: its sheets; .docx: its tables) as grids. */
export async function planGridsOfFile(file: Blob): Promise<PlanGrid[]> {
  if (file.size > MAX_XLSX_BYTES) throw tooLargeRefusal();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new XlsxRefused("empty");
  if (looksLikeOle(bytes)) throw new PlanFileRefused("encrypted");
  if (!looksLikeZip(bytes)) throw new PlanFileRefused("notPlanFile");
  const directory = readZipDirectory(bytes);
  const names = directory.names.map((name) => name.toLowerCase());
  if (names.includes("xl/workbook.xml")) {
    checkXlsxBytes(bytes);
    return (await loadXlsxSession()).xlsxPlanGrids(bytes);
  }
  if (!names.includes("word/document.xml")) throw new PlanFileRefused("notPlanFile");
  if (directory.unpackedBytes > MAX_XLSX_UNPACKED_BYTES)
    throw new PlanFileRefused("unpackedTooLarge", { limit: megabytes(MAX_XLSX_UNPACKED_BYTES) });
  const docx = await loadDocxSession();
  try {
    return await docx.docxPlanGrids(bytes);
  } catch {
    throw new PlanFileRefused("corrupt");
  }
}

/** Sheets as the bytes of a new .xlsx (in the lazy xlsx-workbook chunk). */
export async function sheetsToBytes(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  return (await loadXlsxSession()).sheetsToBytes(sheets);
}
