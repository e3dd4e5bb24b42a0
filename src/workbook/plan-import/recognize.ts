// The recognizer (pure): a plan's own multi-year table, as grids of cell texts, read into goals, tasks and
// rows with unit, base and plan as written, a note for each decision and every row it could not place.

import { pairParts, readWrittenValue, type Better } from "../../core";
import { oneLineText, valueLine } from "./cell-text";
import { betterFromName } from "./direction";
import { cellString, placeOf, type PlanCell, type PlanGrid, type PlanPlace } from "./plan-grid";
import { findLayout, isHeaderRow, type Period, type PlanLayout } from "./plan-layout";
import { headingOf, isBudgetProgrammes, isFootnote, subheadingOf } from "./plan-words";

export interface PlanRow {
  /** The row's name as one line; a row split from a pair has its part in `part`. */
  name: string;
  unit: string;
  /** The № column, where the table has one. */
  code?: string;
  source?: string;
  responsible?: string;
  /** The value of the year before, as written (text keeps its line breaks), or null. */
  base: PlanCell;
  /** The value of the year, as written, or null. */
  plan: PlanCell;
  /** Which way is better, as the name says it; null where it does not (the template's default then). */
  better: Better | null;
  /** The row's name cell. */
  place: PlanPlace;
  /** Of a row holding two values per cell: which of them this row is. */
  part?: { index: number; count: number };
}

export interface PlanTask {
  code: string;
  name: string;
  place: PlanPlace;
  results: PlanRow[];
}

export interface PlanGoal {
  code: string;
  name: string;
  place: PlanPlace;
  /** The code of the strategic direction the goal is under, if the table has them. */
  direction?: string;
  indicators: PlanRow[];
  tasks: PlanTask[];
}

export interface PlanDirection {
  code: string;
  name: string;
  place: PlanPlace;
}

/** What the recognizer decided or noticed; each code is an i18n key under `plan.note.`. */
export type PlanNoteCode =
  | "baseIsPlan"
  | "baseYearMissing"
  | "baseYearUnknown"
  | "planIsFact"
  | "gridSkipped"
  | "pairSplit"
  | "pairMismatch"
  | "betterUnsaid"
  | "betterConflict"
  | "changeRow"
  | "noPlan"
  | "noPlanElsewhere"
  | "planNotRead"
  | "baseNotOneNumber"
  | "noValues"
  | "footnote"
  | "budgetProgrammes";

export interface PlanNote {
  code: PlanNoteCode;
  place?: PlanPlace;
  params: Record<string, string | number>;
}

/** Why a row was not placed; an i18n key under `plan.unplaced.`. */
export type UnplacedReason = "beforeGoal" | "resultBeforeTask" | "noName" | "notARow";

export interface UnplacedRow {
  reason: UnplacedReason;
  place: PlanPlace;
  /** The row's texts, one line. */
  text: string;
}

export interface RecognizedPlan {
  year: number;
  baseYear: number;
  /** Every year column of the table, with its period (null where the table does not say). */
  years: { year: number; period: Period }[];
  directions: PlanDirection[];
  goals: PlanGoal[];
  notes: PlanNote[];
  unplaced: UnplacedRow[];
}

/** No plan table found: no year columns at all, or none for the year asked. */
export class PlanNotRecognized extends Error {
  constructor(
    readonly reason: "noYears" | "noYear",
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
    this.name = "PlanNotRecognized";
  }
}

interface Walk {
  plan: RecognizedPlan;
  direction?: string;
  goal?: PlanGoal;
  task?: PlanTask;
  level: "indicators" | "results";
}

const isText = (cell: PlanCell): cell is string => typeof cell === "string";

/** The cell trimmed at its ends (line breaks inside kept), null when empty. */
function valueOf(cell: PlanCell | undefined): PlanCell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "number") return cell;
  const text = cell.trim();
  return text === "" ? null : text;
}

/**
 * Reads the plan's table for `year`: base from the column of the year before, plan from the year's column.
 * Throws PlanNotRecognized when no grid has year columns, or none has the year.
 */
