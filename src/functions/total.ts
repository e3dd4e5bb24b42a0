// BAGALAU.PENALTY and SCORE as pure functions of the cells Excel passes (METHODOLOGY.md §1 and §6):
// the penalty points W and the total score A, computed by the core's scorePenalties and criteriaAndTotal.

import type { Kind, PenaltyCapScope, Weights } from "../core/model";
import { scorePenalties } from "../core/penalties";
import { resolveProfile } from "../core/profile";
import { criteriaAndTotal } from "../core/score";
import { EvaluationRefused } from "../core/refusal";
import { checkWeights } from "../core/parse-profile";
import type { Lang } from "../i18n";
import { badValue } from "./failure";
import {
  argumentLabel,
  cellsOf,
  isBlank,
  placeLabel,
  readBoundedCell,
  readChoiceCell,
  readNumberCell,
  readWholeNumberCell,
  type Place,
} from "./cells";
import { CAP_SCOPE_WORDS, KIND_WORDS } from "../workbook/choice-words";
import { readReportingSheet } from "./section-tables";
import { profileChoice } from "./sections";

/** The largest count of unreliable facts or threshold the functions accept. */
const MAX_FACTS = 100_000;

/**
 * BAGALAU.PENALTY: W = late + incomplete + unreliable (§38–43) of the reporting sheet read as the workbook reader
 * reads it (dates typed as text too), with the profile options penaltyCapScope and unreliableThreshold.
 */
export function penaltyPoints(
  reporting: unknown,
  missing: unknown,
  unreliable: unknown,
  capScope: unknown,
  threshold: unknown,
  lang: Lang,
): number {
  const { penalties } = readReportingSheet(reporting, missing, unreliable, lang);
  const unreliableThreshold = readWholeNumberCell(threshold, 1, MAX_FACTS, 3, lang, { argument: "threshold" });
  const penaltyCapScope = profileChoice<PenaltyCapScope>(capScope, CAP_SCOPE_WORDS, "unreliable");
  const profile = resolveProfile("central", { penaltyCapScope, unreliableThreshold });
  return scorePenalties(penalties, profile, { issues: [], trace: null }).total;
}

function coefficient(value: unknown, lang: Lang, place: Place): number {
  const number = readBoundedCell(value, 0, 1, lang, place);
  if (number === null) throw badValue(lang, "fn.error.required", { where: placeLabel(lang, place) });
  return number;
}

/** Optional weights of B, C, D in three cells; a blank cell keeps the default weight. */
function readWeights(weights: unknown, lang: Lang): Partial<Weights> {
  const cells = cellsOf(weights, lang, "weights");
  if (cells.length === 0 || (cells.length === 1 && isBlank(cells[0]))) return {};
  if (cells.length !== 3)
    throw badValue(lang, "fn.error.weightsSize", { argument: argumentLabel(lang, "weights"), count: String(cells.length) });
  const result: Partial<Weights> = {};
  (["B", "C", "D"] as const).forEach((key, i) => {
    const weight = readBoundedCell(cells[i], 0, 1, lang, { argument: "weights", row: i + 1 });
    if (weight !== null) result[key] = weight;
  });
  return result;
}

/**
 * BAGALAU.SCORE: A (§15–17). Central: 100·(wB·B + wC·C + wD·D) − W, E ignored; local:
 * 100·(wB·B + wD·D)·E − W, C ignored. A blank W is 0 (nothing deducted).
 */
export function totalScore(
  kind: unknown,
  B: unknown,
  C: unknown,
  D: unknown,
  E: unknown,
  W: unknown,
  weights: unknown,
  lang: Lang,
): number {
  const bodyKind = readChoiceCell<Kind>(kind, KIND_WORDS, "fn.choices.kind", null, lang, { argument: "kind" });
  if (bodyKind === null) throw badValue(lang, "fn.error.required", { where: placeLabel(lang, { argument: "kind" }) });
  const coefficients = {
    B: coefficient(B, lang, { argument: "B" }),
    C: bodyKind === "central" ? coefficient(C, lang, { argument: "C" }) : 0,
    D: coefficient(D, lang, { argument: "D" }),
    E: bodyKind === "local" ? coefficient(E, lang, { argument: "E" }) : 1,
  };
  const deducted = readNumberCell(W, lang, { argument: "W" }) ?? 0;
  if (deducted < 0) throw badValue(lang, "fn.error.notAtLeast", { where: placeLabel(lang, { argument: "W" }), min: 0, value: deducted });
  const profile = { weights: readWeights(weights, lang) };
  try {
    checkWeights(bodyKind, profile);
  } catch (error) {
    if (!(error instanceof EvaluationRefused)) throw error;
    throw badValue(lang, "fn.error.weightsSum", {
      argument: argumentLabel(lang, "weights"),
      terms: error.params.terms,
      sum: error.params.sum,
    });
  }
  const { weights: resolved } = resolveProfile(bodyKind, profile);
  return criteriaAndTotal(bodyKind, coefficients, resolved, deducted).A;
}
