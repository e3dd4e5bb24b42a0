// The end-to-end tests' browser: Debian's Chromium driven by playwright-core (headless, a fresh profile),
// the built dist/ served on 127.0.0.1, and a page that records console errors, page errors and every
// request that leaves the page's own server (Microsoft's CDN is unreachable here, as in an offline browser).

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from "playwright-core";
import { CHROMIUM, requiredTool } from "../support/required-tool";

const { serveDist } = require("../../scripts/serve-dist.js") as {
  serveDist: (options?: { root?: string; port?: number }) => Promise<{ url: string; close(): Promise<void> }>;
};

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
/** Chromium ($BAGALAU_CHROMIUM, else chromium on the PATH): without it the tests skip, or fail under CI=true. */
export const CHROMIUM_TOOL = requiredTool(CHROMIUM);
/** Where Office requires the page to load office.js from; unreachable in these tests. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** A task pane's size. */
export const VIEWPORT = { width: 420, height: 900 };

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The newest modification time of the sources the add-in's pages are built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(tsx?|html)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Fails clearly where the tests cannot run: no build, or a build older than the sources (Chromium: CHROMIUM_TOOL). */
export function checkPrerequisites(): void {
  const page = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(page)) throw new Error(`${page} is missing: run \`npm run build\` before these tests (npm test does).`);
  const built = Math.min(...["taskpane.html", "taskpane.js", "xlsx-workbook.js"].map((file) => fs.statSync(path.join(DIST, file)).mtimeMs));
  const sources = fs
    .readdirSync(path.join(ROOT, "src"))
    .filter((dir) => dir !== "cli")
    .map((dir) => newestSource(path.join(ROOT, "src", dir)));
  if (built < Math.max(...sources)) throw new Error("dist/ is older than src/: run `npm run build` before these tests (npm test does).");
}

export interface Session {
  context: BrowserContext;
  url: string;
  /** Console errors and uncaught page errors, with the page address. */
  errors: string[];
  /** Requests to anywhere but the page's server and the office.js CDN. */
  foreignRequests: string[];
  /** A new page at taskpane.html (query: e.g. "?lang=ru"), the browser's remembered language cleared. */
  open(query?: string): Promise<Page>;
  close(): Promise<void>;
}

function describeConsole(message: ConsoleMessage): string {
  const where = message.location();
  return `${message.text()} (${where.url}:${where.lineNumber})`;
}

export async function startSession(): Promise<Session> {
  checkPrerequisites();
  const server = await serveDist({ root: DIST });
  const origin = new URL(server.url).origin;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-e2e-"));
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-e2e-downloads-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_TOOL.path,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url !== OFFICE_CDN) foreignRequests.push(url);
    // As in a browser without the internet.
    return route.abort("internetdisconnected");
  });
  const session: Session = {
    context,
    url: `${server.url}taskpane.html`,
    errors,
    foreignRequests,
    async open(query = "") {
      const page = await context.newPage();
      await page.addInitScript(() => {
        try {
          localStorage.removeItem("bagalau.lang");
        } catch {
          // storage blocked: nothing remembered either
        }
      });
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        // The CDN's office.js cannot load here: the page then loads its own copy (that is what is tested).
        if (message.location().url === OFFICE_CDN) return;
        errors.push(describeConsole(message));
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.stack ?? error.message}`));
      await page.goto(`${session.url}${query}`);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
  return session;
}
