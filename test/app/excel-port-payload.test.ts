// A workbook over Excel on the web's 5 MB response limit: one read of every used range in one sync is
// refused, as the port's old read was; the port reads it in chunks, each within the limit, the grids
// exactly as written, and remembers the sizes so that its next read is refused nothing.
// With BAGALAU_LARGE_READ_JSON=FILE it writes the measured figures to FILE (read by bench/syncs.js).

import { writeFileSync } from "fs";
import { cellAddress } from "../../src/app/cell-blocks";
import { PAYLOAD_BUDGET_BYTES } from "../../src/app/excel-payload";
import { harness } from "./excel-harness";
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES, fakeExcel } from "./fake-excel";

const ROWS = 10_000;
const COLUMNS = 10;

/** 10,000 rows of ten 100-character Kazakh texts (2 bytes a letter in UTF-8): ≈ 20 MB of values as JSON, and a small sheet beside it. */
function largeWorkbook(): { book: FakeWorkbook; text: (row: number, column: number) => string } {
  const text = (row: number, column: number) => `${cellAddress(row, column)} `.padEnd(104, "ж");
  const book = new FakeWorkbook();
  const rows = Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLUMNS }, (_, c) => text(r + 1, c + 1)));
  book.setRows("Data", rows);
  book.setRows(
    "Small",
    [
      ["a", 1],
      [null, 2],
    ],
    3,
    2,
  );
  return { book, text };
}

const mb = (bytes: number) => bytes / 1_000_000;

test("the old read — every used range in one sync — is refused with Excel's payload error", async () => {
  const { book } = largeWorkbook();
  const excel = fakeExcel(book);
  const oneSync = excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    for (const ws of sheets.items) ws.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
    await context.sync();
  });
  await expect(oneSync).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  expect(mb(excel.syncLog[1].response)).toBeGreaterThan(20);
}, 60_000);

test("a 20 MB workbook is read in chunks each within 5 MB, the grids exactly as written", async () => {
  const { book, text } = largeWorkbook();
  const h = harness({ book });
  const { value: grids, syncs, records } = await h.syncsOf(() => h.port.readGrids());
  // The next read knows the sizes: nothing refused, the chunks at once.
  const again = await h.syncsOf(() => h.port.readGrids());
  const accepted = records.filter((record) => !record.failed);
  const received = accepted.reduce((sum, record) => sum + record.response, 0);
  const out = process.env.BAGALAU_LARGE_READ_JSON;
  if (out)
    writeFileSync(
      out,
      JSON.stringify({
        valuesBytes: received,
        firstRead: { syncs, refused: records.filter((record) => record.failed).length, responses: records.map((r) => r.response) },
        nextRead: {
          syncs: again.syncs,
          refused: again.records.filter((record) => record.failed).length,
          responses: again.records.map((r) => r.response),
        },
      }),
    );

  const data = grids.find((grid) => grid.name === "Data")!;
  expect(data.values).toHaveLength(ROWS);
  expect(data.values[0][0]).toBe(text(1, 1));
  expect(data.values[ROWS - 1][COLUMNS - 1]).toBe(text(ROWS, COLUMNS));
  expect(data.values.every((row, r) => row.length === COLUMNS && row[4] === text(r + 1, 5))).toBe(true);
  expect(grids.find((grid) => grid.name === "Small")!.values).toEqual([[], [], [null, "a", 1], [null, null, 2]]);

  expect(mb(received)).toBeGreaterThan(20);
  for (const record of accepted) {
    expect(record.response).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(record.request).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  }
  // Refused: only the first attempt at one read (the port could not know the sizes before).
  expect(records.filter((record) => record.failed).map((record) => record.failed)).toEqual(["ResponsePayloadSizeLimitExceeded"]);
  // The sheets, the refused attempt, the sizes, then one sync per chunk: about one per 4 MB.
  const chunks = syncs - 3;
  expect(chunks).toBeGreaterThanOrEqual(Math.ceil(received / PAYLOAD_LIMIT_BYTES));
  expect(chunks).toBeLessThanOrEqual(Math.ceil(received / PAYLOAD_BUDGET_BYTES) + 2);
  expect(again.records.filter((record) => record.failed)).toEqual([]);
  expect(again.syncs).toBeLessThan(syncs);
  expect(again.value).toEqual(grids);
}, 60_000);

test("an ordinary workbook is still read in two syncs, and a workbook that shrank back goes back to two", async () => {
  const { book } = largeWorkbook();
  const h = harness({ book });
  await h.port.readGrids();
  book.sheets.splice(book.sheets.indexOf(book.sheet("Data")!), 1);
  const shrunk = await h.syncsOf(() => h.port.readGrids());
  // Told by the last read to size first: the sheets, the sizes, one chunk.
  expect(shrunk.syncs).toBe(3);
  const ordinary = await h.syncsOf(() => h.port.readGrids());
  expect(ordinary.syncs).toBe(2);
  expect(ordinary.value).toEqual(shrunk.value);
}, 60_000);
