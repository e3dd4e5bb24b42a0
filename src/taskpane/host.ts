// The pane's connection to Excel: the application services over the ExcelPort (Office.js), created
// once Office is ready. The file mode will add its own connection here (the XlsxWorkbookPort).

import { createExcelPort } from "../app/excel-port";
import { createBagalauApp } from "../app/services";
import type { LiveApp } from "./live-app";

export function connectExcel(): LiveApp {
  return createBagalauApp(createExcelPort());
}
