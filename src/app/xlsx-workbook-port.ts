// The WorkbookPort over an in-memory ExcelJS workbook (the browser's file mode, and tests): sheets written
// by the .xlsx writer, highlights that remember each cell's own fill and note, and the add-in's state in
// a very hidden sheet so that it travels with the saved file.

import ExcelJS from "exceljs";
import { registerChart } from "../workbook/charts/chart-spec";
import { definedNameEntries, removeNote, setDefinedNameEntries, tableNames } from "../workbook/exceljs-internals";
import { workbookBytes } from "../workbook/xlsx-package/write-package";
import type { CellRef } from "../workbook/cell-ref";
import type { CellWrite, Highlight, RowEdit, SavedHighlight, WorkbookPort, WorkbookState } from "../workbook/port";
import { address, emptySheet, type Grid, type SheetSpec } from "../workbook/sheet-spec";
import { moveSheetRows } from "../workbook/xlsx-row-shift";
import { addSheet, HIGHLIGHT_FILLS, readGrid, writeSpecCells } from "../workbook/xlsx-sheets";
import { withFreeTableNames } from "./row-edits";
import { sheetKey } from "./sheet-placement";
import { isStateSheet, parseState, STATE_SHEET_NAME } from "./workbook-state";

/** A cell holds at most 32,767 characters: the state's JSON is kept in pieces down column A. */
const STATE_CHUNK = 30_000;

type Note = string | { texts: { text: string }[] };

/** An error shaped like Office's (a code and a message), so that the pane explains it the same way. */
function hostError(code: string, message: string): Error {
  const error = new Error(message);
  (error as Error & { code: string }).code = code;
  return error;
}

function noteText(note: Note): string {
  return typeof note === "string" ? note : note.texts.map((part) => part.text).join("");
}

export class XlsxWorkbookPort implements WorkbookPort {
  /** The sheet and cell the user last asked to see (there is no window to show it in). */
  selected?: CellRef;

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** A new empty workbook. */
  static empty(): XlsxWorkbookPort {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "BAGALAU";
    return new XlsxWorkbookPort(workbook);
  }

