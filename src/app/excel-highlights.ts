// Highlights in Excel as planned requests: each cell's own fill and note read and replaced by the
// highlight, and put back when the highlights are cleared — a step per cell, synced under the payload limit.

/// <reference types="office-js" />

import type { Highlight, SavedHighlight } from "../workbook/port";
import { cellAddress } from "./cell-blocks";
import { requestBytes, type RequestPlan } from "./excel-payload";
import type { WorkbookFacts } from "./excel-read";
import { highlightColor } from "./excel-styles";
import { describeFill, parseFill } from "./excel-values";
import { sheetKey } from "./sheet-placement";

export interface HighlightFeatures {
  /** Fill patterns (ExcelApi 1.9). */
  rangeAreas: boolean;
  /** Cell notes (ExcelApi 1.18). */
  notes: boolean;
}

/** The worksheets of one batch by name, each asked of Excel once (every getItem is an object in the request). */
export function worksheetsOf(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const made = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = made.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      made.set(name, ws);
    }
    return ws;
  };
}

/** Two note texts alike but for line-break style and trailing white space. */
function sameNoteText(a: string, b: string): boolean {
  const plain = (text: string) => text.replace(/\r\n?/g, "\n").trimEnd();
  return plain(a) === plain(b);
}

/**
 * Plans the restoring of saved highlights — each cell's own fill, its own note text, and the removal of
 * a note BAGALAU added (where still there) — and returns the notes as they will be afterwards.
 */
export function planRestore(
  plan: RequestPlan,
  sheet: (name: string) => Excel.Worksheet,
  saved: readonly SavedHighlight[],
  known: WorkbookFacts,
  features: HighlightFeatures,
): Map<string, Map<string, string | null>> {
  const present = new Set(known.sheets.map(sheetKey));
  const after = new Map<string, Map<string, string | null>>();
  const noteAfter = (key: string, address: string, note: string | null) => {
    const inner = after.get(key) ?? new Map<string, string | null>();
    inner.set(address, note);
    after.set(key, inner);
  };
  for (const item of saved) {
    const key = sheetKey(item.sheet);
    if (!present.has(key)) continue;
    const own = parseFill(item.fill);
    const current = known.annotations?.notes.get(key)?.get(item.address);
    // A note the user edited since the check is theirs now: left as they left it (line breaks and trailing
    // space as Excel may give them back do not count as an edit).
    const noteIsOurs = features.notes && current !== undefined && (item.written === undefined || sameNoteText(current, item.written));
    // What the cell's note will be: none (BAGALAU's note deleted), its own text again, or unchanged (undefined).
    const note = !noteIsOurs ? undefined : item.noteAdded ? null : (item.note ?? undefined);
    if (note !== undefined) noteAfter(key, item.address, note);
    plan.add(requestBytes(8, 6, [item.address, item.fill, note]), () => {
      const ws = sheet(item.sheet);
      const fill = ws.getRange(item.address).format.fill;
      fill.clear();
      if (own) {
        fill.color = own.color;
        if (features.rangeAreas && own.pattern) fill.pattern = own.pattern as Excel.FillPattern;
        if (features.rangeAreas && own.patternColor) fill.patternColor = own.patternColor;
      }
      if (!noteIsOurs) return;
      if (item.noteAdded) ws.notes.getItem(item.address).delete();
      else if (item.note !== null) ws.notes.getItem(item.address).content = item.note;
    });
  }
  return after;
}

/**
 * Plans the highlights, one cell each: its own fill loaded (before the highlight's fill, in the same
 * step), the highlight's colour, and the message in the cell's note (a new note, or after the cell's own
 * note's text; a threaded comment is left alone). Returns, once the plan has run, what the state saves.
 */
export function planHighlights(
  plan: RequestPlan,
  sheet: (name: string) => Excel.Worksheet,
  items: readonly Highlight[],
  known: WorkbookFacts,
  restored: Map<string, Map<string, string | null>>,
  features: HighlightFeatures,
): () => SavedHighlight[] {
  const targets = items.map((item) => {
    const address = cellAddress(item.ref.row, item.ref.column);
    const key = sheetKey(item.ref.sheet);
    const after = restored.get(key);
    const own = after?.has(address) ? (after.get(address) ?? null) : (known.annotations?.notes.get(key)?.get(address) ?? null);
    const comment = known.annotations?.comments.get(key)?.has(address) ?? false;
    const noted = features.notes && !comment;
    const written = own === null ? item.note : `${own}\n${item.note}`;
    const target: { item: Highlight; address: string; own: string | null; noted: boolean; written: string; fill?: Excel.RangeFill } = {
      item,
      address,
      own,
      noted,
      written,
    };
    plan.add(
      requestBytes(9, 4, [address, noted ? written : null]),
      () => {
        const ws = sheet(item.ref.sheet);
        // Loaded through its own range object: the load runs before the write queued after it, so it sees the cell's own fill.
        target.fill = ws.getRange(address).format.fill.load(features.rangeAreas ? "color,pattern,patternColor" : "color");
        ws.getRange(address).format.fill.color = highlightColor(item.severity);
        if (!noted) return;
        if (own === null) ws.notes.add(address, item.note);
        else ws.notes.getItem(address).content = written;
      },
      150,
    );
    return target;
  });
  return () =>
    targets.map((target): SavedHighlight => {
      const saved: SavedHighlight = {
        sheet: target.item.ref.sheet,
        address: target.address,
        fill: describeFill(target.fill as Excel.RangeFill, features.rangeAreas),
        note: target.own,
        noteAdded: target.noted && target.own === null,
      };
      if (target.noted) saved.written = target.written;
      return saved;
    });
}
