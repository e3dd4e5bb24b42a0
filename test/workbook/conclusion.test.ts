// The generated sheets (App. 5 conclusion, App. 1 act, App. 6 disagreements): markers and names, the key
// cells against the Result, text in every language, user text kept as text, and the chart in the .xlsx.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseEvaluation, parseEvaluationText, scoreEvaluation, toResultJson, type Evaluation, type Result } from "../../src/core";
import { LANGS, t, type Lang, resultMessages } from "../../src/i18n";
import { chartOf, rangeCells } from "../../src/workbook/charts/chart-spec";
import { finishPackage, workbookBytes } from "../../src/workbook/xlsx-package/write-package";
import { buildConclusionSheets } from "../../src/workbook/conclusion";
import { buildReport } from "../../src/workbook/report/build-report";
import { filledSheets, scoreGrids } from "../../src/workbook/workbook-services";
import { address, type CellSpec, type SheetSpec } from "../../src/workbook/sheet-spec";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { loadWorkbook, newWorkbook, replaceSheets } from "../../src/workbook/xlsx-files";
import { readGrids } from "../../src/workbook/xlsx-sheets";
import { SOFFICE, requiredTool } from "../support/required-tool";

const EXAMPLES = ["ministry-of-health", "zhambyl-oblast"] as const;

function example(name: string): { evaluation: Evaluation; result: Result } {
  const parsed = parseEvaluationText(fs.readFileSync(path.join(__dirname, "../../examples", `${name}.json`), "utf8"));
  return { evaluation: parsed.evaluation, result: scoreEvaluation(parsed.evaluation, parsed.issues) };
}

const C = 3;
const F = 6;
const flat = (value: unknown) => String(value ?? "").replace(/\s*\n\s*/g, " ");
const cell = (spec: SheetSpec, row: number, column: number): CellSpec | undefined => spec.rows[row - 1]?.[column - 1] ?? undefined;

/** The first cell (row, column) whose text, with line breaks folded, equals `text`. */
function findText(spec: SheetSpec, text: string): { row: number; column: number } {
  for (let r = 0; r < spec.rows.length; r++) {
    const cells = spec.rows[r];
    for (let c = 0; c < cells.length; c++)
      if (typeof cells[c]?.value === "string" && flat(cells[c]?.value) === text) return { row: r + 1, column: c + 1 };
  }
  throw new Error(`no cell “${text}” on ${spec.name}`);
}

function texts(spec: SheetSpec): string[] {
  return spec.rows.flatMap((cells) => cells.flatMap((c) => (typeof c?.value === "string" ? [c.value] : [])));
}

