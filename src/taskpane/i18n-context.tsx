// The task pane's language as React context: every component reads its texts through `useText()`,
// so switching the language re-renders the whole pane in kk, ru or en.

import { createContext, useCallback, useContext } from "react";
import { DEFAULT_LANG, t, type Lang, type MessageKey } from "../i18n";

const LangContext = createContext<Lang>(DEFAULT_LANG);

export const LangProvider = LangContext.Provider;

export function useLang(): Lang {
  return useContext(LangContext);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** t() bound to the pane's current language. */
export function useText(): Translate {
  const lang = useLang();
  return useCallback((key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params), [lang]);
}