export function recognizePlan(grids: readonly PlanGrid[], year: number): RecognizedPlan {
  const plan: RecognizedPlan = { year, baseYear: year - 1, years: [], directions: [], goals: [], notes: [], unplaced: [] };
  const walk: Walk = { plan, level: "indicators" };
  const layouts = grids.map(findLayout);
  if (layouts.every((layout) => layout === null)) throw new PlanNotRecognized("noYears");
  const withYear = layouts.find((layout) => layout?.yearColumns.has(year));
  if (!withYear) {
    const years = [...new Set(layouts.flatMap((layout) => (layout ? [...layout.yearColumns.keys()] : [])))].sort();
    throw new PlanNotRecognized("noYear", { year, years: years.join(", ") });
  }
  plan.years = [...withYear.yearColumns.keys()].map((y) => ({ year: y, period: withYear.periods.get(y) ?? null }));
  yearNotes(plan, withYear);
  let current: PlanLayout | null = null;
  grids.forEach((grid, index) => {
    const own = layouts[index];
    if (own && !own.yearColumns.has(year)) {
      plan.notes.push({ code: "gridSkipped", place: placeOf(grid, own.headerRow, 0), params: { reason: "year" } });
      current = null;
      return;
    }
    // A table without headings of its own goes on with the one before it (a table broken across pages).
    const layout = own ?? (current && (grid.rows[0]?.length ?? 0) <= current.width + 1 ? { ...current, headerRow: -1 } : null);
    if (!layout) {
      if (grid.rows.some((row) => row?.some((cell) => cellString(cell) !== "")))
        plan.notes.push({ code: "gridSkipped", place: placeOf(grid, 0, 0), params: { reason: "noYears" } });
      return;
    }
    current = layout;
    for (let r = layout.headerRow + 1; r < grid.rows.length; r++) readRow(walk, grid, layout, r);
  });
  return plan;
}

function yearNotes(plan: RecognizedPlan, layout: PlanLayout): void {
  const { year, baseYear } = plan;
  if (!layout.yearColumns.has(baseYear)) plan.notes.push({ code: "baseYearMissing", params: { year: baseYear } });
  else if (layout.periods.get(baseYear) === "plan") plan.notes.push({ code: "baseIsPlan", params: { year: baseYear } });
  else if (layout.periods.get(baseYear) !== "reporting") plan.notes.push({ code: "baseYearUnknown", params: { year: baseYear } });
  if (layout.periods.get(year) === "reporting") plan.notes.push({ code: "planIsFact", params: { year } });
}

function readRow(walk: Walk, grid: PlanGrid, layout: PlanLayout, r: number): void {
  const row = grid.rows[r] ?? [];
  const filled = row.map((cell, column) => ({ column, text: cellString(cell) })).filter((cell) => cell.text !== "");
  if (filled.length === 0 || isHeaderRow(row)) return;
  const texts = new Set(filled.map((cell) => oneLineText(cell.text)));
  const first = oneLineText(filled[0].text);
  const yearCells = [...layout.yearColumns.values()].map((column) => cellString(row[column]));
  const valuesEmptyOrSame = yearCells.every((text) => text === "" || oneLineText(text) === first);
  const spanning = texts.size === 1 && filled.length >= 2;
  const place = placeOf(grid, r, filled[0].column);
  if (texts.size === 1 || valuesEmptyOrSame) {
    if (heading(walk, first, place)) return;
  }
  const name = oneLineText(cellString(row[layout.nameColumn]));
  const rowText = [...texts].join(" | ");
  if (spanning && grid.mergesExpanded) return void walk.plan.unplaced.push({ reason: "notARow", place, text: first });
  if (name === "") {
    const hasValues = yearCells.some((text) => text !== "");
    return void walk.plan.unplaced.push({ reason: hasValues ? "noName" : "notARow", place, text: rowText });
  }
  const namePlace = placeOf(grid, r, layout.nameColumn);
  if (!walk.goal) return void walk.plan.unplaced.push({ reason: "beforeGoal", place: namePlace, text: rowText });
  if (walk.level === "results" && !walk.task)
    return void walk.plan.unplaced.push({ reason: "resultBeforeTask", place: namePlace, text: rowText });
  const rows = measureRows(walk.plan, grid, layout, r, name, namePlace);
  if (walk.level === "results" && walk.task) walk.task.results.push(...rows);
  else walk.goal.indicators.push(...rows);
}

/** A heading, subheading, footnote or budget-programme line: handled (true), or not one (false). */
function heading(walk: Walk, text: string, place: PlanPlace): boolean {
  const { plan } = walk;
  const found = headingOf(text);
  if (found?.kind === "direction") {
    plan.directions.push({ code: found.code, name: found.name, place });
    walk.direction = found.code;
    return true;
  }
  if (found?.kind === "goal") {
    let goal = plan.goals.find((g) => g.code === found.code);
    if (!goal) {
      goal = { code: found.code, name: found.name, place, indicators: [], tasks: [] };
      if (walk.direction !== undefined) goal.direction = walk.direction;
      plan.goals.push(goal);
    }
    Object.assign(walk, { goal, task: undefined, level: "indicators" });
    return true;
  }
  if (found?.kind === "task") {
    // The goal the code says (task 1.2.1 of goal 1.2) where the table has it, else the goal above.
    const goal = plan.goals.find((g) => found.code.startsWith(`${g.code}.`)) ?? walk.goal;
    if (!goal) {
      plan.unplaced.push({ reason: "beforeGoal", place, text });
      return true;
    }
    let task = goal.tasks.find((t) => t.code === found.code);
    if (!task) {
      task = { code: found.code, name: found.name, place, results: [] };
      goal.tasks.push(task);
    }
    Object.assign(walk, { goal, task, level: "results" });
    return true;
  }
  const subheading = subheadingOf(text);
  if (subheading) {
    walk.level = subheading;
    return true;
  }
  if (isFootnote(text)) {
    plan.notes.push({ code: "footnote", place, params: { text } });
    return true;
  }
  if (isBudgetProgrammes(text)) {
    plan.notes.push({ code: "budgetProgrammes", place, params: { text } });
    return true;
  }
  return false;
}

