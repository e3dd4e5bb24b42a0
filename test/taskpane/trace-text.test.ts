// The trace in the reader's language (src/taskpane/trace-text.ts, src/i18n): paragraphs, every formula
// the core writes (found by scoring evaluations that reach each branch), inputs, labels, drill-down.

import * as fs from "fs";
import * as path from "path";
import { parseEvaluation, parseEvaluationText, scoreEvaluation, TRACE_FORMULAS, type Result } from "../../src/core";
import { formatSubject, formatTraceFormula, LANGS, t } from "../../src/i18n";
import {
  childrenOf,
  inputMeaning,
  inputValueText,
  measurePathOf,
  noteText,
  paragraphText,
  traceLabel,
} from "../../src/taskpane/trace-text";
import { goal, measure, rawEvaluation } from "../core/builders";

const ROOT = path.join(__dirname, "..", "..");

function scored(raw: Record<string, unknown>): { result: Result; evaluation: ReturnType<typeof parseEvaluation>["evaluation"] } {
  const parsed = parseEvaluation(raw);
  return { result: scoreEvaluation(parsed.evaluation, parsed.issues), evaluation: parsed.evaluation };
}

/** Evaluations that, with the examples, reach every branch of the core that writes a formula. */
const EDGE_CASES = [
  // No quality, no risks, no goals: B = 0, C = 0, D = 0; late and incomplete flagged; the cap on W as a whole.
  rawEvaluation("central", {
    profile: { penaltyCapScope: "total" },
    penalties: { late: true, incomplete: true, unreliableFactCount: 4 },
  }),
  // A sphere with directions; a goal with an excluded indicator (no plan) and a task with an excluded result; ratio with P ≤ 0.
  rawEvaluation("central", {
    profile: { indicatorRule: "ratio" },
    quality: [{ code: "1", name: "s", directions: [{ code: "1.1", name: "d", q1: 1, q2: 1 }] }],
    risks: [{ name: "r", r: 1 }],
    goals: [
      goal("1", [measure(null, 3)], [[measure(null, 1)]]),
      goal("2", [measure(0, 1, { better: "higher" }), measure(-1, 2, { better: "lower" })]),
    ],
    penalties: { unreliableFactCount: 1 },
  }),
  // A plan written as a range (§2a) with the fact inside it.
  rawEvaluation("central", { goals: [goal("1", [measure({ min: 31, max: 38 }, 33.2)])] }),
  // A local body with no App. 4 value (E = 1) and one indicator missing a value; q by the product rule.
  rawEvaluation("local", {
    profile: { qualityRule: "product" },
    quality: [{ code: "1", name: "s", q1: 1, q2: 0.5 }],
    performance: [{ key: "unemployment", previous: 5, current: null }],
  }),
];

function allResults(): Result[] {
  const examples = ["ministry-of-health", "zhambyl-oblast"].map((name) => {
    const parsed = parseEvaluationText(fs.readFileSync(path.join(ROOT, "examples", `${name}.json`), "utf8"));
    return scoreEvaluation(parsed.evaluation, parsed.issues);
  });
  return [...examples, ...EDGE_CASES.map((raw) => scored(raw).result)];
}

describe("paragraphs", () => {
  test.each([
    ["§23", "23-тармақ", "п. 23", "§23"],
    ["§16–17", "16–17-тармақтар", "пп. 16–17", "§16–17"],
    ["§26, App. 4", "26-тармақ, 4-қосымша", "п. 26, прил. 4", "§26, App. 4"],
  ])("%s", (paragraph, kk, ru, en) => {
    expect(paragraphText("kk", paragraph)).toBe(kk);
    expect(paragraphText("ru", paragraph)).toBe(ru);
    expect(paragraphText("en", paragraph)).toBe(en);
  });
});

