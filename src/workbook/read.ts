// Kept for src/app/excel-port.ts only (changed on another branch at the moment): the cell reference now
// lives in cell-ref.ts and the reader in reader/; import from there, and delete this file once nothing uses it.

export type { CellRef } from "./cell-ref";
