// A published cell's text as one line: lines joined with a space, and a word hyphenated across a line
// break joined back ("ново-\nрож-\nденных" → "новорожденных") when the next line goes on in lower case.

/** A line ending with a hyphen right after a letter: the word goes on on the next line. */
const HYPHENATED = /\p{L}-$/u;
/** The next line goes on with a lower-case letter (a new sentence or a number starts otherwise). */
const GOES_ON = /^\p{Ll}/u;

/**
 * The text of a cell as one line: its lines trimmed and joined — a line ending with "-" after a letter
 * to a next line starting with a lower-case letter without the hyphen, any other line with a space —
 * and runs of spaces (no-break spaces too) made one.
 */
export function oneLineText(text: string): string {
  const lines = text
    .split(/\r\n|\r|\n|\u2028/)
    .map((line) => line.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim())
    .filter((line) => line !== "");
  let joined = "";
  for (const line of lines) {
    if (joined === "") joined = line;
    else if (HYPHENATED.test(joined) && GOES_ON.test(line)) joined = joined.slice(0, -1) + line;
    else joined += ` ${line}`;
  }
  return joined;
}

/** A text for comparing names: one line, lower case, without footnote stars, quotes and spaces around punctuation. */
export function comparableName(text: string): string {
  return oneLineText(text)
    .toLocaleLowerCase("ru")
    .replace(/ё/g, "е")
    .replace(/[*«»"“”„']/g, "")
    .replace(/\s*([,.;:()/])\s*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** A value's text as one line: a line ending with a hyphen or a slash goes on on the next ("31,0-\n38,0" → "31,0-38,0"). */
export function valueLine(text: string): string {
  const lines = text
    .split(/\r\n|\r|\n|\u2028/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  let joined = "";
  for (const line of lines) joined = joined === "" ? line : /[-–—/]$/.test(joined) ? joined + line : `${joined} ${line}`;
  return joined;
}
