// The fake Excel for the ExcelPort tests, one module per thing it fakes: the workbook (model), ranges,
// sheets, the workbook's collections, events, the request payload, the batch and Excel.run, Office.context.

export { columnLetters } from "../../../src/app/cell-blocks";
export type { FakeExcelCounters } from "./batch";
export { officeError } from "./errors";
export { EventRegistry, type Registration } from "./events";
export { FakeSheet, FakeWorkbook, parseRange, type FakeCell, type FakeChart, type FakeFill, type FakeTable } from "./model";
export { fakeOffice } from "./office";
export { PAYLOAD_LIMIT_BYTES, type SyncRecord } from "./payload";
export { fakeExcel, type FakeExcel } from "./run";
