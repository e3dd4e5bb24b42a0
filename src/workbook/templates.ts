// The official templates as SheetSpecs (kk/ru/en): the score sheet, section 2 quality, section 3/4
// goals in one block per goal, section 6 risks or App. 4 performance, and the reporting sheet —
// empty, or filled with an evaluation and its result (cached values for every live formula).

import type { Evaluation, Goal, Issue, Kind, Measure, PerformanceEntry, QualitySphere, Result, Risk, UnreliableFact } from "../core";
import { PERFORMANCE_INDICATORS } from "../data/performance-indicators";
import { t, type Lang, type MessageKey } from "../i18n";
import { SheetBuilder } from "./sheet-builder";
import { address, quoteSheetName, type CellValue, type SheetSpec, type StyleName } from "./sheet-spec";
import {
  BODY_FIELDS,
  FIRST_COLUMN,
  MARKER_PREFIX,
  PENALTY_FIELDS,
  TABLE_COLUMNS,
  blockMarker,
  fieldMarker,
  sheetMarker,
  tableMarker,
  type ColumnDef,
  type FieldDef,
  type SheetRole,
  type TableKey,
} from "./layout";
import { formulas, structuredRef, tableName, type Columns } from "./formulas";

export interface TemplateOptions {
  lang: Lang;
  /** The evaluation to fill in; a template is an evaluation with no values (see `blankEvaluation`). */
  evaluation: Evaluation;
  /** When given, every formula cell also stores the value the core computed, as its cached result. */
  result?: Result;
  /** Empty rows to leave in each table for the user to fill (templates), 0 when filling. */
  spareRows?: number;
  /** Numbers the evaluation had as text ("5,2", "n/a"), by JSON path: written back as the same text. */
  typedTexts?: ReadonlyMap<string, string>;
}

/** The issues that carry the text a numeric field was typed as (§2a): it is written back as typed. */
const TYPED_TEXT_ISSUES = new Set(["NUMBER_AS_TEXT", "NOT_A_NUMBER", "BLANK_MARK", "VALUE_PAIR", "PLAN_BOUND", "PLAN_RANGE"]);

/** The texts of numeric fields that were typed as text, from the parser's issues (a number as text, a blank mark, a pair, a bound). */
export function typedTextsOf(issues: readonly Issue[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const issue of issues) {
    if (TYPED_TEXT_ISSUES.has(issue.code) && typeof issue.params.text === "string") texts.set(issue.path, issue.params.text);
  }
  return texts;
}

/** A record with each numeric field replaced by the text it was typed as, where it was. */
function withTypedTexts(
  record: Record<string, unknown>,
  path: string,
  fields: readonly string[],
  texts: ReadonlyMap<string, string> | undefined,
): Record<string, unknown> {
  if (!texts) return record;
  const copy = { ...record };
  for (const field of fields) {
    const text = texts.get(`${path}.${field}`);
    if (text !== undefined) copy[field] = text;
  }
  return copy;
}

const NA = { error: "#N/A" };

export function sheetName(role: SheetRole, kind: Kind, lang: Lang): string {
  if (role === "goals") return t(lang, kind === "central" ? "wb.sheet.goals.central" : "wb.sheet.goals.local");
  return t(lang, `wb.sheet.${role}` as MessageKey);
}

/** The sheets of the templates for one body, in the order planners meet them. */
export function inputRoles(kind: Kind): SheetRole[] {
  return kind === "central" ? ["body", "quality", "goals", "risks", "penalties"] : ["body", "quality", "goals", "performance", "penalties"];
}

export function buildTemplates(options: TemplateOptions): SheetSpec[] {
  const kind = options.evaluation.body.kind;
  const goals = buildGoalsSheet(options);
  const sheets = [buildQualitySheet(options), goals.spec];
  sheets.push(kind === "central" ? buildRisksSheet(options) : buildPerformanceSheet(options));
  sheets.push(buildPenaltiesSheet(options));
  return [buildBodySheet(options, goals.xCells), ...sheets];
}

// ---------------------------------------------------------------- shared pieces

function titleRows(b: SheetBuilder, role: SheetRole, title: string, note: string, lastColumn: number): void {
  b.marker(1, sheetMarker(role));
  b.value(1, FIRST_COLUMN, title, "title").merge(1, FIRST_COLUMN, lastColumn);
  b.value(2, FIRST_COLUMN, note, "note").merge(2, FIRST_COLUMN, lastColumn);
  b.touch(3);
}

