// `bagalau next-period`: the imported Health plan for 2010 with facts typed in rolls over to 2011 — base =
// the 2010 facts, plans from the plan's 2011 column (matched by code and name), facts cleared, the 2010 score
// in the history sheet (and `bagalau history` of the new workbook shows 2010 only); a filled evaluation's
// deductions, expert scores and appeal are cleared; the input is never written over.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { t } from "../../src/i18n";
import { readWorkbook, type WorkbookReading } from "../../src/workbook/reader/read-workbook";
import { readGrids } from "../../src/workbook/xlsx-sheets";
import { ensureBuilt, runCli } from "../cli/run-cli";

jest.setTimeout(120_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-next-"));
const out = (name: string) => path.join(dir, name);
const HEALTH = "test/fixtures/plans/health-2010-2014";

async function open(file: string): Promise<{ workbook: ExcelJS.Workbook; reading: WorkbookReading }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { workbook, reading: readWorkbook(readGrids(workbook)) };
}

const LAST = out("health-2010-reported.xlsx");
const NEXT = out("health-2011.xlsx");
let run: ReturnType<typeof runCli>;

beforeAll(async () => {
  ensureBuilt();
  const imported = out("health-2010.xlsx");
  expect(runCli("import-plan", `${HEALTH}.xlsx`, "--year", "2010", "-o", imported, "--lang", "en").status).toBe(0);
  // The planner reports 2010: facts of the first rows typed in (one as text with a decimal comma).
  const { workbook, reading } = await open(imported);
  const type = (at: string, value: number | string) => {
    const ref = reading.cells.get(at)!;
    workbook.getWorksheet(ref.sheet)!.getCell(ref.row, ref.column).value = value;
  };
  type("goals[0].indicators[1].fact", 18.2);
  type("goals[0].tasks[0].results[0].fact", "70,5");
  type("goals[0].tasks[0].results[1].fact", 76.9);
  type("goals[1].indicators[0].fact", 14.9);
  await workbook.xlsx.writeFile(LAST);
  run = runCli("next-period", LAST, "--plan", `${HEALTH}.docx`, "-o", NEXT, "--lang", "en");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("prints what it carried and how the plan's rows matched", () => {
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(t("en", "next.title", { file: LAST, period: "2010", next: "2011" }));
  expect(run.stdout).toContain(t("en", "next.planMatched", { year: "2011", matched: 72, rows: 72 }));
  expect(run.stdout).toContain(t("en", "next.factsMissing", { count: 68, period: "2010" }));
  expect(run.stdout).toContain(t("en", "next.history", { periods: "2010" }));
});

test("2011: the same goals, tasks and rows; base = the 2010 facts; plans from the 2011 column; facts blank", async () => {
  const last = (await open(LAST)).reading.evaluation;
  const { workbook, reading } = await open(NEXT);
  const next = reading.evaluation;
  expect(next.body).toMatchObject({ period: "2011", kind: "central" });
  expect(next.goals.map((g) => [g.code, g.tasks.map((task) => task.code)])).toEqual(
    last.goals.map((g) => [g.code, g.tasks.map((task) => task.code)]),
  );
  expect(next.goals[0].indicators[1]).toMatchObject({ base: 18.2, plan: 18, fact: null, better: "lower" });
  expect(next.goals[0].tasks[0].results.map((m) => [m.base, m.plan, m.fact])).toEqual([
    [70.5, 70.4, null],
    [76.9, 76.8, null],
    [null, 27.2, null],
  ]);
  expect(next.goals[1].indicators[0]).toMatchObject({ base: 14.9, plan: 14.1 });
  // R1: 2011's column is empty; R18 «20» in 2011; R32 «100 %» kept as written.
  expect(next.goals[0].indicators[0].plan).toBeNull();
  const r32 = reading.cells.get("goals[5].indicators[0].plan")!;
  expect(workbook.getWorksheet(r32.sheet)!.getCell(r32.row, r32.column).value).toBe("100 %");
  expect(next.goals.flatMap((g) => [...g.indicators, ...g.tasks.flatMap((task) => task.results)]).every((m) => m.fact === null)).toBe(true);
});

test("the history sheet carries 2010; `bagalau history` of the new workbook shows 2010, not an unreported 2011", () => {
  const history = runCli("history", NEXT, "--json", "--lang", "en");
  expect(history.status).toBe(0);
  const json = JSON.parse(history.stdout) as { periods: { period: string; A: number }[] };
  expect(json.periods.map((p) => p.period)).toEqual(["2010"]);
});

test("an evaluation with deductions, expert scores and risks: all cleared, App. 4 values carried for a local body", async () => {
  const central = out("moh-2018.xlsx");
  expect(runCli("next-period", "examples/ministry-of-health.json", "-o", central, "--lang", "en").status).toBe(0);
  const { reading } = await open(central);
  const e = reading.evaluation;
  expect(e.body.period).toBe("2018");
  expect(e.penalties).toMatchObject({ missingElements: [], unreliableFacts: [] });
  expect(e.penalties.deadline).toBeUndefined();
  expect(e.penalties.submitted).toBeUndefined();
  expect(e.quality.length).toBeGreaterThan(0);
  expect(e.quality.flatMap((s) => [s.q1, s.q2, ...s.directions.flatMap((d) => [d.q1, d.q2])]).every((q) => q === null)).toBe(true);
  expect(e.risks.length).toBeGreaterThan(0);
  expect(e.risks.every((r) => r.r === null)).toBe(true);
  const source = JSON.parse(fs.readFileSync("examples/ministry-of-health.json", "utf8"));
  expect(e.goals[0].indicators[0].base).toBe(source.goals[0].indicators[0].fact);
  const history = runCli("history", central, "--json", "--lang", "en");
  expect((JSON.parse(history.stdout) as { periods: { period: string; A: number }[] }).periods).toEqual([
    expect.objectContaining({ period: "2017", A: expect.closeTo(64.13, 2) }),
  ]);

  const local = out("zhambyl-next.xlsx");
  expect(runCli("next-period", "examples/zhambyl-oblast.json", "-o", local, "--lang", "ru").status).toBe(0);
  const zhambyl = JSON.parse(fs.readFileSync("examples/zhambyl-oblast.json", "utf8"));
  const performance = (await open(local)).reading.evaluation.performance;
  expect(performance.map((p) => [p.previous, p.current])).toEqual(zhambyl.performance.map((p: { current: number }) => [p.current, null]));
});

test("refusals: the output is an input (the workbook or the plan), and the plan's table has no column for the next year", () => {
  const same = runCli("next-period", LAST, "-o", LAST, "--lang", "en");
  expect(same.status).toBe(2);
  expect(same.stderr).toBe(`bagalau: ${t("en", "cli.error.outputIsInput", { file: LAST })}\n`);
  const plan = runCli("next-period", LAST, "--plan", `${HEALTH}.docx`, "-o", `${HEALTH}.docx`, "--lang", "en");
  expect(plan.status).toBe(2);
  const beyond = out("health-2014.xlsx");
  expect(runCli("import-plan", `${HEALTH}.xlsx`, "--year", "2014", "-o", beyond, "--lang", "en").status).toBe(0);
  const late = runCli("next-period", beyond, "--plan", `${HEALTH}.xlsx`, "-o", out("2015.xlsx"), "--lang", "en");
  expect(late.status).toBe(2);
  const reason = t("en", "plan.refusal.noYear", { year: 2015, years: "2008, 2009, 2010, 2011, 2012, 2013, 2014" });
  expect(late.stderr).toBe(`${t("en", "cli.cannotUse", { file: `${HEALTH}.xlsx`, reason })}\n`);
});
