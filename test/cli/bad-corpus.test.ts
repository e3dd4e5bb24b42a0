// The corpus of malformed inputs (test/fixtures/bad/, see its README): each refused by `bagalau score`,
// `check` and `conclusion -o` with exit 2 and one localized line naming the file and its own reason, and
// by the file mode's open path with the same reason; the memory limits hold under a 256 MB heap.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { t, type MessageKey } from "../../src/i18n";
import { openWorkbookFile } from "../../src/taskpane/file-mode/open-file";
import { openFailureText } from "../../src/taskpane/file-mode/open-failure";
import {
  MAX_XLSX_BYTES,
  MAX_XLSX_SHEET_BYTES,
  MAX_XLSX_UNPACKED_BYTES,
  XlsxRefused,
  type XlsxRefusalReason,
} from "../../src/workbook/xlsx-bytes";
import { readGrids } from "../../src/workbook/xlsx-sheets";
import { MAX_EVALUATION_JSON_BYTES } from "../../src/cli/input-files";
import { ensureBuilt, expectOneLine, messagePattern, refusalLine, root, runCli } from "./run-cli";

const LANGS = ["kk", "ru", "en"] as const;
const bad = (name: string) => `test/fixtures/bad/${name}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-bad-corpus-"));
const tmp = (name: string) => path.join(dir, name);

interface CorpusEntry {
  name: string;
  /** The reason `bagalau` gives, and the values its message names. */
  reason: MessageKey;
  params?: Record<string, string>;
  /** The reason the file mode gives (it opens workbooks only: a JSON file is "not an .xlsx"); null: no File can be a folder. */
  fileMode: XlsxRefusalReason | null;
}

const CORPUS: CorpusEntry[] = [
  { name: "empty.json", reason: "wb.refusal.empty", fileMode: "empty" },
  { name: "empty.xlsx", reason: "wb.refusal.empty", fileMode: "empty" },
  { name: "truncated.json", reason: "refusal.notJson", fileMode: "notXlsx" },
  { name: "truncated.xlsx", reason: "wb.refusal.corrupt", fileMode: "corrupt" },
  {
    name: "wrong-format.json",
    reason: "refusal.format",
    params: { actual: '"bagalau/evaluation@2"', expected: "bagalau/evaluation@1" },
    fileMode: "notXlsx",
  },
  { name: "wrong-kind.json", reason: "refusal.kind", params: { actual: '"regional"' }, fileMode: "notXlsx" },
  { name: "folder.xlsx", reason: "cli.error.isDirectory", fileMode: null },
  { name: "random.xlsx", reason: "wb.refusal.notXlsx", fileMode: "notXlsx" },
  { name: "password.xlsx", reason: "wb.refusal.encrypted", fileMode: "encrypted" },
  // 823,882 rows of 84 bytes = 69,206,088 bytes plus the sheet's opening and closing: just over 66 MB, told as 67 (rounded up).
  {
    name: "huge-sheet.xlsx",
    reason: "wb.refusal.hugeSheet",
    params: { part: "xl/worksheets/sheet1.xml", size: "67", limit: "64" },
    fileMode: "hugeSheet",
  },
  // 4 × 64 MB = 256 MB > 128 MB, as the directory declares.
  { name: "zip-bomb.xlsx", reason: "wb.refusal.unpackedTooLarge", params: { limit: "128" }, fileMode: "unpackedTooLarge" },
  // 8 × 64 MB declared as 1 KB each: the CLI inflates within the limit and tells the bomb; in the file mode
  // JSZip inflates the first entry (64 MB) and finds it larger than declared: a damaged workbook.
  { name: "zip-bomb-lying.xlsx", reason: "wb.refusal.unpackedTooLarge", params: { limit: "128" }, fileMode: "corrupt" },
];

/** `bagalau` run by a Node whose JavaScript heap is capped at 256 MB: a bound exceeded is a crash, not a refusal. */
function runCliIn256MB(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const out = spawnSync(process.execPath, ["--max-old-space-size=256", path.join(root, "bin/bagalau.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

beforeAll(ensureBuilt, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the limits are the documented ones: 100 MB a file, 128 MB unpacked, 64 MB a sheet, 100 MB an evaluation JSON", () => {
  expect([MAX_XLSX_BYTES, MAX_XLSX_UNPACKED_BYTES, MAX_XLSX_SHEET_BYTES, MAX_EVALUATION_JSON_BYTES].map((b) => b / 1024 / 1024)).toEqual([
    100, 128, 64, 100,
  ]);
});

test("the corpus is every file of the folder, and small (well under 2 MB)", () => {
  const files = fs
    .readdirSync(path.join(root, "test/fixtures/bad"))
    .filter((name) => !/^(README\.md|make-corpus\.js|make-password-xlsx\.py)$/.test(name));
  expect(files.sort()).toEqual(CORPUS.map((entry) => entry.name).sort());
  const total = files.reduce((sum, name) => sum + fs.statSync(path.join(root, "test/fixtures/bad", name)).size, 0);
  expect(total).toBeLessThan(1.5 * 1024 * 1024);
});

describe.each(CORPUS)("$name", ({ name, reason, params }) => {
  const file = bad(name);

  test.each(LANGS)("score: exit 2, nothing on stdout, one %s line naming the file and the reason", (lang) => {
    const run = runCli("score", file, "--lang", lang);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(refusalLine(lang, file, reason, params));
  });

  test("score --json: null, and the same line", () => {
    const run = runCli("score", file, "--json", "--lang", "en");
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toBeNull();
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(refusalLine("en", file, reason, params));
  });

  test.each(LANGS.flatMap((lang) => [["check", lang] as const, ["conclusion", lang] as const]))(
    "%s (%s): exit 2, one line, nothing written",
    (command, lang) => {
      const output = tmp(`${name}.${command}.${lang}.xlsx`);
      const run =
        command === "check"
          ? runCli("check", file, "-o", output, "--lang", lang)
          : runCli("conclusion", file, "-o", output, "--lang", lang);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expectOneLine(run.stderr);
      const reasonPattern = new RegExp(messagePattern(lang, reason, params));
      expect(run.stderr).toMatch(new RegExp(`^${messagePattern(lang, "cli.cannotUse", { file, reason: reasonPattern })}\\n$`));
      expect(fs.existsSync(output)).toBe(false);
    },
  );
});

describe("the file mode's open path gives the same reasons, in each language", () => {
  test.each(CORPUS.filter((entry) => entry.fileMode !== null))("$name", async ({ name, reason, params, fileMode }) => {
    const file = new File([fs.readFileSync(path.join(root, bad(name)))], name);
    const error = await openWorkbookFile(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(XlsxRefused);
    expect((error as XlsxRefused).reason).toBe(fileMode);
    // Where the CLI's reason is a workbook's, the file mode says it in the same words, with the same values.
    const key: MessageKey = `wb.refusal.${fileMode}` === reason ? reason : (`wb.refusal.${fileMode}` as MessageKey);
    const keyParams = key === reason ? params : undefined;
    for (const lang of LANGS) {
      const text = openFailureText(lang, name, error);
      expect(text).toMatch(
        new RegExp(`^${messagePattern(lang, "file.refused", { name, reason: new RegExp(messagePattern(lang, key, keyParams)) })}$`),
      );
      expect(text).not.toMatch(/\{\w+\}/); // every placeholder filled
    }
  });
});

describe("a file over the size limit, refused before it is read, with the message of its kind", () => {
  /** A sparse file of `size` bytes starting with `head`: it takes no disk space and is never read whole. */
  function sparseFile(name: string, head: Buffer, size: number): string {
    const file = tmp(name);
    fs.writeFileSync(file, head);
    fs.truncateSync(file, size);
    return file;
  }

  test.each(LANGS)("a workbook over 100 MB and an evaluation JSON over 100 MB (%s)", (lang) => {
    const workbook = sparseFile("big.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04]), MAX_XLSX_BYTES + 1);
    const json = sparseFile("big.json", Buffer.from('{"format": "bagalau/evaluation@1", "goals": ['), MAX_EVALUATION_JSON_BYTES + 1);
    const run = runCli("score", workbook, json, "--lang", lang);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0] + "\n").toMatch(refusalLine(lang, workbook, "wb.refusal.tooLarge", { limit: "100" }));
    expect(lines[1] + "\n").toMatch(refusalLine(lang, json, "cli.error.jsonTooLarge", { limit: "100" }));
  });

  test("the file mode refuses a workbook over 100 MB by its size, before reading it", async () => {
    let read = false;
    const huge = {
      name: "huge.xlsx",
      size: MAX_XLSX_BYTES + 1,
      arrayBuffer: async () => ((read = true), new ArrayBuffer(0)),
    } as unknown as File;
    const error = await openWorkbookFile(huge).catch((e: unknown) => e);
    expect((error as XlsxRefused).reason).toBe("tooLarge");
    expect(read).toBe(false);
    expect(openFailureText("en", "huge.xlsx", error)).toBe(
      t("en", "file.refused", { name: "huge.xlsx", reason: t("en", "wb.refusal.tooLarge", { limit: 100 }) }),
    );
  });
});

describe("memory stays bounded: under a 256 MB heap, a refusal, not an out-of-memory crash", () => {
  test.each(["zip-bomb.xlsx", "zip-bomb-lying.xlsx", "huge-sheet.xlsx"])("%s", (name) => {
    const run = runCliIn256MB("score", bad(name), "--lang", "en");
    const entry = CORPUS.find((e) => e.name === name)!;
    expect(run.status).toBe(2);
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(refusalLine("en", bad(name), entry.reason, entry.params));
  });

  test("a stray cell at XFD1048576 on every sheet of 17: the score of the example, and its grids unchanged", async () => {
    const example = path.join(root, "examples/ministry-of-health.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(example);
    const before = readGrids(workbook);
    for (let i = 1; i <= 12; i++) workbook.addWorksheet(`Stray ${i}`);
    for (const ws of workbook.worksheets) {
      ws.getCell("XFD1048576").value = "stray";
      ws.getCell("XFD1").value = "stray";
    }
    const stray = tmp("stray-cells.xlsx");
    await workbook.xlsx.writeFile(stray);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.readFile(stray);
    // Cells past column 256 are not read: the example's grids are as they were, to the last row; the
    // added sheets, holding nothing else, have no rows.
    const after = readGrids(reopened);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((grid) => grid.values)).toEqual(Array(12).fill([]));
    // Before the bound each sheet's grid was 1,048,576 rows and a row of 16,384 nulls: 17 of them
    // overflowed a 256 MB heap (measured: "JavaScript heap out of memory", exit 134).
    const run = runCliIn256MB("score", stray, "--json");
    const expected = runCli("score", example, "--json");
    expect(run.status).toBe(expected.status);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(expected.stdout));
    expect(JSON.parse(run.stdout).A).toBeCloseTo(64.128507, 5); // the ministry's hand-computed A
  }, 60_000);
});
