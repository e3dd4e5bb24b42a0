// The chart parts' XML (DrawingML chart): a bar chart of points by criterion and a line chart of A by
// period, each one series referring to the sheet's cells with their values cached.

import { quoteSheetName } from "../sheet-spec";
import { escapeXml } from "../xlsx-package/xml-text";
import type { ChartSpec, LineChartSpec } from "./chart-spec";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS = {
  c: CHART_NS,
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};

function absoluteRange(range: string): string {
  return range
    .split(":")
    .map((ref) => ref.replace(/^\$?([A-Z]+)\$?(\d+)$/, "$$$1$$$2"))
    .join(":");
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
function chartOpening(chart: ChartSpec): string {
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
function seriesData(chart: ChartSpec): string {
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
export function chartXml(chart: ChartSpec): string {
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
function lineChartXml(chart: LineChartSpec): string {
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
