// The official templates' layout: sheet roles, the hidden column-A markers, the key-value fields and
// the table columns with their header texts in kk/ru/en — shared by the writer and the reader.

import type { MessageKey } from "../i18n";
import { DICTIONARIES, LANGS } from "../i18n";

/** Input sheets (filled by planners and evaluators) and generated sheets (owned by BAGALAU). */
export type SheetRole =
  "body" | "quality" | "goals" | "risks" | "performance" | "penalties" | "conclusion" | "act" | "disagreements" | "history";

export const INPUT_ROLES: readonly SheetRole[] = ["body", "quality", "goals", "risks", "performance", "penalties"];
export const GENERATED_ROLES: readonly SheetRole[] = ["conclusion", "act", "disagreements"];

/** Column A of every BAGALAU sheet is hidden and holds machine markers; the visible content starts at B. */
export const MARKER_COLUMN = 1;
export const FIRST_COLUMN = 2;
export const MARKER_PREFIX = "bagalau:";

/** A key-value field row: its label in FIRST_COLUMN, its value in the column after it. */
export const FIELD_VALUE_COLUMN = FIRST_COLUMN + 1;

/**
 * A goal or task row of the goals sheet: the «Мақсат» / «Міндет» label, the code, the name (merged up to
 * `nameEnd`), then each coefficient after its label — K of a goal or P of a task, and a goal's Y and X.
 */
export const BLOCK_COLUMN = {
  label: FIRST_COLUMN,
  code: FIRST_COLUMN + 1,
  name: FIRST_COLUMN + 2,
  nameEnd: FIRST_COLUMN + 6,
  coefficientLabel: FIRST_COLUMN + 7,
  coefficient: FIRST_COLUMN + 8,
  yLabel: FIRST_COLUMN + 9,
  y: FIRST_COLUMN + 10,
  xLabel: FIRST_COLUMN + 11,
  x: FIRST_COLUMN + 12,
} as const;

/**
 * The score table of the score sheet: criterion, coefficient, weight, points (W and A in the points column).
 * A criterion row carries a field marker (`weight.B`), so its coefficient is in FIELD_VALUE_COLUMN.
 */
export const SCORE_COLUMN = {
  criterion: FIRST_COLUMN,
  coefficient: FIELD_VALUE_COLUMN,
  weight: FIELD_VALUE_COLUMN + 1,
  points: FIELD_VALUE_COLUMN + 2,
} as const;

export const sheetMarker = (role: SheetRole) => `${MARKER_PREFIX}sheet:${role}`;
export const fieldMarker = (key: string) => `${MARKER_PREFIX}field:${key}`;
export const tableMarker = (key: TableKey) => `${MARKER_PREFIX}table:${key}`;
export const blockMarker = (key: BlockKey) => `${MARKER_PREFIX}${key}`;

export type BlockKey = "goal" | "task";
export type TableKey = "quality" | "indicators" | "results" | "risks" | "performance" | "missing" | "unreliable";

type ColumnKind = "text" | "code" | "number" | "expert" | "better" | "data" | "key";

export interface ColumnDef {
  key: string;
  header: MessageKey;
  kind: ColumnKind;
  width: number;
}

const MEASURE_COLUMNS = (nameHeader: MessageKey): ColumnDef[] => [
  { key: "no", header: "wb.col.no", kind: "code", width: 6 },
  { key: "name", header: nameHeader, kind: "text", width: 44 },
  { key: "source", header: "wb.col.source", kind: "text", width: 22 },
  { key: "unit", header: "wb.col.unit", kind: "text", width: 14 },
  { key: "better", header: "wb.col.better", kind: "better", width: 12 },
  { key: "base", header: "wb.col.base", kind: "number", width: 13 },
  { key: "plan", header: "wb.col.plan", kind: "number", width: 11 },
  { key: "fact", header: "wb.col.fact", kind: "number", width: 11 },
  { key: "data", header: "wb.col.data", kind: "data", width: 13 },
  { key: "responsible", header: "wb.col.responsible", kind: "text", width: 20 },
  { key: "deviationReason", header: "wb.col.deviationReason", kind: "text", width: 32 },
];

