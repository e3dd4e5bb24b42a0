// The task pane's entry (taskpane.js): waits for Office, then renders the React app — inside Excel over
// the ExcelPort, elsewhere with a notice that no workbook is connected (the seam for the file mode).

/// <reference types="office-js" />

import { createRoot, type Root } from "react-dom/client";
import { DEFAULT_LANG, type Lang } from "../i18n";
import { languageOfTag } from "../functions/language";
import { App, type PaneHost } from "./App";
import type { ViewKey } from "./errors";
import { connectExcel } from "./host";
import { languageFromAddress, storedLanguage } from "./preferences";

/** Today in the user's time zone as YYYY-MM-DD (the clock lives here, not in the core). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function renderPane(root: Root, host: PaneHost, displayLanguage?: Lang): void {
  const addressLang = languageFromAddress(window.location.search);
  const anchor = window.location.hash.slice(1) || undefined;
  const initialView: ViewKey | undefined = anchor?.startsWith("fn-") ? "help" : undefined;
  root.render(
    <App
      host={host}
      initialLang={addressLang ?? storedLanguage() ?? displayLanguage ?? DEFAULT_LANG}
      langFixed={addressLang !== undefined}
      initialView={initialView}
      anchor={anchor}
      today={localToday}
    />,
  );
}

function start(): void {
  const container = document.getElementById("app");
  if (!container) return;
  const root = createRoot(container);
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    // office.js did not load (a browser offline, or the page opened on its own).
    renderPane(root, { kind: "none", reason: "noOffice" });
    return;
  }
  Office.onReady()
    .then((info) => {
      if (info.host === Office.HostType.Excel) {
        const displayLanguage = languageOfTag(Office.context?.displayLanguage);
        let host: PaneHost;
        try {
          host = { kind: "excel", app: connectExcel() };
        } catch (error) {
          // Excel is there but its API cannot be reached (an Excel too old for the shared runtime): say why.
          host = { kind: "none", reason: "otherHost", error };
        }
        renderPane(root, host, displayLanguage);
      } else {
        renderPane(root, { kind: "none", reason: info.host ? "otherHost" : "noOffice" });
      }
    })
    .catch((error: unknown) => renderPane(root, { kind: "none", reason: "noOffice", error }));
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
