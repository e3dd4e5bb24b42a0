// The score sheet (role "body"): the body and the profile as fields, then the score table — each
// criterion's live formula, weight and points, W from the reporting sheet, and the total A.

import type { Kind } from "../../core";
import { resolveProfile } from "../../core/profile";
import { t, type Lang } from "../../i18n";
import { formulas, tableName } from "../formulas";
import { BODY_FIELDS, FIELD_VALUE_COLUMN, MARKER_PREFIX, PENALTY_FIELDS, SCORE_COLUMN, fieldMarker } from "../layout";
import { SheetBuilder } from "../sheet-builder";
import { address, columnLetter, quoteSheetName, type CellValue, type SheetSpec } from "../sheet-spec";
import { BODY_FIELDS_ROW, PENALTY_FIELDS_ROW, bodyFieldRef } from "./field-cells";
import { goalsCoefficientFormula } from "./goals-sheet";
import { sheetName } from "./sheet-names";
import { dateCell, titleRows, writeField } from "./sheet-parts";
import type { TemplateOptions } from "./template-options";

const SCORES_MARKER = `${MARKER_PREFIX}scores`;

/** W from the reporting sheet: its fields (with the marker column), its two tables and the profile's cap and threshold. */
function penaltyFormula(lang: Lang, kind: Kind): string {
  const sheet = quoteSheetName(sheetName("penalties", kind, lang));
  const lastRow = PENALTY_FIELDS_ROW + PENALTY_FIELDS.length - 1;
  const fields = `${sheet}!$A$${PENALTY_FIELDS_ROW}:$${columnLetter(FIELD_VALUE_COLUMN)}$${lastRow}`;
  return formulas.penalty(
    fields,
    tableName("missing"),
    tableName("unreliable"),
    bodyFieldRef(lang, kind, "penaltyCapScope"),
    bodyFieldRef(lang, kind, "unreliableThreshold"),
  );
}

export function buildBodySheet(options: TemplateOptions): SheetSpec {
  const { lang, evaluation, result } = options;
  const { body, profile } = evaluation;
  const kind = body.kind;
  const b = new SheetBuilder("body", sheetName("body", kind, lang));
  titleRows(b, "body", t(lang, "wb.title.body"), t(lang, "wb.note.input"), SCORE_COLUMN.points);
  const values: Record<string, CellValue> = {
    name: body.name || null,
    kind: t(lang, `kind.${kind}`),
    period: body.period || null,
    reorganizedDate: dateCell(body.reorganized?.date),
    successor: body.reorganized?.successor ?? null,
    qualityRule: profile.qualityRule ?? null,
    indicatorRule: profile.indicatorRule ?? null,
    resultRule: profile.resultRule ?? null,
    rangeRule: profile.rangeRule ?? null,
    penaltyCapScope: profile.penaltyCapScope ?? null,
    unreliableThreshold: profile.unreliableThreshold ?? null,
  };
  let row = BODY_FIELDS_ROW;
  for (const field of BODY_FIELDS) {
    writeField(b, lang, row, field, values[field.key]);
    row += 1;
  }
  row += 1;
  // The score table: criterion, coefficient, weight, points.
  const headerRow = row;
  b.marker(headerRow, SCORES_MARKER);
  (
    [
      ["wb.label.criterion", SCORE_COLUMN.criterion],
      ["wb.label.coefficient", SCORE_COLUMN.coefficient],
      ["wb.label.weight", SCORE_COLUMN.weight],
      ["wb.label.points", SCORE_COLUMN.points],
    ] as const
  ).forEach(([key, column]) => b.value(headerRow, column, t(lang, key), "header"));
  const criteria = kind === "central" ? (["B", "C", "D"] as const) : (["B", "D", "E"] as const);
  // The weights in force: the profile's, else the core's defaults for the kind (§27).
  const weights = resolveProfile(kind, profile).weights;
  const coefficientCell: Record<string, string> = {};
  row = headerRow + 1;
  for (const key of criteria) {
    coefficientCell[key] = address(row, SCORE_COLUMN.coefficient);
    row += 1;
  }
  const wCell = address(row, SCORE_COLUMN.points);
  const aCell = address(row + 1, SCORE_COLUMN.points);
  row = headerRow + 1;
  for (const key of criteria) {
    b.value(row, SCORE_COLUMN.criterion, `${key}  ${t(lang, `criterion.${key}`)}`, "label");
    if (key !== "E") b.marker(row, fieldMarker(`weight.${key}`));
    let formula: string;
    if (key === "B") formula = formulas.quality(tableName("quality"), bodyFieldRef(lang, kind, "qualityRule"));
    else if (key === "C") formula = formulas.risk(tableName("risks"));
    else if (key === "D") formula = goalsCoefficientFormula(sheetName("goals", kind, lang));
    else formula = formulas.performance(tableName("performance"));
    const criterion = result ? (key === "E" ? result.criteria.E : result.criteria[key]) : null;
    b.formula(row, SCORE_COLUMN.coefficient, formula, criterion ? criterion.coefficient : null);
    if (key !== "E") {
      b.value(row, SCORE_COLUMN.weight, weights[key], "inputNumber");
      const points = formulas.points(
        coefficientCell[key],
        address(row, SCORE_COLUMN.weight),
        kind === "local" ? coefficientCell.E : undefined,
      );
      b.formula(row, SCORE_COLUMN.points, points, criterion && criterion.points !== null ? criterion.points : null, "computedPoints");
    }
    row += 1;
  }
  b.value(row, SCORE_COLUMN.criterion, t(lang, "wb.label.W"), "label");
  b.formula(row, SCORE_COLUMN.points, penaltyFormula(lang, kind), result ? result.W.total : null, "computedPoints");
  row += 1;
  b.value(row, SCORE_COLUMN.criterion, t(lang, "wb.label.A"), "total");
  const c = coefficientCell;
  // The weights: the three weight cells of a central body; a local body has no C, so B, 0 and D.
  const weightCell = (key: "B" | "C" | "D") => address(Number(coefficientCell[key].replace(/^[A-Z]+/, "")), SCORE_COLUMN.weight);
  const weightsArg =
    kind === "central" ? `${weightCell("B")}:${weightCell("D")}` : `CHOOSE({1;2;3},${weightCell("B")},0,${weightCell("D")})`;
  b.formula(
    row,
    SCORE_COLUMN.points,
    formulas.score(kind, c.B, c.C ?? null, c.D, c.E ?? null, wCell, weightsArg),
    result ? result.A : null,
    "total",
  );
  // Named cells for the criteria and the total, so that other sheets (and people) can refer to them.
  for (const key of criteria) b.spec.definedNames.push({ name: `BAGALAU_${key}`, ref: coefficientCell[key] });
  b.spec.definedNames.push({ name: "BAGALAU_W", ref: wCell }, { name: "BAGALAU_A", ref: aCell });
  // Only the body, the profile and the weights are typed here: the formula cells are protected (no password).
  b.spec.protect = true;
  b.widths([2, 44, 40, 10, 12]);
  b.spec.hiddenColumns = [1];
  return b.spec;
}
