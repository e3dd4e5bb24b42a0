// Node's check of what a workbook's zip entries really unpack to: a zip bomb that lies about its sizes
// in its directory is stopped by zlib's maxOutputLength before ExcelJS (JSZip, which trusts them) inflates it.

import * as zlib from "zlib";
import { MAX_XLSX_UNPACKED_BYTES, XlsxRefused, checkWorksheetSize, readZipDirectory, unpackedTooLargeRefusal } from "./xlsx-bytes";

const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Inflates each entry, one at a time, never past what is left of MAX_XLSX_UNPACKED_BYTES: a workbook
 * whose entries unpack to more (whatever its directory declares) is refused as a zip bomb, a worksheet
 * over MAX_XLSX_SHEET_BYTES as a huge sheet, an entry that unpacks to other than its declared size or
 * cannot be inflated as corrupt. Memory: one entry at a time, at most the limit.
 */
export function inflateWithinDeclaredSizes(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let mismatch: string | undefined;
  for (const entry of readZipDirectory(bytes).entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE)
      throw new XlsxRefused("corrupt", `no local header for ${entry.name}`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.packed > bytes.length) throw new XlsxRefused("corrupt", `${entry.name} is cut off`);
    const data = bytes.subarray(start, start + entry.packed);
    let size: number;
    if (entry.method === STORED) size = data.length;
    else if (entry.method === DEFLATED) {
      try {
        size = zlib.inflateRawSync(data, { maxOutputLength: MAX_XLSX_UNPACKED_BYTES - total + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
          throw unpackedTooLargeRefusal(`${entry.name} inflates past the limit (${entry.unpacked} bytes declared)`);
        throw new XlsxRefused("corrupt", `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else continue; // another method: left to the zip reader, which refuses what it cannot read
    total += size;
    if (total > MAX_XLSX_UNPACKED_BYTES) throw unpackedTooLargeRefusal(`${entry.name} brings the total to ${total} bytes`);
    checkWorksheetSize(entry.name, size);
    if (size !== entry.unpacked) mismatch ??= `${entry.name} unpacks to ${size} bytes, not the ${entry.unpacked} declared`;
  }
  // Told only after every entry: a bomb that lies is told as a bomb, not as merely damaged.
  if (mismatch !== undefined) throw new XlsxRefused("corrupt", mismatch);
}
