// The task pane's "generate the conclusion" over a workbook whose App. 6 sheet was filled: the sheets are
// replaced, but the dates, objections and decisions typed on it are written again, and the conclusion
// shows the total score taking the appeal into account (the Excel and .xlsx hosts share these services).

import { createBagalauApp } from "../../src/app/bagalau-app";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import { t } from "../../src/i18n";
import { targetText } from "../../src/workbook/appeal-targets";
import { readAppealSheet } from "../../src/workbook/appeal-read";
import { readGrids } from "../../src/workbook/xlsx-sheets";
import { appealWorkbook, rowOfTarget, sheetWithRole, typeAppeal } from "../workbook/appeal-helpers";

test("regenerating in the pane keeps the typed appeal and shows the score after it", async () => {
  const workbook = appealWorkbook("kk");
  const indicator = rowOfTarget(workbook, targetText("kk", { kind: "indicator", goal: 0, index: 0, field: "fact" }));
  typeAppeal(workbook, {
    conclusionReceived: "2024-03-15",
    objectionsReceived: "2024-03-22",
    rows: { [indicator]: { objection: "18", decision: t("kk", "report.dis.accepted"), value: 18 } },
  });
  const app = createBagalauApp(new XlsxWorkbookPort(workbook));
  const written = await app.generateConclusion("kk");
  expect(written.result.A).toBeCloseTo(43, 10);
  const reading = readAppealSheet(readGrids(workbook))!;
  expect(reading.input.conclusionReceived).toBe("2024-03-15");
  expect(reading.input.objections.map((o) => [o.number, o.decision, o.change])).toEqual([
    [indicator, "accepted", { path: "goals[0].indicators[0].fact", value: 18 }],
  ]);
  // Fact 18 only (W stays 1.5): h = 0.8, D = 0.64 → 51.2 points; A = 7.5 + 5 + 51.2 − 1.5 = 62.2.
  const conclusion = sheetWithRole(workbook, "conclusion");
  let after: unknown;
  conclusion.eachRow((row) => {
    if (row.getCell(3).value === t("kk", "appeal.totalAfter")) after = row.getCell(6).value;
  });
  expect(after).toBeCloseTo(62.2, 10);
  expect((await app.score()).appeal?.assessment?.result.A).toBeCloseTo(62.2, 10);
});
