// The pieces the generated appendix sheets (App. 5, 1, 6) share: the hidden sheet marker, the form
// caption and title, label–value rows, prose rows and the signature lines under each form.

import { t, type Lang, type MessageKey } from "../i18n";
import { FIRST_COLUMN, sheetMarker, type SheetRole } from "./layout";
import { SheetBuilder } from "./sheet-builder";
import type { CellValue, SheetSpec, StyleName } from "./sheet-spec";

export const COL_B = FIRST_COLUMN;

/** Rows 1–2: the marker in A1, the form caption ("Appendix 5 to the Methodology, form") and the title. */
export function formHeader(b: SheetBuilder, role: SheetRole, caption: string, title: string, lastColumn: number): number {
  b.marker(1, sheetMarker(role));
  b.value(1, COL_B, caption, "note").merge(1, COL_B, lastColumn);
  b.value(2, COL_B, title, "title").merge(2, COL_B, lastColumn);
  b.touch(3);
  return 4;
}

/** A label in `labelColumn` and a value merged over `fromColumn`…`toColumn`. Text values are always text. */
export function labelValue(
  b: SheetBuilder,
  row: number,
  label: string,
  value: CellValue,
  labelColumn: number,
  fromColumn: number,
  toColumn: number,
  style: StyleName = "wrapText",
): void {
  b.value(row, labelColumn, label, "label");
  b.value(row, fromColumn, value, style).merge(row, fromColumn, toColumn);
}

/** A paragraph: an optional number in column B and the text merged over the rest of the width. */
export function prose(
  b: SheetBuilder,
  row: number,
  number: string | null,
  text: string,
  lastColumn: number,
  style: StyleName = "wrapText",
): void {
  if (number !== null) b.value(row, COL_B, number, "label");
  b.value(row, COL_B + 1, text, style).merge(row, COL_B + 1, lastColumn);
}

export interface SignatureLine {
  /** Who signs, e.g. "Representative of the authorized body, position". */
  who: MessageKey;
  /** Captions under the blanks, in order, e.g. (date) (signature) (full name). */
  blanks: MessageKey[];
}

/**
 * Signature lines as in the forms: the signatory on the left, then a blank line per field with its
 * caption under it. `columns` are the columns of the blanks (the last one may be merged up to `lastColumn`).
 */
export function signatures(
  b: SheetBuilder,
  lang: Lang,
  row: number,
  lines: SignatureLine[],
  whoTo: number,
  columns: number[],
  lastColumn: number,
): number {
  let r = row;
  for (const line of lines) {
    b.value(r, COL_B, t(lang, line.who), "label").merge(r, COL_B, whoTo);
    line.blanks.forEach((caption, i) => {
      const column = columns[i];
      const to = i === line.blanks.length - 1 ? lastColumn : column;
      b.value(r, column, "____________", "text").merge(r, column, to);
      b.value(r + 1, column, t(lang, caption), "note").merge(r + 1, column, to);
    });
    r += 3;
  }
  return r;
}

/** How much wider than body text each wrapping style's letters are (bold, larger or smaller fonts). */
const LETTER_WIDTH: Partial<Record<StyleName, number>> = {
  title: 1.45,
  header: 1.1,
  blockHeader: 1.1,
  label: 1,
  input: 1,
  wrapText: 1,
  note: 0.85,
};

/** Breaks a text into lines of at most `limit` characters at spaces (a longer word keeps its own line). */
function breakLines(text: string, limit: number): string {
  return text
    .split("\n")
    .map((paragraph) => {
      const lines: string[] = [];
      let line = "";
      for (const word of paragraph.split(" ")) {
        if (line && line.length + 1 + word.length > limit) {
          lines.push(line);
          line = word;
        } else {
          line = line ? `${line} ${word}` : word;
        }
      }
      lines.push(line);
      return lines.join("\n");
    })
    .join("\n");
}

/**
 * Puts line breaks into the wrapped texts of a generated sheet, at the width of their cell (or merged
 * cells), so that each row's height — estimated from its count of lines when the sheet is written —
 * fits the text in any spreadsheet, whatever its font metrics.
 */
export function breakWrappedTexts(spec: SheetSpec): void {
  const widthOf = (column: number) => spec.columnWidths[column - 1] ?? 9;
  const mergedWidth = new Map<string, number>();
  for (const range of spec.merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m || m[2] !== m[4]) continue;
    const from = columnIndex(m[1]);
    let width = 0;
    for (let c = from; c <= columnIndex(m[3]); c++) width += widthOf(c);
    mergedWidth.set(`${m[2]}:${from}`, width);
  }
  spec.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      const scale = cell?.style ? LETTER_WIDTH[cell.style] : undefined;
      if (!cell || scale === undefined || typeof cell.value !== "string") return;
      const width = mergedWidth.get(`${r + 1}:${c + 1}`) ?? widthOf(c + 1);
      cell.value = breakLines(cell.value, Math.max(4, Math.floor(width / scale)));
    });
  });
}

function columnIndex(letters: string): number {
  return letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
