// The WorkbookPort inside Excel (Office.js): every action in a constant number of round trips for an
// ordinary workbook — the reads in one sync, the writes in one more — and one more per chunk under Excel
// on the web's 5 MB limit for a large one; highlights that remember each cell's own look; the add-in's
// state in the document's settings (saved with the workbook); change events added and removed in one context.

/// <reference types="office-js" />

import type { CellRef } from "../workbook/cell-ref";
import type { CellWrite, Highlight, RowEdit, WorkbookPort, WorkbookState } from "../workbook/port";
import type { Grid, SheetSpec } from "../workbook/sheet-spec";
import { cellAddress } from "./cell-blocks";
import { withFreeTableNames } from "./row-edits";
import { planHighlights, planRestore, worksheetsOf, type HighlightFeatures } from "./excel-highlights";
import { RequestPlan, requestBytes } from "./excel-payload";
import { readWorkbook, type ReadHint, type WorkbookFacts } from "./excel-read";
import { planCells, planFinish, planFormulas, planTables } from "./excel-sheet-writer";
import { LiveUpdatesFailed, unavailableFeatures, UnsupportedApi, type HostFeature, type RequirementChecker } from "./host-errors";
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
    get: (name): unknown => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    saveAsync: () =>
      new Promise<void>((resolve, reject) =>
        settings.saveAsync((result) =>
          String(result.status) === "succeeded"
            ? resolve()
            : reject(Object.assign(new Error(result.error.message), { code: result.error.code })),
        ),
      ),
  };
}

/** What the port needs from Office: batch runners (Excel.run), the requirement sets, the settings, a clock. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run(context, batch): a batch in the context of an earlier run (where an event handler was added). */
  runIn<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  requirements: RequirementChecker;
  settings: SettingsStore;
  /** Milliseconds (Date.now by default): how old what a read learnt is. */
  now?: () => number;
}

/** The host inside Excel: the global Excel.run, Office's requirement sets and the document settings. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    requirements: Office.context.requirements,
    settings: officeSettings(Office.context.document.settings),
  };
}

/** What a read learnt about the workbook, and when (host clock): the writes of the same action rely on it. */
interface Knowledge extends WorkbookFacts {
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

export class ExcelPort implements WorkbookPort {
  private readonly missing: ReadonlySet<HostFeature>;
  private knowledge?: Knowledge;
  /** Set while the last read of the workbook needed chunks: the next one sizes its chunks at once. */
  private readHint?: ReadHint;

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

