// What the pane remembers outside the workbook: the language in the browser's localStorage, used when
// the workbook has none saved (or before its state is read), and never failing where storage is blocked.

import { isLang, type Lang } from "../i18n";

const LANG_KEY = "bagalau.lang";

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function storedLanguage(): Lang | undefined {
  try {
    const value = storage()?.getItem(LANG_KEY);
    return value && isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(lang: Lang): void {
  try {
    storage()?.setItem(LANG_KEY, lang);
  } catch {
    // Storage full or blocked (private mode): the workbook state still keeps the language.
  }
}

/** ?lang=ru in the page address, which wins over everything else (links from the help, tests). */
export function languageFromAddress(search: string): Lang | undefined {
  try {
    const value = new URLSearchParams(search).get("lang");
    return value && isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
