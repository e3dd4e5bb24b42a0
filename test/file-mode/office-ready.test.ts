/**
 * @jest-environment jsdom
 */
// The built task pane (dist/taskpane.js) when office.js loads but never says where it runs (a part of it
// missing offline): file mode after 5 s rather than a blank page — and Excel's pane after all, should
// Excel answer later.

import { act, screen, waitFor } from "@testing-library/react";
import { t } from "../../src/i18n";
import { readDist } from "../functions/dist";

// jsdom has no ResizeObserver; Fluent's MessageBar uses one (every browser has it).
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/**
 * Moves the page's fake clock on by `ms` in all, the last 10 ms a millisecond at a time, so that what became due
 * has finished by the end: React's work and the promises (a zero-delay timer set while the clock ticks runs 1 ms later).
 */
async function advance(ms: number): Promise<void> {
  await act(async () => jest.advanceTimersByTime(ms - 10));
  for (let i = 0; i < 10; i++) await act(async () => jest.advanceTimersByTime(1));
}

test("no answer from office.js: file mode after 5 s; Excel answering later replaces it with Excel's pane", async () => {
  // The page's clock is Jest's: the 5 s are counted exactly, whatever the machine's speed.
  jest.useFakeTimers({ doNotFake: ["nextTick", "queueMicrotask", "setImmediate"] });
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
  (0, eval)(readDist("taskpane.js"));

  await advance(4999);
  expect(screen.queryByText(t("kk", "file.drop.title"))).toBeNull();
  await advance(11);
  expect(screen.getByText(t("kk", "file.drop.title"))).toBeTruthy();

  answer({ host: "Excel", platform: "PC" });
  // Excel's pane: the six views, in Office's display language.
  await waitFor(() => expect(screen.getAllByRole("tab")).toHaveLength(6));
  expect(screen.queryByText(t("kk", "file.drop.title"))).toBeNull();
  expect(document.documentElement.lang).toBe("ru");
});
