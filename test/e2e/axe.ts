// The accessibility check of the end-to-end tests: axe-core (its own browser script) run in the page,
// reporting the violations of serious or critical impact with their rule, elements and help.

import * as fs from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** "rule: help (elements)" for each serious or critical violation on the page as it is now. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern (an
  // inline <script> tag, as addScriptTag adds, is refused by it, as it should be).
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Fluent UI's focus manager (Tabster) adds <i data-tabster-dummy tabindex="0" aria-hidden="true"> around
    // arrow-key groups: focusable on purpose, only to pass focus on at once; axe's aria-hidden-focus flags them
    // (a known false positive: microsoft/tabster#288). Only those elements are left out.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${where}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}
