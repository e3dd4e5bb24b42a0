// The profile option rangeRule (METHODOLOGY.md §2a) in the workbook: the score sheet's cell with its
// drop-down, the live GOAL and TASK formulas that pass it, and the reader taking its words in any language.

import { parseEvaluation, scoreEvaluation } from "../../src/core";
import { LANGS, t, type Lang } from "../../src/i18n";
import { BODY_FIELDS, FIELD_VALUE_COLUMN, fieldMarker, MARKER_COLUMN } from "../../src/workbook/layout";
import { readWorkbook } from "../../src/workbook/reader/read-workbook";
import type { Grid, SheetSpec } from "../../src/workbook/sheet-spec";
import { bodyFieldRef } from "../../src/workbook/templates/field-cells";
import { filledSheets, scoreGrids, templateSheets } from "../../src/workbook/workbook-services";

/** The grid a host would read from a written sheet: literal values, formula cells with their cached result. */
function gridOf(spec: SheetSpec): Grid {
  return {
    name: spec.name,
    values: spec.rows.map((row) => (row ?? []).map((cell) => (cell ? (cell.value ?? cell.result ?? null) : null))),
  };
}

function formulasOf(sheets: readonly SheetSpec[], prefix: string): string[] {
  return sheets.flatMap((s) => s.rows.flatMap((row) => (row ?? []).map((c) => c?.formula ?? ""))).filter((f) => f.includes(prefix));
}

/** The row (1-based) of a score-sheet field, by its column-A marker. */
function fieldRow(body: SheetSpec, key: string): number {
  return body.rows.findIndex((row) => row?.[MARKER_COLUMN - 1]?.value === fieldMarker(key)) + 1;
}

/** One goal: indicator plan 31,0-38,0 (range) with fact 40 and base 30; a task whose result's plan is "не менее 95", fact 93. */
const EVALUATION = {
  format: "bagalau/evaluation@1",
  body: { name: "Test", kind: "central", period: "2024" },
  goals: [
    {
      code: "1",
      name: "Goal",
      indicators: [
        { name: "Range", better: "higher", base: 30, plan: "31,0-38,0", fact: 40 },
        { name: "Plain", better: "higher", base: 0, plan: 10, fact: 5 },
      ],
      tasks: [{ code: "1.1", name: "Task", results: [{ name: "Bound", plan: "не менее 95", fact: 93 }] }],
    },
  ],
};

function filled(lang: Lang, rangeRule?: "bounds" | "exclude"): SheetSpec[] {
  const parsed = parseEvaluation({ ...EVALUATION, ...(rangeRule ? { profile: { rangeRule } } : {}) });
  return filledSheets(parsed.evaluation, scoreEvaluation(parsed.evaluation, parsed.issues), lang);
}

