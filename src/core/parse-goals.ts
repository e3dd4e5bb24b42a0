// Reading section 3/4 of an evaluation JSON: goals, their target indicators, tasks and direct results, each
// value by the forms of §2a with its issue; nothing is made per measure unless an issue needs it.

import type { Subject } from "./issues";
import type { Better, DataKind, Goal, Measure, Plan, Task } from "./model";
import { isObject, type Json, type JsonReader } from "./json-reader";

export const BETTERS: readonly Better[] = ["higher", "lower"];
const DATA_KINDS: readonly DataKind[] = ["official", "operational", "none"];

/**
 * Where the measures of one list are: its JSON path, and the subject of a measure for an issue. The path of
 * a measure and its subject are made only for an issue or a refusal: a big evaluation has hundreds of
 * thousands of measures, and nothing is made for them per measure.
 */
interface MeasureList {
  path: string;
  subjectOf(row: number, name: string): Subject;
}

function measurePath(list: MeasureList, index: number, field?: string): string {
  return field === undefined ? `${list.path}[${index}]` : `${list.path}[${index}].${field}`;
}

/** One indicator or direct result, the one at `index` of `list`. */
function readMeasure(r: JsonReader, value: Json, list: MeasureList, index: number): Measure {
  const o = isObject(value) ? value : r.object(value, measurePath(list, index));
  const name = (typeof o.name === "string" ? o.name : r.text(o.name, measurePath(list, index, "name"))) ?? "";
  const reason = o.deviationReason;
  if (
    typeof o.code === "string" &&
    typeof o.unit === "string" &&
    typeof o.source === "string" &&
    typeof o.responsible === "string" &&
    (reason === undefined || reason === null || typeof reason === "string")
  ) {
    // The usual row, all four texts given (a deviation reason or not): one object of its final shape (the same
    // keys in the same order as below), not one grown key by key, which takes a second block of memory per measure.
    const better = measureEnum(r, o.better, list, index, "better", BETTERS, "higher");
    const base = measureNumber(r, o.base, list, index, "base", name);
    const plan = measurePlan(r, o.plan, list, index, name);
    const fact = measureNumber(r, o.fact, list, index, "fact", name);
    const data = measureEnum(r, o.data, list, index, "data", DATA_KINDS, "official");
    if (typeof reason !== "string")
      return { name, better, base, plan, fact, data, code: o.code, unit: o.unit, source: o.source, responsible: o.responsible };
    return {
      name,
      better,
      base,
      plan,
      fact,
      data,
      code: o.code,
      unit: o.unit,
      source: o.source,
      responsible: o.responsible,
      deviationReason: reason,
    };
  }
  const measure: Measure = {
    name,
    better: measureEnum(r, o.better, list, index, "better", BETTERS, "higher"),
    base: measureNumber(r, o.base, list, index, "base", name),
    plan: measurePlan(r, o.plan, list, index, name),
    fact: measureNumber(r, o.fact, list, index, "fact", name),
    data: measureEnum(r, o.data, list, index, "data", DATA_KINDS, "official"),
  };
  // Each optional text by name (a loop over the names would look each up by a computed key, several times slower).
  if (o.code !== undefined && o.code !== null) measure.code = measureText(r, o.code, list, index, "code");
  if (o.unit !== undefined && o.unit !== null) measure.unit = measureText(r, o.unit, list, index, "unit");
  if (o.source !== undefined && o.source !== null) measure.source = measureText(r, o.source, list, index, "source");
  if (o.responsible !== undefined && o.responsible !== null)
    measure.responsible = measureText(r, o.responsible, list, index, "responsible");
  if (o.deviationReason !== undefined && o.deviationReason !== null) {
    measure.deviationReason = measureText(r, o.deviationReason, list, index, "deviationReason");
  }
  return measure;
}

/** Reader.text of a measure's field that is there (not null). */
function measureText(r: JsonReader, raw: Json, list: MeasureList, index: number, field: string): string {
  return typeof raw === "string" ? raw : (r.text(raw, measurePath(list, index, field)) as string);
}

/** JsonReader.number of a measure's field: the path and the subject are made only when the value raises an issue. */
function measureNumber(r: JsonReader, raw: Json, list: MeasureList, index: number, field: "base" | "fact", name: string): number | null {
  if (typeof raw === "number" && Number.isFinite(raw)) return raw + 0;
  if (raw === null || raw === undefined) return null;
  return r.number(raw, measurePath(list, index, field), list.subjectOf(index + 1, name), field);
}

/** JsonReader.plan of a measure: a number passes at once; text and objects are read by §2a with their issues. */
function measurePlan(r: JsonReader, raw: Json, list: MeasureList, index: number, name: string): Plan | null {
  if (typeof raw === "number" && Number.isFinite(raw)) return raw + 0;
  if (raw === null || raw === undefined) return null;
  return r.plan(raw, measurePath(list, index, "plan"), list.subjectOf(index + 1, name));
}

/** Reader.enumValue of a measure's field, without making the path when the value is allowed as written. */
function measureEnum<T extends string>(
  r: JsonReader,
  value: Json,
  list: MeasureList,
  index: number,
  field: string,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === null) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  return r.enumValue(value, measurePath(list, index, field), allowed, fallback);
}

function readMeasures(r: JsonReader, value: Json, list: MeasureList): Measure[] {
  const items = r.list(value, list.path);
  const measures = new Array<Measure>(items.length);
  for (let i = 0; i < items.length; i++) measures[i] = readMeasure(r, items[i], list, i);
  return measures;
}

function readTask(r: JsonReader, value: Json, path: string, goalCode: string, row: number): Task {
  const o = r.object(value, path);
  const code = r.text(o.code, `${path}.code`) ?? `${goalCode}.${row}`;
  return {
    code,
    name: r.text(o.name, `${path}.name`) ?? "",
    results: readMeasures(r, o.results, {
      path: `${path}.results`,
      subjectOf: (row, name) => ({ type: "result", row, goal: goalCode, task: code, name }),
    }),
  };
}

export function readGoal(r: JsonReader, value: Json, path: string, row: number): Goal {
  const o = r.object(value, path);
  const code = r.text(o.code, `${path}.code`) ?? String(row);
  return {
    code,
    name: r.text(o.name, `${path}.name`) ?? "",
    indicators: readMeasures(r, o.indicators, {
      path: `${path}.indicators`,
      subjectOf: (row, name) => ({ type: "indicator", row, goal: code, name }),
    }),
    tasks: r.list(o.tasks, `${path}.tasks`).map((x, i) => readTask(r, x, `${path}.tasks[${i}]`, code, i + 1)),
  };
}
