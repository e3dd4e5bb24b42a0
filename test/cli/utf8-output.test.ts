// Utf8Output: text encoded in small buffers as it is written — the bytes are the text's UTF-8 whatever the
// sizes of the pieces, and a surrogate pair is never cut in two at a buffer's edge.

import fc from "fast-check";
import { Utf8Output } from "../../src/cli/utf8-output";

function encoded(pieces: readonly string[], reuse = true): { bytes: Buffer; sends: number } {
  const sent: Buffer[] = [];
  // A copy is kept: with `reuse` the buffer is filled again after the send.
  const out = new Utf8Output((bytes) => sent.push(Buffer.from(bytes)) > 0 && reuse);
  for (const piece of pieces) out.write(piece);
  out.flush();
  return { bytes: Buffer.concat(sent), sends: sent.length };
}

test("any pieces of any text come out as the text's UTF-8", () => {
  const piece = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 50 }),
    fc.string({ unit: "binary", maxLength: 50 }),
    fc.constantFrom("«Индикатор»", "😀".repeat(30000), "ө".repeat(40000)),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
      for (const reuse of [true, false]) expect(encoded(pieces, reuse).bytes.equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
    }),
    { numRuns: 60 },
  );
});

test("a text longer than a buffer goes in several sends, its surrogate pairs whole", () => {
  // 😀 is two UTF-16 units and four UTF-8 bytes; with or without one letter before them, a slice of a
  // buffer's worth of units (65,536 / 3 = 21,845) ends on the first half of a pair in one of the two texts.
  for (const text of ["😀".repeat(100_001), "a" + "😀".repeat(100_001)]) {
    const { bytes, sends } = encoded([text]);
    expect(bytes.equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(bytes.length).toBe(Buffer.byteLength(text.slice(0, text.length % 2)) + 4 * 100_001);
    expect(sends).toBeGreaterThan(1);
  }
});

test("a buffer still being written is not filled again", () => {
  const held: Uint8Array[] = [];
  // The sink keeps the very bytes it is given, as a pending asynchronous write does, and says so.
  const out = new Utf8Output((bytes) => {
    held.push(bytes);
    return false;
  });
  const text = "ө".repeat(60_000);
  out.write(text);
  out.flush();
  expect(Buffer.concat(held).toString("utf8")).toBe(text);
});

test("nothing written, nothing sent", () => {
  expect(encoded([]).sends).toBe(0);
  expect(encoded(["", ""]).sends).toBe(0);
});
