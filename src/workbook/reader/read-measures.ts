// The reader of a measure table (a goal's target indicators, a task's direct results): each row as a
// measure of the evaluation JSON, the cells of the whole list noted as one entry of the cell index.

import { cellText } from "../cell-values";
import type { MeasureListCells } from "./cell-index";
import { BETTER_WORDS, DATA_WORDS, rawNumber } from "./input-values";
import type { SheetReader } from "./sheet-reader";
import type { WalkedTable } from "./sheet-walk";

/** A measure's `code` is read from the table's "no" column. */
const MEASURE_ALIASES: Readonly<Record<string, string>> = { code: "no" };

export function readMeasures(reader: SheetReader, table: WalkedTable | undefined, basePath: string): Record<string, unknown>[] {
  if (!table) return [];
  // The cells of the whole list as one entry (a big plan has tens of thousands of rows) when its rows share
  // the table's columns, as a walked table's rows do; else a row of its own each.
  const columns = table.rows[0]?.columns;
  const cells: MeasureListCells | undefined = table.rows.every((r) => r.columns === columns)
    ? { sheet: reader.sheet, rows: [], own: [], columns: columns ?? new Map(), aliases: MEASURE_ALIASES }
    : undefined;
  if (cells) reader.cells.setList(basePath, cells);
  return table.rows.map((r, i) => {
    const measure: Record<string, unknown> = {};
    if (cells) {
      cells.rows.push(r.row);
      cells.own.push(r.column("name") ?? r.column("no"));
    } else {
      const path = `${basePath}[${i}]`;
      reader.note(path, r.row, r.column("name") ?? r.column("no"));
      reader.cells.setRow(path, reader.sheet, r.row, r.columns, MEASURE_ALIASES);
    }
    for (const key of ["no", "name", "source", "unit", "responsible", "deviationReason"]) {
      const value = cellText(r.get(key));
      if (value !== undefined) measure[key === "no" ? "code" : key] = value;
    }
    if (measure.name === undefined) measure.name = "";
    const better = reader.word(r.row, r.column("better"), BETTER_WORDS, null, ["wb.value.higher", "wb.value.lower"]);
    if (better) measure.better = better;
    const data = reader.word(r.row, r.column("data"), DATA_WORDS, null, ["wb.value.official", "wb.value.operational", "wb.value.none"]);
    if (data) measure.data = data;
    for (const key of ["base", "plan", "fact"]) reader.checkPercent(r.row, r.column(key));
    measure.base = rawNumber(r.get("base"));
    measure.plan = rawNumber(r.get("plan"));
    measure.fact = rawNumber(r.get("fact"));
    return measure;
  });
}
