// The report model of the conclusion (App. 5): which findings and recommendations appear for the two
// examples, with numbers hand-computed from METHODOLOGY.md, and invariants over arbitrary evaluations.

import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { parseEvaluation, parseEvaluationText, scoreEvaluation, type Evaluation, type Result } from "../../src/core";
import { LANGS } from "../../src/i18n";
import { buildReport } from "../../src/workbook/report/build-report";
import { findingText, recommendationText } from "../../src/workbook/report/report-text";
import type { ConclusionReport, Finding, Shown } from "../../src/workbook/report/report-types";

function example(name: string): { evaluation: Evaluation; result: Result; report: ConclusionReport } {
  const parsed = parseEvaluationText(fs.readFileSync(path.join(__dirname, "../../examples", `${name}.json`), "utf8"));
  const result = scoreEvaluation(parsed.evaluation, parsed.issues);
  return { evaluation: parsed.evaluation, result, report: buildReport(parsed.evaluation, result) };
}

const shown = (value: unknown): number => (value as Shown).value;
const at = (report: ConclusionReport, findingPath: string, keyPart = ""): Finding[] =>
  report.findings.filter((f) => f.path === findingPath && f.key.includes(keyPart));
const one = (report: ConclusionReport, findingPath: string, keyPart = ""): Finding => {
  const found = at(report, findingPath, keyPart);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("ministry of health (central)", () => {
  const { report, result } = example("ministry-of-health");

  test("criteria in the order of App. 5: 1 B, 2 D, 3 C; their points minus W add up to A", () => {
    expect(report.criteria.map((c) => [c.no, c.key])).toEqual([
      [1, "B"],
      [2, "D"],
      [3, "C"],
    ]);
    const points = report.criteria.reduce((sum, c) => sum + (c.points ?? 0), 0);
    expect(points - report.W.total).toBeCloseTo(report.A, 10);
    // W = late 1.5 (submitted 2018-02-05 after the 2018-02-01 deadline) + 3 unreliable facts × 0.2 = 2.1
    expect(report.W.total).toBeCloseTo(1.5 + 3 * 0.2, 10);
  });

  test("every profile option is listed, none differs from the default", () => {
    expect(report.profile.map((p) => p.option)).toEqual([
      "qualityRule",
      "indicatorRule",
      "resultRule",
      "rangeRule",
      "penaltyCapScope",
      "unreliableThreshold",
      "weights.B",
      "weights.C",
      "weights.D",
    ]);
    expect(report.profile.every((p) => !p.differs)).toBe(true);
  });

  test("counts: fully 4, partially 4, not achieved 1, not counted 2", () => {
    // full: 1.2/2 (9.1 better than plan 9.6), 2.1/1 ((66−62)/(65−62) > 1), 3.1/1 ((52.1−49.6)/(52.1−50) > 1), 3.1/3 (no base: 0.6/0.5 > 1)
    // partial: 1.2/1 (0.5), 2.1/2 (0.75), 3.1/2 (94.1/95), 5.1/1 (0.4); not achieved: 1.2/3; not counted: 2.1/3 (no plan), 3.1/4 (data none)
    const counts = report.findings.find((f) => f.key === "report.finding.goals.counts");
    expect(counts?.params).toEqual({ full: 4, partial: 4, notAchieved: 1, notCounted: 2 });
    expect(report.counts).toEqual(result.counts);
  });

  test("goal 1.2 indicator 3 (under-5 mortality) is not achieved: fact 12.5 against plan 11.8, with the body's reason", () => {
    const finding = one(report, "goals[0].indicators[2]", "indicator.");
    expect(finding.key).toBe("report.finding.indicator.notAchieved");
    // lower is better: planned −(11.8 − 12.3) = 0.5, actual −(12.5 − 12.3) = −0.2 → h = clamp(−0.4) = 0
    expect(shown(finding.params.h)).toBe(0);
    expect(finding.params).toMatchObject({ fact: 12.5, plan: 11.8, base: 12.3, goal: "1.2" });
    expect(finding.quote?.text).toBe("Жедел респираторлық инфекциялардан болған өлімнің көбеюі");
    expect(finding.disputable).toBe(true);
    expect(findingText("en", finding)).toContain("fact 12.5 against plan 11.8");
    expect(findingText("ru", finding)).toContain("факт 12,5 при плане 11,8");
  });

  test("goal 1.2 indicator 1 is partially achieved: h = (10.9 − 11.2) / (10.6 − 11.2) = 0.5", () => {
    const finding = one(report, "goals[0].indicators[0]", "indicator.");
    expect(finding.key).toBe("report.finding.indicator.partial");
    expect(shown(finding.params.h)).toBeCloseTo((10.9 - 11.2) / (10.6 - 11.2), 12);
  });

  test("exclusions name their §24 reason: 3.1/4 DATA_NONE, 2.1/3 PLAN_MISSING, task 3.1.1's result FACT_MISSING", () => {
    expect(one(report, "goals[2].indicators[3]").key).toBe("report.finding.excluded.DATA_NONE");
    expect(one(report, "goals[1].indicators[2]").key).toBe("report.finding.excluded.PLAN_MISSING");
    expect(one(report, "goals[2].tasks[0].results[0]").key).toBe("report.finding.excluded.FACT_MISSING");
    expect(one(report, "goals[2].tasks[0]").key).toBe("report.finding.task.notCounted");
  });

  test("tasks with P < 1 and their results below plan", () => {
    // 1.2.1: p = min(80.5/80, 1) = 1 and 45/60 = 0.75 → P = 0.875; 1.2.2: 380/400 = 0.95; 2.1.1: (1 + 720/900) / 2 = 0.9
    expect(shown(one(report, "goals[0].tasks[0]").params.P)).toBeCloseTo(0.875, 12);
    expect(shown(one(report, "goals[0].tasks[0].results[1]").params.p)).toBeCloseTo(0.75, 12);
    expect(shown(one(report, "goals[0].tasks[1]").params.P)).toBeCloseTo(0.95, 12);
    expect(shown(one(report, "goals[1].tasks[0]").params.P)).toBeCloseTo(0.9, 12);
    expect(at(report, "goals[3].tasks[0]")).toEqual([]); // 5.1.1: 1500 of 1500
  });

  test("goal lines carry K, Y, X from the result", () => {
    const line = one(report, "goals[0]", "goal.line");
    // K = (0.5 + 1 + 0) / 3 = 0.5; Y = (0.875 + 0.95) / 2 = 0.9125; X = 0.5 · 0.9125
    expect(shown(line.params.K)).toBeCloseTo(0.5, 12);
    expect(shown(line.params.Y)).toBeCloseTo(0.9125, 12);
    expect(shown(line.params.X)).toBeCloseTo(0.45625, 12);
  });

  test("quality: each lost parameter of a sphere or direction, with q", () => {
    const direction12 = one(report, "quality[0].directions[1].q2");
    expect(direction12.key).toBe("report.finding.quality.q2.partly");
    expect(shown(direction12.params.q)).toBe(0.75); // (1 + 0.5) / 2
    expect(one(report, "quality[3].q1").key).toBe("report.finding.quality.q1.partly");
    expect(one(report, "quality[3].q2").key).toBe("report.finding.quality.q2.none");
    expect(shown(one(report, "quality[3].q2").params.q)).toBe(0.25); // (0.5 + 0) / 2
    expect(at(report, "quality[1].q1")).toEqual([]); // sphere 2: q1 = q2 = 1
    expect(report.findings.filter((f) => /\.q[12]\./.test(f.key)).length).toBe(8);
  });

  test("risks: R = 0.5 (measures not aimed, quoted) and R = 0 (does not affect the plan)", () => {
    const notAimed = one(report, "risks[1]");
    expect(notAimed.key).toBe("report.finding.risk.notAimed");
    expect(notAimed.quote?.text).toBe("Дәрілік заттарды бірыңғай дистрибьютор арқылы сатып алу");
    expect(one(report, "risks[3]").key).toBe("report.finding.risk.noEffect");
    expect(at(report, "risks[0]")).toEqual([]);
    // C = (1 + 0.5 + 1 + 0) / 4
    expect(shown(report.findings.find((f) => f.key === "report.finding.risks.summary")?.params.C)).toBe(0.625);
  });

  test("deductions with their reasons, and no performance section for a central body", () => {
    const late = report.findings.find((f) => f.key === "report.finding.deduction.late");
    expect(late?.params).toMatchObject({ deadline: { date: "2018-02-01" }, submitted: { date: "2018-02-05" } });
    expect(shown(late?.params.points)).toBe(1.5);
    const unreliable = report.findings.find((f) => f.key === "report.finding.deduction.unreliable");
    expect(unreliable?.params.count).toBe(3);
    expect(shown(unreliable?.params.points)).toBeCloseTo(0.6, 12);
    expect(report.findings.some((f) => f.key === "report.finding.deduction.incomplete")).toBe(false);
    expect(report.deductions.unreliable).toMatchObject({ count: 3, perFact: 0.2, uncapped: 0.6, cap: 0, points: 0.6 });
    expect(report.sections).toEqual(["quality", "goals", "risks", "deductions"]);
  });

  test("recommendations follow from the findings", () => {
    const keys = report.recommendations.map((r) => r.key);
    const q2 = report.recommendations.find((r) => r.key === "report.rec.quality.q2.central");
    // q2 < 1: directions 1.2, 1.3, spheres 3, 4, direction 5.3 — one recommendation naming all of them
    expect(q2?.subjects.map((s) => s.code)).toEqual(["1.2", "1.3", "3", "4", "5.3"]);
    const noImprovement = report.recommendations.find((r) => r.key === "report.rec.NO_PLANNED_IMPROVEMENT");
    expect(noImprovement?.paths).toEqual(["goals[2].indicators[1]"]); // vaccination: plan 95 = base 95
    expect(keys).toEqual(
      expect.arrayContaining([
        "report.rec.DATA_NONE",
        "report.rec.PLAN_MISSING",
        "report.rec.late",
        "report.rec.unreliable",
        "report.rec.risk.notAimed",
        "report.rec.risk.noEffect",
      ]),
    );
    expect(keys).not.toContain("report.rec.incomplete");
    expect(recommendationText("kk", noImprovement!)).toContain("95");
  });
});

describe("Zhambyl oblast (local)", () => {
  const { report } = example("zhambyl-oblast");

  test("criteria 1 B, 2 D, 3 E (coefficient only)", () => {
    expect(report.criteria.map((c) => [c.no, c.key, c.points === null])).toEqual([
      [1, "B", false],
      [2, "D", false],
      [3, "E", true],
    ]);
    expect(report.sections).toEqual(["quality", "goals", "performance", "deductions"]);
  });

  test("the App. 4 indexes that fell, with previous and current values", () => {
    const fell = report.findings.filter((f) => f.key === "report.finding.performance.fell");
    expect(fell.map((f) => f.params.key)).toEqual(["selfEmployedShare", "housingQueue", "emissionsPerCapita", "realIncomeIndex"]);
    const housing = fell[1];
    expect(housing.params).toMatchObject({ previous: 23415, current: 24870 });
    expect(shown(housing.params.S)).toBeCloseTo(23415 / 24870, 12); // lower is better: SB / SR
    expect(shown(fell[3].params.S)).toBeCloseTo(105.1 / 106.8, 12); // higher is better: SR / SB
    expect(findingText("ru", housing)).toContain("Количество граждан, нуждающихся в жилье");
    expect(findingText("kk", housing)).toContain("Баспананы қажет ететін азаматтар саны");
  });

  test("counts: fully 3, partially 7, not achieved 0, not counted 2; goal 4.4.2 not counted", () => {
    // full: 4.1.2/2 ((191.5−186.2)/(190−186.2) > 1), 4.2.2/1 ((24.5−19.8)/(24.5−22) > 1), 4.3.5/1 (0.01/0.01)
    expect(report.counts).toEqual({ full: 3, partial: 7, notAchieved: 0, notCounted: 2 });
    expect(one(report, "goals[3]").key).toBe("report.finding.goal.notCounted");
    expect(one(report, "goals[3].indicators[0]").key).toBe("report.finding.excluded.PLAN_MISSING");
    expect(one(report, "goals[3].indicators[1]").key).toBe("report.finding.excluded.DATA_NONE");
    // 4.1.2/1: (598 − 560) / (610 − 560) = 0.76
    expect(shown(one(report, "goals[0].indicators[0]", "indicator.").params.h)).toBeCloseTo(0.76, 12);
  });

  test("incomplete reporting deducted with its element; one unreliable fact is below the threshold", () => {
    const incomplete = report.findings.find((f) => f.key === "report.finding.deduction.incomplete");
    expect(incomplete?.params.elements).toBe("Есептің 3-кестесі: бағдарлама іс-шараларын қаржыландыру туралы ақпарат");
    const below = report.findings.find((f) => f.key === "report.finding.deduction.unreliableBelow");
    expect(below?.params).toEqual({ count: 1, threshold: 3 });
    expect(below?.disputable).toBe(false);
    expect(report.findings.some((f) => f.section === "risks")).toBe(false);
    expect(report.recommendations.map((r) => r.key)).toEqual(
      expect.arrayContaining([
        "report.rec.incomplete",
        "report.rec.unreliable",
        "report.rec.performance.fell",
        "report.rec.goalNotMeasurable",
      ]),
    );
  });
});

describe("status and profile", () => {
  const base = JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/ministry-of-health.json"), "utf8"));

  test("reorganized in the second half: not evaluated, said plainly", () => {
    const parsed = parseEvaluation({ ...base, body: { ...base.body, reorganized: { date: "2017-09-01", successor: "=Successor" } } });
    const result = scoreEvaluation(parsed.evaluation, parsed.issues);
    const report = buildReport(parsed.evaluation, result);
    expect(report.evaluated).toBe(false);
    expect(report.reorganization).toEqual({ date: "2017-09-01", successor: "=Successor", secondHalf: true });
  });

  test("an option that differs from the default is flagged with its default", () => {
    const parsed = parseEvaluation({ ...base, profile: { qualityRule: "product", weights: { C: 0.2, D: 0.7 } } });
    const report = buildReport(parsed.evaluation, scoreEvaluation(parsed.evaluation, parsed.issues));
    expect(report.profile.find((p) => p.option === "qualityRule")).toEqual({
      option: "qualityRule",
      value: "product",
      defaultValue: "mean",
      differs: true,
    });
    expect(report.profile.find((p) => p.option === "weights.D")).toEqual({
      option: "weights.D",
      value: 0.7,
      defaultValue: 0.8,
      differs: true,
    });
    expect(report.profile.find((p) => p.option === "weights.B")?.differs).toBe(false);
  });

  test("nothing lost: a perfect evaluation gets the 'no recommendation' line", () => {
    const perfect = {
      format: "bagalau/evaluation@1",
      body: { name: "B", kind: "central", period: "2023" },
      quality: [{ code: "1", name: "s", q1: 1, q2: 1 }],
      risks: [{ name: "r", r: 1 }],
      goals: [{ code: "1", name: "g", indicators: [{ name: "i", base: 1, plan: 2, fact: 2 }], tasks: [] }],
    };
    const parsed = parseEvaluation(perfect);
    const report = buildReport(parsed.evaluation, scoreEvaluation(parsed.evaluation, parsed.issues));
    expect(report.recommendations.map((r) => r.key)).toEqual(["report.rec.none"]);
    expect(report.findings.some((f) => f.disputable)).toBe(false);
    expect(report.findings.map((f) => f.key)).toEqual(
      expect.arrayContaining(["report.finding.quality.allFull", "report.finding.risks.allAimed", "report.finding.deduction.none"]),
    );
  });
});

// ---------------------------------------------------------------- invariants over arbitrary evaluations

const num = fc.oneof(
  fc.integer({ min: -20, max: 120 }),
  fc.double({ min: -100, max: 1000, noNaN: true }),
  fc.constant(null),
  fc.constantFrom("5,2", "x"),
);
const measureRaw = fc.record({
  name: fc.constantFrom("", "m", "=SUM(A1)"),
  better: fc.constantFrom("higher", "lower"),
  base: num,
  plan: num,
  fact: num,
  data: fc.constantFrom("official", "operational", "none"),
  deviationReason: fc.constantFrom(undefined, "", "reason", "=1+1"),
});
const raw = fc.record({
  kind: fc.constantFrom("central", "local"),
  quality: fc.array(
    fc.record({ code: fc.constant("1"), name: fc.constant("s"), q1: fc.constantFrom(1, 0.5, 0, null, 2), q2: fc.constantFrom(1, 0.5, 0) }),
    { maxLength: 3 },
  ),
  risks: fc.array(fc.record({ name: fc.constant("r"), r: fc.constantFrom(1, 0.5, 0, null) }), { maxLength: 3 }),
  goals: fc.array(
    fc.record({
      code: fc.constant("1"),
      name: fc.constant("g"),
      indicators: fc.array(measureRaw, { maxLength: 3 }),
      tasks: fc.array(fc.record({ code: fc.constant("1.1"), name: fc.constant("t"), results: fc.array(measureRaw, { maxLength: 3 }) }), {
        maxLength: 2,
      }),
    }),
    { maxLength: 3 },
  ),
  performance: fc.array(fc.record({ key: fc.constantFrom("unemployment", "grpPerCapita"), previous: num, current: num }), { maxLength: 2 }),
  late: fc.boolean(),
  facts: fc.nat({ max: 6 }),
});

test("invariants: findings render in every language, shortfalls and exclusions match the counts, disputable means lost", () => {
  fc.assert(
    fc.property(raw, (r) => {
      const parsed = parseEvaluation({
        format: "bagalau/evaluation@1",
        body: { name: "B", kind: r.kind, period: "2023" },
        quality: r.quality,
        risks: r.risks,
        goals: r.goals,
        performance: r.performance,
        penalties: { late: r.late, unreliableFactCount: r.facts },
      });
      const result = scoreEvaluation(parsed.evaluation, parsed.issues);
      const report = buildReport(parsed.evaluation, result);
      const indicatorFindings = report.findings.filter((f) => /\.indicators\[\d+\]$/.test(f.path ?? ""));
      const shortfalls = indicatorFindings.filter((f) => f.key.startsWith("report.finding.indicator."));
      const excluded = indicatorFindings.filter((f) => f.key.startsWith("report.finding.excluded."));
      expect(shortfalls.length).toBe(result.counts.partial + result.counts.notAchieved);
      expect(excluded.length).toBe(result.counts.notCounted);
      for (const finding of report.findings) {
        if (finding.disputable) expect(finding.loss).toBe(true);
        for (const lang of LANGS) expect(findingText(lang, finding)).not.toMatch(/\{\w+\}|NaN|undefined/);
      }
      for (const rec of report.recommendations)
        for (const lang of LANGS) expect(recommendationText(lang, rec)).not.toMatch(/\{\w+\}|NaN|undefined/);
      expect(report.criteria.reduce((s, c) => s + (c.points ?? 0), 0) - report.W.total).toBeCloseTo(report.A, 8);
    }),
    { numRuns: 150 },
  );
});
