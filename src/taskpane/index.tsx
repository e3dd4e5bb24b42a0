// The task pane's entry (taskpane.js): waits for Office, then renders the React app — inside Excel over
// the ExcelPort; outside Office (office.js says there is no host, or it did not load) in file mode, over
// an .xlsx opened in the browser; in another Office host with a notice that BAGALAU needs Excel.

/// <reference types="office-js" />

import { createRoot, type Root } from "react-dom/client";
import { DEFAULT_LANG, type Lang } from "../i18n";
import { languageOfTag } from "../functions/language";
import { App, type PaneHost } from "./App";
import type { ViewKey } from "./errors";
import { FileModePane } from "./file-mode/FileModePane";
import { keepOfficeTelemetryClosed } from "./file-mode/office-telemetry";
import { connectExcel } from "./host";
import { openInNewExcelWorkbook } from "./plan-files/new-workbook";
import { languageFromAddress, storedLanguage } from "./preferences";

/** How long office.js may take to say where the page runs before the pane starts in file mode anyway. */
const OFFICE_READY_TIMEOUT_MS = 5000;

/** Today in the user's time zone as YYYY-MM-DD (the clock lives here, not in the core). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The pane's starting props from the page address, the browser and Office's display language. */
function paneProps(displayLanguage?: Lang) {
  const addressLang = languageFromAddress(window.location.search);
  const anchor = window.location.hash.slice(1) || undefined;
  const initialView: ViewKey | undefined = anchor?.startsWith("fn-") ? "help" : undefined;
  return {
    initialLang: addressLang ?? storedLanguage() ?? displayLanguage ?? DEFAULT_LANG,
    langFixed: addressLang !== undefined,
    initialView,
    anchor,
    today: localToday,
  };
}

function renderPane(root: Root, host: PaneHost, displayLanguage?: Lang): void {
  root.render(<App host={host} {...paneProps(displayLanguage)} />);
}

/** No Office around the page: the pane works on .xlsx files opened in the browser. */
function renderFileMode(root: Root): void {
  root.render(<FileModePane {...paneProps()} />);
}

function start(): void {
  const container = document.getElementById("app");
  if (!container) return;
  const root = createRoot(container);
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    // office.js did not load at all (neither from the CDN nor the copy beside the page).
    renderFileMode(root);
    return;
  }
  // office.js that never gets ready (a part of it missing offline) must not leave the page blank: file
  // mode after a while; should Excel answer later still, its pane replaces file mode.
  let fileModeShown = false;
  const showFileMode = () => {
    if (fileModeShown) return;
    fileModeShown = true;
    // A plain browser (office.js found no Office, or none answered): its telemetry stays closed.
    keepOfficeTelemetryClosed();
    renderFileMode(root);
  };
  const fallback = setTimeout(showFileMode, OFFICE_READY_TIMEOUT_MS);
  Office.onReady()
    .then((info) => {
      clearTimeout(fallback);
      if (info.host === Office.HostType.Excel) {
        const displayLanguage = languageOfTag(Office.context?.displayLanguage);
        let host: PaneHost;
        try {
          host = { kind: "excel", app: connectExcel(), openWorkbook: (sheets) => openInNewExcelWorkbook(sheets) };
        } catch (error) {
          // Excel is there but its API cannot be reached (an Excel too old for the shared runtime): say why.
          host = { kind: "none", reason: "otherHost", error };
        }
        renderPane(root, host, displayLanguage);
      } else if (info.host) {
        renderPane(root, { kind: "none", reason: "otherHost" });
      } else {
        showFileMode();
      }
    })
    .catch(() => {
      clearTimeout(fallback);
      showFileMode();
    });
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