describe.each(EXAMPLES)("%s", (name) => {
  const { evaluation, result } = example(name);
  const kind = evaluation.body.kind;

  test.each(LANGS)("three sheets with their markers and names in %s, and no missing text", (lang) => {
    const sheets = buildConclusionSheets({ evaluation, result, lang });
    expect(sheets.map((s) => s.role)).toEqual(["conclusion", "act", "disagreements"]);
    for (const sheet of sheets) {
      expect(sheet.name).toBe(sheetName(sheet.role as "conclusion", kind, lang));
      expect(cell(sheet, 1, 1)?.value).toBe(`bagalau:sheet:${sheet.role}`);
      expect(sheet.hiddenColumns).toContain(1);
      for (const text of texts(sheet)) expect(text).not.toMatch(/\{\w+\}|undefined|NaN|\breport\.\w|\bwb\.\w/);
    }
    if (lang !== "en") {
      const english = buildConclusionSheets({ evaluation, result, lang: "en" });
      expect(cell(sheets[0], 2, 2)?.value).not.toBe(cell(english[0], 2, 2)?.value);
    }
  });

  test.each(LANGS)("the criteria table in %s: numbers from the Result, points minus W add up to A", (lang) => {
    const [conclusion] = buildConclusionSheets({ evaluation, result, lang });
    const header = findText(conclusion, t(lang, "report.col.criterion"));
    const keys = kind === "central" ? (["B", "D", "C"] as const) : (["B", "D", "E"] as const);
    let pointsSum = 0;
    keys.forEach((key, i) => {
      const row = header.row + 1 + i;
      const criterion = result.criteria[key]!;
      expect(flat(cell(conclusion, row, C)?.value)).toMatch(new RegExp(`^${key} — `));
      expect(cell(conclusion, row, 4)).toEqual({ value: criterion.coefficient, style: "computed" });
      if (criterion.points !== null) {
        expect(cell(conclusion, row, F)).toEqual({ value: criterion.points, style: "computedPoints" });
        pointsSum += cell(conclusion, row, F)?.value as number;
      }
    });
    const wRow = findText(conclusion, t(lang, "wb.label.W")).row;
    expect(cell(conclusion, wRow, F)?.value).toBe(-result.W.total);
    const total = findText(conclusion, t(lang, "wb.label.A"));
    expect(cell(conclusion, total.row, F)).toEqual({ value: result.A, style: "total" });
    expect(pointsSum + (cell(conclusion, wRow, F)?.value as number)).toBeCloseTo(result.A, 10);

    // The chart reads the points cells and does not cover any content.
    const chart = chartOf(conclusion)!;
    expect(chart.values).toEqual(keys.filter((k) => result.criteria[k]!.points !== null).map((k) => result.criteria[k]!.points));
    expect(chart.categories.map(flat)).toEqual(
      keys.filter((k) => result.criteria[k]!.points !== null).map((k) => expect.stringMatching(new RegExp(`^${k} — `))),
    );
    const [from, to] = conclusion.chart!.anchor.split(":").map((ref) => rangeCells(ref)[0]);
    for (let r = from.row; r <= to.row; r++) for (let c = from.column; c <= to.column; c++) expect(cell(conclusion, r, c)).toBeFalsy();
  });

  test("the verification act: dates, missing elements, unreliable facts with each one's deduction, the total", () => {
    const [, act] = buildConclusionSheets({ evaluation, result, lang: "kk" });
    const { penalties } = evaluation;
    const dates = act.rows.flatMap((cells) => cells.flatMap((c) => (c?.value instanceof Date ? [c.value.toISOString().slice(0, 10)] : [])));
    expect(dates).toEqual([penalties.deadline, penalties.submitted]);
    for (const element of penalties.missingElements) expect(texts(act).map(flat)).toContain(element);
    const total = findText(act, t("kk", "report.act.totalDeduction"));
    expect(cell(act, total.row, 7)?.value).toBe(result.W.total);
    for (const fact of penalties.unreliableFacts) {
      const at = findText(act, fact.indicator);
      expect([4, 5, 6].map((c) => cell(act, at.row, c)?.value)).toEqual([fact.plan, fact.fact, fact.rechecked]);
      // Each fact's deduction: 0.2 once there are 3 (ministry), 0 with 1 fact (oblast, below the threshold).
      expect(cell(act, at.row, 7)?.value).toBe(name === "ministry-of-health" ? 0.2 : 0);
      expect(flat(cell(act, at.row, 8)?.value)).toBe(fact.note);
    }
  });

  test("the disagreement table: a row per disputable finding, objection and decision left to fill, a drop-down", () => {
    const sheets = buildConclusionSheets({ evaluation, result, lang: "ru" });
    const dis = sheets[2];
    const report = buildReport(evaluation, result);
    const disputable = report.findings.filter((f) => f.disputable);
    const header = findText(dis, t("ru", "report.dis.col.objection"));
    const first = header.row + 2; // the header, then the row of column numbers 1…5
    disputable.forEach((_, i) => {
      expect(cell(dis, first + i, 2)?.value).toBe(i + 1);
      expect(typeof cell(dis, first + i, 3)?.value).toBe("string");
      expect(cell(dis, first + i, 3)?.style).toBe("wrapText");
      for (const column of [4, 5, 6]) expect(cell(dis, first + i, column)).toEqual({ value: null, style: "input" });
    });
    expect(dis.validations).toEqual([
      {
        range: `${address(first, 5)}:${address(first + disputable.length + 4, 5)}`,
        list: ["принято", "не принято"],
        error: t("ru", "wb.validation.list"),
      },
    ]);
    expect(dis.protect).toBe(true);
    // The deductions are disputable: the late or incomplete reporting is among the rows.
    const statements = texts(dis).map(flat);
    expect(statements.some((s) => s.startsWith(t("ru", "report.dis.deductions")))).toBe(true);
  });
});

