// Reading a workbook through Office.js: its sheets, tables, names, notes and comments in one sync, then
// every used range — in one more sync for an ordinary workbook, in chunks under 5 MB for a large one.

/// <reference types="office-js" />

import type { Grid } from "../workbook/sheet-spec";
import { PAYLOAD_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES, RequestPlan, isPayloadRefusal, jsonBytes, requestBytes } from "./excel-payload";
import { gridOf, splitSheetAddress } from "./excel-values";
import { sheetKey } from "./sheet-placement";
import { isStateSheet } from "./workbook-state";

/** The notes (with their text) and the comments of a workbook, by sheet key and "B5" address. */
export interface Annotations {
  notes: Map<string, Map<string, string>>;
  comments: Map<string, Set<string>>;
}

/** What a read learnt about the workbook, so that the writes of the same action need no extra round trip. */
export interface WorkbookFacts {
  sheets: string[];
  /** Table names (lower case) → the sheet holding the table. */
  tables: Map<string, string>;
  /** Workbook-level names, lower case. */
  names: Set<string>;
  /** Notes and comments, when the host has notes and they were read. */
  annotations?: Annotations;
}

/** The host features a read uses (see host-errors.ts). */
export interface ReadFeatures {
  notes: boolean;
  mergedAreas: boolean;
}

/** What a read that needed chunks tells the next one: the bytes per cell it measured on each sheet. */
export interface ReadHint {
  cellBytes: Record<string, number>;
}

export interface WorkbookRead {
  facts: WorkbookFacts;
  grids: Grid[];
  /** Set when the values did not fit one response: the next read sizes its chunks at once. */
  hint?: ReadHint;
}

/** The estimate of one cell's bytes in a response before any was measured ("text",), and its floor. */
const FIRST_CELL_BYTES = 32;
const MIN_CELL_BYTES = 3;
/** A measured size is raised by this much for the next chunk: cells further down may be longer. */
const CELL_MARGIN = 1.1;
/** A sheet's first band, sized by a guess, is kept small: its measurement sizes the rest. */
const GUESSED_BAND_BYTES = PAYLOAD_BUDGET_BYTES / 8;

function addTo<K, V>(map: Map<K, Map<string, V>>, key: K, cell: string, value: V): void {
  const inner = map.get(key) ?? new Map<string, V>();
  inner.set(cell, value);
  map.set(key, inner);
}

/** A sheet's used range as read: where it is, its size, the rows of values read so far, its measured bytes per cell. */
interface UsedRange {
  ws: Excel.Worksheet;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: unknown[][];
  /** The number formats of the rows read so far, read with their values (PERCENT_FORMAT). */
  numberFormats: unknown[][];
  cellBytes?: number;
}

/** Where each used range, merged area, note and comment is; with `withValues`, every used range's values too. */
async function readLayout(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  notes: readonly Excel.Note[],
  comments: readonly Excel.Comment[],
  features: ReadFeatures,
  withValues: boolean,
) {
  const plan = new RequestPlan();
  const used: Excel.Range[] = [];
  const merged: (Excel.RangeAreas | undefined)[] = [];
  sheets.forEach((ws, i) =>
    plan.add(requestBytes(4, 2), () => {
      // The number formats come with the values, in the same load: a percentage-formatted number is flagged.
      used[i] = ws
        .getUsedRangeOrNullObject(true)
        .load(`${withValues ? "values,numberFormat," : ""}rowIndex,columnIndex,rowCount,columnCount`);
      // Merged areas are asked of the whole sheet: an empty sheet has no used range to ask.
      merged[i] = features.mergedAreas ? ws.getRange().getMergedAreasOrNullObject().load("address") : undefined;
    }),
  );
  const noteAt: Excel.Range[] = [];
  notes.forEach((note, i) => plan.add(requestBytes(2, 1), () => (noteAt[i] = note.getLocation().load("address")), 100));
  const commentAt: Excel.Range[] = [];
  comments.forEach((comment, i) => plan.add(requestBytes(2, 1), () => (commentAt[i] = comment.getLocation().load("address")), 100));
  if (!plan.empty) await plan.run(context);
  const ranges: (UsedRange | undefined)[] = used.map((range, i) =>
    range.isNullObject
      ? undefined
      : {
          ws: sheets[i],
          rowIndex: range.rowIndex,
          columnIndex: range.columnIndex,
          rowCount: range.rowCount,
          columnCount: range.columnCount,
          values: withValues ? range.values : [],
          numberFormats: withValues ? range.numberFormat : [],
        },
  );
  return {
    ranges,
    merged: merged.map((area) => (area && !area.isNullObject ? area.address : undefined)),
    noteAddresses: noteAt.map((range) => range.address),
    commentAddresses: commentAt.map((range) => range.address),
  };
}

/**
 * The values of the used ranges, read in chunks of rows whose estimated response is within the budget.
 * A sheet's rows are estimated by its own bytes per cell as measured on its rows read so far; a sheet not
 * measured yet gets a small first band, sized by `guess`. A chunk Excel still refuses is asked again with
 * its estimates doubled (a single row cannot be split). One sync per chunk.
 */
