// Parsing `bagalau/evaluation@1` (METHODOLOGY.md §7): numbers as text with NUMBER_AS_TEXT, non-numbers
// with NOT_A_NUMBER counted as missing, defaults, and whole-file refusals with their JSON paths.

import { EvaluationRefused, isIsoDate, parseEvaluation, parseEvaluationText, readProfile } from "../../src/core";
import { formatRefusal, LANGS } from "../../src/i18n";
import { goal, issuesWith, measure, rawEvaluation, score, type Raw } from "./builders";

function refusal(value: unknown): EvaluationRefused {
  try {
    parseEvaluation(value);
  } catch (error) {
    if (error instanceof EvaluationRefused) return error;
    throw error;
  }
  throw new Error("the evaluation was not refused");
}

const withGoal = (indicator: Raw) => rawEvaluation("central", { goals: [goal("1", [indicator])] });

describe("numbers as text", () => {
  test.each([
    ["5,2", 5.2],
    ["1 234,5", 1234.5],
    ["1.234,5", 1234.5],
    ["\u22123", -3],
    ["1\u00a0234", 1234],
  ])("fact %p is read as %p with NUMBER_AS_TEXT (warning) at its path", (text, value) => {
    const { evaluation, issues } = parseEvaluation(withGoal(measure(10, text)));
    expect(evaluation.goals[0].indicators[0].fact).toBe(value);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "NUMBER_AS_TEXT",
        severity: "warning",
        path: "goals[0].indicators[0].fact",
        params: { field: "fact", text, value },
      }),
    ]);
  });

  test("a text fact is scored like the number: base 5,4; plan 5,0; fact 5,1 lower → h = 0.3 / 0.4", () => {
    const result = score(withGoal(measure("5,0", "5,1", { base: "5,4", better: "lower" })));
    expect(result.goals[0].indicators[0].value).toBeCloseTo(0.75, 12);
    expect(issuesWith(result, "NUMBER_AS_TEXT").map((i) => i.path)).toEqual([
      "goals[0].indicators[0].base",
      "goals[0].indicators[0].plan",
      "goals[0].indicators[0].fact",
    ]);
  });

  test("text that is no number: NOT_A_NUMBER (error), counted as missing (here FACT_MISSING)", () => {
    const result = score(withGoal(measure(10, "about 9")));
    expect(result.goals[0].indicators[0].value).toBeNull();
    expect(issuesWith(result, "NOT_A_NUMBER")).toEqual([
      expect.objectContaining({ severity: "error", path: "goals[0].indicators[0].fact", params: { field: "fact", text: "about 9" } }),
    ]);
    expect(issuesWith(result, "FACT_MISSING").map((i) => i.path)).toEqual(["goals[0].indicators[0]"]);
  });

  test("a plan that is no number is a missing plan (PLAN_MISSING); a bad base is a missing base (BASE_MISSING)", () => {
    const noPlan = score(withGoal(measure(true, 9)));
    expect(issuesWith(noPlan, "NOT_A_NUMBER").map((i) => i.path)).toEqual(["goals[0].indicators[0].plan"]);
    expect(issuesWith(noPlan, "PLAN_MISSING")).toHaveLength(1);
    const noBase = score(withGoal(measure(10, 9, { base: "ten" })));
    expect(issuesWith(noBase, "NOT_A_NUMBER").map((i) => i.path)).toEqual(["goals[0].indicators[0].base"]);
    expect(noBase.goals[0].indicators[0].value).toBe(0.9); // ratio 9 / 10
    expect(issuesWith(noBase, "BASE_MISSING")).toHaveLength(1);
  });

  test("an empty string is missing without NOT_A_NUMBER", () => {
    const { evaluation, issues } = parseEvaluation(withGoal(measure(10, "")));
    expect(evaluation.goals[0].indicators[0].fact).toBeNull();
    expect(issues).toEqual([]);
  });

  test("numbers as text in results, risks, performance and unreliable facts have their own paths", () => {
    const { issues } = parseEvaluation(
      rawEvaluation("local", {
        goals: [goal("1", [], [[measure("1,5", 1)]])],
        risks: [{ name: "r", r: "0,5" }],
        performance: [{ key: "unemployment", previous: "5,0", current: 4 }],
        penalties: { unreliableFacts: [{ indicator: "i", plan: 1, fact: 2, rechecked: "1,5" }] },
      }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["NUMBER_AS_TEXT", "risks[0].r"],
      ["NUMBER_AS_TEXT", "goals[0].tasks[0].results[0].plan"],
      ["NUMBER_AS_TEXT", "performance[0].previous"],
      ["NUMBER_AS_TEXT", "penalties.unreliableFacts[0].rechecked"],
    ]);
  });

  test("the subject of a number issue names the row: goal, row and name", () => {
    const { issues } = parseEvaluation(
      rawEvaluation("central", {
        goals: [goal("7", [measure(1, 1), { name: "Life expectancy", plan: "73,5", fact: 73 }])],
      }),
    );
    expect(issues[0].subject).toEqual({ type: "indicator", row: 2, goal: "7", name: "Life expectancy" });
  });
});