test("a reorganized body (second half) is shown as not evaluated", () => {
  const raw = JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/ministry-of-health.json"), "utf8"));
  const parsed = parseEvaluation({ ...raw, body: { ...raw.body, reorganized: { date: "2017-10-01", successor: "Жаңа министрлік" } } });
  const result = scoreEvaluation(parsed.evaluation, parsed.issues);
  for (const lang of LANGS) {
    const [conclusion] = buildConclusionSheets({ evaluation: parsed.evaluation, result, lang });
    const status = findText(conclusion, t(lang, "report.status.notEvaluatedShort"));
    expect(cell(conclusion, status.row, status.column)?.style).toBe("bad");
    expect(flat(cell(conclusion, status.row, status.column + 1)?.value)).toContain("Жаңа министрлік");
    expect(texts(conclusion).map(flat)).toContain(t(lang, "report.status.analysisOnly"));
  }
});

// ---------------------------------------------------------------- as an .xlsx file

async function writeWorkbook(evaluation: Evaluation, result: Result, lang: Lang, withTemplates = true): Promise<Uint8Array> {
  const sheets = [...(withTemplates ? filledSheets(evaluation, result, lang) : []), ...buildConclusionSheets({ evaluation, result, lang })];
  return workbookBytes(newWorkbook(sheets));
}

test("user text that starts with “=” stays text: written, read back by ExcelJS, no formula", async () => {
  const raw = JSON.parse(fs.readFileSync(path.join(__dirname, "../../examples/ministry-of-health.json"), "utf8"));
  raw.body.name = '=HYPERLINK("http://example.com","x")';
  raw.goals[0].indicators[2].name = "=1+1";
  raw.goals[0].indicators[2].deviationReason = "=SUM(A1:A3)";
  raw.risks[1].measures = "=2*3";
  raw.penalties.missingElements = ["=A1"];
  raw.penalties.unreliableFacts[0].note = "=B2";
  const parsed = parseEvaluation(raw);
  const result = scoreEvaluation(parsed.evaluation, parsed.issues);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await writeWorkbook(parsed.evaluation, result, "en", false)) as unknown as ExcelJS.Buffer);
  const found = new Set<string>();
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) => {
      // The only formulas are BAGALAU's own: the appeal's deadlines on the App. 6 sheet (marked rows).
      const marker = String(row.getCell(1).value ?? "");
      const deadlineRow = /^bagalau:appeal:(objectionsDue|tableDue|finalDue)$/.test(marker);
      row.eachCell((c) => {
        if (!deadlineRow) {
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(c.formula).toBeFalsy();
        }
        if (typeof c.value === "string" && c.value.startsWith("=")) found.add(c.value);
      });
    });
  }
  expect([...found].sort()).toEqual(['=HYPERLINK("http://example.com","x")', "=A1", "=B2", "=SUM(A1:A3)"].sort());
  // The names quoted inside sentences are text too (they do not start the cell).
  const sentences: string[] = [];
  workbook.worksheets.forEach((ws) =>
    ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && sentences.push(c.value.replace(/\n/g, " "))))),
  );
  expect(sentences.some((s) => s.includes("“=1+1”"))).toBe(true);
  expect(sentences.some((s) => s.includes("“=2*3”"))).toBe(true);
});

