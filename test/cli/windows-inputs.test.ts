// Inputs as Windows makes them: an evaluation JSON in UTF-16 with a byte-order mark (what Windows PowerShell 5
// writes with `Out-File` and `>`), little- and big-endian, read like its UTF-8 original; UTF-16 without a mark
// or broken refused with the file named (exit 2).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { JsonTextRefused, jsonTextOf } from "../../src/cli/json-text";
import { MAX_EVALUATION_JSON_BYTES } from "../../src/cli/input-files";
import { LANGS } from "../../src/i18n";
import { MINISTRY, ZHAMBYL, ensureBuilt, expectOneLine, messagePattern, refusalLine, root, runCli } from "./run-cli";

beforeAll(ensureBuilt, 60_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-windows-inputs-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const tmp = (name: string) => path.join(dir, name);

const BOM_LE = [0xff, 0xfe];
const BOM_BE = [0xfe, 0xff];

/** Text as UTF-16LE bytes, written out by hand (not by the decoder under test). */
function utf16le(text: string): Buffer {
  const bytes = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

function utf16be(text: string): Buffer {
  const bytes = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) >> 8;
    bytes[2 * i + 1] = text.charCodeAt(i) & 0xff;
  }
  return bytes;
}

/** The example as PowerShell 5 would write it: CRLF line ends, UTF-16 with a byte-order mark. */
function asPowerShellWrites(example: string, name: string, bigEndian = false): string {
  const text = fs.readFileSync(path.join(root, example), "utf8").replace(/\r?\n/g, "\r\n");
  const file = tmp(name);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(bigEndian ? BOM_BE : BOM_LE), bigEndian ? utf16be(text) : utf16le(text)]));
  return file;
}

describe("reading the bytes of a JSON file", () => {
  test("UTF-16LE and UTF-16BE with a byte-order mark, Kazakh letters and a character outside the BMP (a surrogate pair)", () => {
    const text = '{"name": "Денсаулық сақтау 𝔸"}';
    expect(jsonTextOf(Buffer.concat([Buffer.from(BOM_LE), utf16le(text)]))).toBe(text);
    expect(jsonTextOf(Buffer.concat([Buffer.from(BOM_BE), utf16be(text)]))).toBe(text);
  });

  test("UTF-8, with or without its byte-order mark, is read as before (the parser skips the mark)", () => {
    expect(jsonTextOf(Buffer.from('{"a": "ә"}', "utf8"))).toBe('{"a": "ә"}');
    expect(jsonTextOf(Buffer.from('\ufeff{"a": "ә"}', "utf8"))).toBe('\ufeff{"a": "ә"}');
  });

  test("UTF-16 without a byte-order mark is refused, little- or big-endian", () => {
    for (const bytes of [utf16le('{"a": 1}'), utf16be('{"a": 1}'), utf16le(' \r\n{"a": 1}')]) {
      expect(() => jsonTextOf(bytes)).toThrow(expect.objectContaining({ reason: "utf16WithoutBom" }));
    }
  });

  test("broken UTF-16 is refused with the byte of the first broken character", () => {
    const refusal = (bytes: Buffer) => {
      try {
        jsonTextOf(bytes);
      } catch (error) {
        return error instanceof JsonTextRefused ? [error.reason, error.offset] : error;
      }
      return "read";
    };
    // An odd number of bytes: the last one is half a character (3 + 2·8 = 19 bytes, the last at 18).
    expect(refusal(Buffer.concat([Buffer.from(BOM_LE), utf16le('{"a": 1}'), Buffer.from([0x7d])]))).toEqual(["utf16Invalid", 18]);
    // A low surrogate alone at character 2: byte 2 + 2·2 = 6.
    expect(refusal(Buffer.concat([Buffer.from(BOM_LE), utf16le('{"\udc00"}')]))).toEqual(["utf16Invalid", 6]);
    // A high surrogate followed by a quote, not by a low surrogate.
    expect(refusal(Buffer.concat([Buffer.from(BOM_BE), utf16be('{"\ud835"}')]))).toEqual(["utf16Invalid", 6]);
  });
});

describe("bagalau reads an evaluation JSON written by Windows PowerShell", () => {
  test.each([
    [MINISTRY, false],
    [MINISTRY, true],
    [ZHAMBYL, false],
  ])("score --json of %s in UTF-16 (big-endian: %p) prints what the UTF-8 file gives", (example, bigEndian) => {
    const file = asPowerShellWrites(example, `${path.basename(example, ".json")}-${bigEndian ? "be" : "le"}.json`, bigEndian);
    const original = runCli("score", example, "--json", "--lang", "en");
    const run = runCli("score", file, "--json", "--lang", "en");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(original.stdout));
  });

  test("fill and check take it too", () => {
    const file = asPowerShellWrites(MINISTRY, "ministry-for-fill.json");
    const output = tmp("ministry-from-utf16.xlsx");
    const fill = runCli("fill", file, "-o", output, "--lang", "en");
    expect(fill.status).toBe(0);
    expect(fill.stderr).toBe("");
    const scored = runCli("score", output, "--json", "--lang", "en");
    expect(JSON.parse(scored.stdout).A).toBeCloseTo(JSON.parse(runCli("score", MINISTRY, "--json").stdout).A, 10);
    const check = runCli("check", file, "--today", "2018-01-01", "--lang", "en");
    expect(check.status).toBe(0);
    expect(check.stderr).toBe("");
  });

  test.each(LANGS)("UTF-16 without a byte-order mark, and broken UTF-16, are refused naming the file, exit 2 (%s)", (lang) => {
    const text = fs.readFileSync(path.join(root, ZHAMBYL), "utf8");
    const noBom = tmp(`no-bom-${lang}.json`);
    fs.writeFileSync(noBom, utf16le(text));
    const run = runCli("score", noBom, "--lang", lang);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(refusalLine(lang, noBom, "cli.error.utf16WithoutBom"));

    const cut = tmp(`cut-${lang}.json`);
    const whole = Buffer.concat([Buffer.from(BOM_LE), utf16le(text)]);
    fs.writeFileSync(cut, whole.subarray(0, 1001));
    const fill = runCli("fill", cut, "-o", tmp(`cut-${lang}.xlsx`), "--lang", lang);
    expect(fill.status).toBe(2);
    expectOneLine(fill.stderr);
    expect(fill.stderr).toMatch(
      new RegExp(
        `^${messagePattern(lang, "cli.cannotUse", { file: cut, reason: new RegExp(messagePattern(lang, "cli.error.utf16Invalid", { offset: "1000" })) })}\\n$`,
      ),
    );
    expect(fs.existsSync(tmp(`cut-${lang}.xlsx`))).toBe(false);
  });

  test("the 100 MB limit is on the file's bytes, whatever its encoding: a UTF-16 file of 100 MB + 1 byte is refused unread", () => {
    const big = tmp("big-utf16.json");
    fs.writeFileSync(big, Buffer.concat([Buffer.from(BOM_LE), utf16le('{"format": "bagalau/evaluation@1", "goals": [')]));
    fs.truncateSync(big, MAX_EVALUATION_JSON_BYTES + 1);
    const run = runCli("score", big, "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(refusalLine("en", big, "cli.error.jsonTooLarge", { limit: "100" }));
  });
});
