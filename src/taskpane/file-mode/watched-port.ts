// A WorkbookPort that tells what happened to the workbook: every write is a change not yet downloaded,
// and a selected cell is shown by the pane (there is no grid in file mode to select it in).

import type { CellRef } from "../../workbook/cell-ref";
import type { CellWrite, RowEdit, Highlight, WorkbookPort, WorkbookState } from "../../workbook/port";
import type { Grid, SheetSpec } from "../../workbook/sheet-spec";
import type { WorkbookFileEvents } from "./workbook-file";

export class WatchedPort implements WorkbookPort {
  constructor(
    private readonly inner: WorkbookPort & { selected?: CellRef; editRows(edit: RowEdit): Promise<void> },
    private readonly events: WorkbookFileEvents,
  ) {}

  private async changing<T>(action: Promise<T>): Promise<T> {
    const result = await action;
    this.events.emit({ type: "changed" });
    return result;
  }

  sheetNames(): Promise<string[]> {
    return this.inner.sheetNames();
  }

  readGrids(): Promise<Grid[]> {
    return this.inner.readGrids();
  }

  loadState(): Promise<WorkbookState> {
    return this.inner.loadState();
  }

  writeSheets(specs: readonly SheetSpec[], replace: readonly string[]): Promise<void> {
    return this.changing(this.inner.writeSheets(specs, replace));
  }

  highlight(items: readonly Highlight[]): Promise<void> {
    return this.changing(this.inner.highlight(items));
  }

  clearHighlights(): Promise<void> {
    return this.changing(this.inner.clearHighlights());
  }

  saveState(state: WorkbookState): Promise<void> {
    return this.changing(this.inner.saveState(state));
  }

  writeValues(cells: readonly CellWrite[]): Promise<void> {
    return this.changing(this.inner.writeValues(cells));
  }

  editRows(edit: RowEdit): Promise<void> {
    return this.changing(this.inner.editRows(edit));
  }

  /** Selecting a cell makes it the active cell of the downloaded workbook: a change too. */
  async select(ref: CellRef): Promise<void> {
    await this.inner.select(ref);
    this.events.emit({ type: "selected", ref: this.inner.selected ?? ref });
    this.events.emit({ type: "changed" });
  }
}