export const TABLE_COLUMNS: Record<TableKey, ColumnDef[]> = {
  quality: [
    { key: "sphereCode", header: "wb.col.sphereCode", kind: "code", width: 8 },
    { key: "sphere", header: "wb.col.sphere", kind: "text", width: 40 },
    { key: "directionCode", header: "wb.col.directionCode", kind: "code", width: 10 },
    { key: "direction", header: "wb.col.direction", kind: "text", width: 40 },
    { key: "q1", header: "wb.col.q1", kind: "expert", width: 12 },
    { key: "q2", header: "wb.col.q2", kind: "expert", width: 12 },
    { key: "comment", header: "wb.col.comment", kind: "text", width: 30 },
  ],
  indicators: MEASURE_COLUMNS("wb.col.indicator"),
  results: MEASURE_COLUMNS("wb.col.result"),
  risks: [
    { key: "no", header: "wb.col.no", kind: "code", width: 6 },
    { key: "name", header: "wb.col.risk", kind: "text", width: 44 },
    { key: "measures", header: "wb.col.measures", kind: "text", width: 44 },
    { key: "r", header: "wb.col.r", kind: "expert", width: 8 },
    { key: "note", header: "wb.col.note", kind: "text", width: 28 },
  ],
  performance: [
    { key: "key", header: "wb.col.key", kind: "key", width: 18 },
    { key: "name", header: "wb.col.performanceIndicator", kind: "text", width: 52 },
    { key: "unit", header: "wb.col.unit", kind: "text", width: 16 },
    { key: "better", header: "wb.col.better", kind: "better", width: 12 },
    { key: "previous", header: "wb.col.previous", kind: "number", width: 14 },
    { key: "current", header: "wb.col.current", kind: "number", width: 14 },
  ],
  missing: [
    { key: "no", header: "wb.col.no", kind: "code", width: 6 },
    { key: "element", header: "wb.col.element", kind: "text", width: 60 },
  ],
  unreliable: [
    { key: "no", header: "wb.col.no", kind: "code", width: 6 },
    { key: "indicator", header: "wb.col.indicator", kind: "text", width: 44 },
    { key: "plan", header: "wb.col.plan", kind: "number", width: 11 },
    { key: "fact", header: "wb.col.reportedFact", kind: "number", width: 13 },
    { key: "rechecked", header: "wb.col.rechecked", kind: "number", width: 13 },
    { key: "note", header: "wb.col.note", kind: "text", width: 36 },
  ],
};

/**
 * The column just right of the target-indicator and direct-result tables (outside them), where BAGALAU.ROWS
 * spills each row's h or p from the header row down.
 */
export const ROW_ACHIEVEMENT_COLUMN = FIRST_COLUMN + TABLE_COLUMNS.indicators.length;

/** Key-value fields: label in column B, value in column C. */
export interface FieldDef {
  key: string;
  label: MessageKey;
  kind: "text" | "date" | "kind" | "option" | "integer" | "flag";
  options?: readonly string[];
}

export const BODY_FIELDS: FieldDef[] = [
  { key: "name", label: "wb.label.bodyName", kind: "text" },
  { key: "kind", label: "wb.label.kind", kind: "kind" },
  { key: "period", label: "wb.label.period", kind: "text" },
  { key: "reorganizedDate", label: "wb.label.reorganizedDate", kind: "date" },
  { key: "successor", label: "wb.label.successor", kind: "text" },
  { key: "qualityRule", label: "wb.label.qualityRule", kind: "option", options: ["mean", "product"] },
  { key: "indicatorRule", label: "wb.label.indicatorRule", kind: "option", options: ["improvement", "ratio"] },
  { key: "resultRule", label: "wb.label.resultRule", kind: "option", options: ["ratio", "improvement"] },
  { key: "rangeRule", label: "wb.label.rangeRule", kind: "option", options: ["bounds", "exclude"] },
  { key: "penaltyCapScope", label: "wb.label.penaltyCapScope", kind: "option", options: ["unreliable", "total"] },
  { key: "unreliableThreshold", label: "wb.label.unreliableThreshold", kind: "integer" },
];

export const PENALTY_FIELDS: FieldDef[] = [
  { key: "deadline", label: "wb.label.deadline", kind: "date" },
  { key: "submitted", label: "wb.label.submitted", kind: "date" },
  { key: "lateFlag", label: "wb.label.lateFlag", kind: "flag" },
  { key: "incompleteFlag", label: "wb.label.incompleteFlag", kind: "flag" },
  { key: "unreliableFactCount", label: "wb.label.unreliableFactCount", kind: "integer" },
];

/** Lower-cased text with spaces, punctuation and the "№" sign folded, for tolerant header matching. */
export function normalizeHeader(text: unknown): string {
  return (typeof text === "string" ? text : text === null || text === undefined ? "" : JSON.stringify(text))
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s\u00a0.,:;()\-–—/№#'"«»“”]+/g, "");
}

/** The header texts of a key in every language, normalized. */
export function headerVariants(key: MessageKey): string[] {
  return LANGS.map((lang) => normalizeHeader(DICTIONARIES[lang][key]));
}

/** The words a drop-down accepts in every language, mapped to the model's value. */
export function vocabulary<T extends string>(values: readonly T[], keyOf: (value: T) => MessageKey): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(normalizeHeader(value), value);
    for (const lang of LANGS) map.set(normalizeHeader(DICTIONARIES[lang][keyOf(value)]), value);
  }
  return map;
}
