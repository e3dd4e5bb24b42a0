// The cell-metadata rules of an .xlsx: each cm="n" of a cell names a block of the workbook's metadata part, whose
// record names a metadata type and its future-metadata block; a dynamic array (XLDAPR) is an array formula's anchor.

import { elementsNamed, NS, type XlsxPackage } from "./xlsx-package";
import type { PackageProblem } from "./schema-validation";

const REL_METADATA = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";

/** The metadata part's cell-metadata blocks, each as the type name its first record names (undefined: a broken record). */
function cellMetadataTypes(pkg: XlsxPackage, part: string, report: (element: string, message: string) => void): (string | undefined)[] {
  const doc = pkg.xml(part);
  const types = elementsNamed(doc, NS.sml, "metadataType").map((t) => t.getAttribute("name") ?? "");
  const future = new Map(
    elementsNamed(doc, NS.sml, "futureMetadata").map((f) => [f.getAttribute("name") ?? "", elementsNamed(f, NS.sml, "bk").length]),
  );
  const cellMetadata = elementsNamed(doc, NS.sml, "cellMetadata")[0];
  return (cellMetadata ? elementsNamed(cellMetadata, NS.sml, "bk") : []).map((bk, i) => {
    const rc = elementsNamed(bk, NS.sml, "rc")[0];
    const type = types[Number(rc?.getAttribute("t") ?? "0") - 1];
    const v = Number(rc?.getAttribute("v") ?? "NaN");
    if (type === undefined) return void report("rc", `cell-metadata block ${i + 1} names no metadata type`);
    if (type !== "XLMDX" && !(v >= 0 && v < (future.get(type) ?? 0)))
      return void report("rc", `cell-metadata block ${i + 1} names record ${v} of ${type}, which its futureMetadata does not have`);
    return type;
  });
}

/** The problems of the workbook's metadata part and of the cm attributes of its worksheets' cells. */
export function metadataProblems(pkg: XlsxPackage, workbook: string, worksheets: readonly string[]): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const metadataRels = pkg.relationshipsOf(workbook).filter((r) => r.type === REL_METADATA);
  if (metadataRels.length > 1) problems.push({ part: workbook, element: "Relationship", message: "the workbook has two metadata parts" });
  const part = metadataRels[0]?.targetPart;
  const blocks =
    part && pkg.parts.has(part) ? cellMetadataTypes(pkg, part, (element, message) => problems.push({ part, element, message })) : [];
  for (const sheet of worksheets) {
    for (const c of elementsNamed(pkg.xml(sheet), NS.sml, "c")) {
      const ref = c.getAttribute("r") ?? "";
      const f = elementsNamed(c, NS.sml, "f")[0];
      const arrayRef = f?.getAttribute("t") === "array" ? (f.getAttribute("ref") ?? ref) : undefined;
      if (arrayRef !== undefined && arrayRef.split(":")[0] !== ref)
        problems.push({ part: sheet, element: "f", message: `the array formula of ${ref} starts at ${arrayRef}, not at its own cell` });
      const cm = c.getAttribute("cm");
      if (cm === null) continue;
      const type = blocks[Number(cm) - 1];
      if (!/^[1-9]\d*$/.test(cm) || Number(cm) > blocks.length)
        problems.push({
          part: sheet,
          element: "c",
          message: `the cell ${ref} has cm="${cm}" but the metadata part has ${blocks.length} cell-metadata blocks`,
        });
      else if (type === "XLDAPR" && arrayRef === undefined)
        problems.push({ part: sheet, element: "c", message: `the cell ${ref} is marked a dynamic array but holds no array formula` });
    }
  }
  return problems;
}
