// Reading filled templates: grids → the bagalau/evaluation@1 object the core parses, with the cell of
// every value. Sheets are found by their hidden marker or their headers (any language), not position.

import { EvaluationRefused, checkWeights, parseEvaluation, type Issue, type Kind, type ParsedEvaluation } from "../core";
import { LANGS, DICTIONARIES, type MessageKey } from "../i18n";
import { PERFORMANCE_INDICATORS } from "../data/performance-indicators";
import { isCellError, sheetAddress, type CellValue, type Grid } from "./sheet-spec";
import { cellDate, cellText, isBlankCell } from "./cell-values";
import {
  BODY_FIELDS,
  FIRST_COLUMN,
  MARKER_COLUMN,
  MARKER_PREFIX,
  PENALTY_FIELDS,
  TABLE_COLUMNS,
  headerVariants,
  normalizeHeader,
  vocabulary,
  type BlockKey,
  type FieldDef,
  type SheetRole,
  type TableKey,
} from "./layout";

export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

export const READ_ISSUE_CODES = [
  "SHEET_MISSING",
  "VALUE_NOT_RECOGNIZED",
  "ROW_OUTSIDE_BLOCK",
  "DATE_NOT_RECOGNIZED",
  "WEIGHTS_INVALID",
] as const;
export type ReadIssueCode = (typeof READ_ISSUE_CODES)[number];

export interface ReadIssue {
  code: ReadIssueCode;
  severity: "error" | "warning";
  cell?: CellRef;
  params: Record<string, string>;
}

export interface WorkbookReading extends ParsedEvaluation {
  /** The JSON the sheets amount to (what `bagalau fill` would need to write the same workbook). */
  json: Record<string, unknown>;
  /** JSON path (e.g. `goals[0].indicators[2].plan`, `goals[0]`) → the cell it was read from. */
  cells: CellIndex;
  readIssues: ReadIssue[];
  /** Which sheet holds each input role. */
  sheets: Partial<Record<SheetRole, string>>;
}

/** The workbook has no BAGALAU sheet at all: it cannot be scored. */
export class NotABagalauWorkbook extends Error {
  constructor() {
    super("no BAGALAU sheets");
    this.name = "NotABagalauWorkbook";
  }
}

// ---------------------------------------------------------------- recognizing rows

type RowType =
  | { type: "sheet"; role: SheetRole }
  | { type: "table"; key: TableKey; columns: Map<string, number> }
  | { type: "block"; key: BlockKey }
  | { type: "field"; key: string }
  | { type: "scores" }
  | { type: "other" };

const TABLE_KEYS = Object.keys(TABLE_COLUMNS) as TableKey[];
const ROLE_OF_TABLE: Record<TableKey, SheetRole> = {
  quality: "quality",
  indicators: "goals",
  results: "goals",
  risks: "risks",
  performance: "performance",
  missing: "penalties",
  unreliable: "penalties",
};

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

