// The `bagalau/result@1` object of METHODOLOGY.md §7: the in-memory Result as the JSON contract
// prints it (every field, unrounded numbers, null where not defined, messages made by the caller).

import type { Issue } from "./issues";
import type { Result } from "./score";
import { RESULT_FORMAT } from "./parse";
import type { TraceEntry, TraceFormula } from "./trace";

/** The texts the contract carries, made by the caller in the user's language (src/i18n `resultMessages`). */
export interface ResultMessages {
  issue(issue: Issue): string;
  formula(entry: TraceEntry): string;
}

/** A trace entry as the contract prints it: the formula's key and its text. */
export type TraceEntryJson = Omit<TraceEntry, "formula"> & { formulaKey: TraceFormula; formula: string };

export interface ResultJson {
  format: typeof RESULT_FORMAT;
  kind: Result["kind"];
  evaluated: boolean;
  A: number;
  criteria: Result["criteria"];
  W: Result["W"];
  goals: {
    code: string;
    K: number | null;
    Y: number;
    X: number | null;
    indicators: { h: number | null }[];
    tasks: { code: string; P: number | null; results: { p: number | null }[] }[];
  }[];
  quality: { code: string; q: number; directions?: { code: string; q: number }[] }[];
  risks: { R: number }[];
  performance: { key: string; S: number | null }[];
  issues: { code: string; severity: string; path: string; message: string }[];
  profile: Omit<Result["profile"], "weights"> & { weights: { B: number; C?: number; D: number } };
  trace?: Record<string, TraceEntryJson>;
}

/** A local body has no criterion C, so its weights are B and D only. */
function weightsOfKind(result: Result): ResultJson["profile"]["weights"] {
  const { B, C, D } = result.profile.weights;
  return result.kind === "central" ? { B, C, D } : { B, D };
}

/** The score part of the contract: `evaluated`, A, the criteria and W, as §7 prints them. */
export function scoreJson(result: Result): Pick<ResultJson, "evaluated" | "A" | "criteria" | "W"> {
  return {
    evaluated: result.evaluated,
    A: result.A,
    criteria: {
      B: { ...result.criteria.B },
      C: result.criteria.C && { ...result.criteria.C },
      D: { ...result.criteria.D },
      E: result.criteria.E && { ...result.criteria.E },
    },
    W: { late: result.W.late, incomplete: result.W.incomplete, unreliable: result.W.unreliable, total: result.W.total },
  };
}

export function toResultJson(result: Result, messages: ResultMessages, options: { trace?: boolean } = {}): ResultJson {
  const goals = result.goals.map((goal) => ({
    code: goal.code,
    K: goal.K,
    Y: goal.Y,
    X: goal.X,
    indicators: goal.indicators.map((m) => ({ h: m.value })),
    tasks: tasksJson(goal),
  }));
  const issues = result.issues.map((issue) => ({
    code: issue.code,
    severity: issue.severity,
    path: issue.path,
    message: messages.issue(issue),
  }));
  return resultJsonWith(result, goals, issues, messages, options);
}

/** The result contract with its goals and issues as given: the one place that says which keys, in which order. */
function resultJsonWith(
  result: Result,
  goals: ResultJson["goals"],
  issues: ResultJson["issues"],
  messages: ResultMessages,
  options: { trace?: boolean },
): ResultJson {
  const json: ResultJson = {
    format: RESULT_FORMAT,
    kind: result.kind,
    ...scoreJson(result),
    goals,
    quality: result.quality.map((sphere) =>
      sphere.directions.length > 0
        ? { code: sphere.code, q: sphere.q, directions: sphere.directions.map((d) => ({ code: d.code, q: d.q })) }
        : { code: sphere.code, q: sphere.q },
    ),
    risks: result.risks.map((risk) => ({ R: risk.R })),
    performance: result.performance.map((index) => ({ key: index.key, S: index.S })),
    issues,
    profile: { ...result.profile, weights: weightsOfKind(result) },
  };
  if (options.trace) json.trace = traceJson(result.trace, messages);
  return json;
}

/** The trace with each formula's key and its text. */
function traceJson(trace: Result["trace"], messages: ResultMessages): Record<string, TraceEntryJson> {
  const json: Record<string, TraceEntryJson> = {};
  for (const [path, entry] of Object.entries(trace)) {
    const { formula, ...rest } = entry;
    json[path] = {
      path: rest.path,
      symbol: rest.symbol,
      value: rest.value,
      formulaKey: formula,
      formula: messages.formula(entry),
      inputs: rest.inputs,
      paragraph: rest.paragraph,
      parts: rest.parts,
      ...(rest.note !== undefined ? { note: rest.note } : {}),
    };
  }
  return json;
}

