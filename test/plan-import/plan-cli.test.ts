// `bagalau import-plan` and `bagalau next-period` run as a user runs them: the Health table into templates
// whose base and plan cells hold the published 2009 and 2010 values as written (and score by §2a), the
// made-up kk and ru tables with their unplaced rows, refusals with exit 2, and the roll-over to 2011.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseNumberText, scoreEvaluation, type Evaluation, type Issue } from "../../src/core";
import { t } from "../../src/i18n";
import { readWorkbook, type WorkbookReading } from "../../src/workbook/reader/read-workbook";
import { readGrids } from "../../src/workbook/xlsx-sheets";
import { ensureBuilt, runCli } from "../cli/run-cli";
import { HEALTH_PAIRS, healthRows } from "./health-table";

jest.setTimeout(120_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-plan-"));
const out = (name: string) => path.join(dir, name);
const HEALTH = "test/fixtures/plans/health-2010-2014";

beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(file: string): Promise<{ workbook: ExcelJS.Workbook; reading: WorkbookReading }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { workbook, reading: readWorkbook(readGrids(workbook)) };
}

/** The value in the cell a JSON path was read from. */
function cellAt(workbook: ExcelJS.Workbook, reading: WorkbookReading, path: string): unknown {
  const ref = reading.cells.get(path);
  if (!ref) throw new Error(`no cell for ${path}`);
  return workbook.getWorksheet(ref.sheet)?.getCell(ref.row, ref.column).value ?? null;
}

/** The measures of an evaluation with their JSON paths, in table order. */
function measures(evaluation: Evaluation): string[] {
  return evaluation.goals.flatMap((goal, gi) => [
    ...goal.indicators.map((_, i) => `goals[${gi}].indicators[${i}]`),
    ...goal.tasks.flatMap((task, ti) => task.results.map((_, i) => `goals[${gi}].tasks[${ti}].results[${i}]`)),
  ]);
}

/** How the templates keep a published value: a plain number as the number, anything else as written. */
function kept(text: string): unknown {
  if (text === "") return null;
  const number = parseNumberText(text);
  return number !== null && !text.includes("\n") ? number : text;
}

const issueAt = (issues: readonly Issue[], code: string, at: string) => issues.find((i) => i.code === code && i.path === at);

describe("import-plan: the Health table for 2010", () => {
  const xlsx = out("health-2010.xlsx");
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    run = runCli("import-plan", `${HEALTH}.docx`, "--year", "2010", "-o", xlsx, "--lang", "ru", "--body", "ministryOfHealth");
  });

  test("prints what it recognized, then writes the templates", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("План на 2010 год: база из 2009 года (отчетный период), план из 2010 года.");
    expect(run.stdout).toContain("Распознано: целей 10, задач 21, целевых индикаторов 18, прямых результатов 54");
    expect(run.stdout).toContain("Все строки размещены.");
    expect(run.stdout.indexOf("Распознано")).toBeLessThan(run.stdout.indexOf(t("ru", "cli.wrote", { file: xlsx })));
  });

  test("every base and plan cell holds the published 2009 and 2010 value as written; facts blank", async () => {
    const { workbook, reading } = await open(xlsx);
    expect(reading.evaluation.body).toMatchObject({ period: "2010", kind: "central" });
    expect(reading.evaluation.body.name).toMatch(/здравоохранения/i);
    const paths = measures(reading.evaluation);
    expect(paths).toHaveLength(72);
    let i = 0;
    for (const r of healthRows()) {
      const parts = HEALTH_PAIRS[r.id]
        ? HEALTH_PAIRS[r.id].base.map((base, p) => ({ base, plan: HEALTH_PAIRS[r.id].plan[p] }))
        : [{ base: r.years["2009 г."], plan: r.years["2010 г."] }];
      for (const part of parts) {
        const at = paths[i++];
        expect([r.id, cellAt(workbook, reading, `${at}.base`), cellAt(workbook, reading, `${at}.plan`)]).toEqual([
          r.id,
          kept(part.base),
          kept(part.plan),
        ]);
        expect(cellAt(workbook, reading, `${at}.fact`)).toBeNull();
      }
    }
  });

  test("the values score as §2a reads them: a range, a percent, a size of change, a blank mark", async () => {
    const { reading } = await open(xlsx);
    const { evaluation, issues } = reading;
    const goal14 = evaluation.goals[3];
    expect(goal14.tasks[1].results[0].plan).toEqual({ min: 0.08, max: 0.1 }); // R23 «0,08-\n0,1»
    expect(issueAt(issues, "PLAN_RANGE", "goals[3].tasks[1].results[0].plan")).toBeDefined();
    expect(issueAt(issues, "NOT_A_NUMBER", "goals[3].tasks[1].results[0].base")).toBeDefined(); // a range as a base
    expect(evaluation.goals[5].indicators[0].plan).toBe(100); // R32 «100 %»
    expect(issueAt(issues, "NUMBER_AS_TEXT", "goals[5].indicators[0].plan")?.variant).toBe("percent");
    expect(evaluation.goals[8].indicators[2]).toMatchObject({ base: 4, plan: 4, better: "higher" }); // R56 «на 4» → «на 4,0»
    expect(issueAt(issues, "BLANK_MARK", "goals[7].tasks[0].results[0].base")).toBeDefined(); // R51 «-»
    expect(evaluation.goals[0].tasks[0].results[0].name).toBe(
      "Увеличение выявляемое рака молочной железы и шейки матки на ранних (I-II) стадиях* (часть 1 из 2)",
    );
  });
});