function classify(row: CellValue[]): RowType {
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

const isBlank = isBlankCell;

// ---------------------------------------------------------------- converting cell values

const BETTER_WORDS = vocabulary(["higher", "lower"] as const, (v) => `wb.value.${v}` as MessageKey);
const DATA_WORDS = vocabulary(["official", "operational", "none"] as const, (v) => `wb.value.${v}` as MessageKey);
const KIND_WORDS = vocabulary(["central", "local"] as const, (v) => `kind.${v}` as MessageKey);

const text = cellText;

/** A numeric cell as the core should see it: numbers stay numbers, anything else as its text. */
function rawNumber(value: CellValue | undefined): unknown {
  if (isBlank(value)) return null;
  if (typeof value === "number") return value;
  if (value instanceof Date) return isoDate(value);
  if (isCellError(value)) return value.error;
  return String(value);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date cell: a real date, an ISO text, a dd.mm.yyyy text, or an Excel serial number. */
const dateValue = cellDate;

// ---------------------------------------------------------------- the reader

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

/**
 * normalizeHeader of a drop-down cell, remembered: a big plan repeats the same few words ("higher", "official")
 * on every row. The memory is dropped when it grows past a few thousand texts (free text typed in a drop-down).
 */
const NORMALIZED_WORDS = new Map<unknown, string>();

function normalizedWord(value: CellValue | undefined): string {
  if (typeof value !== "string") return normalizeHeader(value);
  let normalized = NORMALIZED_WORDS.get(value);
  if (normalized === undefined) {
    if (NORMALIZED_WORDS.size >= 4096) NORMALIZED_WORDS.clear();
    normalized = normalizeHeader(value);
    NORMALIZED_WORDS.set(value, normalized);
  }
  return normalized;
}

class Reader {
  readonly readIssues: ReadIssue[] = [];

  constructor(
    private readonly grid: Grid,
    readonly cells: CellIndex,
  ) {}

  get sheet(): string {
    return this.grid.name;
  }

  ref(row: number, column: number): CellRef {
    return { sheet: this.grid.name, row, column };
  }

  at(row: number, column: number | undefined): CellValue | undefined {
    if (column === undefined) return undefined;
    return this.grid.values[row - 1]?.[column - 1];
  }

  note(path: string, row: number, column: number | undefined): void {
    if (column !== undefined) this.cells.set(path, this.ref(row, column));
  }

  /** A drop-down word in any language; `path` null when the row's cells are already indexed. */
  word<T extends string>(
    row: number,
    column: number | undefined,
    words: Map<string, T>,
    path: string | null,
    allowed: MessageKey[],
  ): T | undefined {
    const value = this.at(row, column);
    if (path !== null) this.note(path, row, column);
    if (isBlank(value)) return undefined;
    const found = words.get(normalizedWord(value));
    if (found === undefined) {
      // The sheet may be in any of the three languages: each choice is listed in all of them.
      const allowedText = allowed.map((k) => Array.from(new Set(LANGS.map((l) => DICTIONARIES[l][k]))).join(" / ")).join(", ");
      this.readIssues.push({
        code: "VALUE_NOT_RECOGNIZED",
        severity: "error",
        cell: this.ref(row, column as number),
        params: { text: String(text(value)), allowed: allowedText },
      });
    }
    return found;
  }

  date(row: number, column: number, path: string): string | undefined {
    const value = this.at(row, column);
    this.note(path, row, column);
    const date = dateValue(value);
    if (date === false) {
      this.readIssues.push({
        code: "DATE_NOT_RECOGNIZED",
        severity: "error",
        cell: this.ref(row, column),
        params: { text: String(text(value)) },
      });
      return undefined;
    }
    return date;
  }
}

interface TableRow {
  row: number;
  /** The table's column map, shared by all its rows. */
  columns: ReadonlyMap<string, number>;
  get(key: string): CellValue | undefined;
  column(key: string): number | undefined;
}

interface SheetWalk {
  role?: SheetRole;
  fields: Map<string, { row: number; column: number }>;
  tables: { key: TableKey; headerRow: number; rows: TableRow[]; block?: { key: BlockKey; row: number } }[];
  blocks: { key: BlockKey; row: number }[];
}

/** A data row of a table: its cells by the table's column keys (one small object per row, no closures). */
class WalkedRow implements TableRow {
  constructor(
    readonly row: number,
    readonly columns: ReadonlyMap<string, number>,
    private readonly values: CellValue[] | undefined,
  ) {}

  get(key: string): CellValue | undefined {
    const c = this.columns.get(key);
    return c === undefined ? undefined : this.values?.[c - 1];
  }

  column(key: string): number | undefined {
    return this.columns.get(key);
  }
}

function anyCellUsed(values: CellValue[] | undefined, columns: ReadonlyMap<string, number>): boolean {
  for (const c of columns.values()) if (!isBlank(values?.[c - 1])) return true;
  return false;
}

/** One pass over a sheet: its marker, fields, blocks and tables with their data rows. */
function walk(grid: Grid): SheetWalk {
  const result: SheetWalk = { fields: new Map(), tables: [], blocks: [] };
  let current: SheetWalk["tables"][number] | undefined;
  let columns = new Map<string, number>();
  let lastBlock: { key: BlockKey; row: number } | undefined;
  grid.values.forEach((values, index) => {
    const row = index + 1;
    const kind = classify(values ?? []);
    if (kind.type === "sheet") {
      result.role = kind.role;
      return;
    }
    if (kind.type === "table") {
      columns = kind.columns;
      current = { key: kind.key, headerRow: row, rows: [], block: lastBlock };
      result.tables.push(current);
      return;
    }
    if (kind.type === "block") {
      lastBlock = { key: kind.key, row };
      result.blocks.push(lastBlock);
      current = undefined;
      return;
    }
    if (kind.type === "field") {
      result.fields.set(kind.key, { row, column: FIRST_COLUMN + 1 });
      current = undefined;
      return;
    }
    if (kind.type === "scores") {
      current = undefined;
      return;
    }
    if (!current) return;
    if (!anyCellUsed(values, columns)) return;
    current.rows.push(new WalkedRow(row, columns, values));
  });
  if (!result.role) {
    const roles = new Set(result.tables.map((t) => ROLE_OF_TABLE[t.key]));
    if (roles.size === 1) result.role = Array.from(roles)[0];
    else if (result.fields.has("name") || result.fields.has("kind")) result.role = "body";
    else if (result.fields.has("deadline")) result.role = "penalties";
  }
  return result;
}

/** A measure's `code` is read from the table's "no" column. */
const MEASURE_ALIASES: Readonly<Record<string, string>> = { code: "no" };

function readMeasures(reader: Reader, table: SheetWalk["tables"][number] | undefined, basePath: string): Record<string, unknown>[] {
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
      const value = text(r.get(key));
      if (value !== undefined) measure[key === "no" ? "code" : key] = value;
    }
    if (measure.name === undefined) measure.name = "";
    const better = reader.word(r.row, r.column("better"), BETTER_WORDS, null, ["wb.value.higher", "wb.value.lower"]);
    if (better) measure.better = better;
    const data = reader.word(r.row, r.column("data"), DATA_WORDS, null, ["wb.value.official", "wb.value.operational", "wb.value.none"]);
    if (data) measure.data = data;
    measure.base = rawNumber(r.get("base"));
    measure.plan = rawNumber(r.get("plan"));
    measure.fact = rawNumber(r.get("fact"));
    return measure;
  });
}

