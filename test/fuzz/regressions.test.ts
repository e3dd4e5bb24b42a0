// Regression tests for the bugs the fuzzers found (scripts/fuzz.ts, test/workbook/fuzz-workbooks.test.ts),
// each with its expectation computed by hand from METHODOLOGY.md: −0 in the result, an Infinity in W,
// and a workbook the reader refused (or misread) instead of reporting the cell.

import { parseEvaluation, readNumber, scoreEvaluation } from "../../src/core";
import { readWorkbook } from "../../src/workbook/reader/read-workbook";
import { filledSheets } from "../../src/workbook/workbook-services";
import type { CellValue, Grid } from "../../src/workbook/sheet-spec";
import { goal, measure, rawEvaluation, score } from "../core/builders";
import { gridsOfSheets } from "../workbook/arbitrary-grid-edits";

describe("no −0 in a result", () => {
  test("a lower-is-better indicator whose fact equals its base: h = clamp(−1·(5 − 5) / −1·(4 − 5)) = +0", () => {
    const result = score(rawEvaluation("central", { goals: [goal("1", [measure(4, 5, { base: 5, better: "lower" })])] }));
    expect(Object.is(result.goals[0].indicators[0].value, 0)).toBe(true);
    expect(Object.is(result.goals[0].K, 0)).toBe(true);
  });

  test("−0 typed as a number or as text reads as 0", () => {
    expect(Object.is(readNumber(-0).value, 0)).toBe(true);
    expect(Object.is(readNumber("-0").value, 0)).toBe(true);
    expect(Object.is(readNumber("\u22120,0").value, 0)).toBe(true);
  });

  test("q1 = q2 = −0 is the valid expert value 0: q = (0 + 0) / 2 = +0", () => {
    const result = score(rawEvaluation("central", { quality: [{ name: "s", q1: -0, q2: -0 }] }));
    expect(Object.is(result.quality[0].q, 0)).toBe(true);
    expect(result.issues.filter((i) => i.code === "COEFFICIENT_INVALID")).toEqual([]);
  });

  test("weights B = C = −0, D = 1: the weights and points of B and C are +0", () => {
    const result = score(
      rawEvaluation("central", { profile: { weights: { B: -0, C: -0, D: 1 } }, quality: [{ name: "s", q1: 1, q2: 1 }] }),
    );
    expect(Object.is(result.criteria.B.weight, 0)).toBe(true);
    expect(Object.is(result.criteria.B.points, 0)).toBe(true); // 100 · 0 · 1
    expect(Object.is(result.criteria.C!.points, 0)).toBe(true);
  });

  test("unreliableFactCount −0 is 0 facts", () => {
    const result = score(rawEvaluation("central", { penalties: { unreliableFactCount: -0 } }));
    expect(Object.is(result.trace["W.unreliable"].inputs.n, 0)).toBe(true);
  });
});

describe("W stays finite", () => {
  test("1e308 unreliable facts with the cap on W: W.unreliable = 0.2 · 1e308 = 2e307, W = min(2e307, 5) = 5, A = 0 − 5", () => {
    const result = score(rawEvaluation("central", { profile: { penaltyCapScope: "total" }, penalties: { unreliableFactCount: 1e308 } }));
    expect(result.W.unreliable / 2e307).toBeCloseTo(1, 12);
    expect(result.W.total).toBe(5);
    expect(result.A).toBe(-5); // no sphere, risk or goal: B = C = D = 0
  });

  test("the same count with the cap on the unreliable part: min(2e307, 5) = 5", () => {
    expect(score(rawEvaluation("central", { penalties: { unreliableFactCount: 1e308 } })).W.unreliable).toBe(5);
  });
});

describe("the reader reports a bad field on its cell instead of refusing the workbook", () => {
  const blank = (kind: "central" | "local"): Grid[] => {
    const parsed = parseEvaluation(
      rawEvaluation(kind, kind === "local" ? { performance: [{ key: "unemployment", previous: 5, current: 4 }] } : {}),
    );
    return gridsOfSheets(filledSheets(parsed.evaluation, scoreEvaluation(parsed.evaluation, parsed.issues), "en"));
  };
  /** Puts `value` `offset` cells right of the field's label (1: the value cell; 2: a weight, right of the coefficient). */
  const setField = (grids: Grid[], field: string, offset: number, value: CellValue): { sheet: string; row: number; column: number } => {
    for (const grid of grids) {
      const index = grid.values.findIndex((row) => row[0] === `bagalau:field:${field}`);
      if (index < 0) continue;
      const row = grid.values[index];
      while (row.length <= 2 + offset - 1) row.push(null);
      row[1 + offset] = value;
      return { sheet: grid.name, row: index + 1, column: 2 + offset };
    }
    throw new Error(`no field ${field}`);
  };

  test.each([2.5, -3])("unreliable facts count %p: VALUE_NOT_RECOGNIZED on that cell, no deduction", (count) => {
    const grids = blank("central");
    const cell = setField(grids, "unreliableFactCount", 1, count);
    const reading = readWorkbook(grids);
    expect(reading.readIssues).toEqual([
      { code: "VALUE_NOT_RECOGNIZED", severity: "error", cell, params: { text: String(count), allowed: "0, 1, 2, …" } },
    ]);
    expect(scoreEvaluation(reading.evaluation, reading.issues).W.unreliable).toBe(0);
  });

  test("weights B = 1.5, C = −0.5, D = 0 (adding up to 1, each outside [0, 1]): each refused on its cell, the default weights stand", () => {
    const grids = blank("central");
    const b = setField(grids, "weight.B", 2, 1.5);
    const c = setField(grids, "weight.C", 2, -0.5);
    setField(grids, "weight.D", 2, 0);
    const reading = readWorkbook(grids);
    // then D = 0 with the defaults B .1 and C .1 adds up to 0.1 + 0.1 + 0 = 0.2 ≠ 1: WEIGHTS_INVALID, on B's cell
    expect(reading.readIssues.map((i) => [i.code, i.cell])).toEqual([
      ["VALUE_NOT_RECOGNIZED", b],
      ["VALUE_NOT_RECOGNIZED", c],
      ["WEIGHTS_INVALID", b],
    ]);
    expect(reading.readIssues[2].params.sum).toBe("0.2");
    expect(reading.json.profile).toBeUndefined();
  });

  test("a local body whose kind cell is cleared is read as local (App. 4, no risks), its weights B .2 + D .8 = 1 valid", () => {
    const grids = blank("local");
    setField(grids, "kind", 1, null);
    const reading = readWorkbook(grids);
    expect(reading.evaluation.body.kind).toBe("local");
    expect(reading.readIssues).toEqual([]);
    // E = min(SB / SR, 1) = min(5 / 4, 1) = 1 (lower is better); A = 100 · (0.2·0 + 0.8·0) · 1 − 0 = 0
    expect(scoreEvaluation(reading.evaluation, reading.issues).A).toBe(0);
  });
});
