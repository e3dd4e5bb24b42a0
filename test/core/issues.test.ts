// Every issue code of METHODOLOGY.md §7 raised where the methodology says, with its severity and JSON
// path, and its message in kk, ru and en naming its subject. A code without a case fails here.

import { ISSUE_CODES, type Issue, type IssueCode } from "../../src/core";
import { formatIssue, formatSubject, LANGS, DICTIONARIES, type MessageKey } from "../../src/i18n";
import { goal, measure, rawEvaluation, score, type Raw } from "./builders";

interface IssueCase {
  raw: Raw;
  path: string;
  /** From the methodology: error = a rule broken, warning = scored by a fallback or left out, info. */
  severity: "error" | "warning" | "info";
  variant?: string;
  /** Text every language's message must contain: the subject's name, a date, a count. */
  mentions: string[];
}

const NAME = "Infant mortality";
const withIndicator = (indicator: Raw) => rawEvaluation("central", { goals: [goal("4", [{ name: NAME, ...indicator }])] });

const CASES: Record<IssueCode, IssueCase[]> = {
  PLAN_MISSING: [{ raw: withIndicator({ fact: 5 }), path: "goals[0].indicators[0]", severity: "warning", mentions: [NAME] }],
  FACT_MISSING: [{ raw: withIndicator({ plan: 5 }), path: "goals[0].indicators[0]", severity: "warning", mentions: [NAME] }],
  DATA_NONE: [
    { raw: withIndicator({ plan: 5, fact: 5, data: "none" }), path: "goals[0].indicators[0]", severity: "warning", mentions: [NAME] },
  ],
  BASE_MISSING: [{ raw: withIndicator({ plan: 5, fact: 5 }), path: "goals[0].indicators[0]", severity: "warning", mentions: [NAME] }],
  NO_PLANNED_IMPROVEMENT: [
    { raw: withIndicator({ base: 5, plan: 5, fact: 6 }), path: "goals[0].indicators[0]", severity: "warning", mentions: [NAME] },
  ],
  NUMBER_AS_TEXT: [
    {
      raw: withIndicator({ base: 4, plan: 5, fact: "5,2" }),
      path: "goals[0].indicators[0].fact",
      severity: "warning",
      mentions: [NAME, "5,2"],
    },
    {
      raw: withIndicator({ base: 4, plan: "100 %", fact: 90 }),
      path: "goals[0].indicators[0].plan",
      severity: "warning",
      variant: "percent",
      mentions: [NAME, "100 %"],
    },
    {
      raw: withIndicator({ base: 4, plan: 5, fact: "12,3 (оценка)" }),
      path: "goals[0].indicators[0].fact",
      severity: "warning",
      variant: "note",
      mentions: [NAME, "(оценка)"],
    },
    {
      raw: withIndicator({ base: 4, plan: "на 4,0", fact: 3 }),
      path: "goals[0].indicators[0].plan",
      severity: "warning",
      variant: "change",
      mentions: [NAME, "на 4,0"],
    },
  ],
  NOT_A_NUMBER: [
    {
      raw: withIndicator({ base: 4, plan: 5, fact: "five" }),
      path: "goals[0].indicators[0].fact",
      severity: "error",
      mentions: [NAME, "five"],
    },
    {
      raw: withIndicator({ base: "не менее 4", plan: 5, fact: 5 }),
      path: "goals[0].indicators[0].base",
      severity: "error",
      variant: "bounds",
      mentions: [NAME, "не менее 4"],
    },
  ],
  BLANK_MARK: [
    {
      raw: withIndicator({ base: 4, plan: 5, fact: "н/д" }),
      path: "goals[0].indicators[0].fact",
      severity: "warning",
      mentions: [NAME, "н/д"],
    },
  ],
  VALUE_PAIR: [
    {
      raw: withIndicator({ base: 4, plan: "70,2/76,7", fact: 71 }),
      path: "goals[0].indicators[0].plan",
      severity: "error",
      mentions: [NAME, "70,2/76,7"],
    },
  ],
  PLAN_BOUND: [
    {
      raw: withIndicator({ plan: "не менее 95", fact: 96 }),
      path: "goals[0].indicators[0].plan",
      severity: "info",
      variant: "atLeast",
      mentions: [NAME, "не менее 95"],
    },
    {
      raw: withIndicator({ plan: "не более 0,03", fact: 0.02, better: "lower" }),
      path: "goals[0].indicators[0].plan",
      severity: "info",
      variant: "atMost",
      mentions: [NAME, "не более 0,03"],
    },
  ],
  PLAN_RANGE: [
    {
      raw: withIndicator({ plan: "31,0-38,0", fact: 33.2 }),
      path: "goals[0].indicators[0].plan",
      severity: "info",
      mentions: [NAME, "31,0-38,0", "31", "38"],
    },
    {
      raw: rawEvaluation("central", {
        profile: { rangeRule: "exclude" },
        goals: [goal("4", [{ name: NAME, plan: { min: 31, max: 38 }, fact: 33 }])],
      }),
      path: "goals[0].indicators[0]",
      severity: "warning",
      variant: "excluded",
      mentions: [NAME, "31", "38"],
    },
  ],
  DIRECTION_FROM_PLAN: [
    {
      raw: withIndicator({ plan: "не более 5", fact: 4, better: "higher" }),
      path: "goals[0].indicators[0]",
      severity: "warning",
      mentions: [NAME, "5"],
    },
  ],
  COEFFICIENT_INVALID: [
    {
      raw: rawEvaluation("central", { quality: [{ code: "2", name: "Prevention", q1: 0.7, q2: 1 }] }),
      path: "quality[0].q1",
      severity: "error",
      variant: "invalid",
      mentions: ["Prevention", "q1"],
    },
    {
      raw: rawEvaluation("central", { quality: [{ code: "2", name: "Prevention", q1: 1 }] }),
      path: "quality[0].q2",
      severity: "error",
      variant: "missing",
      mentions: ["Prevention", "q2"],
    },
    {
      raw: rawEvaluation("central", { risks: [{ name: "Budget cuts", r: 2 }] }),
      path: "risks[0].r",
      severity: "error",
      variant: "invalid",
      mentions: ["Budget cuts"],
    },
  ],
  GOAL_NOT_MEASURABLE: [
    {
      raw: rawEvaluation("central", { goals: [{ code: "4", name: "Healthy nation", indicators: [] }] }),
      path: "goals[0]",
      severity: "warning",
      mentions: ["Healthy nation"],
    },
  ],
  TASKS_NOT_MEASURABLE: [
    {
      raw: rawEvaluation("central", {
        goals: [
          {
            code: "4",
            name: "Healthy nation",
            indicators: [measure(1, 1)],
            tasks: [{ code: "4.1", name: "Build clinics", results: [measure(null, 3)] }],
          },
        ],
      }),
      path: "goals[0].tasks[0]",
      severity: "warning",
      variant: "task",
      mentions: ["Build clinics"],
    },
    {
      raw: rawEvaluation("central", { goals: [{ code: "4", name: "Healthy nation", indicators: [measure(1, 1)] }] }),
      path: "goals[0]",
      severity: "warning",
      variant: "goal",
      mentions: ["Healthy nation"],
    },
  ],
  NO_GOALS: [{ raw: rawEvaluation("central"), path: "goals", severity: "error", mentions: ["D = 0"] }],
  NO_QUALITY: [{ raw: rawEvaluation("central"), path: "quality", severity: "error", mentions: ["B = 0"] }],
  NO_RISKS: [{ raw: rawEvaluation("central"), path: "risks", severity: "error", mentions: ["C = 0"] }],
  NO_PERFORMANCE: [{ raw: rawEvaluation("local"), path: "performance", severity: "error", mentions: ["E = 1"] }],
  PERFORMANCE_MISSING: [
    {
      raw: rawEvaluation("local", { performance: [{ key: "crime", name: "Crime rate", better: "lower", previous: 3 }] }),
      path: "performance[0]",
      severity: "warning",
      mentions: ["Crime rate"],
    },
  ],
  IGNORED_FOR_KIND: [
    { raw: rawEvaluation("local", { risks: [{ name: "r", r: 1 }] }), path: "risks", severity: "info", variant: "risks", mentions: [] },
    {
      raw: rawEvaluation("central", { performance: [{ key: "unemployment", previous: 5, current: 4 }] }),
      path: "performance",
      severity: "info",
      variant: "performance",
      mentions: [],
    },
  ],
  UNRELIABLE_BELOW_THRESHOLD: [
    { raw: rawEvaluation("central", { penalties: { unreliableFactCount: 2 } }), path: "penalties", severity: "info", mentions: ["2", "3"] },
  ],
  REORGANIZED_FIRST_HALF: [
    {
      raw: rawEvaluation("central", {
        body: { kind: "central", name: "Old ministry", reorganized: { date: "2023-03-15", successor: "New ministry" } },
      }),
      path: "body.reorganized",
      severity: "info",
      mentions: ["2023-03-15", "New ministry"],
    },
  ],
  REORGANIZED_SECOND_HALF: [
    {
      raw: rawEvaluation("central", {
        body: { kind: "central", name: "Old ministry", period: "2023", reorganized: { date: "2022-10-01", successor: "New ministry" } },
      }),
      path: "body.reorganized",
      severity: "warning",
      variant: "otherYear",
      mentions: ["2022-10-01", "2023"],
    },
    {
      raw: rawEvaluation("central", {
        body: { kind: "central", name: "Old ministry", reorganized: { date: "2023-10-01", successor: "New ministry" } },
      }),
      path: "body.reorganized",
      severity: "warning",
      mentions: ["2023-10-01", "New ministry"],
    },
  ],
};

