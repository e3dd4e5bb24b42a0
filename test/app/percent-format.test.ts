// The Office.js reader sees a percentage-formatted base, plan or fact (95% typed is 0.95): it loads the
// number formats with the values, in the same sync, and the check flags the cell (PERCENT_FORMAT).

import { sheetName } from "../../src/workbook/templates/sheet-names";
import { t } from "../../src/i18n";
import { filledSheets } from "../../src/workbook/workbook-services";
import { evaluationWithRows, harness } from "./excel-harness";

test("a fact typed as 95% in a percentage cell is flagged on its cell; reading it takes no more syncs", async () => {
  const { evaluation, result } = evaluationWithRows(3);
  const h = harness();
  await h.port.writeSheets(filledSheets(evaluation, result, "ru"), []);
  const before = await h.syncsOf(() => h.app.score());

  const goals = h.book.sheet(sheetName("goals", "central", "ru"))!;
  const header = [...goals.cells.entries()].find(([, cell]) => cell.value === t("ru", "wb.col.fact"))!;
  const [row, column] = header[0].split(",").map(Number);
  const fact = goals.cell(row + 1, column);
  fact.value = 0.95;
  fact.numberFormat = "0.0%";

  const after = await h.syncsOf(() => h.app.score());
  expect(after.syncs).toBe(before.syncs);
  expect(after.value.reading.evaluation.goals[0].indicators[0].fact).toBe(0.95);
  const checked = await h.app.check("ru", "2024-03-01");
  const flagged = checked.issues.filter((issue) => issue.code === "PERCENT_FORMAT");
  expect(flagged.map((issue) => [issue.ref?.row, issue.ref?.column, issue.severity])).toEqual([[row + 1, column, "warning"]]);
  expect(flagged[0].message).toContain("0,95");
  expect(flagged[0].message).toContain("95 %");
});
