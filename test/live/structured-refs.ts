// Structured references (Table[Column], [@Column], Table[[#Totals],[Column]], Table[#All] …) resolved to the
// A1 ranges Excel reads for them, given the tables' current extent and the cell the formula is in.

import { columnLetters, formulaTokens } from "../../src/workbook/formula-references";
import type { ModelTable } from "./xlsx-model";

export interface FormulaCell {
  sheet: string;
  row: number;
  column: number;
}

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The parts of a structured reference's inside: the special items (#Headers, #This Row, …) and the columns. */
function partsOf(inner: string): { items: string[]; columns: string[] } {
  const unescape = (name: string) => name.replace(/'(.)/g, "$1");
  const text = inner.trim();
  if (!text.startsWith("[")) {
    if (text.startsWith("@"))
      return { items: ["#this row"], columns: text.length > 1 ? [unescape(text.slice(1).replace(/^\[|\]$/g, ""))] : [] };
    if (text.startsWith("#")) return { items: [text.toLowerCase()], columns: [] };
    return { items: [], columns: text === "" ? [] : [unescape(text)] };
  }
  const items: string[] = [];
  const columns: string[] = [];
  for (const m of text.matchAll(/\[((?:[^\]']|'.)*)\]/g)) {
    const part = unescape(m[1]);
    if (part.startsWith("#")) items.push(part.toLowerCase());
    else columns.push(part);
  }
  if (text.startsWith("@")) items.push("#this row");
  return { items, columns };
}

/** One structured reference as an A1 reference (sheet-qualified when the table is on another sheet). */
export function structuredToA1(table: ModelTable, inner: string, at: FormulaCell): string {
  const { items, columns } = partsOf(inner);
  const firstData = table.top + (table.headerRow ? 1 : 0);
  const lastData = table.bottom - (table.totalsRow ? 1 : 0);
  let top = firstData;
  let bottom = lastData;
  if (items.includes("#all")) [top, bottom] = [table.top, table.bottom];
  else if (items.includes("#headers") && items.includes("#data")) [top, bottom] = [table.top, lastData];
  else if (items.includes("#data") && items.includes("#totals")) [top, bottom] = [firstData, table.bottom];
  else if (items.includes("#headers")) [top, bottom] = [table.top, table.top];
  else if (items.includes("#totals")) [top, bottom] = [table.bottom, table.bottom];
  else if (items.includes("#this row")) [top, bottom] = [at.row, at.row];
  const indexOf = (name: string) => {
    const i = table.columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
    if (i < 0) throw new Error(`the table ${table.name} has no column "${name}"`);
    return table.left + i;
  };
  const left = columns.length === 0 ? table.left : indexOf(columns[0]);
  const right = columns.length === 0 ? table.right : indexOf(columns[columns.length - 1]);
  const prefix = table.sheet === at.sheet ? "" : `${quote(table.sheet)}!`;
  const a = `$${columnLetters(left)}$${top}`;
  const b = `$${columnLetters(right)}$${bottom}`;
  return `${prefix}${a === b ? a : `${a}:${b}`}`;
}

/** A formula with every structured reference resolved (an unqualified one against the table the cell is in). */
export function resolveStructuredRefs(formula: string, at: FormulaCell, tables: readonly ModelTable[]): string {
  return formulaTokens(formula)
    .map((token) => {
      if (token.kind !== "structured") return token.kind === "reference" ? token.text : token.text;
      const table = token.table
        ? tables.find((t) => t.name.toLowerCase() === token.table!.toLowerCase())
        : tables.find((t) => t.sheet === at.sheet && at.row >= t.top && at.row <= t.bottom && at.column >= t.left && at.column <= t.right);
      if (!table) throw new Error(`${token.text} in ${at.sheet}!${columnLetters(at.column)}${at.row} names no table`);
      return structuredToA1(table, token.inner, at);
    })
    .join("");
}
