// The reader on workbooks edited by hand: a filled workbook is written with ExcelJS, edited as a person
// edits it in Excel, saved and read back. The scores stay those of the JSON it was filled from, and
// every issue still points at the cell that holds its value (found by content: the row of the
// indicator's name, the column of the header), e.g. 'Лист 3'!H26.
import { resultMessages } from "../../src/i18n";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import {
  parseEvaluationText,
  scoreEvaluation,
  toResultJson,
  type Evaluation,
  type Issue,
  type Result,
  type ResultJson,
} from "../../src/core";
import { filledSheets, scoreGrids, type ScoredWorkbook } from "../../src/workbook/workbook-services";
import { cellOfIssue } from "../../src/workbook/reader/issue-cell";
import { formatCell } from "../../src/workbook/cell-ref";
import { mergedAreas, setWritingOrder } from "../../src/workbook/exceljs-internals";
import { sheetAddress } from "../../src/workbook/sheet-spec";
import { newWorkbook, readWorkbookFile, writeWorkbookFile } from "../../src/workbook/xlsx-files";
import {
  MEASURE_FIELD_HEADER,
  TABLE_WIDTH,
  allTexts,
  clearMarkers,
  columnOf,
  dataRowsBelow,
  headerRowAbove,
  insertBlankRows,
  rowWithText,
  sheetByRole,
  swapTableColumns,
  tableHeaderRows,
  translateLabels,
} from "./hand-edits";

const root = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-tolerance-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Example {
  evaluation: Evaluation;
  result: Result;
  expected: ResultJson;
}

function example(name: string): Example {
  const parsed = parseEvaluationText(fs.readFileSync(path.join(root, "examples", `${name}.json`), "utf8"));
  const result = scoreEvaluation(parsed.evaluation, parsed.issues);
  return { evaluation: parsed.evaluation, result, expected: toResultJson(result, resultMessages("en")) };
}

const MINISTRY = example("ministry-of-health");
const ZHAMBYL = example("zhambyl-oblast");

function filled(ex: Example): ExcelJS.Workbook {
  return newWorkbook(filledSheets(ex.evaluation, ex.result, "kk"));
}

/** The goals sheet, found by its marker before any edit clears it. */
function goalsSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  return sheetByRole(workbook, "goals");
}

let fileNo = 0;
/** Saves the edited workbook and reads the file back, as the CLI does. */
async function saveAndScore(workbook: ExcelJS.Workbook): Promise<ScoredWorkbook> {
  const file = path.join(dir, `edited-${fileNo++}.xlsx`);
  await writeWorkbookFile(workbook, file);
  const { grids } = await readWorkbookFile(file);
  return scoreGrids(grids);
}

/** The measure an issue path names, with its goal and (for a direct result) its task. */
function measureOf(evaluation: Evaluation, issuePath: string) {
  const m = /^goals\[(\d+)\](?:\.tasks\[(\d+)\])?(?:\.(?:indicators|results)\[(\d+)\])?/.exec(issuePath);
  if (!m) return undefined;
  const goal = evaluation.goals[Number(m[1])];
  const task = m[2] !== undefined ? goal.tasks[Number(m[2])] : undefined;
  const index = m[3] !== undefined ? Number(m[3]) : undefined;
  const measure = index === undefined ? undefined : task ? task.results[index] : goal.indicators[index];
  return { goal, task, measure };
}

const ISSUE_FIELD: Partial<Record<Issue["code"], string>> = {
  PLAN_MISSING: "plan",
  FACT_MISSING: "fact",
  BASE_MISSING: "base",
  DATA_NONE: "data",
  NO_PLANNED_IMPROVEMENT: "plan",
};

/**
 * Where a person would look for a goals-sheet issue in the edited workbook: the row holding the
 * indicator's name under its goal's (and task's) code, the column titled with the field in any language.
 */
