// The bar chart of points by criterion, which ExcelJS cannot write: after ExcelJS writes the .xlsx, the zip
// gets a chart part, a drawing anchored on the sheet, their relationships and content types (via jszip).

import type JSZip from "jszip";
import { quoteSheetName, type CellSpec, type SheetSpec } from "./sheet-spec";

/** jszip, loaded on first use: a command that writes no chart (a score of a JSON file) never pays its loading. */
function openZip(bytes: Parameters<typeof JSZip.loadAsync>[0]): Promise<JSZip> {
  return (require("jszip") as typeof JSZip).loadAsync(bytes);
}

/** A chart over one column (or row) of categories and one of values on a sheet: clustered bars (default) or a line. */
export interface BarChartSpec {
  sheetName: string;
  /** "line": a line with markers, categories left to right (e.g. the total score A by period). */
  type?: "bar" | "line";
  title: string;
  /** A1 ranges on the same sheet, e.g. "C20:C22" and "F20:F22". */
  categoriesRange: string;
  valuesRange: string;
  /** The cells the chart covers, "G4:J20" (or a top-left cell, "G4", for a default size). */
  anchor: string;
  seriesName?: string;
  /** The ranges' values when the file was written, cached in the chart so it shows before any recalculation. */
  categories: string[];
  values: (number | null)[];
}

// ---------------------------------------------------------------- ranges

interface CellPos {
  row: number;
  column: number;
}

function columnNumber(letters: string): number {
  return letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function parseCell(ref: string): CellPos {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** The cells of a one-column or one-row range, in order. */
export function rangeCells(range: string): CellPos[] {
  const [from, to = from] = range.split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  const cells: CellPos[] = [];
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row++) {
    for (let column = Math.min(a.column, b.column); column <= Math.max(a.column, b.column); column++) cells.push({ row, column });
  }
  return cells;
}

function absoluteRange(range: string): string {
  return range
    .split(":")
    .map((ref) => ref.replace(/^\$?([A-Z]+)\$?(\d+)$/, "$$$1$$$2"))
    .join(":");
}

function cellValueOf(spec: SheetSpec, pos: CellPos): CellSpec["value"] {
  const cell = spec.rows[pos.row - 1]?.[pos.column - 1];
  if (!cell) return null;
  return cell.formula !== undefined ? (cell.result ?? null) : (cell.value ?? null);
}

/** The chart a sheet asks for (its `chart` field), with the cached values read from its cells. */
export function barChartOf(spec: SheetSpec): BarChartSpec | undefined {
  if (!spec.chart) return undefined;
  const { title, categoriesRange, valuesRange, anchor, type } = spec.chart;
  const categories = rangeCells(categoriesRange).map((pos) => {
    const value = cellValueOf(spec, pos);
    return value === null || value === undefined
      ? ""
      : value instanceof Date
        ? value.toISOString().slice(0, 10)
        : typeof value === "object"
          ? value.error
          : String(value);
  });
  const values = rangeCells(valuesRange).map((pos) => {
    const value = cellValueOf(spec, pos);
    return typeof value === "number" && Number.isFinite(value) ? value : null;
  });
  return { sheetName: spec.name, title, categoriesRange, valuesRange, anchor, categories, values, ...(type === "line" ? { type } : {}) };
}

// ---------------------------------------------------------------- charts waiting for a workbook to be written

const pending = new WeakMap<object, Map<string, BarChartSpec>>();

/** Remembers a sheet's chart for `workbookBytes` (called when the sheet is added to an ExcelJS workbook). */
export function registerChart(workbook: object, spec: SheetSpec): void {
  const chart = barChartOf(spec);
  let charts = pending.get(workbook);
  if (!chart) {
    charts?.delete(spec.name);
    return;
  }
  if (!charts) {
    charts = new Map();
    pending.set(workbook, charts);
  }
  charts.set(spec.name, chart);
}

export function chartsOf(workbook: object): BarChartSpec[] {
  return Array.from(pending.get(workbook)?.values() ?? []);
}

/** The bytes of an ExcelJS workbook as .xlsx, with the charts of its BAGALAU sheets added. */
export async function workbookBytes(workbook: { xlsx: { writeBuffer(): Promise<ArrayBuffer | Uint8Array> } }): Promise<Uint8Array> {
  const written = await workbook.xlsx.writeBuffer();
  const bytes = await withCurrentCalcEngine(written instanceof Uint8Array ? written : new Uint8Array(written));
  const charts = chartsOf(workbook);
  return charts.length === 0 ? bytes : addBarCharts(bytes, charts);
}

/** The calculation-engine id of current Excel (Microsoft 365 writes 191029). */
export const CURRENT_CALC_ID = "191029";

/**
 * ExcelJS stamps workbooks with the calc engine of Excel 2016 (calcId 171027), and Excel recalculates a
 * workbook from an older engine when it opens it — which, without the add-in, would replace the stored
 * values of the BAGALAU.* formulas by #NAME?. Stamped with the current engine, the stored values show.
 */
export async function withCurrentCalcEngine(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await openZip(bytes);
  const part = zip.file("xl/workbook.xml");
  if (!part) return bytes;
  const xml = await part.async("string");
  const stamped = xml.replace(/(<calcPr\b[^>]*\bcalcId=")\d+(")/, `$1${CURRENT_CALC_ID}$2`);
  if (stamped === xml) return bytes;
  zip.file("xl/workbook.xml", stamped);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// ---------------------------------------------------------------- XML parts

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function textProperties(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

/** The chart part's opening, up to the plot area: the title in the chart's own words. */
function chartOpening(chart: BarChartSpec): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx>${richText(chart.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>`
  );
}

/** A series' categories and values: references to the sheet's cells, with their values cached. */
function seriesData(chart: BarChartSpec): string {
  const sheet = quoteSheetName(chart.sheetName);
  const catRef = `${sheet}!${absoluteRange(chart.categoriesRange)}`;
  const valRef = `${sheet}!${absoluteRange(chart.valuesRange)}`;
  const strPoints = chart.categories.map((text, i) => `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`).join("");
  const numPoints = chart.values.map((value, i) => (value === null ? "" : `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`)).join("");
  return (
    `<c:cat><c:strRef><c:f>${escapeXml(catRef)}</c:f><c:strCache><c:ptCount val="${chart.categories.length}"/>${strPoints}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(valRef)}</c:f><c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val="${chart.values.length}"/>${numPoints}</c:numCache></c:numRef></c:val>`
  );
}

const CHART_CLOSING =
  `</c:plotArea>` +
  `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
  `</c:chart>` +
  `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
  `</c:chartSpace>`;

/** The chart part: one series of horizontal bars, categories top to bottom in the table's order; or a line. */
export function chartXml(chart: BarChartSpec): string {
  if (chart.type === "line") return lineChartXml(chart);
  return (
    chartOpening(chart) +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:v>${escapeXml(chart.seriesName ?? chart.title)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="0.00" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(1000)}` +
    `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    seriesData(chart) +
    `</c:ser>` +
    `<c:gapWidth val="60"/>` +
    `<c:axId val="50010001"/><c:axId val="50010002"/>` +
    `</c:barChart>` +
    // Categories read top to bottom (reversed axis); the value axis then crosses at the last category, below.
    `<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(900)}` +
    `<c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(900)}` +
    `<c:crossAx val="50010001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    CHART_CLOSING
  );
}

