// What the recognizer found, in words (kk/ru/en): the place of a row, each note and unplaced row, and the
// preview printed before anything is written — one text for the command line and the task pane.

import { readWrittenValue } from "../../core";
import { t, type Lang, type MessageKey } from "../../i18n";
import { valueLine } from "./cell-text";
import { sheetPlace, type PlanCell, type PlanPlace } from "./plan-grid";
import { planRowName } from "./plan-templates";
import type { NextPeriodReport, RowName } from "./next-period";
import type { PlanNote, PlanRow, RecognizedPlan, UnplacedRow } from "./recognize";

/** 'План'!A7 for a sheet, «table 2, row 5» for a Word table. */
export function placeText(lang: Lang, place: PlanPlace): string {
  return place.kind === "sheet" ? sheetPlace(place) : t(lang, "plan.place.table", { table: place.name, row: place.row });
}

export function noteText(lang: Lang, note: PlanNote): string {
  const key = note.code === "gridSkipped" ? `plan.note.gridSkipped.${note.params.reason}` : `plan.note.${note.code}`;
  const text = t(lang, key as MessageKey, note.params);
  return note.place ? `${placeText(lang, note.place)}: ${text}` : text;
}

export function unplacedText(lang: Lang, row: UnplacedRow): string {
  return `${placeText(lang, row.place)}: ${t(lang, `plan.unplaced.${row.reason}` as MessageKey, { text: row.text })}`;
}

/** A value as the preview shows it: as written on one line, "—" when empty. */
export function valueText(lang: Lang, cell: PlanCell): string {
  if (cell === null) return t(lang, "plan.preview.none");
  return typeof cell === "number" ? String(cell) : valueLine(cell);
}

export function rowText(lang: Lang, row: PlanRow): string {
  const better = row.better ? t(lang, `wb.value.${row.better}`) : t(lang, "plan.preview.betterUnsaid");
  const range = readWrittenValue(row.plan).kind === "bounds" ? ` ${t(lang, "plan.preview.bounds")}` : "";
  return t(lang, "plan.preview.row", {
    name: planRowName(lang, row),
    unit: row.unit || t(lang, "plan.preview.none"),
    base: valueText(lang, row.base),
    plan: valueText(lang, row.plan) + range,
    better,
  });
}

export interface PlanCounts {
  goals: number;
  tasks: number;
  indicators: number;
  results: number;
  /** Rows of the table that held two values per cell (each became several rows). */
  split: number;
}

export function planCounts(plan: RecognizedPlan): PlanCounts {
  const rows = plan.goals.flatMap((goal) => [...goal.indicators, ...goal.tasks.flatMap((task) => task.results)]);
  return {
    goals: plan.goals.length,
    tasks: plan.goals.reduce((n, goal) => n + goal.tasks.length, 0),
    indicators: plan.goals.reduce((n, goal) => n + goal.indicators.length, 0),
    results: plan.goals.reduce((n, goal) => n + goal.tasks.reduce((m, task) => m + task.results.length, 0), 0),
    split: rows.filter((row) => row.part?.index === 1).length,
  };
}

/** The preview, line by line: the structure with every row's base and plan, the counts, the notes and the unplaced rows. */
export function previewLines(lang: Lang, plan: RecognizedPlan): string[] {
  const lines: string[] = [];
  const periodOf = (year: number) => plan.years.find((y) => y.year === year)?.period;
  const period = (year: number) => {
    const p = periodOf(year);
    return p ? t(lang, `plan.period.${p}`) : t(lang, "plan.period.unknown");
  };
  lines.push(t(lang, "plan.preview.year", { year: plan.year, baseYear: plan.baseYear, basePeriod: period(plan.baseYear) }));
  let direction: string | undefined;
  for (const goal of plan.goals) {
    if (goal.direction !== undefined && goal.direction !== direction) {
      direction = goal.direction;
      const found = plan.directions.find((d) => d.code === direction);
      lines.push(t(lang, "plan.preview.direction", { code: direction, name: found?.name ?? "" }));
    }
    lines.push(`  ${t(lang, "plan.preview.goal", { code: goal.code, name: goal.name })}`);
    if (goal.indicators.length > 0) lines.push(`    ${t(lang, "plan.preview.indicators")}`);
    for (const row of goal.indicators) lines.push(`      ${rowText(lang, row)}`);
    for (const task of goal.tasks) {
      lines.push(`    ${t(lang, "plan.preview.task", { code: task.code, name: task.name })}`);
      for (const row of task.results) lines.push(`      ${rowText(lang, row)}`);
    }
  }
  lines.push("");
  lines.push(t(lang, "plan.preview.counts", { ...planCounts(plan) }));
  lines.push(t(lang, "plan.preview.notes", { count: plan.notes.length }));
  for (const note of plan.notes) lines.push(`  ${noteText(lang, note)}`);
  if (plan.unplaced.length === 0) lines.push(t(lang, "plan.preview.allPlaced"));
  else {
    lines.push(t(lang, "plan.preview.unplaced", { count: plan.unplaced.length }));
    for (const row of plan.unplaced) lines.push(`  ${unplacedText(lang, row)}`);
  }
  return lines;
}

/** What a roll-over to the next period did, line by line. */
export function nextPeriodLines(lang: Lang, report: NextPeriodReport, file: string): string[] {
  const lines = [t(lang, "next.title", { file, period: report.period, next: report.next })];
  lines.push(t(lang, "next.carried", { goals: report.goals, tasks: report.tasks, rows: report.rows, period: report.period }));
  if (report.factsMissing > 0) lines.push(t(lang, "next.factsMissing", { count: report.factsMissing, period: report.period }));
  const row = (r: RowName) => `  ${t(lang, "next.rowLine", { owner: r.owner, name: r.name })}`;
  if (!report.plan) lines.push(t(lang, "next.noPlan", { year: report.next }));
  else {
    lines.push(t(lang, "next.planMatched", { year: report.next, matched: report.plan.matched, rows: report.rows }));
    if (report.plan.unmatched.length > 0)
      lines.push(t(lang, "next.unmatched", { count: report.plan.unmatched.length }), ...report.plan.unmatched.map(row));
    if (report.plan.unused.length > 0)
      lines.push(t(lang, "next.unused", { count: report.plan.unused.length }), ...report.plan.unused.map(row));
  }
  lines.push(
    report.history.length > 0
      ? t(lang, "next.history", { periods: report.history.join(", ") })
      : t(lang, "next.historyEmpty", { period: report.period }),
  );
  return lines;
}
