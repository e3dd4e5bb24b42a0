// The cell index of a reading: JSON path (`goals[0].indicators[2].plan`) → the cell the value was read
// from, kept compact — a table row or a whole measure list is one entry, resolved on demand.

import type { CellRef } from "../cell-ref";

/**
 * JSON path → the cell it was read from. A table row is recorded once with its column map (shared by
 * the whole table), and `goals[0].indicators[2].plan` is resolved on demand, so that reading a large
 * plan does not build an entry per value.
 */
export class CellIndex {
  private readonly direct = new Map<string, CellRef>();
  private readonly rows = new Map<
    string,
    { sheet: string; row: number; columns: ReadonlyMap<string, number>; aliases: Readonly<Record<string, string>> }
  >();
  private readonly lists = new Map<string, MeasureListCells>();

  set(path: string, ref: CellRef): void {
    this.direct.set(path, ref);
  }

  /** A row read as an object at `path`: its fields are the table's columns (`aliases` renames a field's column key). */
  setRow(
    path: string,
    sheet: string,
    row: number,
    columns: ReadonlyMap<string, number>,
    aliases: Readonly<Record<string, string>> = {},
  ): void {
    this.rows.set(path, { sheet, row, columns, aliases });
  }

  /**
   * A table's rows read as the list at `path` (`goals[0].indicators`): element i is row `rows[i]`, its own
   * cell in column `own[i]`, its fields in the table's columns — one entry for the whole list, not one per row.
   */
  setList(path: string, list: MeasureListCells): void {
    this.lists.set(path, list);
  }

  get(path: string): CellRef | undefined {
    const direct = this.direct.get(path);
    if (direct) return direct;
    const inList = this.listCell(path);
    if (inList !== undefined) return inList ?? undefined;
    const dot = path.lastIndexOf(".");
    if (dot < 0) return undefined;
    const entry = this.rows.get(path.slice(0, dot));
    if (!entry) return undefined;
    const field = path.slice(dot + 1);
    const column = entry.columns.get(entry.aliases[field] ?? field);
    return column === undefined ? undefined : { sheet: entry.sheet, row: entry.row, column };
  }

  /** The cell of `list[i]` or `list[i].field` when `list` was set with setList: null when it has none, undefined when not such a path. */
  private listCell(path: string): CellRef | null | undefined {
    if (this.lists.size === 0) return undefined;
    const match = LIST_ELEMENT.exec(path);
    const list = match ? this.lists.get(match[1]) : undefined;
    if (!match || !list) return undefined;
    const index = Number(match[2]);
    if (index >= list.rows.length) return undefined;
    const field = match[3];
    const column = field === undefined ? list.own[index] : list.columns.get(list.aliases[field] ?? field);
    return column === undefined ? null : { sheet: list.sheet, row: list.rows[index], column };
  }
}

/** `list[i]` or `list[i].field`. */
const LIST_ELEMENT = /^(.+)\[(0|[1-9]\d*)\](?:\.([^.[\]]+))?$/;

export interface MeasureListCells {
  sheet: string;
  /** The sheet row of each element. */
  rows: number[];
  /** The column of each element's own cell (its name), undefined when the table has none. */
  own: (number | undefined)[];
  /** The table's columns, shared by its rows. */
  columns: ReadonlyMap<string, number>;
  aliases: Readonly<Record<string, string>>;
}