function raised(c: IssueCase, code: IssueCode): Issue {
  const found = score(c.raw).issues.filter((i) => i.code === code && i.path === c.path && i.variant === c.variant);
  expect(found).toHaveLength(1);
  return found[0];
}

const allCases = ISSUE_CODES.flatMap((code) => (CASES[code] ?? []).map((c, i) => [code, i, c] as const));

test("every code in ISSUE_CODES has at least one case that raises it", () => {
  const missing = ISSUE_CODES.filter((code) => {
    const cases = CASES[code] ?? [];
    return cases.length === 0 || !cases.some((c) => score(c.raw).issues.some((i) => i.code === code));
  });
  expect(missing).toEqual([]);
});

test("no case is listed under a code that is not in ISSUE_CODES", () => {
  expect(Object.keys(CASES).sort()).toEqual([...ISSUE_CODES].sort());
});

describe.each(allCases)("%s case %i", (code, _i, c) => {
  test(`raised at ${c.path} with severity ${c.severity}`, () => {
    const issue = raised(c, code);
    expect(issue.severity).toBe(c.severity);
  });

  test("its message exists in kk, ru and en, differs between them and names its subject", () => {
    const issue = raised(c, code);
    const key = (issue.variant ? `issue.${code}.${issue.variant}` : `issue.${code}`) as MessageKey;
    const messages = LANGS.map((lang) => {
      expect(DICTIONARIES[lang][key]).toBeTruthy();
      const message = formatIssue(lang, issue);
      expect(message.trim().length).toBeGreaterThan(10);
      expect(message).not.toMatch(/\{\w+\}/); // every placeholder was filled
      if (DICTIONARIES[lang][key].includes("{subject}")) expect(message).toContain(formatSubject(lang, issue.subject));
      for (const text of c.mentions) expect(message).toContain(text);
      return message;
    });
    expect(new Set(messages).size).toBe(LANGS.length);
  });
});

