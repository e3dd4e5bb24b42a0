/**
 * @jest-environment jsdom
 */
// The built task pane (dist/taskpane.js) when office.js loads but never says where it runs (a part of it
// missing offline): file mode after 5 s rather than a blank page — and Excel's pane after all, should
// Excel answer later.

import { screen, waitFor } from "@testing-library/dom";
import { t } from "../../src/i18n";
import { readDist } from "../functions/dist";

// jsdom has no ResizeObserver; Fluent's MessageBar uses one (every browser has it).
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

jest.setTimeout(20_000);

test("no answer from office.js: file mode after 5 s; Excel answering at 6 s replaces it with Excel's pane", async () => {
  let answer: (info: { host: string; platform: string }) => void = () => undefined;
  const scope = globalThis as unknown as Record<string, unknown>;
  scope.Office = {
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
    onReady: () => new Promise((resolve) => (answer = resolve)),
  };
  scope.Excel = { run: () => new Promise(() => undefined) };
  document.body.innerHTML = '<div id="app"></div>';
  const started = Date.now();
  (0, eval)(readDist("taskpane.js"));

  await waitFor(() => expect(screen.getByText(t("kk", "file.drop.title"))).toBeTruthy(), { timeout: 8000 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(5000);

  answer({ host: "Excel", platform: "PC" });
  // Excel's pane: the six views, in Office's display language.
  await waitFor(() => expect(screen.getAllByRole("tab")).toHaveLength(6));
  expect(screen.queryByText(t("kk", "file.drop.title"))).toBeNull();
  expect(document.documentElement.lang).toBe("ru");
});
