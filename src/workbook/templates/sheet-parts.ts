// The pieces every template sheet is made of: the title and note rows, a table with its header, input
// cells and drop-downs, a key-value field, and a date cell.

import { t, type Lang, type MessageKey } from "../../i18n";
import type { Columns } from "../formulas";
import {
  FIELD_VALUE_COLUMN,
  FIRST_COLUMN,
  TABLE_COLUMNS,
  fieldMarker,
  sheetMarker,
  tableMarker,
  type ColumnDef,
  type FieldDef,
  type SheetRole,
  type TableKey,
} from "../layout";
import type { SheetBuilder } from "../sheet-builder";
import { address, type CellValue, type StyleName } from "../sheet-spec";

export function titleRows(b: SheetBuilder, role: SheetRole, title: string, note: string, lastColumn: number): void {
  b.marker(1, sheetMarker(role));
  b.value(1, FIRST_COLUMN, title, "title").merge(1, FIRST_COLUMN, lastColumn);
  b.value(2, FIRST_COLUMN, note, "note").merge(2, FIRST_COLUMN, lastColumn);
  b.touch(3);
}

/** The localized column names of a table, by column key. */
export function columnsOf(lang: Lang, key: TableKey): Columns {
  return (columnKey) => {
    const column = TABLE_COLUMNS[key].find((c) => c.key === columnKey);
    if (!column) throw new Error(`no column ${columnKey} in table ${key}`);
    return t(lang, column.header);
  };
}

function localizedWord(lang: Lang, word: "higher" | "lower" | "official" | "operational" | "none"): string {
  return t(lang, `wb.value.${word}` as MessageKey);
}

function columnValue(lang: Lang, column: ColumnDef, value: unknown): CellValue {
  if (value === undefined || value === null || value === "") return null;
  if (column.kind === "better" || column.kind === "data") return localizedWord(lang, value as "higher");
  return value as CellValue;
}

function inputStyle(column: ColumnDef): StyleName {
  if (column.kind === "number" || column.kind === "expert") return "inputNumber";
  if (column.kind === "code" || column.kind === "key") return "inputCode";
  return "input";
}

/**
 * Writes a table (header at `headerRow`, data below) with its drop-downs, and returns the row after it.
 * `rows` are the records to write; `spare` blank rows follow them (at least one row in all).
 */
export function writeTable(
  b: SheetBuilder,
  lang: Lang,
  key: TableKey,
  name: string,
  headerRow: number,
  rows: Record<string, unknown>[],
  spare: number,
): number {
  const columns = TABLE_COLUMNS[key];
  const headers = columns.map((c) => t(lang, c.header));
  b.marker(headerRow, tableMarker(key));
  columns.forEach((column, i) => b.value(headerRow, FIRST_COLUMN + i, headers[i], "header"));
  const count = Math.max(rows.length + spare, 1);
  for (let r = 0; r < count; r++) {
    const record = rows[r];
    columns.forEach((column, i) =>
      b.set(headerRow + 1 + r, FIRST_COLUMN + i, {
        value: record ? columnValue(lang, column, record[column.key]) : null,
        style: inputStyle(column),
      }),
    );
  }
  const first = headerRow + 1;
  const last = headerRow + count;
  columns.forEach((column, i) => {
    const col = FIRST_COLUMN + i;
    if (column.kind === "expert") b.listValidation(first, last, col, ["1", "0.5", "0"], t(lang, "wb.validation.expert"));
    if (column.kind === "better")
      b.listValidation(first, last, col, [localizedWord(lang, "higher"), localizedWord(lang, "lower")], t(lang, "wb.validation.list"));
    if (column.kind === "data")
      b.listValidation(
        first,
        last,
        col,
        (["official", "operational", "none"] as const).map((w) => localizedWord(lang, w)),
        t(lang, "wb.validation.list"),
      );
  });
  b.spec.tables.push({ name, topLeft: address(headerRow, FIRST_COLUMN), columns: headers, rowCount: count });
  return last + 1;
}

export function writeField(b: SheetBuilder, lang: Lang, row: number, field: FieldDef, value: CellValue): void {
  b.marker(row, fieldMarker(field.key));
  b.value(row, FIRST_COLUMN, t(lang, field.label), "label");
  const style: StyleName = field.kind === "date" ? "inputDate" : "input";
  b.set(row, FIELD_VALUE_COLUMN, { value: value ?? null, style });
  if (field.kind === "option" && field.options)
    b.listValidation(row, row, FIELD_VALUE_COLUMN, [...field.options], t(lang, "wb.validation.list"));
  if (field.kind === "kind")
    b.listValidation(row, row, FIELD_VALUE_COLUMN, [t(lang, "kind.central"), t(lang, "kind.local")], t(lang, "wb.validation.list"));
}

/** An ISO date as a spreadsheet date (midnight UTC), or null. */
export function dateCell(iso: string | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}