  /** A workbook opened from the bytes of an .xlsx file. */
  static async fromBytes(bytes: ArrayBuffer | Uint8Array): Promise<XlsxWorkbookPort> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return new XlsxWorkbookPort(workbook);
  }

  /** The workbook as .xlsx bytes, with the charts of its BAGALAU sheets. */
  toBytes(): Promise<Uint8Array> {
    return workbookBytes(this.workbook);
  }

  private sheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((ws) => !isStateSheet(ws.name));
  }

  private sheet(name: string): ExcelJS.Worksheet | undefined {
    return this.sheets().find((ws) => sheetKey(ws.name) === sheetKey(name));
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets().map((ws) => ws.name);
  }

  async readGrids(): Promise<Grid[]> {
    return this.sheets().map(readGrid);
  }

  /** Drops the workbook names pointing into a sheet, or called `name` wherever they point. */
  private dropNames(filter: { sheet?: string; name?: string }): void {
    const inSheet = (range: string) => {
      if (filter.sheet === undefined) return false;
      const sheet = range
        .slice(0, range.lastIndexOf("!"))
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      return sheetKey(sheet) === sheetKey(filter.sheet);
    };
    setDefinedNameEntries(
      this.workbook,
      definedNameEntries(this.workbook)
        .filter((entry) => filter.name === undefined || entry.name.toLowerCase() !== filter.name.toLowerCase())
        .map((entry) => ({ name: entry.name, ranges: entry.ranges.filter((range) => !inSheet(range)) }))
        .filter((entry) => entry.ranges.length > 0),
    );
  }

  async writeSheets(specs: readonly SheetSpec[], replace: readonly string[]): Promise<void> {
    const removed = new Set(replace.map(sheetKey));
    const kept = new Set(
      this.sheets()
        .map((ws) => sheetKey(ws.name))
        .filter((key) => !removed.has(key)),
    );
    for (const spec of specs) if (kept.has(sheetKey(spec.name)) || isStateSheet(spec.name)) throw hostError("ItemAlreadyExists", spec.name);
    for (const ws of this.sheets().filter((sheet) => removed.has(sheetKey(sheet.name)))) {
      this.dropNames({ sheet: ws.name });
      registerChart(this.workbook, emptySheet("removed", ws.name));
      this.workbook.removeWorksheet(ws.id);
    }
    for (const spec of specs) {
      for (const name of spec.definedNames) this.dropNames({ name: name.name });
      addSheet(this.workbook, spec);
    }
  }

  /** Restores saved highlights: each cell's own fill (or none) and its own note (or none). */
  private restore(saved: readonly SavedHighlight[]): void {
    for (const item of saved) {
      const ws = this.sheet(item.sheet);
      if (!ws) continue;
      const cell = ws.getCell(item.address);
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      if (item.fill === null || item.fill === "none") delete style.fill;
      else style.fill = JSON.parse(item.fill) as ExcelJS.Fill;
      cell.style = style;
      // A note the user edited since the check is theirs now: left as they left it.
      const current = cell.note as Note | undefined;
      if (item.written !== undefined && (current === undefined || noteText(current) !== item.written)) continue;
      if (item.noteModel !== undefined) cell.note = JSON.parse(item.noteModel) as ExcelJS.Comment;
      else if (item.note !== null) cell.note = item.note;
      else removeNote(cell);
    }
  }

  async highlight(items: readonly Highlight[]): Promise<void> {
    const state = await this.loadState();
    // Earlier highlights first, so that a cell highlighted again remembers its own look.
    this.restore(state.highlights ?? []);
    const saved: SavedHighlight[] = [];
    const savedAt = new Map<string, SavedHighlight>();
    for (const item of items) {
      const ws = this.sheet(item.ref.sheet);
      if (!ws) continue;
      const where = address(item.ref.row, item.ref.column);
      const key = `${sheetKey(ws.name)}!${where}`;
      const cell = ws.getCell(where);
      const own = cell.note as Note | undefined;
      if (!savedAt.has(key)) {
        const record: SavedHighlight = {
          sheet: ws.name,
          address: where,
          fill: cell.fill ? JSON.stringify(cell.fill) : "none",
          note: own === undefined ? null : noteText(own),
          noteAdded: own === undefined,
        };
        if (own !== undefined && typeof own !== "string") record.noteModel = JSON.stringify(own);
        saved.push(record);
        savedAt.set(key, record);
      }
      // A loaded workbook shares one style object among cells of the same format: give this cell its own.
      cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: HIGHLIGHT_FILLS[item.severity] } } };
      if (own === undefined) cell.note = item.note;
      else if (typeof own === "string") cell.note = `${own}\n${item.note}`;
      else cell.note = { ...own, texts: [...own.texts, { text: `\n${item.note}` }] };
      (savedAt.get(key) as SavedHighlight).written = noteText(cell.note as Note);
    }
    await this.saveState({ ...state, highlights: saved });
  }

  async clearHighlights(): Promise<void> {
    const state = await this.loadState();
    if (!state.highlights || state.highlights.length === 0) return;
    this.restore(state.highlights);
    await this.saveState({ ...state, highlights: [] });
  }

  async select(ref: CellRef): Promise<void> {
    const ws = this.sheet(ref.sheet);
    if (!ws) throw hostError("ItemNotFound", ref.sheet);
    this.selected = { ...ref, sheet: ws.name };
    const index = this.workbook.worksheets.indexOf(ws);
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? {}), activeTab: index, firstSheet: 0 }];
    ws.views = [{ ...(ws.views?.[0] ?? {}), activeCell: address(ref.row, ref.column) }];
  }

  async writeValues(cells: readonly CellWrite[]): Promise<void> {
    for (const cell of cells) {
      const ws = this.sheet(cell.ref.sheet);
      if (!ws) throw hostError("ItemNotFound", cell.ref.sheet);
      // ExcelJS writes a string as a shared string: text, never a formula.
      ws.getCell(cell.ref.row, cell.ref.column).value = cell.value;
    }
  }

  async editRows(edit: RowEdit): Promise<void> {
    const ws = this.sheet(edit.sheet);
    if (!ws) throw hostError("ItemNotFound", edit.sheet);
    moveSheetRows(this.workbook, ws, { at: edit.at, count: edit.count }, edit.lastColumn);
    // Excel's Insert formats the new cells as the row above; a block written over them brings its own formats.
    if (edit.count > 0 && edit.formatAbove && edit.at > 1)
      for (let row = edit.at; row < edit.at + edit.count; row++)
        for (let c = 1; c <= edit.lastColumn; c++) ws.getCell(row, c).style = { ...ws.getCell(edit.at - 1, c).style };
    if (edit.block) {
      const taken = new Set(this.workbook.worksheets.flatMap((sheet) => tableNames(sheet).map((name) => name.toLowerCase())));
      writeSpecCells(ws, withFreeTableNames(edit.block, taken));
    }
    for (const { ref, formula } of edit.formulas ?? []) {
      const cell = ws.getCell(ref.row, ref.column);
      cell.value = { formula };
    }
  }

  async loadState(): Promise<WorkbookState> {
    const ws = this.workbook.worksheets.find((sheet) => isStateSheet(sheet.name));
    if (!ws) return {};
    let json = "";
    for (let row = 1; row <= ws.rowCount; row++) {
      const value = ws.getCell(row, 1).value;
      if (typeof value === "string") json += value;
    }
    return parseState(json);
  }

  async saveState(state: WorkbookState): Promise<void> {
    const old = this.workbook.worksheets.find((sheet) => isStateSheet(sheet.name));
    if (old) this.workbook.removeWorksheet(old.id);
    const ws = this.workbook.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" });
    const json = JSON.stringify(state);
    for (let i = 0, row = 1; i < json.length; i += STATE_CHUNK, row++) ws.getCell(row, 1).value = json.slice(i, i + STATE_CHUNK);
  }
}
