// Benchmark: read + score of a workbook with 50,000 target-indicator rows against a bare ExcelJS load of
// the same file — time and peak memory, each measured in its own process. Prints figures as JSON.
//
//   npm run bench:workbook            (50,000 rows, 3 runs of each)
//   npm run bench:workbook -- 10000 5 (rows, runs)

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseEvaluation, scoreEvaluation, type Evaluation } from "../src/core";
import { filledSheets, scoreGrids } from "../src/workbook/workbook-services";
import { buildConclusionSheets } from "../src/workbook/conclusion";
import { workbookBytes } from "../src/workbook/xlsx-package/write-package";
import { readWorkbook } from "../src/workbook/reader/read-workbook";
import { loadWorkbook, newWorkbook, replaceSheets, writeWorkbookFile } from "../src/workbook/xlsx-files";
import { readGrids } from "../src/workbook/xlsx-sheets";
import { GOALS, bigEvaluationJson } from "./big-evaluation";

/** A central body with `rows` target indicators spread over 50 goals, each goal with two small tasks. */
function bigEvaluation(rows: number): Evaluation {
  return parseEvaluation(bigEvaluationJson(rows)).evaluation;
}

interface Measurement {
  ms: number;
  peakRssMB: number;
  phases?: Record<string, number>;
}

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

/** In a child process: one measured run of `mode` on `file`, printed as JSON. */
async function child(mode: string, file: string): Promise<void> {
  const bytes = fs.readFileSync(file);
  const started = process.hrtime.bigint();
  const phases: Record<string, number> = {};
  const lap = (() => {
    let last = started;
    return (name: string) => {
      const now = process.hrtime.bigint();
      phases[name] = Number(now - last) / 1e6;
      last = now;
    };
  })();
  if (mode === "conclusion") {
    // What `bagalau conclusion` does after reading: score with the appeal and history, build the App. 5/1/6
    // sheets, put them into the workbook and write it.
    const workbook = await loadWorkbook(bytes);
    lap("load");
    const { reading, result, appeal, history } = scoreGrids(readGrids(workbook));
    lap("readAndScore");
    replaceSheets(workbook, buildConclusionSheets({ evaluation: reading.evaluation, result, lang: "kk", appeal, history }));
    lap("build");
    const written = await workbookBytes(workbook);
    lap("write");
    if (written.length === 0) throw new Error("the conclusion was not written");
  } else if (mode === "exceljs") {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    lap("load");
  } else {
    const workbook = await loadWorkbook(bytes);
    lap("load");
    const grids = readGrids(workbook);
    lap("grids");
    const reading = readWorkbook(grids);
    lap("read");
    // As `bagalau score` does without --trace: the trace is built only when asked for.
    const result = scoreEvaluation(reading.evaluation, reading.issues, { trace: false });
    lap("score");
    if (!Number.isFinite(result.A) || reading.evaluation.goals.length !== GOALS)
      throw new Error("the benchmark workbook did not read back");
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const out: Measurement = {
    ms: Math.round(ms),
    peakRssMB: mb(process.resourceUsage().maxRSS),
    phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)])),
  };
  process.stdout.write(JSON.stringify(out) + "\n");
}

function runChild(mode: string, file: string): Measurement {
  const out = spawnSync(process.execPath, [__filename, "--child", mode, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`${mode} run failed: ${out.stderr}`);
  return JSON.parse(out.stdout) as Measurement;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function parent(rows: number, runs: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-bench-"));
  const file = path.join(dir, `indicators-${rows}.xlsx`);
  try {
    const evaluation = bigEvaluation(rows);
    const writeStart = Date.now();
    const result = scoreEvaluation(evaluation, []);
    await writeWorkbookFile(newWorkbook(filledSheets(evaluation, result, "kk")), file);
    const fillMs = Date.now() - writeStart;
    const bare: Measurement[] = [];
    const ours: Measurement[] = [];
    for (let i = 0; i < runs; i++) {
      bare.push(runChild("exceljs", file));
      ours.push(runChild("bagalau", file));
    }
    const summary = (list: Measurement[]) => ({
      ms: median(list.map((m) => m.ms)),
      peakRssMB: median(list.map((m) => m.peakRssMB)),
      phases: Object.fromEntries(Object.keys(list[0].phases ?? {}).map((k) => [k, median(list.map((m) => m.phases?.[k] ?? 0))])),
      runs: list.map((m) => m.ms),
    });
    // The conclusion takes far longer than a reading: measured once, as a figure, not against a goal.
    const conclusion = runChild("conclusion", file);
    const exceljsLoad = summary(bare);
    const readAndScore = summary(ours);
    const figures = {
      benchmark: "workbook read + score",
      indicatorRows: rows,
      fileMB: Math.round((fs.statSync(file).size / 1024 / 1024) * 100) / 100,
      fillAndWriteMs: fillMs,
      exceljsLoad,
      readAndScore,
      ratio: {
        time: Math.round((readAndScore.ms / exceljsLoad.ms) * 100) / 100,
        peakMemory: Math.round((readAndScore.peakRssMB / exceljsLoad.peakRssMB) * 100) / 100,
      },
      goal: "ratio.time ≤ 1.3",
      conclusion,
      node: process.version,
      cpus: os.cpus().length,
    };
    process.stdout.write(JSON.stringify(figures, null, 2) + "\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
const done = argv[0] === "--child" ? child(argv[1], argv[2]) : parent(Number(argv[0] ?? 50000), Number(argv[1] ?? 3));
done.catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
