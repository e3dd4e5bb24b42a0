/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The pane as a whole and its Settings and Help views in kk, ru and en: no workbook connected, the
// language switch (texts change; remembered in the workbook and the browser; a saved language is
// restored), the profile options saved or refused with a reason, and the function list.

import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DICTIONARIES, formatRefusal } from "../../src/i18n";
import { EvaluationRefused } from "../../src/core";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { App } from "../../src/taskpane/App";
import { HAND_EVALUATION, LANGS, TODAY, harness, renderPane, tx, workbookOf } from "./harness";

const panel = () => within(screen.getByRole("tabpanel"));
/** Each tab's label (Fluent keeps a hidden bold copy of an unselected tab's label to reserve its width). */
const tabNames = () => screen.getAllByRole("tab").map((tab) => tab.querySelector(".fui-Tab__content")?.textContent);

beforeEach(() => localStorage.clear());

describe("no workbook connected", () => {
  test.each(LANGS.map((lang) => [lang]))("%s: the notice, Help with the functions, and Settings with the language only", (lang) => {
    render(<App host={{ kind: "none", reason: "noOffice" }} initialLang={lang} today={() => TODAY} />);
    expect(screen.getByText(tx(lang, "pane.host.noneTitle"))).toBeTruthy();
    expect(screen.getByText(tx(lang, "pane.host.noOffice"))).toBeTruthy();
    expect(tabNames()).toEqual([tx(lang, "pane.nav.help"), tx(lang, "pane.nav.settings")]);
    expect(panel().getByText(tx(lang, "addin.status.noOffice"))).toBeTruthy();
    for (const entry of FUNCTION_CATALOG) expect(document.getElementById(`fn-${entry.id}`)).not.toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: tx(lang, "pane.nav.settings") }));
    expect(panel().getByText(tx(lang, "pane.settings.profileNeedsWorkbook"))).toBeTruthy();
  });

  test("the language switch changes every text and is remembered in the browser", () => {
    render(<App host={{ kind: "none", reason: "noOffice" }} initialLang="kk" today={() => TODAY} />);
    expect(document.documentElement.lang).toBe("kk");
    fireEvent.change(screen.getByRole("combobox", { name: tx("kk", "pane.lang.label") }), { target: { value: "ru" } });
    expect(tabNames()).toEqual([tx("ru", "pane.nav.help"), tx("ru", "pane.nav.settings")]);
    expect(screen.getByText(tx("ru", "pane.host.noOffice"))).toBeTruthy();
    expect(screen.queryByText(tx("kk", "pane.host.noOffice"))).toBeNull();
    expect(document.documentElement.lang).toBe("ru");
    expect(document.title).toBe(DICTIONARIES.ru["addin.name"]);
    expect(localStorage.getItem("bagalau.lang")).toBe("ru");
  });

  test("an error while connecting to Excel is shown, not swallowed", () => {
    const error = Object.assign(new Error("Excel API missing"), { code: "ApiNotFound" });
    render(<App host={{ kind: "none", reason: "otherHost", error }} initialLang="en" today={() => TODAY} />);
    expect(screen.getByText(tx("en", "app.error.apiMissing", { detail: "Excel API missing" }))).toBeTruthy();
  });
});

