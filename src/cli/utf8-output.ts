// Text to stdout encoded to UTF-8 as it is written, through one small buffer filled again and again: a big
// output (tens of megabytes of JSON or table) is never held whole — only --trace's trace is made as one string.

const CHUNK_BYTES = 1 << 16;
/** A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4). */
const MAX_BYTES_PER_UNIT = 3;
const SLICE_UNITS = Math.floor(CHUNK_BYTES / MAX_BYTES_PER_UNIT);

export class Utf8Output {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  /**
   * `send` gets each full buffer; true when it is done with the bytes, and the buffer is filled again.
   * Otherwise (a write still pending) a new one is taken. Reusing matters: every new buffer is memory the
   * engine counts, and tens of megabytes of them make it mark the whole heap (a quarter of a second).
   */
  constructor(private readonly send: (bytes: Uint8Array) => boolean) {}

  /** Appends text (bound, to be handed to writers as a function). */
  readonly write = (text: string): void => {
    if (this.used + text.length * MAX_BYTES_PER_UNIT <= CHUNK_BYTES) {
      this.used += this.chunk.write(text, this.used, "utf8");
      return;
    }
    this.flush();
    // Text longer than a buffer goes in slices, never cutting a surrogate pair in two.
    for (let start = 0; start < text.length;) {
      let end = Math.min(start + SLICE_UNITS, text.length);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      this.used += this.chunk.write(end - start === text.length ? text : text.slice(start, end), this.used, "utf8");
      start = end;
      if (start < text.length) this.flush();
    }
  };

  /** Sends what is buffered. */
  flush(): void {
    if (this.used === 0) return;
    if (!this.send(this.chunk.subarray(0, this.used))) this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