describe("the variants of one code have distinct messages", () => {
  test.each(["COEFFICIENT_INVALID", "TASKS_NOT_MEASURABLE", "IGNORED_FOR_KIND", "NUMBER_AS_TEXT", "PLAN_BOUND", "PLAN_RANGE"] as const)(
    "%s",
    (code) => {
      const variants = [...new Set(CASES[code].map((c) => c.variant))];
      for (const lang of LANGS) {
        const texts = variants.map((v) => DICTIONARIES[lang][`issue.${code}.${v}` as MessageKey]);
        expect(new Set(texts).size).toBe(variants.length);
      }
    },
  );
});

describe("subjects name the row", () => {
  test("an indicator's subject names its goal and row in every language", () => {
    const issue = raised(CASES.PLAN_MISSING[0], "PLAN_MISSING");
    expect(issue.subject).toMatchObject({ type: "indicator", goal: "4", row: 1, name: NAME });
    for (const lang of LANGS) expect(formatIssue(lang, issue)).toContain("4");
  });

  test("a direct result's subject names its task", () => {
    const result = score(rawEvaluation("central", { goals: [goal("4", [measure(1, 1)], [[{ name: "Clinics built", plan: 3 }]])] }));
    const issue = result.issues.find((i) => i.code === "FACT_MISSING")!;
    expect(issue.subject).toMatchObject({ type: "result", task: "4.1", row: 1, name: "Clinics built" });
    for (const lang of LANGS) expect(formatIssue(lang, issue)).toContain("4.1");
  });

  test("a direction's subject names its code", () => {
    const result = score(
      rawEvaluation("central", {
        quality: [{ code: "1", name: "s", directions: [{ code: "1.3", name: "Quality control", q1: 1, q2: 0.2 }] }],
      }),
    );
    const issue = result.issues.find((i) => i.code === "COEFFICIENT_INVALID")!;
    expect(issue.path).toBe("quality[0].directions[0].q2");
    for (const lang of LANGS) {
      expect(formatIssue(lang, issue)).toContain("1.3");
      expect(formatIssue(lang, issue)).toContain("Quality control");
    }
  });
});