test("import-plan --year 2012: R1's plan «31,0-38,0» is a range — a fact inside it scores 1, above it by the upper bound", async () => {
  const xlsx = out("health-2012.xlsx");
  const run = runCli("import-plan", `${HEALTH}.xlsx`, "--year", "2012", "-o", xlsx, "--lang", "en");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("2011 is in the plan period: the bases are that year's plans, not facts");
  const { reading } = await open(xlsx);
  const r1 = reading.evaluation.goals[0].indicators[0];
  expect(r1.plan).toEqual({ min: 31, max: 38 });
  const h = (fact: number) => {
    const evaluation = structuredClone(reading.evaluation);
    evaluation.goals[0].indicators[0].fact = fact;
    return scoreEvaluation(evaluation, reading.issues).goals[0].indicators[0].value;
  };
  expect(h(33.2)).toBe(1);
  // Above the range: against 38 with direction lower (no base in 2011's column: the ratio 38 / 40).
  expect(h(40)).toBeCloseTo(0.95, 10);
});

describe.each([
  ["kk", "xlsx"],
  ["kk", "docx"],
  ["ru", "xlsx"],
  ["ru", "docx"],
] as const)("import-plan: the made-up %s table as %s", (lang, format) => {
  const file = `test/fixtures/plans/${lang}-plan.${format}`;
  const where = (row: number, column: string) =>
    format === "docx" ? t(lang, "plan.place.table", { table: "1", row }) : `'${lang === "kk" ? "Жоспар" : "План"}'!${column}${row}`;
  let run: ReturnType<typeof runCli>;
  let reading: WorkbookReading;
  beforeAll(async () => {
    run = runCli("import-plan", file, "--year", "2010", "-o", out(`${lang}-${format}.xlsx`), "--lang", lang);
    reading = (await open(out(`${lang}-${format}.xlsx`))).reading;
  });

  test("exit 0; the structure, the values and the unplaced rows with their cells", () => {
    expect(run.status).toBe(0);
    const goals = reading.evaluation.goals;
    if (lang === "kk") {
      expect(run.stdout).toContain("1.1-мақсат. Ана мен бала денсаулығын қорғау");
      expect(goals.map((g) => g.code)).toEqual(["1.1", "1.2"]);
      expect(goals[0].indicators.map((m) => [m.plan, m.better])).toEqual([
        [{ max: 36 }, "lower"],
        [18.5, "lower"],
      ]);
      expect(goals[0].tasks[0].results.map((m) => m.name)).toEqual([
        "Сүт безі мен жатыр мойны обырын ерте анықтауды арттыру (2 бөліктің 1-бөлігі)",
        "Сүт безі мен жатыр мойны обырын ерте анықтауды арттыру (2 бөліктің 2-бөлігі)",
        "Жүкті әйелдерді уақытында есепке алу",
      ]);
      expect(goals[0].tasks[0].results.map((m) => [m.base, m.plan])).toEqual([
        [70, 70.2],
        [76.5, 76.7],
        [75.1, { min: 75.5 }],
      ]);
      expect(run.stdout).toContain(
        `${where(3, "A")}: ${t("kk", "plan.unplaced.beforeGoal", { text: "Барлық мекемелер бойынша жалпы көрсеткіш | % | 1 | 2 | 3 | 4 | 5" })}`,
      );
      expect(run.stdout).toContain(t("kk", "plan.preview.unplaced", { count: 1 }));
    } else {
      expect(run.stdout).toContain("Цель 2.1. Повышение доступности медицинской помощи");
      expect(goals.map((g) => [g.code, g.indicators.length, g.tasks.map((task) => [task.code, task.results.length])])).toEqual([
        ["2.1", 1, [["2.1.1", 2]]],
        ["2.2", 0, [["2.2.1", 1]]],
      ]);
      expect(goals[0].tasks[0].results[0]).toMatchObject({ code: "1", plan: { min: 35 }, base: 30, better: "higher" });
      expect(goals[0].indicators[0].unit).toBe("на 100 тыс. населения");
      expect(run.stdout).toContain(t("ru", "plan.preview.unplaced", { count: 3 }));
      expect(run.stdout).toContain(`${where(11, "C")}: ${t("ru", "plan.unplaced.noName", { text: "% | 1 | 2 | 3 | 4" })}`);
      expect(run.stdout).toContain(
        `${where(12, "A")}: ${t("ru", "plan.unplaced.notARow", { text: "Справочно: данные уточняются ежегодно" })}`,
      );
      expect(run.stdout).toContain(
        `${where(15, "B")}: ${t("ru", "plan.unplaced.resultBeforeTask", { text: "1 | Число аптек в селах | ед. | 2482 | 3000 | 3200 | 3300" })}`,
      );
      expect(run.stdout).toContain(
        t("ru", "plan.note.budgetProgrammes", { text: "Коды бюджетных программ, направленных на достижение цели: 010, 011" }),
      );
    }
  });
});

