// Array formulas marked as dynamic arrays (Excel 365's spilled formulas): each <f t="array"> cell gets cm="1",
// which points at the one cell-metadata block of xl/metadata.xml, an XLDAPR record with fDynamic="1".

import { addOverride, addRelationship, emptyRelationships, type ZipPackage } from "./zip-package";

const METADATA_PART = "xl/metadata.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const TYPE_METADATA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
const REL_METADATA = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";
/** The ext URI of the dynamic-array properties ([MS-XLSX] 2.3.4.1). */
const DYNAMIC_ARRAY_EXT = "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}";

/**
 * The metadata part: one metadata type (XLDAPR), one future-metadata block saying "dynamic, not collapsed",
 * and one cell-metadata block (cm="1") pointing at it (type 1, the first record 0).
 */
const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" ' +
  'pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" ' +
  'coerce="1" cellMeta="1"/></metadataTypes>' +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY_EXT}">` +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  "</metadata>";

/** A cell whose formula is an array formula, up to its <f>: its start tag (without cm) and the formula's start. */
const ARRAY_FORMULA_CELL = /<c\b((?:(?!\bcm=)[^>])*?)(\/?)>(\s*<f\b[^>]*\bt="array")/g;

/** The worksheet with each array-formula cell marked dynamic; `marked` tells whether it had one. */
export function markDynamicArrays(worksheetXml: string): { xml: string; marked: boolean } {
  let marked = false;
  const xml = worksheetXml.replace(ARRAY_FORMULA_CELL, (_, attributes: string, close: string, formula: string) => {
    marked = true;
    return `<c${attributes} cm="1"${close}>${formula}`;
  });
  return { xml, marked };
}

/**
 * Every array formula of the written worksheets made a dynamic array. BAGALAU writes array formulas only for
 * dynamic arrays (BAGALAU.ROWS), and ExcelJS keeps no metadata part of a file it read, so the package's cell
 * metadata is this one block; a package that already has a metadata part is left as it is.
 */
export async function withDynamicArrays(pkg: ZipPackage, worksheetParts: readonly string[]): Promise<void> {
  if (pkg.has(METADATA_PART)) return;
  let any = false;
  for (const part of worksheetParts) {
    const { xml, marked } = markDynamicArrays((await pkg.text(part)) as string);
    if (!marked) continue;
    pkg.put(part, xml);
    any = true;
  }
  if (!any) return;
  pkg.put(METADATA_PART, METADATA_XML);
  const rels = (await pkg.text(WORKBOOK_RELS)) ?? emptyRelationships();
  pkg.put(WORKBOOK_RELS, addRelationship(rels, REL_METADATA, "metadata.xml").xml);
  pkg.put("[Content_Types].xml", addOverride((await pkg.text("[Content_Types].xml")) ?? "", METADATA_PART, TYPE_METADATA));
}
