// Where the App. 6 sheet keeps its inputs: the hidden column-A markers of the date fields, the rows of the
// days moved by act, the disagreement table and the commission's conclusions — shared by writer and reader.

import { FIRST_COLUMN, MARKER_PREFIX, fieldMarker } from "./layout";

/** Columns: A marker (hidden) | B № | C conclusion | D objection | E decision | F rationale | G target | H new value. */
export const APPEAL_COLUMN = {
  no: FIRST_COLUMN,
  conclusion: FIRST_COLUMN + 1,
  objection: FIRST_COLUMN + 2,
  decision: FIRST_COLUMN + 3,
  rationale: FIRST_COLUMN + 4,
  target: FIRST_COLUMN + 5,
  value: FIRST_COLUMN + 6,
} as const;

/** In the deadlines block: the date in D, the days left in E, the status in F. */
export const DEADLINE_COLUMN = { date: FIRST_COLUMN + 2, daysLeft: FIRST_COLUMN + 3, status: FIRST_COLUMN + 4 } as const;

/** Days moved by an act the calendar does not know (decree or Minister's order): extra days off in D, extra working days in E. */
export const MOVED_DAY_COLUMN = { dayOff: FIRST_COLUMN + 2, workingDay: FIRST_COLUMN + 3 } as const;

/** Rows for the moved days (the sheet is protected against new columns, not rows: more can be inserted). */
export const MOVED_DAY_ROWS = 6;

export const APPEAL_MARKER = {
  conclusionReceived: fieldMarker("appeal.conclusionReceived"),
  objectionsReceived: fieldMarker("appeal.objectionsReceived"),
  objectionsDue: `${MARKER_PREFIX}appeal:objectionsDue`,
  tableDue: `${MARKER_PREFIX}appeal:tableDue`,
  finalDue: `${MARKER_PREFIX}appeal:finalDue`,
  movedDays: `${MARKER_PREFIX}table:appealMovedDays`,
  movedDaysEnd: `${MARKER_PREFIX}appeal:movedDaysEnd`,
  table: `${MARKER_PREFIX}table:appeal`,
  /** The row of column numbers under the table's header. */
  columnNumbers: `${MARKER_PREFIX}appeal:columnNumbers`,
  /** A row of the table, with the statement of the conclusion it was pre-filled with (so that it is found again in any language). */
  row: (statementId: string) => `${MARKER_PREFIX}appeal:row:${statementId}`,
  rowPrefix: `${MARKER_PREFIX}appeal:row:`,
  tableEnd: `${MARKER_PREFIX}appeal:tableEnd`,
  criterion: (key: string) => fieldMarker(`appeal.criterion.${key}`),
  totalAfter: fieldMarker("appeal.totalAfter"),
} as const;