describe("formulas", () => {
  const entries = allResults().flatMap((result) => Object.values(result.trace));
  const keys = new Set(entries.map((entry) => entry.formula));

  test("the examples and the edge cases reach every formula the core writes, each a key with a text in every language", () => {
    expect([...keys].sort()).toEqual([...TRACE_FORMULAS].sort());
    for (const lang of LANGS) for (const entry of entries) expect(formatTraceFormula(lang, entry)).not.toMatch(/^formula\.|\{symbol\}/);
  });

  test("in kk and ru no English word is left in any formula the core wrote (only the functions clamp and min)", () => {
    for (const lang of ["kk", "ru"] as const) {
      const leftovers = entries
        .map((entry) => formatTraceFormula(lang, entry))
        .filter((text) => /[A-Za-z]{3,}/.test(text.replace(/\b(clamp|min)\(/g, "")));
      expect(leftovers).toEqual([]);
    }
  });

  test("examples: a symbol-only formula is the same in every language; a worded one is translated; h falls back to ratio in words", () => {
    expect(formatTraceFormula("ru", { formula: "D.mean", symbol: "D" })).toBe("D = ΣX / n");
    expect(formatTraceFormula("kk", { formula: "measure.notCounted", symbol: "h" })).toBe("h: есепке алынбайды (24-тармақ)");
    expect(formatTraceFormula("ru", { formula: "rule.ratio.higherNonPositive", symbol: "h" })).toBe("h = P ≤ 0: 1, если F ≥ P, иначе 0");
    expect(formatTraceFormula("en", { formula: "rule.improvement", symbol: "p" })).toBe("p = clamp((F − F0) / (P − F0), 0, 1)");
    expect(formatTraceFormula("en", { formula: "W.totalCapped", symbol: "W" })).toBe("W = min(late + incomplete + unreliable, 5)");
    expect(formatTraceFormula("kk", { formula: "points.local", symbol: "B" })).toBe("балл = 100 · w · B · E");
  });
});

describe("inputs, labels and the drill-down", () => {
  test("every input the examples' and the edge cases' traces name has a meaning in every language (a range's L and U too)", () => {
    const named = allResults().flatMap((result) =>
      Object.values(result.trace).flatMap((entry) => Object.keys(entry.inputs).map((name) => ({ entry, name }))),
    );
    expect(named.some(({ name }) => name === "L")).toBe(true);
    for (const lang of LANGS)
      for (const { entry, name } of named) expect([name, inputMeaning(lang, entry, name)]).toEqual([name, expect.any(String)]);
    expect(inputMeaning("ru", { path: "goals[0].indicators[0].h", symbol: "h" }, "U")).toBe("верхняя граница планового диапазона");
  });

  const { result, evaluation } = scored(EDGE_CASES[1]);

  test("input values the language's way: a direction, a flag, a date, a number, nothing", () => {
    expect(inputValueText("kk", "lower")).toBe(t("kk", "pane.better.lower"));
    expect(inputValueText("ru", "true")).toBe("да");
    expect(inputValueText("ru", "2024-02-05")).toBe("05.02.2024");
    expect(inputValueText("kk", 0.125)).toBe("0,125");
    expect(inputValueText("en", null)).toBe("—");
  });

  test("what an input is depends on the number it feeds: n of D counts goals, r of a risk is its mark", () => {
    expect(inputMeaning("en", { path: "D", symbol: "D" }, "n")).toBe(t("en", "pane.input.n.D"));
    expect(inputMeaning("en", { path: "risks[0].R", symbol: "R" }, "r")).toBe(t("en", "pane.input.mark"));
    expect(inputMeaning("en", { path: "goals[0].tasks[0].P", symbol: "P" }, "r")).toBe(t("en", "pane.input.r"));
  });

  test("D is drilled into every goal, counted or not; K into every indicator of its goal", () => {
    expect(childrenOf(result.trace, "D")).toEqual(["goals[0].X", "goals[1].X"]);
    expect(result.trace.D.parts).toEqual(["goals[1].X"]);
    expect(childrenOf(result.trace, "goals[1].K")).toEqual(["goals[1].indicators[0].h", "goals[1].indicators[1].h"]);
    expect(childrenOf(result.trace, "A")).toEqual(["criteria.B.points", "criteria.C.points", "criteria.D.points", "W.total"]);
    expect(measurePathOf("goals[1].indicators[0].h")).toBe("goals[1].indicators[0]");
    expect(measurePathOf("goals[1].K")).toBeUndefined();
  });

  test("labels name the item in the language", () => {
    expect(traceLabel("ru", "goals[0].indicators[0].h", evaluation, "central")).toBe(
      formatSubject("ru", { type: "indicator", goal: "1", row: 1, name: "m" }),
    );
    expect(traceLabel("kk", "quality[0].directions[0].q", evaluation, "central")).toBe(
      formatSubject("kk", { type: "direction", code: "1.1", name: "d" }),
    );
    expect(traceLabel("en", "W.late", evaluation, "central")).toBe(t("en", "wb.label.late"));
  });

  test("the note of an excluded goal is the issue's message about that goal", () => {
    const entry = result.trace["goals[0].K"];
    expect(entry.note).toBe("GOAL_NOT_MEASURABLE");
    expect(noteText("en", entry, result.issues)).toContain(formatSubject("en", { type: "goal", code: "1", name: "goal 1" }));
  });
});