function expectedCell(ws: ExcelJS.Worksheet, evaluation: Evaluation, issue: Issue): string | undefined {
  const found = measureOf(evaluation, issue.path);
  if (!found) return undefined;
  const goalRow = rowWithText(ws, found.goal.code);
  const blockRow = found.task ? rowWithText(ws, found.task.code, goalRow) : goalRow;
  if (!found.measure) {
    const codeColumn = ws.getRow(blockRow).values as unknown[];
    return sheetAddress(ws.name, blockRow, codeColumn.indexOf(found.task ? found.task.code : found.goal.code));
  }
  const field = issue.code === "NUMBER_AS_TEXT" ? String(issue.params.field) : ISSUE_FIELD[issue.code];
  if (!field) return undefined;
  const row = rowWithText(ws, found.measure.name, blockRow);
  return sheetAddress(ws.name, row, columnOf(ws, headerRowAbove(ws, row), allTexts(MEASURE_FIELD_HEADER[field])));
}

/** Every goals-sheet issue of a scored workbook is on the cell a person would look at. */
function expectIssuesOnTheirCells(ws: ExcelJS.Worksheet, scored: ScoredWorkbook, evaluation: Evaluation): number {
  let checked = 0;
  for (const issue of scored.result.issues) {
    const expected = expectedCell(ws, evaluation, issue);
    if (expected === undefined) continue;
    const ref = cellOfIssue(issue, scored.reading.cells);
    expect({ code: issue.code, path: issue.path, cell: ref && formatCell(ref) }).toEqual({
      code: issue.code,
      path: issue.path,
      cell: expected,
    });
    checked += 1;
  }
  return checked;
}

// ---------------------------------------------------------------- the edits

function insertBlankRowsEverywhere(workbook: ExcelJS.Workbook): void {
  const goals = sheetByRole(workbook, "goals");
  // Bottom-up, so that the rows found first do not move: inside a result table, before a goal block,
  // between two indicator rows of the first goal.
  const [firstIndicators, secondIndicators] = tableHeaderRows(goals, "indicators");
  const results = tableHeaderRows(goals, "results");
  insertBlankRows(goals, results[results.length - 1] + 2, 1);
  insertBlankRows(goals, secondIndicators - 1, 3);
  insertBlankRows(goals, firstIndicators + 2, 2);
  const quality = sheetByRole(workbook, "quality");
  insertBlankRows(quality, tableHeaderRows(quality, "quality")[0] + 2, 1);
  const penalties = sheetByRole(workbook, "penalties");
  insertBlankRows(penalties, tableHeaderRows(penalties, "unreliable")[0] + 2, 2);
  if (workbook.worksheets.some((w) => w.getCell(1, 1).value === "bagalau:sheet:risks")) {
    const risks = sheetByRole(workbook, "risks");
    insertBlankRows(risks, tableHeaderRows(risks, "risks")[0] + 3, 1);
  }
}

function renameAndReverseSheets(workbook: ExcelJS.Workbook): void {
  const sheets = workbook.worksheets;
  sheets.forEach((ws, i) => {
    ws.name = `Лист ${i + 1}`;
    setWritingOrder(ws, sheets.length - i);
  });
}

/** 1234.5 → "1 234,5", as typed with a Russian or Kazakh keyboard layout. */
function commaText(value: number): string {
  const [whole, fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** Retypes the numbers of the measure tables (base, plan, fact) as text; returns the cells retyped. */
function numbersAsText(workbook: ExcelJS.Workbook): string[] {
  const ws = sheetByRole(workbook, "goals");
  const retyped: string[] = [];
  for (const key of ["indicators", "results"] as const) {
    for (const header of tableHeaderRows(ws, key)) {
      const columns = (["base", "plan", "fact"] as const).map((f) => columnOf(ws, header, allTexts(MEASURE_FIELD_HEADER[f])));
      for (const r of dataRowsBelow(ws, header, TABLE_WIDTH(key))) {
        for (const c of columns) {
          const cell = ws.getCell(r, c);
          if (typeof cell.value === "number") {
            cell.value = commaText(cell.value);
            retyped.push(sheetAddress(ws.name, r, c));
          }
        }
      }
    }
  }
  return retyped;
}

/** Merges each sheet's title and note rows into one block, as people tidy a heading. */
function mergeTitles(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    const merges = mergedAreas(ws);
    const titles = merges.filter((m) => m.top <= 2);
    if (titles.length === 0) continue;
    const right = Math.max(...titles.map((m) => m.right));
    for (const m of titles) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
    ws.getCell(2, 2).value = null;
    ws.mergeCells(1, 2, 2, right);
  }
}

/** Merges a sphere's code and name down over the rows of its directions, as the printed forms do. */
function mergeSphereCells(workbook: ExcelJS.Workbook): number {
  const ws = sheetByRole(workbook, "quality");
  const header = tableHeaderRows(ws, "quality")[0];
  const rows = dataRowsBelow(ws, header, TABLE_WIDTH("quality"));
  const codeColumn = columnOf(ws, header, allTexts("wb.col.sphereCode"));
  const nameColumn = columnOf(ws, header, allTexts("wb.col.sphere"));
  let merged = 0;
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && ws.getCell(rows[j + 1], codeColumn).value === ws.getCell(rows[i], codeColumn).value) j += 1;
    if (j > i) {
      ws.mergeCells(rows[i], codeColumn, rows[j], codeColumn);
      ws.mergeCells(rows[i], nameColumn, rows[j], nameColumn);
      merged += 1;
    }
    i = j + 1;
  }
  return merged;
}

