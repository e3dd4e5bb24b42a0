// Data safety of the command line: `bagalau check -o` and `bagalau conclusion -o` never change their input
// (the same bytes, by SHA-256, and the same modification time) and write a copy whose sheets that are not
// BAGALAU's own are, cell for cell, the input's as ExcelJS reads them — a user's sheet named like the
// conclusion (without the marker) included.

import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { sheetName } from "../../src/workbook/templates/sheet-names";
import { ensureBuilt, MINISTRY, runCli } from "../cli/run-cli";
import { addUsersSheet, isBagalauSheet, sheetSnapshot, typeBeside, besideSnapshot, usersNames } from "./data-safety-xlsx";

jest.setTimeout(120_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bagalau-safety-"));
const input = path.join(dir, "evaluation.xlsx");
const USER_SHEETS = ["Budget", sheetName("conclusion", "central", "en"), "Zeta"];
const BESIDE_SHEET = sheetName("goals", "central", "en");

beforeAll(async () => {
  ensureBuilt();
  const filled = path.join(dir, "filled.xlsx");
  const fill = runCli("fill", MINISTRY, "-o", filled, "--lang", "en");
  expect(fill.status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filled);
  for (const name of USER_SHEETS) addUsersSheet(workbook, name);
  typeBeside(workbook.getWorksheet(BESIDE_SHEET)!);
  await workbook.xlsx.writeFile(input);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The sheets that are not BAGALAU's (no marker), whole, the cells typed beside a template, and the user's names. */
function usersContent(workbook: ExcelJS.Workbook): unknown {
  return {
    order: workbook.worksheets.filter((ws) => !isBagalauSheet(ws)).map((ws) => ws.name),
    sheets: workbook.worksheets.filter((ws) => !isBagalauSheet(ws)).map(sheetSnapshot),
    beside: besideSnapshot(workbook.getWorksheet(BESIDE_SHEET)!),
    names: usersNames(workbook),
  };
}

test.each([
  ["check", ["check", "INPUT", "-o", "OUT", "--lang", "en", "--today", "2018-03-01"]],
  ["conclusion", ["conclusion", "INPUT", "-o", "OUT", "--lang", "kk"]],
  ["conclusion in another language, over an earlier conclusion", ["conclusion", "INPUT", "-o", "OUT", "--lang", "ru"]],
])("%s: the input is byte-identical, the copy's user sheets are the input's cell for cell", async (label, args) => {
  let source = input;
  if (label.includes("earlier")) {
    // An earlier conclusion (in English) is in the file that is given.
    source = path.join(dir, "with-conclusion.xlsx");
    expect(runCli("conclusion", input, "-o", source, "--lang", "en").status).toBe(0);
  }
  const output = path.join(dir, `${label.replace(/\W+/g, "-")}.xlsx`);
  const hash = sha256(source);
  const mtime = fs.statSync(source).mtimeMs;
  const run = runCli(...args.map((arg) => (arg === "INPUT" ? source : arg === "OUT" ? output : arg)));
  expect([0, 1]).toContain(run.status);
  expect(sha256(source)).toBe(hash);
  expect(fs.statSync(source).mtimeMs).toBe(mtime);
  const [before, after] = await Promise.all([open(source), open(output)]);
  expect(usersContent(after)).toEqual(usersContent(before));
  expect(usersContent(before)).toMatchObject({ order: USER_SHEETS });
});

test("-o naming the input is refused, and the input is left as it was", () => {
  const hash = sha256(input);
  for (const command of ["check", "conclusion"]) {
    const run = runCli(command, input, "-o", input, "--lang", "en");
    expect(run.status).not.toBe(0);
    expect(sha256(input)).toBe(hash);
  }
});
