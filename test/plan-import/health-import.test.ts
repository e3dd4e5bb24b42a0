// The Ministry of Health's Strategic plan 2010–2014 (its published table, as an .xlsx with merged period
// headings and as a Word table broken across two tables) imported for 2010: the goal/task structure, every
// row's base and plan against the published 2009 and 2010 columns as written, pairs split, hyphenation joined.

import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { docxPlanGrids } from "../../src/cli/plan-files";
import { workbookPlanGrids } from "../../src/workbook/plan-import/sheet-grids";
import { recognizePlan, type PlanRow, type RecognizedPlan } from "../../src/workbook/plan-import/recognize";
import type { PlanGrid } from "../../src/workbook/plan-import/plan-grid";
import { HEALTH_PAIRS, PLANS, healthRows } from "./health-table";

const rows = healthRows();

async function xlsxGrids(): Promise<PlanGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(PLANS, "health-2010-2014.xlsx"));
  return workbookPlanGrids(workbook);
}

const docxGrids = () => docxPlanGrids(fs.readFileSync(path.join(PLANS, "health-2010-2014.docx")), "en");

const cell = (text: string) => (text === "" ? null : text);

/** The plan's rows in table order, with their goal and task codes. */
function placedRows(plan: RecognizedPlan): { goal: string; task: string; level: string; row: PlanRow }[] {
  return plan.goals.flatMap((goal) => [
    ...goal.indicators.map((row) => ({ goal: goal.code, task: "", level: "indicator", row })),
    ...goal.tasks.flatMap((task) => task.results.map((row) => ({ goal: goal.code, task: task.code, level: "result", row }))),
  ]);
}

test("the committed copy of the table is the shared one", () => {
  const shared = path.resolve(__dirname, "../../../shared/plans/health-2010-2014.tsv");
  if (!fs.existsSync(shared)) return;
  expect(fs.readFileSync(path.join(PLANS, "health-2010-2014.tsv"), "utf8")).toBe(fs.readFileSync(shared, "utf8"));
});