describe("defaults", () => {
  test("better higher, data official, goal and task codes from their rows", () => {
    const { evaluation } = parseEvaluation(
      rawEvaluation("central", {
        goals: [{ name: "g", indicators: [{ name: "i", plan: 1, fact: 1 }], tasks: [{ name: "t", results: [] }] }],
      }),
    );
    const g = evaluation.goals[0];
    expect(g.code).toBe("1");
    expect(g.tasks[0].code).toBe("1.1");
    expect(g.indicators[0]).toMatchObject({ better: "higher", data: "official", base: null });
    expect(evaluation.penalties).toEqual({ missingElements: [], unreliableFacts: [], unreliableFactsListed: false });
    expect(evaluation.profile).toEqual({});
  });

  test("enum values are read without regard to case or surrounding spaces", () => {
    const { evaluation } = parseEvaluation(withGoal(measure(1, 1, { better: " Lower ", data: "OPERATIONAL" })));
    expect(evaluation.goals[0].indicators[0]).toMatchObject({ better: "lower", data: "operational" });
  });

  test("a performance entry takes better from App. 4 and no made-up name (messages name it by its key)", () => {
    const { evaluation } = parseEvaluation(rawEvaluation("local", { performance: [{ key: "grpPerCapita", previous: 1, current: 1 }] }));
    expect(evaluation.performance[0]).toEqual({ key: "grpPerCapita", better: "higher", previous: 1, current: 1 });
  });

  test("a UTF-8 byte order mark before the JSON text is accepted", () => {
    const { evaluation } = parseEvaluationText("\ufeff" + JSON.stringify(rawEvaluation("local")));
    expect(evaluation.body.kind).toBe("local");
  });
});

