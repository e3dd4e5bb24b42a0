// Opening and writing .xlsx files: what is refused before ExcelJS sees it (by signature and by the zip's
// central directory: cut off, not a workbook, unpacking to more than the limit), and the replacement of
// BAGALAU's generated sheets by their role whatever their language.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  MAX_XLSX_UNPACKED_BYTES,
  XlsxRefused,
  loadWorkbook,
  readZipDirectory,
  replaceSheets,
  sheetRoleOf,
} from "../../src/workbook/xlsx-files";
import { SheetBuilder } from "../../src/workbook/sheet-builder";
import { sheetMarker } from "../../src/workbook/layout";

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await loadWorkbook(bytes);
  } catch (error) {
    if (error instanceof XlsxRefused) return error.reason;
    throw error;
  }
  return "loaded";
}

test("the central directory of a real workbook: its parts and their unpacked size", async () => {
  const bytes = await workbookBytes((wb) => wb.addWorksheet("A").addRow([1, 2, 3]));
  const directory = readZipDirectory(bytes);
  expect(directory.names).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
  expect(directory.unpackedBytes).toBeGreaterThan(bytes.length); // XML unpacks to more than the zip
});

test.each([
  ["an empty file", "empty", Buffer.alloc(0)],
  ["a zip's first 30 bytes only", "corrupt", null],
  ["a zip cut before its central directory ends", "corrupt", "cut"],
  [
    "an OLE compound file (password-protected workbook, .xls)",
    "encrypted",
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  ],
] as const)("%s is refused as %s", async (_what, reason, given) => {
  const real = await workbookBytes((wb) => wb.addWorksheet("A").addRow([1]));
  const bytes = given === null ? real.subarray(0, 30) : given === "cut" ? real.subarray(0, real.length - 10) : given;
  expect(await refusal(Buffer.from(bytes))).toBe(reason);
});

test("a zip without xl/workbook.xml (an .ods, a .docx, any archive) is not a workbook", async () => {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("word/document.xml", "<document/>");
  expect(await refusal(await zip.generateAsync({ type: "nodebuffer" }))).toBe("zipNotXlsx");
});

test("a zip whose directory claims to unpack to more than the limit (a zip bomb) is refused as one", async () => {
  const bytes = await workbookBytes((wb) => wb.addWorksheet("A").addRow([1]));
  // Patch the first central-directory entry's uncompressed size (offset 24) to 4 GB − 1.
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const central = bytes.readUInt32LE(eocd + 16);
  bytes.writeUInt32LE(0xffffffff, central + 24);
  expect(readZipDirectory(bytes).unpackedBytes).toBeGreaterThan(MAX_XLSX_UNPACKED_BYTES);
  expect(await refusal(bytes)).toBe("unpackedTooLarge");
});

test("replaceSheets replaces a generated sheet found by its role marker, in another language, and keeps the others", () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Бағалау").getCell("A1").value = sheetMarker("body");
  wb.addWorksheet("5-қосымша Қорытынды").getCell("A1").value = sheetMarker("conclusion");
  wb.addWorksheet("My notes").getCell("B2").value = "keep me";
  const spec = new SheetBuilder("conclusion", "App 5 Conclusion").marker(1, sheetMarker("conclusion")).value(2, 2, "new").spec;
  replaceSheets(wb, [spec]);
  expect(wb.worksheets.map((w) => [w.name, sheetRoleOf(w) ?? null])).toEqual([
    ["Бағалау", "body"],
    ["My notes", null],
    ["App 5 Conclusion", "conclusion"],
  ]);
  expect(wb.getWorksheet("My notes")!.getCell("B2").value).toBe("keep me");
});
