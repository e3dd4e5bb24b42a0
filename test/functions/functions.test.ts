// The custom-function wrappers of src/functions/functions.ts as Excel's runtime calls them: numbers out,
// FunctionFailures turned into CustomFunctions.Error (#VALUE!, #N/A) in Office's display language.

import { CASES, SOURCE_FUNCTIONS, outcomeOf, stubRuntime } from "./cases";
import { table } from "./excel-values";

const scope = globalThis as unknown as { CustomFunctions?: unknown; Office?: unknown };

beforeEach(() => {
  scope.CustomFunctions = stubRuntime();
  delete scope.Office;
});

afterAll(() => {
  delete scope.CustomFunctions;
  delete scope.Office;
});

describe("every function on every case", () => {
  test.each(CASES.map((c, i) => [i, c.id, c] as const))("case %p: BAGALAU.%s", (_, id, c) => {
    const outcome = outcomeOf(() => SOURCE_FUNCTIONS[id](...(c.args as never[])));
    if (typeof c.expected === "number") {
      expect("value" in outcome && outcome.value).toBeCloseTo(c.expected, 12);
    } else if (Array.isArray(c.expected)) {
      expect(outcome).toEqual({ value: c.expected });
    } else {
      expect(outcome).toMatchObject({ code: c.expected });
      expect("message" in outcome && outcome.message).toBeTruthy();
    }
  });
});

describe("the message language follows Office's display language (Kazakh by default)", () => {
  // A single cell where the whole table is wanted: #VALUE! naming the argument in the display language.
  const call = () => outcomeOf(() => SOURCE_FUNCTIONS.GOAL(...([5] as never[])));

  test("no Office: Kazakh", () => {
    expect(call()).toEqual({
      code: "#VALUE!",
      message: "индикаторлар: кестені тақырып жолымен бірге толық таңдаңыз, мысалы Кесте[[#Headers],[#Data]].",
    });
  });

  test("ru-RU: Russian", () => {
    scope.Office = { context: { displayLanguage: "ru-RU" } };
    expect(call()).toEqual({
      code: "#VALUE!",
      message: "индикаторы: выделите всю таблицу вместе со строкой заголовков, например Таблица[[#Headers],[#Data]].",
    });
  });

  test("en-US: English; kk-KZ: Kazakh; an unsupported language: Kazakh", () => {
    scope.Office = { context: { displayLanguage: "en-US" } };
    expect(call()).toEqual({
      code: "#VALUE!",
      message: "indicators: select the whole table with its header row, e.g. Table[[#Headers],[#Data]].",
    });
    scope.Office = { context: { displayLanguage: "kk-KZ" } };
    expect(call()).toMatchObject({ message: expect.stringMatching(/^индикаторлар: /) });
    scope.Office = { context: { displayLanguage: "de-DE" } };
    expect(call()).toMatchObject({ message: expect.stringMatching(/^индикаторлар: /) });
  });

  test("an Office object without a context is tolerated", () => {
    scope.Office = {};
    expect(call()).toMatchObject({ code: "#VALUE!" });
  });
});

test("#N/A keeps its message", () => {
  scope.Office = { context: { displayLanguage: "en-US" } };
  const noneCounted = table("indicators", "en", ["name", "plan", "fact", "data"], ["a", 5, null, null], ["b", 5, 6, "none"]);
  expect(outcomeOf(() => SOURCE_FUNCTIONS.GOAL(...([noneCounted] as never[])))).toEqual({
    code: "#N/A",
    message: "No indicator can be counted: every filled row lacks a plan or a fact, or has no data (§24), so K is not defined.",
  });
});