describe.each(LANGS)("the templates in %s", (lang) => {
  const sheets = templateSheets("central", lang);
  const body = sheets.find((s) => s.role === "body")!;

  test("the score sheet has the rangeRule cell after the rule for direct results, labelled, with its drop-down", () => {
    const row = fieldRow(body, "rangeRule");
    expect(row).toBe(fieldRow(body, "resultRule") + 1);
    expect(body.rows[row - 1][FIELD_VALUE_COLUMN - 2]?.value).toBe(t(lang, "wb.label.rangeRule"));
    const cell = `${String.fromCharCode(64 + FIELD_VALUE_COLUMN)}${row}`;
    expect(body.validations).toContainEqual(expect.objectContaining({ range: `${cell}:${cell}`, list: ["bounds", "exclude"] }));
    expect(BODY_FIELDS.find((f) => f.key === "rangeRule")?.options).toEqual(["bounds", "exclude"]);
  });

  test("every GOAL and TASK formula passes the rule cell and the rangeRule cell", () => {
    const range = bodyFieldRef(lang, "central", "rangeRule");
    const goals = formulasOf(sheets, "BAGALAU.GOAL(");
    const tasks = formulasOf(sheets, "BAGALAU.TASK(");
    expect(goals.length).toBeGreaterThan(0);
    expect(tasks.length).toBeGreaterThan(0);
    for (const f of goals) expect(f).toMatch(new RegExp(`^BAGALAU\\.GOAL\\(B\\d+:L\\d+,[^,]+,${escape(range)}\\)$`));
    for (const f of tasks) expect(f).toContain(`,${bodyFieldRef(lang, "central", "resultRule")},${range}),"")`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("reading the rangeRule cell", () => {
  test.each(LANGS)("%s: a filled workbook with rangeRule exclude is read back as exclude and scored so", (lang) => {
    const sheets = filled(lang, "exclude");
    const body = sheets.find((s) => s.role === "body")!;
    expect(body.rows[fieldRow(body, "rangeRule") - 1][FIELD_VALUE_COLUMN - 1]?.value).toBe("exclude");
    const scored = scoreGrids(sheets.map(gridOf));
    expect(scored.reading.evaluation.profile.rangeRule).toBe("exclude");
    // The range indicator is left out: K = h of the plain one = (5 − 0) / (10 − 0) = 0.5.
    expect(scored.result.goals[0].indicators[0].excluded).toBe("PLAN_RANGE");
    expect(scored.result.goals[0].K).toBeCloseTo(0.5, 12);
  });

  test("a blank cell is the default (bounds): fact 40 above 31–38 is scored against 38, lower better", () => {
    const scored = scoreGrids(filled("kk").map(gridOf));
    expect(scored.reading.evaluation.profile.rangeRule).toBeUndefined();
    expect(scored.result.profile.rangeRule).toBe("bounds");
    // Against U = 38 with lower better, base 30 plans no improvement (−(38 − 30) < 0): the ratio rule, 38 / 40 = 0.95.
    expect(scored.result.goals[0].indicators[0].value).toBeCloseTo(0.95, 12);
    // K = (0.95 + 0.5) / 2 = 0.725
    expect(scored.result.goals[0].K).toBeCloseTo(0.725, 12);
  });

  test.each([
    ["exclude", "exclude"],
    ["Исключить", "exclude"],
    ["есептелмейді", "exclude"],
    ["  НЕ УЧИТЫВАТЬ ", "exclude"],
    ["шектер", "bounds"],
    ["Границы", "bounds"],
  ] as const)("the word “%s” is read as %s", (word, option) => {
    const grids = filled("ru").map(gridOf);
    const body = grids.find((g) => g.values.some((row) => row?.[MARKER_COLUMN - 1] === fieldMarker("rangeRule")))!;
    const row = body.values.findIndex((r) => r?.[MARKER_COLUMN - 1] === fieldMarker("rangeRule"));
    body.values[row][FIELD_VALUE_COLUMN - 1] = word;
    const reading = readWorkbook(grids);
    expect(reading.evaluation.profile.rangeRule).toBe(option);
    expect(reading.readIssues).toEqual([]);
  });

  test("a word that is no choice is an error on the cell, listing the allowed values", () => {
    const grids = filled("en").map(gridOf);
    const body = grids.find((g) => g.values.some((row) => row?.[MARKER_COLUMN - 1] === fieldMarker("rangeRule")))!;
    const row = body.values.findIndex((r) => r?.[MARKER_COLUMN - 1] === fieldMarker("rangeRule"));
    body.values[row][FIELD_VALUE_COLUMN - 1] = "sometimes";
    const reading = readWorkbook(grids);
    expect(reading.evaluation.profile.rangeRule).toBeUndefined();
    expect(reading.readIssues).toContainEqual(
      expect.objectContaining({
        code: "VALUE_NOT_RECOGNIZED",
        severity: "error",
        params: { text: "sometimes", allowed: "bounds, exclude" },
      }),
    );
  });
});
