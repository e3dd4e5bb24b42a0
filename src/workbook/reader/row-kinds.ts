// Row classification: what one row of a sheet is — a sheet marker, a table header (its columns mapped to
// keys), a goal or task block, a key-value field, the score table, or anything else — by marker or by text.

import { LANGS, DICTIONARIES } from "../../i18n";
import type { CellValue } from "../sheet-spec";
import {
  BODY_FIELDS,
  FIRST_COLUMN,
  MARKER_COLUMN,
  MARKER_PREFIX,
  PENALTY_FIELDS,
  TABLE_COLUMNS,
  headerVariants,
  normalizeHeader,
  type BlockKey,
  type FieldDef,
  type SheetRole,
  type TableKey,
} from "../layout";

export type RowKind =
  | { type: "sheet"; role: SheetRole }
  | { type: "table"; key: TableKey; columns: Map<string, number> }
  | { type: "block"; key: BlockKey }
  | { type: "field"; key: string }
  | { type: "scores" }
  | { type: "other" };

const TABLE_KEYS = Object.keys(TABLE_COLUMNS) as TableKey[];

const BLOCK_LABELS = new Map<string, BlockKey>();
for (const lang of LANGS) {
  BLOCK_LABELS.set(normalizeHeader(DICTIONARIES[lang]["wb.block.goal"]), "goal");
  BLOCK_LABELS.set(normalizeHeader(DICTIONARIES[lang]["wb.block.task"]), "task");
}

const FIELDS: FieldDef[] = [...BODY_FIELDS, ...PENALTY_FIELDS];
const FIELD_LABELS = new Map<string, string>();
for (const field of FIELDS) for (const variant of headerVariants(field.label)) FIELD_LABELS.set(variant, field.key);

/** Every table's header texts in every language, normalized, to its column key — computed once. */
const HEADER_KEYS: Record<TableKey, Map<string, string>> = Object.fromEntries(
  TABLE_KEYS.map((key) => [
    key,
    new Map(TABLE_COLUMNS[key].flatMap((c) => headerVariants(c.header).map((v) => [v, c.key] as [string, string]))),
  ]),
) as Record<TableKey, Map<string, string>>;

/** The normalized text of each string cell of a row (the marker column left out), by column number. */
function rowTexts(row: CellValue[]): [number, string][] {
  const texts: [number, string][] = [];
  for (let index = MARKER_COLUMN; index < row.length; index++) {
    const value = row[index];
    if (typeof value === "string") texts.push([index + 1, normalizeHeader(value)]);
  }
  return texts;
}

/** Maps the header cells of a row to the table's column keys; unknown headers are left out. */
function mapColumns(key: TableKey, texts: [number, string][]): Map<string, number> {
  const columns = new Map<string, number>();
  const headers = HEADER_KEYS[key];
  for (const [column, text] of texts) {
    const columnKey = headers.get(text);
    if (columnKey !== undefined && !columns.has(columnKey)) columns.set(columnKey, column);
  }
  return columns;
}

/** How many cells of `row` (from column B) are headers of the table `key`, in any of the three languages. */
export function recognizedHeaderCount(key: TableKey, row: CellValue[]): number {
  return mapColumns(key, rowTexts(row)).size;
}

/** A header row without a marker: the table whose headers it matches best (at least 2 and half of them). */
function detectTable(row: CellValue[]): { key: TableKey; columns: Map<string, number> } | undefined {
  // A header row holds only text; a data row almost always holds a number, so it is passed over at once.
  if (row.some((value) => typeof value === "number")) return undefined;
  const texts = rowTexts(row);
  if (texts.length < 2) return undefined;
  let best: { key: TableKey; columns: Map<string, number> } | undefined;
  for (const key of TABLE_KEYS) {
    const columns = mapColumns(key, texts);
    const needed = Math.max(2, Math.ceil(TABLE_COLUMNS[key].length / 2));
    if (columns.size >= needed && (!best || columns.size > best.columns.size)) best = { key, columns };
  }
  return best;
}

/** Text of digits, dots and spaces only: it normalizes to digits, and every block and field label has letters. */
const CODE_LIKE = /^[\d.\s]*$/;

export function classifyRow(row: CellValue[]): RowKind {
  const marker = row[MARKER_COLUMN - 1];
  if (typeof marker === "string" && marker.startsWith(MARKER_PREFIX)) {
    const body = marker.slice(MARKER_PREFIX.length);
    const [kind, name] = body.split(":");
    if (kind === "sheet") return { type: "sheet", role: name as SheetRole };
    if (kind === "table" && (TABLE_KEYS as string[]).includes(name)) {
      const key = name as TableKey;
      const columns = mapColumns(key, rowTexts(row));
      // A table whose headers were all renamed still reads in the template's column order.
      TABLE_COLUMNS[key].forEach((c, i) => {
        if (!columns.has(c.key) && !Array.from(columns.values()).includes(FIRST_COLUMN + i)) columns.set(c.key, FIRST_COLUMN + i);
      });
      return { type: "table", key, columns };
    }
    if (kind === "field") return { type: "field", key: name };
    if (kind === "goal" || kind === "task") return { type: "block", key: kind };
    if (kind === "scores") return { type: "scores" };
  }
  const label = row[FIRST_COLUMN - 1];
  // A code such as "1.2.3" (most rows of a big plan) is no block or field label: it is not normalized.
  if (typeof label === "string" && !CODE_LIKE.test(label)) {
    const text = normalizeHeader(label);
    const block = BLOCK_LABELS.get(text);
    if (block) return { type: "block", key: block };
    const field = FIELD_LABELS.get(text);
    if (field) return { type: "field", key: field };
  }
  const table = detectTable(row);
  if (table) return { type: "table", ...table };
  return { type: "other" };
}
