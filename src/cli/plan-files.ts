// A plan's own table read from a file for the CLI: an .xlsx (through ExcelJS, with the workbook checks)
// or a .docx (Word, through mammoth and @xmldom/xmldom), told by their contents, each refusal one reason.

import { DOMParser } from "@xmldom/xmldom";
import type Mammoth from "mammoth";
import { t, type Lang, type MessageKey } from "../i18n";
import { XlsxRefused, looksLikeOle, looksLikeZip, readZipDirectory, MAX_XLSX_UNPACKED_BYTES, megabytes } from "../workbook/xlsx-bytes";
import { inflateWithinDeclaredSizes } from "../workbook/xlsx-inflate-check";
import { documentTables } from "../workbook/plan-import/html-tables";
import type { PlanGrid } from "../workbook/plan-import/plan-grid";
import { workbookPlanGrids } from "../workbook/plan-import/sheet-grids";
import { FileRefused, readInputBytes } from "./input-files";
import { openWorkbookBytes } from "./inputs";

const refused = (lang: Lang, reason: string, params: Record<string, string | number> = {}) =>
  new FileRefused(t(lang, `plan.refusal.${reason}` as MessageKey, params));

/** The grids of a Word document's tables (mammoth converts it to HTML with its merged cells as colspan/rowspan). */
export async function docxPlanGrids(bytes: Buffer, lang: Lang): Promise<PlanGrid[]> {
  try {
    inflateWithinDeclaredSizes(bytes);
  } catch (error) {
    if (error instanceof XlsxRefused && error.reason === "unpackedTooLarge")
      throw refused(lang, "unpackedTooLarge", { limit: megabytes(MAX_XLSX_UNPACKED_BYTES) });
    throw refused(lang, "corrupt");
  }
  // mammoth, loaded on first use: only a .docx plan needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded at first use: a JSON-only run never pays for it
  const mammoth = require("mammoth") as typeof Mammoth;
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch {
    throw refused(lang, "corrupt");
  }
  const document = new DOMParser({ onError: () => undefined }).parseFromString(`<body>${html}</body>`, "text/html");
  return documentTables(document);
}

/** The plan file's tables as grids: its sheets (an .xlsx) or its tables (a .docx). */
export async function readPlanFile(file: string, lang: Lang): Promise<PlanGrid[]> {
  const bytes = readInputBytes(file, lang);
  if (looksLikeOle(bytes)) throw refused(lang, "encrypted");
  if (!looksLikeZip(bytes)) throw refused(lang, "notPlanFile");
  let names: string[];
  let unpacked: number;
  try {
    const directory = readZipDirectory(bytes);
    names = directory.names.map((name) => name.toLowerCase());
    unpacked = directory.unpackedBytes;
  } catch {
    throw refused(lang, "corrupt");
  }
  if (names.includes("xl/workbook.xml")) return workbookPlanGrids((await openWorkbookBytes(bytes, lang)).workbook);
  if (!names.includes("word/document.xml")) throw refused(lang, "notPlanFile");
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) throw refused(lang, "unpackedTooLarge", { limit: megabytes(MAX_XLSX_UNPACKED_BYTES) });
  return docxPlanGrids(bytes, lang);
}
