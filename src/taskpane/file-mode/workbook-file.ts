// A workbook opened (or created) in file mode: the application services over it, its file names, what
// a downloaded copy loses, its bytes, and the events the pane shows (a cell selected, a change made).

import type { CellRef } from "../../workbook/cell-ref";
import type { UncarriedPart } from "../../workbook/xlsx-bytes";
import type { LiveApp } from "../live-app";

export type WorkbookFileEvent = { type: "selected"; ref: CellRef } | { type: "changed" };

export type WorkbookFileListener = (event: WorkbookFileEvent) => void;

export interface WorkbookFile {
  /** Tells one opened workbook from the next (the pane starts afresh for each). */
  readonly id: number;
  /** The name of the file the user opened; undefined for a new empty workbook. */
  readonly fileName?: string;
  /** The name the changed workbook is downloaded under (never `fileName`). */
  readonly downloadName: string;
  /** Parts of the opened file a downloaded copy does not keep (charts, pivot tables, macros). */
  readonly uncarried: readonly UncarriedPart[];
  readonly app: LiveApp;
  /** The workbook as it is now, as .xlsx bytes. */
  toBytes(): Promise<Uint8Array>;
  subscribe(listener: WorkbookFileListener): () => void;
}

/** The listeners of one workbook's events. */
export class WorkbookFileEvents {
  private readonly listeners = new Set<WorkbookFileListener>();

  subscribe(listener: WorkbookFileListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: WorkbookFileEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
