// Values as planners write them (METHODOLOGY.md §2a): every written form of the table read as specified,
// and plans written as bounds or ranges scored as specified — each expected value computed by hand.

import { readWrittenValue, type WrittenValue } from "../../src/core";
import { goal, measure, rawEvaluation, score, type Raw } from "./builders";

describe("reading every written form of §2a", () => {
  const read = (text: unknown) => readWrittenValue(text);
  const number = (value: number, form: string, leftOut?: string) =>
    expect.objectContaining({ kind: "text", value, form, ...(leftOut ? { leftOut } : {}) });

  test.each([
    ["5,2", 5.2],
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
  ])("a number with a decimal comma or group separators: %s → %d (NUMBER_AS_TEXT)", (text, value) => {
    expect(read(text)).toEqual(number(value, "number"));
  });

  test.each([
    ["100%", 100],
    ["0,5 %", 0.5],
  ])("a percent sign typed: %s → %d, in the row's unit", (text, value) => expect(read(text)).toEqual(number(value, "percent", "%")));

  test.each([
    ["5,0*", 5, "*"],
    ["12,3**", 12.3, "**"],
    ["12,3 (оценка)", 12.3, "(оценка)"],
    ["12,3 (бағалау)", 12.3, "(бағалау)"],
    ["12,3 (est.)", 12.3, "(est.)"],
  ])("a footnote mark or a note after the number: %s → %d, naming %s", (text, value, leftOut) => {
    expect(read(text)).toEqual(number(value, "note", leftOut));
  });

  test.each([
    ["на 4,0", 4],
    ["на 30 %", 30],
    ["by 4", 4],
  ])("a size of change with its word: %s → %d", (text, value) =>
    expect(read(text)).toEqual(expect.objectContaining({ kind: "text", value, form: "change" })),
  );

  test.each(["70,2/76,7", "70,0/\n76,5", "94\n111", "23\n95"])("two values in one cell are a pair, not read: %j", (text) => {
    expect(read(text)).toEqual({ kind: "pair", text });
  });

  test.each(["-", "–", "—", "х", "Х", "x", "X", "н/д", "нет данных", "деректер жоқ", "n/a", " N/A "])("a blank mark: %j", (text) => {
    expect(read(text)).toEqual({ kind: "blank", text });
  });

  const bounds = (b: Extract<WrittenValue, { kind: "bounds" }>["bounds"]) => expect.objectContaining({ kind: "bounds", bounds: b });

  test.each(["не менее 95", "не ниже 95", "кемінде 95", "95-тен кем емес", "at least 95", "≥ 95", ">= 95", "≥95", "не менее 95 %"])(
    "a plan at least 95: %s",
    (text) => expect(read(text)).toEqual(bounds({ min: 95 })),
  );

  test.each(["не более 5", "не выше 5", "5-тен аспайды", "5-тен көп емес", "at most 5", "≤ 5", "<= 5"])("a plan at most 5: %s", (text) => {
    expect(read(text)).toEqual(bounds({ max: 5 }));
  });

  test.each(["31,0-38,0", "31,0–38,0", "31 — 38", "от 31 до 38", "31-ден 38-ге дейін", "between 31 and 38", "31,0-\n38,0"])(
    "a plan range [31, 38]: %j",
    (text) => expect(read(text)).toEqual(bounds({ min: 31, max: 38 })),
  );

  test("the Health plan's ranges: 0,08-0,1 across two lines, 11-100", () => {
    expect(read("0,08-\n0,1")).toEqual(bounds({ min: 0.08, max: 0.1 }));
    expect(read("11-100")).toEqual(bounds({ min: 11, max: 100 }));
  });

  test("a range whose minimum exceeds its maximum, and words that are no value, are not numbers", () => {
    expect(read("38-31").kind).toBe("invalid");
    expect(read("five").kind).toBe("invalid");
    expect(read("2009 г.").kind).toBe("invalid");
  });

  test("plain numbers pass; a negative number is not a range; blanks are missing", () => {
    expect(read(5)).toEqual({ kind: "number", value: 5 });
    expect(read("-3")).toEqual(number(-3, "number"));
    expect(read("\u22123")).toEqual(number(-3, "number"));
    expect(read("   ")).toEqual({ kind: "missing" });
    expect(read(null)).toEqual({ kind: "missing" });
  });
});

