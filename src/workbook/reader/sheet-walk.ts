// One pass over a sheet's grid: its role (by marker, else by what it holds), its key-value fields, its
// goal and task blocks, and its tables with their non-empty data rows — what the role readers work from.

import { isBlankCell } from "../cell-values";
import { FIELD_VALUE_COLUMN, type BlockKey, type SheetRole, type TableKey } from "../layout";
import type { CellValue, Grid } from "../sheet-spec";
import { classifyRow } from "./row-kinds";

interface TableRow {
  row: number;
  /** The table's column map, shared by all its rows. */
  columns: ReadonlyMap<string, number>;
  get(key: string): CellValue | undefined;
  column(key: string): number | undefined;
}

export interface WalkedTable {
  key: TableKey;
  headerRow: number;
  rows: TableRow[];
  block?: { key: BlockKey; row: number };
}

export interface SheetWalk {
  role?: SheetRole;
  fields: Map<string, { row: number; column: number }>;
  tables: WalkedTable[];
  blocks: { key: BlockKey; row: number }[];
}

/** The role a sheet without a marker has when its tables are all of one role. */
const ROLE_OF_TABLE: Record<TableKey, SheetRole> = {
  quality: "quality",
  indicators: "goals",
  results: "goals",
  risks: "risks",
  performance: "performance",
  missing: "penalties",
  unreliable: "penalties",
};

/** A data row of a table: its cells by the table's column keys (one small object per row, no closures). */
class WalkedRow implements TableRow {
  constructor(
    readonly row: number,
    readonly columns: ReadonlyMap<string, number>,
    private readonly values: CellValue[] | undefined,
  ) {}

  get(key: string): CellValue | undefined {
    const c = this.columns.get(key);
    return c === undefined ? undefined : this.values?.[c - 1];
  }

  column(key: string): number | undefined {
    return this.columns.get(key);
  }
}

function anyCellUsed(values: CellValue[] | undefined, columns: ReadonlyMap<string, number>): boolean {
  for (const c of columns.values()) if (!isBlankCell(values?.[c - 1])) return true;
  return false;
}

/** One pass over a sheet: its marker, fields, blocks and tables with their data rows. */
export function walkSheet(grid: Grid): SheetWalk {
  const result: SheetWalk = { fields: new Map(), tables: [], blocks: [] };
  let current: WalkedTable | undefined;
  let columns = new Map<string, number>();
  let lastBlock: { key: BlockKey; row: number } | undefined;
  grid.values.forEach((values, index) => {
    const row = index + 1;
    const kind = classifyRow(values ?? []);
    if (kind.type === "sheet") {
      result.role = kind.role;
      return;
    }
    if (kind.type === "table") {
      columns = kind.columns;
      current = { key: kind.key, headerRow: row, rows: [], block: lastBlock };
      result.tables.push(current);
      return;
    }
    if (kind.type === "block") {
      lastBlock = { key: kind.key, row };
      result.blocks.push(lastBlock);
      current = undefined;
      return;
    }
    if (kind.type === "field") {
      result.fields.set(kind.key, { row, column: FIELD_VALUE_COLUMN });
      current = undefined;
      return;
    }
    if (kind.type === "scores") {
      current = undefined;
      return;
    }
    if (!current) return;
    if (!anyCellUsed(values, columns)) return;
    current.rows.push(new WalkedRow(row, columns, values));
  });
  if (!result.role) {
    const roles = new Set(result.tables.map((t) => ROLE_OF_TABLE[t.key]));
    if (roles.size === 1) result.role = Array.from(roles)[0];
    else if (result.fields.has("name") || result.fields.has("kind")) result.role = "body";
    else if (result.fields.has("deadline")) result.role = "penalties";
  }
  return result;
}
