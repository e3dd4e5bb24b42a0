// A one-line progress bar on stderr for long batches, redrawn in place with a carriage return and
// cleared before any other line is written, so that refusals and the final output stay clean.

const WIDTH = 24;

export class ProgressBar {
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  /** Shows that `done` of the files are finished and `current` is the one being read. */
  update(done: number, current: string): void {
    if (!this.enabled) return;
    const filled = Math.round((done / this.total) * WIDTH);
    const name = current.length > 40 ? `…${current.slice(-39)}` : current;
    this.write(`\r\x1b[K[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${done}/${this.total} ${name}`);
    this.shown = true;
  }

  /** Erases the bar so that the next line starts clean. */
  clear(): void {
    if (!this.shown) return;
    this.write("\r\x1b[K");
    this.shown = false;
  }
}
