// Round trips of every action in Excel, in both regimes. An ordinary workbook (10 or 1,000 indicator rows)
// takes the same context.sync() calls per action whatever its rows, at most 3. A large one (10,000 rows:
// a 6 MB check, a 13 MB conclusion) keeps every request and response under Excel on the web's 5 MB, and
// pays for it in syncs by the bytes moved (one more per chunk), never by the rows.
// With BAGALAU_SYNCS_JSON=FILE it also writes the measured figures to FILE (read by bench/syncs.js).

import { writeFileSync } from "fs";
import { filledSheets } from "../../src/workbook/workbook-services";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { highlightColor } from "../../src/app/excel-styles";
import { PAYLOAD_BUDGET_BYTES } from "../../src/app/excel-payload";
import { evaluationWithRows, harness } from "./excel-harness";
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES, type SyncRecord } from "./fake-excel";

type Action =
  "score" | "check" | "clearHighlights" | "generateConclusion" | "regenerateConclusion" | "insertTemplates" | "select" | "applyProfile";

/** What one action cost: its syncs, the largest request and response of them, and the syncs Excel refused for size. */
interface ActionFigures {
  syncs: number;
  largestRequest: number;
  largestResponse: number;
  refused: number;
  /** Bytes moved by the accepted syncs, each counted by its larger side. */
  moved: number;
}

const ORDINARY_ROWS = [10, 1_000] as const;
const LARGE_ROWS = 10_000;
const SIZES = [...ORDINARY_ROWS, LARGE_ROWS];

/** The ordinary regime: one read batch and one write batch per action, whatever the rows. */
const ORDINARY: Record<Action, number> = {
  score: 2,
  check: 3,
  clearHighlights: 3,
  generateConclusion: 3,
  regenerateConclusion: 3,
  insertTemplates: 3,
  applyProfile: 3,
  select: 1,
};

function figures(syncs: number, records: readonly SyncRecord[]): ActionFigures {
  const accepted = records.filter((record) => !record.failed);
  return {
    syncs,
    largestRequest: Math.max(0, ...records.map((record) => record.request)),
    largestResponse: Math.max(0, ...accepted.map((record) => record.response)),
    refused: records.length - accepted.length,
    moved: accepted.reduce((sum, record) => sum + Math.max(record.request, record.response), 0),
  };
}

const measured = new Map<number, Record<Action, ActionFigures>>();

describe.each(SIZES)("a workbook with %i indicator rows", (rows) => {
  const counts = {} as Record<Action, ActionFigures>;
  measured.set(rows, counts);
  const { evaluation, result } = evaluationWithRows(rows);
  const book = new FakeWorkbook();
  // The user's own sheet, which no action may touch.
  book.setRows("Data", [["Own", 1, "=not a formula"]]);
  const h = harness({ book });
  const goalsSheet = sheetName("goals", "central", "kk");
  const measure = async <T>(action: Action, run: () => Promise<T>): Promise<T> => {
    const { value, syncs, records } = await h.syncsOf(run);
    counts[action] = figures(syncs, records);
    return value;
  };

  beforeAll(async () => {
    await h.port.writeSheets(filledSheets(evaluation, result, "kk"), []);
  }, 120_000);

  test("score reads the whole workbook and scores it like the core", async () => {
    const value = await measure("score", () => h.app.score());
    expect(value.reading.evaluation.goals[0].indicators).toHaveLength(rows);
    expect(value.result.A).toBeCloseTo(result.A, 10);
  }, 120_000);

  test("check highlights every cell with an issue, and clearing restores them", async () => {
    const checked = await measure("check", () => h.app.check("kk", "2024-03-01"));
    // Every third indicator has no fact: FACT_MISSING on its fact cell.
    const missing = checked.issues.filter((issue) => issue.code === "FACT_MISSING");
    expect(missing).toHaveLength(Math.floor(rows / 3));
    const goals = h.book.sheet(goalsSheet)!;
    for (const issue of [missing[0], missing[missing.length - 1]]) {
      const ref = issue.ref!;
      expect(ref.sheet).toBe(goalsSheet);
      expect(goals.peek(ref.row, ref.column)!.fill.color).toBe(highlightColor(issue.severity));
      expect(goals.notes.get(`I${ref.row}`)).toContain(issue.message);
    }

    await measure("clearHighlights", () => h.app.clearHighlights());
    for (const issue of [missing[0], missing[missing.length - 1]])
      expect(goals.peek(issue.ref!.row, issue.ref!.column)!.fill).toEqual({ color: null, pattern: "None", patternColor: null });
    expect(goals.notes.size).toBe(0);
    expect((await h.app.state()).highlights).toEqual([]);
  }, 120_000);

  test("generating the conclusion twice replaces only its own sheets", async () => {
    const first = await measure("generateConclusion", () => h.app.generateConclusion("kk"));
    const names = h.book.sheets.map((s) => s.name);
    const second = await measure("regenerateConclusion", () => h.app.generateConclusion("ru"));
    expect(second.sheets).toHaveLength(3);
    expect(h.book.sheets).toHaveLength(names.length);
    expect(h.book.sheets.map((s) => s.name)).toEqual([...names.filter((n) => !first.sheets.includes(n)), ...second.sheets]);
    expect(h.book.sheet("Data")!.peek(1, 3)!.value).toBe("=not a formula");
  }, 120_000);

  test("inserting the missing templates writes only those", async () => {
    // The user deleted two template sheets.
    for (const role of ["risks", "penalties"] as const)
      h.book.sheets.splice(h.book.sheets.indexOf(h.book.sheet(sheetName(role, "central", "kk"))!), 1);
    const value = await measure("insertTemplates", () => h.app.insertTemplates({ kind: "central", lang: "kk", onlyMissing: true }));
    expect(value.inserted).toEqual([sheetName("risks", "central", "kk"), sheetName("penalties", "central", "kk")]);
    expect(value.existing).toEqual(["body", "quality", "goals"]);
  }, 120_000);

  test("applying a profile writes the score sheet's profile cells and weights, and the score follows", async () => {
    await measure("applyProfile", () => h.app.applyProfile({ qualityRule: "product", weights: { B: 0.2, C: 0, D: 0.8 } }));
    const scored = await h.app.score();
    expect(scored.result.profile.qualityRule).toBe("product");
    expect(scored.result.profile.weights).toEqual({ B: 0.2, C: 0, D: 0.8 });
    expect((await h.app.state()).profile).toEqual({ qualityRule: "product", weights: { B: 0.2, C: 0, D: 0.8 } });
  }, 120_000);

  test("select activates the sheet and selects the cell", async () => {
    await measure("select", () => h.app.select({ sheet: goalsSheet, row: 7, column: 9 }));
    expect(h.book.active).toBe(goalsSheet);
    expect(h.book.selection).toEqual({ sheet: goalsSheet, address: "I7" });
  });
});

