// What the CLI touches outside its arguments: stdout, stderr (and whether it is a terminal), and the
// real date, read here and only here, so that tests can pass their own and the core never sees a clock.

export interface CliIO {
  stdout: (text: string) => void;
  /**
   * Bytes of UTF-8 text to stdout, when the output is already encoded (without it they go to `stdout` as
   * text). True when they are written through, so that the caller may fill the same buffer again.
   */
  stdoutBytes?: (bytes: Uint8Array) => boolean;
  stderr: (text: string) => void;
  /** stderr is a terminal: only then is a progress bar drawn. */
  stderrIsTTY?: boolean;
  /** Today's date (YYYY-MM-DD) where the user is, for `check` without --today. */
  today?: () => string;
}

export const EXIT_OK = 0;
/** `check` found at least one error. */
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

/** The local calendar date of a moment, as YYYY-MM-DD. */
export function localIsoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  // A synchronous stdout (a file; a pipe or terminal on Linux) has nothing pending once write returns.
  stdoutBytes: (bytes) => {
    process.stdout.write(bytes);
    return process.stdout.writableLength === 0;
  },
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
  today: () => localIsoDate(new Date()),
};

/** A closed pipe (`bagalau bodies | head`) ends the command quietly instead of with a stack trace. */
export function quietOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