describe("refusals", () => {
  test.each<[string, unknown, string, string]>([
    ["null", null, "notObject", ""],
    ["a list", [], "notObject", ""],
    ["a string", "evaluation", "notObject", ""],
    ["a number", 3, "notObject", ""],
    ["no format", { body: { kind: "central" } }, "format", "format"],
    ["a wrong format", { format: "bagalau/evaluation@2", body: { kind: "central" } }, "format", "format"],
    ["the result format", { format: "bagalau/result@1", body: { kind: "central" } }, "format", "format"],
    ["no body", { format: "bagalau/evaluation@1" }, "type", "body"],
    ["body a list", { format: "bagalau/evaluation@1", body: [] }, "type", "body"],
    ["no kind", rawEvaluation("central", { body: { name: "x" } }), "kind", "body.kind"],
    ["kind federal", rawEvaluation("central", { body: { kind: "federal" } }), "kind", "body.kind"],
    ["kind as a number", rawEvaluation("central", { body: { kind: 1 } }), "kind", "body.kind"],
    ["body.name an object", rawEvaluation("central", { body: { kind: "local", name: {} } }), "type", "body.name"],
    ["goals an object", rawEvaluation("central", { goals: {} }), "type", "goals"],
    ["a goal a string", rawEvaluation("central", { goals: ["goal"] }), "type", "goals[0]"],
    ["indicators a string", rawEvaluation("central", { goals: [{ indicators: "x" }] }), "type", "goals[0].indicators"],
    ["an indicator a number", rawEvaluation("central", { goals: [{ indicators: [1] }] }), "type", "goals[0].indicators[0]"],
    ["tasks an object", rawEvaluation("central", { goals: [{ tasks: {} }] }), "type", "goals[0].tasks"],
    ["results a number", rawEvaluation("central", { goals: [{ tasks: [{ results: 5 }] }] }), "type", "goals[0].tasks[0].results"],
    ["better up", withGoal(measure(1, 1, { better: "up" })), "enum", "goals[0].indicators[0].better"],
    [
      "data unknown",
      rawEvaluation("central", { goals: [goal("1", [], [[measure(1, 1, { data: "estimated" })]])] }),
      "enum",
      "goals[0].tasks[0].results[0].data",
    ],
    ["quality an object", rawEvaluation("central", { quality: { q1: 1 } }), "type", "quality"],
    ["directions an object", rawEvaluation("central", { quality: [{ directions: {} }] }), "type", "quality[0].directions"],
    ["a direction a string", rawEvaluation("central", { quality: [{ directions: ["d"] }] }), "type", "quality[0].directions[0]"],
    ["risks a string", rawEvaluation("central", { risks: "none" }), "type", "risks"],
    ["a risk a list", rawEvaluation("central", { risks: [[1]] }), "type", "risks[0]"],
    ["performance an object", rawEvaluation("local", { performance: {} }), "type", "performance"],
    ["a performance key missing", rawEvaluation("local", { performance: [{ previous: 1, current: 1 }] }), "type", "performance[0].key"],
    [
      "an unknown key without better",
      rawEvaluation("local", { performance: [{ key: "crime", previous: 1, current: 1 }] }),
      "enum",
      "performance[0].better",
    ],
    [
      "a performance better wrong",
      rawEvaluation("local", { performance: [{ key: "unemployment", better: "down" }] }),
      "enum",
      "performance[0].better",
    ],
    ["penalties a list", rawEvaluation("central", { penalties: [] }), "type", "penalties"],
    [
      "missingElements a string",
      rawEvaluation("central", { penalties: { missingElements: "table" } }),
      "type",
      "penalties.missingElements",
    ],
    ["unreliableFacts an object", rawEvaluation("central", { penalties: { unreliableFacts: {} } }), "type", "penalties.unreliableFacts"],
    [
      "an unreliable fact a number",
      rawEvaluation("central", { penalties: { unreliableFacts: [3] } }),
      "type",
      "penalties.unreliableFacts[0]",
    ],
    ["late as text", rawEvaluation("central", { penalties: { late: "yes" } }), "type", "penalties.late"],
    ["incomplete as a number", rawEvaluation("central", { penalties: { incomplete: 1 } }), "type", "penalties.incomplete"],
    ["a count below 0", rawEvaluation("central", { penalties: { unreliableFactCount: -1 } }), "integer", "penalties.unreliableFactCount"],
    [
      "a fractional count",
      rawEvaluation("central", { penalties: { unreliableFactCount: 2.5 } }),
      "integer",
      "penalties.unreliableFactCount",
    ],
    ["a count as text", rawEvaluation("central", { penalties: { unreliableFactCount: "3" } }), "integer", "penalties.unreliableFactCount"],
    ["deadline 30 February", rawEvaluation("central", { penalties: { deadline: "2024-02-30" } }), "date", "penalties.deadline"],
    ["deadline dd.mm.yyyy", rawEvaluation("central", { penalties: { deadline: "01.02.2024" } }), "date", "penalties.deadline"],
    ["submitted as a number", rawEvaluation("central", { penalties: { submitted: 20240205 } }), "date", "penalties.submitted"],
    [
      "reorganized without a date",
      rawEvaluation("central", { body: { kind: "central", reorganized: {} } }),
      "date",
      "body.reorganized.date",
    ],
    [
      "reorganized in month 13",
      rawEvaluation("central", { body: { kind: "central", reorganized: { date: "2023-13-01" } } }),
      "date",
      "body.reorganized.date",
    ],
    [
      "reorganized a string",
      rawEvaluation("central", { body: { kind: "central", reorganized: "2023-07-01" } }),
      "type",
      "body.reorganized",
    ],
    ["profile a list", rawEvaluation("central", { profile: [] }), "type", "profile"],
    ["qualityRule median", rawEvaluation("central", { profile: { qualityRule: "median" } }), "enum", "profile.qualityRule"],
    ["indicatorRule wrong", rawEvaluation("central", { profile: { indicatorRule: "mean" } }), "enum", "profile.indicatorRule"],
    ["resultRule wrong", rawEvaluation("central", { profile: { resultRule: 1 } }), "enum", "profile.resultRule"],
    ["penaltyCapScope wrong", rawEvaluation("central", { profile: { penaltyCapScope: "all" } }), "enum", "profile.penaltyCapScope"],
    ["unreliableThreshold 0", rawEvaluation("central", { profile: { unreliableThreshold: 0 } }), "integer", "profile.unreliableThreshold"],
    [
      "unreliableThreshold 2.5",
      rawEvaluation("central", { profile: { unreliableThreshold: 2.5 } }),
      "integer",
      "profile.unreliableThreshold",
    ],
    ["weights a number", rawEvaluation("central", { profile: { weights: 1 } }), "type", "profile.weights"],
    ["weight B 1.5", rawEvaluation("central", { profile: { weights: { B: 1.5 } } }), "range", "profile.weights.B"],
    ["weight D −0.1", rawEvaluation("central", { profile: { weights: { D: -0.1 } } }), "range", "profile.weights.D"],
    ["weight C as text", rawEvaluation("central", { profile: { weights: { C: "0.1" } } }), "range", "profile.weights.C"],
  ])("%s: refused (%s) at %p", (_label, value, reason, path) => {
    const refused = refusal(value);
    expect(refused.reason).toBe(reason);
    expect(refused.path).toBe(path);
  });

  test("text that is not JSON is refused as notJson", () => {
    expect(() => parseEvaluationText("{ format: ")).toThrow(EvaluationRefused);
    try {
      parseEvaluationText("{ format: ");
    } catch (error) {
      expect((error as EvaluationRefused).reason).toBe("notJson");
    }
  });

  test("a refusal names what was found: the format, the kind, the type", () => {
    expect(refusal({ format: "x", body: {} }).params).toEqual({ expected: "bagalau/evaluation@1", actual: '"x"' });
    expect(refusal(rawEvaluation("central", { body: { kind: "federal" } })).params).toEqual({ actual: '"federal"' });
    expect(refusal(rawEvaluation("central", { goals: {} })).params).toEqual({ expected: "list", actual: "object" });
  });

  test("every refusal has a message in kk, ru and en that names the JSON path", () => {
    const refused = refusal(rawEvaluation("central", { goals: [{ indicators: [{ better: "up" }] }] }));
    for (const lang of LANGS) {
      const message = formatRefusal(lang, refused);
      expect(message).toContain("goals[0].indicators[0].better");
      expect(message).toContain('"up"');
      expect(message).not.toMatch(/\{\w+\}/);
    }
  });

  test("readProfile accepts an empty or absent profile", () => {
    expect(readProfile(undefined)).toEqual({});
    expect(readProfile(null)).toEqual({});
    expect(readProfile({ weights: {} })).toEqual({ weights: {} });
  });
});

describe("isIsoDate", () => {
  test.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2023-06-30", true],
    ["2023-06-31", false],
    ["2023-6-30", false],
    ["2023-06-30T00:00", false],
  ])("%p → %p", (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });
});
