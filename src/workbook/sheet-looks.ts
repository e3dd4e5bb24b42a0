// How BAGALAU's sheets look on any host: the highlight fills by severity and the row heights wrapped text
// needs — shared by the ExcelJS and the Office.js adapters, free of either library.

import { columnNumber, type SheetSpec, type StyleName } from "./sheet-spec";

/** Fills (ARGB) for cells highlighted by a check, by severity. */
export const HIGHLIGHT_FILLS = { error: "FFFFC7CE", warning: "FFFFEB9C", info: "FFDDEBF7" } as const;

const WRAPPING: ReadonlySet<StyleName> = new Set(["title", "note", "header", "blockHeader", "label", "input", "wrapText"]);
const LINE_HEIGHT = 15;

/**
 * Row heights for wrapped text, estimated from the text's length and its cell's width (merged cells
 * count their whole width), since neither ExcelJS nor every spreadsheet fits row heights on opening.
 */
export function estimateRowHeights(spec: SheetSpec): (number | undefined)[] {
  const widthOf = (column: number) => spec.columnWidths[column - 1] ?? 9;
  const mergedWidth = new Map<string, number>();
  for (const range of spec.merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m || m[2] !== m[4]) continue;
    const from = columnNumber(m[1]);
    const to = columnNumber(m[3]);
    let width = 0;
    for (let c = from; c <= to; c++) width += widthOf(c);
    mergedWidth.set(`${m[2]}:${from}`, width);
  }
  return spec.rows.map((cells, r) => {
    let lines = 1;
    cells.forEach((cell, c) => {
      if (!cell || !cell.style || !WRAPPING.has(cell.style) || typeof cell.value !== "string") return;
      const width = mergedWidth.get(`${r + 1}:${c + 1}`) ?? widthOf(c + 1);
      // A width unit holds about one digit of the 11 pt font; Cyrillic letters are a little wider, larger fonts wider still.
      // Bold headers are wider still.
      const fontScale = cell.style === "title" ? 11 / 14 : cell.style === "header" || cell.style === "blockHeader" ? 0.9 : 1;
      const perLine = Math.max(1, Math.floor(width * 0.95 * fontScale));
      const needed = cell.value.split("\n").reduce((sum, part) => sum + wrappedLines(part, perLine), 0);
      lines = Math.max(lines, needed);
    });
    const title = cells.some((cell) => cell?.style === "title");
    const lineHeight = title ? 20 : LINE_HEIGHT;
    return lines > 1 || title ? Math.min(409, lines * lineHeight) : undefined;
  });
}

/** Lines a paragraph takes when wrapped at word boundaries, `perLine` characters a line (long words are cut). */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) {
      used = needed;
    } else if (used === 0) {
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    } else {
      lines += Math.ceil(word.length / perLine);
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}
