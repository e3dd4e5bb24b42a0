// The verification act (App. 1) and the conclusion's deductions, hand-computed from METHODOLOGY.md §6:
// each unreliable fact at 0.2 (0 below the threshold), the 5-point cap as its own line, W consistent.

import * as fs from "fs";
import * as path from "path";
import { parseEvaluation, scoreEvaluation, type Evaluation, type Result } from "../../src/core";
import { t, type Lang } from "../../src/i18n";
import { buildConclusionSheets } from "../../src/workbook/conclusion";
import { buildReport } from "../../src/workbook/report/build-report";
import { findingText } from "../../src/workbook/report/report-text";
import type { CellSpec, SheetSpec } from "../../src/workbook/sheet-spec";

type Raw = Record<string, unknown>;
const ministry = JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/ministry-of-health.json"), "utf8")) as Raw;

/** The ministry example with these penalties (and profile options). */
function scored(penalties: Raw, profile: Raw = {}): { evaluation: Evaluation; result: Result } {
  const parsed = parseEvaluation({ ...ministry, penalties, profile });
  return { evaluation: parsed.evaluation, result: scoreEvaluation(parsed.evaluation, parsed.issues) };
}

const facts = (n: number) => Array.from({ length: n }, (_, i) => ({ indicator: `Fact ${i + 1}`, plan: 10, fact: 12, rechecked: 9 }));
const late = { deadline: "2018-02-01", submitted: "2018-02-05" };

// Columns of the act: B № | C indicator | D plan | E fact | F re-checked | G deduction | H note.
const C = 3;
const G = 7;
const flat = (value: unknown) => String(value ?? "").replace(/\s*\n\s*/g, " ");
const cell = (spec: SheetSpec, row: number, column: number): CellSpec | undefined => spec.rows[row - 1]?.[column - 1] ?? undefined;

/** The rows (1-based) whose column C, line breaks folded, reads `text`. */
function rowsWith(spec: SheetSpec, text: string): number[] {
  return spec.rows.flatMap((cells, r) => (flat(cells[C - 1]?.value) === text ? [r + 1] : []));
}

function sheets(evaluation: Evaluation, result: Result, lang: Lang = "en") {
  const [conclusion, act] = buildConclusionSheets({ evaluation, result, lang });
  return { conclusion, act };
}

/** The deduction column G of the unreliable section, from its first fact or note down to "Deduction, points:". */
function unreliableSection(act: SheetSpec, lang: Lang): { rows: number[]; values: unknown[]; deduction: unknown } {
  const deductionRows = rowsWith(act, t(lang, "report.act.deduction"));
  const end = deductionRows[2]; // late, incomplete, unreliable
  const header = rowsWith(act, t(lang, "report.act.col.indicator"))[0];
  const rows = Array.from({ length: end - header - 1 }, (_, i) => header + 1 + i);
  return { rows, values: rows.map((r) => cell(act, r, G)?.value), deduction: cell(act, end, G)?.value };
}

const sum = (values: unknown[]) => values.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);

