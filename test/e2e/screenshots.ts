// The screenshots of the user guide, taken by the end-to-end run: docs/screenshots/<view>.<lang>.png at a
// task pane's size, made small (a palette PNG) and written only when the picture changed.
// BAGALAU_SCREENSHOTS=0 takes none.

import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "./browser";
import { smallPng } from "./png-palette";

export const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");

export type ScreenshotView = "file-open" | "start" | "check" | "score" | "conclusion" | "settings";

export function screenshotsWanted(): boolean {
  return process.env.BAGALAU_SCREENSHOTS !== "0";
}

/** Writes docs/screenshots/<view>.<lang>.png; returns the file (or undefined when none are wanted). */
export async function takeScreenshot(page: Page, view: ScreenshotView, lang: string): Promise<string | undefined> {
  if (!screenshotsWanted()) return undefined;
  // No hover look (the mouse is where the last click was) and no caret or half-finished transition.
  await page.mouse.move(0, 0);
  const png = smallPng(await page.screenshot({ animations: "disabled", caret: "hide" }));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${view}.${lang}.png`);
  if (!fs.existsSync(file) || !fs.readFileSync(file).equals(png)) fs.writeFileSync(file, png);
  return file;
}
