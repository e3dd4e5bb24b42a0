// A cell of a workbook as BAGALAU points at it (sheet name, 1-based row and column), and how it is
// written for people ('3 Мақсаттар'!H12) — what every reader, port and view passes around.

import { sheetAddress } from "./sheet-spec";

export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

export function formatCell(ref: CellRef): string {
  return sheetAddress(ref.sheet, ref.row, ref.column);
}