describe("scoring a plan written as a bound or a range (improvement rule, h)", () => {
  const one = (indicator: Raw, profile: Raw = {}) =>
    score(rawEvaluation("central", { profile, goals: [goal("1", [{ name: "m", ...indicator }])] }));
  const h = (indicator: Raw, profile: Raw = {}) => one(indicator, profile).goals[0].indicators[0].value;
  /** The issues about the indicator and its goal (the sections left empty raise their own). */
  const codes = (indicator: Raw, profile: Raw = {}) =>
    one(indicator, profile)
      .issues.filter((i) => i.path.startsWith("goals[0]"))
      .map((i) => `${i.code}${i.variant ? `.${i.variant}` : ""}`);

  test("range 31–38: a fact inside scores 1 (the example: plan 31–38, fact 33.2)", () => {
    expect(h({ base: 37, plan: "31,0-38,0", fact: 33.2 })).toBe(1);
    expect(h({ base: 37, plan: "31,0-38,0", fact: 31 })).toBe(1);
    expect(h({ base: 37, plan: "31,0-38,0", fact: 38 })).toBe(1);
    expect(codes({ base: 37, plan: "31,0-38,0", fact: 33.2 })).toEqual(["PLAN_RANGE", "TASKS_NOT_MEASURABLE.goal"]);
  });

  test("range 31–38: above it, against 38 with lower better; below it, against 31 with higher better", () => {
    // above, base 37 inside: planned improvement −(38 − 37) < 0 → ratio 38 / 40
    expect(h({ base: 37, plan: "31–38", fact: 40 })).toBeCloseTo(38 / 40, 15);
    // above, base 45: planned −(38 − 45) = 7, actual −(40 − 45) = 5 → 5/7
    expect(h({ base: 45, plan: "31–38", fact: 40 })).toBeCloseTo(5 / 7, 15);
    // below, base 25: planned 31 − 25 = 6, actual 30 − 25 = 5 → 5/6
    expect(h({ base: 25, plan: "31–38", fact: 30 })).toBeCloseTo(5 / 6, 15);
    // below, no base: ratio 30 / 31
    expect(h({ plan: "от 31 до 38", fact: 30 })).toBeCloseTo(30 / 31, 15);
  });

  test("range with rangeRule exclude: not counted, PLAN_RANGE as a warning; K over the other indicators", () => {
    const result = score(
      rawEvaluation("central", {
        profile: { rangeRule: "exclude" },
        goals: [goal("1", [measure("31,0-38,0", 33, { name: "range" }), measure(10, 5, { name: "plain" })])],
      }),
    );
    expect(result.goals[0].indicators[0]).toEqual({ value: null, excluded: "PLAN_RANGE" });
    expect(result.goals[0].K).toBe(0.5);
    const range = result.issues.filter((i) => i.code === "PLAN_RANGE");
    expect(range.map((i) => [i.severity, i.variant ?? ""])).toEqual([
      ["info", ""],
      ["warning", "excluded"],
    ]);
  });

  test("at least 95: plan 95, higher better (base 80, fact 90 → (90 − 80) / (95 − 80) = 2/3)", () => {
    expect(h({ base: 80, plan: "не менее 95", fact: 90 })).toBeCloseTo(2 / 3, 15);
    expect(codes({ base: 80, plan: "не менее 95", fact: 90 })).toEqual(["PLAN_BOUND.atLeast", "TASKS_NOT_MEASURABLE.goal"]);
  });

  test("at most 0,03 (the plague incidence): plan 0.03, lower better; the row saying higher gets DIRECTION_FROM_PLAN", () => {
    // base 0.05, fact 0.04: planned −(0.03 − 0.05) = 0.02, actual −(0.04 − 0.05) = 0.01 → 0.5
    expect(h({ base: 0.05, plan: "не более 0,03", fact: 0.04, better: "lower" })).toBeCloseTo(0.5, 12);
    expect(codes({ base: 0.05, plan: "не более 0,03", fact: 0.04, better: "lower" })).toEqual([
      "PLAN_BOUND.atMost",
      "TASKS_NOT_MEASURABLE.goal",
    ]);
    expect(codes({ base: 0.05, plan: "не более 0,03", fact: 0.04, better: "higher" })).toEqual([
      "PLAN_BOUND.atMost",
      "DIRECTION_FROM_PLAN",
      "TASKS_NOT_MEASURABLE.goal",
    ]);
    expect(h({ base: 0.05, plan: "не более 0,03", fact: 0.04, better: "higher" })).toBeCloseTo(0.5, 12);
  });

  test("JSON plan objects read as the written forms, with the same issues", () => {
    expect(h({ base: 37, plan: { min: 31, max: 38 }, fact: 40 })).toBe(h({ base: 37, plan: "31–38", fact: 40 }));
    expect(h({ base: 80, plan: { min: 95 }, fact: 90 })).toBe(h({ base: 80, plan: "≥ 95", fact: 90 }));
    expect(h({ base: 6, plan: { max: 5 }, fact: 5.5, better: "lower" })).toBe(h({ base: 6, plan: "≤ 5", fact: 5.5, better: "lower" }));
    const issue = one({ plan: { min: 31, max: 38 }, fact: 33 }).issues[0];
    expect(issue).toMatchObject({ code: "PLAN_RANGE", params: { text: "31–38", min: 31, max: 38 } });
  });

  test("a JSON range whose min exceeds its max is not a number: the plan counts as missing", () => {
    expect(codes({ plan: { min: 38, max: 31 }, fact: 33 })).toEqual([
      "NOT_A_NUMBER",
      "PLAN_MISSING",
      "GOAL_NOT_MEASURABLE",
      "TASKS_NOT_MEASURABLE.goal",
    ]);
  });

  test("bounds in a base or a fact are NOT_A_NUMBER: only a plan may be a bound or a range", () => {
    const result = one({ base: "не менее 4", plan: 5, fact: "31-38" });
    const notNumbers = result.issues.filter((i) => i.code === "NOT_A_NUMBER");
    expect(notNumbers.map((i) => [i.path, i.variant])).toEqual([
      ["goals[0].indicators[0].base", "bounds"],
      ["goals[0].indicators[0].fact", "bounds"],
    ]);
    expect(result.goals[0].indicators[0].excluded).toBe("FACT_MISSING");
  });

  test("a blank mark is blank: the §24 exclusion for the blank follows", () => {
    expect(codes({ base: 4, plan: 5, fact: "-" })).toEqual([
      "BLANK_MARK",
      "FACT_MISSING",
      "GOAL_NOT_MEASURABLE",
      "TASKS_NOT_MEASURABLE.goal",
    ]);
    expect(codes({ base: 4, plan: "н/д", fact: 5 })).toEqual([
      "BLANK_MARK",
      "PLAN_MISSING",
      "GOAL_NOT_MEASURABLE",
      "TASKS_NOT_MEASURABLE.goal",
    ]);
  });

  test("a pair is an error and counts as missing", () => {
    const result = one({ base: "69,8/76,3", plan: "70,2/76,7", fact: 71 });
    expect(result.issues.filter((i) => i.code === "VALUE_PAIR").map((i) => [i.path, i.severity])).toEqual([
      ["goals[0].indicators[0].base", "error"],
      ["goals[0].indicators[0].plan", "error"],
    ]);
    expect(result.goals[0].indicators[0].excluded).toBe("PLAN_MISSING");
  });

  test("the trace of a range: the bound used, L and U, the direction, §2a", () => {
    const trace = one({ base: 25, plan: "31–38", fact: 30 }).trace["goals[0].indicators[0].h"];
    expect(trace).toMatchObject({
      formula: "rule.improvement",
      inputs: { F: 30, F0: 25, P: 31, L: 31, U: 38, better: "higher" },
      paragraph: "§23, §2a",
    });
    expect(one({ plan: "31–38", fact: 33 }).trace["goals[0].indicators[0].h"]).toMatchObject({
      formula: "range.inside",
      value: 1,
      inputs: { P: null, L: 31, U: 38 },
    });
  });
});
