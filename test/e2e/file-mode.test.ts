// End to end: the built task pane (dist/) in headless Chromium, outside Office — file mode. Each example
// workbook opened scores as the CLI says, its issues are the CLI's and selecting one names its cell,
// the downloaded copy holds the conclusion with the same total; bad files are refused with the CLI's
// reasons; a new workbook gets the templates; the language switches; the keyboard alone does the whole
// flow; axe-core finds nothing serious; no console error, no request but the page's own (and office.js's
// CDN, unreachable here). Takes the user guide's screenshots on the way, into a temporary folder (valid small
// PNGs; `npm run docs:screenshots` puts them in docs/screenshots). Without Chromium: skips, or fails under CI=true.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { DICTIONARIES, formatFixed, t, type Lang, type MessageKey } from "../../src/i18n";
import { openFailureText } from "../../src/taskpane/file-mode/open-failure";
import { HIGHLIGHT_FILLS } from "../../src/workbook/sheet-looks";
import { inputRoles, sheetName } from "../../src/workbook/templates/sheet-names";
import { XlsxRefused, type XlsxRefusalReason } from "../../src/workbook/xlsx-bytes";
import { sheetRoleOf } from "../../src/workbook/xlsx-files";
import { ensureBuilt, runCli } from "../cli/run-cli";
import { seriousViolations } from "./axe";
import { CHROMIUM_TOOL, ROOT, startSession, type Session } from "./browser";
import { arrowTo, labelled, tabTo } from "./keyboard";
import {
  button,
  chooseFile,
  downloadWorkbook,
  goTo,
  issueButtons,
  listedMessages,
  openWorkbook,
  runCheck,
  selectedCell,
  shownTotal,
  switchLanguage,
  tab,
  tabLabels,
} from "./pane";
import { removeTemporaryScreenshots, takeScreenshot } from "./screenshots";

jest.setTimeout(60_000);

const EXAMPLES = ["ministry-of-health", "zhambyl-oblast"] as const;

interface CliScore {
  kind: "central" | "local";
  A: number;
}

interface CliCheck {
  A: number;
  issues: { cell?: string; message: string; severity: "error" | "warning" | "info" }[];
  /** The expected deductions, which the pane lists with the issues. */
  predicted: { cell?: string; message: string }[];
}

