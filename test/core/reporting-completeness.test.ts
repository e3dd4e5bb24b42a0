// Incomplete reporting (§41) as docs/reporting-completeness.md specifies it: which required elements the core
// finds missing, hand-checked per element and kind.

import { missingRequiredElements, parseEvaluation } from "../../src/core";
import { goal, measure, rawEvaluation } from "./builders";

const elements = (raw: Record<string, unknown>) =>
  missingRequiredElements(parseEvaluation(raw).evaluation).map((m) => `${m.element} ${m.path}`);

const sphere = { code: "1", name: "s", q1: 1, q2: 1 };
/** A measure with its unit: plan, fact. */
const m = (plan: unknown, fact: unknown, extra: Record<string, unknown> = {}) => measure(plan, fact, { unit: "%", ...extra });

test("a complete central body's report misses nothing", () => {
  const raw = rawEvaluation("central", { quality: [sphere], risks: [{ name: "r", r: 1 }], goals: [goal("1", [m(5, 5)], [[m(1, 1)]])] });
  expect(elements(raw)).toEqual([]);
});

test("an empty central report misses section 2, the goals' tables and section 6", () => {
  expect(elements(rawEvaluation("central", {}))).toEqual(["quality quality", "goals goals", "risks risks"]);
});

test("an empty local report misses section 2, the goals and App. 4 (not section 6)", () => {
  expect(elements(rawEvaluation("local", { performance: [{ key: "unemployment", previous: 5, current: null }] }))).toEqual([
    "quality quality",
    "goals goals",
    "performance performance",
  ]);
});

test("each indicator and direct result needs its plan, its unit and its fact — no fact needed where no data can be given", () => {
  const raw = rawEvaluation("central", {
    quality: [sphere],
    risks: [{ name: "r", r: 1 }],
    goals: [goal("1", [m(5, null), m(5, null, { data: "none" }), m(null, 4, { unit: "" })], [[measure(2, 3)]])],
  });
  expect(elements(raw)).toEqual([
    "fact goals[0].indicators[0].fact",
    "plan goals[0].indicators[2].plan",
    "unit goals[0].indicators[2].unit",
    "unit goals[0].tasks[0].results[0].unit",
  ]);
  const [first] = missingRequiredElements(parseEvaluation(raw).evaluation);
  expect(first.subject).toEqual({ type: "indicator", row: 1, goal: "1", name: expect.any(String) });
});
