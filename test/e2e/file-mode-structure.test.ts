// End to end: the Check view's Structure panel in the built pane (dist/) in headless Chromium, file mode, in kk
// and ru: a goal, a task and rows added and a row removed on an example; a goal's removal asks first and Keep
// keeps it; the Score view's total is the CLI's on the downloaded copy, whose live formulas give the core's numbers.

import * as path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { formatFixed, t, type Lang, type MessageKey } from "../../src/i18n";
import { blockMarker } from "../../src/workbook/layout";
import { ensureBuilt, runCli } from "../cli/run-cli";
import { loadBuiltFunctions } from "../live/built-functions";
import { markerRows, scoreMismatches, sheetOfRole } from "../live/structure-edits";
import { CHROMIUM_TOOL, ROOT, startSession, type Session } from "./browser";
import { button, downloadWorkbook, goTo, openWorkbook, shownTotal } from "./pane";
import { removeTemporaryScreenshots, takeScreenshot } from "./screenshots";

jest.setTimeout(90_000);

const EXAMPLE = path.join(ROOT, "examples", "ministry-of-health.xlsx");

function goalsAndTasks(workbook: ExcelJS.Workbook): { goals: number; tasks: number } {
  const goals = sheetOfRole(workbook, "goals");
  return { goals: markerRows(goals, blockMarker("goal")).length, tasks: markerRows(goals, blockMarker("task")).length };
}

/** The panel's goal headings ("Goal 1", …) as shown. */
async function goalHeadings(page: Page): Promise<string[]> {
  return page.getByTestId("structure").locator("h4").allTextContents();
}

/** Clicks the panel's button labelled `label` (within `scope`) and waits for the message `done` says it was done. */
async function structureAction(page: Page, lang: Lang, label: MessageKey, done: MessageKey, scope = page.getByTestId("structure")) {
  await scope
    .getByRole("button", { name: t(lang, label), exact: true })
    .first()
    .click();
  await page.getByText(t(lang, done), { exact: true }).waitFor();
}

CHROMIUM_TOOL.describe("the Structure panel in file mode", () => {
  let session: Session;
  const original = new ExcelJS.Workbook();

  beforeAll(async () => {
    ensureBuilt();
    await original.xlsx.readFile(EXAMPLE);
    session = await startSession();
  });

  afterAll(async () => {
    await session?.close();
    removeTemporaryScreenshots();
  });

  test.each(["kk", "ru"] as const)(
    "%s: add a goal, a task and rows, keep a goal when asked; the score is the CLI's and the live formulas the core's",
    async (lang) => {
      const page = await session.open(lang === "kk" ? "" : `?lang=${lang}`);
      await openWorkbook(page, EXAMPLE);
      await goTo(page, lang, "check");
      const panel = page.getByTestId("structure");
      await panel.locator("h4").first().waitFor();
      const before = await goalHeadings(page);
      const counts = goalsAndTasks(original);
      expect(before).toHaveLength(counts.goals);

      await structureAction(page, lang, "pane.structure.addGoal", "pane.structure.done.addGoal");
      expect(await goalHeadings(page)).toHaveLength(before.length + 1);
      const firstGoal = panel.getByRole("listitem").filter({ has: page.getByRole("heading", { name: before[0], exact: true }) });
      await structureAction(page, lang, "pane.structure.addTask", "pane.structure.done.addTask", firstGoal);
      await panel.scrollIntoViewIfNeeded();
      await takeScreenshot(page, "structure", lang);
      await structureAction(page, lang, "pane.structure.addIndicatorRow", "pane.structure.done.addRow", firstGoal);
      // The new task's results table has the template's blank rows: one more, then one fewer.
      const newTask = firstGoal.getByRole("listitem").last();
      await structureAction(page, lang, "pane.structure.addResultRow", "pane.structure.done.addRow", newTask);
      await structureAction(page, lang, "pane.structure.removeRow", "pane.structure.done.removeRow", newTask);

      // Removing a goal asks first; Keep leaves it.
      await firstGoal.getByRole("button", { name: t(lang, "pane.structure.removeGoal"), exact: true }).click();
      const keep = button(page, lang, "pane.structure.keep");
      await keep.waitFor();
      await keep.click();
      await keep.waitFor({ state: "detached" });
      expect(await goalHeadings(page)).toHaveLength(before.length + 1);

      // The Score view reads the changed workbook; the downloaded copy scores the same in the CLI.
      await goTo(page, lang, "score");
      const shown = await shownTotal(page);
      const { file, workbook } = await downloadWorkbook(page);
      const run = runCli("score", "--json", file);
      expect(run.status).toBe(0);
      expect(shown).toBe(formatFixed(lang, (JSON.parse(run.stdout) as { A: number }).A, 2));

      expect(goalsAndTasks(workbook)).toEqual({ goals: counts.goals + 1, tasks: counts.tasks + 1 });
      const { mismatches } = await scoreMismatches(workbook, loadBuiltFunctions(`${lang}-KZ`));
      expect(mismatches).toEqual([]);
      await page.close();
    },
  );
});
