// The lazy part of file mode (webpack's chunk xlsx-workbook.js, loaded on the first file opened): ExcelJS,
// the XlsxWorkbookPort and the application services over it, for a file's bytes or a new empty workbook;
// also a plan's .xlsx read into grids, and sheets made into a new workbook (the next period's).

import { createBagalauApp } from "../../app/bagalau-app";
import { sheetRoleOfGrid } from "../../app/sheet-placement";
import { XlsxWorkbookPort } from "../../app/xlsx-workbook-port";
import { NotABagalauWorkbook, readWorkbook } from "../../workbook/reader/read-workbook";
import { XlsxRefused, uncarriedParts } from "../../workbook/xlsx-bytes";
import type { PlanGrid } from "../../workbook/plan-import/plan-grid";
import { workbookPlanGrids } from "../../workbook/plan-import/sheet-grids";
import type { SheetSpec } from "../../workbook/sheet-spec";
import { downloadName } from "./download-name";
import { WatchedPort } from "./watched-port";
import { WorkbookFileEvents, type WorkbookFile } from "./workbook-file";

let lastId = 0;

function workbookFile(port: XlsxWorkbookPort, fileName: string | undefined, uncarried: WorkbookFile["uncarried"]): WorkbookFile {
  const events = new WorkbookFileEvents();
  return {
    id: ++lastId,
    fileName,
    downloadName: downloadName(fileName),
    uncarried,
    app: createBagalauApp(new WatchedPort(port, events)),
    toBytes: () => port.toBytes(),
    subscribe: (listener) => events.subscribe(listener),
  };
}

/**
 * Opens checked .xlsx bytes (see checkXlsxBytes): refused as corrupt where ExcelJS cannot read them, and
 * as holding no BAGALAU sheets where there is none — the CLI's reasons, in the same words.
 */
export async function openXlsxFile(bytes: Uint8Array, fileName: string): Promise<WorkbookFile> {
  let port: XlsxWorkbookPort;
  try {
    port = await XlsxWorkbookPort.fromBytes(bytes);
  } catch (error) {
    throw new XlsxRefused("corrupt", error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
  const grids = await port.readGrids();
  try {
    readWorkbook(grids);
  } catch (error) {
    if (error instanceof NotABagalauWorkbook) throw new XlsxRefused("noBagalauSheets");
    throw error;
  }
  // BAGALAU's own chart (on its conclusion sheet) is written again with the copy: only other charts are lost.
  const ownCharts = grids.filter((grid) => sheetRoleOfGrid(grid) === "conclusion").length;
  return workbookFile(port, fileName, uncarriedParts(bytes, ownCharts));
}

/** A new workbook with no sheet yet: the Start view inserts the templates into it. */
export function newXlsxFile(): WorkbookFile {
  return workbookFile(XlsxWorkbookPort.empty(), undefined, []);
}

/** A plan kept as an .xlsx (checked bytes): its sheets as plan grids, merged cells expanded. */
export async function xlsxPlanGrids(bytes: Uint8Array): Promise<PlanGrid[]> {
  let port: XlsxWorkbookPort;
  try {
    port = await XlsxWorkbookPort.fromBytes(bytes);
  } catch (error) {
    throw new XlsxRefused("corrupt", error instanceof Error ? error.message.split("\n")[0] : String(error));
  }
  return workbookPlanGrids(port.workbook);
}

/** Sheets written into a new workbook, as .xlsx bytes (the next period's workbook, opened in Excel). */
export async function sheetsToBytes(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const port = XlsxWorkbookPort.empty();
  await port.writeSheets(sheets, []);
  return port.toBytes();
}

/** Sheets as a workbook opened in file mode (the next period's), named like a file the user would save. */
export async function sheetsAsFile(sheets: readonly SheetSpec[], fileName: string): Promise<WorkbookFile> {
  const port = XlsxWorkbookPort.empty();
  await port.writeSheets(sheets, []);
  return workbookFile(port, fileName, []);
}
