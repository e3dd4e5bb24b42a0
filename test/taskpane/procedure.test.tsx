/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The Score view and the procedure around the score: the reorganization said plainly with its date on both
// sides of 30 June / 1 July, the total score taking the appeal into account beside the original with the
// deadlines (passed ones flagged), and the decline over the periods of the workbook's history sheet.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import { analyzeHistory } from "../../src/core";
import type { Lang } from "../../src/i18n";
import { targetText } from "../../src/workbook/appeal-targets";
import { buildHistorySheet } from "../../src/workbook/history-sheet";
import { addSheet } from "../../src/workbook/xlsx-sheets";
import { LangProvider } from "../../src/taskpane/i18n-context";
import { ScoreView } from "../../src/taskpane/views/Score";
import { APPEAL_EVALUATION, appealWorkbook, rowOfTarget, typeAppeal } from "../workbook/appeal-helpers";
import { harness, renderPane, tx } from "./harness";
import type ExcelJS from "exceljs";

function renderScore(workbook: ExcelJS.Workbook, lang: Lang, today: string) {
  const h = harness(workbook);
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider value={lang}>
        <ScoreView app={h.app} active onNavigate={() => undefined} today={() => today} />
      </LangProvider>
    </FluentProvider>,
  );
}

const reorganized = (date: string) => ({
  ...APPEAL_EVALUATION,
  body: { ...APPEAL_EVALUATION.body, reorganized: { date, successor: "New ministry" } },
});

describe("reorganization, said plainly with its date", () => {
  test("30 June 2023: evaluated within the legal successor (kk)", async () => {
    renderPane(harness(appealWorkbook("kk", reorganized("2023-06-30"))), { lang: "kk", view: "score" });
    const notice = await screen.findByTestId("reorganization");
    expect(within(notice).getByText(tx("kk", "report.status.reorganizedShort"))).toBeTruthy();
    expect(notice.textContent).toContain(
      tx("kk", "report.status.firstHalf", {
        date: "30.06.2023",
        successor: `${tx("kk", "quote.open")}New ministry${tx("kk", "quote.close")}`,
      }),
    );
  });

  test("1 July 2023: not evaluated, analysis only (en)", async () => {
    renderPane(harness(appealWorkbook("en", reorganized("2023-07-01"))), { lang: "en", view: "score" });
    const notice = await screen.findByTestId("reorganization");
    expect(within(notice).getByText(tx("en", "report.status.notEvaluatedShort"))).toBeTruthy();
    expect(notice.textContent).toContain(tx("en", "report.status.notEvaluated", { date: "2023-07-01", successor: " “New ministry”" }));
  });

  test("no reorganization, no notice", async () => {
    renderPane(harness(appealWorkbook("en")), { lang: "en", view: "score" });
    await waitFor(() => expect(screen.getByTestId("total-score").textContent).toBe("43.00"));
    expect(screen.queryByTestId("reorganization")).toBeNull();
  });
});

test("the appeal: the total score taking it into account beside the original, the deadlines, the passed one flagged (ru)", async () => {
  const workbook = appealWorkbook("ru");
  const indicator = rowOfTarget(workbook, targetText("ru", { kind: "indicator", goal: 0, index: 0, field: "fact" }));
  const late = rowOfTarget(workbook, targetText("ru", { kind: "late" }));
  typeAppeal(workbook, {
    conclusionReceived: "15.03.2024",
    objectionsReceived: "22.03.2024",
    rows: {
      [indicator]: { objection: "18", decision: "принято", value: 18 },
      [late]: { objection: "в срок", decision: "принято", value: "нет" },
    },
  });
  // Today 3 April 2024: the objections came in time (due 27 March); the table was due 1 April (passed 2 days
  // ago); the final results are due 6 April (3 days left).
  renderScore(workbook, "ru", "2024-04-03");
  await waitFor(() => expect(screen.getByTestId("total-score").textContent).toBe("43,00"));
  // A = 7.5 + 5 + 100·0.8·(0.8·0.8) − 0 = 63.7.
  expect(screen.getByTestId("total-after-appeal").textContent).toBe("63,70");
  const appeal = screen.getByTestId("appeal");
  const items = within(appeal).getAllByRole("listitem");
  const line = (text: string) => items.find((item) => item.textContent === text);
  expect(line(`${tx("ru", "appeal.deadline.objections")}: 27.03.2024 — ${tx("ru", "appeal.status.met")}`)?.dataset.flagged).toBe("false");
  expect(line(`${tx("ru", "appeal.deadline.table")}: 01.04.2024 — ${tx("ru", "appeal.passedAgo", { days: 2 })}`)?.dataset.flagged).toBe(
    "true",
  );
  expect(line(`${tx("ru", "appeal.deadline.final")}: 06.04.2024 — ${tx("ru", "appeal.daysLeft", { days: 3 })}`)?.dataset.flagged).toBe(
    "false",
  );
});

test("the history sheet: the decline two years in a row flagged in the Score view (en)", async () => {
  const workbook = appealWorkbook("en");
  const typed = (period: string, A: number) => ({ period, A, B: null, C: null, D: null, E: null, W: null, S: {} });
  addSheet(workbook, buildHistorySheet(analyzeHistory([typed("2021", 80), typed("2022", 70)]), "en"));
  renderScore(workbook, "en", "2024-01-15");
  const history = await screen.findByTestId("history");
  expect(within(history).getByText(tx("en", "history.flagTitle"))).toBeTruthy();
  // 80 → 70 → 43 (the workbook's own 2023).
  expect(
    within(history).getByText(tx("en", "history.decline.total", { years: 2, values: "80.00 → 70.00 → 43.00", periods: "2021–2023" })),
  ).toBeTruthy();
});
