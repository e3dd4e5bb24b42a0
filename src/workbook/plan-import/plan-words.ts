// The words of planners' tables in Kazakh, Russian and English: strategic directions, goal and task
// headings, the subheadings, year and period headings, column headings, footnotes and budget-programme lines.

/** A code such as 1, 1.2 or 1.2.1 (an oblast's 4.3.5.1 too). */
const CODE = String.raw`(\d+(?:\.\d+)*)`;
/** What follows a code before the heading's text: a dot, a colon, a dash, spaces. */
const AFTER = String.raw`\.?\s*[:.\-–—]?\s*`;

const heading = (ru: string, kk: string) => [
  new RegExp(String.raw`^(?:${ru})\s*№?\s*${CODE}${AFTER}(.*)$`, "isu"),
  new RegExp(String.raw`^${CODE}\s*-?\s*(?:${kk})${AFTER}(.*)$`, "isu"),
];

const DIRECTION = heading(
  String.raw`стратегическое\s+направление|strategic\s+direction|направление|стратегиялық\s+бағыт|бағыт|direction`,
  String.raw`стратегиялық\s+бағыт|бағыт`,
);
const GOAL = heading(String.raw`цель|goal|мақсат`, String.raw`мақсат`);
const TASK = heading(String.raw`задача|task|objective|міндет`, String.raw`міндет`);

export type HeadingKind = "direction" | "goal" | "task";

export interface Heading {
  kind: HeadingKind;
  code: string;
  name: string;
}

/** A strategic-direction, goal or task heading («Цель 1.1. …», «1.1.1-міндет …», "Goal 1.1 …"), or null. */
export function headingOf(text: string): Heading | null {
  for (const [kind, patterns] of [
    ["goal", GOAL],
    ["task", TASK],
    ["direction", DIRECTION],
  ] as const) {
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match) return { kind, code: match[1], name: match[2].trim() };
    }
  }
  return null;
}

const TARGET_INDICATORS = /^(?:целевые\s+индикаторы|целевой\s+индикатор|нысаналы\s+индикатор(?:лар)?|target\s+indicators?)\s*[:.]?$/iu;
const DIRECT_RESULTS =
  /^(?:показатели\s+прямых\s+результатов|показатели\s+прямого\s+результата|прямые\s+результаты|тікелей\s+нәтиже(?:лер)?(?:дің)?\s+көрсеткіш(?:тер)?і?|direct[-\s]+results?(?:\s+indicators)?|indicators\s+of\s+direct\s+results)\s*[:.]?$/iu;

/** A subheading that says what the rows below it are: a goal's target indicators, or a task's direct results. */
export function subheadingOf(text: string): "indicators" | "results" | null {
  if (TARGET_INDICATORS.test(text)) return "indicators";
  if (DIRECT_RESULTS.test(text)) return "results";
  return null;
}

/** A footnote line under a table ("* — зависит от местных исполнительных органов"). */
export function isFootnote(text: string): boolean {
  return /^\*+\s*[-–—)]?\s*\S/u.test(text);
}

/** The line under a goal naming the budget programmes aimed at it. */
export function isBudgetProgrammes(text: string): boolean {
  return /^(?:коды?\s+бюджетн|бюджеттік\s+бағдарлама|мақсатқа\s+қол\s+жеткізуге\s+бағытталған\s+бюджеттік|budget\s+programme)/iu.test(text);
}

const YEAR = /^((?:19|20)\d{2})\s*(?:г(?:од)?|гг|ж(?:ыл)?|y(?:ear)?)?\.?\s*(?:\(([^()]*)\))?\s*(.*)$/iu;

/** A year heading («2009 г.», «2010 ж.», "2010", 2010, "2010 (план)"), with any words after it, or null. */
export function yearOf(cell: string | number | null | undefined): { year: number; words: string } | null {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 1900 && cell <= 2099 ? { year: cell, words: "" } : null;
  if (typeof cell !== "string") return null;
  const match = YEAR.exec(cell.replace(/\s+/g, " ").trim());
  if (!match) return null;
  const words = `${match[2] ?? ""} ${match[3] ?? ""}`.trim();
  // "2010 г." or "2010 (план)", not a value such as "2010 организаций".
  if (words !== "" && periodOf(words) === null) return null;
  return { year: Number(match[1]), words };
}

/** The period a heading names: the reporting period (facts) or the plan period, or null. */
export function periodOf(text: string): "reporting" | "plan" | null {
  const lower = text.toLocaleLowerCase("ru");
  if (/отч[её]т|есепті|report|факт|fact|actual|оценка|бағалау|estimate/u.test(lower)) return "reporting";
  if (/план|жоспар|plan|прогноз|болжам|forecast|target/u.test(lower)) return "plan";
  return null;
}

export type ColumnRole = "name" | "unit" | "source" | "number" | "responsible";

const COLUMN_HEADINGS: readonly [ColumnRole, RegExp][] = [
  ["unit", /(?:ед\.?\s*изм|единиц\w*\s+измерени|өлшем\s+бірлі|өлш\.?\s*бір|^unit|units?\s+of\s+measure)/iu],
  ["source", /(?:источник|ақпарат\s+көзі|^source)/iu],
  ["responsible", /(?:ответствен|жауапты|responsible)/iu],
  ["number", /^(?:№|n|no\.?|#)(?:\s*(?:п\/п|р\/с|р\/н))?$/iu],
  ["name", /(?:наименование|атауы|^name|индикатор|көрсеткіш|показател|indicator|нәтиже|результат|result)/iu],
];

/** What a column heading names, or null. */
export function columnRoleOf(text: string): ColumnRole | null {
  const clean = text.replace(/\s+/g, " ").trim();
  for (const [role, pattern] of COLUMN_HEADINGS) if (pattern.test(clean)) return role;
  return null;
}
