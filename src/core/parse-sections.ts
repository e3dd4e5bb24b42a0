// Reading the other sections of an evaluation JSON: the quality assessments (section 2), the risks (section 6),
// the App. 4 performance values and the reporting facts behind the penalties.

import type { Subject } from "./issues";
import type { Penalties, PerformanceEntry, QualityAssessment, QualitySphere, Risk, UnreliableFact } from "./model";
import { EvaluationRefused } from "./refusal";
import { app4Direction } from "./performance-directions";
import { type Json, type JsonObject, type JsonReader } from "./json-reader";
import { BETTERS } from "./parse-goals";

function readAssessment(r: JsonReader, o: JsonObject, path: string, type: "sphere" | "direction", row: number): QualityAssessment {
  const code = r.text(o.code, `${path}.code`) ?? String(row);
  const name = r.text(o.name, `${path}.name`) ?? "";
  const subject: Subject = { type, code, name };
  return { code, name, q1: r.number(o.q1, `${path}.q1`, subject, "q1"), q2: r.number(o.q2, `${path}.q2`, subject, "q2") };
}

export function readSphere(r: JsonReader, value: Json, path: string, row: number): QualitySphere {
  const o = r.object(value, path);
  const sphere = readAssessment(r, o, path, "sphere", row);
  const directions = r.list(o.directions, `${path}.directions`).map((x, i) => {
    const dPath = `${path}.directions[${i}]`;
    return readAssessment(r, r.object(x, dPath), dPath, "direction", i + 1);
  });
  return { ...sphere, directions };
}

export function readRisk(r: JsonReader, value: Json, path: string, row: number): Risk {
  const o = r.object(value, path);
  const name = r.text(o.name, `${path}.name`) ?? "";
  const risk: Risk = { name, r: r.number(o.r, `${path}.r`, { type: "risk", row, name }, "r") };
  const measures = r.text(o.measures, `${path}.measures`);
  if (measures !== undefined) risk.measures = measures;
  return risk;
}

export function readPerformance(r: JsonReader, value: Json, path: string): PerformanceEntry {
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

export function readPenalties(r: JsonReader, value: Json): Penalties {
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