/** The localized column names of a table, by column key. */
export function columnsOf(lang: Lang, key: TableKey): Columns {
  return (columnKey) => {
    const column = TABLE_COLUMNS[key].find((c) => c.key === columnKey);
    if (!column) throw new Error(`no column ${columnKey} in table ${key}`);
    return t(lang, column.header);
  };
}

function localizedWord(lang: Lang, word: "higher" | "lower" | "official" | "operational" | "none"): string {
  return t(lang, `wb.value.${word}` as MessageKey);
}

function columnValue(lang: Lang, column: ColumnDef, value: unknown): CellValue {
  if (value === undefined || value === null || value === "") return null;
  if (column.kind === "better" || column.kind === "data") return localizedWord(lang, value as "higher");
  return value as CellValue;
}

function inputStyle(column: ColumnDef): StyleName {
  if (column.kind === "number" || column.kind === "expert") return "inputNumber";
  if (column.kind === "code" || column.kind === "key") return "inputCode";
  return "input";
}

/**
 * Writes a table (header at `headerRow`, data below) with its drop-downs, and returns the row after it.
 * `rows` are the records to write; `spare` blank rows follow them (at least one row in all).
 */
function writeTable(
  b: SheetBuilder,
  lang: Lang,
  key: TableKey,
  name: string,
  headerRow: number,
  rows: Record<string, unknown>[],
  spare: number,
): number {
  const columns = TABLE_COLUMNS[key];
  const headers = columns.map((c) => t(lang, c.header));
  b.marker(headerRow, tableMarker(key));
  columns.forEach((column, i) => b.value(headerRow, FIRST_COLUMN + i, headers[i], "header"));
  const count = Math.max(rows.length + spare, 1);
  for (let r = 0; r < count; r++) {
    const record = rows[r];
    columns.forEach((column, i) =>
      b.set(headerRow + 1 + r, FIRST_COLUMN + i, {
        value: record ? columnValue(lang, column, record[column.key]) : null,
        style: inputStyle(column),
      }),
    );
  }
  const first = headerRow + 1;
  const last = headerRow + count;
  columns.forEach((column, i) => {
    const col = FIRST_COLUMN + i;
    if (column.kind === "expert") b.listValidation(first, last, col, ["1", "0.5", "0"], t(lang, "wb.validation.expert"));
    if (column.kind === "better")
      b.listValidation(first, last, col, [localizedWord(lang, "higher"), localizedWord(lang, "lower")], t(lang, "wb.validation.list"));
    if (column.kind === "data")
      b.listValidation(
        first,
        last,
        col,
        (["official", "operational", "none"] as const).map((w) => localizedWord(lang, w)),
        t(lang, "wb.validation.list"),
      );
  });
  b.spec.tables.push({ name, topLeft: address(headerRow, FIRST_COLUMN), columns: headers, rowCount: count });
  return last + 1;
}

function writeField(b: SheetBuilder, lang: Lang, row: number, field: FieldDef, value: CellValue): void {
  b.marker(row, fieldMarker(field.key));
  b.value(row, FIRST_COLUMN, t(lang, field.label), "label");
  const style: StyleName = field.kind === "date" ? "inputDate" : "input";
  b.set(row, FIRST_COLUMN + 1, { value: value ?? null, style });
  if (field.kind === "option" && field.options)
    b.listValidation(row, row, FIRST_COLUMN + 1, [...field.options], t(lang, "wb.validation.list"));
  if (field.kind === "kind")
    b.listValidation(row, row, FIRST_COLUMN + 1, [t(lang, "kind.central"), t(lang, "kind.local")], t(lang, "wb.validation.list"));
}

