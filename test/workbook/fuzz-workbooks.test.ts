// Property tests over random WORKBOOKS (as grids): filled templates damaged at random — cells, rows,
// columns, markers, sheets — and whole random grids. The reader returns a reading or refuses with
// NotABagalauWorkbook; every issue names a cell inside its grid and formats in kk, ru and en; scoring the
// reading and the self-check keep every invariant of the fuzz script (finite numbers, no exception).

import fc from "fast-check";
import { parseEvaluation, scoreEvaluation, type Evaluation } from "../../src/core";
import { LANGS, type Lang } from "../../src/i18n";
import { NotABagalauWorkbook, readWorkbook, type WorkbookReading } from "../../src/workbook/reader/read-workbook";
import type { CellRef } from "../../src/workbook/cell-ref";
import type { ReadIssue } from "../../src/workbook/reader/read-issues";
import { checkGrids, filledSheets, readIssueMessage, type CheckReport } from "../../src/workbook/workbook-services";
import type { Grid } from "../../src/workbook/sheet-spec";
import { FIRST_COLUMN, TABLE_COLUMNS } from "../../src/workbook/layout";
import { checkScoredEvaluation, checkCleanJson, type InvariantCounts } from "../fuzz/core-invariants";
import { checkFormatted, checkTemplate } from "../fuzz/placeholders";
import { arbitraryEvaluation } from "./arbitrary-evaluation";
import { arbitraryGrid, arbitraryGridEdit, editGrids, gridsOfSheets } from "./arbitrary-grid-edits";

const RUNS = { numRuns: Number(process.env.BAGALAU_RUNS ?? 200) };
const TODAY = "2024-03-01";
const lang = fc.constantFrom<Lang>(...LANGS);

/** A filled workbook of a random evaluation, in a random language, as grids. */
const filledGrids = fc.tuple(arbitraryEvaluation, lang).map(([raw, l]) => {
  const parsed = parseEvaluation(raw);
  const evaluation: Evaluation = parsed.evaluation;
  return gridsOfSheets(filledSheets(evaluation, scoreEvaluation(evaluation, parsed.issues), l));
});

/** The reading, or undefined when the reader refused the grids as no BAGALAU workbook; any other throw fails. */
function read(grids: Grid[]): WorkbookReading | undefined {
  try {
    return readWorkbook(grids);
  } catch (error) {
    if (error instanceof NotABagalauWorkbook) return undefined;
    throw error;
  }
}

/** The last column a template table can use: a missing value's issue names its (empty) cell there. */
const LAST_TABLE_COLUMN = FIRST_COLUMN - 1 + Math.max(...Object.values(TABLE_COLUMNS).map((columns) => columns.length));

/**
 * The cell is on a sheet of that name, on one of its rows (B1, the title, for an issue about a whole
 * sheet), in a column of its used range or of a template table (an empty cell where a value is missing).
 */
function expectInsideGrids(ref: CellRef, grids: readonly Grid[], what: string): void {
  const inside = grids.some((g) => {
    const rows = Math.max(1, g.values.length);
    const width = Math.max(LAST_TABLE_COLUMN, ...g.values.map((r) => r.length));
    return g.name === ref.sheet && ref.row >= 1 && ref.row <= rows && ref.column >= 1 && ref.column <= width;
  });
  if (!inside) throw new Error(`${what} names ${JSON.stringify(ref)}, outside every grid`);
}

function checkReadIssue(issue: ReadIssue, grids: readonly Grid[]): void {
  if (issue.cell) expectInsideGrids(issue.cell, grids, issue.code);
  checkTemplate(`wb.issue.${issue.code}`, [...Object.keys(issue.params), "cell", "sheet"]);
  if (issue.params.role) checkTemplate(`wb.sheet.${issue.params.role === "goals" ? "goals.central" : issue.params.role}`, []);
  for (const l of LANGS) checkFormatted(readIssueMessage(l, issue), `${issue.code} (${l})`);
}

function checkSelfCheck(report: CheckReport, grids: readonly Grid[]): void {
  for (const issue of report.issues) {
    if (issue.ref) expectInsideGrids(issue.ref, grids, issue.code);
    // the messages hold cell texts, which never contain `{name}` here: any left is an unfilled placeholder
    checkFormatted(issue.message, issue.code, true);
  }
  for (const deduction of report.predicted) {
    if (deduction.ref) expectInsideGrids(deduction.ref, grids, deduction.code);
    for (const l of LANGS) checkFormatted(deduction.message(l), `${deduction.code} (${l})`, true);
  }
}

/** Everything asserted of any grids: reading, its issues, scoring and the self-check. */
function checkGridsInvariants(grids: Grid[], l: Lang, counts: InvariantCounts): WorkbookReading | undefined {
  const reading = read(grids);
  let report: CheckReport | undefined;
  try {
    report = checkGrids(grids, l, TODAY);
  } catch (error) {
    if (!(error instanceof NotABagalauWorkbook)) throw error;
  }
  expect(report === undefined).toBe(reading === undefined);
  if (!reading || !report) return undefined;
  for (const issue of reading.readIssues) checkReadIssue(issue, grids);
  checkScoredEvaluation(reading, l, counts);
  checkCleanJson(reading.json);
  checkSelfCheck(report, grids);
  return reading;
}

describe("a filled workbook damaged at random", () => {
  test("reads or is refused as no BAGALAU workbook; issues on cells inside the grids, in kk/ru/en; scores and self-checks cleanly", () => {
    const counts: InvariantCounts = {};
    let readings = 0;
    fc.assert(
      fc.property(filledGrids, fc.array(arbitraryGridEdit, { minLength: 1, maxLength: 12 }), lang, (grids, edits, l) => {
        if (checkGridsInvariants(editGrids(grids, edits), l, counts)) readings += 1;
      }),
      RUNS,
    );
    // most damaged workbooks are still read (a few lose every BAGALAU sheet)
    expect(readings).toBeGreaterThan(RUNS.numRuns / 2);
    expect(counts.matchesReference).toBeGreaterThan(0);
  });

  test("with its sheets' markers cleared, renamed and shuffled, still reads", () => {
    fc.assert(
      fc.property(
        filledGrids,
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        lang,
        (grids, order, prefix, l) => {
          const edited = editGrids(
            grids,
            grids.flatMap((_, sheet) => [
              { op: "clearSheetMarkers" as const, sheet },
              { op: "renameSheet" as const, sheet, name: `${prefix}${sheet}` },
            ]),
          );
          for (const n of order) edited.push(...edited.splice(n % edited.length, 1));
          checkGridsInvariants(edited, l, {});
        },
      ),
      { numRuns: Math.ceil(RUNS.numRuns / 2) },
    );
  });
});

describe("random grids", () => {
  test("alone or next to a filled workbook: a reading or NotABagalauWorkbook, nothing else", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryGrid, { minLength: 1, maxLength: 5 }),
        fc.option(filledGrids, { nil: undefined }),
        lang,
        (junk, filled, l) => {
          checkGridsInvariants([...junk, ...(filled ?? [])], l, {});
        },
      ),
      RUNS,
    );
  });

  test("no sheet at all, or only empty ones, is no BAGALAU workbook", () => {
    expect(() => readWorkbook([])).toThrow(NotABagalauWorkbook);
    expect(() =>
      readWorkbook([
        { name: "Sheet1", values: [] },
        { name: "Sheet2", values: [[null, ""], []] },
      ]),
    ).toThrow(NotABagalauWorkbook);
  });
});