/** Reads every BAGALAU sheet of a workbook into an evaluation. Throws NotABagalauWorkbook when there is none. */
export function readWorkbook(grids: readonly Grid[]): WorkbookReading {
  const cells = new CellIndex();
  const walks = grids.map((grid) => ({ grid, walk: walk(grid), reader: new Reader(grid, cells) }));
  const byRole = new Map<SheetRole, (typeof walks)[number]>();
  for (const w of walks) if (w.walk.role && !byRole.has(w.walk.role)) byRole.set(w.walk.role, w);
  const inputRoles = (["body", "quality", "goals", "risks", "performance", "penalties"] as SheetRole[]).filter((r) => byRole.has(r));
  if (inputRoles.length === 0) throw new NotABagalauWorkbook();

  const json: Record<string, unknown> = { format: "bagalau/evaluation@1" };
  const body: Record<string, unknown> = {};
  const profile: Record<string, unknown> = {};
  const extraIssues: ReadIssue[] = [];

  // The score sheet: the body and the profile.
  const bodySheet = byRole.get("body");
  // Without a readable kind, the sheets tell it: App. 4 and no risk section is a local body.
  const kindOfSheets: Kind = byRole.has("performance") && !byRole.has("risks") ? "local" : "central";
  let kind: Kind | undefined;
  if (bodySheet) {
    const { walk: w, reader } = bodySheet;
    const field = (key: string) => w.fields.get(key);
    const kindField = field("kind");
    if (kindField) kind = reader.word(kindField.row, kindField.column, KIND_WORDS, "body.kind", ["kind.central", "kind.local"]);
    kind ??= kindOfSheets; // before the weights, which are checked for the kind
    for (const key of ["name", "period"]) {
      const f = field(key);
      if (f) {
        reader.note(`body.${key}`, f.row, f.column);
        const value = text(reader.at(f.row, f.column));
        if (value !== undefined) body[key] = value;
      }
    }
    const dateField = field("reorganizedDate");
    if (dateField) {
      const date = reader.date(dateField.row, dateField.column, "body.reorganized.date");
      if (date) {
        const successor = field("successor");
        const name = successor ? text(reader.at(successor.row, successor.column)) : undefined;
        body.reorganized = name ? { date, successor: name } : { date };
      }
    }
    for (const key of ["qualityRule", "indicatorRule", "resultRule", "penaltyCapScope"]) {
      const f = field(key);
      const def = BODY_FIELDS.find((d) => d.key === key);
      if (!f || !def) continue;
      reader.note(`profile.${key}`, f.row, f.column);
      const value = text(reader.at(f.row, f.column));
      if (value === undefined) continue;
      if (def.options?.includes(value)) profile[key] = value;
      else
        reader.readIssues.push({
          code: "VALUE_NOT_RECOGNIZED",
          severity: "error",
          cell: reader.ref(f.row, f.column),
          params: { text: value, allowed: (def.options ?? []).join(", ") },
        });
    }
    // The weights, from the weight column of the score table (next to the coefficient).
    const weights: Record<string, unknown> = {};
    for (const key of kind === "local" ? ["B", "D"] : ["B", "C", "D"]) {
      const f = field(`weight.${key}`);
      if (!f) continue;
      reader.note(`profile.weights.${key}`, f.row, f.column + 1);
      const value = reader.at(f.row, f.column + 1);
      if (typeof value === "number" && value >= 0 && value <= 1) weights[key] = value;
      else if (!isBlank(value))
        reader.readIssues.push({
          code: "VALUE_NOT_RECOGNIZED",
          severity: "error",
          cell: reader.ref(f.row, f.column + 1),
          params: { text: String(text(value)), allowed: "0 … 1" },
        });
    }
    if (Object.keys(weights).length > 0) {
      try {
        checkWeights(kind ?? "central", { weights });
        profile.weights = weights;
      } catch (error) {
        if (!(error instanceof EvaluationRefused)) throw error;
        const first = field("weight.B");
        reader.readIssues.push({
          code: "WEIGHTS_INVALID",
          severity: "error",
          cell: first ? reader.ref(first.row, first.column + 1) : undefined,
          params: { terms: error.params.terms, sum: error.params.sum },
        });
      }
    }
    const threshold = field("unreliableThreshold");
    if (threshold) {
      const value = reader.at(threshold.row, threshold.column);
      if (typeof value === "number" && Number.isInteger(value) && value >= 1) profile.unreliableThreshold = value;
      else if (!isBlank(value))
        reader.readIssues.push({
          code: "VALUE_NOT_RECOGNIZED",
          severity: "error",
          cell: reader.ref(threshold.row, threshold.column),
          params: { text: String(text(value)), allowed: "1, 2, 3, …" },
        });
    }
  }
  kind ??= kindOfSheets;
  body.kind = kind;
  json.body = body;
  if (Object.keys(profile).length > 0) json.profile = profile;

  // Section 2: quality, one row per sphere or direction; rows sharing a sphere code are its directions.
  const qualitySheet = byRole.get("quality");
  const quality: Record<string, unknown>[] = [];
  if (qualitySheet) {
    const { reader } = qualitySheet;
    const table = qualitySheet.walk.tables.find((t) => t.key === "quality");
    const spheres = new Map<string, Record<string, unknown>>();
    for (const r of table?.rows ?? []) {
      const sphereCode = text(r.get("sphereCode")) ?? String(quality.length + 1);
      const directionCode = text(r.get("directionCode"));
      let sphere = spheres.get(sphereCode);
      if (!sphere) {
        sphere = { code: sphereCode, name: text(r.get("sphere")) ?? "" };
        spheres.set(sphereCode, sphere);
        quality.push(sphere);
      }
      const sphereIndex = quality.indexOf(sphere);
      if (directionCode === undefined && isBlank(r.get("direction"))) {
        const path = `quality[${sphereIndex}]`;
        reader.note(path, r.row, r.column("sphere") ?? r.column("sphereCode"));
        reader.note(`${path}.q1`, r.row, r.column("q1"));
        reader.note(`${path}.q2`, r.row, r.column("q2"));
        sphere.q1 = rawNumber(r.get("q1"));
        sphere.q2 = rawNumber(r.get("q2"));
      } else {
        const directions = (sphere.directions ??= []) as Record<string, unknown>[];
        const path = `quality[${sphereIndex}].directions[${directions.length}]`;
        reader.note(path, r.row, r.column("direction") ?? r.column("directionCode"));
        reader.note(`${path}.q1`, r.row, r.column("q1"));
        reader.note(`${path}.q2`, r.row, r.column("q2"));
        directions.push({
          code: directionCode ?? `${sphereCode}.${directions.length + 1}`,
          name: text(r.get("direction")) ?? "",
          q1: rawNumber(r.get("q1")),
          q2: rawNumber(r.get("q2")),
        });
      }
    }
    if (table) reader.note("quality", table.headerRow, FIRST_COLUMN);
  }
  json.quality = quality;

  // Section 3/4: goals in blocks.
  const goalsSheet = byRole.get("goals");
  const goals: Record<string, unknown>[] = [];
  if (goalsSheet) {
    const { walk: w, reader } = goalsSheet;
    reader.note("goals", 1, FIRST_COLUMN);
    let goal: Record<string, unknown> | undefined;
    let task: Record<string, unknown> | undefined;
    const blockTables = (row: number) => w.tables.filter((t) => t.block?.row === row);
    for (const block of w.blocks) {
      const code = text(reader.at(block.row, FIRST_COLUMN + 1));
      const name = text(reader.at(block.row, FIRST_COLUMN + 2)) ?? "";
      if (block.key === "goal") {
        const gi = goals.length;
        goal = { code: code ?? String(gi + 1), name, indicators: [], tasks: [] };
        goals.push(goal);
        task = undefined;
        reader.note(`goals[${gi}]`, block.row, FIRST_COLUMN + 1);
        goal.indicators = readMeasures(
          reader,
          blockTables(block.row).find((t) => t.key === "indicators"),
          `goals[${gi}].indicators`,
        );
      } else {
        if (!goal) {
          reader.readIssues.push({ code: "ROW_OUTSIDE_BLOCK", severity: "warning", cell: reader.ref(block.row, FIRST_COLUMN), params: {} });
          continue;
        }
        const gi = goals.length - 1;
        const tasks = goal.tasks as Record<string, unknown>[];
        const ti = tasks.length;
        task = { code: code ?? `${goal.code}.${ti + 1}`, name, results: [] };
        tasks.push(task);
        reader.note(`goals[${gi}].tasks[${ti}]`, block.row, FIRST_COLUMN + 1);
        task.results = readMeasures(
          reader,
          blockTables(block.row).find((t) => t.key === "results"),
          `goals[${gi}].tasks[${ti}].results`,
        );
      }
    }
    for (const table of w.tables) {
      if (!table.block && table.rows.length > 0) {
        reader.readIssues.push({
          code: "ROW_OUTSIDE_BLOCK",
          severity: "warning",
          cell: reader.ref(table.rows[0].row, FIRST_COLUMN),
          params: {},
        });
      }
    }
  }
  json.goals = goals;

  // Section 6: risks.
  const risksSheet = byRole.get("risks");
  const risks: Record<string, unknown>[] = [];
  if (risksSheet) {
    const { reader } = risksSheet;
    const table = risksSheet.walk.tables.find((t) => t.key === "risks");
    for (const r of table?.rows ?? []) {
      const path = `risks[${risks.length}]`;
      reader.note(path, r.row, r.column("name"));
      reader.note(`${path}.r`, r.row, r.column("r"));
      const risk: Record<string, unknown> = { name: text(r.get("name")) ?? "", r: rawNumber(r.get("r")) };
      const measures = text(r.get("measures"));
      if (measures !== undefined) risk.measures = measures;
      risks.push(risk);
    }
    if (table) reader.note("risks", table.headerRow, FIRST_COLUMN);
  }
  json.risks = risks;

  // App. 4: performance, by key, else by name in any language, else by position.
  const performanceSheet = byRole.get("performance");
  const performance: Record<string, unknown>[] = [];
  if (performanceSheet) {
    const { reader } = performanceSheet;
    const table = performanceSheet.walk.tables.find((t) => t.key === "performance");
    (table?.rows ?? []).forEach((r, i) => {
      const path = `performance[${performance.length}]`;
      const name = text(r.get("name"));
      const byName = PERFORMANCE_INDICATORS.find(
        (p) => name !== undefined && LANGS.some((l) => normalizeHeader(p.name[l]) === normalizeHeader(name)),
      );
      const key = text(r.get("key")) ?? byName?.key ?? PERFORMANCE_INDICATORS[i]?.key ?? `indicator${i + 1}`;
      reader.note(path, r.row, r.column("name") ?? r.column("key"));
      reader.note(`${path}.previous`, r.row, r.column("previous"));
      reader.note(`${path}.current`, r.row, r.column("current"));
      const entry: Record<string, unknown> = { key, previous: rawNumber(r.get("previous")), current: rawNumber(r.get("current")) };
      const better = reader.word(r.row, r.column("better"), BETTER_WORDS, `${path}.better`, ["wb.value.higher", "wb.value.lower"]);
      const known = PERFORMANCE_INDICATORS.some((p) => p.key === key);
      if (better) entry.better = better;
      else if (!known) entry.better = "higher";
      if (!known && name !== undefined) entry.name = name;
      performance.push(entry);
    });
    if (table) reader.note("performance", table.headerRow, FIRST_COLUMN);
  }
  json.performance = performance;

  // The reporting sheet: the input of the verification act.
  const penaltiesSheet = byRole.get("penalties");
  const penalties: Record<string, unknown> = {};
  if (penaltiesSheet) {
    const { walk: w, reader } = penaltiesSheet;
    for (const key of ["deadline", "submitted"]) {
      const f = w.fields.get(key);
      if (!f) continue;
      const date = reader.date(f.row, f.column, `penalties.${key}`);
      if (date) penalties[key] = date;
    }
    for (const [field, key] of [
      ["lateFlag", "late"],
      ["incompleteFlag", "incomplete"],
    ] as const) {
      const f = w.fields.get(field);
      if (!f) continue;
      reader.note(`penalties.${key}`, f.row, f.column);
      const value = reader.at(f.row, f.column);
      if (typeof value === "boolean") penalties[key] = value;
      else if (!isBlank(value))
        reader.readIssues.push({
          code: "VALUE_NOT_RECOGNIZED",
          severity: "error",
          cell: reader.ref(f.row, f.column),
          params: { text: String(text(value)), allowed: "TRUE, FALSE" },
        });
    }
    const missing = w.tables.find((t) => t.key === "missing");
    penalties.missingElements = (missing?.rows ?? [])
      .map((r, i) => {
        reader.note(`penalties.missingElements[${i}]`, r.row, r.column("element"));
        return text(r.get("element")) ?? "";
      })
      .filter((e) => e !== "");
    const unreliable = w.tables.find((t) => t.key === "unreliable");
    const facts = (unreliable?.rows ?? []).map((r, i) => {
      const path = `penalties.unreliableFacts[${i}]`;
      reader.note(path, r.row, r.column("indicator"));
      for (const key of ["plan", "fact", "rechecked"]) reader.note(`${path}.${key}`, r.row, r.column(key));
      const fact: Record<string, unknown> = {
        indicator: text(r.get("indicator")) ?? "",
        plan: rawNumber(r.get("plan")),
        fact: rawNumber(r.get("fact")),
        rechecked: rawNumber(r.get("rechecked")),
      };
      const note = text(r.get("note"));
      if (note !== undefined) fact.note = note;
      return fact;
    });
    const countField = w.fields.get("unreliableFactCount");
    const count = countField ? reader.at(countField.row, countField.column) : undefined;
    const countValid = typeof count === "number" && Number.isInteger(count) && count >= 0;
    if (countField && !countValid && !isBlank(count)) {
      reader.readIssues.push({
        code: "VALUE_NOT_RECOGNIZED",
        severity: "error",
        cell: reader.ref(countField.row, countField.column),
        params: { text: String(text(count)), allowed: "0, 1, 2, …" },
      });
    }
    if (facts.length > 0 || !countValid) penalties.unreliableFacts = facts;
    else penalties.unreliableFactCount = count;
    if (countField) reader.note("penalties.unreliableFactCount", countField.row, countField.column);
    reader.note("penalties", 1, FIRST_COLUMN);
  }
  json.penalties = penalties;

  // Sheets the kind of body needs but the workbook lacks.
  const needed: SheetRole[] = kind === "central" ? ["quality", "goals", "risks"] : ["quality", "goals", "performance"];
  for (const role of needed) if (!byRole.has(role)) extraIssues.push({ code: "SHEET_MISSING", severity: "error", params: { role } });

  const readIssues: ReadIssue[] = [...extraIssues];
  for (const w of walks) readIssues.push(...w.reader.readIssues);
  const sheets: Partial<Record<SheetRole, string>> = {};
  for (const [role, w] of byRole) sheets[role] = w.grid.name;
  const parsed = parseEvaluation(json);
  return { ...parsed, json, cells, readIssues, sheets };
}

/** The cell an issue points at: the field it is about, else its row, else the nearest enclosing item. */
export function cellOfIssue(issue: Pick<Issue, "code" | "path">, cells: Pick<CellIndex, "get">): CellRef | undefined {
  const field: Partial<Record<Issue["code"], string>> = {
    PLAN_MISSING: "plan",
    FACT_MISSING: "fact",
    DATA_NONE: "data",
    BASE_MISSING: "base",
    NO_PLANNED_IMPROVEMENT: "plan",
    PERFORMANCE_MISSING: "current",
  };
  const candidates = field[issue.code] ? [`${issue.path}.${field[issue.code]}`, issue.path] : [issue.path];
  if (issue.code === "PERFORMANCE_MISSING") candidates.unshift(`${issue.path}.previous`);
  for (const candidate of candidates) {
    const ref = cells.get(candidate);
    if (ref) return ref;
  }
  let path = issue.path;
  while (path.includes(".") || path.includes("[")) {
    path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    const ref = cells.get(path);
    if (ref) return ref;
  }
  return undefined;
}

export function formatCell(ref: CellRef): string {
  return sheetAddress(ref.sheet, ref.row, ref.column);
}
