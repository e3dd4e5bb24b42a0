// A small writer of SheetSpecs: put cells by row and column, merge, add tables and drop-downs,
// so that the template and conclusion builders read as layouts rather than array arithmetic.

import { address, emptySheet, type CellSpec, type SheetSpec, type StyleName } from "./sheet-spec";
import { MARKER_COLUMN } from "./layout";

export class SheetBuilder {
  readonly spec: SheetSpec;

  constructor(role: string, name: string) {
    this.spec = emptySheet(role, name);
  }

  /** The next free row (1-based). */
  get nextRow(): number {
    return this.spec.rows.length + 1;
  }

  set(row: number, column: number, cell: CellSpec): this {
    while (this.spec.rows.length < row) this.spec.rows.push([]);
    const cells = this.spec.rows[row - 1];
    while (cells.length < column) cells.push(null);
    cells[column - 1] = cell;
    return this;
  }

  value(row: number, column: number, value: CellSpec["value"], style?: StyleName): this {
    return this.set(row, column, style ? { value, style } : { value });
  }

  formula(row: number, column: number, formula: string, result: CellSpec["result"], style: StyleName = "computed"): this {
    return this.set(row, column, { formula, result: result ?? null, style });
  }

  /** A hidden machine marker in column A of `row`. */
  marker(row: number, text: string): this {
    return this.set(row, MARKER_COLUMN, { value: text, style: "marker" });
  }

  /** Makes sure the row exists even if it stays empty (a spacer). */
  touch(row: number): this {
    while (this.spec.rows.length < row) this.spec.rows.push([]);
    return this;
  }

  merge(row: number, fromColumn: number, toColumn: number, toRow = row): this {
    if (toColumn > fromColumn || toRow > row) this.spec.merges.push(`${address(row, fromColumn)}:${address(toRow, toColumn)}`);
    return this;
  }

  widths(widths: number[]): this {
    this.spec.columnWidths = widths;
    return this;
  }

  listValidation(fromRow: number, toRow: number, column: number, list: string[], error: string): this {
    if (toRow >= fromRow) this.spec.validations.push({ range: `${address(fromRow, column)}:${address(toRow, column)}`, list, error });
    return this;
  }
}
