// The next period's sheets opened as a new workbook inside Excel: written to .xlsx bytes in the lazy
// xlsx-workbook chunk, then handed to Excel.createWorkbook, which opens them in a window of their own.

/// <reference types="office-js" />

import type { SheetSpec } from "../../workbook/sheet-spec";
import { sheetsToBytes } from "./read-plan-file";

/** Bytes as base64, in slices (a spread of a whole file would overflow the call stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function openInNewExcelWorkbook(sheets: readonly SheetSpec[]): Promise<void> {
  const bytes = await sheetsToBytes(sheets);
  await Excel.createWorkbook(base64Of(bytes));
}
