// How an input cell's value goes into the evaluation JSON: a numeric cell as the core should see it
// (numbers stay numbers, anything else as its text), and the drop-down words accepted in any language.

import type { MessageKey } from "../../i18n";
import { isBlankCell } from "../cell-values";
import { vocabulary } from "../layout";
import { isCellError, type CellValue } from "../sheet-spec";

export const BETTER_WORDS = vocabulary(["higher", "lower"] as const, (v) => `wb.value.${v}` as MessageKey);
export const DATA_WORDS = vocabulary(["official", "operational", "none"] as const, (v) => `wb.value.${v}` as MessageKey);
export const KIND_WORDS = vocabulary(["central", "local"] as const, (v) => `kind.${v}` as MessageKey);

/** A numeric cell as the core should see it: numbers stay numbers, anything else as its text. */
export function rawNumber(value: CellValue | undefined): unknown {
  if (isBlankCell(value)) return null;
  if (typeof value === "number") return value;
  if (value instanceof Date) return isoDate(value);
  if (isCellError(value)) return value.error;
  return String(value);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