/** An ISO date as a spreadsheet date (midnight UTC), or null. */
function dateCell(iso: string | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

// ---------------------------------------------------------------- section 2: quality

function qualityRecords(spheres: readonly QualitySphere[], texts?: ReadonlyMap<string, string>): Record<string, unknown>[] {
  return spheres.flatMap((sphere, i) =>
    sphere.directions.length === 0
      ? [
          withTypedTexts(
            { sphereCode: sphere.code, sphere: sphere.name, q1: sphere.q1, q2: sphere.q2 },
            `quality[${i}]`,
            ["q1", "q2"],
            texts,
          ),
        ]
      : sphere.directions.map((d, j) =>
          withTypedTexts(
            { sphereCode: sphere.code, sphere: sphere.name, directionCode: d.code, direction: d.name, q1: d.q1, q2: d.q2 },
            `quality[${i}].directions[${j}]`,
            ["q1", "q2"],
            texts,
          ),
        ),
  );
}

function buildQualitySheet(options: TemplateOptions): SheetSpec {
  const { lang, evaluation } = options;
  const kind = evaluation.body.kind;
  const b = new SheetBuilder("quality", sheetName("quality", kind, lang));
  const columns = TABLE_COLUMNS.quality;
  titleRows(
    b,
    "quality",
    t(lang, kind === "central" ? "wb.title.quality.central" : "wb.title.quality.local"),
    t(lang, "wb.note.quality"),
    FIRST_COLUMN + columns.length - 1,
  );
  writeTable(b, lang, "quality", tableName("quality"), 4, qualityRecords(evaluation.quality, options.typedTexts), options.spareRows ?? 0);
  // The q1 and q2 headers hold a long word each («проблемалар», «мақсаттармен»): room for it on one line.
  b.widths([2, ...columns.map((c) => (c.kind === "expert" ? Math.max(c.width, 14) : c.width))]);
  b.spec.frozenRows = 4;
  b.spec.hiddenColumns = [1];
  return b.spec;
}

// ---------------------------------------------------------------- section 3/4: goals

const MEASURE_NUMBERS = ["base", "plan", "fact"] as const;

function measureRecords(measures: readonly Measure[], path: string, texts?: ReadonlyMap<string, string>): Record<string, unknown>[] {
  return measures.map((m, i) => withTypedTexts({ ...m, no: m.code ?? String(i + 1) }, `${path}[${i}]`, MEASURE_NUMBERS, texts));
}

interface GoalsSheet {
  spec: SheetSpec;
  /** Addresses of every goal's X cell on the goals sheet, for D. */
  xCells: string[];
}

function buildGoalsSheet(options: TemplateOptions): GoalsSheet {
  const { lang, evaluation, result } = options;
  const kind = evaluation.body.kind;
  const spare = options.spareRows ?? 0;
  const b = new SheetBuilder("goals", sheetName("goals", kind, lang));
  const columns = TABLE_COLUMNS.indicators;
  const lastColumn = FIRST_COLUMN + columns.length - 1;
  titleRows(
    b,
    "goals",
    t(lang, kind === "central" ? "wb.title.goals.central" : "wb.title.goals.local"),
    t(lang, "wb.note.goals"),
    lastColumn + 2,
  );
  const xCells: string[] = [];
  let row = 5;
  evaluation.goals.forEach((goal: Goal, gi) => {
    const goalScore = result?.goals[gi];
    const goalRow = row;
    b.marker(goalRow, blockMarker("goal"));
    b.value(goalRow, FIRST_COLUMN, t(lang, "wb.block.goal"), "blockLabel");
    b.value(goalRow, FIRST_COLUMN + 1, goal.code || null, "inputCode");
    b.value(goalRow, FIRST_COLUMN + 2, goal.name || null, "blockHeader").merge(goalRow, FIRST_COLUMN + 2, FIRST_COLUMN + 6);
    const indicatorTable = tableName("indicators", gi);
    const afterIndicators = writeTable(
      b,
      lang,
      "indicators",
      indicatorTable,
      goalRow + 1,
      measureRecords(goal.indicators, `goals[${gi}].indicators`, options.typedTexts),
      spare,
    );
    row = afterIndicators + 1;
    const pCells: string[] = [];
    goal.tasks.forEach((task, ti) => {
      const taskRow = row;
      b.marker(taskRow, blockMarker("task"));
      b.value(taskRow, FIRST_COLUMN, t(lang, "wb.block.task"), "blockLabel");
      b.value(taskRow, FIRST_COLUMN + 1, task.code || null, "inputCode");
      b.value(taskRow, FIRST_COLUMN + 2, task.name || null, "blockHeader").merge(taskRow, FIRST_COLUMN + 2, FIRST_COLUMN + 6);
      const resultTable = tableName("results", gi, ti);
      row =
        writeTable(
          b,
          lang,
          "results",
          resultTable,
          taskRow + 1,
          measureRecords(task.results, `goals[${gi}].tasks[${ti}].results`, options.typedTexts),
          spare,
        ) + 1;
      const P = goalScore?.tasks[ti]?.P;
      b.value(taskRow, FIRST_COLUMN + 7, t(lang, "wb.label.P"), "blockLabel");
      b.formula(
        taskRow,
        FIRST_COLUMN + 8,
        formulas.task(resultTable, columnsOf(lang, "results"), bodyFieldRef(lang, kind, "resultRule")),
        result ? (P ?? "") : null,
      );
      pCells.push(address(taskRow, FIRST_COLUMN + 8));
    });
    const K = goalScore?.K;
    const kCell = address(goalRow, FIRST_COLUMN + 8);
    const yCell = address(goalRow, FIRST_COLUMN + 10);
    b.value(goalRow, FIRST_COLUMN + 7, t(lang, "wb.label.K"), "blockLabel");
    b.formula(
      goalRow,
      FIRST_COLUMN + 8,
      formulas.goal(indicatorTable, columnsOf(lang, "indicators"), bodyFieldRef(lang, kind, "indicatorRule")),
      result ? (K ?? NA) : null,
    );
    b.value(goalRow, FIRST_COLUMN + 9, t(lang, "wb.label.Y"), "blockLabel");
    b.formula(goalRow, FIRST_COLUMN + 10, formulas.tasksCoefficient(pCells), result ? (goalScore?.Y ?? 1) : null);
    b.value(goalRow, FIRST_COLUMN + 11, t(lang, "wb.label.X"), "blockLabel");
    b.formula(goalRow, FIRST_COLUMN + 12, formulas.goalCoefficient(kCell, yCell), result ? (goalScore?.X ?? "") : null);
    xCells.push(`${quoteSheetName(b.spec.name)}!${address(goalRow, FIRST_COLUMN + 12)}`);
    row += 1;
  });
  b.touch(row);
  // Column B holds the № of each row and the «Мақсат» / «Міндет» label of each block.
  b.widths([2, Math.max(columns[0].width, 9), ...columns.slice(1).map((c) => c.width), 8, 10, 6, 10]);
  b.spec.frozenRows = 3;
  b.spec.hiddenColumns = [1];
  return { spec: b.spec, xCells };
}

// ---------------------------------------------------------------- section 6 risks, App. 4 performance

function buildRisksSheet(options: TemplateOptions): SheetSpec {
  const { lang, evaluation } = options;
  const b = new SheetBuilder("risks", sheetName("risks", "central", lang));
  const columns = TABLE_COLUMNS.risks;
  titleRows(b, "risks", t(lang, "wb.title.risks"), t(lang, "wb.note.risks"), FIRST_COLUMN + columns.length - 1);
  const records = evaluation.risks.map((risk: Risk, i) =>
    withTypedTexts({ no: String(i + 1), name: risk.name, measures: risk.measures, r: risk.r }, `risks[${i}]`, ["r"], options.typedTexts),
  );
  writeTable(b, lang, "risks", tableName("risks"), 4, records, options.spareRows ?? 0);
  b.widths([2, ...columns.map((c) => c.width)]);
  b.spec.frozenRows = 4;
  b.spec.hiddenColumns = [1];
  return b.spec;
}

function performanceRecords(
  lang: Lang,
  entries: readonly PerformanceEntry[],
  texts?: ReadonlyMap<string, string>,
): Record<string, unknown>[] {
  const source =
    entries.length > 0
      ? entries
      : PERFORMANCE_INDICATORS.map((p) => ({ key: p.key, better: p.better, previous: null, current: null }) as PerformanceEntry);
  return source.map((entry, i) => {
    const known = PERFORMANCE_INDICATORS.find((p) => p.key === entry.key);
    return withTypedTexts(
      {
        key: entry.key,
        name: known ? known.name[lang] : entry.name,
        unit: known ? known.unit[lang] : entry.unit,
        better: entry.better,
        previous: entry.previous,
        current: entry.current,
      },
      `performance[${i}]`,
      ["previous", "current"],
      texts,
    );
  });
}

function buildPerformanceSheet(options: TemplateOptions): SheetSpec {
  const { lang, evaluation } = options;
  const b = new SheetBuilder("performance", sheetName("performance", "local", lang));
  const columns = TABLE_COLUMNS.performance;
  titleRows(b, "performance", t(lang, "wb.title.performance"), t(lang, "wb.note.performance"), FIRST_COLUMN + columns.length - 1);
  writeTable(b, lang, "performance", tableName("performance"), 4, performanceRecords(lang, evaluation.performance, options.typedTexts), 0);
  b.widths([2, ...columns.map((c) => c.width)]);
  b.spec.frozenRows = 4;
  b.spec.hiddenColumns = [1];
  return b.spec;
}

// ---------------------------------------------------------------- reporting (input of App. 1)

function buildPenaltiesSheet(options: TemplateOptions): SheetSpec {
  const { lang, evaluation } = options;
  const penalties = evaluation.penalties;
  const spare = options.spareRows ?? 0;
  const b = new SheetBuilder("penalties", sheetName("penalties", evaluation.body.kind, lang));
  titleRows(b, "penalties", t(lang, "wb.title.penalties"), t(lang, "wb.note.penalties"), FIRST_COLUMN + 5);
  const values: Record<string, CellValue> = {
    deadline: dateCell(penalties.deadline),
    submitted: dateCell(penalties.submitted),
    lateFlag: penalties.late ?? null,
    incompleteFlag: penalties.incomplete ?? null,
    unreliableFactCount: penalties.unreliableFactsListed ? null : (penalties.unreliableFactCount ?? null),
  };
  let row = PENALTY_FIELDS_ROW;
  for (const field of PENALTY_FIELDS) {
    writeField(b, lang, row, field, values[field.key]);
    row += 1;
  }
  row += 1;
  b.value(row, FIRST_COLUMN, t(lang, "wb.label.missingElements"), "blockLabel");
  row =
    writeTable(
      b,
      lang,
      "missing",
      tableName("missing"),
      row + 1,
      penalties.missingElements.map((element, i) => ({ no: String(i + 1), element })),
      spare,
    ) + 1;
  b.value(row, FIRST_COLUMN, t(lang, "wb.label.unreliableFacts"), "blockLabel");
  const facts = penalties.unreliableFacts.map((f: UnreliableFact, i) =>
    withTypedTexts({ no: String(i + 1), ...f }, `penalties.unreliableFacts[${i}]`, ["plan", "fact", "rechecked"], options.typedTexts),
  );
  writeTable(b, lang, "unreliable", tableName("unreliable"), row + 1, facts, spare);
  // Column B holds the fields' labels above the tables' № column: wide enough for a label on two or three lines.
  b.widths([2, 30, ...TABLE_COLUMNS.unreliable.slice(1).map((c) => c.width)]);
  b.spec.hiddenColumns = [1];
  return b.spec;
}

// ---------------------------------------------------------------- the score sheet

const SCORES_MARKER = `${MARKER_PREFIX}scores`;
const PENALTY_FIELDS_ROW = 4;
const BODY_FIELDS_ROW = 4;

/** The absolute address of a field of the score sheet (the profile options live there), sheet-qualified. */
function bodyFieldRef(lang: Lang, kind: Kind, key: string): string {
  const row = BODY_FIELDS_ROW + BODY_FIELDS.findIndex((f) => f.key === key);
  return `${quoteSheetName(sheetName("body", kind, lang))}!$${"ABCDEFGHIJ"[FIRST_COLUMN]}$${row}`;
}

/** W from the reporting sheet: the late and incomplete conditions and the count of unreliable facts. */
function penaltyFormula(lang: Lang, kind: Kind): string {
  const sheet = quoteSheetName(sheetName("penalties", kind, lang));
  const cell = (key: string) =>
    `${sheet}!${address(PENALTY_FIELDS_ROW + PENALTY_FIELDS.findIndex((f) => f.key === key), FIRST_COLUMN + 1)}`;
  const cells = {
    deadline: cell("deadline"),
    submitted: cell("submitted"),
    lateFlag: cell("lateFlag"),
    incompleteFlag: cell("incompleteFlag"),
    countCell: cell("unreliableFactCount"),
    capScope: bodyFieldRef(lang, kind, "penaltyCapScope"),
    threshold: bodyFieldRef(lang, kind, "unreliableThreshold"),
  };
  return formulas.penalty(
    cells,
    structuredRef(tableName("missing"), columnsOf(lang, "missing")("element")),
    structuredRef(tableName("unreliable"), columnsOf(lang, "unreliable")("indicator")),
  );
}

function buildBodySheet(options: TemplateOptions, xCells: string[]): SheetSpec {
  const { lang, evaluation, result } = options;
  const { body, profile } = evaluation;
  const kind = body.kind;
  const b = new SheetBuilder("body", sheetName("body", kind, lang));
  titleRows(b, "body", t(lang, "wb.title.body"), t(lang, "wb.note.input"), FIRST_COLUMN + 3);
  const values: Record<string, CellValue> = {
    name: body.name || null,
    kind: t(lang, `kind.${kind}`),
    period: body.period || null,
    reorganizedDate: dateCell(body.reorganized?.date),
    successor: body.reorganized?.successor ?? null,
    qualityRule: profile.qualityRule ?? null,
    indicatorRule: profile.indicatorRule ?? null,
    resultRule: profile.resultRule ?? null,
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
  (["wb.label.criterion", "wb.label.coefficient", "wb.label.weight", "wb.label.points"] as const).forEach((key, i) =>
    b.value(headerRow, FIRST_COLUMN + i, t(lang, key), "header"),
  );
  const criteria = kind === "central" ? (["B", "C", "D"] as const) : (["B", "D", "E"] as const);
  const weights = { B: profile.weights?.B ?? (kind === "central" ? 0.1 : 0.2), C: profile.weights?.C ?? 0.1, D: profile.weights?.D ?? 0.8 };
  const coefficientCell: Record<string, string> = {};
  row = headerRow + 1;
  for (const key of criteria) {
    coefficientCell[key] = address(row, FIRST_COLUMN + 1);
    row += 1;
  }
  const wCell = address(row, FIRST_COLUMN + 3);
  const aCell = address(row + 1, FIRST_COLUMN + 3);
  row = headerRow + 1;
  for (const key of criteria) {
    b.value(row, FIRST_COLUMN, `${key}  ${t(lang, `criterion.${key}`)}`, "label");
    if (key !== "E") b.marker(row, fieldMarker(`weight.${key}`));
    let formula: string;
    if (key === "B") formula = formulas.quality(tableName("quality"), columnsOf(lang, "quality"), bodyFieldRef(lang, kind, "qualityRule"));
    else if (key === "C") formula = formulas.risk(tableName("risks"), columnsOf(lang, "risks"));
    else if (key === "D") formula = formulas.goalsCoefficient(xCells);
    else formula = formulas.performance(tableName("performance"), columnsOf(lang, "performance"));
    const criterion = result ? (key === "E" ? result.criteria.E : result.criteria[key]) : null;
    b.formula(row, FIRST_COLUMN + 1, formula, criterion ? criterion.coefficient : null);
    if (key !== "E") {
      b.value(row, FIRST_COLUMN + 2, weights[key], "inputNumber");
      const points = formulas.points(
        coefficientCell[key],
        address(row, FIRST_COLUMN + 2),
        kind === "local" ? coefficientCell.E : undefined,
      );
      b.formula(row, FIRST_COLUMN + 3, points, criterion && criterion.points !== null ? criterion.points : null, "computedPoints");
    }
    row += 1;
  }
  b.value(row, FIRST_COLUMN, t(lang, "wb.label.W"), "label");
  b.formula(row, FIRST_COLUMN + 3, penaltyFormula(lang, kind), result ? result.W.total : null, "computedPoints");
  row += 1;
  b.value(row, FIRST_COLUMN, t(lang, "wb.label.A"), "total");
  const c = coefficientCell;
  // The weights: the three weight cells of a central body; a local body has no C, so B, 0 and D.
  const weightCell = (key: "B" | "C" | "D") => address(Number(coefficientCell[key].replace(/^[A-Z]+/, "")), FIRST_COLUMN + 2);
  const weightsArg =
    kind === "central" ? `${weightCell("B")}:${weightCell("D")}` : `CHOOSE({1;2;3},${weightCell("B")},0,${weightCell("D")})`;
  b.formula(
    row,
    FIRST_COLUMN + 3,
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