/** The chart part of a line chart: one series with markers and its values labelled, categories left to right. */
function lineChartXml(chart: BarChartSpec): string {
  return (
    chartOpening(chart) +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:v>${escapeXml(chart.seriesName ?? chart.title)}</c:v></c:tx>` +
    `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill><a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></c:spPr></c:marker>` +
    `<c:dLbls><c:numFmt formatCode="0.00" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProperties(900)}` +
    `<c:dLblPos val="t"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    seriesData(chart) +
    `<c:smooth val="0"/>` +
    `</c:ser>` +
    `<c:marker val="1"/>` +
    `<c:axId val="50020001"/><c:axId val="50020002"/>` +
    `</c:lineChart>` +
    `<c:catAx><c:axId val="50020001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${textProperties(900)}` +
    `<c:crossAx val="50020002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(900)}` +
    `<c:crossAx val="50020001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    CHART_CLOSING
  );
}

/** The anchor's cells as zero-based from/to corners (the "to" corner is the cell after the last one). */
function anchorCorners(anchor: string): { from: CellPos; to: CellPos } {
  const [first, last] = anchor.split(":");
  const from = parseCell(first);
  const to = last ? parseCell(last) : { row: from.row + 14, column: from.column + 7 };
  return { from: { row: from.row - 1, column: from.column - 1 }, to: { row: to.row, column: to.column } };
}

function anchorXml(chart: BarChartSpec, relId: string, shapeId: number): string {
  const { from, to } = anchorCorners(chart.anchor);
  const corner = (name: string, pos: CellPos) =>
    `<xdr:${name}><xdr:col>${pos.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${pos.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${name}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${corner("from", from)}${corner("to", to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(`Chart ${shapeId}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function emptyDrawing(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"></xdr:wsDr>`;
}

function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"></Relationships>`;
}

/** Adds a relationship with a fresh id and returns the new XML and the id. */
function addRelationship(rels: string, type: string, target: string): { xml: string; id: string } {
  const used = new Set(Array.from(rels.matchAll(/\sId="([^"]+)"/g), (m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const xml = rels.replace(
    /<\/Relationships>\s*$/,
    `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/></Relationships>`,
  );
  return { xml, id };
}

function relationshipTarget(rels: string, id: string): string | undefined {
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (attribute(m[0], "Id") === id) return attribute(m[0], "Target");
  }
  return undefined;
}

/** A relationship target resolved against the folder of the part that holds it, without the leading "/". */
function resolvePart(fromFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromFolder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/"));
}

/** The worksheet part (e.g. xl/worksheets/sheet5.xml) of a sheet, by its name. */
async function worksheetPart(zip: JSZip, sheetName: string): Promise<string | undefined> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !rels) throw new Error("not an xlsx workbook: xl/workbook.xml is missing");
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    if (attribute(m[0], "name") !== sheetName) continue;
    const id = attribute(m[0], "r:id");
    const target = id ? relationshipTarget(rels, id) : undefined;
    return target ? resolvePart("xl", target) : undefined;
  }
  return undefined;
}

