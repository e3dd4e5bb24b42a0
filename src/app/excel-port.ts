// The WorkbookPort inside Excel (Office.js): every action in a constant number of round trips — the
// reads of a batch in one sync, the writes in one more — highlights that remember each cell's own look,
// and the add-in's state in the document's settings (saved with the workbook).

/// <reference types="office-js" />

import type { CellRef } from "../workbook/read";
import type { CellWrite, Highlight, SavedHighlight, WorkbookPort, WorkbookState } from "../workbook/port";
import type { Grid, SheetSpec } from "../workbook/sheet-spec";
import { cellAddress } from "./cell-blocks";
import { highlightColor } from "./excel-styles";
import { queueCells, queueFinish, queueFormulas, queueTables } from "./excel-sheet-writer";
import { describeFill, gridOf, parseFill, splitSheetAddress } from "./excel-values";
import { unavailableFeatures, UnsupportedApi, type HostFeature, type RequirementChecker } from "./host-errors";
import { sheetKey } from "./sheet-placement";
import { isStateSheet, parseState, STATE_SETTING } from "./workbook-state";

/** The document settings Office keeps inside the workbook (Office.context.document.settings), promisified. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(): Promise<void>;
}

export function officeSettings(settings: Office.Settings): SettingsStore {
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    saveAsync: () =>
      new Promise<void>((resolve, reject) =>
        settings.saveAsync((result) => (String(result.status) === "succeeded" ? resolve() : reject(result.error))),
      ),
  };
}

/** What the port needs from Office: a batch runner (Excel.run), the requirement sets, the settings, a clock. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  requirements: RequirementChecker;
  settings: SettingsStore;
  /** Milliseconds (Date.now by default): how old what a read learnt is. */
  now?: () => number;
}

/** The host inside Excel: the global Excel.run, Office's requirement sets and the document settings. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    requirements: Office.context.requirements,
    settings: officeSettings(Office.context.document.settings),
  };
}

/** The notes (with their text) and the comments of a workbook, by sheet key and "B5" address. */
interface Annotations {
  notes: Map<string, Map<string, string>>;
  comments: Map<string, Set<string>>;
}

/** What a read learnt about the workbook, so that the writes of the same action need no extra round trip. */
interface Knowledge {
  sheets: string[];
  /** Table names (lower case) → the sheet holding the table. */
  tables: Map<string, string>;
  /** Workbook-level names, lower case. */
  names: Set<string>;
  /** Notes and comments, when the host has notes and they were read. */
  annotations?: Annotations;
  /** When it was read (host clock). */
  readTime: number;
}

/**
 * How long what a read found may be relied on by the writes after it: an action reads, computes and
 * writes at once; later the user may have changed anything, and the port asks Excel again.
 */
export const KNOWLEDGE_TTL_MS = 30_000;

/** An error shaped like Office's (a code and a message), for refusals the port detects before writing. */
function officeLikeError(code: string, message: string): Error {
  const error = new Error(message);
  error.name = "RichApi.Error";
  (error as Error & { code: string }).code = code;
  return error;
}

function addTo<K, V>(map: Map<K, Map<string, V>>, key: K, cell: string, value: V): void {
  const inner = map.get(key) ?? new Map<string, V>();
  inner.set(cell, value);
  map.set(key, inner);
}

export class ExcelPort implements WorkbookPort {
  private readonly missing: ReadonlySet<HostFeature>;
  private knowledge?: Knowledge;

  constructor(private readonly host: ExcelHost) {
    this.missing = new Set(unavailableFeatures(host.requirements));
  }

  /** The features this Excel lacks (for the pane to say what is unavailable). */
  unavailable(): HostFeature[] {
    return Array.from(this.missing);
  }

  private has(feature: HostFeature): boolean {
    return !this.missing.has(feature);
  }

  private requireExcel(): void {
    if (!this.has("excel")) throw new UnsupportedApi("excel");
  }

  private now(): number {
    return (this.host.now ?? Date.now)();
  }

