// The language of the custom functions' error messages: Office's display language (kk-KZ, ru-RU, en-US)
// when Excel gives one, Kazakh otherwise. The tag is passed in so that the choice is testable.

import { DEFAULT_LANG, isLang, type Lang } from "../i18n";

/** kk-KZ → kk, ru-RU → ru, en-US → en; any other or no tag → the default, Kazakh. */
export function languageOfTag(tag: unknown): Lang {
  if (typeof tag !== "string") return DEFAULT_LANG;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : DEFAULT_LANG;
}

// Module-local view of the global that office.js defines; absent outside Office.
declare const Office: { context?: { displayLanguage?: string } } | undefined;

/** The language of Office's user interface, read without failing where Office is not loaded. */
export function officeDisplayLanguage(): Lang {
  try {
    return languageOfTag(typeof Office === "undefined" ? undefined : Office?.context?.displayLanguage);
  } catch {
    return DEFAULT_LANG;
  }
}