describe("the two regimes", () => {
  afterAll(() => {
    const syncs = (rows: number) => Object.fromEntries(Object.entries(measured.get(rows) ?? {}).map(([action, f]) => [action, f.syncs]));
    // The figures for the report: printed once, per action.
    console.log(`context.sync() per action: ${JSON.stringify(Object.fromEntries(SIZES.map((rows) => [rows, syncs(rows)])))}`);
    // `npm run bench:syncs` asks for the measured figures as JSON (bench/syncs.js).
    const out = process.env.BAGALAU_SYNCS_JSON;
    if (out)
      writeFileSync(
        out,
        JSON.stringify({
          ordinaryRows: [...ORDINARY_ROWS],
          largeRows: LARGE_ROWS,
          ordinaryExpected: ORDINARY,
          limitBytes: PAYLOAD_LIMIT_BYTES,
          budgetBytes: PAYLOAD_BUDGET_BYTES,
          figures: Object.fromEntries(SIZES.map((rows) => [rows, measured.get(rows)])),
        }),
      );
  });

  test.each(ORDINARY_ROWS)("ordinary, %i rows: the same syncs per action whatever the rows, at most 3", (rows) => {
    const counts = measured.get(rows)!;
    expect(Object.fromEntries(Object.entries(counts).map(([action, f]) => [action, f.syncs]))).toEqual(ORDINARY);
    for (const f of Object.values(counts)) {
      expect(f.refused).toBe(0);
      expect(Math.max(f.largestRequest, f.largestResponse)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    }
  });

  test("large, 10,000 rows: every request and response within 5 MB; more syncs only by the bytes moved", () => {
    const counts = measured.get(LARGE_ROWS)!;
    expect(Object.keys(counts).sort()).toEqual(Object.keys(ORDINARY).sort());
    for (const [action, f] of Object.entries(counts) as [Action, ActionFigures][]) {
      expect({ action, request: f.largestRequest <= PAYLOAD_LIMIT_BYTES }).toEqual({ action, request: true });
      expect({ action, response: f.largestResponse <= PAYLOAD_LIMIT_BYTES }).toEqual({ action, response: true });
      // At most one read is refused (a first read of a workbook that grew over the limit), then its sizes are asked.
      expect(f.refused).toBeLessThanOrEqual(1);
      expect(f.syncs - ORDINARY[action]).toBeLessThanOrEqual(f.refused + 1 + Math.ceil(f.moved / PAYLOAD_BUDGET_BYTES));
    }
    // The actions whose payloads stay small cost what they cost on 10 rows.
    expect(counts.score.syncs).toBe(ORDINARY.score);
    expect(counts.select.syncs).toBe(ORDINARY.select);
    // The 6 MB of highlights go in two requests; the 13 MB conclusion in four.
    expect(counts.check.syncs).toBe(ORDINARY.check + 1);
    expect(counts.generateConclusion.syncs).toBeGreaterThan(ORDINARY.generateConclusion);
  });
});
