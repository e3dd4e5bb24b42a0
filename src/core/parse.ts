// Reading a `bagalau/evaluation@1` JSON value (METHODOLOGY.md §7) into the typed Evaluation.
// Numbers as text become numbers with NUMBER_AS_TEXT; a file of the wrong shape is refused whole.

import { makeIssue, type Issue, type Subject } from "./issues";
import type {
  Better,
  DataKind,
  Evaluation,
  Goal,
  Kind,
  Measure,
  Penalties,
  PerformanceEntry,
  ProfileInput,
  QualityAssessment,
  QualitySphere,
  Risk,
  Task,
  UnreliableFact,
  Weights,
} from "./model";
import { readNumber } from "./numbers";
import { ACHIEVEMENT_RULES, PENALTY_CAP_SCOPES, QUALITY_RULES, resolveProfile } from "./profile";
import { app4Direction } from "./performance-directions";

export const EVALUATION_FORMAT = "bagalau/evaluation@1";
export const RESULT_FORMAT = "bagalau/result@1";

/** Why a file cannot be scored at all; `reason` is an i18n key under `refusal.`. */
export type RefusalReason = "notJson" | "notObject" | "format" | "kind" | "type" | "enum" | "date" | "integer" | "range" | "weights";

export class EvaluationRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly path: string,
    readonly params: Record<string, string> = {},
  ) {
    super(`${reason} at ${path || "(root)"} ${JSON.stringify(params)}`);
    this.name = "EvaluationRefused";
  }
}

export interface ParsedEvaluation {
  evaluation: Evaluation;
  /** NUMBER_AS_TEXT and NOT_A_NUMBER, raised while reading. */
  issues: Issue[];
}

type Json = unknown;
type JsonObject = Record<string, Json>;

function isObject(value: Json): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value's kind as a token the messages translate (`type.<token>` in src/i18n). */
function describe(value: Json): string {
  if (value === null) return "null";
  if (value === undefined) return "missing";
  if (Array.isArray(value)) return "list";
  if (typeof value === "string") return "text";
  return typeof value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

class Reader {
  readonly issues: Issue[] = [];

  object(value: Json, path: string): JsonObject {
    if (!isObject(value)) throw new EvaluationRefused("type", path, { expected: "object", actual: describe(value) });
    return value;
  }

  list(value: Json, path: string): Json[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new EvaluationRefused("type", path, { expected: "list", actual: describe(value) });
    return value;
  }

  optionalObject(value: Json, path: string): JsonObject {
    return value === undefined || value === null ? {} : this.object(value, path);
  }

  text(value: Json, path: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    throw new EvaluationRefused("type", path, { expected: "text", actual: describe(value) });
  }

  enumValue<T extends string>(value: Json, path: string, allowed: readonly T[], fallback: T): T;
  enumValue<T extends string>(value: Json, path: string, allowed: readonly T[]): T | undefined;
  enumValue<T extends string>(value: Json, path: string, allowed: readonly T[], fallback?: T): T | undefined {
    if (value === undefined || value === null) return fallback;
    const normalized = typeof value === "string" ? value.trim() : value;
    const found = allowed.find((a) => typeof normalized === "string" && a.toLowerCase() === normalized.toLowerCase());
    if (found === undefined)
      throw new EvaluationRefused("enum", path, { allowed: allowed.join(", "), actual: JSON.stringify(value) ?? "" });
    return found;
  }

  boolean(value: Json, path: string): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "boolean") return value;
    throw new EvaluationRefused("type", path, { expected: "boolean", actual: describe(value) });
  }

  date(value: Json, path: string): string | undefined {
    const text = this.text(value, path);
    if (text === undefined || text.trim() === "") return undefined;
    if (!isIsoDate(text.trim())) throw new EvaluationRefused("date", path, { actual: text });
    return text.trim();
  }

  integer(value: Json, path: string, min: number): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
      throw new EvaluationRefused("integer", path, { min: String(min), actual: JSON.stringify(value) ?? "" });
    }
    return value + 0; // −0 + 0 is 0
  }

  /** A numeric field: a number, text read as a number (NUMBER_AS_TEXT), or missing (NOT_A_NUMBER when unreadable). */
  number(value: Json, path: string, subject: Subject, field: string): number | null {
    const reading = readNumber(value);
    if (reading.kind === "text")
      this.issues.push(makeIssue("NUMBER_AS_TEXT", path, subject, { field, text: reading.text, value: reading.value }));
    if (reading.kind === "invalid") this.issues.push(makeIssue("NOT_A_NUMBER", path, subject, { field, text: reading.text }));
    return reading.value;
  }
}

