// What the bytes of a would-be .xlsx say before ExcelJS opens them — a zip or an OLE container, its
// directory, its size, the parts a copy would lose — over a plain Uint8Array, for Node and the browser.

/** Why a file is not a workbook BAGALAU can open; an i18n key under `wb.refusal.`. */
export type XlsxRefusalReason = "notXlsx" | "zipNotXlsx" | "encrypted" | "corrupt" | "tooLarge" | "noBagalauSheets";

export class XlsxRefused extends Error {
  constructor(
    readonly reason: XlsxRefusalReason,
    readonly detail = "",
  ) {
    super(`${reason}${detail ? `: ${detail}` : ""}`);
    this.name = "XlsxRefused";
  }
}

/** The largest .xlsx BAGALAU opens, so that a huge or hostile file is refused instead of exhausting memory. */
export const MAX_XLSX_BYTES = 100 * 1024 * 1024;
/** The most a workbook may unpack to (a zip bomb unpacks to far more than its size). */
export const MAX_XLSX_UNPACKED_BYTES = 1024 * 1024 * 1024;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: what Excel writes for a password-protected workbook, and the old .xls format. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** The file starts like a zip archive (an .xlsx is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE);
}

/** The file is an OLE compound file: a password-protected workbook or an .xls. */
export function looksLikeOle(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_SIGNATURE);
}

export interface ZipDirectory {
  names: string[];
  unpackedBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * The zip's central directory: the names of its entries and their unpacked size. A zip whose end
 * record or directory is missing or cut off (a truncated download) is refused as corrupt.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (u32(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxRefused("corrupt", "no end of central directory");
  const count = u16(eocd + 10);
  const size = u32(eocd + 12);
  const offset = u32(eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) return { names: [], unpackedBytes: 0 }; // zip64: left to the zip reader
  if (offset + size > eocd) throw new XlsxRefused("corrupt", "central directory out of bounds");
  const decoder = new TextDecoder("utf-8");
  const names: string[] = [];
  let unpackedBytes = 0;
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || u32(at) !== CENTRAL_SIGNATURE) throw new XlsxRefused("corrupt", "bad central directory entry");
    const unpacked = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localOffset = u32(at + 42);
    if (localOffset >= offset) throw new XlsxRefused("corrupt", "entry outside the archive");
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    unpackedBytes += unpacked;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { names, unpackedBytes };
}

/**
 * The checks made before ExcelJS reads the bytes: not too large, not an OLE container (password or
 * .xls), a zip, not unpacking to too much, and holding a workbook part. Throws XlsxRefused.
 */
export function checkXlsxBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_XLSX_BYTES) throw new XlsxRefused("tooLarge", String(MAX_XLSX_BYTES));
  if (looksLikeOle(bytes)) throw new XlsxRefused("encrypted");
  if (!looksLikeZip(bytes)) throw new XlsxRefused("notXlsx");
  const directory = readZipDirectory(bytes);
  if (directory.unpackedBytes > MAX_XLSX_UNPACKED_BYTES) throw new XlsxRefused("tooLarge", String(MAX_XLSX_BYTES));
  if (directory.names.length > 0 && !directory.names.some((name) => name.toLowerCase() === "xl/workbook.xml")) throw new XlsxRefused("zipNotXlsx");
}

/** Parts of a workbook that ExcelJS does not carry into a copy it writes: charts, pivot tables, macros. */
export type UncarriedPart = "charts" | "pivotTables" | "macros";

/** Which uncarried parts a workbook holds (BAGALAU's own chart on its conclusion sheet is rewritten, so not counted). */
export function uncarriedParts(bytes: Uint8Array, ownCharts = 0): UncarriedPart[] {
  const names = looksLikeZip(bytes) ? readZipDirectory(bytes).names.map((n) => n.toLowerCase()) : [];
  const parts: UncarriedPart[] = [];
  if (names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length > ownCharts) parts.push("charts");
  if (names.some((n) => n.startsWith("xl/pivottables/"))) parts.push("pivotTables");
  if (names.some((n) => n === "xl/vbaproject.bin")) parts.push("macros");
  return parts;
}
