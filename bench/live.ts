// Benchmark of the live workbook: a filled central-body workbook of 200 and of 2,000 table rows over the same
// 12 goals and 36 tasks, recalculated by HyperFormula with the built BAGALAU.* functions. Prints JSON: the
// count of custom-function cells (it must not grow with rows) and the recalculation time. Not a timed test.
//
//   npm run bench:live            (200 and 2,000 rows, 5 recalculations each)

import { loadBuiltFunctions } from "../test/live/built-functions";
import { filledWorkbookBytes, liveWorkbook } from "../test/live/live-cells";

const GOALS = 12;
const TASKS_PER_GOAL = 3;
const RUNS = 5;

/** A central body's evaluation with `rows` table rows: half target indicators, half direct results. */
function evaluationWithRows(rows: number): unknown {
  const indicatorsPerGoal = Math.ceil(rows / 2 / GOALS);
  const resultsPerTask = Math.ceil(rows / 2 / (GOALS * TASKS_PER_GOAL));
  let n = 0;
  const measure = () => {
    const i = n++;
    const lower = i % 3 === 0;
    const base = 100 + (i % 37);
    return {
      name: `Indicator ${i + 1}`,
      better: lower ? "lower" : "higher",
      base: i % 13 === 0 ? undefined : base,
      plan: lower ? base - 5 : base + 5,
      fact: i % 17 === 0 ? null : i % 29 === 0 ? `${base},5` : lower ? base - (i % 7) : base + (i % 9),
      data: i % 101 === 0 ? "none" : "official",
    };
  };
  const goals = Array.from({ length: GOALS }, (_, g) => ({
    code: String(g + 1),
    name: `Goal ${g + 1}`,
    indicators: Array.from({ length: indicatorsPerGoal }, measure),
    tasks: Array.from({ length: TASKS_PER_GOAL }, (_, t) => ({
      code: `${g + 1}.${t + 1}`,
      name: `Task ${g + 1}.${t + 1}`,
      results: Array.from({ length: resultsPerTask }, measure),
    })),
  }));
  return {
    format: "bagalau/evaluation@1",
    body: { name: "Benchmark ministry", kind: "central", period: "2024" },
    quality: [{ code: "1", name: "Sphere 1", q1: 1, q2: 0.5 }],
    risks: [{ name: "Risk 1", r: 1 }],
    goals,
    penalties: { deadline: "2025-02-01", submitted: "2025-02-03", missingElements: [], unreliableFacts: [] },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(rows: number) {
  const functions = loadBuiltFunctions("en-US");
  const bytes = await filledWorkbookBytes(evaluationWithRows(rows), "en");
  const live = await liveWorkbook(bytes, functions, "null");
  let formulaCells = 0;
  let customFunctionCells = 0;
  let tableRows = 0;
  for (const sheet of live.model.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula === undefined) continue;
      formulaCells += 1;
      if (/BAGALAU[._]/.test(cell.formula)) customFunctionCells += 1;
    }
  }
  for (const table of live.model.tables) if (/_(IND|RES)$/.test(table.name)) tableRows += table.bottom - table.top;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    live.recalculated.engine.rebuildAndRecalculate();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return {
    rows: tableRows,
    goals: GOALS,
    tasks: GOALS * TASKS_PER_GOAL,
    formulaCells,
    customFunctionCells,
    recalculationMs: Math.round(median(times) * 10) / 10,
    runs: RUNS,
  };
}

async function main(): Promise<void> {
  const small = await measure(200);
  const large = await measure(2000);
  console.log(
    JSON.stringify(
      {
        small,
        large,
        customFunctionCellsGrowWithRows: large.customFunctionCells !== small.customFunctionCells,
        node: process.version,
      },
      null,
      2,
    ),
  );
}

void main();