  /** One read of the workbook (see readWorkbook): two syncs for an ordinary workbook, one more per chunk for a large one. */
  private async learn(withGrids: boolean): Promise<{ knowledge: Knowledge; grids: Grid[] }> {
    const features = { notes: this.has("notes"), mergedAreas: this.has("mergedAreas") };
    const read = await this.host.run((context) => readWorkbook(context, features, withGrids, this.readHint));
    if (withGrids) this.readHint = read.hint;
    return { knowledge: { ...read.facts, readTime: this.now() }, grids: read.grids };
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
      const worksheets = context.workbook.worksheets;
      for (const name of known.sheets) if (removed.has(sheetKey(name))) worksheets.getItem(name).delete();
      const added = specs.map((spec) => ({ spec, ws: worksheets.add(spec.name) }));
      // Every sheet and table exists before any formula names it (the templates' formulas cross sheets).
      const plan = new RequestPlan();
      for (const { spec, ws } of added) planCells(plan, ws, spec, features);
      for (const { spec, ws } of added) planTables(plan, ws, spec);
      for (const { spec, ws } of added) planFormulas(plan, ws, spec);
      for (const { spec, ws } of added) planFinish(plan, context, ws, spec, known.names);
      plan.add(requestBytes(1, 1), () => added[0]?.ws.activate());
      await plan.run(context, () => context.application.suspendApiCalculationUntilNextSync());
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

  private highlightFeatures(): HighlightFeatures {
    return { rangeAreas: this.has("rangeAreas"), notes: this.has("notes") };
  }

  async highlight(items: readonly Highlight[]): Promise<void> {
    this.requireExcel();
    const previous = (await this.loadState()).highlights ?? [];
    const known = await this.recentKnowledge(true);
    const present = new Set(known.sheets.map(sheetKey));
    // One highlight per cell (the services merge them; for a caller that does not, the last one wins).
    const byCell = new Map<string, Highlight>();
    for (const item of items)
      if (present.has(sheetKey(item.ref.sheet)))
        byCell.set(`${sheetKey(item.ref.sheet)}!${cellAddress(item.ref.row, item.ref.column)}`, item);
    const features = this.highlightFeatures();
    const saved = await this.host.run(async (context) => {
      const plan = new RequestPlan();
      const sheet = worksheetsOf(context);
      // Earlier highlights first, so that a cell highlighted again remembers its own look, not the old highlight.
      const restored = planRestore(plan, sheet, previous, known, features);
      const savedAfterRun = planHighlights(plan, sheet, Array.from(byCell.values()), known, restored, features);
      await plan.run(context);
      return savedAfterRun();
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
    const features = this.highlightFeatures();
    await this.host.run(async (context) => {
      const plan = new RequestPlan();
      planRestore(plan, worksheetsOf(context), previous, known, features);
      await plan.run(context);
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
      const plan = new RequestPlan();
      const sheet = worksheetsOf(context);
      for (const cell of cells) {
        // Text is written with Excel's text marker, so that a value starting with "=" never becomes a formula.
        const value = cell.value === null ? "" : typeof cell.value === "string" ? `'${cell.value}` : cell.value;
        const address = cellAddress(cell.ref.row, cell.ref.column);
        plan.add(requestBytes(2, 1, [address, value]), () => {
          sheet(cell.ref.sheet).getRange(address).values = [[value]];
        });
      }
      await plan.run(context);
    });
  }

  /**
   * Cells A:lastColumn of the edit's rows inserted (Insert › Shift cells down: Excel moves what is below, its
   * formulas, tables, merges and validations) or deleted (Shift cells up), then the block and the formulas
   * written — one batch: one sync, one more per chunk of a large block; a read first only if none is recent.
   */
  async editRows(edit: RowEdit): Promise<void> {
    this.requireExcel();
    if (edit.count === 0 && !edit.block && !edit.formulas?.length) return;
    const known = await this.recentKnowledge(false);
    const block = edit.block && withFreeTableNames(edit.block, new Set(known.tables.keys()));
    const features = { rangeAreas: this.has("rangeAreas") };
    await this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(edit.sheet);
      const plan = new RequestPlan();
      if (edit.count !== 0) {
        const last = edit.at + Math.abs(edit.count) - 1;
        const address = `A${edit.at}:${cellAddress(last, edit.lastColumn)}`;
        // Excel formats inserted cells as the row above (what formatAbove asks); a block brings its own formats.
        plan.add(requestBytes(2, 1, address), () => {
          if (edit.count > 0) ws.getRange(address).insert("Down");
          else ws.getRange(address).delete("Up");
        });
      }
      if (block) {
        planCells(plan, ws, block, features);
        planTables(plan, ws, block);
        planFormulas(plan, ws, block);
        // The block's drop-downs; the sheet's names, chart and protection stay the sheet's own.
        planFinish(plan, context, ws, { ...block, definedNames: [], chart: undefined, protect: false }, known.names);
      }
      for (const { ref, formula } of edit.formulas ?? []) {
        const address = cellAddress(ref.row, ref.column);
        plan.add(requestBytes(2, 1, [address, formula]), () => {
          context.workbook.worksheets.getItem(ref.sheet).getRange(address).formulas = [[`=${formula}`]];
        });
      }
      await plan.run(context, () => context.application.suspendApiCalculationUntilNextSync());
    });
    // Rows moved: the notes' addresses, the tables and names are no longer what the read saw.
    this.knowledge = undefined;
  }

  /**
   * Worksheet change events (ExcelApi 1.9), forwarded to `listener`. The unsubscribe removes the handler in
   * the context it was added in — Excel.run(registration.context, …), as Office requires: removed from any
   * other context the handler stays. A failure to add or to remove it reaches `onFailure` as a
   * LiveUpdatesFailed, never swallowed. The unsubscribe's promise settles once the handler is removed or the
   * failure reported.
   */
  onChanged(listener: () => void, onFailure: (error: unknown) => void): () => Promise<void> {
    if (!this.host.requirements.isSetSupported("ExcelApi", "1.9")) return async () => undefined;
    const registered = this.host.run(async (context) => {
      const registration = context.workbook.worksheets.onChanged.add(async () => listener());
      await context.sync();
      return registration;
    });
    void registered.catch((error: unknown) => onFailure(new LiveUpdatesFailed("start", error)));
    let removal: Promise<void> | undefined;
    return () => {
      // Unsubscribing before the handler is added waits for it, then removes it.
      removal ??= registered.then(
        (registration) =>
          this.host
            .runIn(registration.context, async (context) => {
              registration.remove();
              await context.sync();
            })
            .catch((error: unknown) => onFailure(new LiveUpdatesFailed("stop", error))),
        // Nothing was added: that failure was reported when subscribing.
        () => undefined,
      );
      return removal;
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
