// Reading the App. 6 sheet back: the day the conclusion and the objections were received, the days moved
// by act that the user typed, and the disagreement table (objection, decision, rationale, the input it changes).

import {
  changePathOf as pathOf,
  readNumber,
  resolveAdjustments,
  takesYesNo,
  type AppealInput,
  type Decision,
  type Objection,
  type ObjectionChange,
} from "../core";
import { t, type Lang, type MessageKey } from "../i18n";
import { APPEAL_COLUMN, APPEAL_MARKER, DEADLINE_COLUMN, MOVED_DAY_COLUMN } from "./appeal-layout";
import { parseTarget } from "./appeal-targets";
import { MARKER_COLUMN, MARKER_PREFIX, normalizeHeader, sheetMarker, vocabulary } from "./layout";
import { formatCell, type CellRef } from "./cell-ref";
import { isCellError, type CellValue, type Grid } from "./sheet-spec";
import { cellDate, cellText, isBlankCell } from "./cell-values";

type AppealReadIssueCode = "date" | "decision" | "target" | "value" | "valueWithoutTarget" | "conflict";

export interface AppealReadIssue {
  code: AppealReadIssueCode;
  severity: "error" | "warning";
  cell: CellRef;
  params: Record<string, string>;
}

/** A row of the disagreement table as typed, kept so that the sheet can be written again without losing it. */
export interface AppealRow {
  row: number;
  /** The statement of the conclusion the row was pre-filled with (its hidden marker), if any. */
  statementId?: string;
  conclusionText: string;
  objection: string;
  /** The decision read (undefined when blank or not recognized). */
  decision?: Exclude<Decision, "undecided">;
  /** The decision cell as typed, when it was not recognized. */
  decisionText?: string;
  rationale: string;
  /** The target cell as typed (friendly text or path). */
  targetText: string;
  /** The new value cell as typed. */
  value: CellValue;
}

export interface AppealReading {
  sheet: string;
  input: AppealInput;
  rows: AppealRow[];
  /** The commission's conclusion on each criterion (App. 6, "Conclusions"), by criterion key. */
  criterionConclusions: Record<string, string>;
  /** The cell of each field and of each objection's row, to point messages at. */
  cells: { conclusionReceived?: CellRef; objectionsReceived?: CellRef; rows: Map<number, number> };
  issues: AppealReadIssue[];
  /** Anything typed on the sheet beyond what BAGALAU pre-filled: a date, a moved day, an objection, a decision. */
  hasInput: boolean;
}

const DECISIONS = vocabulary(["accepted", "rejected"] as const, (v) => `report.dis.${v}` as MessageKey);
const YES_NO = vocabulary(["yes", "no"] as const, (v) => `appeal.value.${v}` as MessageKey);

const isBlank = isBlankCell;

function textOf(value: CellValue | undefined): string {
  return cellText(value) ?? "";
}

/** A date cell: a real date, an ISO text, a dd.mm.yyyy text, or an Excel serial; false when it is none. */
const appealDateValue = cellDate;

/** The new value of a change: a number, or a yes/no where the target takes one (TRUE/FALSE, 1/0 or the words). */
function changeValue(value: CellValue, yesNo: boolean | undefined): number | boolean | undefined {
  if (yesNo !== false) {
    if (typeof value === "boolean") return value;
    if (yesNo && typeof value === "number" && (value === 0 || value === 1)) return value === 1;
    const word =
      typeof value === "string"
        ? (YES_NO.get(normalizeHeader(value)) ??
          (normalizeHeader(value) === "true" ? "yes" : normalizeHeader(value) === "false" ? "no" : undefined))
        : undefined;
    if (word) return word === "yes";
    if (yesNo) return undefined;
  }
  const reading = readNumber(value instanceof Date || isCellError(value) ? textOf(value) : value);
  return reading.value ?? undefined;
}

/** The first sheet whose marker says it is the App. 6 sheet. */
function appealGrid(grids: readonly Grid[]): Grid | undefined {
  const marker = sheetMarker("disagreements");
  return grids.find((grid) => grid.values.slice(0, 3).some((row) => row?.[MARKER_COLUMN - 1] === marker));
}