function freePart(zip: JSZip, pattern: (n: number) => string): string {
  let n = 1;
  while (zip.file(pattern(n))) n += 1;
  return pattern(n);
}

/** Where <drawing> goes in CT_Worksheet: before these elements, or at the end. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function insertDrawingElement(sheetXml: string, relId: string): string {
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (root && !/\sxmlns:r=/.test(root[0])) xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="${NS.r}">`));
  const element = `<drawing r:id="${relId}"/>`;
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${name}[\\s/>]`).exec(xml);
    if (m) return xml.slice(0, m.index) + element + xml.slice(m.index);
  }
  return xml.replace(/<\/worksheet>\s*$/, `${element}</worksheet>`);
}

function addOverride(contentTypes: string, part: string, type: string): string {
  if (contentTypes.includes(`PartName="/${part}"`)) return contentTypes;
  return contentTypes.replace(/<\/Types>\s*$/, `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

async function addOneChart(zip: JSZip, chart: BarChartSpec): Promise<boolean> {
  const sheetPart = await worksheetPart(zip, chart.sheetName);
  const sheetFile = sheetPart ? zip.file(sheetPart) : null;
  if (!sheetPart || !sheetFile) return false;
  let sheetXml = await sheetFile.async("string");
  const sheetRelsPath = relsPathOf(sheetPart);
  let sheetRels = (await zip.file(sheetRelsPath)?.async("string")) ?? emptyRels();

  // The sheet's drawing: the one it has (pictures), or a new one.
  let drawingPart: string;
  const existing = /<drawing\b[^>]*>/.exec(sheetXml);
  const existingId = existing ? attribute(existing[0], "r:id") : undefined;
  const existingTarget = existingId ? relationshipTarget(sheetRels, existingId) : undefined;
  if (existingTarget) {
    drawingPart = resolvePart(folderOf(sheetPart), existingTarget);
  } else {
    drawingPart = freePart(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const rel = addRelationship(sheetRels, REL_DRAWING, `../drawings/${drawingPart.slice(drawingPart.lastIndexOf("/") + 1)}`);
    sheetRels = rel.xml;
    sheetXml = insertDrawingElement(sheetXml, rel.id);
  }
  let drawingXml = (await zip.file(drawingPart)?.async("string")) ?? emptyDrawing();
  const drawingRelsPath = relsPathOf(drawingPart);
  let drawingRels = (await zip.file(drawingRelsPath)?.async("string")) ?? emptyRels();

  const chartPart = freePart(zip, (n) => `xl/charts/chart${n}.xml`);
  const chartRel = addRelationship(drawingRels, REL_CHART, `../charts/${chartPart.slice(chartPart.lastIndexOf("/") + 1)}`);
  drawingRels = chartRel.xml;
  const ids = Array.from(drawingXml.matchAll(/<xdr:cNvPr\b[^>]*\sid="(\d+)"/g), (m) => Number(m[1]));
  const shapeId = Math.max(1, ...ids) + 1;
  if (!/\sxmlns:a=/.test(/<xdr:wsDr\b[^>]*>/.exec(drawingXml)?.[0] ?? ""))
    drawingXml = drawingXml.replace(/<xdr:wsDr\b/, `<xdr:wsDr xmlns:a="${NS.a}"`);
  drawingXml = drawingXml.replace(/<\/xdr:wsDr>\s*$/, `${anchorXml(chart, chartRel.id, shapeId)}</xdr:wsDr>`);

  let contentTypes = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  contentTypes = addOverride(addOverride(contentTypes, drawingPart, TYPE_DRAWING), chartPart, TYPE_CHART);

  const put = (part: string, xml: string) => zip.file(part, xml, { createFolders: false });
  put(chartPart, chartXml(chart));
  put(drawingPart, drawingXml);
  put(drawingRelsPath, drawingRels);
  put(sheetRelsPath, sheetRels);
  put(sheetPart, sheetXml);
  put("[Content_Types].xml", contentTypes);
  return true;
}

/** Adds bar charts to a written .xlsx. A chart whose sheet the file does not have is left out. */
export async function addBarCharts(xlsx: Uint8Array, charts: readonly BarChartSpec[]): Promise<Uint8Array> {
  const zip = await openZip(xlsx);
  for (const chart of charts) await addOneChart(zip, chart);
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return typeof Buffer !== "undefined" ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

export function addBarChart(xlsx: Uint8Array, chart: BarChartSpec): Promise<Uint8Array> {
  return addBarCharts(xlsx, [chart]);
}
