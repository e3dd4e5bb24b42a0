/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The Check view in kk, ru and en: every check listed (passed ones too), the issues by sheet and
// severity, a click selects the issue's cell, highlights on and cleared, an empty workbook, cancelling.

import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CHECKS } from "../../src/taskpane/checks";
import { HIGHLIGHT_FILLS } from "../../src/workbook/xlsx-sheets";
import { checkGrids } from "../../src/workbook/workbook-services";
import { readGrids } from "../../src/workbook/xlsx-sheets";
import { formatCell } from "../../src/workbook/cell-ref";
import {
  ERRORS_EVALUATION,
  HAND_EVALUATION,
  LANGS,
  TODAY,
  cleanWorkbook,
  emptyWorkbook,
  harness,
  renderPane,
  tx,
  workbookOf,
} from "./harness";

const panel = () => within(screen.getByRole("tabpanel"));

async function runCheck(lang: (typeof LANGS)[number]) {
  fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.check.run") }));
  await waitFor(() => expect(panel().getByRole("button", { name: tx(lang, "pane.check.runAgain") })).toBeTruthy());
}

/** The check list items: id → passed / error / warning / info. */
function checkStates(): Record<string, string> {
  const states: Record<string, string> = {};
  for (const item of Array.from(document.querySelectorAll("[data-check]")))
    states[item.getAttribute("data-check") as string] = item.getAttribute("data-state") as string;
  return states;
}

