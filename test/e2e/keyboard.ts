// Driving the pane with the keyboard alone: Tab (or Shift+Tab) until the focused element is the one
// wanted — failing, with the path taken, when it cannot be reached — then Enter or Space on it.

import type { Page } from "playwright-core";

export interface Focused {
  tag: string;
  role: string | null;
  testId: string | null;
  /** The element's own text, trimmed (a button's label). */
  text: string;
  title: string | null;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      role: element?.getAttribute("role") ?? null,
      testId: element?.getAttribute("data-testid") ?? null,
      text: (element?.innerText ?? "").replace(/\s+/g, " ").trim(),
      title: element?.getAttribute("title") ?? null,
    };
  });
}

/** Presses Tab (Shift+Tab backwards) until `matches` holds for the focused element; at most `max` presses. */
export async function tabTo(
  page: Page,
  what: string,
  matches: (f: Focused) => boolean,
  { backwards = false, max = 80 } = {},
): Promise<Focused> {
  const path: string[] = [];
  for (let press = 0; press <= max; press++) {
    const now = await focused(page);
    if (matches(now)) return now;
    path.push(`${now.tag}${now.testId ? `[${now.testId}]` : ""} “${now.text.slice(0, 40)}”`);
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${what} cannot be reached with ${backwards ? "Shift+Tab" : "Tab"}; focus went through:\n${path.join("\n")}`);
}

/** In a tab list (an arrow-key group): ArrowRight, then ArrowLeft, until the tab labelled `label` has focus. */
export async function arrowTo(page: Page, label: string, max = 8): Promise<void> {
  for (const key of ["ArrowRight", "ArrowLeft"]) {
    for (let press = 0; press < max; press++) {
      if ((await focused(page)).text === label) return;
      await page.keyboard.press(key);
    }
  }
  if ((await focused(page)).text !== label) throw new Error(`the tab “${label}” cannot be reached with the arrow keys`);
}

/** A button (or tab) with exactly this label. */
export const labelled =
  (label: string) =>
  (f: Focused): boolean =>
    f.text === label;
