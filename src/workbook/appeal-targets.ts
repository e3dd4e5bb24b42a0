// The input an objection changes, as people write it on the App. 6 sheet: a friendly target in kk, ru or en
// ("goal 1, indicator 2: fact", positions from 1) or a JSON path (goals[0].indicators[1].fact), both ways.

import { parseChangePath, type ChangeTarget } from "../core";
import { DICTIONARIES, LANGS, t, type Lang, type MessageKey } from "../i18n";

type FieldWord = "fact" | "plan" | "base" | "previous" | "current" | "q1" | "q2";

const FIELD_KEYS: Record<Exclude<FieldWord, "q1" | "q2">, MessageKey> = {
  fact: "appeal.field.fact",
  plan: "appeal.field.plan",
  base: "appeal.field.base",
  previous: "appeal.field.previous",
  current: "appeal.field.current",
};

function fieldText(lang: Lang, field: FieldWord): string {
  return field === "q1" || field === "q2" ? field : t(lang, FIELD_KEYS[field]);
}

/** The friendly text of a target in a language; positions are shown from 1. */
export function targetText(lang: Lang, target: ChangeTarget): string {
  switch (target.kind) {
    case "indicator":
      return t(lang, "appeal.target.indicator", {
        goal: String(target.goal + 1),
        row: String(target.index + 1),
        field: fieldText(lang, target.field),
      });
    case "result":
      return t(lang, "appeal.target.result", {
        goal: String(target.goal + 1),
        task: String(target.task + 1),
        row: String(target.index + 1),
        field: fieldText(lang, target.field),
      });
    case "sphere":
      return t(lang, "appeal.target.sphere", { sphere: String(target.sphere + 1), field: target.field });
    case "direction":
      return t(lang, "appeal.target.direction", { sphere: String(target.sphere + 1), row: String(target.index + 1), field: target.field });
    case "risk":
      return t(lang, "appeal.target.risk", { row: String(target.index + 1) });
    case "performance":
      return t(lang, "appeal.target.performance", { row: String(target.index + 1), field: fieldText(lang, target.field) });
    case "late":
      return t(lang, "appeal.target.late");
    case "incomplete":
      return t(lang, "appeal.target.incomplete");
    case "unreliable":
      return t(lang, "appeal.target.unreliable");
  }
}

/** Lower case, ё as е, one space between words, no full stop at the end. */
function normalized(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim().replace(/\.$/, "");
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Pattern = { regex: RegExp; names: string[]; make: (values: Record<string, string>) => ChangeTarget | undefined };

const FIELD_WORDS = new Map<string, FieldWord>();
for (const lang of LANGS) {
  for (const [field, key] of Object.entries(FIELD_KEYS)) FIELD_WORDS.set(normalized(DICTIONARIES[lang][key]), field as FieldWord);
}
for (const field of ["fact", "plan", "base", "previous", "current", "q1", "q2"] as const) FIELD_WORDS.set(field, field);

const position = (text: string | undefined) => (text === undefined ? -1 : Number(text) - 1);

function measureField(word: string | undefined): "fact" | "plan" | "base" | undefined {
  const field = word === undefined ? undefined : FIELD_WORDS.get(normalized(word));
  return field === "fact" || field === "plan" || field === "base" ? field : undefined;
}

function qField(word: string | undefined): "q1" | "q2" | undefined {
  const field = word === undefined ? undefined : FIELD_WORDS.get(normalized(word));
  return field === "q1" || field === "q2" ? field : undefined;
}

const MAKERS: [MessageKey, Pattern["make"]][] = [
  [
    "appeal.target.indicator",
    (v) => {
      const field = measureField(v.field);
      return field && { kind: "indicator", goal: position(v.goal), index: position(v.row), field };
    },
  ],
  [
    "appeal.target.result",
    (v) => {
      const field = measureField(v.field);
      return field && { kind: "result", goal: position(v.goal), task: position(v.task), index: position(v.row), field };
    },
  ],
  [
    "appeal.target.direction",
    (v) => {
      const field = qField(v.field);
      return field && { kind: "direction", sphere: position(v.sphere), index: position(v.row), field };
    },
  ],
  [
    "appeal.target.sphere",
    (v) => {
      const field = qField(v.field);
      return field && { kind: "sphere", sphere: position(v.sphere), field };
    },
  ],
  ["appeal.target.risk", (v) => ({ kind: "risk", index: position(v.row) })],
  [
    "appeal.target.performance",
    (v) => {
      const field = v.field === undefined ? undefined : FIELD_WORDS.get(normalized(v.field));
      return field === "previous" || field === "current" ? { kind: "performance", index: position(v.row), field } : undefined;
    },
  ],
  ["appeal.target.late", () => ({ kind: "late" })],
  ["appeal.target.incomplete", () => ({ kind: "incomplete" })],
  ["appeal.target.unreliable", () => ({ kind: "unreliable" })],
];

/** Each friendly template of each language as a pattern: {goal}, {task}, {row}, {sphere} are numbers; {field} a word. */
const PATTERNS: Pattern[] = LANGS.flatMap((lang) =>
  MAKERS.map(([key, make]) => {
    const template = normalized(DICTIONARIES[lang][key]);
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return escape(part);
        names.push(m[1]);
        return m[1] === "field" ? "(.+?)" : "(\\d+)";
      })
      .join("");
    return { regex: new RegExp(`^${source}$`), names, make };
  }),
);

