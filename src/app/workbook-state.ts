// What the add-in remembers inside a workbook, as stored data: parsing a stored value back into a
// WorkbookState (ignoring what is malformed), merging a patch into it, and where each host keeps it.

import { isLang } from "../i18n";
import type { SavedHighlight, WorkbookState } from "../workbook/port";

/** The key of the state in Office.js document settings. */
export const STATE_SETTING = "bagalau.state";

/** The very hidden sheet an .xlsx keeps the state in (no settings part in a plain file); never read as a grid. */
export const STATE_SHEET_NAME = "BAGALAU_STATE";

/** The state sheet is an implementation detail of a port: the services never see it. */
export function isStateSheet(name: string): boolean {
  return name === STATE_SHEET_NAME;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function savedHighlight(value: unknown): SavedHighlight | undefined {
  if (!isRecord(value) || typeof value.sheet !== "string" || typeof value.address !== "string") return undefined;
  const saved: SavedHighlight = {
    sheet: value.sheet,
    address: value.address,
    fill: typeof value.fill === "string" ? value.fill : null,
    note: typeof value.note === "string" ? value.note : null,
  };
  if (typeof value.noteModel === "string") saved.noteModel = value.noteModel;
  if (typeof value.noteAdded === "boolean") saved.noteAdded = value.noteAdded;
  if (typeof value.written === "string") saved.written = value.written;
  return saved;
}

/** A stored state (parsed JSON or a settings value) as a WorkbookState; unknown or malformed fields are dropped. */
export function parseState(stored: unknown): WorkbookState {
  let value = stored;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (!isRecord(value)) return {};
  const state: WorkbookState = {};
  if (typeof value.lang === "string" && isLang(value.lang)) state.lang = value.lang;
  if (typeof value.bodyKey === "string") state.bodyKey = value.bodyKey;
  if (value.kind === "central" || value.kind === "local") state.kind = value.kind;
  if (typeof value.period === "string") state.period = value.period;
  if (isRecord(value.profile)) state.profile = value.profile;
  if (isRecord(value.ownedSheets)) {
    const owned: Record<string, string> = {};
    for (const [role, name] of Object.entries(value.ownedSheets)) if (typeof name === "string") owned[role] = name;
    state.ownedSheets = owned;
  }
  if (Array.isArray(value.highlights)) {
    state.highlights = value.highlights.map(savedHighlight).filter((h): h is SavedHighlight => h !== undefined);
  }
  return state;
}

/**
 * A patch over a state: each field the patch names replaces the stored one, and a field set to
 * `undefined` is removed; `ownedSheets` is merged by role (a role mapped to undefined is dropped).
 */
export function mergeState(current: WorkbookState, patch: Partial<WorkbookState>): WorkbookState {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete merged[key];
    else if (key === "ownedSheets") {
      const owned: Record<string, string> = { ...(current.ownedSheets ?? {}) };
      for (const [role, name] of Object.entries(value as Record<string, string | undefined>)) {
        if (name === undefined) delete owned[role];
        else owned[role] = name;
      }
      merged.ownedSheets = owned;
    } else merged[key] = value;
  }
  return merged;
}