/** Reads the App. 6 sheet of a workbook; undefined when it has none. */
export function readAppealSheet(grids: readonly Grid[]): AppealReading | undefined {
  const grid = appealGrid(grids);
  if (!grid) return undefined;
  const at = (row: number, column: number): CellValue | undefined => grid.values[row - 1]?.[column - 1];
  const ref = (row: number, column: number): CellRef => ({ sheet: grid.name, row, column });
  const markerOf = (row: number) => {
    const value = at(row, MARKER_COLUMN);
    return typeof value === "string" && value.startsWith(MARKER_PREFIX) ? value : undefined;
  };
  const issues: AppealReadIssue[] = [];
  const input: AppealInput = { objections: [] };
  const reading: AppealReading = {
    sheet: grid.name,
    input,
    rows: [],
    criterionConclusions: {},
    cells: { rows: new Map() },
    issues,
    hasInput: false,
  };

  const date = (row: number, column: number): string | undefined => {
    const value = at(row, column);
    const parsed = appealDateValue(value);
    if (parsed === false) {
      issues.push({ code: "date", severity: "error", cell: ref(row, column), params: { text: textOf(value) } });
      return undefined;
    }
    return parsed;
  };

  const extraDaysOff: { iso: string; cell: CellRef }[] = [];
  const extraWorkingDays: { iso: string; cell: CellRef }[] = [];
  let section: "movedDays" | "table" | undefined;
  const last = grid.values.length;
  for (let row = 1; row <= last; row++) {
    const marker = markerOf(row);
    if (marker === APPEAL_MARKER.conclusionReceived || marker === APPEAL_MARKER.objectionsReceived) {
      const field = marker === APPEAL_MARKER.conclusionReceived ? "conclusionReceived" : "objectionsReceived";
      reading.cells[field] = ref(row, DEADLINE_COLUMN.date);
      const value = date(row, DEADLINE_COLUMN.date);
      if (value !== undefined) input[field] = value;
      section = undefined;
      continue;
    }
    if (marker === APPEAL_MARKER.movedDays) {
      section = "movedDays";
      continue;
    }
    if (marker === APPEAL_MARKER.table) {
      section = "table";
      continue;
    }
    if (marker === APPEAL_MARKER.columnNumbers) continue;
    if (marker?.startsWith(APPEAL_MARKER.rowPrefix) && section === "table") {
      readTableRow(row, marker.slice(APPEAL_MARKER.rowPrefix.length) || undefined);
      continue;
    }
    if (marker?.startsWith(APPEAL_MARKER.criterion(""))) {
      const text = textOf(at(row, APPEAL_COLUMN.objection));
      if (text !== "") reading.criterionConclusions[marker.slice(APPEAL_MARKER.criterion("").length)] = text;
      section = undefined;
      continue;
    }
    if (marker !== undefined) {
      section = undefined;
      continue;
    }
    if (section === "movedDays") {
      for (const [column, list] of [
        [MOVED_DAY_COLUMN.dayOff, extraDaysOff],
        [MOVED_DAY_COLUMN.workingDay, extraWorkingDays],
      ] as const) {
        const value = date(row, column);
        if (value !== undefined) list.push({ iso: value, cell: ref(row, column) });
      }
    } else if (section === "table") {
      readTableRow(row);
    }
  }

  function readTableRow(row: number, statementId?: string): void {
    const cells = {
      conclusion: at(row, APPEAL_COLUMN.conclusion),
      objection: at(row, APPEAL_COLUMN.objection),
      decision: at(row, APPEAL_COLUMN.decision),
      rationale: at(row, APPEAL_COLUMN.rationale),
      target: at(row, APPEAL_COLUMN.target),
      value: at(row, APPEAL_COLUMN.value),
    };
    if (Object.values(cells).every(isBlank)) return;
    const appealRow: AppealRow = {
      row,
      conclusionText: textOf(cells.conclusion),
      objection: textOf(cells.objection),
      rationale: textOf(cells.rationale),
      targetText: textOf(cells.target),
      value: isBlank(cells.value) ? null : (cells.value as CellValue),
    };
    if (statementId !== undefined) appealRow.statementId = statementId;
    const decisionText = textOf(cells.decision);
    if (decisionText !== "") {
      const decision = DECISIONS.get(normalizeHeader(decisionText));
      if (decision) appealRow.decision = decision;
      else {
        appealRow.decisionText = decisionText;
        issues.push({ code: "decision", severity: "error", cell: ref(row, APPEAL_COLUMN.decision), params: { text: decisionText } });
      }
    }
    reading.rows.push(appealRow);
    // A row BAGALAU pre-filled and nobody answered is no objection.
    if (appealRow.objection === "" && decisionText === "" && appealRow.rationale === "" && appealRow.value === null) return;
    // The number the table shows in its № column, else the row's place in the table.
    const shown = at(row, APPEAL_COLUMN.no);
    const number = typeof shown === "number" && Number.isInteger(shown) && shown > 0 ? shown : reading.rows.length;
    reading.cells.rows.set(number, row);
    const objection: Objection = {
      number,
      conclusionText: appealRow.conclusionText,
      objection: appealRow.objection,
      decision: appealRow.decision ?? "undecided",
      rationale: appealRow.rationale,
    };
    const change = readChange(row, appealRow);
    if (change) objection.change = change;
    input.objections.push(objection);
  }

  /** The change a row names: a known target with a value that fits it, or, for the core to refuse, what was typed. */
  function readChange(row: number, appealRow: AppealRow): ObjectionChange | undefined {
    const hasValue = appealRow.value !== null;
    if (appealRow.targetText === "") {
      if (hasValue)
        issues.push({
          code: "valueWithoutTarget",
          severity: "warning",
          cell: ref(row, APPEAL_COLUMN.value),
          params: { target: formatCell(ref(row, APPEAL_COLUMN.target)) },
        });
      return undefined;
    }
    if (!hasValue) return undefined;
    const target = parseTarget(appealRow.targetText);
    if (!target)
      issues.push({ code: "target", severity: "error", cell: ref(row, APPEAL_COLUMN.target), params: { text: appealRow.targetText } });
    const yesNo = target ? takesYesNo(target) : undefined;
    const value = changeValue(appealRow.value, yesNo);
    if (value === undefined || (target?.kind === "unreliable" && (typeof value !== "number" || !Number.isInteger(value) || value < 0))) {
      const expected: MessageKey = yesNo
        ? "appeal.expected.yesNo"
        : target?.kind === "unreliable"
          ? "appeal.expected.count"
          : "appeal.expected.number";
      issues.push({
        code: "value",
        severity: "error",
        cell: ref(row, APPEAL_COLUMN.value),
        params: { text: textOf(appealRow.value), expected },
      });
    }
    const path = target ? pathOf(target) : appealRow.targetText;
    // What cannot be read is still passed on, so that the accepted objection is reported as not applied.
    return { path, value: value ?? Number.NaN };
  }

  // The moved days: a date both off and working is dropped from both, with an error on each cell.
  const offSet = new Set(extraDaysOff.map((d) => d.iso));
  const workingSet = new Set(extraWorkingDays.map((d) => d.iso));
  for (const day of [...extraDaysOff, ...extraWorkingDays]) {
    if (offSet.has(day.iso) && workingSet.has(day.iso))
      issues.push({ code: "conflict", severity: "error", cell: day.cell, params: { date: day.iso } });
  }
  const adjustments = {
    extraDaysOff: [...offSet].filter((d) => !workingSet.has(d)),
    extraWorkingDays: [...workingSet].filter((d) => !offSet.has(d)),
  };
  if (adjustments.extraDaysOff.length > 0 || adjustments.extraWorkingDays.length > 0) input.adjustments = adjustments;
  // Only valid ISO dates reach here, so the calendar accepts them.
  if ("kind" in resolveAdjustments(adjustments)) input.adjustments = undefined;

  reading.hasInput =
    input.conclusionReceived !== undefined ||
    input.objectionsReceived !== undefined ||
    input.adjustments !== undefined ||
    reading.rows.some(
      (r) => r.objection !== "" || r.decision !== undefined || r.decisionText !== undefined || r.rationale !== "" || r.value !== null,
    ) ||
    Object.keys(reading.criterionConclusions).length > 0 ||
    issues.length > 0;
  return reading;
}

/** A reading problem of the App. 6 sheet as one localized line, naming its cell. */
export function appealIssueMessage(lang: Lang, issue: AppealReadIssue): string {
  const params: Record<string, string> = { ...issue.params, cell: formatCell(issue.cell) };
  if (issue.code === "value") params.expected = t(lang, issue.params.expected as MessageKey);
  if (issue.code === "decision") params.allowed = `${t(lang, "report.dis.accepted")}, ${t(lang, "report.dis.rejected")}`;
  if (issue.code === "target") params.example = "goals[0].indicators[1].fact";
  return t(lang, `appeal.read.${issue.code}` as MessageKey, params);
}
