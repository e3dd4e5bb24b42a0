// The task pane's first page: its content in kk/ru/en from src/i18n, the built dist/taskpane.html (the
// shared-runtime page loading office.js, functions.js, commands.js, taskpane.js) and dist/taskpane.js
// run against a minimal DOM, with and without Office.

import vm from "vm";
import { DICTIONARIES, LANGS } from "../../src/i18n";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { taskPaneContent } from "../../src/taskpane/content";
import { readDist } from "../functions/dist";

describe("the page's content", () => {
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
    expect(goal("en")).toBe("BAGALAU.GOAL(facts, plans, [bases], [betters], [rule])");
    expect(goal("ru")).toBe("BAGALAU.GOAL(факты; планы; [базы]; [направления_улучшения]; [правило])");
    expect(goal("kk")).toBe("BAGALAU.GOAL(фактілер; жоспарлар; [базалар]; [жақсару_бағыттары]; [ереже])");
  });
});

describe("dist/taskpane.html", () => {
  const html = readDist("taskpane.html");

  test("loads office.js from Microsoft's CDN first, then functions.js, commands.js and taskpane.js", () => {
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "commands.js", "taskpane.js"]);
    expect(html).toMatch(/<main id="app">/);
  });
});

/** Just enough DOM for taskpane.js: elements with children and text, getElementById, createElement. */
class FakeElement {
  children: FakeElement[] = [];
  textContent = "";
  id = "";
  className = "";
  attributes: Record<string, string> = {};
  [key: string]: unknown;
  constructor(readonly tagName: string) {}
  append(...nodes: FakeElement[]): void {
    this.children.push(...nodes);
  }
  replaceChildren(): void {
    this.children = [];
  }
  setAttribute(name: string, value: string): void {
    this.attributes[name] = value;
  }
  scrollIntoView(): void {}
  all(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => c.all())];
  }
}

function runTaskPane(search: string, office?: unknown): { app: FakeElement; document: { title: string; documentElement: { lang: string } } } {
  const app = new FakeElement("main");
  app.id = "app";
  const document = {
    readyState: "complete",
    title: "",
    documentElement: { lang: "" },
    createElement: (tag: string) => new FakeElement(tag),
    getElementById: (id: string) => app.all().find((e) => e.id === id) ?? null,
    addEventListener: () => undefined,
  };
  const sandbox: Record<string, unknown> = { document, URLSearchParams, console, window: { location: { search, hash: "" } } };
  if (office) sandbox.Office = office;
  vm.runInContext(readDist("taskpane.js"), vm.createContext(sandbox), { filename: "taskpane.js" });
  return { app, document };
}

describe("dist/taskpane.js", () => {
  test("without Office (office.js missing or offline): renders in Kazakh by default, says Excel is not connected", () => {
    const { app, document } = runTaskPane("");
    expect(document.documentElement.lang).toBe("kk");
    expect(app.all().find((e) => e.tagName === "h1")?.textContent).toBe(DICTIONARIES.kk["addin.name"]);
    expect(app.all().filter((e) => e.tagName === "dt").map((e) => e.id)).toEqual(FUNCTION_CATALOG.map((e) => `fn-${e.id}`));
    expect(app.all().find((e) => e.className === "status")?.textContent).toBe(DICTIONARIES.kk["addin.status.noOffice"]);
  });

  test("?lang=en chooses English", () => {
    const { app } = runTaskPane("?lang=en");
    expect(app.all().find((e) => e.tagName === "h2")?.textContent).toBe("Worksheet functions");
  });

  test("inside Excel: Office.onReady, then Office's display language (ru-RU)", async () => {
    const office = {
      HostType: { Excel: "Excel" },
      context: { displayLanguage: "ru-RU" },
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    };
    const { app, document } = runTaskPane("", office);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.documentElement.lang).toBe("ru");
    expect(app.all().find((e) => e.className === "status")?.textContent).toBe(DICTIONARIES.ru["addin.status.office"]);
  });
});
