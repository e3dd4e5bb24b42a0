// The user guide's screenshots, taken by the end-to-end run at a task pane's size and made small (a palette
// PNG): written to $BAGALAU_SCREENSHOTS_DIR, else to a temporary folder — never into the repository.
// `npm run docs:screenshots` (scripts/docs-screenshots.js) copies them into docs/screenshots. BAGALAU_SCREENSHOTS=0 takes none.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { smallPng } from "./png-palette";

export type ScreenshotView = "file-open" | "start" | "check" | "structure" | "score" | "conclusion" | "settings";

function screenshotsWanted(): boolean {
  return process.env.BAGALAU_SCREENSHOTS !== "0";
}

/** The temporary folder this process made for its screenshots (removed by removeTemporaryScreenshots). */
let temporary: string | undefined;

/** Where the screenshots go: $BAGALAU_SCREENSHOTS_DIR, else a temporary folder of this test process. */
export function screenshotsDir(): string {
  const named = process.env.BAGALAU_SCREENSHOTS_DIR;
  if (named) return named;
  temporary ??= fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-screenshots-"));
  return temporary;
}

/** Removes the temporary folder, if screenshots went to one. */
export function removeTemporaryScreenshots(): void {
  if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  temporary = undefined;
}

/** Writes <view>.<lang>.png into screenshotsDir(); returns the file (or undefined when none are wanted). */
export async function takeScreenshot(page: Page, view: ScreenshotView, lang: string): Promise<string | undefined> {
  if (!screenshotsWanted()) return undefined;
  // No hover look (the mouse is where the last click was) and no caret or half-finished transition.
  await page.mouse.move(0, 0);
  const png = smallPng(await page.screenshot({ animations: "disabled", caret: "hide" }));
  const dir = screenshotsDir();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${view}.${lang}.png`);
  fs.writeFileSync(file, png);
  return file;
}
