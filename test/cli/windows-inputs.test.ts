// Inputs as Windows makes them: an evaluation JSON in UTF-16 with a byte-order mark (what Windows PowerShell 5
// writes with `Out-File` and `>`), little- and big-endian, read like its UTF-8 original; UTF-16 without a mark
// or broken refused with the file named (exit 2); and `fill` saying what of a JSON its kind has no sheet for.
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

describe("fill says what of the JSON its kind of body has no sheet for, and still succeeds", () => {
  /** An example with extra data written to a temporary file. */
  function withExtra(example: string, name: string, extra: Record<string, unknown>): string {
    const file = tmp(name);
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(path.join(root, example), "utf8")), ...extra }));
    return file;
  }

  const localWithRisks = () =>
    withExtra(ZHAMBYL, "zhambyl-with-risks.json", {
      risks: [
        { name: "Drought", r: 0.5 },
        { name: "Flood", r: 1 },
      ],
    });
  const centralWithPerformance = () =>
    withExtra(MINISTRY, "ministry-with-performance.json", {
      performance: [
        { key: "unemployment", previous: 5, current: 4.8 },
        { key: "selfEmployedShare", previous: 30, current: 31 },
        { key: "housingQueue", previous: 12000, current: 12500 },
      ],
    });

  test.each(LANGS)("risks of a local body: one warning line naming the file and the count, exit 0 (%s)", (lang) => {
    const file = localWithRisks();
    const output = tmp(`zhambyl-risks-${lang}.xlsx`);
    const run = runCli("fill", file, "-o", output, "--lang", lang);
    expect(run.status).toBe(0);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(new RegExp(`^${messagePattern(lang, "cli.warning.leftOut.risks", { file, count: "2" })}\\n$`));
    expect(fs.existsSync(output)).toBe(true);
    // The workbook scores as the JSON does: the risks were not scored for a local body either.
    expect(JSON.parse(runCli("score", output, "--json").stdout).A).toBeCloseTo(JSON.parse(runCli("score", file, "--json").stdout).A, 10);
  });

  test.each(LANGS)("App. 4 performance of a central body: one warning line with the count, exit 0 (%s)", (lang) => {
    const file = centralWithPerformance();
    const run = runCli("fill", file, "-o", tmp(`ministry-performance-${lang}.xlsx`), "--lang", lang);
    expect(run.status).toBe(0);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(new RegExp(`^${messagePattern(lang, "cli.warning.leftOut.performance", { file, count: "3" })}\\n$`));
  });

  test("nothing is said when nothing is left out; check and conclusion of the JSON say it too", () => {
    expect(runCli("fill", ZHAMBYL, "-o", tmp("zhambyl-plain.xlsx")).stderr).toBe("");
    const file = localWithRisks();
    const warning = new RegExp(messagePattern("en", "cli.warning.leftOut.risks", { file, count: "2" }));
    const check = runCli("check", file, "--today", "2013-03-01", "--lang", "en");
    expect(check.status).toBe(0);
    expect(check.stderr).toMatch(warning);
    const conclusion = runCli("conclusion", file, "-o", tmp("zhambyl-risks-conclusion.xlsx"), "--lang", "en");
    expect(conclusion.status).toBe(0);
    expect(conclusion.stderr).toMatch(warning);
  });
});
