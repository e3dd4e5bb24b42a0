// The fake Excel's Range.insert(Down) and delete(Up) as Excel does them: cells, formats, notes, formulas of
// every sheet (#REF! for deleted cells), tables, merges, validations and names follow; a split table is refused.

/// <reference types="office-js" />

import { fakeExcel, FakeWorkbook } from "./fake-excel";

function book(): FakeWorkbook {
  const b = new FakeWorkbook();
  const s = b.setRows("S", [["head", "x"], [1, "keep"], [2], [3], [4], ["below"]]);
  s.cell(2, 1).fill = { color: "#FFFF00", pattern: "Solid", patternColor: null };
  s.cell(7, 1).formula = "=SUM(A2:A5)+A6";
  b.setRows("T", [[null]]).cell(1, 1).formula = "=S!A3+'S'!B2";
  s.tables.push({ name: "Tbl", rect: { top: 1, left: 1, bottom: 5, right: 1 } });
  s.merges.push({ top: 6, left: 1, bottom: 6, right: 1 + 0 }, { top: 8, left: 1, bottom: 9, right: 1 });
  s.validations.push({ rect: { top: 2, left: 1, bottom: 5, right: 1 }, rule: "list" });
  s.notes.set("A4", "note");
  b.names.set("n", { name: "N", sheet: "S", rect: { top: 4, left: 1, bottom: 4, right: 1 } });
  return b;
}

/** Inserts or deletes S!A3:A4 (what `shift` does to the range) in one Excel.run of the fake. */
async function shiftA3A4(b: ReturnType<typeof book>, shift: (range: Excel.Range) => void): Promise<void> {
  await fakeExcel(b).run(async (context) => {
    shift(context.workbook.worksheets.getItem("S").getRange("A3:A4"));
    await context.sync();
  });
}

test("insert shifts the column's cells down; formulas, tables, merges, notes, validations and names follow", async () => {
  const b = book();
  await shiftA3A4(b, (range) => range.insert("Down" as Excel.InsertShiftDirection));
  const s = b.sheet("S")!;
  expect([1, 2, 3, 4, 5, 6, 7, 8].map((row) => s.peek(row, 1)?.value ?? null)).toEqual(["head", 1, null, null, 2, 3, 4, "below"]);
  // Column B is not in the range: it stays.
  expect(s.peek(2, 2)?.value).toBe("keep");
  // The inserted cells take the row above's formats, not its value.
  expect(s.peek(3, 1)?.fill.color).toBe("#FFFF00");
  expect(s.peek(9, 1)?.formula).toBe("=SUM(A2:A7)+A8");
  expect(b.sheet("T")!.peek(1, 1)?.formula).toBe("=S!A5+'S'!B2");
  expect(s.tables[0].rect).toEqual({ top: 1, left: 1, bottom: 7, right: 1 });
  expect(s.merges).toContainEqual({ top: 10, left: 1, bottom: 11, right: 1 });
  expect(s.notes.get("A6")).toBe("note");
  expect(s.validations[0].rect).toEqual({ top: 2, left: 1, bottom: 7, right: 1 });
  expect(b.names.get("n")?.rect).toEqual({ top: 6, left: 1, bottom: 6, right: 1 });
});

test("delete shifts up: the deleted cells' references become #REF!, ranges shrink, notes inside go", async () => {
  const b = book();
  await shiftA3A4(b, (range) => range.delete("Up" as Excel.DeleteShiftDirection));
  const s = b.sheet("S")!;
  expect([1, 2, 3, 4].map((row) => s.peek(row, 1)?.value ?? null)).toEqual(["head", 1, 4, "below"]);
  expect(s.peek(5, 1)?.formula).toBe("=SUM(A2:A3)+A4");
  expect(b.sheet("T")!.peek(1, 1)?.formula).toMatch(/#REF!/);
  expect(s.tables[0].rect).toEqual({ top: 1, left: 1, bottom: 3, right: 1 });
  expect(s.notes.size).toBe(0);
  expect(b.names.has("n")).toBe(false);
});

test("a shift that would split a table is refused, and the batch fails", async () => {
  const b = new FakeWorkbook();
  const s = b.setRows("S", [
    ["a", "b"],
    [1, 2],
  ]);
  s.tables.push({ name: "Wide", rect: { top: 1, left: 1, bottom: 2, right: 2 } });
  await expect(
    fakeExcel(b).run(async (context) => {
      context.workbook.worksheets
        .getItem("S")
        .getRange("A2")
        .insert("Down" as Excel.InsertShiftDirection);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidOperation" });
  expect(s.peek(2, 1)?.value).toBe(1);
});
