// Merged ranges written into an .xlsx: every range of a sheet's spec arrives merged in the file (the
// many-merge case a large conclusion has), and overlapping ranges — a layout mistake — are refused.
import ExcelJS from "exceljs";
import { SheetBuilder } from "../../src/workbook/sheet-builder";
import { addSheet } from "../../src/workbook/xlsx-sheets";

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const model = ws.model as unknown as { merges: string[] };
  return [...model.merges].sort();
}

test("3,000 two-cell merges (a findings table) are all written and read back merged", async () => {
  const builder = new SheetBuilder("conclusion", "Merges");
  const expected: string[] = [];
  for (let row = 1; row <= 3000; row++) {
    builder.value(row, 9, `finding ${row}`).merge(row, 9, 10); // I{row}:J{row}
    expected.push(`I${row}:J${row}`);
  }
  builder.value(3001, 2, "heading").merge(3001, 2, 6, 3002); // B3001:F3002, two rows
  expected.push("B3001:F3002");
  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, builder.spec);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await workbook.xlsx.writeBuffer());
  const ws = reread.getWorksheet("Merges")!;
  expect(mergesOf(ws)).toEqual([...expected].sort());
  expect(ws.getCell("J17").isMerged).toBe(true);
  expect(ws.getCell("J17").master.address).toBe("I17");
  expect(ws.getCell("E3002").master.address).toBe("B3001");
  expect(ws.getCell("K17").isMerged).toBe(false);
});

test("overlapping merges are refused, naming the range", () => {
  const builder = new SheetBuilder("conclusion", "Overlap");
  builder.merge(4, 2, 5).merge(4, 5, 7); // B4:E4 and E4:G4 share E4
  expect(() => addSheet(new ExcelJS.Workbook(), builder.spec)).toThrow("merge E4:G4 overlaps an earlier merge on sheet Overlap");
});