describe.each([
  ["xlsx", xlsxGrids],
  ["docx", docxGrids],
])("the Health table as %s, --year 2010", (_format, grids) => {
  let plan: RecognizedPlan;
  beforeAll(async () => {
    plan = recognizePlan(await grids(), 2010);
  });

  test("3 strategic directions, 10 goals and 21 tasks, as published", () => {
    const unique = (values: string[]) => [...new Set(values.filter((v) => v !== ""))];
    expect(plan.directions.map((d) => d.code)).toEqual(["1", "2", "3"]);
    expect(plan.goals.map((g) => g.code)).toEqual(unique(rows.map((r) => r.goalCode)));
    expect(plan.goals).toHaveLength(10);
    expect(plan.goals.flatMap((g) => g.tasks.map((t) => t.code))).toEqual(unique(rows.map((r) => r.taskCode)));
    expect(plan.goals.flatMap((g) => g.tasks)).toHaveLength(21);
    expect(plan.goals[0]).toMatchObject({ code: "1.1", name: "Охрана здоровья матери и ребенка", direction: "1" });
    expect(plan.goals[0].tasks[0]).toMatchObject({ code: "1.1.1", name: "Укрепление здоровья женщин" });
    // A heading broken over two lines is one line.
    expect(plan.goals[1].tasks[0].name).toBe(
      "Обеспечение доступности медицинской помощи и лекарственных средств при заболеваниях сердечно-сосудистой системы",
    );
  });

  test("every published row is placed under its goal or task, a pair as its parts; nothing unplaced", () => {
    const placed = placedRows(plan);
    const expected = rows.flatMap((r) => (HEALTH_PAIRS[r.id] ? [r, r] : [r]));
    expect(placed).toHaveLength(68 + 4);
    expect(placed.map((p) => [p.goal, p.task, p.level])).toEqual(expected.map((r) => [r.goalCode, r.taskCode, r.level]));
    expect(plan.unplaced).toEqual([]);
    // 17 target indicators and 51 direct results published; R55 (an indicator) and R3, R14, R16 (results) split.
    expect(placed.filter((p) => p.level === "indicator")).toHaveLength(18);
    expect(placed.filter((p) => p.level === "result")).toHaveLength(54);
  });

  test("base = the 2009 column and plan = the 2010 column, row by row, as written", () => {
    const placed = placedRows(plan);
    let i = 0;
    for (const r of rows) {
      const pair = HEALTH_PAIRS[r.id];
      if (pair) {
        for (let part = 0; part < 2; part++) {
          const { row } = placed[i++];
          expect([r.id, row.base, row.plan, row.part]).toEqual([r.id, pair.base[part], pair.plan[part], { index: part + 1, count: 2 }]);
        }
        continue;
      }
      const { row } = placed[i++];
      expect([r.id, row.base, row.plan]).toEqual([r.id, cell(r.years["2009 г."]), cell(r.years["2010 г."])]);
    }
  });

  test("pairs are split as published: 70,0/76,5 and two lines 94 / 111", () => {
    const r3 = plan.goals[0].tasks[0].results.slice(0, 2);
    expect(r3.map((r) => [r.base, r.plan])).toEqual([
      ["70,0", "70,2"],
      ["76,5", "76,7"],
    ]);
    expect(plan.notes.filter((n) => n.code === "pairSplit").map((n) => n.params.text)).toEqual([
      "70,2/76,7",
      "94 92",
      "17 87",
      "4749/1504",
    ]);
  });

  test("words hyphenated across lines are joined, other lines joined with a space", () => {
    const [r1, r2] = plan.goals[0].indicators;
    expect(r1.unit).toBe("на 100 тысяч новорожденных");
    expect(r1.name).toBe("Удержание материнской смертности на уровне 31,0-38,0*");
    expect(r2.unit).toBe("на 1 000 родившихся живыми");
    // «живо- и мертворождения»: a hyphen inside a line stays.
    expect(r2.name).toContain("живо- и мертворождения");
    const r10 = plan.goals[1].tasks[1].results[0];
    expect(r10.name).toBe("Увеличение удельного веса больных злокачественными новообразованиями, живущих 5 и более лет*");
    const r42 = plan.goals[5].tasks[2].results[2];
    expect(r42.unit).toBe("% от числа организаций, подавших заявку на прохождение аккредитации");
    expect(plan.goals[5].tasks[2].results[6].unit).toBe("Рабочих дней");
  });

  test("which way is better, from the name: a bound, a word of change, a size of change; a note where it is not said", () => {
    const byId = new Map(placedRows(plan).map((p, i) => [i, p.row]));
    const all = [...byId.values()];
    const find = (start: string) => all.find((r) => r.name.startsWith(start)) as PlanRow;
    expect(find("Стабилизация и снижение младенческой").better).toBe("lower");
    expect(find("Увеличение выявляемое рака").better).toBe("higher");
    expect(find("Удержание распространенности ВИЧ").better).toBe("lower"); // «на уровне не более 0,6 %»
    expect(find("Преобразование организаций").better).toBe("higher"); // «не менее 50 организаций»
    expect(find("Снижение потребности в кадрах").better).toBe("higher"); // «на 4,0»: the size of the reduction
    expect(find("Сокращение плановых проверок").better).toBe("lower");
    expect(find("Повышение прироста").better).toBe("higher");
    expect(find("Показатель Глобальной конкурентоспособности: Детская").better).toBeNull();
    const unsaid = plan.notes.filter((n) => n.code === "betterUnsaid").map((n) => n.params.name);
    expect(unsaid).toContain("Показатель Глобальной конкурентоспособности: Детская смертность");
    expect(unsaid).toContain("Число университетских клиник");
  });

  test("notes: the row with no values, the plans missing for 2010, the range used as a base", () => {
    const codes = (code: string) => plan.notes.filter((n) => n.code === code).map((n) => String(n.params.name).slice(0, 40));
    expect(codes("noValues")).toEqual(["Поэтапное внедрение института менеджеров"]);
    expect(codes("noPlanElsewhere")).toEqual(["Удержание материнской смертности на уров"]);
    expect(plan.notes.find((n) => n.code === "noPlanElsewhere")?.params).toMatchObject({ other: 2012, text: "31,0-38,0" });
    expect(codes("noPlan")).toEqual(["Снижение бремени государственного регули", "Внедрение системы аккредитации медицинск"]);
    expect(plan.notes.find((n) => n.code === "baseNotOneNumber")?.params).toMatchObject({ year: 2009, text: "0,08-0,1" });
    expect(plan.notes.some((n) => n.code === "baseIsPlan" || n.code === "baseYearUnknown")).toBe(false);
    expect(plan.years.map((y) => y.period)).toEqual(["reporting", "reporting", "plan", "plan", "plan", "plan", "plan"]);
  });
});

test("--year 2012: the base is 2011's plan (a note says so), and R1's plan is the published range", async () => {
  const plan = recognizePlan(await xlsxGrids(), 2012);
  expect(plan.notes[0]).toEqual({ code: "baseIsPlan", params: { year: 2011 } });
  expect(plan.goals[0].indicators[0]).toMatchObject({ base: null, plan: "31,0-\n38,0", better: null });
});

test("a year the table has no column for is refused, naming its years", async () => {
  expect(() => recognizePlan([], 2010)).toThrow(expect.objectContaining({ reason: "noYears" }));
  const grids = await xlsxGrids();
  expect(() => recognizePlan(grids, 2016)).toThrow(
    expect.objectContaining({ reason: "noYear", params: { year: 2016, years: "2008, 2009, 2010, 2011, 2012, 2013, 2014" } }),
  );
});