/** Moves columns in every measure table (plan ↔ fact, source ↔ unit) and in the quality table (direction ↔ comment). */
function reorderColumns(workbook: ExcelJS.Workbook): void {
  const goals = sheetByRole(workbook, "goals");
  for (const key of ["indicators", "results"] as const) {
    for (const header of tableHeaderRows(goals, key)) {
      const rows = dataRowsBelow(goals, header, TABLE_WIDTH(key));
      swapTableColumns(
        goals,
        header,
        rows,
        columnOf(goals, header, allTexts("wb.col.plan")),
        columnOf(goals, header, allTexts("wb.col.fact")),
      );
      swapTableColumns(
        goals,
        header,
        rows,
        columnOf(goals, header, allTexts("wb.col.source")),
        columnOf(goals, header, allTexts("wb.col.unit")),
      );
    }
  }
  const quality = sheetByRole(workbook, "quality");
  const header = tableHeaderRows(quality, "quality")[0];
  swapTableColumns(
    quality,
    header,
    dataRowsBelow(quality, header, TABLE_WIDTH("quality")),
    columnOf(quality, header, allTexts("wb.col.direction")),
    columnOf(quality, header, allTexts("wb.col.comment")),
  );
}

// ---------------------------------------------------------------- the tests

describe("a hand-edited ministry workbook (Kazakh) scores as its JSON, issues on their cells", () => {
  const cases: [string, (wb: ExcelJS.Workbook) => void][] = [
    ["blank rows inside tables and between blocks", insertBlankRowsEverywhere],
    ["renamed and reordered sheets", renameAndReverseSheets],
    ["merged title cells", mergeTitles],
    ["a sphere's code and name merged down over its directions", (wb) => expect(mergeSphereCells(wb)).toBe(2)],
    [
      "headers and labels replaced by the Russian ones, markers cleared",
      (wb) => {
        expect(translateLabels(wb, "kk", "ru")).toBeGreaterThan(50);
        clearMarkers(wb);
      },
    ],
    ["headers replaced by the English ones, markers kept", (wb) => void translateLabels(wb, "kk", "en")],
    ["reordered columns", reorderColumns],
    ["the hidden column-A markers cleared", clearMarkers],
  ];

  test.each(cases)("%s", async (_what, edit) => {
    const workbook = filled(MINISTRY);
    const goals = goalsSheet(workbook);
    edit(workbook);
    const scored = await saveAndScore(workbook);
    expect(scored.reading.readIssues).toEqual([]);
    expect(toResultJson(scored.result, resultMessages("en"))).toEqual(MINISTRY.expected);
    // The eight warnings of the example: six on a measure's field or row, two on a task's or goal's code.
    expect(expectIssuesOnTheirCells(goals, scored, MINISTRY.evaluation)).toBe(8);
  });

  test("all of it at once", async () => {
    const workbook = filled(MINISTRY);
    const goals = goalsSheet(workbook);
    // First the edits that walk through tables, which the blank rows would cut short.
    reorderColumns(workbook);
    mergeSphereCells(workbook);
    insertBlankRowsEverywhere(workbook);
    mergeTitles(workbook);
    translateLabels(workbook, "kk", "ru");
    clearMarkers(workbook);
    renameAndReverseSheets(workbook);
    const scored = await saveAndScore(workbook);
    expect(scored.reading.readIssues).toEqual([]);
    expect(toResultJson(scored.result, resultMessages("en"))).toEqual(MINISTRY.expected);
    expect(scored.reading.sheets.goals).toBe(goals.name); // found by its headers, under its new name
    expect(goals.name).toBe("Лист 3");
    expect(expectIssuesOnTheirCells(goals, scored, MINISTRY.evaluation)).toBe(8);
  });
});