const KINDS: readonly Kind[] = ["central", "local"];
const BETTERS: readonly Better[] = ["higher", "lower"];
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
function readMeasure(r: Reader, value: Json, list: MeasureList, index: number): Measure {
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
    const plan = measureNumber(r, o.plan, list, index, "plan", name);
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
    plan: measureNumber(r, o.plan, list, index, "plan", name),
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
function measureText(r: Reader, raw: Json, list: MeasureList, index: number, field: string): string {
  return typeof raw === "string" ? raw : (r.text(raw, measurePath(list, index, field)) as string);
}

/** Reader.number of a measure's field: the path and the subject are made only when the value raises an issue. */
function measureNumber(
  r: Reader,
  raw: Json,
  list: MeasureList,
  index: number,
  field: "base" | "plan" | "fact",
  name: string,
): number | null {
  const reading = readNumber(raw);
  if (reading.kind === "number" || reading.kind === "missing") return reading.value;
  return r.number(raw, measurePath(list, index, field), list.subjectOf(index + 1, name), field);
}

/** Reader.enumValue of a measure's field, without making the path when the value is allowed as written. */
function measureEnum<T extends string>(
  r: Reader,
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

function readMeasures(r: Reader, value: Json, list: MeasureList): Measure[] {
  const items = r.list(value, list.path);
  const measures: Measure[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) measures[i] = readMeasure(r, items[i], list, i);
  return measures;
}

function readTask(r: Reader, value: Json, path: string, goalCode: string, row: number): Task {
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

function readGoal(r: Reader, value: Json, path: string, row: number): Goal {
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

function readAssessment(r: Reader, o: JsonObject, path: string, type: "sphere" | "direction", row: number): QualityAssessment {
  const code = r.text(o.code, `${path}.code`) ?? String(row);
  const name = r.text(o.name, `${path}.name`) ?? "";
  const subject: Subject = { type, code, name };
  return { code, name, q1: r.number(o.q1, `${path}.q1`, subject, "q1"), q2: r.number(o.q2, `${path}.q2`, subject, "q2") };
}

function readSphere(r: Reader, value: Json, path: string, row: number): QualitySphere {
  const o = r.object(value, path);
  const sphere = readAssessment(r, o, path, "sphere", row);
  const directions = r.list(o.directions, `${path}.directions`).map((x, i) => {
    const dPath = `${path}.directions[${i}]`;
    return readAssessment(r, r.object(x, dPath), dPath, "direction", i + 1);
  });
  return { ...sphere, directions };
}

function readRisk(r: Reader, value: Json, path: string, row: number): Risk {
  const o = r.object(value, path);
  const name = r.text(o.name, `${path}.name`) ?? "";
  const risk: Risk = { name, r: r.number(o.r, `${path}.r`, { type: "risk", row, name }, "r") };
  const measures = r.text(o.measures, `${path}.measures`);
  if (measures !== undefined) risk.measures = measures;
  return risk;
}

function readPerformance(r: Reader, value: Json, path: string): PerformanceEntry {
  const o = r.object(value, path);
  const key = r.text(o.key, `${path}.key`);
  if (key === undefined) throw new EvaluationRefused("type", `${path}.key`, { expected: "text", actual: "missing" });
  const better = r.enumValue(o.better, `${path}.better`, BETTERS) ?? app4Direction(key);
  if (better === undefined) throw new EvaluationRefused("enum", `${path}.better`, { allowed: BETTERS.join(", "), actual: "missing" });
  // No name given: none is made up here; messages name an App. 4 indicator in the reader's language by its key.
  const name = r.text(o.name, `${path}.name`);
  const subject: Subject = { type: "performance", code: key, name };
  const entry: PerformanceEntry = {
    key,
    better,
    previous: r.number(o.previous, `${path}.previous`, subject, "previous"),
    current: r.number(o.current, `${path}.current`, subject, "current"),
  };
  if (name !== undefined) entry.name = name;
  const unit = r.text(o.unit, `${path}.unit`);
  if (unit !== undefined) entry.unit = unit;
  return entry;
}

function readPenalties(r: Reader, value: Json): Penalties {
  const o = r.optionalObject(value, "penalties");
  const listed = o.unreliableFacts !== undefined && o.unreliableFacts !== null;
  const facts = r.list(o.unreliableFacts, "penalties.unreliableFacts").map((x, i): UnreliableFact => {
    const path = `penalties.unreliableFacts[${i}]`;
    const f = r.object(x, path);
    const indicator = r.text(f.indicator, `${path}.indicator`) ?? "";
    const subject: Subject = { type: "penalties", row: i + 1, name: indicator };
    const fact: UnreliableFact = {
      indicator,
      plan: r.number(f.plan, `${path}.plan`, subject, "plan"),
      fact: r.number(f.fact, `${path}.fact`, subject, "fact"),
      rechecked: r.number(f.rechecked, `${path}.rechecked`, subject, "rechecked"),
    };
    const note = r.text(f.note, `${path}.note`);
    if (note !== undefined) fact.note = note;
    return fact;
  });
  const penalties: Penalties = {
    missingElements: r
      .list(o.missingElements, "penalties.missingElements")
      .map((x, i) => r.text(x, `penalties.missingElements[${i}]`) ?? ""),
    unreliableFacts: facts,
    unreliableFactsListed: listed,
  };
  const deadline = r.date(o.deadline, "penalties.deadline");
  const submitted = r.date(o.submitted, "penalties.submitted");
  const late = r.boolean(o.late, "penalties.late");
  const incomplete = r.boolean(o.incomplete, "penalties.incomplete");
  const count = r.integer(o.unreliableFactCount, "penalties.unreliableFactCount", 0);
  if (deadline !== undefined) penalties.deadline = deadline;
  if (submitted !== undefined) penalties.submitted = submitted;
  if (late !== undefined) penalties.late = late;
  if (incomplete !== undefined) penalties.incomplete = incomplete;
  if (count !== undefined) penalties.unreliableFactCount = count;
  return penalties;
}

/** Reads profile options from a file's `profile` object or from command-line key=value pairs. */
export function readProfile(value: Json, path = "profile"): ProfileInput {
  const r = new Reader();
  const o = r.optionalObject(value, path);
  const profile: ProfileInput = {};
  const qualityRule = r.enumValue(o.qualityRule, `${path}.qualityRule`, QUALITY_RULES);
  const indicatorRule = r.enumValue(o.indicatorRule, `${path}.indicatorRule`, ACHIEVEMENT_RULES);
  const resultRule = r.enumValue(o.resultRule, `${path}.resultRule`, ACHIEVEMENT_RULES);
  const penaltyCapScope = r.enumValue(o.penaltyCapScope, `${path}.penaltyCapScope`, PENALTY_CAP_SCOPES);
  const unreliableThreshold = r.integer(o.unreliableThreshold, `${path}.unreliableThreshold`, 1);
  if (qualityRule) profile.qualityRule = qualityRule;
  if (indicatorRule) profile.indicatorRule = indicatorRule;
  if (resultRule) profile.resultRule = resultRule;
  if (penaltyCapScope) profile.penaltyCapScope = penaltyCapScope;
  if (unreliableThreshold !== undefined) profile.unreliableThreshold = unreliableThreshold;
  if (o.weights !== undefined && o.weights !== null) {
    const w = r.object(o.weights, `${path}.weights`);
    const weights: Partial<Weights> = {};
    for (const key of ["B", "C", "D"] as const) {
      if (w[key] === undefined || w[key] === null) continue;
      const value = w[key];
      if (typeof value !== "number" || value < 0 || value > 1) {
        throw new EvaluationRefused("range", `${path}.weights.${key}`, { min: "0", max: "1", actual: JSON.stringify(value) ?? "" });
      }
      weights[key] = value + 0; // −0 + 0 is 0
    }
    profile.weights = weights;
  }
  return profile;
}

/** The weights in force for a kind must add up to 1, as the methodology's do (§16–17); else A could pass 100. */
export function checkWeights(kind: Kind, profile: ProfileInput, path = "profile.weights"): void {
  if (!profile.weights) return;
  const w = resolveProfile(kind, profile).weights;
  const sum = kind === "central" ? w.B + w.C + w.D : w.B + w.D;
  if (Math.abs(sum - 1) > 1e-9) {
    const terms = kind === "central" ? `${w.B} + ${w.C} + ${w.D}` : `${w.B} + ${w.D}`;
    throw new EvaluationRefused("weights", path, { terms, sum: String(Number(sum.toFixed(10))) });
  }
}

/** Parses an already-decoded JSON value. Throws EvaluationRefused when the file cannot be scored. */
export function parseEvaluation(value: Json): ParsedEvaluation {
  if (!isObject(value)) throw new EvaluationRefused("notObject", "", { actual: describe(value) });
  if (value.format !== EVALUATION_FORMAT) {
    throw new EvaluationRefused("format", "format", { expected: EVALUATION_FORMAT, actual: JSON.stringify(value.format ?? null) });
  }
  const r = new Reader();
  const b = r.object(value.body, "body");
  const kind = KINDS.find((k) => k === b.kind);
  if (kind === undefined) throw new EvaluationRefused("kind", "body.kind", { actual: JSON.stringify(b.kind ?? null) });
  const body: Evaluation["body"] = {
    name: r.text(b.name, "body.name") ?? "",
    kind,
    period: r.text(b.period, "body.period") ?? "",
  };
  if (b.reorganized !== undefined && b.reorganized !== null) {
    const re = r.object(b.reorganized, "body.reorganized");
    const date = r.date(re.date, "body.reorganized.date");
    if (date === undefined) throw new EvaluationRefused("date", "body.reorganized.date", { actual: "" });
    body.reorganized = { date };
    const successor = r.text(re.successor, "body.reorganized.successor");
    if (successor !== undefined) body.reorganized.successor = successor;
  }
  const profile = readProfile(value.profile);
  checkWeights(kind, profile);
  const evaluation: Evaluation = {
    body,
    profile,
    quality: r.list(value.quality, "quality").map((x, i) => readSphere(r, x, `quality[${i}]`, i + 1)),
    risks: r.list(value.risks, "risks").map((x, i) => readRisk(r, x, `risks[${i}]`, i + 1)),
    goals: r.list(value.goals, "goals").map((x, i) => readGoal(r, x, `goals[${i}]`, i + 1)),
    performance: r.list(value.performance, "performance").map((x, i) => readPerformance(r, x, `performance[${i}]`)),
    penalties: readPenalties(r, value.penalties),
  };
  return { evaluation, issues: r.issues };
}

/** Decodes JSON text and parses it; text that is not JSON is refused. */
export function parseEvaluationText(text: string): ParsedEvaluation {
  let value: Json;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new EvaluationRefused("notJson", "", { detail: error instanceof Error ? error.message : String(error) });
  }
  return parseEvaluation(value);
}
