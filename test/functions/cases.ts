// Calls of every BAGALAU.* function with arguments as Excel passes them, shared by the tests of the
// source wrappers (functions.test.ts) and of the built bundle (bundle.test.ts); expected values by hand.

import * as functions from "../../src/functions/functions";
import { APP4_ROWS, column, reportingFields, row, table } from "./excel-values";

const MEASURE = ["name", "better", "base", "plan", "fact"];

export type FunctionId = "INDICATOR" | "GOAL" | "TASK" | "ROWS" | "QUALITY" | "RISK" | "INDEX" | "PENALTY" | "SCORE" | "DEADLINE";

/** The source function behind each metadata id. */
export const SOURCE_FUNCTIONS: Record<FunctionId, (...args: never[]) => unknown> = {
  INDICATOR: functions.indicator,
  GOAL: functions.goal,
  TASK: functions.task,
  ROWS: functions.rows,
  QUALITY: functions.quality,
  RISK: functions.risk,
  INDEX: functions.performanceIndex,
  PENALTY: functions.penalty,
  SCORE: functions.score,
  DEADLINE: functions.deadline,
};

export interface Case {
  id: FunctionId;
  args: unknown[];
  /** A number (to 12 digits), a column of values (BAGALAU.ROWS, exactly), or the Excel error the call must give. */
  expected: number | (number | string)[][] | "#VALUE!" | "#N/A";
}

export const CASES: Case[] = [
  { id: "INDICATOR", args: [96, 120, 80], expected: 16 / 40 },
  { id: "INDICATOR", args: ["5,1", "5,0", "5,4", "lower"], expected: 0.75 },
  { id: "INDICATOR", args: [96, null], expected: "#N/A" },
  { id: "INDICATOR", args: [96, "abc"], expected: "#N/A" },
  {
    id: "GOAL",
    args: [
      table(
        "indicators",
        "en",
        MEASURE,
        ["a", "lower", 12.4, 11.6, 11.2],
        ["b", "lower", 11.2, 9.7, 10.1],
        ["c", "lower", 13.4, 12, "12,3"],
        ["d", "lower", 80, 80.5, null],
      ),
    ],
    expected: (1 + 1.1 / 1.5 + 1.1 / 1.4) / 3,
  },
  {
    id: "GOAL",
    args: [table("indicators", "en", MEASURE, ["a", null, null, null, null], ["b", null, null, null, null])],
    expected: "#N/A",
  },
  { id: "GOAL", args: [5], expected: "#VALUE!" },
  { id: "TASK", args: [table("results", "en", MEASURE, ["a", null, 80, 120, 96], ["b", null, 20, 25, 30])], expected: 0.9 },
  { id: "TASK", args: [table("results", "ru", MEASURE, ["a", null, 80, 120, 96], ["b", null, 20, 25, 30]), "улучшение"], expected: 0.7 },
  {
    id: "ROWS",
    args: [table("indicators", "en", MEASURE, ["a", null, 80, 120, 96], [null, null, null, null, null], ["b", null, 20, 40, 30])],
    expected: [["h"], [0.4], [""], [0.5]],
  },
  { id: "ROWS", args: [table("results", "en", MEASURE, ["a", null, 80, 120, 96])], expected: [["p"], [0.8]] },
  { id: "ROWS", args: [5], expected: "#VALUE!" },
  {
    id: "QUALITY",
    args: [
      table(
        "quality",
        "en",
        ["sphereCode", "directionCode", "q1", "q2"],
        ["1", null, 1, 1],
        [null, null, null, null],
        ["2", "2.1", 1, 0.5],
        ["2", "2.2", 0, 0.5],
        ["3", null, 0.5, 0.5],
      ),
    ],
    expected: (1 + 0.5 + 0.5) / 3,
  },
  { id: "QUALITY", args: [table("quality", "en", ["sphere", "q1", "q2"], ["a", 1, 1], ["b", 0.7, 1])], expected: (1 + 0.5) / 2 },
  { id: "RISK", args: [table("risks", "en", ["name", "r"], ["a", 1], ["b", "0,5"], [null, null], ["c", 0])], expected: 0.5 },
  { id: "RISK", args: [table("risks", "en", ["name", "r"], [null, null])], expected: 0 },
  {
    id: "INDEX",
    args: [table("performance", "en", ["key", "previous", "current"], ...APP4_ROWS)],
    expected: Math.pow((20 / 22) * (150 / 160) * 0.98, 1 / 6),
  },
  { id: "INDEX", args: [table("performance", "en", ["key", "previous", "current"], ["unemployment", null, null])], expected: 1 },
  {
    id: "PENALTY",
    args: [
      reportingFields("en", { lateFlag: true, incompleteFlag: true }),
      table("missing", "en", ["no", "element"], [null, null]),
      table(
        "unreliable",
        "en",
        ["no", "indicator", "plan", "fact", "rechecked"],
        ...[1, 2, 3, 4].map((i) => [String(i), `I${i}`, 10, 12, 9]),
      ),
    ],
    expected: 4.3,
  },
  {
    id: "PENALTY",
    args: [
      reportingFields("en", { deadline: "15.02.2024", submitted: "16.02.2024", unreliableFactCount: 30 }),
      table("missing", "en", ["no", "element"], [null, null]),
      table("unreliable", "en", ["no", "indicator"], [null, null]),
      "total",
    ],
    expected: 5,
  },
  { id: "SCORE", args: ["central", 0.75, 0.5, 0.9, null, 1.5], expected: 83 },
  { id: "SCORE", args: ["жергілікті", 0.5, null, 0.8, 0.9, 2], expected: 64.6 },
  { id: "SCORE", args: ["central", 1.2, 1, 1, null, 0], expected: "#VALUE!" },
  { id: "DEADLINE", args: [45366], expected: 45378 },
  { id: "DEADLINE", args: [45366, null, column(45377)], expected: 45379 },
  { id: "DEADLINE", args: ["15.03.2024", 5, null, row("16.03.2024")], expected: 45377 },
  { id: "DEADLINE", args: [45366, null, column(45377), column(45377)], expected: "#VALUE!" },
  // §9's other examples: Wed 10 Mar 2027 → Thu 18 Mar 2027; Tue 25 Aug 2026 → Tue 1 Sep 2026; and Mon 6 May 2024 → Thu 16 May (8 May moved off).
  { id: "DEADLINE", args: [46456], expected: 46464 },
  { id: "DEADLINE", args: [46259, 5], expected: 46266 },
  { id: "DEADLINE", args: [45418], expected: 45428 },
];

/** What a call gave: a number, or an error's code and message (from whatever Error class the runtime has). */
export type Outcome = { value: number } | { code: string; message: string | undefined };

export function outcomeOf(call: () => unknown): Outcome {
  try {
    return { value: call() as number };
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code !== "string") throw error;
    return { code, message: typeof message === "string" ? message : undefined };
  }
}

/** A stand-in for Excel's CustomFunctions runtime object, recording associations. */
export function stubRuntime(): {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  registered: Map<string, (...args: unknown[]) => unknown>;
  Error: new (code: string, message?: string) => { code: string; message?: string };
  ErrorCode: Record<string, string>;
} {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  class StubError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  return {
    associate: (id, fn) => registered.set(id, fn),
    registered,
    Error: StubError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}