/**
 * Writes `JSON.stringify({ ...toResultJson(result, messages, options), ...extra }, null, 2)` — every line after the
 * first indented by `indent` more, as an element of an array is — in pieces to `write`, without building the
 * object: the goals' indicators and the issues, which a big evaluation has by the hundred thousand, are
 * written straight from the Result, the rest through JSON.stringify. The same text, to the byte
 * (test/core/result-json-writer.test.ts holds it to that).
 */
export function writeResultJson(
  write: (text: string) => void,
  result: Result,
  messages: ResultMessages,
  options: { trace?: boolean } = {},
  extra: Record<string, unknown> = {},
  indent = "",
): void {
  const inner = `${indent}  `;
  const json = resultJsonWith(result, [], [], messages, options);
  let first = true;
  write("{");
  for (const [key, value] of Object.entries({ ...json, ...extra })) {
    const text = key === "goals" ? null : key === "issues" ? null : jsonText(value, inner);
    if (text === undefined) continue; // JSON.stringify leaves out a key whose value has no JSON form
    write(`${first ? "" : ","}\n${inner}${JSON.stringify(key)}: `);
    if (key === "goals") writeGoals(write, result, inner);
    else if (key === "issues") writeIssues(write, result, messages, inner);
    else write(text as string);
    first = false;
  }
  write(first ? "}" : `\n${indent}}`);
}

/** JSON.stringify(value, null, 2) with every line after the first indented by `indent` (JSON strings hold no raw newline). */
function jsonText(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined || indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
}

/** A number as JSON.stringify writes it: a non-finite one is null. */
function jsonNumber(value: number | null): string {
  return value !== null && Number.isFinite(value) ? String(value) : "null";
}

/** Text is handed to `write` in pieces of about this many characters. */
const PIECE = 1 << 14;

function writeGoals(write: (text: string) => void, result: Result, indent: string): void {
  if (result.goals.length === 0) return write("[]");
  const i1 = `${indent}  `;
  const i2 = `${i1}  `;
  const i3 = `${i2}  `;
  // Every indicator is the same text around its h.
  const first = `[\n${i3}{\n${i3}  "h": `;
  const next = `\n${i3}},\n${i3}{\n${i3}  "h": `;
  const last = `\n${i3}}\n${i2}]`;
  let text = "[";
  result.goals.forEach((goal, g) => {
    text += `${g === 0 ? "" : ","}\n${i1}{\n${i2}"code": ${JSON.stringify(goal.code)},\n${i2}"K": ${jsonNumber(goal.K)},\n${i2}"Y": ${jsonNumber(goal.Y)},\n${i2}"X": ${jsonNumber(goal.X)},\n${i2}"indicators": `;
    const indicators = goal.indicators;
    if (indicators.length === 0) text += "[]";
    for (let i = 0; i < indicators.length; i++) {
      text += (i === 0 ? first : next) + jsonNumber(indicators[i].value);
      if (text.length > PIECE) {
        write(text);
        text = "";
      }
    }
    if (indicators.length > 0) text += last;
    text += `,\n${i2}"tasks": ${jsonText(tasksJson(goal), i2)}\n${i1}}`;
  });
  write(`${text}\n${indent}]`);
}

function tasksJson(goal: Result["goals"][number]): ResultJson["goals"][number]["tasks"] {
  return goal.tasks.map((task) => ({ code: task.code, P: task.P, results: task.results.map((m) => ({ p: m.value })) }));
}

/** A character JSON.stringify would escape in a string: a quote, a backslash, a control character, a lone surrogate. */
// eslint-disable-next-line no-control-regex -- the control characters JSON escapes are what this finds
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify(text) without copying text that needs no escape (a message is hundreds of characters). */
function jsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

function writeIssues(write: (text: string) => void, result: Result, messages: ResultMessages, indent: string): void {
  const issues = result.issues;
  if (issues.length === 0) return write("[]");
  const i1 = `${indent}  `;
  const i2 = `${i1}  `;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i];
    const message = messages.issue(issue);
    // The message goes to `write` as it is, between the quotes ending and starting the pieces around it,
    // when it needs no escape: it is most of the text and is not copied once more.
    const plain = !NEEDS_ESCAPE.test(message);
    write(
      `${i === 0 ? "[" : ","}\n${i1}{\n${i2}"code": ${jsonString(issue.code)},\n${i2}"severity": ${jsonString(issue.severity)},` +
        `\n${i2}"path": ${jsonString(issue.path)},\n${i2}"message": ${plain ? '"' : ""}`,
    );
    write(plain ? message : JSON.stringify(message));
    write(`${plain ? '"' : ""}\n${i1}}`);
  }
  write(`\n${indent}]`);
}
