/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The Start view in kk, ru and en: choosing a central or a local body (with the blocks it is evaluated
// in, and a plain warning for a body outside the goals block) and the period, inserting the templates
// into an empty workbook, seeing that a filled one has them all, and adding only the missing ones.

import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { inputRoles, sheetName } from "../../src/workbook/templates/sheet-names";
import { EVALUATION_BLOCKS } from "../../src/data";
import { OTHER_BODY } from "../../src/taskpane/views/Start";
import { HAND_EVALUATION, LANGS, cleanWorkbook, emptyWorkbook, harness, renderPane, tx, workbookOf } from "./harness";

const panel = () => within(screen.getByRole("tabpanel"));
/** How long an insertion may take before the pane says it is done (ExcelJS on a busy 2-core machine). */
const INSERT_TIMEOUT = 10_000;
jest.setTimeout(3 * INSERT_TIMEOUT);
const names = (kind: "central" | "local", lang: (typeof LANGS)[number]) => inputRoles(kind).map((role) => sheetName(role, kind, lang));

describe.each(LANGS.map((lang) => [lang]))("%s", (lang) => {
  test("an empty workbook: choose the Ministry of Health and 2023, insert the five templates; own sheets untouched", async () => {
    const h = harness(emptyWorkbook());
    renderPane(h, { lang, view: "start" });
    expect(panel().getByRole("heading", { name: tx(lang, "pane.start.title") })).toBeTruthy();
    await waitFor(() =>
      expect(panel().getByText(tx(lang, "pane.start.templates.none", { sheets: names("central", lang).join(", ") }))).toBeTruthy(),
    );

    // Inserting before choosing a body only says what is missing.
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.start.insert") }));
    expect(panel().getByText(tx(lang, "pane.start.chooseBodyFirst"))).toBeTruthy();
    expect(h.calls.insertTemplates).toBeUndefined();

    fireEvent.change(panel().getByLabelText(tx(lang, "pane.start.body")), { target: { value: "ministryOfHealth" } });
    expect(panel().getByLabelText<HTMLInputElement>(tx(lang, "pane.start.period")).value).toBe("2023");
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.start.insert") }));
    // Inserting builds the sheets with ExcelJS: on a loaded machine it takes longer than waitFor's default second.
    await waitFor(
      () =>
        expect(panel().getByText(tx(lang, "pane.start.inserted", { count: 5, sheets: names("central", lang).join(", ") }))).toBeTruthy(),
      { timeout: INSERT_TIMEOUT },
    );
    expect(await h.port.sheetNames()).toEqual(["Sheet1", ...names("central", lang)]);
    expect(h.port.workbook.getWorksheet("Sheet1")?.getCell("A1").value).toBe("my own notes");
    expect(await h.app.state()).toMatchObject({ kind: "central", bodyKey: "ministryOfHealth", period: "2023" });
    await waitFor(() =>
      expect(panel().getByText(tx(lang, "pane.start.templates.all", { present: names("central", lang).join(", ") }))).toBeTruthy(),
    );
  });

  test("a filled workbook (the ministry example): every template is there; the body and period are recognized", async () => {
    const h = harness(await cleanWorkbook());
    renderPane(h, { lang, view: "start" });
    // The example was written in Kazakh: its sheets keep their Kazakh names.
    await waitFor(() =>
      expect(panel().getByText(tx(lang, "pane.start.templates.all", { present: names("central", lang).join(", ") }))).toBeTruthy(),
    );
    await waitFor(() => expect(panel().getByLabelText<HTMLSelectElement>(tx(lang, "pane.start.body")).value).toBe("ministryOfHealth"));
    expect(panel().getByLabelText<HTMLInputElement>(tx(lang, "pane.start.period")).value).toBe("2017");
    expect(panel().queryByRole("button", { name: tx(lang, "pane.start.insert") })).toBeNull();
  });

  test("some templates missing: says which, and adds only those", async () => {
    const workbook = workbookOf(HAND_EVALUATION, lang);
    const risks = sheetName("risks", "central", lang);
    workbook.removeWorksheet(workbook.getWorksheet(risks)?.id ?? -1);
    const h = harness(workbook);
    renderPane(h, { lang, view: "start" });
    const present = names("central", lang).filter((name) => name !== risks);
    await waitFor(() =>
      expect(panel().getByText(tx(lang, "pane.start.templates.some", { present: present.join(", "), missing: risks }))).toBeTruthy(),
    );
    // The body read from the workbook (on neither list: typed by hand) is filled in, by an effect that may run
    // a little after the message shows (later still on a loaded machine): as a user, act once it is there.
    await waitFor(() => expect(panel().getByLabelText<HTMLSelectElement>(tx(lang, "pane.start.body")).value).toBe(OTHER_BODY));
    expect(panel().getByLabelText<HTMLInputElement>(tx(lang, "pane.start.bodyName")).value).toBe("Test ministry");
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.start.insertMissing") }));
    await waitFor(
      () => expect(panel().getByText(tx(lang, "pane.start.inserted", { count: 1, sheets: risks }), { exact: false })).toBeTruthy(),
      { timeout: INSERT_TIMEOUT },
    );
    expect(panel().getByText(tx(lang, "pane.start.leftUntouched", { sheets: present.join(", ") }), { exact: false })).toBeTruthy();
    expect((await h.port.sheetNames()).sort()).toEqual(names("central", lang).sort());
  });

  test("a body not evaluated in the goals block is named plainly; a local body lists its level and blocks", async () => {
    const h = harness(emptyWorkbook());
    renderPane(h, { lang, view: "start" });
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.start.body")), { target: { value: "prosecutorGeneralsOffice" } });
    const prosecutor = {
      kk: "Қазақстан Республикасының Бас прокуратурасы",
      ru: "Генеральная прокуратура Республики Казахстан",
      en: "Prosecutor General's Office of the Republic of Kazakhstan",
    }[lang];
    expect(panel().getByText(tx(lang, "pane.start.notInGoals", { body: prosecutor }))).toBeTruthy();

    fireEvent.click(panel().getByLabelText(tx(lang, "pane.start.kind.local")));
    await waitFor(() =>
      expect(panel().getByText(tx(lang, "pane.start.templates.none", { sheets: names("local", lang).join(", ") }))).toBeTruthy(),
    );
    const select = panel().getByLabelText<HTMLSelectElement>(tx(lang, "pane.start.body"));
    expect(select.value).toBe("");
    const groups = Array.from(select.querySelectorAll("optgroup")).map((group) => group.label);
    expect(groups).toEqual([
      tx(lang, "pane.start.level.oblast"),
      tx(lang, "pane.start.level.cityOfRepublicanSignificance"),
      tx(lang, "pane.start.level.capital"),
    ]);
    fireEvent.change(select, { target: { value: "akmolaOblast" } });
    expect(panel().queryByText(tx(lang, "pane.start.notInGoalsTitle"))).toBeNull();
    // An oblast is evaluated in all three blocks and the performance evaluation.
    expect(
      panel().getByText(tx(lang, "pane.start.blocks", { blocks: EVALUATION_BLOCKS.map((block) => block.name[lang]).join("; ") })),
    ).toBeTruthy();
  });
});

test("a long insertion can be cancelled: nothing is inserted", async () => {
  const h = harness(emptyWorkbook(), { hold: "insertTemplates" });
  renderPane(h, { lang: "en", view: "start" });
  await waitFor(() => expect(panel().getByRole("button", { name: tx("en", "pane.start.insert") })).toBeTruthy());
  fireEvent.change(panel().getByLabelText(tx("en", "pane.start.body")), { target: { value: "ministryOfFinance" } });
  fireEvent.click(panel().getByRole("button", { name: tx("en", "pane.start.insert") }));
  await waitFor(() => expect(panel().getByRole("progressbar")).toBeTruthy());
  fireEvent.click(panel().getByRole("button", { name: tx("en", "pane.action.cancel") }));
  await waitFor(() => expect(panel().getByText(tx("en", "pane.action.cancelled"))).toBeTruthy());
  expect(await h.port.sheetNames()).toEqual(["Sheet1"]);
});

describe.each(LANGS.map((lang) => [lang]))("how many goals and tasks to begin with (%s)", (lang) => {
  test("out of limits: a localized message and no insertion; 4 goals of 1 task: the goals sheet has those blocks", async () => {
    const h = harness(emptyWorkbook());
    renderPane(h, { lang, view: "start" });
    await waitFor(() => expect(panel().getByLabelText<HTMLInputElement>(tx(lang, "pane.start.goalCount")).value).toBe("3"));
    expect(panel().getByLabelText<HTMLInputElement>(tx(lang, "pane.start.taskCount")).value).toBe("2");
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.start.body")), { target: { value: "ministryOfHealth" } });
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.start.goalCount")), { target: { value: "61" } });
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.start.taskCount")), { target: { value: "x" } });
    expect(panel().getByText(tx(lang, "pane.start.goalsInvalid", { min: 1, max: 60 }))).toBeTruthy();
    expect(panel().getByText(tx(lang, "pane.start.tasksInvalid", { min: 0, max: 30 }))).toBeTruthy();
    const insert = panel().getByRole<HTMLButtonElement>("button", { name: tx(lang, "pane.start.insert") });
    expect(insert.disabled).toBe(true);
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.start.goalCount")), { target: { value: "4" } });
    fireEvent.change(panel().getByLabelText(tx(lang, "pane.start.taskCount")), { target: { value: "1" } });
    expect(panel().queryByText(tx(lang, "pane.start.goalsInvalid", { min: 1, max: 60 }))).toBeNull();
    fireEvent.click(panel().getByRole("button", { name: tx(lang, "pane.start.insert") }));
    await waitFor(
      () =>
        expect(panel().getByText(tx(lang, "pane.start.inserted", { count: 5, sheets: names("central", lang).join(", ") }))).toBeTruthy(),
      {
        timeout: INSERT_TIMEOUT,
      },
    );
    const goals = h.port.workbook.getWorksheet(sheetName("goals", "central", lang));
    const markers: string[] = [];
    goals?.getColumn(1).eachCell((cell) => {
      if (typeof cell.value === "string" && /^bagalau:(goal|task)$/.test(cell.value)) markers.push(cell.value);
    });
    expect(markers).toEqual(Array.from({ length: 4 }, () => ["bagalau:goal", "bagalau:task"]).flat());
  });
});
