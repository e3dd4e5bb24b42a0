// What every host does the same way for a RowEdit (see WorkbookPort.editRows): the block's tables under
// names no table of the workbook has, so that a goal or task block added again never collides.

import type { SheetSpec } from "../workbook/sheet-spec";

/** The block with each table whose name is in `taken` (lower case) renamed NAME_2, NAME_3, …; `taken` gains the names. */
export function withFreeTableNames(block: SheetSpec, taken: Set<string>): SheetSpec {
  const tables = block.tables.map((table) => {
    let name = table.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${table.name}_${n}`;
    taken.add(name.toLowerCase());
    return name === table.name ? table : { ...table, name };
  });
  return { ...block, tables };
}
