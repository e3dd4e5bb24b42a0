// End to end under the page's Content-Security-Policy: the production task pane (dist/) in Chromium, in
// file mode — open a workbook, score, check, generate the conclusion, download — with a listener for
// `securitypolicyviolation` installed before any script runs: no violation, no console error, and no
// request but the page's own (and office.js's CDN, unreachable here). Without Chromium: skips, or fails under CI=true.

import * as path from "path";
import type { Page } from "playwright-core";
import { t } from "../../src/i18n";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { CHROMIUM_TOOL, ROOT, startSession, type Session } from "./browser";
import { downloadWorkbook, goTo, openWorkbook, runCheck, shownTotal } from "./pane";

jest.setTimeout(90_000);

CHROMIUM_TOOL.describe("the page's Content-Security-Policy in headless Chromium", () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
    // Every page of the session records the policy's violations, from before its first script.
    await session.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) => {
        seen.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        );
      });
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  test("the page carries its policy and runs the whole file-mode flow without one violation", async () => {
    const page = await session.open("?lang=en");
    const policy = await page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? null,
    );
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com 'sha256-/);
    // The inline fallback ran (allowed by its hash): office.js came from beside the page.
    await page.getByTestId("file-drop-zone").waitFor();
    expect(await page.evaluate(() => Array.from(document.scripts).map((s) => s.getAttribute("src")))).toContain("office-js/office.js");
    expect(await page.evaluate(() => typeof Office !== "undefined")).toBe(true);

    await openWorkbook(page, path.join(ROOT, "examples", "ministry-of-health.xlsx"));
    // Fluent UI styled the pane (Griffel's rules inserted under the policy): the tabs are laid out in a row.
    const tabs = page.getByRole("tab");
    const [first, second] = [await tabs.nth(0).boundingBox(), await tabs.nth(1).boundingBox()];
    expect(first && second && Math.abs(first.y - second.y) < 2 && second.x > first.x).toBe(true);
    expect(await page.evaluate(() => Array.from(document.styleSheets).reduce((n, sheet) => n + sheet.cssRules.length, 0))).toBeGreaterThan(
      50,
    );

    await goTo(page, "en", "score");
    expect(await shownTotal(page)).toMatch(/^\d+\.\d\d$/);
    await goTo(page, "en", "check");
    await runCheck(page, "en");
    await goTo(page, "en", "conclusion");
    await page
      .getByRole("button", { name: new RegExp(`^(${t("en", "pane.conclusion.generate")}|${t("en", "pane.conclusion.regenerate")})$`) })
      .click();
    await page.getByRole("button", { name: sheetName("conclusion", "central", "en"), exact: true }).waitFor();
    const { workbook } = await downloadWorkbook(page);
    expect(workbook.worksheets.map((ws) => ws.name)).toContain(sheetName("conclusion", "central", "en"));

    expect(await violations(page)).toEqual([]);
    expect(session.errors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    await page.close();
  });

  // (eval is not tried here: code run through the DevTools protocol, as page.evaluate does, is exempt from the
  // policy; that the policy has no 'unsafe-eval' is checked on the built page in test/security/csp.test.ts.)
  test("the policy is enforced: an inline script without its hash and a request elsewhere are refused", async () => {
    const page = await session.open("?lang=en");
    await page.getByTestId("file-drop-zone").waitFor();
    const outcome = await page.evaluate(async () => {
      const injected = document.createElement("script");
      injected.textContent = "window.__injectedRan = true;";
      document.head.appendChild(injected);
      let fetched = "refused";
      try {
        await fetch("https://example.invalid/");
        fetched = "sent";
      } catch {
        fetched = "refused";
      }
      return { injected: (window as unknown as { __injectedRan?: boolean }).__injectedRan === true, fetched };
    });
    expect(outcome).toEqual({ injected: false, fetched: "refused" });
    const seen = await violations(page);
    expect(seen.some((v) => v.startsWith("script-src-elem blocked inline") || v.startsWith("script-src blocked inline"))).toBe(true);
    expect(seen.some((v) => v.startsWith("connect-src blocked https://example.invalid/"))).toBe(true);
    // The refused request never reached the network (the session's router saw nothing).
    expect(session.foreignRequests).toEqual([]);
    // The console errors these refusals log are the test's own doing.
    session.errors.length = 0;
    await page.close();
  });
});
