// A written .xlsx read as the recalculation harness needs it: each sheet's cells (a value, or a formula as
// stored, with shared formulas expanded), its tables (name, range, columns, header and totals rows) and the defined names.

import { elementsNamed, NS, openXlsxPackage, type XlsxPackage } from "../ooxml/xlsx-package";
import { shiftFormula } from "../../src/workbook/formula-references";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export type ModelValue = number | string | boolean | null | { error: string };

export interface ModelCell {
  value: ModelValue;
  /** The formula as stored in the file (no leading "="), when the cell has one. */
  formula?: string;
  /** A cell a dynamic array spills into (not its anchor): its value is the array's cached value there. */
  spilled?: boolean;
}

export interface ModelTable {
  name: string;
  sheet: string;
  /** 1-based rows and columns of the whole table (header and totals rows included). */
  top: number;
  left: number;
  bottom: number;
  right: number;
  columns: string[];
  headerRow: boolean;
  totalsRow: boolean;
}

export interface ModelSheet {
  name: string;
  /** Keyed by `row,column` (1-based). */
  cells: Map<string, ModelCell>;
}

export interface WorkbookModel {
  sheets: ModelSheet[];
  tables: ModelTable[];
  /** Workbook-level defined names: name → formula (e.g. 'Score'!$C$12). */
  names: Map<string, string>;
}

export const cellKey = (row: number, column: number) => `${row},${column}`;

function columnNumber(letters: string): number {
  return letters
    .toUpperCase()
    .split("")
    .reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "B4" or "B4:M9" as 1-based corners. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a range: ${ref}`);
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left };
}

function cellValue(c: Element, sharedStrings: string[]): ModelValue {
  const type = c.getAttribute("t");
  if (type === "inlineStr")
    return elementsNamed(c, NS.sml, "t")
      .map((t) => t.textContent ?? "")
      .join("");
  const v = elementsNamed(c, NS.sml, "v")[0]?.textContent;
  if (v === undefined || v === null) return null;
  if (type === "s") return sharedStrings[Number(v)] ?? "";
  if (type === "str") return v;
  if (type === "b") return v === "1";
  if (type === "e") return { error: v };
  return Number(v);
}

function readSheet(pkg: XlsxPackage, part: string, name: string, sharedStrings: string[]): ModelSheet {
  const cells = new Map<string, ModelCell>();
  const masters = new Map<string, { formula: string; row: number; column: number }>();
  const spills: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const c of elementsNamed(pkg.xml(part), NS.sml, "c")) {
    const { top: row, left: column } = parseRange(c.getAttribute("r") ?? "");
    const cell: ModelCell = { value: cellValue(c, sharedStrings) };
    const f = elementsNamed(c, NS.sml, "f")[0];
    if (f) {
      const text = f.textContent ?? "";
      const shared = f.getAttribute("t") === "shared" ? f.getAttribute("si") : null;
      if (shared !== null && text !== "") masters.set(shared, { formula: text, row, column });
      if (f.getAttribute("t") === "array") spills.push(parseRange(f.getAttribute("ref") ?? `${c.getAttribute("r")}`));
      if (text !== "") cell.formula = text;
      else if (shared !== null) {
        const master = masters.get(shared);
        if (master) cell.formula = shiftFormula(master.formula, row - master.row, column - master.column);
      }
    }
    cells.set(cellKey(row, column), cell);
  }
  // The cells an array formula spills into, but its anchor, hold its cached values (stored or not).
  for (const { top, left, bottom, right } of spills)
    for (let row = top; row <= bottom; row++)
      for (let column = left; column <= right; column++) {
        if (row === top && column === left) continue;
        const key = cellKey(row, column);
        cells.set(key, { value: cells.get(key)?.value ?? null, spilled: true });
      }
  return { name, cells };
}

export async function readWorkbookModel(bytes: Uint8Array): Promise<WorkbookModel> {
  const pkg = await openXlsxPackage(bytes);
  const workbookPart = pkg.relationshipsOf("").find((r) => r.type === `${REL}/officeDocument`)?.targetPart as string;
  const wbRels = pkg.relationshipsOf(workbookPart);
  const sstPart = wbRels.find((r) => r.type === `${REL}/sharedStrings`)?.targetPart;
  const sharedStrings = sstPart
    ? elementsNamed(pkg.xml(sstPart), NS.sml, "si").map((si) =>
        elementsNamed(si, NS.sml, "t")
          .map((t) => t.textContent ?? "")
          .join(""),
      )
    : [];
  const workbook = pkg.xml(workbookPart);
  const sheets: ModelSheet[] = [];
  const tables: ModelTable[] = [];
  for (const s of elementsNamed(workbook, NS.sml, "sheet")) {
    const name = s.getAttribute("name") ?? "";
    const part = wbRels.find((r) => r.id === s.getAttributeNS(REL, "id"))?.targetPart as string;
    sheets.push(readSheet(pkg, part, name, sharedStrings));
    for (const rel of pkg.relationshipsOf(part).filter((r) => r.type === `${REL}/table`)) {
      const table = pkg.xml(rel.targetPart as string).documentElement;
      const range = parseRange(table.getAttribute("ref") ?? "");
      tables.push({
        name: table.getAttribute("displayName") ?? table.getAttribute("name") ?? "",
        sheet: name,
        ...range,
        columns: elementsNamed(table, NS.sml, "tableColumn").map((c) => c.getAttribute("name") ?? ""),
        headerRow: table.getAttribute("headerRowCount") !== "0",
        totalsRow: Number(table.getAttribute("totalsRowCount") ?? "0") > 0,
      });
    }
  }
  const names = new Map<string, string>();
  for (const dn of elementsNamed(workbook, NS.sml, "definedName")) {
    if (dn.getAttribute("localSheetId") === null) names.set(dn.getAttribute("name") ?? "", dn.textContent ?? "");
  }
  return { sheets, tables, names };
}
