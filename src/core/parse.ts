// Reading a `bagalau/evaluation@1` JSON value (METHODOLOGY.md §7) into the typed Evaluation. Values are read
// as planners write them (§2a) with their issues; a file of the wrong shape is refused whole.

import type { Issue } from "./issues";
import type { Evaluation, Kind } from "./model";
import { EvaluationRefused } from "./refusal";
import { JsonReader, type Json, isObject, describe } from "./json-reader";
import { readGoal } from "./parse-goals";
import { readPenalties, readPerformance, readRisk, readSphere } from "./parse-sections";
import { checkWeights, readProfile } from "./parse-profile";

export const EVALUATION_FORMAT = "bagalau/evaluation@1";
export const RESULT_FORMAT = "bagalau/result@1";

export interface ParsedEvaluation {
  evaluation: Evaluation;
  /** The issues raised while reading values (NUMBER_AS_TEXT, NOT_A_NUMBER, BLANK_MARK, VALUE_PAIR, PLAN_BOUND, PLAN_RANGE). */
  issues: Issue[];
}

const KINDS: readonly Kind[] = ["central", "local"];

/** Parses an already-decoded JSON value. Throws EvaluationRefused when the file cannot be scored. */
export function parseEvaluation(value: Json): ParsedEvaluation {
  if (!isObject(value)) throw new EvaluationRefused("notObject", "", { actual: describe(value) });
  if (value.format !== EVALUATION_FORMAT) {
    throw new EvaluationRefused("format", "format", { expected: EVALUATION_FORMAT, actual: JSON.stringify(value.format ?? null) });
  }
  const r = new JsonReader();
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
