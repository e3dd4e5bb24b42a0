// Opening a workbook in file mode: the file's bytes checked in the main bundle (size, password, zip,
// workbook part) before the lazy chunk with ExcelJS is loaded to read them; a new empty workbook likewise.

import { MAX_XLSX_BYTES, checkXlsxBytes, tooLargeRefusal } from "../../workbook/xlsx-bytes";
import type { WorkbookFile } from "./workbook-file";

/** The lazy chunk (ExcelJS and the XlsxWorkbookPort) could not be loaded: a network or server problem. */
export class FileModeUnavailable extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = "FileModeUnavailable";
  }
}

type XlsxSession = typeof import("./xlsx-session");

let session: Promise<XlsxSession> | undefined;

/** The lazy chunk, loaded once; a failed load is tried again next time. */
function loadXlsxSession(): Promise<XlsxSession> {
  session ??= import(/* webpackChunkName: "xlsx-workbook" */ "./xlsx-session").catch((error: unknown) => {
    session = undefined;
    throw new FileModeUnavailable(error instanceof Error ? error.message : String(error));
  });
  return session;
}

/** The bytes of a file the user chose or dropped, refused as too large before they are read. */
async function fileBytes(file: Blob): Promise<Uint8Array> {
  if (file.size > MAX_XLSX_BYTES) throw tooLargeRefusal();
  return new Uint8Array(await file.arrayBuffer());
}

export async function openWorkbookFile(file: File): Promise<WorkbookFile> {
  const bytes = await fileBytes(file);
  checkXlsxBytes(bytes);
  const xlsx = await loadXlsxSession();
  return xlsx.openXlsxFile(bytes, file.name);
}

export async function newWorkbookFile(): Promise<WorkbookFile> {
  const xlsx = await loadXlsxSession();
  return xlsx.newXlsxFile();
}
