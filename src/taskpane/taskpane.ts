// The task pane's first page (the shared-runtime page of manifest.xml): a localized heading, what the
// add-in does and the list of BAGALAU.* functions. Works without Office (office.js absent or offline).

/// <reference types="office-js" />

import { isLang, DEFAULT_LANG, type Lang } from "../i18n";
import { languageOfTag } from "../functions/language";
import { taskPaneContent, type TaskPaneContent } from "./content";

/** ?lang=ru in the page address wins; otherwise Office's display language once Office is ready. */
function languageFromAddress(): Lang | null {
  try {
    const value = new URLSearchParams(window.location.search).get("lang");
    return value && isLang(value) ? value : null;
  } catch {
    return null;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function render(content: TaskPaneContent): void {
  document.documentElement.lang = content.lang;
  document.title = content.title;
  const root = document.getElementById("app");
  if (!root) return;
  root.replaceChildren();
  const header = element("header");
  const logo = element("img");
  logo.src = "assets/icon-64.png";
  logo.alt = "";
  logo.width = 32;
  logo.height = 32;
  header.append(logo, element("h1", content.title));
  const list = element("dl", undefined, "functions");
  for (const fn of content.functions) {
    const term = element("dt");
    term.id = fn.anchor;
    term.append(element("code", fn.signature));
    list.append(term, element("dd", fn.description));
  }
  const status = element("p", content.status, "status");
  status.setAttribute("role", "status");
  root.append(header, element("p", content.intro), status, element("h2", content.functionsHeading), list);
  const anchor = window.location.hash.slice(1);
  if (anchor) document.getElementById(anchor)?.scrollIntoView();
}

function start(): void {
  const chosen = languageFromAddress();
  render(taskPaneContent(chosen ?? DEFAULT_LANG, false));
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  Office.onReady()
    .then((info) => {
      const connected = info.host === Office.HostType.Excel;
      const lang = chosen ?? (connected ? languageOfTag(Office.context?.displayLanguage) : DEFAULT_LANG);
      render(taskPaneContent(lang, connected));
    })
    .catch(() => undefined);
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
