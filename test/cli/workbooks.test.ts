// The workbook commands end to end, run as a user runs them: template, bodies, fill, score of workbooks
// (alone and mixed with JSON), check with its cells and highlighted copy, conclusion, and the ranking.
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { CENTRAL_BODIES, centralBody } from "../../src/data/central-bodies";
import { LOCAL_SPHERES } from "../../src/data/local-spheres";
import { t } from "../../src/i18n";
import { HIGHLIGHT_FILLS } from "../../src/workbook/xlsx-sheets";
import { sheetRoleOf } from "../../src/workbook/xlsx-files";
import { MINISTRY, ZHAMBYL, coreResult, ensureBuilt, expectOneLine, root, runCli, usageLine } from "./run-cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-cli-wb-"));
const out = (name: string) => path.join(dir, name);
const M_XLSX = out("ministry.xlsx");
const Z_XLSX = out("zhambyl.ru.xlsx");

beforeAll(() => {
  ensureBuilt();
  expect(runCli("fill", MINISTRY, "-o", M_XLSX).status).toBe(0);
  expect(runCli("fill", ZHAMBYL, "-o", Z_XLSX, "--lang", "ru").status).toBe(0);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

function byRole(workbook: ExcelJS.Workbook, role: string): ExcelJS.Worksheet {
  const ws = workbook.worksheets.find((w) => sheetRoleOf(w) === role);
  if (!ws) throw new Error(`no ${role} sheet`);
  return ws;
}

/** The text values of one column of a sheet from `fromRow`, up to the first empty cell. */
function columnTexts(ws: ExcelJS.Worksheet, column: string, fromRow: number): string[] {
  const texts: string[] = [];
  for (let r = fromRow; ws.getCell(`${column}${r}`).value !== null; r++) texts.push(String(ws.getCell(`${column}${r}`).value));
  return texts;
}

describe("template and bodies", () => {
  test("a central template for a named ministry: Kazakh sheets, its App. 2 spheres and directions", async () => {
    const file = out("template-health.xlsx");
    const run = runCli("template", "--kind", "central", "--body", "ministryOfHealth", "-o", file);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(t("kk", "cli.wrote", { file }) + "\n");
    const workbook = await open(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      ["wb.sheet.body", "wb.sheet.quality", "wb.sheet.goals.central", "wb.sheet.risks", "wb.sheet.penalties"].map((k) =>
        t("kk", k as never),
      ),
    );
    const body = centralBody("ministryOfHealth")!;
    expect(byRole(workbook, "body").getCell("C4").value).toBe(body.name.kk);
    // One quality row per direction, or per sphere without directions; the sphere name in column C.
    const rows = body.spheres.flatMap((s) => (s.directions.length === 0 ? [s.name.kk] : s.directions.map(() => s.name.kk)));
    expect(columnTexts(byRole(workbook, "quality"), "C", 5).slice(0, rows.length)).toEqual(rows);
  });

  test("a local template in Russian: the App. 3 spheres and the six App. 4 indicators", async () => {
    const file = out("template-local.xlsx");
    expect(runCli("template", "--kind", "local", "--lang", "ru", "-o", file).status).toBe(0);
    const workbook = await open(file);
    expect(workbook.worksheets.map((w) => w.name)).toContain(t("ru", "wb.sheet.performance"));
    const quality = byRole(workbook, "quality");
    const sphereRows = LOCAL_SPHERES.reduce((n, s) => n + Math.max(1, s.directions.length), 0);
    expect(columnTexts(quality, "B", 5).length).toBe(sphereRows);
    expect(columnTexts(byRole(workbook, "performance"), "B", 5)).toEqual([
      "unemployment",
      "selfEmployedShare",
      "housingQueue",
      "emissionsPerCapita",
      "realIncomeIndex",
      "grpPerCapita",
    ]);
  });

  test.each([
    [1, 0],
    [12, 4],
    [60, 0],
    [2, 30],
  ])("--goals %i --tasks %i: that many goal blocks, each with that many task blocks, each with its own tables", async (goals, tasks) => {
    const file = out(`template-${goals}-${tasks}.xlsx`);
    expect(runCli("template", "--kind", "central", "--goals", String(goals), "--tasks", String(tasks), "-o", file).status).toBe(0);
    const ws = byRole(await open(file), "goals");
    const markers: string[] = [];
    ws.eachRow((row) => {
      const marker = row.getCell(1).value;
      if (marker === "bagalau:goal" || marker === "bagalau:task") markers.push(marker.slice("bagalau:".length));
    });
    expect(markers).toEqual(Array.from({ length: goals }, () => ["goal", ...Array<string>(tasks).fill("task")]).flat());
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toHaveLength(goals * (1 + tasks));
  });

  test("--goals and --tasks out of their limits: a localized usage error, exit code 2, nothing written", () => {
    const bad = runCli("template", "--kind", "local", "--tasks", "99", "-o", out("y.xlsx"), "--lang", "ru");
    expect(bad.status).toBe(2);
    expectOneLine(bad.stderr);
    expect(bad.stderr).toMatch(usageLine("ru", "cli.error.badCount", { option: "--tasks", value: "99", min: "0", max: "30" }));
    expect(fs.existsSync(out("y.xlsx"))).toBe(false);
  });

  test("an unknown --body is refused with the way to see the keys; bodies lists every key", () => {
    const bad = runCli("template", "--body", "ministryOfMagic", "-o", out("x.xlsx"), "--lang", "en");
    expect(bad.status).toBe(2);
    expectOneLine(bad.stderr);
    expect(bad.stderr).toMatch(usageLine("en", "cli.error.unknownBody", { body: "ministryOfMagic" }));
    expect(bad.stderr).toContain("bagalau bodies");
    expect(fs.existsSync(out("x.xlsx"))).toBe(false);
    const list = runCli("bodies", "--lang", "ru");
    expect(list.status).toBe(0);
    for (const body of CENTRAL_BODIES)
      expect(list.stdout).toMatch(new RegExp(`^  ${body.key} +${body.name.ru.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
  });
});

describe("score of workbooks", () => {
  test("scoring the filled workbook gives exactly the result of scoring its JSON (--json), whatever the sheets' language", () => {
    const m = runCli("score", M_XLSX, "--json", "--lang", "en");
    expect(m.status).toBe(0);
    expect(m.stderr).toBe("");
    expect(JSON.parse(m.stdout)).toEqual(coreResult(MINISTRY, "en"));
    const z = runCli("score", Z_XLSX, "--json");
    expect(JSON.parse(z.stdout)).toEqual(coreResult(ZHAMBYL, "kk"));
  });

  test("a mixed list of JSON and workbooks, told apart by content, not by name", () => {
    const disguised = out("ministry-workbook.json");
    fs.copyFileSync(M_XLSX, disguised);
    const jsonNamedXlsx = out("zhambyl-evaluation.xlsx");
    fs.copyFileSync(path.join(root, ZHAMBYL), jsonNamedXlsx);
    const run = runCli("score", "--json", MINISTRY, Z_XLSX, disguised, jsonNamedXlsx);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([coreResult(MINISTRY), coreResult(ZHAMBYL), coreResult(MINISTRY), coreResult(ZHAMBYL)]);
  });

  test("the table of a workbook names each issue's cell instead of its JSON path", () => {
    const run = runCli("score", M_XLSX, "--lang", "en");
    expect(run.status).toBe(0);
    // Goal 2.1, indicator 3 has no plan: rows 1–2 title, 5 goal 1.2, 6 header, 7–9 indicators, 11 and 16
    // its tasks (headers 12, 17; results 13–14, 18), 21 goal 2.1, 22 header, 25 its third indicator;
    // columns B №, C name, D source, E unit, F better, G base, H plan.
    expect(run.stdout).toMatch(/^ {2}warning +'3 Мақсаттар'!H25 {2}Goal 2\.1, indicator 3 .*no plan value/m);
    expect(run.stdout).not.toContain("goals[1].indicators[2]");
  });
});

describe("check", () => {
  test("the ministry: warnings by sheet with their cells, the expected 2-point deduction, exit 0", () => {
    const run = runCli("check", M_XLSX, "--lang", "en", "--today", "2018-03-01");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(t("en", "cli.check.sheet", { sheet: "3 Мақсаттар", errors: 0, warnings: 8, infos: 0 }));
    // A = 64.128507; with the incomplete report (2 points, §41) it would be 62.128507.
    expect(run.stdout).toContain(t("en", "cli.check.score", { A: "64.13", predicted: "62.13" }));
    expect(run.stdout).toMatch(/^ {2}−2\.00 {2}'3 Мақсаттар'!H25 {2}Expected deduction of 2 points/m);
    expect(run.stdout).toContain(t("en", "cli.check.noErrors"));
  });

  test("--json: every issue with its cell, the predicted deductions with the missing elements' cells", () => {
    const run = runCli("check", M_XLSX, "--json", "--today", "2018-03-01");
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ format: "bagalau/check@1", counts: { errors: 0, warnings: 9, infos: 0 } });
    expect(report.A).toBeCloseTo(64.128507, 5);
    expect(report.predictedA).toBeCloseTo(64.128507 - 2, 5);
    const cellOf = (code: string) => report.issues.find((i: { code: string }) => i.code === code).cell;
    expect(cellOf("PLAN_MISSING")).toBe("'3 Мақсаттар'!H25");
    expect(cellOf("NUMBER_AS_TEXT")).toBe("'3 Мақсаттар'!I24"); // the fact "49,5" of the row above
    const incomplete = report.predicted.find((p: { code: string }) => p.code === "PREDICTED_INCOMPLETE");
    expect(incomplete.points).toBe(2);
    expect(incomplete.missing.map((m: { cell: string }) => m.cell)).toEqual(["'3 Мақсаттар'!H25", "'3 Мақсаттар'!I42"]);
  });

  test("-o writes a highlighted copy (fills and notes on the issues' cells) and leaves the input untouched", async () => {
    const before = sha(M_XLSX);
    const copy = out("ministry.checked.xlsx");
    const run = runCli("check", M_XLSX, "-o", copy, "--today", "2018-03-01");
    expect(run.status).toBe(0);
    expect(sha(M_XLSX)).toBe(before);
    const ws = (await open(copy)).getWorksheet("3 Мақсаттар")!;
    const fillOf = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fillOf("H25")).toBe(HIGHLIGHT_FILLS.warning);
    expect(String(ws.getCell("H25").note)).toContain("жоспарлы мән жоқ");
    // The cells around keep their own look (a loaded workbook shares style objects between cells).
    for (const a of ["H24", "H26", "G25", "I23"]) expect(fillOf(a)).not.toBe(HIGHLIGHT_FILLS.warning);
  });

  test("an empty template has errors: exit 1", () => {
    const file = out("empty-central.xlsx");
    runCli("template", "--kind", "central", "-o", file);
    const run = runCli("check", file, "--json", "--today", "2024-01-01");
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).counts.errors).toBeGreaterThan(0);
  });

  test("today defaults to the real date: a deadline of 2000 without a submission date is predicted late", () => {
    const json = out("no-submission.json");
    fs.writeFileSync(
      json,
      JSON.stringify({
        format: "bagalau/evaluation@1",
        body: { name: "X", kind: "central", period: "1999" },
        penalties: { deadline: "2000-01-01" },
      }),
    );
    const late = (args: string[]) =>
      JSON.parse(runCli("check", json, "--json", ...args).stdout).predicted.some((p: { code: string }) => p.code === "PREDICTED_LATE");
    expect(late([])).toBe(true);
    expect(late(["--today", "1999-12-31"])).toBe(false);
  });

  test("-o naming the input itself (however spelled) is refused, and the input is untouched", () => {
    const before = sha(M_XLSX);
    const spelled = path.join(dir, "..", path.basename(dir), ".", "ministry.xlsx");
    const run = runCli("check", M_XLSX, "-o", spelled, "--lang", "ru");
    expect(run.status).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(usageLine("ru", "cli.error.outputIsInput", { file: spelled }));
    expect(sha(M_XLSX)).toBe(before);
  });
});

describe("conclusion", () => {
  test("adds the conclusion, act and disagreement sheets to a copy; the copy scores as the input", async () => {
    const file = out("ministry.conclusion.xlsx");
    const run = runCli("conclusion", M_XLSX, "-o", file);
    expect(run.status).toBe(0);
    const workbook = await open(file);
    expect(workbook.worksheets.map((w) => sheetRoleOf(w))).toEqual([
      "body",
      "quality",
      "goals",
      "risks",
      "penalties",
      "conclusion",
      "act",
      "disagreements",
    ]);
    expect(JSON.parse(runCli("score", file, "--json").stdout)).toEqual(coreResult(MINISTRY));
    // Again in English, on its own output: the three sheets are replaced, not added.
    const again = out("ministry.conclusion.en.xlsx");
    expect(runCli("conclusion", file, "-o", again, "--lang", "en").status).toBe(0);
    const names = (await open(again)).worksheets.map((w) => w.name);
    expect(names).toHaveLength(8);
    expect(names.slice(5)).toEqual([t("en", "wb.sheet.conclusion"), t("en", "wb.sheet.act"), t("en", "wb.sheet.disagreements")]);
  }, 60_000);

  test("from an evaluation JSON: the filled templates with the three sheets", async () => {
    const file = out("zhambyl.conclusion.xlsx");
    expect(runCli("conclusion", ZHAMBYL, "-o", file, "--lang", "en").status).toBe(0);
    expect((await open(file)).worksheets.map((w) => sheetRoleOf(w))).toEqual([
      "body",
      "quality",
      "goals",
      "performance",
      "penalties",
      "conclusion",
      "act",
      "disagreements",
    ]);
  }, 60_000);

  test("never writes over its input", () => {
    const before = sha(M_XLSX);
    const run = runCli("conclusion", M_XLSX, "-o", M_XLSX);
    expect(run.status).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(usageLine("kk", "cli.error.outputIsInput", { file: M_XLSX }));
    expect(sha(M_XLSX)).toBe(before);
  });
});

describe("the ranking", () => {
  test("one row per body, sorted by A from the highest, with the criteria and the issue counts", async () => {
    const ranking = out("ranking.xlsx");
    const run = runCli("score", M_XLSX, Z_XLSX, MINISTRY, "--ranking", ranking, "--json", "--lang", "en");
    expect(run.status).toBe(0);
    const ws = (await open(ranking)).worksheets[0];
    expect(ws.name).toBe(t("en", "cli.ranking.sheet"));
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 12)).toEqual(["Rank", "Body", "Kind", "Period", "A", "B", "C", "D", "E", "W", "Errors", "Warnings"]);
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    const z = coreResult(ZHAMBYL);
    const m = coreResult(MINISTRY);
    // Zhambyl A = 70.684088 > the ministry's 64.128507 (twice: its workbook and its JSON).
    expect(row(4).slice(0, 12)).toEqual([
      1,
      "Жамбыл облысының әкімдігі",
      t("en", "kind.local"),
      "2012",
      z.A,
      z.criteria.B.coefficient,
      undefined,
      z.criteria.D.coefficient,
      z.criteria.E!.coefficient,
      z.W.total,
      0,
      9,
    ]);
    expect(row(5).slice(0, 12)).toEqual([
      2,
      "Қазақстан Республикасы Денсаулық сақтау министрлігі",
      t("en", "kind.central"),
      "2017",
      m.A,
      m.criteria.B.coefficient,
      m.criteria.C!.coefficient,
      m.criteria.D.coefficient,
      undefined,
      m.W.total,
      0,
      8,
    ]);
    expect(row(6)[0]).toBe(3);
    expect(row(6)[4]).toBe(m.A);
    expect(row(7)).toEqual([]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });

  test("a wildcard the shell left as typed (cmd.exe) is expanded: DIR/*.xlsx", async () => {
    const batch = out("batch");
    fs.mkdirSync(batch);
    fs.copyFileSync(M_XLSX, path.join(batch, "b-ministry.xlsx"));
    fs.copyFileSync(Z_XLSX, path.join(batch, "a-oblast.xlsx"));
    fs.copyFileSync(path.join(root, MINISTRY), path.join(batch, "c-ministry.json"));
    const ranking = out("batch-ranking.xlsx");
    const run = runCli("score", path.join(batch, "*.xlsx"), "--ranking", ranking, "--json");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([coreResult(ZHAMBYL), coreResult(MINISTRY)]); // a-oblast, b-ministry; not the .json
    const ws = (await open(ranking)).worksheets[0];
    expect([ws.getCell("N4").value, ws.getCell("N5").value]).toEqual([
      path.join(batch, "a-oblast.xlsx"),
      path.join(batch, "b-ministry.xlsx"),
    ]);
  });

  test("--ranking naming one of the inputs is refused before anything is read", () => {
    const before = sha(M_XLSX);
    const run = runCli("score", M_XLSX, Z_XLSX, "--ranking", M_XLSX);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(sha(M_XLSX)).toBe(before);
  });
});

test("--help documents every command and option, in each language", () => {
  for (const lang of ["kk", "ru", "en"] as const) {
    const run = runCli("--help", "--lang", lang);
    expect(run.status).toBe(0);
    for (const command of ["score", "check", "template", "bodies", "fill", "conclusion"])
      expect(run.stdout).toMatch(new RegExp(`^  bagalau ${command}\\b`, "m"));
    for (const option of ["--json", "--trace", "--profile", "--ranking", "--today", "-o, --output", "--kind", "--body", "--lang"])
      expect(run.stdout).toMatch(new RegExp(`^  ${option}\\b`, "m"));
    // Every profile option --profile takes is named in the help.
    for (const option of ["qualityRule", "indicatorRule", "resultRule", "rangeRule", "penaltyCapScope", "unreliableThreshold", "weights.B"])
      expect(run.stdout).toContain(`${option}=`);
  }
});
