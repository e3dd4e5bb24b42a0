// The pane's connection to Excel: the application services over the ExcelPort (Office.js), created
// once Office is ready. File mode connects to an .xlsx instead: file-mode/open-file.ts (XlsxWorkbookPort).

import { createExcelPort } from "../app/excel-port";
import { createBagalauApp } from "../app/bagalau-app";
import type { LiveApp } from "./live-app";

export function connectExcel(): LiveApp {
  return createBagalauApp(createExcelPort());
}