describe("the chart of points by criterion", () => {
  const { evaluation, result } = example("ministry-of-health");
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeWorkbook(evaluation, result, "kk");
  });

  test("the zip holds the chart, its drawing on the conclusion sheet, their relationships and content types", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const conclusionName = sheetName("conclusion", "central", "kk");
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const sheetId = new RegExp(`<sheet [^>]*name="${conclusionName}"[^>]*r:id="(rId\\d+)"`).exec(workbookXml)![1];
    const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const sheetTarget = new RegExp(`Id="${sheetId}"[^>]*Target="([^"]+)"`).exec(workbookRels)![1];
    const sheetPart = `xl/${sheetTarget}`;
    const sheetXml = await zip.file(sheetPart)!.async("string");
    const drawingId = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)![1];
    const sheetRels = await zip.file(sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels")!.async("string");
    expect(sheetRels).toMatch(new RegExp(`Id="${drawingId}" Type="[^"]+/drawing" Target="../drawings/drawing1.xml"`));
    expect(await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string")).toContain('Target="../charts/chart1.xml"');
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    const chartXml = await zip.file("xl/charts/chart1.xml")!.async("string");
    const [conclusion] = buildConclusionSheets({ evaluation, result, lang: "kk" });
    const values = conclusion.chart!.valuesRange.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    expect(chartXml).toContain(`<c:f>'${conclusionName}'!${values}</c:f>`);
    expect(chartXml).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    // The cached points are the criteria's points (B, D, C).
    const cached = Array.from(chartXml.matchAll(/<c:numCache>.*?<\/c:numCache>/g))[0][0];
    expect(Array.from(cached.matchAll(/<c:v>([^<]+)<\/c:v>/g), (m) => Number(m[1]))).toEqual([
      result.criteria.B.points,
      result.criteria.D.points,
      result.criteria.C!.points,
    ]);
    expect(Object.keys(zip.files).filter((f) => f.startsWith("xl/charts/"))).toEqual(["xl/charts/chart1.xml"]);
  });

  test("ExcelJS still loads the file, and regenerating replaces the sheets and their chart", async () => {
    const workbook = await loadWorkbook(Buffer.from(bytes));
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names).toContain(sheetName("conclusion", "central", "kk"));
    replaceSheets(workbook, buildConclusionSheets({ evaluation, result, lang: "kk" }));
    expect(workbook.worksheets.map((ws) => ws.name).sort()).toEqual([...names].sort());
    const again = await workbookBytes(workbook);
    const zip = await JSZip.loadAsync(again);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
    const reloaded = await loadWorkbook(Buffer.from(again));
    const ws = reloaded.getWorksheet(sheetName("conclusion", "central", "kk"))!;
    let total: unknown;
    ws.eachRow((row) => {
      if (row.getCell(C).value === t("kk", "wb.label.A")) total = row.getCell(F).value;
    });
    expect(total).toBe(result.A);
  });

  test("a chart is also added to a chart to a sheet that already has a drawing (a picture)", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Pic");
    ws.getCell("A1").value = "x";
    ws.getCell("B1").value = 2;
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
    ws.addImage(workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }), "D1:E2");
    const written = new Uint8Array(await workbook.xlsx.writeBuffer());
    const withChart = await finishPackage(written, [
      {
        sheetName: "Pic",
        title: "T",
        categoriesRange: "A1:A1",
        valuesRange: "B1:B1",
        anchor: "D5:H15",
        categories: ["x"],
        values: [2],
      },
    ]);
    const zip = await JSZip.loadAsync(withChart);
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
    expect(drawing).toContain("<xdr:pic>");
    expect((await zip.file("xl/worksheets/sheet1.xml")!.async("string")).match(/<drawing /g)).toHaveLength(1);
    await new ExcelJS.Workbook().xlsx.load(Buffer.from(withChart) as unknown as ExcelJS.Buffer);
  });
});

// ---------------------------------------------------------------- LibreOffice (skips without it; fails under CI=true)

const soffice = requiredTool(SOFFICE);
soffice.test(
  "LibreOffice converts the filled workbook with its conclusion sheets and chart to PDF",
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-conclusion-"));
    for (const name of EXAMPLES) {
      const { evaluation, result } = example(name);
      fs.writeFileSync(path.join(dir, `${name}.xlsx`), await writeWorkbook(evaluation, result, "kk"));
    }
    const run = spawnSync(
      soffice.path,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...EXAMPLES.map((n) => path.join(dir, `${n}.xlsx`)),
      ],
      {
        encoding: "utf8",
        timeout: 170_000,
      },
    );
    try {
      expect(run.status).toBe(0);
      for (const name of EXAMPLES) {
        const pdf = fs.readFileSync(path.join(dir, `${name}.pdf`));
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
        expect(pdf.length).toBeGreaterThan(20_000);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);

test("a workbook with the generated sheets still reads and scores exactly as its JSON", async () => {
  for (const name of EXAMPLES) {
    const { evaluation, result } = example(name);
    const workbook = await loadWorkbook(Buffer.from(await writeWorkbook(evaluation, result, "ru")));
    const scored = scoreGrids(readGrids(workbook));
    expect(scored.reading.readIssues).toEqual([]);
    expect(toResultJson(scored.result, resultMessages("en"))).toEqual(toResultJson(result, resultMessages("en")));
  }
});

test("written workbooks carry the current calc engine id, so Excel keeps the stored values on opening", async () => {
  const JSZip = (await import("jszip")).default;
  const { newWorkbook } = await import("../../src/workbook/xlsx-files");
  const { workbookBytes, CURRENT_CALC_ID } = await import("../../src/workbook/xlsx-package/write-package");
  const { templateSheets } = await import("../../src/workbook/workbook-services");
  const bytes = await workbookBytes(newWorkbook(templateSheets("central", "kk")));
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  expect(xml).toMatch(new RegExp(`<calcPr[^>]*calcId="${CURRENT_CALC_ID}"`));
});
