// The text of an evaluation JSON file from its bytes: UTF-8 (with or without a byte-order mark), or UTF-16
// with a byte-order mark — little- or big-endian — as Windows PowerShell 5 writes with `Out-File` and `>`.

/** Why the bytes are not text BAGALAU reads: UTF-16 without a byte-order mark, or UTF-16 that is broken. */
export class JsonTextRefused extends Error {
  constructor(
    readonly reason: "utf16WithoutBom" | "utf16Invalid",
    /** For utf16Invalid: the offset, in bytes from the start of the file, of the first broken character. */
    readonly offset?: number,
  ) {
    super(`${reason}${offset === undefined ? "" : ` at byte ${offset}`}`);
    this.name = "JsonTextRefused";
  }
}

const BOM_LENGTH = 2;

/**
 * The offset, in code units, of the first unpaired surrogate of a string, or -1 when every high surrogate
 * (D800–DBFF) is followed by a low one (DC00–DFFF) and no low one stands alone.
 */
function firstUnpairedSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit > 0xdbff) return i;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (next < 0xdc00 || next > 0xdfff) return i;
    i += 1;
  }
  return -1;
}

/** UTF-16 text after its byte-order mark; `bigEndian` bytes are swapped (on a copy) before decoding. */
function decodeUtf16(bytes: Buffer, bigEndian: boolean): string {
  const body = bytes.subarray(BOM_LENGTH);
  if (body.length % 2 !== 0) throw new JsonTextRefused("utf16Invalid", bytes.length - 1);
  const littleEndian = bigEndian ? Buffer.from(body).swap16() : body;
  const text = littleEndian.toString("utf16le");
  const broken = firstUnpairedSurrogate(text);
  if (broken >= 0) throw new JsonTextRefused("utf16Invalid", BOM_LENGTH + 2 * broken);
  return text;
}

/**
 * The text of a JSON file. A UTF-8 byte-order mark is kept (the parser skips it). Without a byte-order
 * mark, a NUL byte among the first two tells UTF-16 (or UTF-32): JSON text starts with an ASCII character,
 * which UTF-8 writes as one byte that is never 0. Such a file is refused rather than guessed at.
 */
export function jsonTextOf(bytes: Buffer): string {
  if (bytes.length >= BOM_LENGTH && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, false);
  if (bytes.length >= BOM_LENGTH && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, true);
  if (bytes.length >= BOM_LENGTH && (bytes[0] === 0 || bytes[1] === 0)) throw new JsonTextRefused("utf16WithoutBom");
  return bytes.toString("utf8");
}
