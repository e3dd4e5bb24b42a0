// The history sheet (Sys. §73): written with its line chart of A, read back (headers in any language), the
// workbook's own period added when it is scored, and the decline flagged on the conclusion sheet.

import JSZip from "jszip";
import { analyzeHistory, type PeriodScores } from "../../src/core";
import { t } from "../../src/i18n";
import { chartOf } from "../../src/workbook/charts/chart-spec";
import { workbookBytes } from "../../src/workbook/xlsx-package/write-package";
import { buildConclusionSheets } from "../../src/workbook/conclusion";
import { readHistorySheet } from "../../src/workbook/history-read";
import { buildHistorySheet, HISTORY_COLUMNS } from "../../src/workbook/history-sheet";
import { declineText } from "../../src/workbook/history-text";
import { scoreGrids } from "../../src/workbook/workbook-services";
import { addSheet, readGrids } from "../../src/workbook/xlsx-sheets";
import { loadWorkbook, newWorkbook } from "../../src/workbook/xlsx-files";
import { appealWorkbook, sheetWithRole } from "./appeal-helpers";

const period = (name: string, A: number, extra: Partial<PeriodScores> = {}): PeriodScores => ({
  period: name,
  A,
  B: 0.75,
  C: 0.5,
  D: 0.5,
  E: null,
  W: 0,
  S: {},
  ...extra,
});
const flat = (value: unknown) => String(value ?? "").replace(/\s*\n\s*/g, " ");

test("the sheet: a row per period, the declines, and a line chart of A by period read from its cells", async () => {
  const analysis = analyzeHistory([period("2022", 65, { S: { unemployment: 0.9 } }), period("2021", 70), period("2023", 60)]);
  const spec = buildHistorySheet(analysis, "en", "Test ministry");
  expect(spec.rows[0][0]?.value).toBe("bagalau:sheet:history");
  const chart = chartOf(spec)!;
  expect(chart.type).toBe("line");
  expect(chart.categories).toEqual(["2021", "2022", "2023"]);
  expect(chart.values).toEqual([70, 65, 60]);
  // 70 → 65 → 60: the decline is stated under the table.
  const decline = declineText("en", analysis.declines[0]);
  expect(decline).toBe(t("en", "history.decline.total", { years: 2, values: "70.00 → 65.00 → 60.00", periods: "2021–2023" }));
  expect(spec.rows.some((cells) => cells.some((c) => c?.value === decline && c.style === "bad"))).toBe(true);

  const bytes = await workbookBytes(newWorkbook([spec]));
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/charts/chart1.xml")!.async("string");
  expect(xml).toContain('<c:lineChart><c:grouping val="standard"/>');
  expect(xml).toContain(`<c:f>${t("en", "history.sheet")}!$C$6:$C$8</c:f>`);
  expect(Array.from(xml.matchAll(/<c:numCache>.*?<\/c:numCache>/g))[0][0].match(/<c:v>([^<]+)<\/c:v>/g)).toEqual([
    "<c:v>70</c:v>",
    "<c:v>65</c:v>",
    "<c:v>60</c:v>",
  ]);

  // Read back: the same periods, in order, with S.
  const reading = readHistorySheet(readGrids(await loadWorkbook(Buffer.from(bytes))))!;
  expect(reading.issues).toEqual([]);
  const withoutSource = <T extends { source?: unknown }>(period: T) => ({ ...period, source: undefined });
  expect(reading.periods.map(withoutSource)).toEqual(analysis.periods.map(withoutSource));
});

test("headers in Kazakh; a number that is none and a repeated period are said on their cells", () => {
  const workbook = newWorkbook([buildHistorySheet(analyzeHistory([period("2021", 70)]), "kk")]);
  const ws = sheetWithRole(workbook, "history");
  // Row 6 holds 2021; type 2022 (with A as text) and 2021 again under it.
  ws.getCell("B7").value = "2022";
  ws.getCell("C7").value = "сорок";
  ws.getCell("B8").value = 2021;
  ws.getCell("C8").value = 10;
  const reading = readHistorySheet(readGrids(workbook))!;
  expect(reading.periods.map((p) => [p.period, p.A])).toEqual([
    ["2021", 70],
    ["2022", null],
  ]);
  expect(reading.issues.map((i) => [i.code, `${i.cell.row}:${i.cell.column}`])).toEqual([
    ["number", "7:3"],
    ["duplicate", "8:2"],
  ]);
  // The columns: period, A, B, C, D, E, W and the six App. 4 indexes.
  expect(HISTORY_COLUMNS).toHaveLength(7 + 6);
});

test("a period workbook with a history sheet: its own period is scored in, and the decline is flagged in the conclusion", () => {
  // The workbook's own period, 2023, scores A = 43 (see appeal-helpers); 2021 and 2022 were typed: 80 and 70.
  const workbook = appealWorkbook("ru");
  addSheet(workbook, buildHistorySheet(analyzeHistory([period("2021", 80), period("2022", 70), period("2023", 99)]), "ru"));
  const scored = scoreGrids(readGrids(workbook));
  const history = scored.history!.analysis;
  // The typed 2023 row (99) gives way to the score of the workbook itself: 80 → 70 → 43, two years down.
  expect(history.periods.map((p) => p.A)).toEqual([80, 70, scored.result.A]);
  expect(scored.result.A).toBeCloseTo(43, 10);
  expect(history.declines.map((d) => [d.series, d.periods])).toEqual([["A", ["2021", "2022", "2023"]]]);
  const [conclusion] = buildConclusionSheets({
    evaluation: scored.reading.evaluation,
    result: scored.result,
    lang: "ru",
    history: scored.history,
  });
  const texts = conclusion.rows.flatMap((cells) => cells.map((c) => flat(c?.value)));
  expect(texts).toContain(t("ru", "history.conclusion.heading"));
  expect(texts).toContain(flat(declineText("ru", history.declines[0])));
  // The dynamics table is below the chart of points (nothing under the chart).
  const anchor = conclusion.chart!.anchor.split(":")[1];
  const chartBottom = Number(anchor.replace(/^[A-Z]+/, ""));
  const heading = conclusion.rows.findIndex((cells) => cells.some((c) => c?.value === t("ru", "history.conclusion.heading"))) + 1;
  expect(heading).toBeGreaterThan(chartBottom);
});

test("no history sheet, no history", () => {
  expect(scoreGrids(readGrids(appealWorkbook("en"))).history).toBeUndefined();
});