  async sheetNames(): Promise<string[]> {
    this.requireExcel();
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((ws) => ws.name).filter((name) => !isStateSheet(name));
    });
  }

  /**
   * One read of the workbook in two round trips whatever its size: first the sheets, tables, names, notes
   * and comments; then every sheet's used range and merged areas, and where each note and comment is.
   */
  private async learn(withGrids: boolean): Promise<{ knowledge: Knowledge; grids: Grid[] }> {
    const withNotes = this.has("notes");
    return this.host.run(async (context) => {
      const workbook = context.workbook;
      const sheets = workbook.worksheets;
      sheets.load("items/name");
      workbook.tables.load("items/name,items/worksheet/name");
      workbook.names.load("items/name");
      const notes = withNotes ? workbook.notes : undefined;
      notes?.load("items/content");
      const comments = withNotes ? workbook.comments : undefined;
      comments?.load("items/id");
      await context.sync();
      const reads = withGrids
        ? sheets.items
            .filter((ws) => !isStateSheet(ws.name))
            .map((ws) => {
              const used = ws.getUsedRangeOrNullObject(true);
              used.load("values,rowIndex,columnIndex");
              // Merged areas are asked of the whole sheet: an empty sheet has no used range to ask.
              const merged = this.has("mergedAreas") ? ws.getRange().getMergedAreasOrNullObject() : undefined;
              merged?.load("address");
              return { name: ws.name, used, merged };
            })
        : [];
      const noteLocations = (notes?.items ?? []).map((note) => ({ content: note.content, where: note.getLocation().load("address") }));
      const commentLocations = (comments?.items ?? []).map((comment) => comment.getLocation().load("address"));
      if (reads.length > 0 || noteLocations.length > 0 || commentLocations.length > 0) await context.sync();
      let annotations: Annotations | undefined;
      if (withNotes) {
        annotations = { notes: new Map(), comments: new Map() };
        for (const { content, where } of noteLocations) {
          const { sheet, cell } = splitSheetAddress(where.address);
          addTo(annotations.notes, sheetKey(sheet), cell, content);
        }
        for (const where of commentLocations) {
          const { sheet, cell } = splitSheetAddress(where.address);
          const set = annotations.comments.get(sheetKey(sheet)) ?? new Set<string>();
          set.add(cell);
          annotations.comments.set(sheetKey(sheet), set);
        }
      }
      const knowledge: Knowledge = {
        sheets: sheets.items.map((ws) => ws.name),
        tables: new Map(workbook.tables.items.map((table) => [table.name.toLowerCase(), table.worksheet.name])),
        names: new Set(workbook.names.items.map((item) => item.name.toLowerCase())),
        annotations,
        readTime: this.now(),
      };
      const grids = reads.map((read) =>
        gridOf(
          read.name,
          read.used.isNullObject ? undefined : read.used,
          read.merged && !read.merged.isNullObject ? read.merged.address : undefined,
        ),
      );
      return { knowledge, grids };
    });
  }

  async readGrids(): Promise<Grid[]> {
    this.requireExcel();
    const { knowledge, grids } = await this.learn(true);
    this.knowledge = knowledge;
    return grids;
  }

  /** What a read of the same action found, if it is recent enough to rely on; else what Excel says now. */
  private async recentKnowledge(needAnnotations: boolean): Promise<Knowledge> {
    const known = this.knowledge;
    const recent = known !== undefined && this.now() - known.readTime <= KNOWLEDGE_TTL_MS;
    if (recent && known && (!needAnnotations || !this.has("notes") || known.annotations)) return known;
    const { knowledge } = await this.learn(false);
    this.knowledge = knowledge;
    return knowledge;
  }

  async writeSheets(specs: readonly SheetSpec[], replace: readonly string[]): Promise<void> {
    this.requireExcel();
    if (specs.length === 0 && replace.length === 0) return;
    const known = await this.recentKnowledge(false);
    const existing = new Set(known.sheets.map(sheetKey));
    const removed = new Set(replace.map(sheetKey).filter((key) => existing.has(key)));
    // Refuse before writing anything: a batch stops at its first failure and keeps what ran before it.
    for (const spec of specs) {
      if (existing.has(sheetKey(spec.name)) && !removed.has(sheetKey(spec.name))) throw officeLikeError("ItemAlreadyExists", spec.name);
      for (const table of spec.tables) {
        const holder = known.tables.get(table.name.toLowerCase());
        if (holder !== undefined && !removed.has(sheetKey(holder))) throw officeLikeError("ItemAlreadyExists", table.name);
      }
    }
    const features = { rangeAreas: this.has("rangeAreas") };
    await this.host.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      const worksheets = context.workbook.worksheets;
      for (const name of known.sheets) if (removed.has(sheetKey(name))) worksheets.getItem(name).delete();
      const added = specs.map((spec) => ({ spec, ws: worksheets.add(spec.name) }));
      // Every sheet and table exists before any formula names it (the templates' formulas cross sheets).
      for (const { spec, ws } of added) queueCells(ws, spec, features);
      for (const { spec, ws } of added) queueTables(ws, spec);
      for (const { spec, ws } of added) queueFormulas(ws, spec);
      for (const { spec, ws } of added) queueFinish(context, ws, spec, known.names);
      added[0]?.ws.activate();
      await context.sync();
    });
    const tables = new Map(Array.from(known.tables).filter(([, sheet]) => !removed.has(sheetKey(sheet))));
    for (const spec of specs) for (const table of spec.tables) tables.set(table.name.toLowerCase(), spec.name);
    const names = new Set(known.names);
    for (const spec of specs) for (const name of spec.definedNames) names.add(name.name.toLowerCase());
    const annotations = known.annotations && {
      notes: new Map(Array.from(known.annotations.notes).filter(([key]) => !removed.has(key))),
      comments: new Map(Array.from(known.annotations.comments).filter(([key]) => !removed.has(key))),
    };
    this.knowledge = {
      ...known,
      sheets: known.sheets.filter((name) => !removed.has(sheetKey(name))).concat(specs.map((spec) => spec.name)),
      tables,
      names,
      annotations,
    };
  }

  /**
   * Queues the restoring of saved highlights — each cell's own fill, its own note text, and the removal
   * of a note BAGALAU added (where still there) — and returns the notes as they will be afterwards.
   */
  private queueRestore(
    context: Excel.RequestContext,
    saved: readonly SavedHighlight[],
    known: Knowledge,
  ): Map<string, Map<string, string | null>> {
    const present = new Set(known.sheets.map(sheetKey));
    const after = new Map<string, Map<string, string | null>>();
    const withPattern = this.has("rangeAreas");
    for (const item of saved) {
      const key = sheetKey(item.sheet);
      if (!present.has(key)) continue;
      const ws = context.workbook.worksheets.getItem(item.sheet);
      const fill = ws.getRange(item.address).format.fill;
      fill.clear();
      const own = parseFill(item.fill);
      if (own) {
        fill.color = own.color;
        if (withPattern && own.pattern) fill.pattern = own.pattern as Excel.FillPattern;
        if (withPattern && own.patternColor) fill.patternColor = own.patternColor;
      }
      const current = known.annotations?.notes.get(key)?.get(item.address);
      if (!this.has("notes") || current === undefined) continue;
      // A note the user edited since the check is theirs now: left as they left it (line breaks and trailing
      // space as Excel may give them back do not count as an edit).
      if (item.written !== undefined && !sameNoteText(current, item.written)) continue;
      if (item.noteAdded) {
        ws.notes.getItem(item.address).delete();
        addTo(after, key, item.address, null);
      } else if (item.note !== null) {
        ws.notes.getItem(item.address).content = item.note;
        addTo(after, key, item.address, item.note);
      }
    }
    return after;
  }

  async highlight(items: readonly Highlight[]): Promise<void> {
    this.requireExcel();
    const previous = (await this.loadState()).highlights ?? [];
    const known = await this.recentKnowledge(true);
    const present = new Set(known.sheets.map(sheetKey));
    const withPattern = this.has("rangeAreas");
    const withNotes = this.has("notes");
    // One highlight per cell (the services merge them; for a caller that does not, the last one wins).
    const byCell = new Map<string, Highlight>();
    for (const item of items)
      if (present.has(sheetKey(item.ref.sheet)))
        byCell.set(`${sheetKey(item.ref.sheet)}!${cellAddress(item.ref.row, item.ref.column)}`, item);
    const saved = await this.host.run(async (context) => {
      // Earlier highlights first, so that a cell highlighted again remembers its own look, not the old highlight.
      const after = this.queueRestore(context, previous, known);
      const targets = Array.from(byCell.values()).map((item) => {
        const ws = context.workbook.worksheets.getItem(item.ref.sheet);
        const address = cellAddress(item.ref.row, item.ref.column);
        const key = sheetKey(item.ref.sheet);
        // Loaded through its own range object: the load runs before the write queued after it, so it sees the cell's own fill.
        const fill = ws.getRange(address).format.fill.load(withPattern ? "color,pattern,patternColor" : "color");
        const restored = after.get(key);
        const own = restored?.has(address) ? (restored.get(address) ?? null) : (known.annotations?.notes.get(key)?.get(address) ?? null);
        const comment = known.annotations?.comments.get(key)?.has(address) ?? false;
        return { item, ws, address, fill, own, comment };
      });
      for (const target of targets) {
        target.ws.getRange(target.address).format.fill.color = highlightColor(target.item.severity);
        // The message goes into the cell's note: a new note, or after the cell's own note's text. A threaded comment is left alone.
        if (!withNotes || target.comment) continue;
        if (target.own === null) target.ws.notes.add(target.address, target.item.note);
        else target.ws.notes.getItem(target.address).content = `${target.own}\n${target.item.note}`;
      }
      await context.sync();
      return targets.map((target): SavedHighlight => {
        const saved: SavedHighlight = {
          sheet: target.item.ref.sheet,
          address: target.address,
          fill: describeFill(target.fill, withPattern),
          note: target.own,
          noteAdded: withNotes && !target.comment && target.own === null,
        };
        if (withNotes && !target.comment) saved.written = target.own === null ? target.item.note : `${target.own}\n${target.item.note}`;
        return saved;
      });
    });
    // The notes are no longer what the read saw.
    this.knowledge = { ...known, annotations: undefined };
    await this.saveState({ ...(await this.loadState()), highlights: saved });
  }

  async clearHighlights(): Promise<void> {
    this.requireExcel();
    const previous = (await this.loadState()).highlights ?? [];
    if (previous.length === 0) return;
    const known = await this.recentKnowledge(true);
    await this.host.run(async (context) => {
      this.queueRestore(context, previous, known);
      await context.sync();
    });
    this.knowledge = { ...known, annotations: undefined };
    await this.saveState({ ...(await this.loadState()), highlights: [] });
  }

  async select(ref: CellRef): Promise<void> {
    this.requireExcel();
    await this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      ws.getRange(cellAddress(ref.row, ref.column)).select();
      await context.sync();
    });
  }

  async writeValues(cells: readonly CellWrite[]): Promise<void> {
    if (cells.length === 0) return;
    this.requireExcel();
    await this.host.run(async (context) => {
      for (const cell of cells) {
        const range = context.workbook.worksheets.getItem(cell.ref.sheet).getRange(cellAddress(cell.ref.row, cell.ref.column));
        // Text is written with Excel's text marker, so that a value starting with "=" never becomes a formula.
        range.values = [[cell.value === null ? "" : typeof cell.value === "string" ? `'${cell.value}` : cell.value]];
      }
      await context.sync();
    });
  }

  /** Worksheet change events (ExcelApi 1.9), forwarded to `listener`; the registration is removed on unsubscribe. */
  onChanged(listener: () => void): () => void {
    if (!this.host.requirements.isSetSupported("ExcelApi", "1.9")) return () => undefined;
    let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    let removed = false;
    void this.host
      .run(async (context) => {
        registration = context.workbook.worksheets.onChanged.add(async () => listener());
        await context.sync();
        if (removed) registration.remove();
      })
      .catch(() => undefined);
    return () => {
      removed = true;
      if (registration) {
        const current = registration;
        void this.host
          .run(async (context) => {
            current.remove();
            await context.sync();
          })
          .catch(() => undefined);
      }
    };
  }

  async loadState(): Promise<WorkbookState> {
    return parseState(this.host.settings.get(STATE_SETTING));
  }

  async saveState(state: WorkbookState): Promise<void> {
    // A plain JSON copy: settings keep JSON, and later changes to the object must not leak into them.
    this.host.settings.set(STATE_SETTING, JSON.parse(JSON.stringify(state)));
    await this.host.settings.saveAsync();
  }
}

export function createExcelPort(host: ExcelHost = officeHost()): ExcelPort {
  return new ExcelPort(host);
}

/** Two note texts alike but for line-break style and trailing white space. */
function sameNoteText(a: string, b: string): boolean {
  const plain = (text: string) => text.replace(/\r\n?/g, "\n").trimEnd();
  return plain(a) === plain(b);
}
