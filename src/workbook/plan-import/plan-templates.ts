// A recognized plan as the official templates: its goals, tasks and rows in the goals sheet with the base
// and the plan kept as written (a range, a bound, "100 %", "-" stay text, so they score by §2a), facts blank.

import { readWrittenValue, type Evaluation, type Goal, type Measure, type Plan } from "../../core";
import { t, type Lang } from "../../i18n";
import type { SheetSpec } from "../sheet-spec";
import { buildTemplates } from "../templates/build-templates";
import type { PlanCell } from "./plan-grid";
import type { PlanRow, RecognizedPlan } from "./recognize";

/** A value as the templates write it: a number, or the text as written (with the value the core reads from it). */
export function writtenValue(cell: PlanCell, field: "base" | "plan"): { value: number | Plan | null; text?: string } {
  if (cell === null) return { value: null };
  const reading = readWrittenValue(cell);
  switch (reading.kind) {
    case "number":
      return { value: reading.value };
    case "text":
      // A plain number typed with a decimal comma is written as the number; a percent, a note, "на 4,0" as written.
      return reading.form === "number" ? { value: reading.value } : { value: reading.value, text: String(cell) };
    case "bounds":
      return field === "plan" ? { value: reading.bounds, text: String(cell) } : { value: null, text: String(cell) };
    case "missing":
      return { value: null };
    default:
      return { value: null, text: String(cell) };
  }
}

/** A row's name, with its part where a pair was split: «… (часть 1 из 2)». */
export function planRowName(lang: Lang, row: Pick<PlanRow, "name" | "part">): string {
  return row.part ? t(lang, "plan.part", { name: row.name, index: row.part.index, count: row.part.count }) : row.name;
}

function measureOf(lang: Lang, row: PlanRow, path: string, texts: Map<string, string>): Measure {
  const base = writtenValue(row.base, "base");
  const plan = writtenValue(row.plan, "plan");
  if (base.text !== undefined) texts.set(`${path}.base`, base.text);
  if (plan.text !== undefined) texts.set(`${path}.plan`, plan.text);
  const measure: Measure = {
    name: planRowName(lang, row),
    unit: row.unit,
    better: row.better ?? "higher",
    base: typeof base.value === "number" ? base.value : null,
    plan: plan.value,
    fact: null,
    data: "official",
  };
  if (row.code !== undefined) measure.code = row.code;
  if (row.source !== undefined) measure.source = row.source;
  if (row.responsible !== undefined) measure.responsible = row.responsible;
  return measure;
}

/**
 * The evaluation a plan gives — `blank` (the empty evaluation of the body: its name, kind, spheres) with
 * the plan's goals and year — and the texts of the values kept as written, by JSON path.
 */
export function planEvaluation(
  plan: RecognizedPlan,
  blank: Evaluation,
  lang: Lang,
): { evaluation: Evaluation; typedTexts: Map<string, string> } {
  const typedTexts = new Map<string, string>();
  const goals: Goal[] = plan.goals.map((goal, gi) => ({
    code: goal.code,
    name: goal.name,
    indicators: goal.indicators.map((row, i) => measureOf(lang, row, `goals[${gi}].indicators[${i}]`, typedTexts)),
    tasks: goal.tasks.map((task, ti) => ({
      code: task.code,
      name: task.name,
      results: task.results.map((row, i) => measureOf(lang, row, `goals[${gi}].tasks[${ti}].results[${i}]`, typedTexts)),
    })),
  }));
  const evaluation: Evaluation = { ...blank, body: { ...blank.body, period: String(plan.year) }, goals };
  return { evaluation, typedTexts };
}

/** The templates filled with a plan: facts blank, no cached results (the add-in or Excel computes them). */
export function planTemplateSheets(plan: RecognizedPlan, blank: Evaluation, lang: Lang): SheetSpec[] {
  const { evaluation, typedTexts } = planEvaluation(plan, blank, lang);
  return buildTemplates({ lang, evaluation, spareRows: 0, typedTexts });
}
