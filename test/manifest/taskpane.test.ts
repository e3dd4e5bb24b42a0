/**
 * @jest-environment jsdom
 */
// The task pane page: its Help content in kk/ru/en from src/i18n, the built dist/taskpane.html (the
// shared-runtime page loading office.js, functions.js, commands.js, taskpane.js), and the built
// dist/taskpane.js run in a real DOM — without Office, outside Excel, and inside a stand-in Excel whose
// API answers "a cell is being edited" — plus what the bundles may not contain and how big it is.

import * as zlib from "zlib";
import { waitFor, screen } from "@testing-library/dom";
import { DICTIONARIES, LANGS, t } from "../../src/i18n";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { taskPaneContent } from "../../src/taskpane/content";
import { readDist } from "../functions/dist";

// jsdom has no ResizeObserver; Fluent's MessageBar uses one (every browser has it).
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

describe("the Help view's content", () => {
  test.each(LANGS.map((lang) => [lang]))("%s: heading, description, status and the nine functions from the dictionary", (lang) => {
    const content = taskPaneContent(lang, false);
    expect(content.title).toBe(DICTIONARIES[lang]["addin.name"]);
    expect(content.intro).toBe(DICTIONARIES[lang]["addin.intro"]);
    expect(content.status).toBe(DICTIONARIES[lang]["addin.status.noOffice"]);
    expect(taskPaneContent(lang, true).status).toBe(DICTIONARIES[lang]["addin.status.office"]);
    expect(content.functions.map((f) => f.id)).toEqual(FUNCTION_CATALOG.map((e) => e.id));
    for (const fn of content.functions) {
      expect(fn.description).toBe(DICTIONARIES[lang][`fn.${fn.id}.description` as keyof (typeof DICTIONARIES)["en"]]);
      expect(fn.anchor).toBe(`fn-${fn.id}`);
    }
  });

  test("signatures use the language's parameter names and Excel's separator", () => {
    const goal = (lang: "kk" | "ru" | "en") => taskPaneContent(lang, false).functions.find((f) => f.id === "GOAL")?.signature;
    expect(goal("en")).toBe("BAGALAU.GOAL(indicators, [rule], [rangeRule])");
    expect(goal("ru")).toBe("BAGALAU.GOAL(индикаторы; [правило]; [правило_диапазона])");
    expect(goal("kk")).toBe("BAGALAU.GOAL(индикаторлар; [ереже]; [аралық_ережесі])");
  });
});

describe("dist/taskpane.html", () => {
  const html = readDist("taskpane.html");

  test("loads office.js from Microsoft's CDN first (else the copy in office-js/), then functions.js, commands.js and taskpane.js", () => {
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "office-js/office.js",
      "functions.js",
      "commands.js",
      "taskpane.js",
    ]);
    // The copy is written only where the CDN's did not define Office.
    expect(html).toMatch(/if \(!window\.Office\) \{[^}]*document\.write\('<script src="office-js\/office\.js"><\\\/script>'\)/);
    expect(html).toMatch(/<div id="app"><\/div>/);
    expect(html).toMatch(/<html lang="kk">/);
  });
});

describe("the bundles", () => {
  test("taskpane.js stays small (gzipped, well under 400 KB) and carries no ExcelJS; functions.js carries no React", () => {
    const taskpane = readDist("taskpane.js");
    const gzipped = zlib.gzipSync(Buffer.from(taskpane, "utf8"), { level: 9 }).length;
    expect(gzipped).toBeLessThan(400 * 1024);
    // ExcelJS's own markers: its styles part and its package name in its error messages.
    expect(taskpane).not.toMatch(/cellStyleXfs|exceljs/i);
    const functions = readDist("functions.js");
    expect(functions).not.toMatch(/react\.element|__SECRET_INTERNALS|react-dom/);
  });
});

// ---------------------------------------------------------------- dist/taskpane.js in a DOM

/** The page's globals the bundle looks for (office.js defines Office and Excel). */
type PageGlobals = Record<"Office" | "Excel", unknown>;

/** Runs the built bundle on a fresh page at `address`, with `office` as the global Office (or none). */
function runTaskPane(address: string, office?: unknown, excel?: unknown): void {
  document.body.innerHTML = '<div id="app"></div>';
  document.documentElement.lang = "";
  window.history.replaceState({}, "", address);
  const scope = globalThis as unknown as Partial<PageGlobals>;
  delete scope.Office;
  delete scope.Excel;
  if (office) scope.Office = office;
  if (excel) scope.Excel = excel;
  localStorage.clear();
  // Indirect eval: the bundle runs in the page's global scope, as a <script> would.
  (0, eval)(readDist("taskpane.js"));
}

const tabLabels = () => screen.getAllByRole("tab").map((tab) => tab.querySelector(".fui-Tab__content")?.textContent);

describe("dist/taskpane.js", () => {
  test("without Office (office.js missing or offline): file mode, Kazakh by default, asks for an .xlsx, lists the functions", async () => {
    runTaskPane("/taskpane.html");
    await waitFor(() => expect(screen.getByText(t("kk", "file.drop.title"))).toBeTruthy());
    expect(screen.getByRole("button", { name: t("kk", "file.drop.choose") })).toBeTruthy();
    expect(document.documentElement.lang).toBe("kk");
    expect(tabLabels()).toEqual([t("kk", "pane.nav.help"), t("kk", "pane.nav.settings")]);
    for (const entry of FUNCTION_CATALOG) expect(document.getElementById(`fn-${entry.id}`)).not.toBeNull();
  });

  test("?lang=en chooses English", async () => {
    runTaskPane("/taskpane.html?lang=en");
    await waitFor(() => expect(screen.getByText("Worksheet functions")).toBeTruthy());
    expect(document.documentElement.lang).toBe("en");
  });

  test("Office outside Excel (another host): says BAGALAU needs Excel", async () => {
    const office = {
      HostType: { Excel: "Excel" },
      context: { displayLanguage: "en-US" },
      onReady: () => Promise.resolve({ host: "Word", platform: "PC" }),
    };
    runTaskPane("/taskpane.html", office);
    await waitFor(() => expect(screen.getByText(t("kk", "pane.host.otherHost"))).toBeTruthy());
  });

  test("inside Excel (ru-RU): Russian, the six views, and Excel's “a cell is being edited” shown with what to do", async () => {
    const office = {
      HostType: { Excel: "Excel" },
      context: {
        displayLanguage: "ru-RU",
        requirements: { isSetSupported: () => true },
        document: {
          settings: {
            get: () => null,
            set: () => undefined,
            saveAsync: (done: (r: { status: string }) => void) => done({ status: "succeeded" }),
          },
        },
      },
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    };
    const editing = Object.assign(new Error("The cell is being edited."), { code: "InvalidOperationInCellEditMode" });
    const excel = { run: () => Promise.reject(editing) };
    runTaskPane("/taskpane.html", office, excel);
    await waitFor(() => expect(tabLabels()[0]).toBe(t("ru", "pane.nav.start")));
    expect(tabLabels()).toHaveLength(6);
    expect(document.documentElement.lang).toBe("ru");
    // The Start view reads the workbook at once; Excel refuses while a cell is edited.
    await waitFor(() => expect(screen.getByText(t("ru", "app.error.cellEditMode", { detail: "The cell is being edited." }))).toBeTruthy());
    expect(screen.getByRole("button", { name: t("ru", "pane.action.retry") })).toBeTruthy();
  });
});