describe("30 unreliable facts, the cap on the unreliable deduction (default)", () => {
  const { evaluation, result } = scored({ ...late, unreliableFacts: facts(30) });
  const { conclusion, act } = sheets(evaluation, result);

  test("W = 1.5 + min(30 · 0.2, 5) = 6.5", () => {
    expect(result.W).toEqual({ late: 1.5, incomplete: 0, unreliable: 5, total: 6.5 });
  });

  test("30 rows at 0.2, then “Cap of 5 points applied: −1”; rows + cap line = the deduction 5", () => {
    const section = unreliableSection(act, "en");
    expect(section.values.slice(0, 30)).toEqual(Array(30).fill(0.2));
    const capRow = section.rows[30];
    expect(flat(cell(act, capRow, C)?.value)).toBe("Cap of 5 points applied:");
    expect(cell(act, capRow, G)).toEqual({ value: -1, style: "computedPoints" });
    expect(section.rows).toHaveLength(31);
    expect(section.deduction).toBe(5);
    expect(sum(section.values)).toBeCloseTo(5, 12);
  });

  test("the summary table: 1.5, 0, 5, no cap on W, total 6.5", () => {
    const totalRow = rowsWith(act, t("en", "report.act.total"))[0];
    expect([3, 2, 1].map((k) => cell(act, totalRow - k, G)?.value)).toEqual([1.5, 0, 5]);
    expect(cell(act, totalRow, G)?.value).toBe(6.5);
    expect(rowsWith(act, "Cap of 5 points on all deducted points applied:")).toEqual([]);
    const totalDeduction = rowsWith(act, t("en", "report.act.totalDeduction"))[0];
    expect(cell(act, totalDeduction, G)?.value).toBe(6.5);
  });

  test("the conclusion's text: 0.2 each, 6 in all, the cap takes off 1, 5 deducted", () => {
    const report = buildReport(evaluation, result);
    const finding = report.findings.find((f) => f.key === "report.finding.deduction.unreliableCapped")!;
    expect(findingText("en", finding)).toBe(
      "Unreliable reporting: facts found on re-check not to match reality (30, see the verification act), 0.20 points each, " +
        "6.00 in all; the cap of 5 points applied (−1.00); 5.00 points deducted (§42).",
    );
    expect(findingText("kk", finding)).toContain(
      "әр факті үшін 0,20 балл, барлығы 6,00; 5 балл шегі қолданылды (−1,00); 5,00 балл шегерілді",
    );
    expect(findingText("ru", finding)).toContain(
      "по 0,20 балла за каждый, всего 6,00; применено ограничение в 5 баллов (−1,00); снято 5,00 балла",
    );
    const total = report.findings.find((f) => f.key === "report.finding.deduction.total")!;
    expect(findingText("en", total)).toBe("Deducted in all: 6.50 points.");
    // The conclusion sheet writes the finding as a paragraph.
    expect(conclusion.rows.flat().some((c) => flat(c?.value) === findingText("en", finding))).toBe(true);
    expect(report.recommendations.map((r) => r.key)).toContain("report.rec.unreliable");
  });
});

describe("2 unreliable facts: below the threshold of 3", () => {
  const { evaluation, result } = scored({ unreliableFacts: facts(2) });
  const { act } = sheets(evaluation, result, "kk");

  test("each row 0, the note says why, the deduction 0, no cap line", () => {
    const section = unreliableSection(act, "kk");
    expect(section.values).toEqual([0, 0, undefined]);
    const note = section.rows[2];
    expect(flat(cell(act, note, C)?.value)).toBe(t("kk", "report.act.belowThreshold", { threshold: 3 }));
    expect(section.deduction).toBe(0);
    expect(rowsWith(act, t("kk", "report.act.capUnreliable", { cap: 5 }))).toEqual([]);
    expect(result.W.total).toBe(0);
  });

  test("the conclusion's text: recorded, nothing deducted, and why", () => {
    const report = buildReport(evaluation, result);
    const below = report.findings.find((f) => f.key === "report.finding.deduction.unreliableBelow")!;
    expect(findingText("en", below)).toBe("Unreliable facts recorded: 2; deductions start at 3, so nothing is deducted (§42).");
    expect(report.findings.some((f) => f.key.startsWith("report.finding.deduction.unreliableCapped"))).toBe(false);
  });
});

describe("3 facts: 0.2 each, 0.6, no cap", () => {
  const { evaluation, result } = scored({ unreliableFacts: facts(3) });

  test("rows 0.2 (not W / 3 = 0.19999999999999998), deduction 0.6", () => {
    const section = unreliableSection(sheets(evaluation, result).act, "en");
    expect(section.values).toEqual([0.2, 0.2, 0.2]);
    expect(section.deduction).toBe(0.6);
    const report = buildReport(evaluation, result);
    const finding = report.findings.find((f) => f.key === "report.finding.deduction.unreliable")!;
    expect(findingText("en", finding)).toContain("(3, see the verification act), 0.20 points each; 0.60 points deducted");
  });
});