describe("with a workbook", () => {
  test.each(LANGS.map((lang) => [lang]))(
    "%s: the six views, the language radios in Settings save the language in the workbook",
    async (lang) => {
      const h = harness(workbookOf(HAND_EVALUATION, lang));
      renderPane(h, { lang, view: "settings" });
      expect(tabNames()).toEqual(
        ["start", "check", "score", "conclusion", "settings", "help"].map((key) => tx(lang, `pane.nav.${key}` as "pane.nav.start")),
      );
      const other = lang === "en" ? "kk" : "en";
      fireEvent.click(panel().getByRole("radio", { name: DICTIONARIES[other]["lang.name"] }));
      await waitFor(() => expect(tabNames()[0]).toBe(tx(other, "pane.nav.start")));
      await waitFor(async () => expect((await h.app.state()).lang).toBe(other));
      expect(localStorage.getItem("bagalau.lang")).toBe(other);
      expect(panel().getByRole("heading", { name: tx(other, "pane.settings.title") })).toBeTruthy();
    },
  );

  test("the language saved in the workbook is restored, unless the page address fixed one", async () => {
    const h = harness(workbookOf(HAND_EVALUATION, "en"));
    await h.app.saveState({ lang: "ru" });
    const { unmount } = renderPane(h, { lang: "kk" });
    await waitFor(() => expect(tabNames()[0]).toBe(tx("ru", "pane.nav.start")));
    unmount();
    const reads = h.calls.state;
    renderPane(h, { lang: "en", langFixed: true });
    await waitFor(() => expect(h.calls.state).toBe(reads + 1));
    // By the time the Start view has read the workbook, the state read before it has long been applied.
    await waitFor(() => expect(panel().getByRole("button", { name: tx("en", "pane.nav.go.check") })).toBeTruthy());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tabNames()[0]).toBe(tx("en", "pane.nav.start"));
  });

  test.each(LANGS.map((lang) => [lang]))("%s: profile options with why each exists; saved; refused with the reason", async (lang) => {
    const h = harness(workbookOf(HAND_EVALUATION, lang));
    renderPane(h, { lang, view: "settings" });
    for (const key of ["qualityRule", "indicatorRule", "resultRule", "rangeRule", "penaltyCapScope"] as const) {
      expect(panel().getByText(tx(lang, `pane.settings.why.${key}`))).toBeTruthy();
    }
    const quality = panel().getByLabelText<HTMLSelectElement>(tx(lang, "wb.label.qualityRule"));
    expect(quality.value).toBe("mean");
    fireEvent.change(quality, { target: { value: "product" } });
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.settings.save") }));
    await waitFor(() => expect(panel().getByText(tx(lang, "pane.settings.saved"))).toBeTruthy());
    expect((await h.app.state()).profile).toEqual({ qualityRule: "product" });
    // …and written into the score sheet, so that the workbook's own score follows it.
    expect((await h.app.score()).result.profile.qualityRule).toBe("product");

    // Weights 0.2 + 0.1 + 0.8 = 1.1: refused with the core's reason, nothing saved.
    fireEvent.change(panel().getByLabelText(tx(lang, "report.label.weight", { key: "B" })), {
      target: { value: lang === "en" ? "0.2" : "0,2" },
    });
    fireEvent.change(panel().getByLabelText(tx(lang, "wb.label.unreliableThreshold")), { target: { value: "0" } });
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.settings.save") }));
    expect(panel().getByText(tx(lang, "pane.settings.badThreshold"))).toBeTruthy();
    fireEvent.change(panel().getByLabelText(tx(lang, "wb.label.unreliableThreshold")), { target: { value: "4" } });
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.settings.save") }));
    expect(
      panel().getByText(formatRefusal(lang, new EvaluationRefused("weights", "profile.weights", { terms: "0.2 + 0.1 + 0.8", sum: "1.1" }))),
    ).toBeTruthy();
    expect((await h.app.state()).profile).toEqual({ qualityRule: "product" });

    // Back to the defaults: nothing differs from the methodology.
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.settings.reset") }));
    await waitFor(async () => expect((await h.app.state()).profile).toEqual({}));
    expect(panel().getByLabelText<HTMLSelectElement>(tx(lang, "wb.label.qualityRule")).value).toBe("mean");
  });

  test("rangeRule exclude is saved and written into the score sheet's range cell, which the score then follows", async () => {
    const h = harness(workbookOf(HAND_EVALUATION, "ru"));
    renderPane(h, { lang: "ru", view: "settings" });
    const range = panel().getByLabelText<HTMLSelectElement>(tx("ru", "wb.label.rangeRule"));
    expect(range.value).toBe("bounds");
    fireEvent.change(range, { target: { value: "exclude" } });
    fireEvent.click(panel().getByRole("button", { name: tx("ru", "pane.settings.save") }));
    await waitFor(() => expect(panel().getByText(tx("ru", "pane.settings.saved"))).toBeTruthy());
    expect((await h.app.state()).profile).toEqual({ rangeRule: "exclude" });
    expect((await h.app.score()).result.profile.rangeRule).toBe("exclude");
  });

  test("a local body's profile has the weights of B and D only", async () => {
    const h = harness(workbookOf(HAND_EVALUATION, "en"));
    await h.app.saveState({ kind: "local" });
    renderPane(h, { lang: "en", view: "settings" });
    await waitFor(() => expect(panel().getByLabelText<HTMLInputElement>(tx("en", "report.label.weight", { key: "B" })).value).toBe("0.2"));
    expect(panel().queryByLabelText(tx("en", "report.label.weight", { key: "C" }))).toBeNull();
  });
});
