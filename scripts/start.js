#!/usr/bin/env node
// `npm start`: build the add-in, then sideload it where Excel is installed (Windows, Mac: through
// `npx office-addin-debugging`, which also runs the dev server), or else serve https://localhost:3000
// with the dev server and print exactly how to sideload by hand in Excel on Windows, Mac and the web.
//
// Options: --instructions (print the sideloading steps only: `npm run sideload`), --no-build, --serve
// (serve and print even where Excel is installed). BAGALAU_EXCEL=none pretends Excel is not installed.

"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn, spawnSync } = require("child_process");
const { CERTIFICATE_DIR, devServerProtocol } = require("./dev-certs");

const ROOT = path.join(__dirname, "..");
const PORT = 3000;
const MANIFEST = path.join(ROOT, "dist", "manifest.xml");
const args = new Set(process.argv.slice(2));

/** Where Excel is installed on this machine (Windows or Mac), or null. */
function excelInstallation() {
  if (process.env.BAGALAU_EXCEL === "none") return null;
  const candidates = [];
  if (process.platform === "win32") {
    for (const base of [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter((dir) => dir !== undefined)) {
      candidates.push(
        path.join(base, "Microsoft Office", "root", "Office16", "EXCEL.EXE"),
        path.join(base, "Microsoft Office", "Office16", "EXCEL.EXE"),
      );
    }
  } else if (process.platform === "darwin") {
    candidates.push("/Applications/Microsoft Excel.app", path.join(os.homedir(), "Applications", "Microsoft Excel.app"));
  }
  return candidates.find((candidate) => fs.existsSync(candidate)) || null;
}

/**
 * @param {string} command
 * @param {string[]} commandArgs
 * @param {import("child_process").SpawnSyncOptions} [options]
 */
function run(command, commandArgs, options = {}) {
  return spawnSync(command, commandArgs, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32", ...options });
}

/** @param {...string} scriptArgs */
function npm(...scriptArgs) {
  return run(process.platform === "win32" ? "npm.cmd" : "npm", scriptArgs);
}

/**
 * The steps to sideload dist/manifest.xml by hand, for Excel on Windows, on Mac and on the web.
 * @param {{ type: "http" | "https"; trusted?: boolean }} protocol
 */
function sideloadInstructions(protocol) {
  const url = `${protocol.type}://localhost:${PORT}/`;
  /** @type {string[]} */
  const lines = [];
  const say = (line = "") => lines.push(line);
  say("How to sideload BAGALAU into Excel");
  say("==================================");
  say(`Manifest: ${MANIFEST}`);
  say(`Add-in server: ${url} (task pane: ${url}taskpane.html)`);
  say(`File mode, no Excel needed: open ${url}taskpane.html in a browser and choose or drop an .xlsx file.`);
  if (protocol.type === "http") {
    say();
    say("!! The developer certificates could not be created, so the server runs over plain http.");
    say("!! Excel loads add-ins only over https: open the task pane page in a browser to look at it, and");
    say("!! run `npx office-addin-dev-certs install` (it needs administrator rights) to sideload into Excel.");
  } else if (!protocol.trusted) {
    say();
    say("!! The developer certificates were created but are not trusted by this computer.");
    say(`!! Trust ${path.join(CERTIFICATE_DIR, "ca.crt")} (or run \`npx office-addin-dev-certs install\`),`);
    say("!! otherwise Excel refuses to load the add-in.");
  }
  say();
  say("The server uses the office-addin-dev-certs certificates (~/.office-addin-dev-certs); Excel and the");
  say("browser must trust them: `npx office-addin-dev-certs install` once (administrator rights).");
  say("Excel must reach the server at https://localhost:3000, so run `npm start` on the computer where Excel");
  say("runs. To serve from elsewhere, build with BAGALAU_ADDIN_URL=https://<your-server>/ npm run build and");
  say("publish dist/ over https at that address; dist/manifest.xml then points there.");
  say();
  say("Excel on Windows (shared folder catalog)");
  say("  1. Create a folder, e.g. C:\\BagalauCatalog. Right-click it > Properties > Sharing > Share..., add");
  say("     yourself, choose Share, and note the network path shown (e.g. \\\\YOUR-PC\\BagalauCatalog).");
  say(`  2. Copy ${MANIFEST} into that folder.`);
  say("  3. In Excel: File > Options > Trust Center > Trust Center Settings... > Trusted Add-in Catalogs.");
  say("     Enter the network path in Catalog Url, choose Add catalog, tick Show in Menu, then OK and OK.");
  say("  4. Close and reopen Excel.");
  say("  5. Home > Add-ins > Advanced (or Insert > My Add-ins) > SHARED FOLDER > BAGALAU > Add.");
  say("  6. Home > Open BAGALAU opens the task pane; type =BAGALAU. in a cell to see the functions.");
  say();
  say("Excel on Mac");
  say("  1. mkdir -p ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef");
  say(`  2. cp "${MANIFEST}" ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/bagalau.xml`);
  say("  3. Quit and reopen Excel, open a workbook.");
  say("  4. Home > Add-ins, choose BAGALAU (under Developer Add-ins). Home > Open BAGALAU opens the task pane.");
  say();
  say("Excel on the web");
  say(`  1. In the same browser, open ${url}taskpane.html once and make sure it loads without a certificate warning.`);
  say("  2. Open a workbook in Excel on the web (https://www.office.com).");
  say("  3. Home > Add-ins > More Settings (or Insert > Office Add-ins) > Upload My Add-in.");
  say(`  4. Browse to ${MANIFEST} and choose Upload.`);
  say("  5. Home > Open BAGALAU opens the task pane; type =BAGALAU. in a cell to see the functions.");
  say();
  say("To remove a sideloaded add-in, clear the Office cache (Windows, Mac) or the browser's storage (web).");
  return lines.join("\n");
}

/** @param {import("./dev-certs").DevServerProtocol} protocol */
function serve(protocol) {
  // The dev server decides again from this variable, without trying to install the certificates twice.
  const env = { ...process.env };
  if (protocol.type === "http") env.BAGALAU_DEV_SERVER = "http";
  else if (!protocol.trusted) env.BAGALAU_DEV_SERVER = "https-untrusted";
  console.log(`\nStarting the dev server at ${protocol.type}://localhost:${PORT}/ (Ctrl+C to stop)...\n`);
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { cwd: ROOT, stdio: "inherit", env });
  const stop = () => child.kill("SIGINT");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code === null ? 0 : code));
}

async function main() {
  if (args.has("--instructions")) {
    // Only the steps: no certificate is created or installed here (npm start and npm run dev-server do that).
    console.log(sideloadInstructions({ type: "https", trusted: true }));
    return;
  }
  if (!args.has("--no-build")) {
    const build = npm("run", "build:addin");
    if (build.status !== 0) process.exit(build.status === null ? 1 : build.status);
  }
  const excel = args.has("--serve") ? null : excelInstallation();
  if (excel) {
    console.log(`Excel found (${excel}): sideloading with office-addin-debugging, which also starts the dev server.`);
    const sideload = run(process.platform === "win32" ? "npx.cmd" : "npx", [
      "--yes",
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--app",
      "excel",
    ]);
    if (sideload.status === 0) return;
    console.log("\noffice-addin-debugging did not sideload the add-in; serving it instead, sideload it by hand:\n");
  } else {
    console.log(`No Excel on this computer (${process.platform}): serving the add-in; sideload it by hand.\n`);
  }
  const protocol = await devServerProtocol();
  console.log(sideloadInstructions(protocol));
  serve(protocol);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error && error.stack ? error.stack : error);
    process.exit(1);
  });
}

module.exports = { excelInstallation, sideloadInstructions };
