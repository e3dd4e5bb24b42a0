// Where the key-value fields of the score and reporting sheets sit, and their sheet-qualified addresses,
// for the formulas of other sheets (the profile options, the reporting sheet's W inputs).

import type { Kind } from "../../core";
import type { Lang } from "../../i18n";
import { BODY_FIELDS, FIELD_VALUE_COLUMN } from "../layout";
import { columnLetter, quoteSheetName } from "../sheet-spec";
import { sheetName } from "./sheet-names";

/** The row of the first key-value field of the reporting sheet and of the score sheet (below the title rows). */
export const PENALTY_FIELDS_ROW = 4;
export const BODY_FIELDS_ROW = 4;

/** The absolute address of a field of the score sheet (the profile options live there), sheet-qualified. */
export function bodyFieldRef(lang: Lang, kind: Kind, key: string): string {
  const row = BODY_FIELDS_ROW + BODY_FIELDS.findIndex((f) => f.key === key);
  return `${quoteSheetName(sheetName("body", kind, lang))}!$${columnLetter(FIELD_VALUE_COLUMN)}$${row}`;
}