/** The row (or the rows of a pair, one per value) of a measure, with the notes it needs. */
function measureRows(plan: RecognizedPlan, grid: PlanGrid, layout: PlanLayout, r: number, name: string, place: PlanPlace): PlanRow[] {
  const row = grid.rows[r] ?? [];
  const at = (column: number | undefined) => (column === undefined ? null : valueOf(row[column]));
  const baseColumn = layout.yearColumns.get(plan.baseYear);
  const base = at(baseColumn);
  const value = at(layout.yearColumns.get(plan.year));
  const text = (column: number | undefined) => oneLineText(cellString(at(column)));
  const shared = { unit: text(layout.columns.unit), place };
  const optional: Partial<PlanRow> = {};
  for (const key of ["source", "responsible"] as const) if (text(layout.columns[key]) !== "") optional[key] = text(layout.columns[key]);
  if (text(layout.columns.number) !== "") optional.code = text(layout.columns.number);
  const note = (code: PlanNoteCode, params: Record<string, string | number> = {}) =>
    plan.notes.push({ code, place, params: { name, ...params } });

  const better = rowBetter(name, [base, value], note);
  const yearCells = [...layout.yearColumns.values()].map((column) => at(column));
  if (yearCells.every((cell) => cell === null) && shared.unit === "") note("noValues");
  else {
    const planReading = readWrittenValue(value);
    if (planReading.kind === "missing" || planReading.kind === "blank") {
      // An empty cell where one other plan year alone has a value: a cell spread over several years, perhaps.
      const others = [...layout.yearColumns].filter(
        ([y, column]) => y !== plan.year && layout.periods.get(y) !== "reporting" && valueOf(row[column]) !== null,
      );
      if (planReading.kind === "missing" && others.length === 1)
        note("noPlanElsewhere", { year: plan.year, other: others[0][0], text: valueLine(String(valueOf(row[others[0][1]]))) });
      else note("noPlan", { year: plan.year });
    } else if (planReading.kind === "invalid") note("planNotRead", { year: plan.year, text: valueLine(String(value)) });
    if (readWrittenValue(base).kind === "bounds") note("baseNotOneNumber", { year: plan.baseYear, text: valueLine(String(base)) });
  }

  const baseParts = isText(base) ? pairParts(base) : null;
  const planParts = isText(value) ? pairParts(value) : null;
  const count = Math.max(baseParts?.length ?? 0, planParts?.length ?? 0);
  if (count < 2) return [{ name, ...shared, ...optional, base, plan: value, better }];
  note("pairSplit", { count, text: valueLine(String(planParts ? value : base)) });
  const partOf = (parts: string[] | null, cell: PlanCell, index: number): PlanCell => {
    if (parts) return parts[index] ?? null;
    if (cell === null || readWrittenValue(cell).kind === "blank") return cell;
    if (index === 0) note("pairMismatch", { text: valueLine(String(cell)) });
    return index === 0 ? cell : null;
  };
  return Array.from({ length: count }, (_, index) => ({
    name,
    ...shared,
    ...optional,
    base: partOf(baseParts, base, index),
    plan: partOf(planParts, value, index),
    better,
    part: { index: index + 1, count },
  }));
}

/**
 * Which way is better for a row: a size of change ("на 4,0": the row measures the change, a larger one is
 * better) is higher; else what the name says; else null (the default), with a note either way it is unsure.
 */
function rowBetter(name: string, values: readonly [PlanCell, PlanCell], note: (code: PlanNoteCode) => void): Better | null {
  const readings = values.map(readWrittenValue);
  if (readings.some((reading) => reading.kind === "text" && reading.form === "change")) {
    note("changeRow");
    return "higher";
  }
  const plan = readings[1];
  const said = betterFromName(name);
  if (plan.kind === "bounds") {
    // A bound says which way (at least: higher, at most: lower, §2a); a range scores by its nearer bound either way.
    if (plan.bounds.max === undefined) return "higher";
    if (plan.bounds.min === undefined) return "lower";
    return said.kind === "said" ? said.better : null;
  }
  if (said.kind === "said") return said.better;
  note(said.kind === "conflict" ? "betterConflict" : "betterUnsaid");
  return null;
}
