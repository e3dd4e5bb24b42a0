// Why a custom function gives an Excel error instead of a number: #VALUE! for a bad argument, #N/A when
// nothing can be computed. Pure (a plain Error subclass); functions.ts turns it into CustomFunctions.Error.

import { t, type Lang, type MessageKey } from "../i18n";

/** "value" becomes #VALUE!, "notAvailable" becomes #N/A; the message is already localized. */
export type FailureKind = "value" | "notAvailable";

export class FunctionFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
    this.name = "FunctionFailure";
  }
}

export type MessageParams = Record<string, string | number>;

/** A bad argument (#VALUE!) with the localized message `key`. */
export function badValue(lang: Lang, key: MessageKey, params: MessageParams = {}): FunctionFailure {
  return new FunctionFailure("value", t(lang, key, params));
}

/** Nothing to compute (#N/A) with the localized message `key`. */
export function notAvailable(lang: Lang, key: MessageKey, params: MessageParams = {}): FunctionFailure {
  return new FunctionFailure("notAvailable", t(lang, key, params));
}
