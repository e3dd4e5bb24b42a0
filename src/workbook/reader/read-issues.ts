// The problems reading a workbook can meet (a sheet missing, a word or date not recognized, a row outside
// any block, weights that do not add up, a percentage-formatted value), each with its cell; messages by i18n.

import type { CellRef } from "../cell-ref";

type ReadIssueCode =
  | "SHEET_MISSING"
  | "VALUE_NOT_RECOGNIZED"
  | "ROW_OUTSIDE_BLOCK"
  | "DATE_NOT_RECOGNIZED"
  | "WEIGHTS_INVALID"
  /** A base, plan or fact typed in a percentage-formatted cell: 95% is the number 0.95 (METHODOLOGY.md §2a). */
  | "PERCENT_FORMAT";

export interface ReadIssue {
  code: ReadIssueCode;
  severity: "error" | "warning";
  cell?: CellRef;
  /** Texts as read, and numbers written the message's language's way. */
  params: Record<string, string | number>;
}
