// The reader of the reporting sheet (role "penalties", the input of the verification act): the deadline
// and submission dates, the late and incomplete flags, the missing elements and the unreliable facts.

import { cellText, isBlankCell } from "../cell-values";
import { BOOLEAN_WORDS, matchWord } from "../choice-words";
import { FIRST_COLUMN } from "../layout";
import { rawNumber } from "./input-values";
import type { SheetToRead } from "./sheet-reader";

/** The `penalties` object of the evaluation JSON; empty without the sheet. */
export function readPenaltiesSheet(sheet: SheetToRead | undefined): Record<string, unknown> {
  const penalties: Record<string, unknown> = {};
  if (!sheet) return penalties;
  const { walk: w, reader } = sheet;
  for (const key of ["deadline", "submitted"]) {
    const f = w.fields.get(key);
    if (!f) continue;
    const date = reader.date(f.row, f.column, `penalties.${key}`);
    if (date) penalties[key] = date;
  }
  for (const [field, key] of [
    ["lateFlag", "late"],
    ["incompleteFlag", "incomplete"],
  ] as const) {
    const f = w.fields.get(field);
    if (!f) continue;
    reader.note(`penalties.${key}`, f.row, f.column);
    const value = reader.at(f.row, f.column);
    // TRUE/FALSE, or its word typed as text in any of the three languages (ИСТИНА, иә, no…).
    const flag = typeof value === "boolean" ? value : typeof value === "string" ? matchWord(value, BOOLEAN_WORDS) : null;
    if (flag !== null) penalties[key] = flag === true || flag === "true";
    else if (!isBlankCell(value))
      reader.readIssues.push({
        code: "VALUE_NOT_RECOGNIZED",
        severity: "error",
        cell: reader.ref(f.row, f.column),
        params: { text: String(cellText(value)), allowed: "TRUE, FALSE" },
      });
  }
  const missing = w.tables.find((t) => t.key === "missing");
  penalties.missingElements = (missing?.rows ?? [])
    .map((r, i) => {
      reader.note(`penalties.missingElements[${i}]`, r.row, r.column("element"));
      return cellText(r.get("element")) ?? "";
    })
    .filter((e) => e !== "");
  const unreliable = w.tables.find((t) => t.key === "unreliable");
  const facts = (unreliable?.rows ?? []).map((r, i) => {
    const path = `penalties.unreliableFacts[${i}]`;
    reader.note(path, r.row, r.column("indicator"));
    for (const key of ["plan", "fact", "rechecked"]) reader.note(`${path}.${key}`, r.row, r.column(key));
    const fact: Record<string, unknown> = {
      indicator: cellText(r.get("indicator")) ?? "",
      plan: rawNumber(r.get("plan")),
      fact: rawNumber(r.get("fact")),
      rechecked: rawNumber(r.get("rechecked")),
    };
    const note = cellText(r.get("note"));
    if (note !== undefined) fact.note = note;
    return fact;
  });
  const countField = w.fields.get("unreliableFactCount");
  const count = countField ? reader.at(countField.row, countField.column) : undefined;
  const countValid = typeof count === "number" && Number.isInteger(count) && count >= 0;
  if (countField && !countValid && !isBlankCell(count)) {
    reader.readIssues.push({
      code: "VALUE_NOT_RECOGNIZED",
      severity: "error",
      cell: reader.ref(countField.row, countField.column),
      params: { text: String(cellText(count)), allowed: "0, 1, 2, …" },
    });
  }
  if (facts.length > 0 || !countValid) penalties.unreliableFacts = facts;
  else penalties.unreliableFactCount = count;
  if (countField) reader.note("penalties.unreliableFactCount", countField.row, countField.column);
  reader.note("penalties", 1, FIRST_COLUMN);
  return penalties;
}
