// The ExcelPort on a fake Excel: text stays text, sheets are written with their tables, formats and
// formulas, highlights restore each cell's own fill and note exactly, merged and offset ranges read like
// the .xlsx reader, missing API sets degrade with a message, and the state lives in the document settings.

import { filledSheets, templateSheets } from "../../src/workbook/workbook-services";
import { emptySheet, type SheetSpec } from "../../src/workbook/sheet-spec";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { ActionCancelled } from "../../src/app/bagalau-app";
import { describeHostError } from "../../src/app/host-errors";
import { highlightColor } from "../../src/app/excel-styles";
import { STATE_SETTING } from "../../src/app/workbook-state";
import { LANGS } from "../../src/i18n";
import { evaluationWithRows, harness } from "./excel-harness";
import { FakeWorkbook, officeError } from "./fake-excel";

const goalsSheet = sheetName("goals", "central", "en");

/** A workbook with the filled templates of `rows` indicators, written through the port (in English). */
async function filledWorkbook(rows: number, options: { excelApi?: string } = {}) {
  const h = harness(options);
  const { evaluation, result } = evaluationWithRows(rows);
  await h.port.writeSheets(filledSheets(evaluation, result, "en"), []);
  return h;
}

describe("writing sheets", () => {
  test("each table's BAGALAU.ROWS is written as a formula alone: nothing under it, so that Excel spills it; its colours are custom formats", async () => {
    const h = await filledWorkbook(3);
    const sheet = h.book.sheet(goalsSheet)!;
    // The indicators' header row is 6 (goal row 5); the column just right of the table is M (13).
    expect(sheet.peek(6, 13)?.formula).toMatch(/^=BAGALAU\.ROWS\(B6:L9,/);
    for (const row of [7, 8, 9]) expect(sheet.peek(row, 13)?.value ?? null).toBeNull();
    const formats = sheet.conditionalFormats.filter((f) => f.rect.left === 13 && f.rect.top === 7);
    expect(formats.map((f) => [f.type, f.formula, f.fill, f.stopIfTrue])).toEqual([
      ["Custom", "=AND(ISNUMBER(M7),M7>=1)", "#C6EFCE", true],
      ["Custom", "=AND(ISNUMBER(M7),M7>0,M7<1)", "#FFEB9C", true],
      ["Custom", "=AND(ISNUMBER(M7),M7<=0)", "#FFC7CE", true],
      ["Custom", '=AND(ISTEXT(M7),M7<>"")', "#E7E6E6", true],
    ]);
  });

  test("user text is written as text, never as a formula, a number or a date", async () => {
    const h = harness();
    const texts = ["=1+1", "+7 701 000 00 00", "-5 %", "-", "007", "1.10", "2024-01-31", "TRUE", "'quoted", "#N/A note", "plain"];
    const spec: SheetSpec = {
      ...emptySheet("custom", "Texts"),
      rows: [texts.map((value) => ({ value })), texts.map((value) => ({ value, style: "inputCode" as const }))],
    };
    await h.port.writeSheets([spec], []);
    const sheet = h.book.sheet("Texts")!;
    texts.forEach((text, i) => {
      expect(sheet.peek(1, i + 1)).toMatchObject({ value: text, formula: undefined });
      expect(sheet.peek(2, i + 1)).toMatchObject({ value: text, formula: undefined, numberFormat: "@" });
    });
    const [grid] = await h.port.readGrids();
    expect(grid.values[0]).toEqual(texts);
    expect(grid.values[1]).toEqual(texts);
  });

  test("templates arrive with their tables, drop-downs, formats, hidden markers, frozen rows and live formulas", async () => {
    const h = harness();
    const specs = templateSheets("central", "en", "ministryOfFinance");
    await h.port.writeSheets(specs, []);
    expect(h.book.sheets.map((s) => s.name)).toEqual(specs.map((s) => s.name));
    const quality = h.book.sheet(sheetName("quality", "central", "en"))!;
    expect(quality.tables.map((t) => t.name)).toEqual(["BG_QUALITY"]);
    expect(quality.hiddenColumns.has(1)).toBe(true);
    expect(quality.frozenRows).toBe(4);
    // The header row: bold on the header fill, thin grey borders; the sphere codes as text.
    const header = quality.peek(4, 2)!;
    expect(header).toMatchObject({ font: { bold: true }, fill: { color: "#DCE6F1", pattern: "Solid" }, horizontalAlignment: "Center" });
    expect(header.borders.EdgeTop).toEqual({ style: "Continuous", weight: "Thin", color: "#BFBFBF" });
    expect(quality.peek(5, 2)!.numberFormat).toBe("@");
    expect(quality.peek(5, 6)!.locked).toBe(false);
    expect(quality.validations.some((v) => (v.rule as { list: { source: string } }).list.source === "1,0.5,0")).toBe(true);
    const body = h.book.sheet(sheetName("body", "central", "en"))!;
    const formulas = Array.from(body.cells.values()).flatMap((c) => (c.formula ? [c.formula] : []));
    // The invariant form of the custom functions, as typed in Excel, not the file's _xldudf_ form.
    expect(formulas.some((f) => f.startsWith("=BAGALAU.QUALITY(BG_QUALITY["))).toBe(true);
    expect(formulas.some((f) => f.includes("_xldudf_"))).toBe(false);
    expect(h.book.names.get("bagalau_a")?.sheet).toBe(body.name);
    expect(h.book.active).toBe(specs[0].name);
    expect(h.excel.counters.calculationSuspended).toBe(1);
  });

  test("the conclusion has its chart, anchored as the spec says", async () => {
    const h = await filledWorkbook(3);
    await h.app.generateConclusion("en");
    const conclusion = h.book.sheet(sheetName("conclusion", "central", "en"))!;
    expect(conclusion.charts).toHaveLength(1);
    expect(conclusion.charts[0]).toMatchObject({ type: "BarClustered", legendVisible: false, seriesBy: "Columns" });
    expect(conclusion.charts[0].categories).toBeDefined();
    const disagreements = h.book.sheet(sheetName("disagreements", "central", "en"))!;
    expect(disagreements.protection).toBeDefined();
  });

  test("a sheet whose name is taken is refused before anything is written", async () => {
    const book = new FakeWorkbook();
    book.setRows("Mine", [["keep"]]);
    const h = harness({ book });
    await h.port.readGrids();
    const before = h.excel.counters.syncs;
    const attempt = h.port.writeSheets([{ ...emptySheet("x", "mine"), rows: [[{ value: "new" }]] }], []);
    await expect(attempt).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(h.excel.counters.syncs).toBe(before);
    expect(h.book.sheets.map((s) => s.name)).toEqual(["Mine"]);
  });

  test("what a read learnt is trusted for 30 seconds; after that the port asks Excel again before writing", async () => {
    let clock = 0;
    const book = new FakeWorkbook();
    book.setRows("Mine", [["keep"]]);
    const h = harness({ book, now: () => clock });
    await h.port.readGrids();
    const spec = (name: string) => ({ ...emptySheet("x", name), rows: [[{ value: name }]] });
    expect((await h.syncsOf(() => h.port.writeSheets([spec("A")], []))).syncs).toBe(1);
    clock = 31_000;
    // Meanwhile the user added a sheet called "B": the port learns it and refuses before writing.
    book.setRows("B", [["theirs"]]);
    const late = await h.syncsOf(() => h.port.writeSheets([spec("B")], []).catch((e: unknown) => e));
    expect(late.value).toMatchObject({ code: "ItemAlreadyExists" });
    expect(late.syncs).toBe(1);
    expect(book.sheet("B")!.peek(1, 1)!.value).toBe("theirs");
  });

  test("a workbook name left behind by a deleted score sheet is replaced, not refused", async () => {
    const h = harness();
    await h.port.writeSheets(templateSheets("central", "en"), []);
    const body = sheetName("body", "central", "en");
    h.book.sheets.splice(h.book.sheets.indexOf(h.book.sheet(body)!), 1);
    expect(h.book.names.has("bagalau_a")).toBe(true);
    const report = await h.app.insertTemplates({ kind: "central", lang: "en", onlyMissing: true });
    expect(report.inserted).toEqual([body]);
    expect(h.book.names.get("bagalau_a")?.sheet).toBe(body);
  });
});

describe("inserting templates", () => {
  test("existing templates are reported and nothing is written unless only the missing ones are asked for", async () => {
    const h = await filledWorkbook(2);
    const sheets = h.book.sheets.length;
    const { value, syncs } = await h.syncsOf(() => h.app.insertTemplates({ kind: "central", lang: "en", onlyMissing: false }));
    expect(value).toEqual({ inserted: [], existing: ["body", "quality", "goals", "risks", "penalties"] });
    expect(syncs).toBe(2);
    expect(h.book.sheets).toHaveLength(sheets);
  });

  test("a user's sheet with a template's name keeps it; the template takes a free name and its formulas follow", async () => {
    const book = new FakeWorkbook();
    const body = sheetName("body", "central", "ru");
    book.setRows(body, [["my own score sheet"]]);
    const h = harness({ book });
    const report = await h.app.insertTemplates({
      kind: "central",
      lang: "ru",
      onlyMissing: false,
      bodyName: "Министерство",
      period: "2024",
    });
    expect(report.inserted[0]).toBe(`${body} (2)`);
    expect(h.book.sheet(body)!.peek(1, 1)!.value).toBe("my own score sheet");
    const goals = h.book.sheet(sheetName("goals", "central", "ru"))!;
    const goalFormula = Array.from(goals.cells.values()).find((c) => c.formula?.startsWith("=BAGALAU.GOAL("))!.formula!;
    expect(goalFormula).toContain(`'${body} (2)'!`);
    const state = await h.app.state();
    expect(state.ownedSheets?.body).toBe(`${body} (2)`);
    expect(state).toMatchObject({ kind: "central", period: "2024" });
    // The typed name and period are in the score sheet.
    const [first] = (await h.port.readGrids()).filter((g) => g.name === `${body} (2)`);
    expect(first.values.flat()).toEqual(expect.arrayContaining(["Министерство", "2024"]));
  });

  test("templates missing beside Russian ones are added in Russian, so that their formulas name the existing columns", async () => {
    const h = harness();
    const { evaluation, result } = evaluationWithRows(2);
    await h.port.writeSheets(filledSheets(evaluation, result, "ru"), []);
    for (const role of ["body", "risks"] as const)
      h.book.sheets.splice(h.book.sheets.indexOf(h.book.sheet(sheetName(role, "central", "ru"))!), 1);
    const report = await h.app.insertTemplates({ kind: "central", lang: "kk", onlyMissing: true });
    expect(report.inserted).toEqual([sheetName("body", "central", "ru"), sheetName("risks", "central", "ru")]);
    const body = h.book.sheet(sheetName("body", "central", "ru"))!;
    const quality = Array.from(body.cells.values()).find((c) => c.formula?.startsWith("=BAGALAU.QUALITY("))!.formula!;
    // The function takes the table whole and finds its columns by their (Russian) headers.
    expect(quality).toContain("BG_QUALITY[[#Headers],[#Data]]");
  });

  test("a cancelled insertion writes nothing", async () => {
    const h = harness();
    const controller = new AbortController();
    const progress: number[] = [];
    const attempt = h.app.insertTemplates(
      { kind: "local", lang: "kk", onlyMissing: false },
      {
        signal: controller.signal,
        onProgress: (fraction) => {
          progress.push(fraction);
          if (fraction >= 0.4) controller.abort();
        },
      },
    );
    await expect(attempt).rejects.toBeInstanceOf(ActionCancelled);
    expect(h.book.sheets).toHaveLength(0);
    expect(progress).toEqual([0, 0.4]);
  });
});

describe("highlights", () => {
  test("each cell's own fill and note come back exactly; a cell with a comment keeps it untouched", async () => {
    const h = await filledWorkbook(6);
    const checked = await h.app.check("en", "2024-03-01");
    const missing = checked.issues.filter((i) => i.code === "FACT_MISSING");
    const facts = missing.map((i) => i.ref!);
    expect(facts).toHaveLength(2);
    const color = highlightColor(missing[0].severity);
    await h.app.clearHighlights();
    const goals = h.book.sheet(goalsSheet)!;
    const [own, commented] = facts;
    const ownCell = goals.cell(own.row, own.column);
    ownCell.fill = { color: "#00FF00", pattern: "Gray50", patternColor: "#FF0000" };
    goals.notes.set(`I${own.row}`, "Checked by hand");
    goals.comments.add(`I${commented.row}`);
    const before = structuredClone(ownCell);

    await h.app.check("en", "2024-03-01");
    expect(ownCell.fill).toMatchObject({ color, pattern: "Solid" });
    expect(goals.notes.get(`I${own.row}`)).toMatch(/^Checked by hand\n.+/);
    expect(goals.notes.has(`I${commented.row}`)).toBe(false);
    expect(goals.peek(commented.row, commented.column)!.fill.color).toBe(color);
    const saved = (await h.app.state()).highlights!;
    expect(saved.find((s) => s.address === `I${own.row}`)).toMatchObject({
      note: "Checked by hand",
      noteAdded: false,
      fill: JSON.stringify({ color: "#00FF00", pattern: "Gray50", patternColor: "#FF0000" }),
    });
    expect(saved.find((s) => s.address === `I${commented.row}`)).toMatchObject({ note: null, noteAdded: false, fill: "none" });

    // A second check replaces the first: what is restored is the cell's own look, not the first highlight.
    await h.app.check("en", "2024-03-01");
    await h.app.clearHighlights();
    expect(goals.cell(own.row, own.column)).toEqual(before);
    expect(goals.notes.get(`I${own.row}`)).toBe("Checked by hand");
    expect(goals.peek(commented.row, commented.column)!.fill).toEqual({ color: null, pattern: "None", patternColor: null });
    expect(goals.comments.has(`I${commented.row}`)).toBe(true);
  });

  test("a cell fixed since the last check loses its highlight at the next one", async () => {
    const h = await filledWorkbook(3);
    const first = await h.app.check("en", "2024-03-01");
    const ref = first.issues.find((i) => i.code === "FACT_MISSING")!.ref!;
    const goals = h.book.sheet(goalsSheet)!;
    goals.cell(ref.row, ref.column).value = 95;
    const second = await h.app.check("en", "2024-03-01");
    expect(second.issues.some((i) => i.code === "FACT_MISSING")).toBe(false);
    expect(goals.peek(ref.row, ref.column)!.fill.pattern).toBe("None");
    expect(goals.notes.has(`I${ref.row}`)).toBe(false);
  });

  test("a highlighted sheet deleted meanwhile is skipped when clearing", async () => {
    const h = await filledWorkbook(3);
    await h.app.check("en", "2024-03-01");
    h.book.sheets.splice(h.book.sheets.indexOf(h.book.sheet(goalsSheet)!), 1);
    await expect(h.app.clearHighlights()).resolves.toBeUndefined();
    expect((await h.app.state()).highlights).toEqual([]);
  });

  test("without cell notes (ExcelApi 1.8) the cells are coloured, no note is written, and the fill is restored", async () => {
    const h = await filledWorkbook(3, { excelApi: "1.8" });
    expect(h.port.unavailable()).toEqual(["rangeAreas", "mergedAreas", "notes"]);
    const checked = await h.app.check("en", "2024-03-01");
    const issue = checked.issues.find((i) => i.code === "FACT_MISSING")!;
    const ref = issue.ref!;
    const goals = h.book.sheet(goalsSheet)!;
    expect(goals.peek(ref.row, ref.column)!.fill.color).toBe(highlightColor(issue.severity));
    expect(goals.notes.size).toBe(0);
    await h.app.clearHighlights();
    expect(goals.peek(ref.row, ref.column)!.fill.pattern).toBe("None");
  });
});

describe("reading", () => {
  test("a vertical merge gives its value to every row it covers, a horizontal one only once; a range away from A1 is padded", async () => {
    const book = new FakeWorkbook();
    const sheet = book.setRows(
      "S",
      [
        ["1", "Sphere", "Title across"],
        [null, "Direction a"],
        [null, "Direction b"],
      ],
      5,
      2,
    );
    sheet.merges.push({ top: 5, bottom: 7, left: 2, right: 2 }, { top: 5, bottom: 5, left: 4, right: 6 });
    const [grid] = await harness({ book }).port.readGrids();
    expect(grid.values.slice(0, 4)).toEqual([[], [], [], []]);
    expect(grid.values[4]).toEqual([null, "1", "Sphere", "Title across"]);
    expect(grid.values[5]).toEqual([null, "1", "Direction a", null]);
    expect(grid.values[6]).toEqual([null, "1", "Direction b", null]);
    // Without merged areas (ExcelApi 1.12) the value stays on its first row.
    const [plain] = await harness({ book, excelApi: "1.12" }).port.readGrids();
    expect(plain.values[5]).toEqual([null, null, "Direction a", null]);
  });

  test("an Excel without ExcelApi 1.8 is told what is unavailable, in every language", async () => {
    const h = harness({ excelApi: "1.7" });
    const error = await h.app.score().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "UnsupportedApi", feature: "excel" });
    for (const lang of LANGS)
      expect(describeHostError(lang, error)).toMatchObject({ retry: false, message: expect.stringContaining("ExcelApi 1.8") });
    expect(h.excel.counters.syncs).toBe(0);
  });

  test("a cell being edited blocks Excel: the error reaches the caller with the advice to finish editing", async () => {
    const h = harness();
    const edited = { ...h, run: () => Promise.reject(officeError("InvalidOperationInCellEditMode", "cell edit mode")) };
    const port = new (h.port.constructor as new (host: unknown) => typeof h.port)({
      run: edited.run,
      requirements: { isSetSupported: () => true },
      settings: { get: () => null, set: () => undefined, saveAsync: async () => undefined },
    });
    const error = await port.readGrids().catch((e: unknown) => e);
    expect(describeHostError("en", error).message).toMatch(/finish editing a cell.*Enter/);
    expect(describeHostError("ru", error).message).toContain("закончите редактировать ячейку");
    expect(describeHostError("kk", error).message).toContain("ұяшықты өңдеуді аяқтауыңызды");
  });
});

describe("state", () => {
  test("the state is kept in the document settings and saved with the workbook", async () => {
    const h = harness();
    const saved = await h.app.saveState({ lang: "ru", bodyKey: "ministryOfHealth", profile: { qualityRule: "product" } });
    expect(saved).toEqual({ lang: "ru", bodyKey: "ministryOfHealth", profile: { qualityRule: "product" } });
    expect(h.stored.get(STATE_SETTING)).toEqual(saved);
    // The pane reopened on the same workbook: a new port over the saved settings.
    const reopened = harness({ book: h.book, stored: h.stored });
    expect(await reopened.app.state()).toEqual(saved);
    expect(await reopened.app.saveState({ bodyKey: undefined, period: "2024" })).toEqual({
      lang: "ru",
      profile: { qualityRule: "product" },
      period: "2024",
    });
  });
});
