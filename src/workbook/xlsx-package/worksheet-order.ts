// The one ordering step for a worksheet part: its root's children put in the order of CT_Worksheet in the
// ECMA-376 schema (ExcelJS 4.4 writes <legacyDrawing> after <tableParts> and <extLst>; Excel then repairs).

import { rootChildren } from "./xml-text";

/** CT_Worksheet's sequence (ECMA-376 Part 1, sml.xsd): every child element of <worksheet>, in order. */
export const WORKSHEET_CHILD_ORDER: readonly string[] = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
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

const RANK = new Map(WORKSHEET_CHILD_ORDER.map((name, i) => [name, i]));

/**
 * The worksheet part with its children in schema order. Children of one name keep their order (several
 * <conditionalFormatting>); a child the schema does not know keeps its place after the one before it.
 * A part already in order is returned as it is (same string).
 */
export function orderWorksheetChildren(xml: string): string {
  const { head, children, tail } = rootChildren(xml);
  let rank = -1;
  const ranked = children.map((child, index) => {
    rank = RANK.get(child.name) ?? rank;
    return { child, index, rank };
  });
  const inOrder = ranked.every((r, i) => i === 0 || ranked[i - 1].rank <= r.rank);
  if (inOrder) return xml;
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return head + ranked.map((r) => xml.slice(r.child.start, r.child.end)).join("") + tail;
}
