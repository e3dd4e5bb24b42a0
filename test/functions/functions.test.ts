// The custom-function wrappers of src/functions/functions.ts as Excel's runtime calls them: numbers out,
// FunctionFailures turned into CustomFunctions.Error (#VALUE!, #N/A) in Office's display language.

import { CASES, SOURCE_FUNCTIONS, outcomeOf, stubRuntime } from "./cases";
import { column } from "./excel-values";

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
    } else {
      expect(outcome).toMatchObject({ code: c.expected });
      expect("message" in outcome && outcome.message).toBeTruthy();
    }
  });
});

describe("the message language follows Office's display language (Kazakh by default)", () => {
  const call = () => outcomeOf(() => SOURCE_FUNCTIONS.GOAL(...([column(1, "x"), column(1, 2)] as never[])));

  test("no Office: Kazakh", () => {
    expect(call()).toEqual({ code: "#VALUE!", message: "фактілер, 2-жол: «x» сан емес. Сан енгізіңіз немесе ұяшықты бос қалдырыңыз." });
  });

  test("ru-RU: Russian", () => {
    scope.Office = { context: { displayLanguage: "ru-RU" } };
    expect(call()).toEqual({ code: "#VALUE!", message: "факты, строка 2: «x» — не число. Введите число или оставьте ячейку пустой." });
  });

  test("en-US: English; kk-KZ: Kazakh; an unsupported language: Kazakh", () => {
    scope.Office = { context: { displayLanguage: "en-US" } };
    expect(call()).toEqual({ code: "#VALUE!", message: "facts, row 2: “x” is not a number. Enter a number or leave the cell empty." });
    scope.Office = { context: { displayLanguage: "kk-KZ" } };
    expect(call()).toMatchObject({ message: expect.stringMatching(/^фактілер, 2-жол/) });
    scope.Office = { context: { displayLanguage: "de-DE" } };
    expect(call()).toMatchObject({ message: expect.stringMatching(/^фактілер, 2-жол/) });
  });

  test("an Office object without a context is tolerated", () => {
    scope.Office = {};
    expect(call()).toMatchObject({ code: "#VALUE!" });
  });
});

test("#N/A keeps its message", () => {
  scope.Office = { context: { displayLanguage: "en-US" } };
  expect(outcomeOf(() => SOURCE_FUNCTIONS.RISK(...([column(null)] as never[])))).toEqual({
    code: "#N/A",
    message: "No risk is listed (C = 0 by §22). Enter R for each risk of section 6.",
  });
});
