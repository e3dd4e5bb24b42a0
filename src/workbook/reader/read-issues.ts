// The problems reading a workbook can meet (a sheet missing, a word or date not recognized, a row outside
// any block, weights that do not add up), each with the cell it is on; the messages are made by i18n.

import type { CellRef } from "../cell-ref";

type ReadIssueCode = "SHEET_MISSING" | "VALUE_NOT_RECOGNIZED" | "ROW_OUTSIDE_BLOCK" | "DATE_NOT_RECOGNIZED" | "WEIGHTS_INVALID";

export interface ReadIssue {
  code: ReadIssueCode;
  severity: "error" | "warning";
  cell?: CellRef;
  params: Record<string, string>;
}
