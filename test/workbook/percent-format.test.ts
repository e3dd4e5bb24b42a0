// A value typed as 95% in a percentage-formatted cell is the number 0.95 (METHODOLOGY.md §2a): the check
// flags such a base, plan or fact (PERCENT_FORMAT, a warning on the cell, kk/ru/en) read from an .xlsx file.

import ExcelJS from "exceljs";
import { parseEvaluation, scoreEvaluation } from "../../src/core";
import { LANGS, t, type Lang } from "../../src/i18n";
import { isPercentFormat } from "../../src/workbook/cell-values";
import { checkGrids, filledSheets } from "../../src/workbook/workbook-services";
import { loadWorkbook, newWorkbook } from "../../src/workbook/xlsx-files";
import { readGrids } from "../../src/workbook/xlsx-sheets";

test.each([
  ["0%", true],
  ["0.0%", true],
  ["0%;[Red]-0%", true],
  ["#,##0.00 %", true],
  ["General", false],
  ["0.00", false],
  ['0.0 "%"', false],
  ["0.0\\%", false],
  ["[$%-409]0", false],
  [undefined, false],
])("the number format %p is a percentage: %p", (format, expected) => {
  expect(isPercentFormat(format)).toBe(expected);
});

/** One goal, one indicator: base 80, plan 95, fact 90 (h = (90 − 80) / (95 − 80) = 2/3). */
const EVALUATION = {
  format: "bagalau/evaluation@1",
  body: { name: "Test", kind: "central", period: "2024" },
  goals: [{ code: "1", name: "Goal", indicators: [{ name: "Coverage", unit: "%", better: "higher", base: 80, plan: 95, fact: 90 }] }],
};

/** The filled workbook in `lang`, its plan cell retyped as 95% (0.95 in a "0%" cell), read back as the CLI reads it. */
async function withPercentPlan(lang: Lang) {
  const parsed = parseEvaluation(EVALUATION);
  const workbook = newWorkbook(filledSheets(parsed.evaluation, scoreEvaluation(parsed.evaluation, parsed.issues), lang));
  let planCell: ExcelJS.Cell | undefined;
  for (const ws of workbook.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!planCell && cell.value === t(lang, "wb.col.plan")) planCell = ws.getCell(Number(cell.row) + 1, Number(cell.col));
      }),
    );
  planCell!.value = 0.95;
  planCell!.numFmt = "0%";
  const grids = readGrids(await loadWorkbook(Buffer.from(await workbook.xlsx.writeBuffer())));
  return { grids, cell: `${planCell!.worksheet.name}!${planCell!.address}` };
}

test.each(LANGS)("%s: a plan typed as 95% is read as 0.95, and the check says so on its cell", async (lang) => {
  const { grids, cell } = await withPercentPlan(lang);
  const report = checkGrids(grids, lang, "2024-03-01");
  const flagged = report.issues.filter((issue) => issue.code === "PERCENT_FORMAT");
  expect(flagged).toHaveLength(1);
  expect(flagged[0]).toMatchObject({ severity: "warning" });
  expect(cell.endsWith(`!${flagged[0].cell!.replace(/^.*!/, "")}`)).toBe(true);
  // Scored as stored: plan 0.95 below the base 80 plans no improvement, so the ratio rule: 90 / 0.95 > 1 → h = 1.
  expect(report.reading.evaluation.goals[0].indicators[0].plan).toBe(0.95);
  expect(report.result.goals[0].indicators[0].value).toBe(1);
  const decimal = lang === "en" ? "0.95" : "0,95";
  expect(flagged[0].message).toContain(decimal);
  expect(flagged[0].message).toContain("95 %");
  expect(flagged[0].message).not.toMatch(/[{}]/);
});

test("the message in each language names the cell, what shows, what is held and what to type", async () => {
  const { grids } = await withPercentPlan("en");
  const issue = checkGrids(grids, "en", "2024-03-01").issues.find((i) => i.code === "PERCENT_FORMAT")!;
  expect(issue.message).toBe(
    `${issue.cell}: the cell is formatted as a percentage: it shows 95 % but holds the number 0.95, and 0.95 is what is scored. If 95 is meant, set the cell's format to Number or General and type 95.`,
  );
  for (const lang of ["kk", "ru"] as const) {
    const message = checkGrids(grids, lang, "2024-03-01").issues.find((i) => i.code === "PERCENT_FORMAT")!.message;
    expect(message).toContain(issue.cell!.replace(/^.*!/, ""));
    expect(message).toContain("0,95");
  }
});

test("the filled templates have no percentage-formatted input: nothing is raised", async () => {
  const parsed = parseEvaluation(EVALUATION);
  const workbook = newWorkbook(filledSheets(parsed.evaluation, scoreEvaluation(parsed.evaluation, parsed.issues), "en"));
  const grids = readGrids(await loadWorkbook(Buffer.from(await workbook.xlsx.writeBuffer())));
  expect(grids.some((grid) => grid.percent !== undefined)).toBe(false);
  expect(checkGrids(grids, "en", "2024-03-01").issues.map((i) => i.code)).not.toContain("PERCENT_FORMAT");
});
