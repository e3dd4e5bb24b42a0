#!/usr/bin/env node
// A small static server for the built add-in (dist/) on 127.0.0.1, for the end-to-end tests and the load
// benchmark: GET and HEAD only, no directory listings, nothing outside dist/. `node scripts/serve-dist.js
// [port]` serves until stopped and prints the address; require() it for serveDist({ root, port }).

"use strict";

const fs = require("fs");
const http = require("http");
const path = require("path");

const DIST = path.join(__dirname, "..", "dist");

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".gif": "image/gif",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The file under `root` a request path names, or null when it leaves root or is not a file.
 * @param {string} root
 * @param {string} requestUrl
 * @returns {string | null}
 */
function resolveFile(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  } catch {
    return null;
  }
  if (pathname.endsWith("/")) pathname += "taskpane.html";
  const file = path.resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: a free port chosen by the system). Resolves with
 * { server, port, url, close() } once it listens.
 * @param {{ root?: string; port?: number; host?: string }} [options]
 * @returns {Promise<{ server: http.Server; port: number; url: string; close(): Promise<void> }>}
 */
function serveDist({ root = DIST, port = 0, host = "127.0.0.1" } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" });
      response.end();
      return;
    }
    const file = resolveFile(base, request.url || "/");
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found\n");
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
    response.writeHead(200, { "Content-Type": type, "Content-Length": fs.statSync(file).size, "Cache-Control": "no-cache" });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      // Listening on a host and port: the address is an AddressInfo (a string only for a pipe).
      const actual = /** @type {import("net").AddressInfo} */ (server.address()).port;
      resolve({
        server,
        port: actual,
        url: `http://${host}:${actual}/`,
        close: () =>
          /** @type {Promise<void>} */ (
            new Promise((done) => {
              server.close(() => done());
              server.closeAllConnections();
            })
          ),
      });
    });
  });
}

if (require.main === module) {
  const port = Number(process.argv[2] || 0);
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    console.error("dist/taskpane.html is missing: run `npm run build` first.");
    process.exit(1);
  }
  serveDist({ port }).then(({ url }) => {
    console.log(`Serving dist/ at ${url} (file mode: ${url}taskpane.html). Ctrl+C to stop.`);
  });
}

module.exports = { serveDist, resolveFile };
