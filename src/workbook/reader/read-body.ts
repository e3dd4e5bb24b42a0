// The reader of the score sheet (role "body"): the evaluated body (name, kind, period, reorganization)
// and the methodology profile (rules, penalty cap, threshold, and the weights from the score table).

import { EvaluationRefused, checkWeights, type Kind } from "../../core";
import { cellText, isBlankCell } from "../cell-values";
import { BODY_FIELDS, SCORE_COLUMN, normalizeHeader } from "../layout";
import { KIND_WORDS, PROFILE_OPTION_WORDS } from "./input-values";
import type { SheetToRead } from "./sheet-reader";

export interface BodyReading {
  kind: Kind;
  body: Record<string, unknown>;
  /** The profile options the sheet sets; empty when it sets none. */
  profile: Record<string, unknown>;
}

/** Reads the score sheet; without one (or a readable kind) the kind is `kindOfSheets`, what the other sheets tell. */
export function readBodySheet(sheet: SheetToRead | undefined, kindOfSheets: Kind): BodyReading {
  const body: Record<string, unknown> = {};
  const profile: Record<string, unknown> = {};
  let kind: Kind | undefined;
  if (sheet) {
    const { walk: w, reader } = sheet;
    const field = (key: string) => w.fields.get(key);
    const kindField = field("kind");
    if (kindField) kind = reader.word(kindField.row, kindField.column, KIND_WORDS, "body.kind", ["kind.central", "kind.local"]);
    kind ??= kindOfSheets; // before the weights, which are checked for the kind
    for (const key of ["name", "period"]) {
      const f = field(key);
      if (f) {
        reader.note(`body.${key}`, f.row, f.column);
        const value = cellText(reader.at(f.row, f.column));
        if (value !== undefined) body[key] = value;
      }
    }
    const dateField = field("reorganizedDate");
    if (dateField) {
      const date = reader.date(dateField.row, dateField.column, "body.reorganized.date");
      if (date) {
        const successor = field("successor");
        const name = successor ? cellText(reader.at(successor.row, successor.column)) : undefined;
        body.reorganized = name ? { date, successor: name } : { date };
      }
    }
    for (const key of ["qualityRule", "indicatorRule", "resultRule", "rangeRule", "penaltyCapScope"]) {
      const f = field(key);
      const def = BODY_FIELDS.find((d) => d.key === key);
      if (!f || !def) continue;
      reader.note(`profile.${key}`, f.row, f.column);
      const value = cellText(reader.at(f.row, f.column));
      if (value === undefined) continue;
      const option = PROFILE_OPTION_WORDS[key as keyof typeof PROFILE_OPTION_WORDS]?.get(normalizeHeader(value));
      if (option !== undefined) profile[key] = option;
      else
        reader.readIssues.push({
          code: "VALUE_NOT_RECOGNIZED",
          severity: "error",
          cell: reader.ref(f.row, f.column),
          params: { text: value, allowed: (def.options ?? []).join(", ") },
        });
    }
    // The weights, from the weight column of the score table (the field marks the criterion's row).
    const weights: Record<string, unknown> = {};
    for (const key of kind === "local" ? ["B", "D"] : ["B", "C", "D"]) {
      const f = field(`weight.${key}`);
      if (!f) continue;
      reader.note(`profile.weights.${key}`, f.row, SCORE_COLUMN.weight);
      const value = reader.at(f.row, SCORE_COLUMN.weight);
      if (typeof value === "number" && value >= 0 && value <= 1) weights[key] = value;
      else if (!isBlankCell(value))
        reader.readIssues.push({
          code: "VALUE_NOT_RECOGNIZED",
          severity: "error",
          cell: reader.ref(f.row, SCORE_COLUMN.weight),
          params: { text: String(cellText(value)), allowed: "0 … 1" },
        });
    }
    if (Object.keys(weights).length > 0) {
      try {
        checkWeights(kind ?? "central", { weights });
        profile.weights = weights;
      } catch (error) {
        if (!(error instanceof EvaluationRefused)) throw error;
        const first = field("weight.B");
        reader.readIssues.push({
          code: "WEIGHTS_INVALID",
          severity: "error",
          cell: first ? reader.ref(first.row, SCORE_COLUMN.weight) : undefined,
          params: { terms: error.params.terms, sum: error.params.sum },
        });
      }
    }
    const threshold = field("unreliableThreshold");
    if (threshold) {
      const value = reader.at(threshold.row, threshold.column);
      if (typeof value === "number" && Number.isInteger(value) && value >= 1) profile.unreliableThreshold = value;
      else if (!isBlankCell(value))
        reader.readIssues.push({
          code: "VALUE_NOT_RECOGNIZED",
          severity: "error",
          cell: reader.ref(threshold.row, threshold.column),
          params: { text: String(cellText(value)), allowed: "1, 2, 3, …" },
        });
    }
  }
  kind ??= kindOfSheets;
  body.kind = kind;
  return { kind, body, profile };
}