function cliJson<T>(...args: string[]): T {
  const run = runCli(...args);
  if (run.status !== 0 && run.status !== 1) throw new Error(`bagalau ${args.join(" ")} failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** A number as the pane writes it (decimal comma in kk and ru, a true minus sign) read back. */
function parseShown(text: string): number {
  return Number(text.replace("−", "-").replace(",", "."));
}

const sorted = (values: readonly string[]) => [...values].sort();

/** "'3 Goals'!H12" → ["3 Goals", "H12"]. */
function splitAddress(address: string): [string, string] {
  const bang = address.lastIndexOf("!");
  return [
    address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'"),
    address.slice(bang + 1),
  ];
}

function plainValue(value: ExcelJS.CellValue): unknown {
  return value !== null && typeof value === "object" && "result" in value ? value.result : value;
}

/** The total A on the conclusion sheet: the number in column F of the row labelled with wb.label.A in column C. */
function conclusionTotal(workbook: ExcelJS.Workbook, lang: Lang): number | undefined {
  const sheet = workbook.worksheets.find((ws) => sheetRoleOf(ws) === "conclusion");
  if (!sheet) return undefined;
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (plainValue(sheet.getCell(row, 3).value) === t(lang, "wb.label.A")) return plainValue(sheet.getCell(row, 6).value) as number;
  }
  return undefined;
}

/** A screenshot as the guide wants it: a PNG with a palette (colour type 3); none when BAGALAU_SCREENSHOTS=0. */
function expectPalettePng(file: string | undefined): void {
  if (file === undefined) return;
  const png = fs.readFileSync(file);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(png[25]).toBe(3);
}

async function scrollTop(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
}

CHROMIUM_TOOL.describe("file mode in headless Chromium", () => {
  let session: Session;
  /** The first page, kept open to the end: office.js's telemetry would have been asked for 3 s after it started. */
  let firstPage: Page;
  const cliScores = new Map<string, CliScore>();
  const cliChecks = new Map<string, CliCheck>();

  beforeAll(async () => {
    ensureBuilt();
    for (const example of EXAMPLES) {
      cliScores.set(example, cliJson<CliScore>("score", "--json", `examples/${example}.xlsx`));
      cliChecks.set(example, cliJson<CliCheck>("check", "--json", `examples/${example}.xlsx`));
    }
    session = await startSession();
  });

  afterAll(async () => {
    await session?.close();
    removeTemporaryScreenshots();
  });

  test("outside Office the page runs in file mode: office.js from beside the page finds no host, and an .xlsx is asked for (kk by default)", async () => {
    firstPage = await session.open();
    const page = firstPage;
    await page.getByTestId("file-drop-zone").waitFor();
    // The CDN's office.js did not load; the copy in dist/office-js/ did, and said there is no Office.
    expect(await page.evaluate(() => typeof Office !== "undefined" && typeof Office.onReady === "function")).toBe(true);
    expect(
      await page.evaluate(() =>
        Array.from(document.scripts)
          .map((s) => s.getAttribute("src"))
          .filter(Boolean),
      ),
    ).toContain("office-js/office.js");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("kk");
    await expect(page.getByRole("heading", { name: t("kk", "file.drop.title") }).isVisible()).resolves.toBe(true);
    expect(await page.getByTestId("file-choose").isEnabled()).toBe(true);
    expect(await tabLabels(page)).toEqual([t("kk", "pane.nav.help"), t("kk", "pane.nav.settings")]);
    // ExcelJS is not loaded until a file is opened.
    expect(await page.evaluate(() => performance.getEntriesByType("resource").some((r) => r.name.endsWith("/xlsx-workbook.js")))).toBe(
      false,
    );
    expectPalettePng(await takeScreenshot(page, "file-open", "kk"));

    const russian = await session.open("?lang=ru");
    await russian.getByRole("heading", { name: t("ru", "file.drop.title") }).waitFor();
    expectPalettePng(await takeScreenshot(russian, "file-open", "ru"));
    await russian.close();
  });

  describe.each(EXAMPLES)("%s.xlsx opened in the browser", (example) => {
    test("the score is the CLI's; the issues are the CLI's and selecting one names its cell; the download holds the conclusion with the same total", async () => {
      const cli = cliScores.get(example)!;
      const check = cliChecks.get(example)!;
      const page = await session.open();
      await openWorkbook(page, path.join(ROOT, "examples", `${example}.xlsx`));
      expect(await page.getByTestId("file-name").textContent()).toBe(t("kk", "file.current", { name: `${example}.xlsx` }));

      // The total as the pane writes it (two decimals, decimal comma) is the CLI's A.
      const shown = await shownTotal(page);
      expect(shown).toBe(formatFixed("kk", cli.A, 2));
      expect(Math.abs(parseShown(shown) - cli.A)).toBeLessThanOrEqual(0.005);
      // The drill-down: a criterion explained, one level under A in the trail.
      await page
        .getByRole("table", { name: t("kk", "pane.score.tableLabel") })
        .getByRole("button")
        .first()
        .click();
      await page
        .getByRole("navigation", { name: t("kk", "pane.trace.breadcrumb") })
        .getByRole("button")
        .first()
        .waitFor();

      await goTo(page, "kk", "check");
      await runCheck(page, "kk");
      expect(sorted(await listedMessages(page))).toEqual(sorted([...check.issues, ...check.predicted].map((issue) => issue.message)));
      const first = issueButtons(page).first();
      const title = await first.getAttribute("title");
      await first.click();
      await page.getByTestId("selected-cell-address").waitFor();
      const address = await selectedCell(page);
      expect(title).toBe(t("kk", "pane.check.selectCell", { cell: address }));
      expect([...check.issues, ...check.predicted].map((issue) => issue.cell)).toContain(address);
      // A cell with several issues keeps the most severe colour.
      const severities = check.issues.filter((issue) => issue.cell === address).map((issue) => issue.severity);
      const severity = (["error", "warning", "info"] as const).find((s) => severities.includes(s)) ?? "warning";

      await goTo(page, "kk", "conclusion");
      await button(page, "kk", "pane.conclusion.generate").click();
      await page.getByRole("button", { name: sheetName("conclusion", cli.kind, "kk"), exact: true }).waitFor();
      expect(await page.getByText(t("kk", "file.unsaved")).isVisible()).toBe(true);

      const { name, workbook } = await downloadWorkbook(page);
      expect(name).toBe(`${example}-bagalau.xlsx`);
      expect(conclusionTotal(workbook, "kk")).toBeCloseTo(cli.A, 9);
      // The check's highlight travels with the copy: the cell's fill in its severity's colour and a note.
      const [sheet, cell] = splitAddress(address);
      const highlighted = workbook.getWorksheet(sheet)!.getCell(cell);
      expect((highlighted.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(HIGHLIGHT_FILLS[severity]);
      expect(highlighted.note).toBeTruthy();
      expect(await page.getByText(t("kk", "file.downloaded", { name })).isVisible()).toBe(true);
      await page.close();
    });
  });

  describe("files that cannot be opened are refused with the CLI's reasons", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-e2e-refused-"));
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

    async function cases(): Promise<{ name: string; buffer: Buffer; reason: XlsxRefusalReason }[]> {
      const plain = new ExcelJS.Workbook();
      plain.addWorksheet("Data").getCell("A1").value = "not a BAGALAU sheet";
      const archive = new JSZip();
      archive.file("readme.txt", "a zip, not a workbook");
      return [
        { name: "report.xlsx", buffer: Buffer.from("%PDF-1.4 a PDF renamed to .xlsx"), reason: "notXlsx" },
        // What Excel writes for a workbook with a password: an OLE compound file.
        {
          name: "locked.xlsx",
          buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
          reason: "encrypted",
        },
        { name: "archive.xlsx", buffer: await archive.generateAsync({ type: "nodebuffer" }), reason: "zipNotXlsx" },
        { name: "plain.xlsx", buffer: Buffer.from(await plain.xlsx.writeBuffer()), reason: "noBagalauSheets" },
      ];
    }

    test("not an xlsx, password-protected, a zip that is no workbook, no BAGALAU sheets", async () => {
      const page = await session.open();
      for (const { name, buffer, reason } of await cases()) {
        await chooseFile(page, { name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
        const alert = page.getByRole("alert").filter({ hasText: name });
        await alert.waitFor();
        expect((await alert.textContent())?.trim()).toBe(openFailureText("kk", name, new XlsxRefused(reason)));
        // The CLI refuses the same file with the same words.
        const file = path.join(tmp, name);
        fs.writeFileSync(file, buffer);
        const run = runCli("score", file);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(t("kk", `wb.refusal.${reason}` as MessageKey, { limit: 100 }));
        // Nothing was opened.
        expect(await page.getByTestId("file-drop-zone").isVisible()).toBe(true);
      }
      await page.close();
    });
  });

  /** Drops files on the pane as a browser does when they are dragged from the desktop (enter, over, drop). */
  async function dropFiles(page: Page, files: { name: string; path: string }[]): Promise<void> {
    const payload = files.map((file) => ({ name: file.name, base64: fs.readFileSync(file.path).toString("base64") }));
    await page.evaluate((items) => {
      const transfer = new DataTransfer();
      for (const item of items) transfer.items.add(new File([Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0))], item.name));
      const target = document.querySelector('[data-testid="file-drop-zone"]') ?? document.body;
      for (const type of ["dragenter", "dragover", "drop"])
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, payload);
  }

  test("a file dropped on the pane opens; several dropped at once are refused", async () => {
    const cli = cliScores.get("zhambyl-oblast")!;
    const page = await session.open();
    const example = (name: string) => ({ name, path: path.join(ROOT, "examples", name) });
    await page.getByTestId("file-drop-zone").waitFor();
    await dropFiles(page, [example("zhambyl-oblast.xlsx"), example("ministry-of-health.xlsx")]);
    await page
      .getByRole("alert")
      .filter({ hasText: t("kk", "file.tooMany") })
      .waitFor();
    await dropFiles(page, [example("zhambyl-oblast.xlsx")]);
    await page.getByTestId("total-score").waitFor();
    expect(await page.getByTestId("file-name").textContent()).toBe(t("kk", "file.current", { name: "zhambyl-oblast.xlsx" }));
    expect(await shownTotal(page)).toBe(formatFixed("kk", cli.A, 2));
    await page.close();
  });

  test("a new empty workbook gets the templates on Start and downloads as bagalau.xlsx with the template sheets", async () => {
    const page = await session.open();
    await button(page, "kk", "file.drop.new").click();
    await page.getByTestId("file-name").waitFor();
    expect(await page.getByTestId("file-name").textContent()).toBe(t("kk", "file.current", { name: t("kk", "file.newName") }));
    expect(await page.getByText(t("kk", "file.newOpened")).isVisible()).toBe(true);
    expect(await page.locator('#bagalau-tab-start[aria-selected="true"]').count()).toBe(1);
    await page.getByRole("combobox", { name: t("kk", "pane.start.body") }).selectOption({ index: 1 });
    await button(page, "kk", "pane.start.insert").click();
    await button(page, "kk", "pane.nav.go.check").waitFor();
    // The methodology profile is saved into the new workbook's score sheet.
    await goTo(page, "kk", "settings");
    await button(page, "kk", "pane.settings.save").click();
    await page.getByText(t("kk", "pane.settings.saved")).waitFor();
    const { name, workbook } = await downloadWorkbook(page);
    expect(name).toBe("bagalau.xlsx");
    const roles = workbook.worksheets.map(sheetRoleOf).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(inputRoles("central")));
    await page.close();
  });

  /** The views of the guide's screenshots; Check last, so that only its picture shows the selected-cell bar. */
  const SHOT_VIEWS = ["start", "score", "conclusion", "settings", "check"] as const;

  test("switching the language changes every text (and the guide's screenshots are taken in kk and ru, the score in en too)", async () => {
    const example = "ministry-of-health";
    const cli = cliScores.get(example)!;
    for (const lang of ["kk", "ru", "en"] as const) {
      // Each language's pictures from a pane of its own (no selection or generated sheets carried over);
      // it opens in Kazakh and is switched with the header's language picker.
      const page = await session.open();
      await openWorkbook(page, path.join(ROOT, "examples", `${example}.xlsx`));
      if (lang !== "kk") await switchLanguage(page, "kk", lang);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await tabLabels(page)).toEqual(
        (["start", "check", "score", "conclusion", "settings", "help"] as const).map((view) => t(lang, `pane.nav.${view}`)),
      );
      expect(await page.getByTestId("file-name").textContent()).toBe(t(lang, "file.current", { name: `${example}.xlsx` }));
      expect(await button(page, lang, "file.download").isVisible()).toBe(true);
      for (const view of lang === "en" ? (["score"] as const) : SHOT_VIEWS) {
        await goTo(page, lang, view);
        if (view === "score") {
          await page
            .getByText(formatFixed(lang, cli.A, 2), { exact: true })
            .first()
            .waitFor();
          expect(await shownTotal(page)).toBe(formatFixed(lang, cli.A, 2));
        }
        if (view === "check") {
          await runCheck(page, lang);
          await issueButtons(page).first().click();
          await page.getByTestId("selected-cell-address").waitFor();
        }
        if (view === "conclusion") {
          await page
            .getByRole("button", {
              name: new RegExp(`^(${t(lang, "pane.conclusion.generate")}|${t(lang, "pane.conclusion.regenerate")})$`),
            })
            .click();
          await page.getByRole("button", { name: sheetName("conclusion", "central", lang), exact: true }).waitFor();
        }
        if (view === "start") await button(page, lang, "pane.nav.go.check").waitFor();
        if (view === "settings") await page.getByRole("heading", { name: t(lang, "pane.settings.profile") }).waitFor();
        await scrollTop(page);
        expectPalettePng(await takeScreenshot(page, view, lang));
      }
      await page.close();
    }
    // Each language's texts differ from the others' (a switch really changed them).
    expect(new Set((["kk", "ru", "en"] as const).map((lang) => DICTIONARIES[lang]["file.download"])).size).toBe(3);
  });

  test("the whole flow works with the keyboard alone: open, check, select an issue's cell, conclusion, download", async () => {
    const example = "zhambyl-oblast";
    const cli = cliScores.get(example)!;
    const page = await session.open();
    const lang: Lang = "kk";
    // The keyboard goes to the tab in front (other pages of the run are still open).
    await page.bringToFront();
    // Open: the drop area's button, then the system's file dialog (given the file, as a user would pick it).
    // The dialog is caught from before the key press (catching it only then can lose the race with it).
    const dialog = page.waitForEvent("filechooser");
    await page.evaluate(() => undefined);
    await tabTo(page, "the choose-a-file button", (f) => f.testId === "file-choose");
    await page.keyboard.press("Enter");
    const chooser = await dialog;
    await chooser.setFiles(path.join(ROOT, "examples", `${example}.xlsx`));
    // The pane puts the focus on the opened workbook's name.
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "file-name");
    await page.getByTestId("total-score").waitFor();
    expect(await shownTotal(page)).toBe(formatFixed(lang, cli.A, 2));

    // To the Check tab: Tab into the tab list, the arrow keys to Check, Enter selects it.
    await tabTo(page, "the tab list", (f) => f.role === "tab");
    await arrowTo(page, t(lang, "pane.nav.check"));
    await page.keyboard.press("Enter");
    await page.locator('#bagalau-tab-check[aria-selected="true"]').waitFor();
    await tabTo(page, "Run the check", labelled(t(lang, "pane.check.run")));
    await page.keyboard.press("Enter");
    await issueButtons(page).first().waitFor();
    const issue = await tabTo(page, "the first issue with a cell", (f) => f.tag === "button" && (f.title ?? "").length > 0);
    await page.keyboard.press("Enter");
    await page.getByTestId("selected-cell-address").waitFor();
    expect(issue.title).toBe(t(lang, "pane.check.selectCell", { cell: await selectedCell(page) }));

    // Back up to the tab list, to Conclusion, Space selects it; generate with Space.
    await tabTo(page, "the tab list", (f) => f.role === "tab", { backwards: true });
    await arrowTo(page, t(lang, "pane.nav.conclusion"));
    await page.keyboard.press("Space");
    await page.locator('#bagalau-tab-conclusion[aria-selected="true"]').waitFor();
    await tabTo(page, "Generate", labelled(t(lang, "pane.conclusion.generate")));
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: sheetName("conclusion", cli.kind, lang), exact: true }).waitFor();

    // Download: back up to the bar's button, Enter.
    await tabTo(page, "Download", (f) => f.testId === "file-download", { backwards: true });
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe(`${example}-bagalau.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(conclusionTotal(workbook, lang)).toBeCloseTo(cli.A, 9);
    await page.close();
  });

  test("axe-core finds no serious or critical violation in any view", async () => {
    const page = await session.open();
    const found: string[] = [];
    await page.getByTestId("file-drop-zone").waitFor();
    found.push(...(await seriousViolations(page, "file-open")));
    await openWorkbook(page, path.join(ROOT, "examples", "ministry-of-health.xlsx"));
    found.push(...(await seriousViolations(page, "score")));
    await goTo(page, "kk", "check");
    await runCheck(page, "kk");
    await issueButtons(page).first().click();
    await page.getByTestId("selected-cell-address").waitFor();
    found.push(...(await seriousViolations(page, "check")));
    await goTo(page, "kk", "conclusion");
    await button(page, "kk", "pane.conclusion.generate").click();
    await page.getByRole("button", { name: sheetName("conclusion", "central", "kk"), exact: true }).waitFor();
    found.push(...(await seriousViolations(page, "conclusion")));
    for (const view of ["start", "settings", "help"] as const) {
      await tab(page, "kk", view).click();
      await page.locator(`#bagalau-tab-${view}[aria-selected="true"]`).waitFor();
      if (view === "start") await button(page, "kk", "pane.nav.go.check").waitFor();
      found.push(...(await seriousViolations(page, view)));
    }
    expect(found).toEqual([]);
    await page.close();
  });

  test("no console error and no request but the page's own files during the whole run", async () => {
    // office.js outside Office would ask for Microsoft's telemetry frame 3 s after starting: wait that long on the first page.
    await firstPage.waitForTimeout(Math.max(0, 3500 - (await firstPage.evaluate(() => performance.now()))));
    await firstPage.close();
    expect(session.errors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
