// The fake Excel keeps Office.js's rules, so that the ExcelPort tests mean something: nothing loaded is
// readable before a sync, a load sees the cell as it is at its place in the queue, the first failure
// rejects the sync and skips what follows, and values are entered like typed input.

/// <reference types="office-js" />

import { fakeExcel, FakeWorkbook } from "./fake-excel";

test("a loaded property is readable only after context.sync(), and a load sees the queue's order", async () => {
  const book = new FakeWorkbook();
  book.setRows("S", [["before"]]);
  const excel = fakeExcel(book);
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    const early = ws.getRange("A1").load("values");
    ws.getRange("A1").values = [["after"]];
    const late = ws.getRange("A1").load("values");
    expect(() => early.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(early.values).toEqual([["before"]]);
    expect(late.values).toEqual([["after"]]);
  });
  expect(excel.counters.syncs).toBe(1);
});

test("collections: items only after the sync; an unknown member fails loudly", async () => {
  const excel = fakeExcel(new FakeWorkbook());
  await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.add("One");
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["One"]);
    expect(() => (sheets.items[0] as unknown as { notAnApi: () => void }).notAnApi()).toThrow(/has no member notAnApi/);
  });
});

test("the first failure rejects the sync and what was queued after it does not happen", async () => {
  const book = new FakeWorkbook();
  book.setRows("S", [[1]]);
  const excel = fakeExcel(book);
  const outcome = excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("A1").values = [[2]];
    context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[3]];
    ws.getRange("A2").values = [[4]];
    await context.sync();
  });
  await expect(outcome).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(book.sheet("S")!.peek(1, 1)!.value).toBe(2);
  expect(book.sheet("S")!.peek(2, 1)).toBeUndefined();
});

test("values are entered like typed input: formulas, numbers, dates and booleans, unless quote-prefixed or in a text cell", async () => {
  const book = new FakeWorkbook();
  book.setRows("S", [[null]]);
  const excel = fakeExcel(book);
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("B1").numberFormat = [["@"]];
    ws.getRange("A1:F1").values = [["=1+1", "007", "'007", "2024-01-31", "TRUE", "-x"]];
    // Excel.run sends what is still queued.
  });
  const sheet = book.sheet("S")!;
  expect(sheet.peek(1, 1)).toMatchObject({ formula: "=1+1", value: null });
  expect(sheet.peek(1, 2)).toMatchObject({ value: "007" });
  expect(sheet.peek(1, 3)).toMatchObject({ value: "007", quotePrefix: true });
  expect(sheet.peek(1, 4)!.value).toBe(45322);
  expect(sheet.peek(1, 5)!.value).toBe(true);
  expect(sheet.peek(1, 6)).toMatchObject({ formula: "=-x" });
  expect(excel.counters.syncs).toBe(1);
});
