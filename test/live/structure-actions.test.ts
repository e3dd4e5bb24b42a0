// The pane's structure actions in file mode (XlsxWorkbookPort): add a goal, a task, a table row, remove them —
// after each, the workbook recalculated with the built functions gives the core's K, Y, X, D and A; and a
// template of 12 goals and 40 tasks built only with the actions, then filled, recomputes what the core computes.

import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseEvaluation, scoreEvaluation } from "../../src/core";
import { t } from "../../src/i18n";
import { createBagalauApp } from "../../src/app/bagalau-app";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import type { BagalauApp, StructureChange } from "../../src/app/api";
import { FIRST_COLUMN, TABLE_COLUMNS, blockMarker, tableMarker } from "../../src/workbook/layout";
import { filledSheets } from "../../src/workbook/workbook-services";
import { newWorkbook } from "../../src/workbook/xlsx-files";
import { loadBuiltFunctions } from "./built-functions";
import { markerRows, scoreMismatches, sheetOfRole } from "./structure-edits";

jest.setTimeout(120_000);
const functions = loadBuiltFunctions("kk-KZ");
const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const column = (key: string) => FIRST_COLUMN + TABLE_COLUMNS.indicators.findIndex((c) => c.key === key);

function filled(): ExcelJS.Workbook {
  const parsed = parseEvaluation(JSON.parse(fs.readFileSync(path.join(EXAMPLES, "ministry-of-health.json"), "utf8")));
  return newWorkbook(filledSheets(parsed.evaluation, scoreEvaluation(parsed.evaluation, parsed.issues), "kk"));
}

async function change(app: BagalauApp, c: StructureChange) {
  const outcome = await app.changeStructure(c);
  expect(outcome.refused).toBeUndefined();
  return outcome.outline;
}

/** The first blank data row of the table under block row `blockRow`, filled with a counted measure. */
function fillMeasure(ws: ExcelJS.Worksheet, blockRow: number, key: "indicators" | "results", plan: number, fact: number): void {
  let row = blockRow + 1;
  while (ws.getCell(row, 1).value !== tableMarker(key)) row++;
  row++;
  while (ws.getCell(row, column("name")).value !== null) row++;
  ws.getCell(row, column("name")).value = `M${row}`;
  ws.getCell(row, column("better")).value = t("kk", "wb.value.higher");
  ws.getCell(row, column("base")).value = 1;
  ws.getCell(row, column("plan")).value = plan;
  ws.getCell(row, column("fact")).value = fact;
  ws.getCell(row, column("data")).value = t("kk", "wb.value.official");
}

test("each action on the filled ministry example keeps the live cells equal to the core's", async () => {
  const port = new XlsxWorkbookPort(filled());
  const app = createBagalauApp(port);
  const ws = sheetOfRole(port.workbook, "goals");
  const before = await app.outline();
  const expectLive = async () => expect((await scoreMismatches(port.workbook, functions)).mismatches).toEqual([]);

  let outline = await change(app, { type: "addGoal" });
  expect(outline).toHaveLength(before.length + 1);
  const g = outline.length - 1;
  fillMeasure(ws, markerRows(ws, blockMarker("goal"))[g], "indicators", 10, 8);
  await expectLive();

  outline = await change(app, { type: "addTask", goal: g });
  expect(outline[g].tasks).toHaveLength(1);
  const taskRow = () => markerRows(ws, blockMarker("task")).filter((row) => row > markerRows(ws, blockMarker("goal"))[g])[0];
  fillMeasure(ws, taskRow(), "results", 4, 1);
  await expectLive();

  // Rows added inside the tables count in K and P once filled.
  await change(app, { type: "addRow", goal: g });
  await change(app, { type: "addRow", goal: g, task: 0 });
  await change(app, { type: "addRow", goal: 0, task: 0 });
  fillMeasure(ws, markerRows(ws, blockMarker("goal"))[g], "indicators", 5, 5);
  fillMeasure(ws, taskRow(), "results", 2, 2);
  await expectLive();

  // A blank last row goes; a table whose last row holds data keeps it.
  await change(app, { type: "removeRow", goal: g });
  await expectLive();
  const first = await app.changeStructure({ type: "removeRow", goal: 0 });
  expect(first.refused).toBe("rowNotBlank");

  outline = await change(app, { type: "addTask", goal: g });
  outline = await change(app, { type: "removeTask", goal: g, task: 0 });
  expect(outline[g].tasks).toHaveLength(1);
  await expectLive();
  outline = await change(app, { type: "removeTask", goal: 0, task: 0 });
  expect(outline[0].tasks).toHaveLength(before[0].tasks.length - 1);
  await expectLive();

  outline = await change(app, { type: "removeGoal", goal: 0 });
  expect(outline).toHaveLength(before.length);
  await expectLive();
  // The sheets outside the goals sheet are untouched, and so are cells right of the block columns.
  expect(port.workbook.worksheets.map((w) => w.name)).toEqual(filled().worksheets.map((w) => w.name));
});

test("the last goal is never removed", async () => {
  const port = XlsxWorkbookPort.empty();
  const app = createBagalauApp(port);
  await app.insertTemplates({ kind: "central", lang: "kk", onlyMissing: false, shape: { goals: 1, tasks: 0 } });
  expect((await app.changeStructure({ type: "removeGoal", goal: 0 })).refused).toBe("lastGoal");
  expect((await app.changeStructure({ type: "removeTask", goal: 0, task: 0 })).refused).toBe("noSuchBlock");
});

test("12 goals and 40 tasks (spread unevenly) built only with the actions, filled: the live cells equal the core's", async () => {
  const port = XlsxWorkbookPort.empty();
  const app = createBagalauApp(port);
  await app.insertTemplates({ kind: "central", lang: "kk", onlyMissing: false, shape: { goals: 1, tasks: 0 } });
  const started = Date.now();
  const tasksPerGoal = [1, 7, 0, 3, 5, 2, 6, 1, 4, 3, 8, 0];
  expect(tasksPerGoal.reduce((a, b) => a + b, 0)).toBe(40);
  for (let g = 1; g < tasksPerGoal.length; g++) await change(app, { type: "addGoal" });
  for (let g = 0; g < tasksPerGoal.length; g++) for (let i = 0; i < tasksPerGoal[g]; i++) await change(app, { type: "addTask", goal: g });
  const outline = await app.outline();
  expect(outline.map((goal) => goal.tasks.length)).toEqual(tasksPerGoal);
  const ws = sheetOfRole(port.workbook, "goals");
  markerRows(ws, blockMarker("goal")).forEach((row, i) => fillMeasure(ws, row, "indicators", 10, 5 + i));
  markerRows(ws, blockMarker("task")).forEach((row, i) => fillMeasure(ws, row, "results", 4, i % 5));
  const built = Date.now() - started;
  const { mismatches, result } = await scoreMismatches(port.workbook, functions);
  expect(mismatches).toEqual([]);
  expect(result.goals).toHaveLength(12);
  expect(result.goals.flatMap((goal) => goal.tasks)).toHaveLength(40);
  console.log(`12 goals and 40 tasks built with ${12 - 1 + 40} actions in ${built} ms`);
});
