// The live formulas after the planner changes the goals sheet's shape by hand: rows inserted inside a table
// and filled, a goal block copied and inserted below, facts changed, a plan blanked, data set to "none" —
// every K, Y, X and B, C, D, E, W, A recalculated equals the core's score of the workbook as the reader reads it.

import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseEvaluation, scoreEvaluation } from "../../src/core";
import { t, type Lang } from "../../src/i18n";
import { BLOCK_COLUMN, FIRST_COLUMN, TABLE_COLUMNS, blockMarker, tableMarker } from "../../src/workbook/layout";
import { filledSheets } from "../../src/workbook/workbook-services";
import { newWorkbook } from "../../src/workbook/xlsx-files";
import { moveSheetRows } from "../../src/workbook/xlsx-row-shift";
import { loadBuiltFunctions } from "./built-functions";
import { BLOCK_LAST_COLUMN, copyRowsBelow, goalBlockEnd, markerRows, scoreMismatches, sheetOfRole } from "./structure-edits";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const functions = loadBuiltFunctions("kk-KZ");

function filled(name: string, lang: Lang = "kk"): ExcelJS.Workbook {
  const parsed = parseEvaluation(JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.json`), "utf8")));
  return newWorkbook(filledSheets(parsed.evaluation, scoreEvaluation(parsed.evaluation, parsed.issues), lang));
}

const column = (key: string) => FIRST_COLUMN + TABLE_COLUMNS.indicators.findIndex((c) => c.key === key);

/** The first data row of the first table under `blockRow` (its header row + 1). */
function firstDataRow(ws: ExcelJS.Worksheet, blockRow: number, key: "indicators" | "results"): number {
  for (let row = blockRow + 1; row <= ws.rowCount; row++) if (ws.getCell(row, 1).value === tableMarker(key)) return row + 1;
  throw new Error("no table");
}

describe.each(["ministry-of-health", "zhambyl-oblast"])("the example %s", (name) => {
  test("as written: the live cells equal the core's", async () => {
    expect((await scoreMismatches(filled(name), functions)).mismatches).toEqual([]);
  });

  test("rows inserted inside an indicator table and a result table, then filled: still equal", async () => {
    const workbook = filled(name);
    const ws = sheetOfRole(workbook, "goals");
    const goalRow = markerRows(ws, blockMarker("goal"))[0];
    const at = firstDataRow(ws, goalRow, "indicators") + 1;
    moveSheetRows(workbook, ws, { at, count: 2 }, BLOCK_LAST_COLUMN);
    ws.getCell(at, column("name")).value = "A new indicator";
    ws.getCell(at, column("better")).value = t("kk", "wb.value.higher");
    ws.getCell(at, column("base")).value = 10;
    ws.getCell(at, column("plan")).value = 20;
    ws.getCell(at, column("fact")).value = 15;
    ws.getCell(at, column("data")).value = t("kk", "wb.value.official");
    const taskRow = markerRows(ws, blockMarker("task"))[0];
    const resultAt = firstDataRow(ws, taskRow, "results");
    moveSheetRows(workbook, ws, { at: resultAt, count: 1 }, BLOCK_LAST_COLUMN);
    ws.getCell(resultAt, column("name")).value = "A new result";
    ws.getCell(resultAt, column("plan")).value = 4;
    ws.getCell(resultAt, column("fact")).value = 1;
    ws.getCell(resultAt, column("data")).value = t("kk", "wb.value.official");
    const { mismatches, result } = await scoreMismatches(workbook, functions);
    expect(mismatches).toEqual([]);
    expect(result.goals[0].indicators.length).toBeGreaterThan(0);
  });

  test("the first goal block copied and inserted below the last, then its facts changed: the copy counts in D", async () => {
    const workbook = filled(name);
    const ws = sheetOfRole(workbook, "goals");
    const goals = markerRows(ws, blockMarker("goal"));
    const end = goalBlockEnd(ws, goals[0]);
    const below = goalBlockEnd(ws, goals[goals.length - 1]) + 1;
    copyRowsBelow(workbook, ws, goals[0], end, below);
    const copied = markerRows(ws, blockMarker("goal"));
    expect(copied).toHaveLength(goals.length + 1);
    const copy = copied[copied.length - 1];
    expect(ws.getCell(copy, BLOCK_COLUMN.coefficient).formula).not.toEqual(ws.getCell(goals[0], BLOCK_COLUMN.coefficient).formula);
    const row = firstDataRow(ws, copy, "indicators");
    ws.getCell(row, column("fact")).value = 0;
    const { mismatches, result } = await scoreMismatches(workbook, functions);
    expect(mismatches).toEqual([]);
    expect(result.goals).toHaveLength(goals.length + 1);
  });

  test("a plan blanked, data set to 'none', a task's results emptied: still equal", async () => {
    const workbook = filled(name, "ru");
    const ws = sheetOfRole(workbook, "goals");
    const goals = markerRows(ws, blockMarker("goal"));
    ws.getCell(firstDataRow(ws, goals[0], "indicators"), column("plan")).value = null;
    ws.getCell(firstDataRow(ws, goals[goals.length - 1], "indicators"), column("data")).value = t("ru", "wb.value.none");
    const task = markerRows(ws, blockMarker("task"))[0];
    const first = firstDataRow(ws, task, "results");
    for (let r = first; ws.getCell(r, 1).value === null && r < first + 50; r++)
      for (let c = FIRST_COLUMN; c < FIRST_COLUMN + TABLE_COLUMNS.results.length; c++) ws.getCell(r, c).value = null;
    expect((await scoreMismatches(workbook, functions)).mismatches).toEqual([]);
  });
});
