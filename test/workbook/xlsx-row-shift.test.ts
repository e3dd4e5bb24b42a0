// Cells inserted into and deleted from the left columns of an ExcelJS sheet as Excel's Insert and Delete
// (shift cells down/up) do it: values, formats, notes, merges, tables, drop-downs, conditional formats,
// formulas on every sheet and workbook names move; what lies right of the columns stays; a merge or table
// reaching across the columns is refused.
import ExcelJS from "exceljs";
import {
  addDataValidation,
  conditionalFormats,
  dataValidationModel,
  definedNameEntries,
  mergedAreas,
  tableModels,
} from "../../src/workbook/exceljs-internals";
import { moveSheetRows } from "../../src/workbook/xlsx-row-shift";

function workbook(): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet; other: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("B6").font = { bold: true };
  ws.getCell("B6").note = "a note";
  ws.getCell("Z6").value = "right of the columns";
  ws.mergeCells("C8:E8");
  ws.addTable({
    name: "T",
    ref: "B4",
    headerRow: true,
    columns: [{ name: "One" }, { name: "Two" }, { name: "Three" }],
    rows: [
      ["a", 1, 2],
      ["b", 3, 4],
      ["c", 5, 6],
    ],
  });
  // Each cell of column B names itself (the table's own cells too, after ExcelJS wrote them).
  for (let row = 2; row <= 10; row++) ws.getCell(row, 2).value = `B${row}`;
  addDataValidation(ws, "C5:C7", { type: "list", allowBlank: true, formulae: ['"x,y"'] });
  ws.addConditionalFormatting({ ref: "D5:D7", rules: [{ type: "expression", priority: 1, formulae: ["D5>$B$9"] }] });
  const other = wb.addWorksheet("Other");
  other.getCell("A1").value = { formula: "S!B6+SUM(S!B5:B7)+S!Z6" };
  wb.definedNames.add("S!$B$9", "Nine");
  return { wb, ws, other };
}

test("inserting cells inside a table grows it; everything below in the columns moves, the rest stays", () => {
  const { wb, ws, other } = workbook();
  moveSheetRows(wb, ws, { at: 6, count: 2 }, 14);
  expect(ws.getCell("B8").value).toBe("B6");
  expect(ws.getCell("B8").font).toEqual({ bold: true });
  expect(ws.getCell("B8").note).toBe("a note");
  expect(ws.getCell("B6").value).toBeNull();
  expect(ws.getCell("B6").note).toBeUndefined();
  expect(ws.getCell("Z6").value).toBe("right of the columns");
  expect(mergedAreas(ws).map(({ top, left, bottom, right }) => [top, left, bottom, right])).toEqual([[10, 3, 10, 5]]);
  expect(tableModels(ws)[0].tableRef).toBe("B4:D9");
  expect(Object.keys(dataValidationModel(ws))).toEqual(["C5:C9"]);
  expect(conditionalFormats(ws)[0].ref).toBe("D5:D9");
  expect(conditionalFormats(ws)[0].rules[0].formulae).toEqual(["D5>$B$11"]);
  expect(other.getCell("A1").formula).toBe("S!B8+SUM(S!B5:B9)+S!Z6");
  expect(definedNameEntries(wb).find((entry) => entry.name === "Nine")?.ranges).toEqual(["S!$B$11"]);
});

test("deleting cells shrinks what spans them, drops what they held and makes references to them #REF!", () => {
  const { wb, ws, other } = workbook();
  moveSheetRows(wb, ws, { at: 5, count: -2 }, 14);
  expect(ws.getCell("B5").value).toBe("B7");
  expect(tableModels(ws)[0].tableRef).toBe("B4:D5");
  expect(Object.keys(dataValidationModel(ws))).toEqual(["C5"]);
  expect(mergedAreas(ws).map(({ top }) => top)).toEqual([6]);
  expect(other.getCell("A1").formula).toBe("S!#REF!+SUM(S!B5:B5)+S!Z6");
  expect(ws.getCell("Z6").value).toBe("right of the columns");
});

test("a merge reaching across the columns is refused before anything moves", () => {
  const { wb, ws } = workbook();
  expect(() => moveSheetRows(wb, ws, { at: 6, count: 1 }, 3)).toThrow(/C8:E8|B4:D7/);
  expect(ws.getCell("B6").value).toBe("B6");
});
