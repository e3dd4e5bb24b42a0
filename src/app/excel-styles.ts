// The templates' looks (StyleName) as Office.js range formats — the same fonts, fills, borders, number
// formats and protection the .xlsx writer gives them — and the colours of the check's highlights.

import type { Severity } from "../workbook/port";
import type { StyleName } from "../workbook/sheet-spec";
import { HIGHLIGHT_FILLS } from "../workbook/sheet-looks";

export interface ExcelStyle {
  numberFormat?: string;
  /** Solid fill, "#RRGGBB". */
  fill?: string;
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  /** Thin grey lines around and between the cells. */
  border?: boolean;
  wrapText?: boolean;
  vertical?: "Top" | "Center";
  horizontal?: "Center";
  /** Editable when the sheet is protected (the input cells). */
  unlocked?: boolean;
}

export const BORDER_COLOR = "#BFBFBF";

export const EXCEL_STYLES: Record<StyleName, ExcelStyle> = {
  marker: { font: { size: 8, color: "#808080" } },
  title: { font: { bold: true, size: 14, color: "#1F3864" }, vertical: "Center", wrapText: true },
  subtitle: { font: { bold: true, size: 12 } },
  note: { font: { italic: true, size: 9, color: "#595959" }, wrapText: true, vertical: "Top" },
  header: { font: { bold: true }, fill: "#DCE6F1", border: true, wrapText: true, vertical: "Center", horizontal: "Center" },
  blockHeader: { font: { bold: true }, fill: "#E7E6E6", wrapText: true, vertical: "Center", unlocked: true },
  blockLabel: { font: { bold: true, color: "#1F3864" }, vertical: "Top" },
  label: { wrapText: true, vertical: "Center" },
  input: { border: true, wrapText: true, vertical: "Top", unlocked: true },
  inputNumber: { border: true, numberFormat: "General", vertical: "Top", unlocked: true },
  inputDate: { border: true, numberFormat: "yyyy-mm-dd", vertical: "Top", unlocked: true },
  inputCode: { border: true, numberFormat: "@", vertical: "Top", unlocked: true },
  computed: { fill: "#F2F2F2", border: true, numberFormat: "0.0000", font: { color: "#1F3864" } },
  computedPoints: { fill: "#F2F2F2", border: true, numberFormat: "0.00", font: { color: "#1F3864" } },
  computedDate: { fill: "#F2F2F2", border: true, numberFormat: "yyyy-mm-dd", font: { color: "#1F3864" } },
  total: { font: { bold: true, size: 12 }, fill: "#FFF2CC", border: true, numberFormat: "0.00" },
  text: {},
  wrapText: { wrapText: true, vertical: "Top" },
  number: { numberFormat: "0.00##" },
  good: { fill: "#C6EFCE" },
  bad: { fill: "#FFC7CE" },
};

/** "FFFFC7CE" (ARGB, as files store colours) → "#FFC7CE". */
export function argbToHex(argb: string): string {
  return `#${argb.slice(-6).toUpperCase()}`;
}

/** The fill of a highlighted cell, the same colours as the highlighted copy the CLI writes. */
export function highlightColor(severity: Severity): string {
  return argbToHex(HIGHLIGHT_FILLS[severity]);
}

/** A column width in characters (as files store it) → points (as Office.js sets it): 7 px a character plus 5 px padding, 0.75 pt a pixel. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
