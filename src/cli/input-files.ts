// The CLI's inputs before anything is opened (bytes or why not, a JSON parsed, a workbook told by its
// signature) and the guard that no output is an input; light, so that a JSON run loads no workbook module.

import * as fs from "fs";
import * as path from "path";
import { EvaluationRefused, parseEvaluationText, type ParsedEvaluation } from "../core";
import { formatRefusal, t, type Lang, type MessageKey } from "../i18n";
import { MAX_XLSX_BYTES, looksLikeOle, looksLikeZip, tooLargeRefusal, type XlsxRefused } from "../workbook/xlsx-bytes";
import { CliUsageError } from "./args";
import { JsonTextRefused, jsonTextOf } from "./json-text";

/** Why a file could not be used, in the user's language: reported as one line, exit 2. */
export class FileRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "FileRefused";
  }
}

/** A reason on one line: JSON.parse quotes the file's text, newlines and control characters included. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ");
}

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb"]);

/**
 * The largest evaluation JSON read: JSON.parse and the core take about 5 MB of memory per MB of JSON
 * (bench: a 99 MB file of 200,000 indicators → 531 MB peak, ≈ 1.5 GB with --trace).
 */
export const MAX_EVALUATION_JSON_BYTES = 100 * 1024 * 1024;

/** The first bytes of a file, enough to tell a workbook (a zip or an OLE container) by its signature. */
function fileSignature(file: string): Buffer {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(8);
    return head.subarray(0, fs.readSync(fd, head, 0, head.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The bytes of an input file, or the reason it cannot be read: a folder, a missing or empty file, or a
 * file larger than what BAGALAU reads — a workbook's limit or an evaluation JSON's, each with its own
 * message — refused before its bytes are read.
 */
export function readInputBytes(file: string, lang: Lang): Buffer {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new FileRefused(t(lang, "cli.error.isDirectory"));
    // A pipe or /dev/stdin reports no size: only a regular file is judged by it before reading.
    if (stat.isFile() && stat.size === 0) throw new FileRefused(t(lang, "wb.refusal.empty"));
    if (stat.isFile() && stat.size > Math.min(MAX_XLSX_BYTES, MAX_EVALUATION_JSON_BYTES)) {
      const workbook = isWorkbookInput(fileSignature(file)) || namedLikeWorkbook(file);
      if (workbook && stat.size > MAX_XLSX_BYTES) throw new FileRefused(xlsxRefusalText(lang, tooLargeRefusal()));
      if (!workbook && stat.size > MAX_EVALUATION_JSON_BYTES)
        throw new FileRefused(t(lang, "cli.error.jsonTooLarge", { limit: MAX_EVALUATION_JSON_BYTES / (1024 * 1024) }));
    }
    return fs.readFileSync(file);
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new FileRefused(t(lang, "cli.error.noSuchFile"));
    if (code === "EISDIR") throw new FileRefused(t(lang, "cli.error.isDirectory"));
    throw new FileRefused(t(lang, "cli.error.unreadable", { detail: code ?? String(error) }));
  }
}

/** A workbook by its content: a zip (an .xlsx) or an OLE container (a password-protected workbook, an .xls). */
export function isWorkbookInput(bytes: Uint8Array): boolean {
  return looksLikeZip(bytes) || looksLikeOle(bytes);
}

/** A file named like a workbook (its extension), whatever its content. */
function namedLikeWorkbook(file: string): boolean {
  return WORKBOOK_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/**
 * An evaluation JSON, in UTF-8 or in UTF-16 with a byte-order mark (json-text.ts). A file named .xlsx
 * that is not even JSON (random bytes, a renamed PDF) is refused as not being a workbook, the more useful
 * reason for a file the user believes to be one.
 */
export function parseJsonInput(file: string, bytes: Buffer, lang: Lang): ParsedEvaluation {
  try {
    return parseEvaluationText(jsonTextOf(bytes));
  } catch (error) {
    const notJson = (error instanceof EvaluationRefused && error.reason === "notJson") || error instanceof JsonTextRefused;
    if (notJson && namedLikeWorkbook(file)) throw new FileRefused(t(lang, "wb.refusal.notXlsx"));
    if (error instanceof JsonTextRefused) throw new FileRefused(t(lang, `cli.error.${error.reason}`, { offset: error.offset ?? 0 }));
    if (error instanceof EvaluationRefused) throw new FileRefused(formatRefusal(lang, error));
    throw error;
  }
}

export function xlsxRefusalText(lang: Lang, refused: XlsxRefused): string {
  return t(lang, `wb.refusal.${refused.reason}` as MessageKey, refused.params);
}

/**
 * File arguments with wildcards expanded (`reports/*.xlsx`), for shells that pass them as typed (Windows'
 * cmd.exe); a pattern that matches nothing is kept, to be reported as a missing file.
 */
export function expandWildcards(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const base = path.basename(file);
    if (!/[*?]/.test(base) || fs.existsSync(file)) return [file];
    const folder = path.dirname(file);
    const pattern = new RegExp(
      `^${base
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`,
      process.platform === "win32" ? "i" : "",
    );
    let names: string[];
    try {
      names = fs
        .readdirSync(folder)
        .filter((name) => pattern.test(name))
        .sort();
    } catch {
      return [file];
    }
    return names.length === 0 ? [file] : names.map((name) => (folder === "." && !file.startsWith(".") ? name : path.join(folder, name)));
  });
}

/** The same file on disk (resolved, and through symbolic links where it exists). */
function sameFile(a: string, b: string): boolean {
  const real = (p: string) => {
    const resolved = path.resolve(p);
    try {
      return fs.realpathSync(resolved);
    } catch {
      try {
        return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
      } catch {
        return resolved;
      }
    }
  };
  return real(a) === real(b);
}

/** Refuses an output path that is one of the inputs: the CLI never writes over what it reads. */
export function guardOutput(output: string, inputs: readonly string[]): void {
  const input = inputs.find((file) => sameFile(file, output));
  if (input !== undefined) throw new CliUsageError("cli.error.outputIsInput", { file: output });
}

/** An output that could not be written: reported as «file: cannot be written: reason», exit 2. */
export class OutputRefused extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "OutputRefused";
  }
}
