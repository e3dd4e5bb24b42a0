// What the bytes of a would-be .xlsx say before ExcelJS opens them — a zip or an OLE container, its
// directory, its size, the parts a copy would lose — over a plain Uint8Array, for Node and the browser.

/** Why a file is not a workbook BAGALAU can open; an i18n key under `wb.refusal.`. */
export type XlsxRefusalReason =
  "empty" | "notXlsx" | "zipNotXlsx" | "encrypted" | "corrupt" | "tooLarge" | "unpackedTooLarge" | "hugeSheet" | "noBagalauSheets";

/** The values a refusal's message names (`{limit}` in MB, `{part}`, `{size}` in MB). */
export type XlsxRefusalParams = Record<string, string | number>;

export class XlsxRefused extends Error {
  constructor(
    readonly reason: XlsxRefusalReason,
    readonly detail = "",
    readonly params: XlsxRefusalParams = {},
  ) {
    super(`${reason}${detail ? `: ${detail}` : ""}`);
    this.name = "XlsxRefused";
  }
}

const MEGABYTE = 1024 * 1024;

// The memory limits, from measurement (docs/performance.md): ExcelJS takes ~11–13 MB of resident memory
// per unpacked MB of sheet XML, so the largest workbook accepted stays within ~2 GB peak in Node.
/** The largest .xlsx file BAGALAU opens, checked before its bytes are read. */
export const MAX_XLSX_BYTES = 100 * MEGABYTE;
/** The most a workbook may unpack to, all parts together (a zip bomb unpacks to far more than its size). */
export const MAX_XLSX_UNPACKED_BYTES = 128 * MEGABYTE;
/** The most one worksheet part (xl/worksheets/sheetN.xml) may unpack to: ~170,000 rows of ten cells. */
export const MAX_XLSX_SHEET_BYTES = 64 * MEGABYTE;

/** A size in whole megabytes, rounded up (so that "more than 64 MB" never reads "64 MB"). */
export function megabytes(bytes: number): number {
  return Math.ceil(bytes / MEGABYTE);
}

/** The refusal of a file larger than MAX_XLSX_BYTES. */
export function tooLargeRefusal(): XlsxRefused {
  return new XlsxRefused("tooLarge", String(MAX_XLSX_BYTES), { limit: megabytes(MAX_XLSX_BYTES) });
}

/** The refusal of a workbook that unpacks (or would, by what its entries inflate to) to more than MAX_XLSX_UNPACKED_BYTES. */
export function unpackedTooLargeRefusal(detail: string): XlsxRefused {
  return new XlsxRefused("unpackedTooLarge", detail, { limit: megabytes(MAX_XLSX_UNPACKED_BYTES) });
}

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

interface ZipEntry {
  name: string;
  /** Compression method: 0 stored, 8 deflated. */
  method: number;
  packed: number;
  /** The unpacked size the directory declares (a hostile zip may lie: see the Node check in xlsx-inflate-check.ts). */
  unpacked: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

export interface ZipDirectory {
  names: string[];
  entries: ZipEntry[];
  unpackedBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * The zip's central directory: its entries and their unpacked size. A zip whose end record or
 * directory is missing or cut off (a truncated download) is refused as corrupt.
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
  // A zip64 directory is needed only past 65,535 entries or 4 GB, never for a workbook under MAX_XLSX_BYTES:
  // one that says so is hiding its sizes from these checks, and is refused before anything is inflated.
  if (offset === 0xffffffff || size === 0xffffffff || count === 0xffff) throw unpackedTooLargeRefusal("zip64 directory");
  if (offset + size > eocd) throw new XlsxRefused("corrupt", "central directory out of bounds");
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let unpackedBytes = 0;
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || u32(at) !== CENTRAL_SIGNATURE) throw new XlsxRefused("corrupt", "bad central directory entry");
    const method = u16(at + 10);
    const packed = u32(at + 20);
    const unpacked = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localOffset = u32(at + 42);
    if (localOffset >= offset) throw new XlsxRefused("corrupt", "entry outside the archive");
    entries.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), method, packed, unpacked, localOffset });
    unpackedBytes += unpacked;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { names: entries.map((entry) => entry.name), entries, unpackedBytes };
}

/** A worksheet part of a workbook (what ExcelJS turns into rows and cells: the memory that grows with a sheet). */
function isWorksheetPart(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

/** Refuses a worksheet part that unpacks to more than MAX_XLSX_SHEET_BYTES, naming it. */
export function checkWorksheetSize(name: string, unpacked: number): void {
  if (isWorksheetPart(name) && unpacked > MAX_XLSX_SHEET_BYTES) {
    throw new XlsxRefused("hugeSheet", name, { part: name, size: megabytes(unpacked), limit: megabytes(MAX_XLSX_SHEET_BYTES) });
  }
}

/**
 * The checks made before ExcelJS reads the bytes: not empty, not too large, not an OLE container
 * (password or .xls), a zip, not unpacking to too much (all parts, and each worksheet), and holding a
 * workbook part. They read only the zip's directory, so they cost nothing; the sizes it declares are
 * what they trust (Node checks them against the inflated data: inflateWithinDeclaredSizes). Throws XlsxRefused.
 */
export function checkXlsxBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsxRefused("empty");
  if (bytes.length > MAX_XLSX_BYTES) throw tooLargeRefusal();
  if (looksLikeOle(bytes)) throw new XlsxRefused("encrypted");
  if (!looksLikeZip(bytes)) throw new XlsxRefused("notXlsx");
  const directory = readZipDirectory(bytes);
  if (directory.unpackedBytes > MAX_XLSX_UNPACKED_BYTES) throw unpackedTooLargeRefusal(String(directory.unpackedBytes));
  for (const entry of directory.entries) checkWorksheetSize(entry.name, entry.unpacked);
  if (directory.names.length > 0 && !directory.names.some((name) => name.toLowerCase() === "xl/workbook.xml"))
    throw new XlsxRefused("zipNotXlsx");
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
