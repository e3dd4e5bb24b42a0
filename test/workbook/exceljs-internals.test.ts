// The ExcelJS internals src/workbook/exceljs-internals.ts relies on, checked on a real ExcelJS workbook:
// each private field or undeclared structure exists with the expected shape, and the pinned version is the installed one.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  addDataValidation,
  definedNameEntries,
  mergeDisjointRanges,
  mergedAreas,
  removeNote,
  setDefinedNameEntries,
  setWritingOrder,
  tableNames,
} from "../../src/workbook/exceljs-internals";

const root = path.resolve(__dirname, "../..");
const packageJson = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const packageLock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string; dependencies?: Record<string, string> }>;
};

/** The worksheet as the internals module sees it (the fields it relies on, untyped here on purpose). */
function internalsOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  return ws as unknown as Record<string, unknown>;
}

async function reread(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

describe("the ExcelJS version", () => {
  test("package.json pins ExcelJS to the exact installed version, and the lock file agrees", () => {
    const installed = (JSON.parse(fs.readFileSync(require.resolve("exceljs/package.json"), "utf8")) as { version: string }).version;
    expect(packageJson.dependencies.exceljs).toBe(installed);
    expect(packageLock.packages[""].dependencies?.exceljs).toBe(installed);
    expect(packageLock.packages["node_modules/exceljs"].version).toBe(installed);
  });
});

describe("Worksheet._merges: master address → a Range whose model is its rectangle", () => {
  test("the field is a plain object, filled by mergeCells and read by isMerged", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    const merges = internalsOf(ws)._merges as Record<string, { model: Record<string, number> }>;
    expect(merges).toEqual({});
    ws.mergeCells("B2:D3");
    expect(Object.keys(merges)).toEqual(["B2"]);
    expect(merges.B2.model).toMatchObject({ top: 2, left: 2, bottom: 3, right: 4 });
    expect(mergedAreas(ws)).toEqual([{ master: "B2", top: 2, left: 2, bottom: 3, right: 4 }]);
  });

  test("mergeCells looks the field up at each call: merging with it emptied, then putting it back, keeps every merge", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    ws.mergeCells("A1:B1");
    mergeDisjointRanges(ws, ["B4:C4", "E4:E6"]);
    expect(
      mergedAreas(ws)
        .map((area) => area.master)
        .sort(),
    ).toEqual(["A1", "B4", "E4"]);
    expect(ws.getCell("C4").isMerged).toBe(true);
    expect(ws.getCell("C4").master.address).toBe("B4");
    const copy = (await reread(workbook)).getWorksheet("S")!;
    expect(
      mergedAreas(copy)
        .map((area) => area.master)
        .sort(),
    ).toEqual(["A1", "B4", "E4"]);
    expect(copy.getCell("E6").master.address).toBe("E4");
  });
});

describe("Worksheet.dataValidations: an undeclared DataValidations with add(range, rule)", () => {
  test("add is a function, and the rule is written over the whole range", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    const validations = internalsOf(ws).dataValidations as { add: unknown; model: Record<string, unknown> };
    expect(typeof validations.add).toBe("function");
    addDataValidation(ws, "C5:C7", { type: "list", allowBlank: true, formulae: ['"a,b"'] });
    expect(Object.keys(validations.model).length).toBeGreaterThan(0);
    const copy = (await reread(workbook)).getWorksheet("S")!;
    for (const address of ["C5", "C6", "C7"])
      expect(copy.getCell(address).dataValidation).toMatchObject({ type: "list", formulae: ['"a,b"'] });
    expect(copy.getCell("C8").dataValidation).toBeUndefined();
  });
});

describe("Worksheet.tables and Worksheet.orderNo", () => {
  test("tables is a record by table name", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    expect(internalsOf(ws).tables).toEqual({});
    ws.addTable({ name: "T1", ref: "B2", headerRow: true, columns: [{ name: "x" }], rows: [[1]] });
    expect(tableNames(ws)).toEqual(["T1"]);
  });

  test("orderNo is a number, and the sheets are written in its order", async () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet("First");
    const second = workbook.addWorksheet("Second");
    expect(typeof internalsOf(first).orderNo).toBe("number");
    setWritingOrder(first, 2);
    setWritingOrder(second, 1);
    expect((await reread(workbook)).worksheets.map((ws) => ws.name)).toEqual(["Second", "First"]);
  });
});

describe("Workbook.definedNames.model: a readable and assignable list of { name, ranges }", () => {
  test("reads the names added, and assigning it replaces them", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Score sheet");
    workbook.definedNames.add("'Score sheet'!$B$4", "BAGALAU_A");
    workbook.definedNames.add("'Score sheet'!$C$5", "UserRate");
    expect(definedNameEntries(workbook)).toEqual(
      expect.arrayContaining([
        { name: "BAGALAU_A", ranges: ["'Score sheet'!$B$4"] },
        { name: "UserRate", ranges: ["'Score sheet'!$C$5"] },
      ]),
    );
    setDefinedNameEntries(
      workbook,
      definedNameEntries(workbook).filter((entry) => entry.name !== "BAGALAU_A"),
    );
    expect(definedNameEntries(workbook)).toEqual([{ name: "UserRate", ranges: ["'Score sheet'!$C$5"] }]);
    expect(definedNameEntries(await reread(workbook))).toEqual([{ name: "UserRate", ranges: ["'Score sheet'!$C$5"] }]);
  });
});

describe("Cell._comment: the private note of a cell", () => {
  test("a note is kept in _comment; clearing the field removes the note from the cell and the file", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("S");
    const cell = ws.getCell("B2");
    expect((cell as unknown as Record<string, unknown>)._comment).toBeUndefined();
    cell.note = "checked";
    expect((cell as unknown as Record<string, unknown>)._comment).toBeDefined();
    ws.getCell("C3").note = "kept";
    removeNote(cell);
    expect(cell.note).toBeUndefined();
    // ExcelJS does not read notes back: the written comments part is looked at instead.
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const parts = Object.keys(zip.files).filter((name) => /^xl\/comments\d*\.xml$/.test(name));
    const comments = (await Promise.all(parts.map((name) => zip.file(name)!.async("string")))).join("");
    expect(comments).toContain("kept");
    expect(comments).not.toContain("checked");
  });
});
