// The browser-safe checks of an .xlsx's bytes (src/workbook/xlsx-bytes.ts) on plain Uint8Arrays — also
// views into a larger buffer, as a browser's File or Node's pooled Buffer gives — and the same refusals.

import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { XlsxRefused, checkXlsxBytes, readZipDirectory, uncarriedParts, type XlsxRefusalReason } from "../../src/workbook/xlsx-bytes";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "ministry-of-health.xlsx");

/** The same bytes as a view at an odd offset of a larger ArrayBuffer. */
function offsetView(bytes: Uint8Array): Uint8Array {
  const buffer = new ArrayBuffer(bytes.length + 7);
  const view = new Uint8Array(buffer, 3, bytes.length);
  view.set(bytes);
  return view;
}

function reasonOf(bytes: Uint8Array): XlsxRefusalReason | undefined {
  try {
    checkXlsxBytes(bytes);
    return undefined;
  } catch (error) {
    if (error instanceof XlsxRefused) return error.reason;
    throw error;
  }
}

test("the example's zip directory: the same names from a Buffer and from a view at an offset, with the workbook part", () => {
  const file = fs.readFileSync(EXAMPLE);
  const fromBuffer = readZipDirectory(file);
  const fromView = readZipDirectory(offsetView(new Uint8Array(file)));
  expect(fromView).toEqual(fromBuffer);
  expect(fromView.names).toContain("xl/workbook.xml");
  expect(fromView.unpackedBytes).toBeGreaterThan(file.length);
  expect(reasonOf(offsetView(new Uint8Array(file)))).toBeUndefined();
});

test("refusals: not a zip, an OLE container (password or .xls), a zip without a workbook, a zip cut off", async () => {
  expect(reasonOf(new TextEncoder().encode("%PDF-1.4"))).toBe("notXlsx");
  expect(reasonOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toBe("encrypted");
  const zip = new JSZip();
  zip.file("readme.txt", "hello");
  const notWorkbook = await zip.generateAsync({ type: "uint8array" });
  expect(reasonOf(offsetView(notWorkbook))).toBe("zipNotXlsx");
  const cut = new Uint8Array(fs.readFileSync(EXAMPLE)).subarray(0, 2000);
  expect(reasonOf(cut)).toBe("corrupt");
});

test("parts a copy loses: macros and pivot tables by their parts; charts beyond BAGALAU's own", async () => {
  const zip = new JSZip();
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/vbaProject.bin", "macros");
  zip.file("xl/pivotTables/pivotTable1.xml", "<pivot/>");
  zip.file("xl/charts/chart1.xml", "<chart/>");
  const bytes = await zip.generateAsync({ type: "uint8array" });
  expect(uncarriedParts(bytes)).toEqual(["charts", "pivotTables", "macros"]);
  // One chart, and it is the conclusion sheet's own (rewritten with the copy).
  expect(uncarriedParts(bytes, 1)).toEqual(["pivotTables", "macros"]);
});

test("a zip64 end record (which hides the entries' sizes from the checks) is refused before anything is inflated", () => {
  const file = new Uint8Array(fs.readFileSync(EXAMPLE));
  // The end of central directory is the last 22 bytes (the example has no comment): its fields marked "see zip64".
  const eocd = file.length - 22;
  expect(new DataView(file.buffer, file.byteOffset).getUint32(eocd, true)).toBe(0x06054b50);
  for (const [field, width] of [
    [10, 2], // entries in the directory → 0xffff
    [16, 4], // the directory's offset → 0xffffffff
  ] as const) {
    const marked = file.slice();
    marked.fill(0xff, eocd + field, eocd + field + width);
    expect(reasonOf(marked)).toBe("unpackedTooLarge");
  }
});
