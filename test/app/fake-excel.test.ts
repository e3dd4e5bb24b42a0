// The fake Excel keeps Office.js's rules, so that the ExcelPort tests mean something: nothing loaded is
// readable before a sync (PropertyNotLoaded), a load sees the cell as it is at its place in the queue, the
// first failure rejects the sync and skips what follows, values are entered like typed input, a proxy of an
// ended run is dead (InvalidObjectPath), a handler is removed only in its own context, and a request or a
// response over 5 MB is refused — each rule shown failing on code that breaks it.

/// <reference types="office-js" />

import { fakeExcel, FakeWorkbook, PAYLOAD_LIMIT_BYTES } from "./fake-excel";

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

// ---------------------------------------------------------------- the rules real Excel enforces

describe("PropertyNotLoaded: nothing is readable before load and sync", () => {
  test("a property, a collection's items and isNullObject throw Excel's PropertyNotLoaded until synced", async () => {
    const book = new FakeWorkbook();
    book.setRows("S", [[1]]);
    await fakeExcel(book).run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const sheets = context.workbook.worksheets.load("items/name");
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const used = context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
      expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[1]]);
      expect(sheets.items.map((ws) => ws.name)).toEqual(["S"]);
      expect(used.isNullObject).toBe(false);
      // Loaded, but not the property asked for.
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });
});

describe("InvalidObjectPath: a proxy is dead once its Excel.run has returned", () => {
  test("using it or its context afterwards throws; values loaded before the end stay readable, as in Office.js", async () => {
    const book = new FakeWorkbook();
    book.setRows("S", [["kept"]]);
    const excel = fakeExcel(book);
    const escaped = await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const range = ws.getRange("A1").load("values");
      await context.sync();
      return { context, ws, range };
    });
    expect(escaped.range.values).toEqual([["kept"]]);
    const dead = expect.objectContaining({ code: "InvalidObjectPath" });
    expect(() => escaped.ws.getRange("A2")).toThrow(dead);
    expect(() => {
      escaped.range.values = [["changed"]];
    }).toThrow(dead);
    expect(() => escaped.range.load("formulas")).toThrow(dead);
    expect(() => escaped.ws.notes).toThrow(dead);
    expect(() => escaped.context.workbook).toThrow(dead);
    expect(() => escaped.context.sync()).toThrow(dead);
    expect(book.sheet("S")!.peek(1, 1)!.value).toBe("kept");
  });

  test("a proxy of one run passed to another run's method fails: InvalidRequestContext", async () => {
    const book = new FakeWorkbook();
    book.setRows("S", [["Header"], ["x"]]);
    const excel = fakeExcel(book);
    const range = await excel.run(async (context) => context.workbook.worksheets.getItem("S").getRange("A1:A2"));
    await excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem("S").tables;
      expect(() => tables.add(range, true)).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
    });
    expect(book.sheet("S")!.tables).toEqual([]);
  });
});

describe("event handlers are removed only in the context they were added in", () => {
  const added = (excel: ReturnType<typeof fakeExcel>) =>
    excel.run(async (context) => {
      const registration = context.workbook.worksheets.onChanged.add(async () => undefined);
      await context.sync();
      return registration;
    });

  test("remove() in a new context fails (InvalidRequestContext) and the handler stays registered", async () => {
    const excel = fakeExcel();
    const registration = await added(excel);
    expect(excel.events.count("worksheets.onChanged")).toBe(1);
    await expect(
      excel.run(async (context) => {
        registration.remove();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidRequestContext" });
    expect(excel.events.count("worksheets.onChanged")).toBe(1);
    expect(excel.events.removals).toEqual([]);
  });

  test("remove() in Excel.run(registration.context, …) removes it there", async () => {
    const excel = fakeExcel();
    const registration = await added(excel);
    await excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    expect(excel.events.handlers).toEqual([]);
    expect(excel.events.removals).toEqual([
      { event: "worksheets.onChanged", context: registration.context, registeredIn: registration.context },
    ]);
  });
});

describe("payloads: Excel on the web refuses a request or a response over 5 MB", () => {
  /** A sheet of `rows` rows of ten 100-character texts: about 1 KB a row as JSON. */
  const wideRows = (rows: number) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => `${r}:${c}:`.padEnd(100, "x")));

  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded; nothing after the limit is written", async () => {
    const book = new FakeWorkbook();
    book.setRows("S", [[null]]);
    const excel = fakeExcel(book);
    const rows = wideRows(3_000);
    const outcome = excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:J3000").values = rows; // ≈ 3.1 MB
      ws.getRange("A3001:J6000").values = rows; // the request passes 5 MB here
      ws.getRange("L1").values = [["after"]];
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.syncLog[excel.syncLog.length - 1]).toMatchObject({ failed: "RequestPayloadSizeLimitExceeded" });
    expect(excel.syncLog[excel.syncLog.length - 1].request).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(book.sheet("S")!.peek(3001, 1)).toBeUndefined();
    expect(book.sheet("S")!.peek(1, 12)).toBeUndefined();
  }, 30_000);

  test("the same writes in two syncs pass, each request under 5 MB", async () => {
    const book = new FakeWorkbook();
    book.setRows("S", [[null]]);
    const excel = fakeExcel(book);
    const rows = wideRows(3_000);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:J3000").values = rows;
      await context.sync();
      ws.getRange("A3001:J6000").values = rows;
      await context.sync();
    });
    expect(excel.syncLog.every((record) => !record.failed && record.request <= PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(book.sheet("S")!.peek(6000, 10)!.value).toBe(rows[2_999][9]);
  }, 30_000);

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded and delivers nothing", async () => {
    const book = new FakeWorkbook();
    book.setRows("S", wideRows(6_000)); // ≈ 6.2 MB of values
    const excel = fakeExcel(book);
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true).load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      expect(() => used.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      // Half of it at a time is within the limit.
      const top = context.workbook.worksheets.getItem("S").getRange("A1:J3000").load("values");
      await context.sync();
      expect(top.values).toHaveLength(3_000);
    });
    const [refused, accepted] = excel.syncLog;
    expect(refused).toMatchObject({ failed: "ResponsePayloadSizeLimitExceeded" });
    expect(refused.response).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(accepted.failed).toBeUndefined();
    expect(accepted.response).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }, 30_000);
});
