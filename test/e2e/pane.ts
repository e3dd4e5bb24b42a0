// The task pane as the end-to-end tests use it, found by what a user reads (src/i18n texts in the
// pane's language): open a file, go to a view, read the total, the issues and the selected cell.

import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { t, type Lang, type MessageKey } from "../../src/i18n";
import type { ViewKey } from "../../src/taskpane/errors";

export type FilePayload = string | { name: string; mimeType: string; buffer: Buffer };

export const tab = (page: Page, lang: Lang, view: ViewKey): Locator =>
  page.getByRole("tab", { name: t(lang, `pane.nav.${view}` as MessageKey), exact: true });

export const button = (page: Page, lang: Lang, key: MessageKey, params?: Record<string, string | number>): Locator =>
  page.getByRole("button", { name: t(lang, key, params), exact: true });

/** Chooses a file with the pane's file button (the drop area's, or "Open another file" when one is open). */
export async function chooseFile(page: Page, file: FilePayload): Promise<void> {
  const choose = page.locator('[data-testid="file-choose"], [data-testid="file-open-another"]').first();
  // The dialog is caught from before the click: asking for it in the same breath can lose the race with it.
  const dialog = page.waitForEvent("filechooser");
  await choose.waitFor();
  await choose.click();
  await (await dialog).setFiles(file);
}

/** Opens a workbook and waits until the pane shows it (the Score view with its total). */
export async function openWorkbook(page: Page, file: FilePayload): Promise<void> {
  await chooseFile(page, file);
  await page.getByTestId("file-name").waitFor();
  await page.getByTestId("total-score").waitFor();
}

export async function goTo(page: Page, lang: Lang, view: ViewKey): Promise<void> {
  await tab(page, lang, view).click();
  await page.locator(`#bagalau-tab-${view}[aria-selected="true"]`).waitFor();
}

/** The tabs' labels (a Fluent tab repeats its label, hidden, to reserve the width of its bold form). */
export async function tabLabels(page: Page): Promise<string[]> {
  return page.getByRole("tab").evaluateAll((tabs) => tabs.map((tab) => tab.querySelector(".fui-Tab__content")?.textContent ?? ""));
}

export async function shownTotal(page: Page): Promise<string> {
  return ((await page.getByTestId("total-score").textContent()) ?? "").trim();
}

/** Runs the check and waits for its summary. */
export async function runCheck(page: Page, lang: Lang): Promise<void> {
  await page
    .getByRole("button", { name: new RegExp(`^(${escape(t(lang, "pane.check.run"))}|${escape(t(lang, "pane.check.runAgain"))})$`) })
    .first()
    .click();
  await issueButtons(page).first().waitFor();
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The issues tied to a cell: each a button in the issue list. */
export function issueButtons(page: Page): Locator {
  return page.locator('section[aria-labelledby="bagalau-issues-heading"] li button');
}

/** Every listed issue's message (the text after its cell). */
export async function listedMessages(page: Page): Promise<string[]> {
  return page.locator('section[aria-labelledby="bagalau-issues-heading"] li').evaluateAll((items) =>
    items.map((item) => {
      const spans = item.querySelectorAll(":scope > * > span");
      return (spans[spans.length - 1]?.textContent ?? "").trim();
    }),
  );
}

export async function selectedCell(page: Page): Promise<string> {
  return ((await page.getByTestId("selected-cell-address").textContent()) ?? "").trim();
}

/** Switches the language with the picker in the pane's header. */
export async function switchLanguage(page: Page, from: Lang, to: Lang): Promise<void> {
  await page.getByRole("combobox", { name: t(from, "pane.lang.label") }).selectOption(to);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

/** Downloads the open workbook with the pane's button: its suggested name, the file the browser saved, and it read. */
export async function downloadWorkbook(page: Page): Promise<{ name: string; file: string; workbook: ExcelJS.Workbook }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("file-download").click()]);
  const file = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { name: download.suggestedFilename(), file, workbook };
}
