// Test helpers: arguments shaped the way Excel passes them to custom functions (columns as n×1 arrays,
// blanks as null, error cells as data-type error values or CustomFunctions.Error objects), and failures.

import { FunctionFailure } from "../../src/functions/failure";
import { DICTIONARIES, type Lang } from "../../src/i18n";
import { PENALTY_FIELDS, TABLE_COLUMNS, fieldMarker, type TableKey } from "../../src/workbook/layout";

/** A one-column range: column(1, null, "5,2") is [[1], [null], ["5,2"]]. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** A one-row range: row(1, 2) is [[1, 2]]. */
export function row(...values: unknown[]): unknown[][] {
  return [values];
}

/** An error cell as Excel passes it with allowErrorForDataTypeAny (a data-type error value). */
export function errorValue(code: string): unknown {
  return { type: "Error", basicValue: code };
}

/** An error cell as a CustomFunctions.Error-like object. */
export function errorObject(code: string): unknown {
  return { code, message: "" };
}

/** The FunctionFailure `run` throws (fails the test if it returns). */
export function failureOf(run: () => unknown): FunctionFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof FunctionFailure) return error;
    throw error;
  }
  throw new Error("expected a FunctionFailure, but the function returned a value");
}

/**
 * A template table as a function receives it (`Table[[#Headers],[#Data]]`): the header row in `lang`, then
 * the rows, with only the columns named in `keys`, in that order.
 */
export function table(key: TableKey, lang: Lang, keys: readonly string[], ...rows: unknown[][]): unknown[][] {
  const header = keys.map((k) => {
    const column = TABLE_COLUMNS[key].find((c) => c.key === k);
    if (!column) throw new Error(`the ${key} table has no column ${k}`);
    return DICTIONARIES[lang][column.header];
  });
  return [header, ...rows];
}

/**
 * The reporting sheet's field rows as the template passes them to BAGALAU.PENALTY: the hidden field marker in
 * column A, the label in `lang`, the value; fields not given are blank.
 */
export function reportingFields(lang: Lang, values: Partial<Record<(typeof PENALTY_FIELDS)[number]["key"], unknown>>): unknown[][] {
  return PENALTY_FIELDS.map((field) => [fieldMarker(field.key), DICTIONARIES[lang][field.label], values[field.key] ?? null]);
}

/** Six App. 4 rows (key, previous, current) with hand-computed E = ((20 / 22) · (150 / 160) · 0.98)^(1/6). */
export const APP4_ROWS: unknown[][] = [
  ["unemployment", 5.0, 4.8],
  ["selfEmployedShare", 20, 22],
  ["housingQueue", 1000, 900],
  ["emissionsPerCapita", 150, 160],
  ["realIncomeIndex", 100, 98],
  ["grpPerCapita", 2000, 2100],
];
