// Round trips of every action in Excel: a workbook of 10 indicator rows and one of 10,000 take the same
// number of context.sync() calls for insertTemplates, score, check, clearHighlights and generateConclusion,
// at most 3 each — and the actions did their work (sheets written, cells highlighted and restored).
// With BAGALAU_SYNCS_JSON=FILE it also writes the measured counts to FILE (read by bench/syncs.js).

import { writeFileSync } from "fs";
import { filledSheets } from "../../src/workbook/workbook-services";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { highlightColor } from "../../src/app/excel-styles";
import { evaluationWithRows, harness } from "./excel-harness";
import { FakeWorkbook } from "./fake-excel";

type Action =
  "score" | "check" | "clearHighlights" | "generateConclusion" | "regenerateConclusion" | "insertTemplates" | "select" | "applyProfile";

const SIZES = [10, 10_000] as const;
const measured = new Map<number, Record<Action, number>>();

describe.each(SIZES)("a workbook with %i indicator rows", (rows) => {
  const counts = {} as Record<Action, number>;
  measured.set(rows, counts);
  const { evaluation, result } = evaluationWithRows(rows);
  const book = new FakeWorkbook();
  // The user's own sheet, which no action may touch.
  book.setRows("Data", [["Own", 1, "=not a formula"]]);
  const h = harness({ book });
  const goalsSheet = sheetName("goals", "central", "kk");

  beforeAll(async () => {
    await h.port.writeSheets(filledSheets(evaluation, result, "kk"), []);
  }, 120_000);

  test("score reads the whole workbook and scores it like the core", async () => {
    const { value, syncs } = await h.syncsOf(() => h.app.score());
    counts.score = syncs;
    expect(value.reading.evaluation.goals[0].indicators).toHaveLength(rows);
    expect(value.result.A).toBeCloseTo(result.A, 10);
  }, 120_000);

  test("check highlights every cell with an issue, and clearing restores them", async () => {
    const checked = await h.syncsOf(() => h.app.check("kk", "2024-03-01"));
    counts.check = checked.syncs;
    // Every third indicator has no fact: FACT_MISSING on its fact cell.
    const missing = checked.value.issues.filter((issue) => issue.code === "FACT_MISSING");
    expect(missing).toHaveLength(Math.floor(rows / 3));
    const ref = missing[0].ref!;
    expect(ref.sheet).toBe(goalsSheet);
    const factCell = h.book.sheet(goalsSheet)!.peek(ref.row, ref.column)!;
    expect(factCell.fill.color).toBe(highlightColor(missing[0].severity));
    expect(h.book.sheet(goalsSheet)!.notes.get(`I${ref.row}`)).toContain(missing[0].message);

    const cleared = await h.syncsOf(() => h.app.clearHighlights());
    counts.clearHighlights = cleared.syncs;
    expect(h.book.sheet(goalsSheet)!.peek(ref.row, ref.column)!.fill).toEqual({ color: null, pattern: "None", patternColor: null });
    expect(h.book.sheet(goalsSheet)!.notes.size).toBe(0);
    expect((await h.app.state()).highlights).toEqual([]);
  }, 120_000);

  test("generating the conclusion twice replaces only its own sheets", async () => {
    const first = await h.syncsOf(() => h.app.generateConclusion("kk"));
    counts.generateConclusion = first.syncs;
    const names = h.book.sheets.map((s) => s.name);
    const second = await h.syncsOf(() => h.app.generateConclusion("ru"));
    counts.regenerateConclusion = second.syncs;
    expect(second.value.sheets).toHaveLength(3);
    expect(h.book.sheets).toHaveLength(names.length);
    expect(h.book.sheets.map((s) => s.name)).toEqual([...names.filter((n) => !first.value.sheets.includes(n)), ...second.value.sheets]);
    expect(h.book.sheet("Data")!.peek(1, 3)!.value).toBe("=not a formula");
  }, 120_000);

  test("inserting the missing templates writes only those", async () => {
    // The user deleted two template sheets.
    for (const role of ["risks", "penalties"] as const)
      h.book.sheets.splice(h.book.sheets.indexOf(h.book.sheet(sheetName(role, "central", "kk"))!), 1);
    const { value, syncs } = await h.syncsOf(() => h.app.insertTemplates({ kind: "central", lang: "kk", onlyMissing: true }));
    counts.insertTemplates = syncs;
    expect(value.inserted).toEqual([sheetName("risks", "central", "kk"), sheetName("penalties", "central", "kk")]);
    expect(value.existing).toEqual(["body", "quality", "goals"]);
  }, 120_000);

  test("applying a profile writes the score sheet's profile cells and weights, and the score follows", async () => {
    const { syncs } = await h.syncsOf(() => h.app.applyProfile({ qualityRule: "product", weights: { B: 0.2, C: 0, D: 0.8 } }));
    counts.applyProfile = syncs;
    const scored = await h.app.score();
    expect(scored.result.profile.qualityRule).toBe("product");
    expect(scored.result.profile.weights).toEqual({ B: 0.2, C: 0, D: 0.8 });
    expect((await h.app.state()).profile).toEqual({ qualityRule: "product", weights: { B: 0.2, C: 0, D: 0.8 } });
  }, 120_000);

  test("select activates the sheet and selects the cell", async () => {
    const { syncs } = await h.syncsOf(() => h.app.select({ sheet: goalsSheet, row: 7, column: 9 }));
    counts.select = syncs;
    expect(h.book.active).toBe(goalsSheet);
    expect(h.book.selection).toEqual({ sheet: goalsSheet, address: "I7" });
  });
});

test("10 rows and 10,000 rows take the same number of syncs, at most 3 per action", () => {
  const small = measured.get(SIZES[0])!;
  const large = measured.get(SIZES[1])!;
  // The figures for the report: printed once, per action.
  console.log(
    `context.sync() per action (10 rows / 10,000 rows): ${JSON.stringify(Object.fromEntries(Object.keys(small).map((k) => [k, `${small[k as Action]} / ${large[k as Action]}`])))}`,
  );
  // `npm run bench:syncs` asks for the measured counts as JSON (bench/syncs.js), before they are asserted.
  const out = process.env.BAGALAU_SYNCS_JSON;
  if (out)
    writeFileSync(out, JSON.stringify({ rows: [...SIZES], counts: Object.fromEntries(SIZES.map((rows) => [rows, measured.get(rows)])) }));
  expect(large).toEqual(small);
  for (const count of Object.values(small)) expect(count).toBeLessThanOrEqual(3);
  expect(Object.keys(small).sort()).toEqual([
    "applyProfile",
    "check",
    "clearHighlights",
    "generateConclusion",
    "insertTemplates",
    "regenerateConclusion",
    "score",
    "select",
  ]);
});