test("numbers retyped as text with comma decimals and space thousands score the same, each flagged on its cell", async () => {
  const workbook = filled(MINISTRY);
  const goals = goalsSheet(workbook);
  const retyped = numbersAsText(workbook);
  expect(retyped.length).toBeGreaterThan(40);
  const scored = await saveAndScore(workbook);
  expect(scored.reading.readIssues).toEqual([]);
  const { issues, ...numbers } = toResultJson(scored.result, resultMessages("en"));
  const { issues: expectedIssues, ...expectedNumbers } = MINISTRY.expected;
  expect(numbers).toEqual(expectedNumbers);
  // The same issues as before, plus one NUMBER_AS_TEXT per retyped cell, on that cell.
  expect(issues.filter((i) => i.code !== "NUMBER_AS_TEXT")).toEqual(expectedIssues.filter((i) => i.code !== "NUMBER_AS_TEXT"));
  const textCells = scored.result.issues
    .filter((i) => i.code === "NUMBER_AS_TEXT")
    .map((i) => formatCell(cellOfIssue(i, scored.reading.cells)!));
  // The example's own "49,5" was already text.
  expect(textCells.sort()).toEqual([...retyped, "'3 Мақсаттар'!I24"].sort());
  expect(expectIssuesOnTheirCells(goals, scored, MINISTRY.evaluation)).toBe(8 + retyped.length);
});

test("a hand-edited oblast workbook (English headers, no markers, renamed sheets, App. 4 columns swapped) scores as its JSON", async () => {
  const workbook = filled(ZHAMBYL);
  const goals = goalsSheet(workbook);
  const performance = sheetByRole(workbook, "performance");
  const header = tableHeaderRows(performance, "performance")[0];
  swapTableColumns(
    performance,
    header,
    dataRowsBelow(performance, header, TABLE_WIDTH("performance")),
    columnOf(performance, header, allTexts("wb.col.previous")),
    columnOf(performance, header, allTexts("wb.col.current")),
  );
  insertBlankRowsEverywhere(workbook);
  translateLabels(workbook, "kk", "en");
  clearMarkers(workbook);
  renameAndReverseSheets(workbook);
  const scored = await saveAndScore(workbook);
  expect(scored.reading.readIssues).toEqual([]);
  expect(toResultJson(scored.result, resultMessages("en"))).toEqual(ZHAMBYL.expected);
  expect(expectIssuesOnTheirCells(goals, scored, ZHAMBYL.evaluation)).toBeGreaterThan(0);
});

test("a value outside a drop-down is reported on its cell after the edits", async () => {
  const workbook = filled(MINISTRY);
  insertBlankRowsEverywhere(workbook);
  renameAndReverseSheets(workbook);
  const goals = sheetByRole(workbook, "goals");
  const row = rowWithText(goals, MINISTRY.evaluation.goals[0].indicators[1].name);
  const column = columnOf(goals, headerRowAbove(goals, row), allTexts("wb.col.better"));
  goals.getCell(row, column).value = "жақсырақ";
  const scored = await saveAndScore(workbook);
  expect(scored.reading.readIssues).toHaveLength(1);
  expect(scored.reading.readIssues[0]).toMatchObject({ code: "VALUE_NOT_RECOGNIZED", severity: "error", params: { text: "жақсырақ" } });
  expect(formatCell(scored.reading.readIssues[0].cell!)).toBe(sheetAddress("Лист 3", row, column));
});
