// The per-row achievement column of the goals sheet: one BAGALAU.ROWS cell per indicator or result table, spilling
// over the table's rows beside it with the core's h or p cached, coloured by how far each row is achieved.

import { LANGS } from "../../src/i18n";
import { ROW_ACHIEVEMENT_COLUMN } from "../../src/workbook/layout";
import type { SheetSpec } from "../../src/workbook/sheet-spec";
import { filledSheets, templateSheets } from "../../src/workbook/workbook-services";
import { evaluationWithRows } from "../app/excel-harness";

const goalsSheet = (sheets: SheetSpec[]) => sheets.find((s) => s.role === "goals")!;

function rowsCells(spec: SheetSpec) {
  return spec.rows.flatMap((cells, r) =>
    cells.flatMap((cell, c) => (cell?.formula?.startsWith("BAGALAU.ROWS(") ? [{ row: r + 1, column: c + 1, cell }] : [])),
  );
}

test.each(LANGS)("one ROWS cell per table, however many rows the tables have (%s)", (lang) => {
  for (const rows of [3, 300]) {
    const { evaluation, result } = evaluationWithRows(rows);
    const spec = goalsSheet(filledSheets(evaluation, result, lang));
    const cells = rowsCells(spec);
    expect(cells).toHaveLength(spec.tables.length);
    expect(cells.every(({ column }) => column === ROW_ACHIEVEMENT_COLUMN)).toBe(true);
    // Each sits beside its table's header row and spills over its data rows, no further.
    for (const table of spec.tables) {
      const headerRow = Number(/\d+$/.exec(table.topLeft)![0]);
      const at = cells.find((c) => c.row === headerRow)!;
      expect(at.cell.spill?.rows).toBe(table.rowCount + 1);
      expect(at.cell.spill?.results).toHaveLength(table.rowCount);
    }
  }
});

test("the cached values are the core's h and p, a reason for a row not counted; the colours cover the data rows", () => {
  const { evaluation, result } = evaluationWithRows(3);
  const spec = goalsSheet(filledSheets(evaluation, result, "en"));
  const [indicators, results] = rowsCells(spec);
  // evaluationWithRows: base 50, plan 100, facts 90, 91, none → h = 0.8, 0.82, not counted.
  expect(indicators.cell.result).toBe("h");
  expect(indicators.cell.spill?.results?.[0]).toBeCloseTo(0.8, 12);
  expect(indicators.cell.spill?.results?.[1]).toBeCloseTo(0.82, 12);
  expect(indicators.cell.spill?.results?.[2]).toBe("not counted: no fact (§24)");
  expect(results.cell.result).toBe("p");
  expect(results.cell.spill?.results).toEqual([1, 0.5]);
  expect(spec.conditionalFormats?.map((f) => f.range)).toEqual(
    spec.tables.map((t) => {
      const header = Number(/\d+$/.exec(t.topLeft)![0]);
      return `M${header + 1}:M${header + t.rowCount}`;
    }),
  );
  expect(spec.conditionalFormats?.[0].rules.map((r) => r.fill)).toEqual(["C6EFCE", "FFEB9C", "FFC7CE", "E7E6E6"]);
});

test("a blank template writes the formula and its spill range, no cached values", () => {
  const spec = goalsSheet(templateSheets("central", "kk"));
  const cells = rowsCells(spec);
  expect(cells).toHaveLength(spec.tables.length);
  for (const { cell } of cells) {
    expect(cell.result).toBeNull();
    expect(cell.spill?.results).toBeNull();
  }
});
