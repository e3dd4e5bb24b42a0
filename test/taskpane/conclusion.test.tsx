/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The Conclusion view in kk, ru and en: the analytical report previewed, the conclusion, act and
// disagreement table generated as sheets in the language, regenerated in place (never duplicated,
// the user's own sheets untouched), a workbook with errors, an empty one, and cancelling.

import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { GENERATED_ROLES } from "../../src/workbook/layout";
import { ERRORS_EVALUATION, HAND_EVALUATION, LANGS, cleanWorkbook, emptyWorkbook, harness, renderPane, tx, workbookOf } from "./harness";

const panel = () => within(screen.getByRole("tabpanel"));
const generated = (lang: (typeof LANGS)[number]) => GENERATED_ROLES.map((role) => sheetName(role, "central", lang));

describe.each(LANGS.map((lang) => [lang]))("%s", (lang) => {
  test("the ministry example: preview of the report, then the three sheets; regenerating replaces them", async () => {
    const h = harness(await cleanWorkbook());
    renderPane(h, { lang, view: "conclusion" });
    await waitFor(() => expect(panel().getByRole("heading", { name: tx(lang, "report.heading.analysis.central") })).toBeTruthy());
    expect(panel().getByRole("heading", { name: tx(lang, "report.heading.recommendations.central") })).toBeTruthy();
    expect(
      panel().getByRole("heading", {
        name: tx(lang, "pane.conclusion.sectionHeading", { no: 4, title: tx(lang, "report.section.deductions") }),
      }),
    ).toBeTruthy();
    const before = await h.port.sheetNames();

    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.conclusion.generate") }));
    await waitFor(() => expect(panel().getByRole("button", { name: tx(lang, "pane.conclusion.regenerate") })).toBeTruthy());
    for (const name of generated(lang)) expect(panel().getByRole("button", { name })).toBeTruthy();
    expect(await h.port.sheetNames()).toEqual([...before, ...generated(lang)]);

    fireEvent.click(panel().getByRole("button", { name: generated(lang)[1] }));
    await waitFor(() => expect(h.selected).toEqual([{ sheet: generated(lang)[1], row: 1, column: 2 }]));

    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.conclusion.regenerate") }));
    await waitFor(() => expect(h.calls.generateConclusion).toBe(2));
    await waitFor(() => expect(panel().getByText(tx(lang, "pane.conclusion.replaces"))).toBeTruthy());
    expect((await h.port.sheetNames()).sort()).toEqual([...before, ...generated(lang)].sort());
  });

  test("a workbook with errors still gets its conclusion (no goal counted: D = 0 is reported)", async () => {
    const h = harness(workbookOf(ERRORS_EVALUATION, lang));
    renderPane(h, { lang, view: "conclusion" });
    await waitFor(() => expect(panel().getByText(tx(lang, "report.finding.goals.none"))).toBeTruthy());
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.conclusion.generate") }));
    await waitFor(() => expect(panel().getByRole("button", { name: generated(lang)[0] })).toBeTruthy());
  });

  test("an empty workbook: the preview says there are no templates", async () => {
    const h = harness(emptyWorkbook());
    renderPane(h, { lang, view: "conclusion" });
    await waitFor(() => expect(panel().getByText(tx(lang, "app.error.noTemplates"))).toBeTruthy());
    expect(panel().getByRole("button", { name: tx(lang, "pane.nav.go.start") })).toBeTruthy();
  });
});

test("a long generation can be cancelled before it writes", async () => {
  const h = harness(workbookOf(HAND_EVALUATION, "kk"), { hold: "generateConclusion" });
  renderPane(h, { lang: "kk", view: "conclusion" });
  const before = await h.port.sheetNames();
  fireEvent.click(panel().getByRole("button", { name: tx("kk", "pane.conclusion.generate") }));
  await waitFor(() => expect(panel().getByRole("progressbar")).toBeTruthy());
  fireEvent.click(panel().getByRole("button", { name: tx("kk", "pane.action.cancel") }));
  await waitFor(() => expect(panel().getByText(tx("kk", "pane.action.cancelled"))).toBeTruthy());
  expect(await h.port.sheetNames()).toEqual(before);
  expect(panel().getByRole("button", { name: tx("kk", "pane.conclusion.generate") })).toBeTruthy();
});