async function readInChunks(context: Excel.RequestContext, ranges: readonly UsedRange[], guess: number): Promise<void> {
  const pending = ranges.filter((range) => range.values.length < range.rowCount);
  if (pending.length === 0) return;
  const bands: { range: UsedRange; rows: number; read: Excel.Range }[] = [];
  let bytes = 0;
  for (const range of pending) {
    const rowBytes = range.columnCount * (range.cellBytes ?? guess) + 4;
    const room = Math.min(PAYLOAD_BUDGET_BYTES - bytes, range.cellBytes === undefined ? GUESSED_BAND_BYTES : Infinity);
    const left = range.rowCount - range.values.length;
    const rows = Math.min(left, Math.max(bands.length === 0 ? 1 : 0, Math.floor(room / rowBytes)));
    if (rows === 0) break;
    const first = range.rowIndex + range.values.length;
    bands.push({
      range,
      rows,
      read: range.ws.getRangeByIndexes(first, range.columnIndex, rows, range.columnCount).load("values,numberFormat"),
    });
    bytes += rows * rowBytes;
    if (PAYLOAD_BUDGET_BYTES - bytes < rowBytes) break;
  }
  try {
    await context.sync();
  } catch (error) {
    // Longer cells than estimated: the same rows again, estimated at twice the size.
    if (!isPayloadRefusal(error) || (bands.length === 1 && bands[0].rows === 1)) throw error;
    for (const { range } of bands) range.cellBytes = 2 * (range.cellBytes ?? guess);
    return readInChunks(context, ranges, 2 * guess);
  }
  for (const { range, rows, read } of bands) {
    for (const row of read.values) range.values.push(row);
    for (const row of read.numberFormat) range.numberFormats.push(row);
    const bytes = jsonBytes(read.values) + jsonBytes(read.numberFormat);
    range.cellBytes = Math.max(MIN_CELL_BYTES, (bytes / (rows * range.columnCount)) * CELL_MARGIN);
  }
  return readInChunks(context, ranges, guess);
}

/**
 * One read of the workbook: the sheets, tables, names, notes and comments (one sync); then, with
 * `withGrids`, every sheet's used range and merged areas and where each note and comment is. An ordinary
 * workbook answers that in one more sync. When its values would pass the response limit — Excel refuses
 * the sync, or `hint` says an earlier read needed chunks — the sizes are asked first and the values read
 * in chunks under the budget: one more sync per chunk.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  features: ReadFeatures,
  withGrids: boolean,
  hint?: ReadHint,
): Promise<WorkbookRead> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name");
  workbook.tables.load("items/name,items/worksheet/name");
  workbook.names.load("items/name");
  const notes = features.notes ? workbook.notes : undefined;
  notes?.load("items/content");
  const comments = features.notes ? workbook.comments : undefined;
  comments?.load("items/id");
  await context.sync();
  const read = withGrids ? sheets.items.filter((ws) => !isStateSheet(ws.name)) : [];
  const layoutOf = (withValues: boolean) => readLayout(context, read, notes?.items ?? [], comments?.items ?? [], features, withValues);
  let optimistic: Awaited<ReturnType<typeof layoutOf>> | undefined;
  let refused = false;
  if (!hint || read.length === 0) {
    try {
      optimistic = await layoutOf(read.length > 0);
    } catch (error) {
      if (!isPayloadRefusal(error)) throw error;
      refused = true;
    }
  }
  const layout = optimistic ?? (await layoutOf(false));
  let nextHint: ReadHint | undefined;
  if (!optimistic) {
    const ranges = layout.ranges.filter((range): range is UsedRange => range !== undefined);
    // A sheet measured by the last read starts with that measure.
    for (const range of ranges) range.cellBytes = hint?.cellBytes[range.ws.name];
    const cells = ranges.reduce((sum, range) => sum + range.rowCount * range.columnCount, 0);
    // Refused as a whole: its cells average at least the limit's share each.
    const guess = Math.max(FIRST_CELL_BYTES, refused ? (PAYLOAD_LIMIT_BYTES / Math.max(1, cells)) * CELL_MARGIN : 0);
    await readInChunks(context, ranges, guess);
    const bytes = ranges.reduce((sum, range) => sum + range.rowCount * range.columnCount * (range.cellBytes ?? guess), 0);
    if (bytes > PAYLOAD_BUDGET_BYTES)
      nextHint = { cellBytes: Object.fromEntries(ranges.map((range) => [range.ws.name, range.cellBytes ?? guess])) };
  }
  let annotations: Annotations | undefined;
  if (features.notes) {
    annotations = { notes: new Map(), comments: new Map() };
    const noted = annotations.notes;
    (notes?.items ?? []).forEach((note, i) => {
      const { sheet, cell } = splitSheetAddress(layout.noteAddresses[i]);
      addTo(noted, sheetKey(sheet), cell, note.content);
    });
    for (const address of layout.commentAddresses) {
      const { sheet, cell } = splitSheetAddress(address);
      const set = annotations.comments.get(sheetKey(sheet)) ?? new Set<string>();
      set.add(cell);
      annotations.comments.set(sheetKey(sheet), set);
    }
  }
  const facts: WorkbookFacts = {
    sheets: sheets.items.map((ws) => ws.name),
    tables: new Map(workbook.tables.items.map((table) => [table.name.toLowerCase(), table.worksheet.name])),
    names: new Set(workbook.names.items.map((item) => item.name.toLowerCase())),
    annotations,
  };
  const grids = read.map((ws, i) => gridOf(ws.name, layout.ranges[i], layout.merged[i]));
  return { facts, grids, ...(nextHint ? { hint: nextHint } : {}) };
}
