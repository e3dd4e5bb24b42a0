// The pane's "Import from my plan" over Excel (the ExcelPort on the fake Excel): a plan kept on a sheet of the
// workbook read through readSheets, recognized, and written as the templates beside it — the user's sheet
// left exactly as it was, a constant number of context.sync() calls, nothing written where templates exist;
// and the next period's sheets made without writing anything into the workbook.

import { readWorkbook } from "../../src/workbook/reader/read-workbook";
import { planGridsOfSheets } from "../../src/workbook/plan-import/plan-grid";
import { recognizePlan } from "../../src/workbook/plan-import/recognize";
import { SMALL_PLAN } from "./data-safety-actions";
import { evaluationWithRows, harness } from "./excel-harness";
import { FakeWorkbook } from "./fake-excel";
import { filledSheets } from "../../src/workbook/workbook-services";

function workbookWithPlanSheet(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.setRows(
    "My plan",
    SMALL_PLAN[0].rows.map((row) => row.map((cell) => cell)),
  );
  return book;
}

const snapshot = (book: FakeWorkbook) => JSON.stringify([...book.sheet("My plan")!.cells].sort());

test("a plan on a sheet of the workbook: recognized from readSheets, written as new template sheets beside it", async () => {
  const book = workbookWithPlanSheet();
  const before = snapshot(book);
  const h = harness({ book });
  const grids = await h.app.readSheets();
  const plan = recognizePlan(
    planGridsOfSheets(grids).filter((grid) => grid.name === "My plan"),
    2010,
  );
  expect(plan.goals.map((g) => [g.code, g.indicators.length, g.tasks.map((t) => [t.code, t.results.length])])).toEqual([
    ["1.1", 1, [["1.1.1", 2]]],
  ]);
  const { value: report, syncs } = await h.syncsOf(() => h.app.importPlan({ plan, kind: "central", lang: "ru", bodyName: "Министерство" }));
  expect(report.existing).toEqual([]);
  expect(report.inserted).toHaveLength(5);
  expect(syncs).toBeLessThanOrEqual(6);
  expect(snapshot(book)).toBe(before);
  expect(book.sheets[0].name).toBe("My plan");
  const reading = readWorkbook(await h.port.readGrids());
  expect(reading.evaluation.body).toMatchObject({ name: "Министерство", period: "2010" });
  const goal = reading.evaluation.goals[0];
  expect(goal.indicators[0]).toMatchObject({ base: 37, plan: { min: 31, max: 38 }, fact: null });
  expect(goal.tasks[0].results.map((m) => [m.name, m.base, m.plan])).toEqual([
    ["Increase of early detection (часть 1 из 2)", 70, 70.2],
    ["Increase of early detection (часть 2 из 2)", 76.5, 76.7],
  ]);
  expect(await h.app.state()).toMatchObject({ period: "2010", kind: "central" });
});

test("a workbook that has templates: nothing is written, and they are named", async () => {
  const book = workbookWithPlanSheet();
  const h = harness({ book });
  const { evaluation, result } = evaluationWithRows(3);
  await h.port.writeSheets(filledSheets(evaluation, result, "en"), []);
  const sheets = book.sheets.map((s) => s.name);
  const report = await h.app.importPlan({ plan: recognizePlan(SMALL_PLAN, 2010), kind: "central", lang: "en" });
  expect(report).toEqual({ inserted: [], existing: ["body", "quality", "goals", "risks", "penalties"] });
  expect(book.sheets.map((s) => s.name)).toEqual(sheets);
});

test("the next period: sheets for a new workbook, this one unchanged", async () => {
  const book = workbookWithPlanSheet();
  const h = harness({ book });
  const { evaluation, result } = evaluationWithRows(3);
  await h.port.writeSheets(filledSheets(evaluation, result, "en"), []);
  const before = JSON.stringify(book.sheets.map((s) => [s.name, [...s.cells].sort()]));
  const { sheets, report } = await h.app.nextPeriod({ lang: "kk" });
  expect(report).toMatchObject({ period: evaluation.body.period, next: String(Number(evaluation.body.period) + 1), rows: 5 });
  expect(sheets.map((s) => s.role)).toEqual(["body", "quality", "goals", "risks", "penalties", "history"]);
  expect(JSON.stringify(book.sheets.map((s) => [s.name, [...s.cells].sort()]))).toBe(before);
});
