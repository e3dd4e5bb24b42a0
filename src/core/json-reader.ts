// Reading the values of an evaluation JSON: objects, lists, texts, choices, dates, integers and numbers
// (numbers by the written forms of §2a), each refused with its JSON path or read with its issue.

import { makeIssue, type Issue, type IssueParams, type Subject } from "./issues";
import type { Plan } from "./model";
import { EvaluationRefused } from "./refusal";
import { boundsText, planBoundsOf, readWrittenValue, type WrittenValue } from "./written-values";

export type Json = unknown;
export type JsonObject = Record<string, Json>;

export function isObject(value: Json): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value's kind as a token the messages translate (`type.<token>` in src/i18n). */
export function describe(value: Json): string {
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

export class JsonReader {
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

  /**
   * A numeric field read by the forms of §2a: a number, text read as a number (NUMBER_AS_TEXT), a blank
   * mark (BLANK_MARK) or a pair (VALUE_PAIR) as missing, anything else missing with NOT_A_NUMBER. Bounds
   * and ranges belong to plans only (`plan`); here they are NOT_A_NUMBER.
   */
  number(value: Json, path: string, subject: Subject, field: string): number | null {
    const reading = readWrittenValue(value);
    if (reading.kind === "number") return reading.value;
    if (reading.kind === "bounds") {
      this.issues.push(makeIssue("NOT_A_NUMBER", path, subject, { field, text: reading.text }, "bounds"));
      return null;
    }
    return this.written(reading, path, subject, field);
  }

  /** A plan: a number, text by §2a (bounds and ranges with PLAN_BOUND / PLAN_RANGE), or a JSON object {min, max}. */
  plan(value: Json, path: string, subject: Subject): Plan | null {
    const object = planBoundsOf(value);
    if (object === "invalid") {
      this.issues.push(makeIssue("NOT_A_NUMBER", path, subject, { field: "plan", text: JSON.stringify(value) ?? "" }));
      return null;
    }
    const reading: WrittenValue = object ? { kind: "bounds", bounds: object, text: boundsText(object) } : readWrittenValue(value);
    if (reading.kind === "number") return reading.value;
    if (reading.kind !== "bounds") return this.written(reading, path, subject, "plan");
    const { bounds, text } = reading;
    if (bounds.min !== undefined && bounds.max !== undefined) {
      this.issues.push(makeIssue("PLAN_RANGE", path, subject, { field: "plan", text, min: bounds.min, max: bounds.max }));
    } else {
      const bound = bounds.min !== undefined ? "atLeast" : "atMost";
      this.issues.push(makeIssue("PLAN_BOUND", path, subject, { field: "plan", text, value: bounds.min ?? bounds.max }, bound));
    }
    return bounds;
  }

  /** The issue of a value written as text, and the number it gives (null for a blank mark, a pair, or no number). */
  private written(
    reading: Exclude<WrittenValue, { kind: "number" | "bounds" }>,
    path: string,
    subject: Subject,
    field: string,
  ): number | null {
    switch (reading.kind) {
      case "missing":
        return null;
      case "text": {
        const params: IssueParams = { field, text: reading.text, value: reading.value };
        if (reading.leftOut !== undefined) params.leftOut = reading.leftOut;
        this.issues.push(makeIssue("NUMBER_AS_TEXT", path, subject, params, reading.form === "number" ? undefined : reading.form));
        return reading.value;
      }
      case "blank":
        this.issues.push(makeIssue("BLANK_MARK", path, subject, { field, text: reading.text }));
        return null;
      case "pair":
        this.issues.push(makeIssue("VALUE_PAIR", path, subject, { field, text: reading.text }));
        return null;
      case "invalid":
        this.issues.push(makeIssue("NOT_A_NUMBER", path, subject, { field, text: reading.text }));
        return null;
    }
  }
}