describe("30 facts given only as a number", () => {
  const { evaluation, result } = scored({ unreliableFactCount: 30 });

  test("one line 30 · 0.2 = 6, the cap line −1, the deduction 5", () => {
    const section = unreliableSection(sheets(evaluation, result).act, "en");
    expect(section.values).toEqual([6, -1]);
    expect(flat(cell(sheets(evaluation, result).act, section.rows[0], C)?.value)).toBe(
      "Unreliable facts recorded: 30 (not listed), 0.2 points each:",
    );
    expect(section.deduction).toBe(5);
  });
});

describe("30 facts, late and incomplete, penaltyCapScope total: the cap on W", () => {
  const { evaluation, result } = scored(
    { ...late, missingElements: ["Table 3"], unreliableFacts: facts(30) },
    { penaltyCapScope: "total" },
  );
  const { conclusion, act } = sheets(evaluation, result);
  const capTotal = "Cap of 5 points on all deducted points applied:";

  test("W = min(1.5 + 2 + 30 · 0.2, 5) = 5", () => {
    expect(result.W.unreliable).toBe(6);
    expect(result.W.total).toBe(5);
  });

  test("the unreliable deduction is not capped: 30 rows at 0.2, no cap line, 6", () => {
    const section = unreliableSection(act, "en");
    expect(section.values).toEqual(Array(30).fill(0.2));
    expect(section.deduction).toBe(6);
    expect(rowsWith(act, "Cap of 5 points applied:")).toEqual([]);
  });

  test("the summary table and the total: 1.5 + 2 + 6, the cap line −4.5, 5", () => {
    const [summaryCap, finalCap] = rowsWith(act, capTotal);
    expect([1, 2, 3].map((k) => cell(act, summaryCap - 4 + k, G)?.value)).toEqual([1.5, 2, 6]);
    expect(cell(act, summaryCap, G)).toEqual({ value: -4.5, style: "computedPoints" });
    expect(rowsWith(act, t("en", "report.act.total"))).toEqual([summaryCap + 1]);
    expect(cell(act, summaryCap + 1, G)?.value).toBe(5);
    expect(cell(act, finalCap, G)?.value).toBe(-4.5);
    expect(rowsWith(act, t("en", "report.act.totalDeduction"))).toEqual([finalCap + 1]);
    expect(cell(act, finalCap + 1, G)?.value).toBe(5);
  });

  test("the conclusion's criteria table: −1.5, −2, −6 and the cap +4.5 add up to W = −5", () => {
    const F = 6;
    const wRow = rowsWith(conclusion, t("en", "wb.label.W"))[0];
    expect(cell(conclusion, wRow, F)?.value).toBe(-5);
    const parts = [1, 2, 3, 4].map((k) => cell(conclusion, wRow + k, F)?.value);
    expect(parts).toEqual([-1.5, -2, -6, 4.5]);
    expect(flat(cell(conclusion, wRow + 4, C)?.value).trim()).toBe("Cap of 5 points on deducted points applied");
    expect(sum(parts)).toBe(-5);
  });

  test("the conclusion's text: 0.2 each, 6 deducted; in all 9.5, the cap takes off 4.5, 5", () => {
    const report = buildReport(evaluation, result);
    const unreliable = report.findings.find((f) => f.key === "report.finding.deduction.unreliable")!;
    expect(findingText("en", unreliable)).toContain("(30, see the verification act), 0.20 points each; 6.00 points deducted (§42).");
    const total = report.findings.find((f) => f.key === "report.finding.deduction.totalCapped")!;
    expect(findingText("en", total)).toBe(
      "Deducted in all: 9.50 points; the cap of 5 points on all deducted points applied (−4.50): 5.00 points.",
    );
    expect(findingText("kk", total)).toBe(
      "Барлығы 9,50 балл; барлық шегерілген балдарға 5 балл шегі қолданылды (−4,50): 5,00 балл шегерілді.",
    );
  });
});