describe.each(LANGS.map((lang) => [lang]))("%s", (lang) => {
  test("a workbook without issues: every check of a central body is listed and passed", async () => {
    const h = harness(workbookOf(HAND_EVALUATION, lang));
    renderPane(h, { lang, view: "check" });
    expect(panel().getByRole("heading", { name: tx(lang, "pane.check.title") })).toBeTruthy();
    await runCheck(lang);
    const central = CHECKS.filter((check) => check.kind !== "local");
    expect(Object.keys(checkStates())).toEqual(central.map((check) => check.id));
    expect(Object.values(checkStates()).every((state) => state === "passed")).toBe(true);
    expect(panel().getByText(tx(lang, "pane.check.runs", { total: central.length, passed: central.length }))).toBeTruthy();
    expect(panel().getByText(tx(lang, "cli.check.noErrors"), { exact: false })).toBeTruthy();
    expect(panel().queryByRole("heading", { name: tx(lang, "pane.check.issuesHeading") })).toBeNull();
  });

  test("the ministry example: its warnings under their sheet, the failed checks marked, the passed ones too", async () => {
    const workbook = await cleanWorkbook();
    const expected = checkGrids(readGrids(workbook), lang, TODAY);
    const h = harness(workbook);
    renderPane(h, { lang, view: "check" });
    await runCheck(lang);
    const states = checkStates();
    // The example has a fact typed as text, a missing plan, a plan with no improvement, a missing base, data "none", a missing fact.
    expect(states).toMatchObject({
      numbers: "warning",
      plans: "warning",
      improvement: "warning",
      bases: "warning",
      data: "warning",
      facts: "warning",
      tasks: "warning",
      complete: "warning",
    });
    expect(states).toMatchObject({ sheets: "passed", marks: "passed", weights: "passed", risks: "passed", onTime: "passed" });
    // Every issue is shown once, with its message in the language.
    for (const issue of expected.issues) expect(panel().getAllByText(issue.message).length).toBeGreaterThan(0);
    const goalsSheet = expected.issues[0].ref?.sheet as string;
    expect(panel().getByRole("region", { name: goalsSheet })).toBeTruthy();
  });

  test("a workbook with errors: grouped by sheet and severity; clicking an issue selects its cell; highlights cleared", async () => {
    const workbook = workbookOf(ERRORS_EVALUATION, lang);
    const expected = checkGrids(readGrids(workbook), lang, TODAY);
    const h = harness(workbook);
    renderPane(h, { lang, view: "check" });
    await runCheck(lang);
    const states = checkStates();
    expect(states).toMatchObject({ numbers: "error", marks: "error", goals: "error", complete: "warning", plans: "passed" });

    // q1 typed as "бір": NOT_A_NUMBER on the quality sheet's q1 cell.
    const wrongNumber = expected.issues.find((issue) => issue.code === "NOT_A_NUMBER");
    const ref = wrongNumber?.ref;
    if (!ref || !wrongNumber) throw new Error("the fixture has no NOT_A_NUMBER issue with a cell");
    const qualitySheet = panel().getByRole("region", { name: ref.sheet });
    expect(
      within(qualitySheet).getByText(tx(lang, "pane.check.severityGroup", { severity: tx(lang, "severity.error"), count: 2 })),
    ).toBeTruthy();
    fireEvent.click(within(qualitySheet).getByText(wrongNumber.message).closest("button") as HTMLElement);
    await waitFor(() => expect(h.selected).toEqual([ref]));
    expect(h.port.selected).toEqual(ref);
    expect(formatCell(ref)).toMatch(/F5$/);

    // The cell is highlighted in the error colour, with the message as its note; clearing restores it.
    const cell = workbook.getWorksheet(ref.sheet)?.getCell(ref.row, ref.column);
    expect((cell?.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).toBe(HIGHLIGHT_FILLS.error);
    expect(String(cell?.note ?? "")).toContain(wrongNumber.message);
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.check.clear") }));
    await waitFor(() => expect(panel().getByText(tx(lang, "pane.check.cleared"))).toBeTruthy());
    expect((cell?.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).not.toBe(HIGHLIGHT_FILLS.error);
    expect(cell?.note ?? null).toBeNull();
  });

  test("an empty workbook: the error says there are no templates, and leads to Start", async () => {
    const h = harness(emptyWorkbook());
    renderPane(h, { lang, view: "check" });
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.check.run") }));
    await waitFor(() => expect(panel().getByText(tx(lang, "app.error.noTemplates"))).toBeTruthy());
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.nav.go.start") }));
    await waitFor(() => expect(panel().getByRole("heading", { name: tx(lang, "pane.start.title") })).toBeTruthy());
  });
});

test("a long check shows its progress and can be cancelled; it can then run again", async () => {
  const h = harness(workbookOf(HAND_EVALUATION, "ru"), { hold: "check" });
  renderPane(h, { lang: "ru", view: "check" });
  fireEvent.click(panel().getByRole("button", { name: tx("ru", "pane.check.run") }));
  await waitFor(() => expect(panel().getByRole("progressbar")).toBeTruthy());
  expect(panel().getByText(tx("ru", "pane.action.percent", { percent: 25 }))).toBeTruthy();
  expect(panel().getByRole<HTMLButtonElement>("button", { name: tx("ru", "pane.check.run") }).disabled).toBe(true);
  fireEvent.click(panel().getByRole("button", { name: tx("ru", "pane.action.cancel") }));
  await waitFor(() => expect(panel().getByText(tx("ru", "pane.action.cancelled"))).toBeTruthy());
  expect(panel().queryByRole("progressbar")).toBeNull();
  expect(document.querySelectorAll("[data-check]").length).toBe(0);
  expect(panel().getByRole<HTMLButtonElement>("button", { name: tx("ru", "pane.check.run") }).disabled).toBe(false);
});

test("a check in another language than the pane's: the messages say so and offer to check again", async () => {
  const h = harness(workbookOf(ERRORS_EVALUATION, "en"));
  renderPane(h, { lang: "en", view: "check" });
  await runCheck("en");
  fireEvent.change(screen.getByRole("combobox", { name: tx("en", "pane.lang.label") }), { target: { value: "kk" } });
  await waitFor(() => expect(panel().getByText(tx("kk", "pane.check.otherLanguage", { language: "English" }))).toBeTruthy());
});
