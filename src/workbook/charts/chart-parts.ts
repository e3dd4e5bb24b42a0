// A chart added to a written .xlsx, which ExcelJS cannot write: the chart part, a drawing anchored on the
// sheet (the sheet's own drawing when it has pictures), their relationships and content types.

import { orderWorksheetChildren } from "../xlsx-package/worksheet-order";
import { escapeXml, attribute } from "../xlsx-package/xml-text";
import {
  OFFICE_RELS_NS,
  ZipPackage,
  addOverride,
  addRelationship,
  emptyRelationships,
  folderOf,
  relationshipTarget,
  relsPathOf,
  resolvePart,
  worksheetPart,
} from "../xlsx-package/zip-package";
import { CHART_NS, chartXml } from "./chart-xml";
import { parseCell, type CellPos, type ChartSpec } from "./chart-spec";

const NS = {
  c: CHART_NS,
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: OFFICE_RELS_NS,
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const REL_DRAWING = `${OFFICE_RELS_NS}/drawing`;
const REL_CHART = `${OFFICE_RELS_NS}/chart`;
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** The anchor's cells as zero-based from/to corners (the "to" corner is the cell after the last one). */
function anchorCorners(anchor: string): { from: CellPos; to: CellPos } {
  const [first, last] = anchor.split(":");
  const from = parseCell(first);
  const to = last ? parseCell(last) : { row: from.row + 14, column: from.column + 7 };
  return { from: { row: from.row - 1, column: from.column - 1 }, to: { row: to.row, column: to.column } };
}

function anchorXml(chart: ChartSpec, relId: string, shapeId: number): string {
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

/** The sheet with a <drawing> element (and the r: namespace it needs); the ordering step puts it in its place. */
function withDrawingElement(sheetXml: string, relId: string): string {
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (root && !/\sxmlns:r=/.test(root[0])) xml = xml.replace(root[0], root[0].replace(/>$/, ` xmlns:r="${NS.r}">`));
  return orderWorksheetChildren(xml.replace(/<\/worksheet>\s*$/, `<drawing r:id="${relId}"/></worksheet>`));
}

/** Adds one chart to the package; false when the package has no sheet of the chart's name. */
export async function addChart(pkg: ZipPackage, chart: ChartSpec): Promise<boolean> {
  const sheetPart = await worksheetPart(pkg, chart.sheetName);
  let sheetXml = sheetPart ? await pkg.text(sheetPart) : undefined;
  if (!sheetPart || sheetXml === undefined) return false;
  const sheetRelsPath = relsPathOf(sheetPart);
  let sheetRels = (await pkg.text(sheetRelsPath)) ?? emptyRelationships();

  // The sheet's drawing: the one it has (pictures), or a new one.
  let drawingPart: string;
  const existing = /<drawing\b[^>]*>/.exec(sheetXml);
  const existingId = existing ? attribute(existing[0], "r:id") : undefined;
  const existingTarget = existingId ? relationshipTarget(sheetRels, existingId) : undefined;
  if (existingTarget) {
    drawingPart = resolvePart(folderOf(sheetPart), existingTarget);
  } else {
    drawingPart = pkg.freePart((n) => `xl/drawings/drawing${n}.xml`);
    const rel = addRelationship(sheetRels, REL_DRAWING, `../drawings/${drawingPart.slice(drawingPart.lastIndexOf("/") + 1)}`);
    sheetRels = rel.xml;
    sheetXml = withDrawingElement(sheetXml, rel.id);
  }
  let drawingXml = (await pkg.text(drawingPart)) ?? emptyDrawing();
  const drawingRelsPath = relsPathOf(drawingPart);
  let drawingRels = (await pkg.text(drawingRelsPath)) ?? emptyRelationships();

  const chartPart = pkg.freePart((n) => `xl/charts/chart${n}.xml`);
  const chartRel = addRelationship(drawingRels, REL_CHART, `../charts/${chartPart.slice(chartPart.lastIndexOf("/") + 1)}`);
  drawingRels = chartRel.xml;
  const ids = Array.from(drawingXml.matchAll(/<xdr:cNvPr\b[^>]*\sid="(\d+)"/g), (m) => Number(m[1]));
  const shapeId = Math.max(1, ...ids) + 1;
  if (!/\sxmlns:a=/.test(/<xdr:wsDr\b[^>]*>/.exec(drawingXml)?.[0] ?? ""))
    drawingXml = drawingXml.replace(/<xdr:wsDr\b/, `<xdr:wsDr xmlns:a="${NS.a}"`);
  drawingXml = drawingXml.replace(/<\/xdr:wsDr>\s*$/, `${anchorXml(chart, chartRel.id, shapeId)}</xdr:wsDr>`);

  const contentTypes = (await pkg.text("[Content_Types].xml")) ?? "";
  pkg.put("[Content_Types].xml", addOverride(addOverride(contentTypes, drawingPart, TYPE_DRAWING), chartPart, TYPE_CHART));
  pkg.put(chartPart, chartXml(chart));
  pkg.put(drawingPart, drawingXml);
  pkg.put(drawingRelsPath, drawingRels);
  pkg.put(sheetRelsPath, sheetRels);
  pkg.put(sheetPart, sheetXml);
  return true;
}
