// The conclusion says how a plan written as a bound or a range was scored (METHODOLOGY.md §2a): inside the
// range, above or below it against the nearer bound, at least or at most a number, in kk, ru and en.

import { parseEvaluation, scoreEvaluation } from "../../src/core";
import { LANGS, formatSubject, t } from "../../src/i18n";
import { buildReport } from "../../src/workbook/report/build-report";
import { findingText } from "../../src/workbook/report/report-text";
import type { Finding, Shown } from "../../src/workbook/report/report-types";

const indicator = (name: string, base: number, plan: string, fact: number, better = "higher") => ({
  name,
  unit: "%",
  better,
  base,
  plan,
  fact,
});

const EVALUATION = {
  format: "bagalau/evaluation@1",
  body: { name: "Test", kind: "central", period: "2024" },
  goals: [
    {
      code: "1",
      name: "Goal",
      indicators: [
        indicator("Inside", 30, "31,0-38,0", 33.2),
        indicator("Above", 45, "31,0-38,0", 40),
        indicator("Below", 20, "31,0-38,0", 29),
        indicator("At least", 80, "не менее 95", 90),
        indicator("At most", 8, "не более 5", 6, "lower"),
        indicator("Plain", 0, "10", 5),
      ],
      tasks: [{ code: "1.1", name: "Task", results: [{ name: "Bound", plan: "at least 95", fact: 93 }] }],
    },
  ],
};

function reportOf(profile: Record<string, unknown> = {}) {
  const parsed = parseEvaluation({ ...EVALUATION, profile });
  return buildReport(parsed.evaluation, scoreEvaluation(parsed.evaluation, parsed.issues));
}

const planFindings = (findings: readonly Finding[]) => findings.filter((f) => f.key.startsWith("report.finding.plan."));

describe("bounds (the default)", () => {
  const report = reportOf();
  const found = planFindings(report.findings);

  test("one finding per bound or range plan, none for a plain number; the bound, the direction and the value hand-computed", () => {
    expect(found.map((f) => [f.path, f.key.slice("report.finding.plan.".length), f.params.bound, (f.params.value as Shown).value])).toEqual(
      [
        ["goals[0].indicators[0]", "inside", null, 1],
        // above 38: against 38, lower better: (−(40 − 45)) / (−(38 − 45)) = 5/7
        ["goals[0].indicators[1]", "above", 38, 5 / 7],
        // below 31: against 31, higher better: (29 − 20) / (31 − 20) = 9/11
        ["goals[0].indicators[2]", "below", 31, 9 / 11],
        // at least 95: (90 − 80) / (95 − 80) = 2/3
        ["goals[0].indicators[3]", "atLeast", 95, 2 / 3],
        // at most 5, lower better: (−(6 − 8)) / (−(5 − 8)) = 2/3
        ["goals[0].indicators[4]", "atMost", 5, 2 / 3],
        // a direct result by the ratio rule: 93 / 95
        ["goals[0].tasks[0].results[0]", "atLeast", 95, 93 / 95],
      ],
    );
    expect(found.every((f) => !f.loss && !f.disputable && f.section === "goals" && f.criterion === "D")).toBe(true);
  });

  test("the sentences in kk, ru and en", () => {
    const subject = (lang: "kk" | "ru" | "en", i: number) => formatSubject(lang, found[i].subject!);
    expect(findingText("en", found[0])).toBe(`${subject("en", 0)}: plan 31–38 %: the fact 33.2 is within the range → h = 1.`);
    expect(findingText("ru", found[0])).toBe(`${subject("ru", 0)}: план 31–38 %: факт 33,2 в пределах диапазона → h = 1.`);
    expect(findingText("kk", found[0])).toBe(`${subject("kk", 0)}: жоспар 31–38 %: факт 33,2 аралық ішінде → h = 1.`);
    expect(findingText("en", found[1])).toBe(
      `${subject("en", 1)}: plan 31–38 %: the fact 40 is above the range, so it is scored against the upper bound 38, lower being better → h = 0.7143.`,
    );
    expect(findingText("ru", found[2])).toBe(
      `${subject("ru", 2)}: план 31–38 %: факт 29 ниже диапазона, поэтому он оценивается по нижней границе 31, лучше больше → h = 0,8182.`,
    );
    expect(findingText("kk", found[3])).toBe(
      `${subject("kk", 3)}: жоспар кемінде 95 %: жоғары болғаны жақсы, факт 90 95 мәнімен салыстырылады → h = 0,6667.`,
    );
    expect(findingText("en", found[4])).toBe(
      `${subject("en", 4)}: plan at most 5 %: lower is better, and the fact 6 is scored against 5 → h = 0.6667.`,
    );
    expect(findingText("ru", found[5])).toBe(
      `${subject("ru", 5)}: план не менее 95: лучше больше, факт 93 сравнивается с 95 → p = 0,9789.`,
    );
    for (const lang of LANGS) for (const f of found) expect(findingText(lang, f)).not.toMatch(/[{}]/);
  });
});

describe("rangeRule exclude", () => {
  const report = reportOf({ rangeRule: "exclude" });

  test("the three range rows are not counted and say why, with the range; the bounds still say how they were scored", () => {
    const excluded = report.findings.filter((f) => f.key === "report.finding.excluded.PLAN_RANGE");
    expect(excluded.map((f) => f.path)).toEqual(["goals[0].indicators[0]", "goals[0].indicators[1]", "goals[0].indicators[2]"]);
    expect(findingText("en", excluded[0])).toBe(
      `${formatSubject("en", excluded[0].subject!)}: not counted: the plan 31–38 is a range, and the profile leaves ranges out (rangeRule exclude).`,
    );
    for (const lang of LANGS) expect(findingText(lang, excluded[0])).toContain("31–38");
    expect(planFindings(report.findings).map((f) => f.key)).toEqual([
      "report.finding.plan.atLeast",
      "report.finding.plan.atMost",
      "report.finding.plan.atLeast",
    ]);
    expect(report.profile.find((line) => line.option === "rangeRule")).toEqual({
      option: "rangeRule",
      value: "exclude",
      defaultValue: "bounds",
      differs: true,
    });
    expect(t("kk", "report.rule.exclude")).not.toBe("");
  });
});
