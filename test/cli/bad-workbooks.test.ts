// Workbooks `bagalau` cannot use, made at test time: a zip that is no workbook, a workbook without BAGALAU
// sheets, a PDF named .xlsx — each refused with exit 2 and one stderr line naming the file and the reason,
// never a stack trace — and refusals in a batch. The committed corpus (empty, truncated, random bytes, a
// password, a huge sheet, zip bombs: test/fixtures/bad/) is bad-corpus.test.ts's.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { MessageKey } from "../../src/i18n";
import { MINISTRY, ensureBuilt, expectOneLine, messagePattern, refusalLine, runCli } from "./run-cli";

// The corpus maker's seeded bytes, so this "PDF" is the same on every run.
const { seededBytes } = require("../fixtures/bad/make-corpus.js") as { seededBytes: (length: number, seed: number) => Buffer };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-cli-bad-"));
const file = (name: string) => path.join(dir, name);

interface BadWorkbook {
  what: string;
  name: string;
  reason: MessageKey;
}

const BAD: BadWorkbook[] = [
  { what: "a zip archive that is not a workbook", name: "archive.xlsx", reason: "wb.refusal.zipNotXlsx" },
  { what: "a workbook without BAGALAU sheets", name: "budget.xlsx", reason: "wb.refusal.noBagalauSheets" },
  { what: "a PDF named .xlsx", name: "scan.xlsx", reason: "wb.refusal.notXlsx" },
];

beforeAll(async () => {
  ensureBuilt();
  const good = file("good.xlsx");
  expect(runCli("fill", MINISTRY, "-o", good).status).toBe(0);
  const zip = new JSZip();
  zip.file("readme.txt", "not a workbook");
  fs.writeFileSync(file("archive.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
  const plain = new ExcelJS.Workbook();
  plain.addWorksheet("Бюджет").addRow(["Бағдарлама", "Сома"]);
  await plain.xlsx.writeFile(file("budget.xlsx"));
  fs.writeFileSync(file("scan.xlsx"), Buffer.concat([Buffer.from("%PDF-1.4\n"), seededBytes(512, 7)]));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(BAD)("$what", ({ name, reason }) => {
  test.each(["kk", "ru", "en"] as const)("score: exit 2, one %s line naming the file and the reason", (lang) => {
    const run = runCli("score", file(name), "--lang", lang);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expectOneLine(run.stderr);
    expect(run.stderr).toMatch(refusalLine(lang, file(name), reason));
  });

  test.each([
    ["check", []],
    ["conclusion", ["-o", "OUT"]],
  ] as const)("%s: exit 2, one line, nothing written", (command, extra) => {
    const output = file(`${name}.${command}.out.xlsx`);
    const run = runCli(command, file(name), ...extra.map((a) => (a === "OUT" ? output : a)), "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expectOneLine(run.stderr);
    const reasonPattern = new RegExp(messagePattern("en", reason));
    expect(run.stderr).toMatch(new RegExp(`^${messagePattern("en", "cli.cannotUse", { file: file(name), reason: reasonPattern })}\\n$`));
    expect(fs.existsSync(output)).toBe(false);
  });
});

test("in a batch, the bad workbooks are reported one line each and the good ones scored", () => {
  const truncated = "test/fixtures/bad/truncated.xlsx";
  const run = runCli("score", "--json", file("good.xlsx"), truncated, file("budget.xlsx"), MINISTRY);
  expect(run.status).toBe(2);
  const results = JSON.parse(run.stdout);
  expect(results.map((r: unknown) => r === null)).toEqual([false, true, true, false]);
  expect(results[0]).toEqual(results[3]);
  const lines = run.stderr.split("\n");
  expect(lines).toHaveLength(3);
  expect(lines[0] + "\n").toMatch(refusalLine("kk", truncated, "wb.refusal.corrupt"));
  expect(lines[1] + "\n").toMatch(refusalLine("kk", file("budget.xlsx"), "wb.refusal.noBagalauSheets"));
});

test("fill refuses a workbook given as its JSON input", () => {
  const run = runCli("fill", file("good.xlsx"), "-o", file("refilled.xlsx"), "--lang", "en");
  expect(run.status).toBe(2);
  expectOneLine(run.stderr);
  expect(run.stderr).toMatch(new RegExp(messagePattern("en", "cli.error.fillNeedsJson")));
  expect(fs.existsSync(file("refilled.xlsx"))).toBe(false);
});

test("an output in a folder that does not exist: one line, exit 2", () => {
  const target = file("no/such/folder/out.xlsx");
  const run = runCli("fill", MINISTRY, "-o", target, "--lang", "en");
  expect(run.status).toBe(2);
  expectOneLine(run.stderr);
  expect(run.stderr).toMatch(
    new RegExp(
      `^${messagePattern("en", "cli.cannotWrite", { file: target, reason: new RegExp(messagePattern("en", "cli.error.noSuchFolder")) })}\\n$`,
    ),
  );
});