describe("import-plan refuses with exit 2 and one line", () => {
  test.each([
    [["import-plan", `${HEALTH}.xlsx`, "-o", "x.xlsx"], "cli.error.yearRequired"],
    [["import-plan", `${HEALTH}.xlsx`, "--year", "10", "-o", "x.xlsx"], "cli.error.badYear"],
  ] as const)("%j", (args, key) => {
    const run = runCli(...args, "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`bagalau: ${t("en", key, { year: "10" })}\n`);
  });

  test("a year the table has no column for", () => {
    const run = runCli("import-plan", `${HEALTH}.docx`, "--year", "2016", "-o", out("x.xlsx"), "--lang", "en");
    expect(run.status).toBe(2);
    const reason = t("en", "plan.refusal.noYear", { year: 2016, years: "2008, 2009, 2010, 2011, 2012, 2013, 2014" });
    expect(run.stderr).toBe(`${t("en", "cli.cannotUse", { file: `${HEALTH}.docx`, reason })}\n`);
  });

  test("a file that is neither .xlsx nor .docx, and the output that is the input", () => {
    const json = runCli("import-plan", "examples/ministry-of-health.json", "--year", "2010", "-o", out("x.xlsx"), "--lang", "en");
    expect(json.status).toBe(2);
    expect(json.stderr).toBe(
      `${t("en", "cli.cannotUse", { file: "examples/ministry-of-health.json", reason: t("en", "plan.refusal.notPlanFile") })}\n`,
    );
    const same = runCli("import-plan", `${HEALTH}.xlsx`, "--year", "2010", "-o", `${HEALTH}.xlsx`, "--lang", "en");
    expect(same.status).toBe(2);
    expect(same.stderr).toBe(`bagalau: ${t("en", "cli.error.outputIsInput", { file: `${HEALTH}.xlsx` })}\n`);
  });
});
