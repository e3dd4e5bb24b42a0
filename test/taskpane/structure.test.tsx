/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The Check view's Structure panel in kk, ru and en over a file-mode workbook of `bagalau template`: the
// goals and tasks listed, each button's change made on the goals sheet, refusals and confirmations shown.

import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Lang } from "../../src/i18n";
import { blockMarker } from "../../src/workbook/layout";
import { templateSheets } from "../../src/workbook/workbook-services";
import { newWorkbook } from "../../src/workbook/xlsx-files";
import { LANGS, harness, renderPane, tx, type Harness } from "./harness";

jest.setTimeout(120_000);

const structure = () => within(screen.getByTestId("structure"));

function templateHarness(lang: Lang): Harness {
  return harness(newWorkbook(templateSheets("central", lang)));
}

/** The goals sheet's block markers of one kind (rows, top down). */
function markers(h: Harness, kind: "goal" | "task"): number[] {
  const rows: number[] = [];
  for (const ws of h.port.workbook.worksheets)
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === blockMarker(kind)) rows.push(n);
    });
  return rows;
}

const goalGroup = (lang: Lang, code: string) => structure().getByRole("group", { name: tx(lang, "pane.structure.goal", { code }) });
const taskGroup = (lang: Lang, code: string) => structure().getByRole("group", { name: tx(lang, "pane.structure.task", { code }) });

async function settled(lang: Lang, message: string) {
  await waitFor(() => expect(structure().getByText(message)).toBeTruthy());
  expect(
    structure()
      .getByRole("button", { name: tx(lang, "pane.structure.addGoal") })
      .hasAttribute("disabled"),
  ).toBe(false);
}

// Every button once, in Kazakh (the strings of ru and en are checked by the listing and refusal tests).
test("kk: lists the template's goals and tasks; adds a goal, a task and rows, removes them", async () => {
  const lang: Lang = "kk";
  const h = templateHarness(lang);
  renderPane(h, { lang, view: "check" });
  await waitFor(() => expect(goalGroup(lang, "1")).toBeTruthy());
  const goals = markers(h, "goal").length;
  const tasks = markers(h, "task").length;
  expect(structure().getAllByRole("heading", { level: 4 })).toHaveLength(goals);

  fireEvent.click(structure().getByRole("button", { name: tx(lang, "pane.structure.addGoal") }));
  await settled(lang, tx(lang, "pane.structure.done.addGoal"));
  expect(markers(h, "goal")).toHaveLength(goals + 1);
  const added = String(goals + 1);
  expect(goalGroup(lang, added)).toBeTruthy();

  fireEvent.click(within(goalGroup(lang, added)).getByRole("button", { name: tx(lang, "pane.structure.addTask") }));
  await settled(lang, tx(lang, "pane.structure.done.addTask"));
  expect(markers(h, "task")).toHaveLength(tasks + 1);
  const task = `${added}.1`;
  expect(taskGroup(lang, task)).toBeTruthy();

  fireEvent.click(within(goalGroup(lang, added)).getByRole("button", { name: tx(lang, "pane.structure.addIndicatorRow") }));
  await settled(lang, tx(lang, "pane.structure.done.addRow"));
  fireEvent.click(within(taskGroup(lang, task)).getByRole("button", { name: tx(lang, "pane.structure.addResultRow") }));
  await settled(lang, tx(lang, "pane.structure.done.addRow"));
  const rows = h.port.workbook.worksheets.map((ws) => ws.rowCount);
  fireEvent.click(within(taskGroup(lang, task)).getByRole("button", { name: tx(lang, "pane.structure.removeRow") }));
  await settled(lang, tx(lang, "pane.structure.done.removeRow"));
  expect(h.port.workbook.worksheets.map((ws) => ws.rowCount).reduce((a, b) => a + b)).toBeLessThanOrEqual(rows.reduce((a, b) => a + b));

  // A task and a goal are removed after the user confirms; "Keep" leaves them.
  fireEvent.click(within(taskGroup(lang, task)).getByRole("button", { name: tx(lang, "pane.structure.removeTask") }));
  const question = tx(lang, "pane.structure.confirmTask", { code: task });
  expect(structure().getByText(question)).toBeTruthy();
  fireEvent.click(structure().getByRole("button", { name: tx(lang, "pane.structure.keep") }));
  expect(structure().queryByText(question)).toBeNull();
  expect(markers(h, "task")).toHaveLength(tasks + 1);
  fireEvent.click(within(taskGroup(lang, task)).getByRole("button", { name: tx(lang, "pane.structure.removeTask") }));
  fireEvent.click(structure().getByRole("button", { name: tx(lang, "pane.structure.confirm") }));
  await settled(lang, tx(lang, "pane.structure.done.removeTask"));
  expect(markers(h, "task")).toHaveLength(tasks);

  fireEvent.click(within(goalGroup(lang, added)).getByRole("button", { name: tx(lang, "pane.structure.removeGoal") }));
  expect(structure().getByText(tx(lang, "pane.structure.confirmGoal", { code: added }))).toBeTruthy();
  fireEvent.click(structure().getByRole("button", { name: tx(lang, "pane.structure.confirm") }));
  await settled(lang, tx(lang, "pane.structure.done.removeGoal"));
  expect(markers(h, "goal")).toHaveLength(goals);
  expect(structure().queryByRole("group", { name: tx(lang, "pane.structure.goal", { code: added }) })).toBeNull();
});

describe.each(LANGS.map((lang) => [lang]))("%s", (lang) => {
  test("lists the goals; a refusal is shown: the last row of a one-row table is not removed", async () => {
    const h = templateHarness(lang);
    renderPane(h, { lang, view: "check" });
    await waitFor(() => expect(goalGroup(lang, "1")).toBeTruthy());
    // Remove blank rows until the indicators table has one row left; the next removal is refused.
    for (let i = 0; i < 20; i++) {
      fireEvent.click(within(goalGroup(lang, "1")).getByRole("button", { name: tx(lang, "pane.structure.removeRow") }));
      await waitFor(() => expect(h.calls.changeStructure).toBe(i + 1));
      await waitFor(() => expect(structure().queryByRole("status")).toBeNull());
      if (structure().queryByText(tx(lang, "pane.structure.refused.rowNotBlank"))) break;
    }
    expect(structure().getByText(tx(lang, "pane.structure.refused.rowNotBlank"))).toBeTruthy();
  });
});
