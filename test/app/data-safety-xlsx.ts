// The user's own content in an ExcelJS workbook for the data-safety tests of the file mode and the CLI: a
// sheet with values, real formulas, number formats, fills, fonts, borders, notes, merges, a drop-down and
// a workbook name, cells typed beside the templates' tables — and an exact snapshot of all of it.

import ExcelJS from "exceljs";
import { definedNameEntries } from "../../src/workbook/exceljs-internals";
import { MARKER_PREFIX } from "../../src/workbook/layout";

/** A user's own sheet with everything ExcelJS keeps of a sheet. */
export function addUsersSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }], properties: { tabColor: { argb: "FF7030A0" } } });
  ws.getCell("A1").value = "Item";
  ws.getCell("B1").value = "Amount";
  ws.getCell("C1").value = "Share";
  ws.getCell("D1").value = "Paid";
  ws.getCell("A2").value = "Rent";
  ws.getCell("B2").value = 1200;
  ws.getCell("B3").value = -5;
  ws.getCell("A3").value = "=not a formula, typed as text";
  ws.getCell("C2").value = { formula: "B2/SUM(B2:B3)", result: 1200 / 1195 };
  ws.getCell("C2").numFmt = "0.00%";
  ws.getCell("D2").value = new Date(Date.UTC(2024, 0, 31));
  ws.getCell("D2").numFmt = "dd.mm.yyyy";
  ws.getCell("E2").value = { text: "site", hyperlink: "https://example.kz/" };
  ws.getCell("E3").value = { richText: [{ text: "bold ", font: { bold: true } }, { text: "plain" }] };
  const title = ws.getCell("A1");
  title.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  title.font = { bold: true, italic: true, size: 14, color: { argb: "FFC00000" }, name: "Arial" };
  title.border = { bottom: { style: "double", color: { argb: "FF000000" } } };
  title.alignment = { horizontal: "center", wrapText: true };
  ws.getCell("B2").fill = { type: "pattern", pattern: "darkGray", fgColor: { argb: "FFFFFF00" }, bgColor: { argb: "FFFF0000" } };
  ws.getCell("B2").protection = { locked: false };
  ws.getCell("A2").note = "Paid monthly";
  ws.getCell("B3").note = { texts: [{ text: "rich ", font: { bold: true } }, { text: "note" }] };
  ws.getCell("A5").value = "Merged heading";
  ws.mergeCells("A5:D5");
  ws.getCell("F2").dataValidation = { type: "list", allowBlank: true, formulae: ['"yes,no"'] };
  ws.getColumn(1).width = 30;
  ws.getRow(1).height = 28;
  ws.getRow(7).hidden = true;
  workbook.definedNames.add(`'${name.replace(/'/g, "''")}'!$B$2`, `UserRate${workbook.worksheets.length}`);
  return ws;
}

/** Cells a user typed beside a template's tables (far right of the used columns), with a note and a fill of their own. */
const BESIDE = ["AD2", "AD3", "AE40"];

export function typeBeside(ws: ExcelJS.Worksheet): void {
  BESIDE.forEach((address, i) => {
    const cell = ws.getCell(address);
    cell.value = i === 1 ? 42 : `my remark ${i}`;
    cell.style = {
      ...cell.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } },
      numFmt: i === 1 ? "0.0" : "General",
    };
  });
  ws.getCell(BESIDE[0]).note = "the user's own note";
}

export function isBagalauSheet(ws: ExcelJS.Worksheet): boolean {
  for (let row = 1; row <= 3; row++) {
    const marker = ws.getCell(row, 1).value;
    if (typeof marker === "string" && marker.startsWith(`${MARKER_PREFIX}sheet:`)) return true;
  }
  return false;
}

function cellSnapshot(cell: ExcelJS.Cell): unknown {
  return JSON.parse(
    JSON.stringify({
      address: cell.address,
      type: cell.type,
      value: cell.value,
      formula: cell.formula ?? null,
      style: cell.style,
      note: cell.note ?? null,
      validation: cell.dataValidation ?? null,
    }),
  );
}

/** Everything a sheet holds as ExcelJS reads it, exactly. */
export function sheetSnapshot(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    cells.push({ row: row.number, height: row.height ?? null, hidden: row.hidden });
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cellSnapshot(cell)));
  });
  const columns = (ws.columns ?? []).map((column) => ({ width: column.width ?? null, hidden: column.hidden }));
  const model = ws.model as unknown as { merges?: string[] };
  return JSON.parse(
    JSON.stringify({
      name: ws.name,
      state: ws.state,
      views: ws.views,
      properties: ws.properties,
      merges: [...(model.merges ?? [])].sort(),
      columns,
      cells,
    }),
  );
}

/** The cells typed beside a template's tables, exactly. */
export function besideSnapshot(ws: ExcelJS.Worksheet): unknown {
  return BESIDE.map((address) => cellSnapshot(ws.getCell(address)));
}

/** The workbook names that are the user's (not BAGALAU's), sorted. */
export function usersNames(workbook: ExcelJS.Workbook): unknown {
  return definedNameEntries(workbook)
    .filter((entry) => entry.name.startsWith("UserRate"))
    .map((entry) => `${entry.name}=${entry.ranges.join(",")}`)
    .sort();
}
