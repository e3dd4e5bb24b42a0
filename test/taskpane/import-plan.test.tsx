/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// Start's "Import from my plan" and "Next period" in kk, ru and en: a plan kept on a sheet of the workbook
// recognized and shown (the rows with base and plan, the notes, the rows not placed) before anything is
// written, then written as the templates beside it; and a filled workbook rolled over into a new one.

import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { App } from "../../src/taskpane/App";
import type { SheetSpec } from "../../src/workbook/sheet-spec";
import { inputRoles, sheetName } from "../../src/workbook/templates/sheet-names";
import { LANGS, TODAY, cleanWorkbook, harness, tx } from "./harness";

jest.setTimeout(60_000);

const panel = () => within(screen.getByRole("tabpanel"));

/** A workbook holding only the planner's own table, in Russian. */
function planWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Мой план");
  const rows = [
    ["Наименование", "Ед. изм.", "Отчетный период", "Плановый период", null],
    [null, null, "2009 г.", "2010 г.", "2011 г."],
    ["Цель 1.1. Охрана здоровья матери и ребенка"],
    ["Удержание материнской смертности на уровне 31,0-38,0*", "на 100 тысяч ново-\nрож-\nденных", "37,0", "31,0-\n38,0", "36"],
    ["Задача 1.1.1. Укрепление здоровья женщин"],
    ["Увеличение выявляемости рака", "%", "70,0/\n76,5", "70,2/\n76,7", "70,4/\n76,8"],
    [null, "%", 1, 2, 3],
  ];
  rows.forEach((row, r) => row.forEach((value, c) => value !== null && (ws.getCell(r + 1, c + 1).value = value)));
  ws.mergeCells("A1:A2");
  return workbook;
}

describe.each(LANGS.map((lang) => [lang]))("%s", (lang) => {
  test("a plan on a sheet: recognized and shown before writing, then written as the templates", async () => {
    const h = harness(planWorkbook());
    render(<App host={{ kind: "excel", app: h.app }} initialLang={lang} initialView="start" today={() => TODAY} />);
    await waitFor(() => expect(panel().getByRole("heading", { name: tx(lang, "pane.import.heading") })).toBeTruthy());
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.start.body")), { target: { value: "ministryOfHealth" } });
    fireEvent.click(panel().getByLabelText(tx(lang, "pane.import.source.sheet")));
    await waitFor(() => expect(h.calls.readSheets).toBe(1));
    await waitFor(() => expect(panel().getByRole("option", { name: "Мой план" })).toBeTruthy());
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.import.sheet")), { target: { value: "Мой план" } });
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.import.year")), { target: { value: "2010" } });
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.import.recognize") }));

    const preview = await waitFor(() => within(panel().getByTestId("plan-preview")));
    expect(
      preview.getByText(tx(lang, "plan.preview.counts", { goals: 1, tasks: 1, indicators: 1, results: 2, split: 1 }), { exact: false }),
    ).toBeTruthy();
    expect(preview.getByText(tx(lang, "plan.preview.goal", { code: "1.1", name: "Охрана здоровья матери и ребенка" }))).toBeTruthy();
    expect(preview.getByText(/на 100 тысяч новорожденных .* 37,0 .* 31,0-38,0/)).toBeTruthy();
    expect(
      within(panel().getByTestId("plan-unplaced")).getByText(
        `'Мой план'!B7: ${tx(lang, "plan.unplaced.noName", { text: "% | 1 | 2 | 3" })}`,
      ),
    ).toBeTruthy();
    expect(within(panel().getByTestId("plan-notes")).getAllByText(/Увеличение выявляемости рака/).length).toBeGreaterThan(0);
    // Nothing is written before the user says so.
    expect(h.calls.importPlan).toBeUndefined();
    expect(await h.port.sheetNames()).toEqual(["Мой план"]);

    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.import.write") }));
    const names = inputRoles("central").map((role) => sheetName(role, "central", lang));
    await waitFor(() => expect(panel().getByText(tx(lang, "pane.import.written", { sheets: names.join(", ") }))).toBeTruthy());
    expect(await h.port.sheetNames()).toEqual(["Мой план", ...names]);
    expect(await h.app.state()).toMatchObject({ period: "2010", bodyKey: "ministryOfHealth" });
  });

  test("a filled workbook: the next period opened as a new workbook, this one unchanged", async () => {
    const h = harness(await cleanWorkbook());
    const opened: { sheets: readonly SheetSpec[]; name: string }[] = [];
    const openWorkbook = async (sheets: readonly SheetSpec[], name: string) => void opened.push({ sheets, name });
    render(<App host={{ kind: "excel", app: h.app, openWorkbook }} initialLang={lang} initialView="start" today={() => TODAY} />);
    const before = await h.port.sheetNames();
    const run = await waitFor(() => panel().getByRole("button", { name: tx(lang, "pane.next.run") }));
    expect(panel().queryByRole("heading", { name: tx(lang, "pane.import.heading") })).toBeNull();
    fireEvent.click(run);
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(opened[0].sheets.map((s) => s.role)).toEqual([...inputRoles("central"), "history"]);
    expect(opened[0].name).toMatch(/-2018\.xlsx$/);
    await waitFor(() => expect(panel().getByText(tx(lang, "pane.next.opened", { period: "2018", file: opened[0].name }))).toBeTruthy());
    expect(panel().getByText(tx(lang, "next.noPlan", { year: "2018" }))).toBeTruthy();
    expect(await h.port.sheetNames()).toEqual(before);
  });
});
