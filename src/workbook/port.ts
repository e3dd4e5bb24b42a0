// The WorkbookPort: what the application services need from a host (Excel through Office.js, or an
// .xlsx through ExcelJS) — read grids, write owned sheets, highlight and select cells — in few round trips.

import type { Lang } from "../i18n";
import type { ProfileInput } from "../core";
import type { CellRef } from "./cell-ref";
import type { Grid, SheetSpec } from "./sheet-spec";

export type Severity = "error" | "warning" | "info";

export interface Highlight {
  ref: CellRef;
  severity: Severity;
  /** The localized message, shown as the cell's note. */
  note: string;
}

/** What the add-in remembers in the workbook itself, so that closing the pane loses nothing. */
export interface WorkbookState {
  lang?: Lang;
  /** A key of src/data (App. 2 / the 2019 list), or absent for a body typed by hand. */
  bodyKey?: string;
  kind?: "central" | "local";
  period?: string;
  profile?: ProfileInput;
  /** Names of the sheets BAGALAU created (templates and generated sheets), by role. */
  ownedSheets?: Record<string, string>;
  /** The cells BAGALAU highlighted, with what they looked like before, so clearing restores them exactly. */
  highlights?: SavedHighlight[];
}

/** A highlighted cell and its own formatting before BAGALAU touched it. */
export interface SavedHighlight {
  sheet: string;
  address: string;
  /** The host's own description of the fill (e.g. Office.js `format.fill.color`, or "none"). */
  fill: string | null;
  /** The note/comment text the cell had, or null. */
  note: string | null;
  /** The host's own description of the note when it holds more than its text (an ExcelJS rich-text note as JSON). */
  noteModel?: string;
  /** Whether BAGALAU put its own note on the cell (false: the cell's own note or comment was left as it was). */
  noteAdded?: boolean;
  /**
   * The note's text as BAGALAU left it (the cell's own text and the messages). A note whose text differs
   * when the highlights are cleared was edited by the user since, and is left as the user left it.
   */
  written?: string;
}

/**
 * A host the services work on. Every method is one batch: an implementation must not make a round trip
 * per row or per cell (the ExcelPort keeps `context.sync()` calls per action constant, ≤ 3).
 */
export interface WorkbookPort {
  /** The names of the sheets in workbook order. */
  sheetNames(): Promise<string[]>;
  /** Every sheet's used range as a grid of values (formulas give their values), in one batch. */
  readGrids(): Promise<Grid[]>;
  /** Writes the specs as new sheets; a spec whose name exists replaces that sheet only if `replace` lists it. */
  writeSheets(specs: readonly SheetSpec[], replace: readonly string[]): Promise<void>;
  /** Fills and notes on cells, saving each cell's own fill and note first (into the state). */
  highlight(items: readonly Highlight[]): Promise<void>;
  /** Restores every highlighted cell's own fill and note exactly. */
  clearHighlights(): Promise<void>;
  /** Activates the cell's sheet and selects the cell. */
  select(ref: CellRef): Promise<void>;
  loadState(): Promise<WorkbookState>;
  saveState(state: WorkbookState): Promise<void>;
  /** Writes single values into cells of sheets BAGALAU owns (e.g. the score sheet's profile), in one batch. */
  writeValues(cells: readonly CellWrite[]): Promise<void>;
  /**
   * Inserts or deletes cells in the left columns of one sheet (Excel's shift down/up: what lies right of
   * them stays), then writes a block's cells and rewrites formulas — in one batch, whatever the sheet's size.
   */
  editRows(edit: RowEdit): Promise<void>;
  /**
   * Calls `listener` after the user changes cells; returns the unsubscribe function. A failure to
   * subscribe or to unsubscribe (the host's events are asynchronous) goes to `onFailure`. Hosts without
   * events omit it.
   */
  onChanged?(listener: () => void, onFailure: (error: unknown) => void): () => Promise<void>;
}

/** One value for one cell; null clears the cell. Text is written as text, never as a formula. */
export interface CellWrite {
  ref: CellRef;
  value: string | number | boolean | null;
}

/** A change of a sheet's structure: rows of its left columns inserted or deleted, then a block written. */
export interface RowEdit {
  sheet: string;
  /** Rows inserted before `at` (count > 0) or deleted from `at` down (count < 0), in columns 1..lastColumn. */
  at: number;
  count: number;
  lastColumn: number;
  /** Inserted rows take the formats of the row above (a row added inside a table); else they start blank. */
  formatAbove?: boolean;
  /**
   * Cells written after the move, at the spec's own rows (a block built by the sheet builder at its rows):
   * values, styles, merges, tables (a table whose name is taken gets a free one) and formulas.
   */
  block?: SheetSpec;
  /** Formulas written after the move (invariant English form, without "="), e.g. a goal's Y. */
  formulas?: readonly { ref: CellRef; formula: string }[];
}
