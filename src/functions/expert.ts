// BAGALAU.QUALITY and RISK as pure functions of the cells Excel passes (METHODOLOGY.md §3–4): the expert
// coefficients q1, q2 and R (1, 0.5 or 0), B over spheres and their directions, and C over the risks.

import { isExpertValue } from "../core/coefficients";
import { readNumber } from "../core/numbers";
import type { Sink } from "../core/sink";
import type { QualityAssessment, QualityRule, QualitySphere } from "../core/model";
import { scoreQuality } from "../core/quality";
import { scoreRisks } from "../core/risks";
import { formatNumber, type Lang } from "../i18n";
import { badValue, notAvailable } from "./failure";
import {
  basicValue,
  cellError,
  cellsOf,
  checkSameLength,
  isBlank,
  optionalCellsOf,
  placeLabel,
  readChoiceCell,
  readNumberCell,
  type Place,
} from "./cells";
import { QUALITY_RULE_WORDS } from "./vocabulary";

/** An expert coefficient (1, 0.5 or 0), or null for a blank cell; anything else is #VALUE!. */
export function readExpertCell(value: unknown, lang: Lang, place: Place): number | null {
  const basic = basicValue(value);
  if (cellError(value) === null && (typeof basic === "boolean" || (typeof basic === "string" && readNumber(basic).kind === "invalid"))) {
    throw badValue(lang, "fn.error.notExpertValue", {
      where: placeLabel(lang, place),
      text: typeof basic === "boolean" ? (basic ? "TRUE" : "FALSE") : basic,
    });
  }
  const number = readNumberCell(value, lang, place);
  if (number !== null && !isExpertValue(number)) {
    throw badValue(lang, "fn.error.notExpertValue", { where: placeLabel(lang, place), text: formatNumber(lang, number, 10) });
  }
  return number;
}

function silentSink(): Sink {
  return { issues: [], trace: {} };
}

/** A sphere code as text ("2" for both the number 2 and the text "2"), or "" for a blank cell. */
function sphereCode(value: unknown): string {
  const basic = basicValue(value);
  return isBlank(basic) ? "" : String(basic).trim();
}

/**
 * BAGALAU.QUALITY: B (§18–21). Rows with neither q1 nor q2 are skipped (headings, unused rows); a row with
 * only one of them is #VALUE!. With `spheres`, rows sharing a code are that sphere's directions.
 */
export function qualityCoefficient(q1s: unknown, q2s: unknown, spheres: unknown, rule: unknown, lang: Lang): number {
  const q1Cells = cellsOf(q1s, lang, "q1s");
  const q2Cells = cellsOf(q2s, lang, "q2s");
  checkSameLength(q2Cells, "q2s", q1Cells, "q1s", lang);
  const sphereCells = optionalCellsOf(spheres, lang, "spheres");
  if (sphereCells) checkSameLength(sphereCells, "spheres", q1Cells, "q1s", lang);
  const qualityRule = readChoiceCell(rule, QUALITY_RULE_WORDS, "fn.choices.qualityRule", "mean", lang, { argument: "rule" }) as QualityRule;

  const groups = new Map<string, QualityAssessment[]>();
  const spheresInOrder: QualitySphere[] = [];
  for (let i = 0; i < q1Cells.length; i += 1) {
    const row = i + 1;
    const q1 = readExpertCell(q1Cells[i], lang, { argument: "q1s", row });
    const q2 = readExpertCell(q2Cells[i], lang, { argument: "q2s", row });
    const code = sphereCells ? sphereCode(sphereCells[i]) : String(row);
    if (sphereCells && code !== "" && !groups.has(code)) groups.set(code, []);
    if (q1 === null && q2 === null) continue;
    if (q1 === null) throw badValue(lang, "fn.error.expertMissing", { where: placeLabel(lang, { argument: "q1s", row }) });
    if (q2 === null) throw badValue(lang, "fn.error.expertMissing", { where: placeLabel(lang, { argument: "q2s", row }) });
    const assessment: QualityAssessment = { code, name: "", q1, q2 };
    if (!sphereCells) {
      spheresInOrder.push({ ...assessment, directions: [] });
      continue;
    }
    if (code === "") throw badValue(lang, "fn.error.sphereMissing", { where: placeLabel(lang, { argument: "spheres", row }) });
    (groups.get(code) as QualityAssessment[]).push(assessment);
  }
  for (const [code, rows] of groups) {
    if (rows.length === 0) throw badValue(lang, "fn.error.sphereNotAssessed", { code });
    spheresInOrder.push(rows.length === 1 ? { ...rows[0], directions: [] } : { code, name: "", q1: null, q2: null, directions: rows });
  }
  if (spheresInOrder.length === 0) throw notAvailable(lang, "fn.error.noQuality");
  return scoreQuality(spheresInOrder, qualityRule, silentSink()).B;
}

/** BAGALAU.RISK: C = ΣR / k (§22) over the filled rows; #N/A when no risk is listed. */
export function riskCoefficient(rs: unknown, lang: Lang): number {
  const cells = cellsOf(rs, lang, "rs");
  const risks: { name: string; r: number }[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const r = readExpertCell(cells[i], lang, { argument: "rs", row: i + 1 });
    if (r !== null) risks.push({ name: "", r });
  }
  if (risks.length === 0) throw notAvailable(lang, "fn.error.noRisks");
  return scoreRisks(risks, silentSink()).C;
}
