// writeResultJson (the CLI's --json, written in pieces without building the object) prints exactly what
// JSON.stringify(toResultJson(…), null, 2) prints; a lazily built trace is the trace built at once.

import fc from "fast-check";
import { parseEvaluation, scoreEvaluation, toResultJson, writeResultJson, type Result } from "../../src/core";
import { LANGS, type Lang, resultMessages } from "../../src/i18n";
import { arbitraryRawEvaluation } from "./arbitrary-raw-evaluation";
import { goal, measure, rawEvaluation, type Raw } from "./builders";

function written(result: Result, lang: Lang, options: { trace?: boolean } = {}, extra: Record<string, unknown> = {}, indent = ""): string {
  const pieces: string[] = [];
  writeResultJson((text) => pieces.push(text), result, resultMessages(lang), options, extra, indent);
  return pieces.join("");
}

/** What the CLI printed before: the object, pretty-printed; as an element of an array when `indent` is given. */
function stringified(
  result: Result,
  lang: Lang,
  options: { trace?: boolean } = {},
  extra: Record<string, unknown> = {},
  indent = "",
): string {
  const json = { ...toResultJson(result, resultMessages(lang), options), ...extra };
  if (indent === "") return JSON.stringify(json, null, 2);
  // JSON.stringify([json], null, 2) is "[\n  " + the element + "\n]".
  return JSON.stringify([json], null, 2).slice(4, -2);
}

function scored(raw: Raw, trace = true): Result {
  const parsed = parseEvaluation(raw);
  return scoreEvaluation(parsed.evaluation, parsed.issues, { trace });
}

test("the written text is JSON.stringify's, for any evaluation, language, trace and indent", () => {
  fc.assert(
    fc.property(arbitraryRawEvaluation, fc.constantFrom(...LANGS), fc.boolean(), fc.constantFrom("", "  "), (raw, lang, trace, indent) => {
      const result = scored(raw, trace);
      const extra = trace ? { readIssues: [{ severity: "error", cell: "A1", message: "m" }], appeal: { accepted: 1 } } : {};
      expect(written(result, lang, { trace }, extra, indent)).toBe(stringified(result, lang, { trace }, extra, indent));
    }),
    { numRuns: 150 },
  );
});

test("names that JSON must escape (quotes, backslashes, control characters, lone surrogates) are escaped alike", () => {
  const names = ['a "quoted" name', "back\\slash", "line\nbreak\ttab", "lone \ud800 surrogate", "emoji 😀 pair", "«Индикатор» №1"];
  const raw = rawEvaluation("central", {
    goals: names.map((name, i) => ({
      ...goal(`"${i}"`, [measure(null, 5, { name }), measure(10, null, { name })], [[measure(0, 1, { name })]]),
      name,
    })),
  });
  for (const lang of LANGS) {
    const result = scored(raw, false);
    // Every measure raises an issue here (no plan, no fact, no improvement planned): every name is in a message.
    expect(result.issues.length).toBeGreaterThanOrEqual(names.length * 3);
    expect(written(result, lang)).toBe(stringified(result, lang));
    expect(written(result, lang, {}, {}, "  ")).toBe(stringified(result, lang, {}, {}, "  "));
  }
});

test("a goal without indicators and a result without goals or issues print as JSON.stringify prints them", () => {
  const empty = scored(rawEvaluation("local"));
  const noIndicators = scored(rawEvaluation("central", { goals: [goal("1", [], [[measure(10, 5)]])] }));
  for (const result of [empty, noIndicators]) expect(written(result, "en")).toBe(stringified(result, "en"));
});

test("without the trace asked for, the trace is built on its first read and equals the one built at once", () => {
  fc.assert(
    fc.property(arbitraryRawEvaluation, (raw) => {
      const parsed = parseEvaluation(raw);
      const eager = scoreEvaluation(parsed.evaluation, parsed.issues);
      const lazy = scoreEvaluation(parsed.evaluation, parsed.issues, { trace: false });
      // Everything but the trace is the same object for object, and the keys keep their order.
      expect(Object.keys(lazy)).toEqual(Object.keys(eager));
      expect({ ...lazy, trace: undefined }).toEqual({ ...eager, trace: undefined });
      expect(lazy.trace).toEqual(eager.trace);
      expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    }),
    { numRuns: 100 },
  );
});

test("a lazily built trace is built once, and can be replaced", () => {
  const result = scored(rawEvaluation("central", { goals: [goal("1", [measure(10, 5)])] }), false);
  const first = result.trace;
  expect(first["goals[0].indicators[0].h"].value).toBe(0.5); // ratio rule without a base: 5 / 10
  expect(result.trace).toBe(first);
  result.trace = {};
  expect(result.trace).toEqual({});
});
