// No network request at run time but office.js's own loading: the built bundles (dist/*.js after `npm run
// build`) and the compiled CLI (lib/) are scanned for every way code can reach the network or load code —
// fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts, workers, script elements,
// service workers — and for every http(s):// literal. Each occurrence is on an explicit allow-list with the
// reason it sends nothing; anything new fails. The CLI is also run with Node's network modules watched.
// Not scanned: dist/office-js/, Microsoft's office.js as published (loaded only where its CDN cannot be
// reached). Its telemetry code (oteljs, aria → *.pipe.aria.microsoft.com) is kept closed outside Office
// (src/taskpane/file-mode/office-telemetry.ts) and refused by the page's connect-src 'self' inside it.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ensureBuilt, root } from "../cli/run-cli";
import { DIST } from "../functions/dist";

/** The ways code reaches the network or loads more code. */
const PATTERNS: Record<string, RegExp> = {
  fetch: /\bfetch\s*\(/g,
  XMLHttpRequest: /\bXMLHttpRequest\b/g,
  WebSocket: /\bWebSocket\b/g,
  EventSource: /\bEventSource\b/g,
  sendBeacon: /\bsendBeacon\b/g,
  importScripts: /\bimportScripts\b/g,
  Worker: /\bnew\s+(Shared)?Worker\s*\(/g,
  scriptElement: /createElement\(\s*["'`]script["'`]\s*\)|<script\s+src=/g,
  serviceWorker: /\bserviceWorker\b/g,
};

/** Every allowed occurrence: bundle → pattern → how many, and why none of them sends anything. */
const ALLOWED_CALLS: Record<string, Partial<Record<keyof typeof PATTERNS, { count: number; why: string }>>> = {
  "taskpane.js": {
    scriptElement: {
      count: 1,
      why:
        'webpack\'s chunk loader: adds <script src="xlsx-workbook.js"> (publicPath "", the page\'s own folder) when file mode opens a workbook, ' +
        "plan-import.js when Start shows the plan's import, plan-docx.js when a Word plan is read",
    },
  },
  "xlsx-workbook.js": {
    scriptElement: {
      count: 8,
      why:
        "setImmediate/nextTick polyfills bundled with ExcelJS (core-js's task, setimmediate, immediate for JSZip's lie, asap): a script element " +
        "without src, used for its onreadystatechange only on old Internet Explorer; modern browsers take the MessageChannel/postMessage branch",
    },
    importScripts: {
      count: 3,
      why: "the same polyfills test `!global.importScripts` to tell a web worker from a page; importScripts is never called",
    },
  },
  "functions.js": {},
  "commands.js": {},
  "plan-docx.js": {
    scriptElement: {
      count: 4,
      why:
        "setImmediate polyfills bundled with mammoth's JSZip (immediate, and the one in bluebird-style promises): a script element " +
        "without src, used for its onreadystatechange only on old Internet Explorer; modern browsers take the MessageChannel branch",
    },
    importScripts: {
      count: 1,
      why: "the same polyfill tests `!global.importScripts` to tell a web worker from a page; importScripts is never called",
    },
  },
  "plan-import.js": {},
};

/** Namespace URIs of XML parts (OOXML, Dublin Core, W3C): identifiers written into and read from files, never requested. */
const XML_NAMESPACE = /^https?:\/\/(schemas\.openxmlformats\.org|schemas\.microsoft\.com|purl\.org\/dc|www\.w3\.org)\//;

/** Other URL literals: text in licence headers and error messages that a person may read; no code requests them. */
const ALLOWED_URLS: Record<string, string> = {
  "https://reactjs.org/docs/error-decoder.html?invariant=":
    "React's production error messages name this page for the full text; shown, never fetched",
  "http://stuartk.com/jszip": "JSZip's licence header (ExcelJS's zip library)",
  "https://feross.org": "the buffer polyfill's licence header (feross/buffer, bundled by ExcelJS's browser build)",
  "https://feross.org/opensource": "the same licence header",
  "https://github.com/crypto-browserify/crypto-browserify": "crypto-browserify's error text for an unsupported hash (bundled by ExcelJS)",
  "https://github.com/exceljs/exceljs/blob/master/UPGRADE-4.0.md": "ExcelJS's error message for removed API",
  "https://github.com/indutny/elliptic": "elliptic's package metadata (bundled by crypto-browserify in ExcelJS)",
  "https://github.com/indutny/elliptic/issues": "the same package metadata",
  "https://github.com/nodeca/pako/blob/main/LICENSE": "pako's licence header (JSZip's deflate)",
  "https://github.com/uuidjs/uuid#getrandomvalues-not-supported": "uuid's error message where crypto.getRandomValues is missing",
  "https://github.com/zloirock/core-js": "core-js's version banner (bundled by ExcelJS)",
  "https://github.com/zloirock/core-js/blob/v3.33.0/LICENSE": "the same banner",
  "https://raw.github.com/Stuk/jszip/main/LICENSE.markdown.": "JSZip's licence header",
  "https://stuk.github.io/jszip/documentation/howto/read_zip.html": "JSZip's error message for a file that is not a zip",
  "http://purl.oclc.org/ooxml/wordprocessingml/main":
    "a namespace of Strict OOXML Word documents that mammoth reads (an identifier, never requested)",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "the same, for relationships",
  "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": "the same, for drawings in a Word document",
  "http://purl.oclc.org/ooxml/drawingml/main": "the same, for DrawingML",
  "http://purl.oclc.org/ooxml/drawingml/picture": "the same, for pictures",
  "http://schemas.zwobble.org/mammoth/style-map":
    "the name of the part where mammoth finds a style map embedded in a .docx (an identifier)",
};

const URL_LITERAL = /https?:\/\/[^\s"'`<>)\\\]]*/g;

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

function urls(text: string): string[] {
  return Array.from(new Set(text.match(URL_LITERAL) ?? [])).sort();
}

function builtBundles(): string[] {
  if (!fs.existsSync(path.join(DIST, "taskpane.js")))
    throw new Error(`${DIST}/taskpane.js is missing: run \`npm run build\` before these tests (npm test does).`);
  return fs
    .readdirSync(DIST)
    .filter((name) => name.endsWith(".js"))
    .sort();
}

function libFiles(dir = path.join(root, "lib")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? libFiles(full) : entry.name.endsWith(".js") ? [full] : [];
  });
}

describe("the add-in's bundles (dist/)", () => {
  test("every bundle is on the allow-list, and the list names no bundle that is gone", () => {
    expect(builtBundles()).toEqual(Object.keys(ALLOWED_CALLS).sort());
  });

  test.each(Object.keys(ALLOWED_CALLS))("%s: network and code-loading calls only where allowed, as often as allowed", (bundle) => {
    const text = fs.readFileSync(path.join(DIST, bundle), "utf8");
    const found = Object.fromEntries(
      Object.entries(PATTERNS)
        .map(([name, pattern]) => [name, count(text, pattern)])
        .filter(([, n]) => n !== 0),
    );
    const allowed = Object.fromEntries(Object.entries(ALLOWED_CALLS[bundle]).map(([name, entry]) => [name, entry!.count]));
    expect(found).toEqual(allowed);
  });

  test.each(Object.keys(ALLOWED_CALLS))("%s: every http(s) literal is an XML namespace or an allowed text", (bundle) => {
    const text = fs.readFileSync(path.join(DIST, bundle), "utf8");
    expect(urls(text).filter((url) => !XML_NAMESPACE.test(url) && !(url in ALLOWED_URLS))).toEqual([]);
  });

  test("the allow-list has no stale entry: each allowed URL still occurs in some bundle", () => {
    const all = builtBundles()
      .map((bundle) => fs.readFileSync(path.join(DIST, bundle), "utf8"))
      .join("\n");
    const present = new Set(urls(all));
    expect(Object.keys(ALLOWED_URLS).filter((url) => !present.has(url))).toEqual([]);
  });

  test("taskpane.html loads scripts only from the add-in's folder and office.js's CDN", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.filter((src) => /^[a-z]+:|^\/\//i.test(src))).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    // The CDN's origin appears once more, in the Content-Security-Policy's script-src.
    expect(urls(html)).toEqual(["https://appsforoffice.microsoft.com", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });
});

describe("the command line (lib/)", () => {
  beforeAll(() => ensureBuilt());

  test("its compiled code calls nothing that reaches the network; its only URLs are XML namespaces", () => {
    for (const file of libFiles()) {
      const text = fs.readFileSync(file, "utf8");
      for (const [name, pattern] of Object.entries(PATTERNS))
        expect([path.relative(root, file), name, count(text, pattern)]).toEqual([path.relative(root, file), name, 0]);
      expect(urls(text).filter((url) => !XML_NAMESPACE.test(url))).toEqual([]);
      expect(text).not.toMatch(/require\("(node:)?(http|https|http2|net|tls|dgram|dns)"\)/);
    }
  });

  test("scoring, checking and writing a conclusion load no network module and call no fetch (its dependencies included)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-network-"));
    const hook = path.join(dir, "watch.js");
    const report = path.join(dir, "report.json");
    fs.writeFileSync(
      hook,
      `const Module = require("module");
const seen = { builtins: new Set(), calls: [] };
const load = Module._load;
Module._load = function (request) {
  if (Module.isBuiltin(request)) seen.builtins.add(request.replace(/^node:/, ""));
  return load.apply(this, arguments);
};
for (const name of ["fetch", "WebSocket", "EventSource"]) {
  if (name in globalThis) globalThis[name] = function () { seen.calls.push(name); throw new Error(name + " is not allowed"); };
}
process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(report)}, JSON.stringify({ builtins: [...seen.builtins].sort(), calls: seen.calls })));
`,
    );
    try {
      const runs = [
        ["score", "examples/ministry-of-health.xlsx", "examples/zhambyl-oblast.json", "--json"],
        ["check", "examples/ministry-of-health.xlsx", "-o", path.join(dir, "checked.xlsx")],
        ["conclusion", "examples/zhambyl-oblast.xlsx", "-o", path.join(dir, "conclusion.xlsx")],
      ];
      for (const args of runs) {
        const run = spawnSync(process.execPath, ["-r", hook, path.join(root, "bin/bagalau.js"), ...args], { cwd: root, encoding: "utf8" });
        expect([0, 1]).toContain(run.status);
        const seen = JSON.parse(fs.readFileSync(report, "utf8")) as { builtins: string[]; calls: string[] };
        expect(seen.calls).toEqual([]);
        expect(
          seen.builtins.filter((name) => /^(http|https|http2|net|tls|dgram|dns|child_process|worker_threads|inspector)$/.test(name)),
        ).toEqual([]);
        // What it does load: files, streams, compression, hashing — nothing that talks to another machine.
        expect(seen.builtins.length).toBeGreaterThan(3);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