/** A target written as a JSON path or as a friendly text in any of the three languages; undefined when it is neither. */
export function parseTarget(text: string): ChangeTarget | undefined {
  const byPath = parseChangePath(text);
  if (byPath) return byPath;
  const wanted = normalized(text);
  for (const pattern of PATTERNS) {
    const m = pattern.regex.exec(wanted);
    if (!m) continue;
    const values: Record<string, string> = {};
    pattern.names.forEach((name, i) => (values[name] = m[i + 1]));
    const target = pattern.make(values);
    if (target && Object.values(target).every((v) => typeof v !== "number" || v >= 0)) return target;
  }
  return undefined;
}

/**
 * The input a finding of the conclusion is about, as the target its objection would most likely change:
 * an indicator's or a result's fact (its plan, when the plan was missing), an expert's q1/q2, a risk's R,
 * an App. 4 indicator's current value, or a deduction. undefined when the finding names no such input.
 */
export function targetOfFinding(path: string | undefined, findingKey: string): ChangeTarget | undefined {
  if (path === undefined) return undefined;
  const field = findingKey.endsWith("PLAN_MISSING") ? "plan" : "fact";
  if (findingKey.endsWith("DATA_NONE")) return undefined;
  const measure = /^goals\[(\d+)\]\.(indicators|tasks)\[(\d+)\](?:\.results\[(\d+)\])?$/.exec(path);
  if (measure) {
    if (measure[2] === "indicators" && measure[4] === undefined) return { kind: "indicator", goal: +measure[1], index: +measure[3], field };
    if (measure[2] === "tasks" && measure[4] !== undefined)
      return { kind: "result", goal: +measure[1], task: +measure[3], index: +measure[4], field };
    return undefined;
  }
  const risk = /^risks\[(\d+)\]$/.exec(path);
  if (risk) return { kind: "risk", index: +risk[1] };
  const performance = /^performance\[(\d+)\]$/.exec(path);
  if (performance) return { kind: "performance", index: +performance[1], field: "current" };
  if (path === "penalties.late" || path === "penalties.submitted") return { kind: "late" };
  if (path === "penalties.incomplete" || path === "penalties.missingElements") return { kind: "incomplete" };
  if (path === "penalties.unreliableFacts") return { kind: "unreliable" };
  return parseChangePath(path);
}
