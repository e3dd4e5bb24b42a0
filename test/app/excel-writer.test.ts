// The pieces the Office.js writer is made of: cells grouped into few rectangles (exactly the cells given),
// host addresses read back, literals as Office.js must receive them, the style table matching the .xlsx
// writer's, sheet names made free, and formulas pointed at renamed sheets.

import * as fc from "fast-check";
import ExcelJS from "exceljs";
import { joinAddresses, parseAreas, rectanglesOf, rectAddress, columnLetters, columnNumber } from "../../src/app/cell-blocks";
import { excelInput, excelSerial } from "../../src/app/excel-sheet-writer";
import { argbToHex, columnWidthPoints, EXCEL_STYLES, highlightColor } from "../../src/app/excel-styles";
import { describeFill, gridOf, parseFill, splitSheetAddress } from "../../src/app/excel-values";
import { renameSheetReferences, uniqueSheetName, sheetKey } from "../../src/app/sheet-placement";
import { emptySheet, type StyleName } from "../../src/workbook/sheet-spec";
import { addSheet } from "../../src/workbook/xlsx-sheets";

describe("cell blocks", () => {
  test("rectangles cover exactly the given cells, without overlapping", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 })), { maxLength: 60 }), (cells) => {
        const wanted = new Set(cells.map(([r, c]) => `${r},${c}`));
        const covered: string[] = [];
        for (const rect of rectanglesOf(cells))
          for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) covered.push(`${r},${c}`);
        expect(covered.length).toBe(new Set(covered).size);
        expect(new Set(covered)).toEqual(wanted);
      }),
    );
  });

  test("a table column of 10,000 rows is one block, a header row another", () => {
    const column = Array.from({ length: 10_000 }, (_, i) => [i + 5, 9] as const);
    const header = Array.from({ length: 11 }, (_, i) => [4, i + 2] as const);
    expect(rectanglesOf([...column, ...header]).map(rectAddress)).toEqual(["B4:L4", "I5:I10004"]);
  });

  test("host addresses: sheet names dropped, commas inside quoted names kept, ranges and single cells", () => {
    expect(parseAreas("'A, b'!B5:C6,'A, b'!E2").map(rectAddress)).toEqual(["B5:C6", "E2"]);
    expect(parseAreas("Sheet1!$A$1:$B$2, Sheet1!D4").map(rectAddress)).toEqual(["A1:B2", "D4"]);
    expect(splitSheetAddress("'It''s mine'!$B$5")).toEqual({ sheet: "It's mine", cell: "B5" });
    expect(splitSheetAddress("Data!C3:D4")).toEqual({ sheet: "Data", cell: "C3" });
    expect([1, 26, 27, 702, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA"].map(columnNumber)).toEqual([1, 26, 27, 702, 703]);
  });

  test("addresses are joined into chunks no longer than the limit", () => {
    const addresses = Array.from({ length: 50 }, (_, i) => `B${i + 1}:C${i + 1}`);
    const chunks = joinAddresses(addresses, 40);
    expect(chunks.every((chunk) => chunk.length <= 40)).toBe(true);
    expect(chunks.join(",").split(",")).toEqual(addresses);
  });
});

describe("literals for Office.js", () => {
  test("text gets Excel's apostrophe prefix, so that =, +, - and digits stay text; a text-formatted cell keeps it as it is", () => {
    expect(excelInput("=SUM(A1)", false)).toBe("'=SUM(A1)");
    expect(excelInput("007", false)).toBe("'007");
    expect(excelInput("Plain", false)).toBe("'Plain");
    expect(excelInput("=SUM(A1)", true)).toBe("=SUM(A1)");
    expect(excelInput("'quoted", true)).toBe("''quoted");
    expect(excelInput("", false)).toBe("");
    expect(excelInput(null, false)).toBeNull();
    expect(excelInput(2.5, false)).toBe(2.5);
    expect(excelInput(Number.NaN, false)).toBeNull();
    expect(excelInput(true, false)).toBe(true);
    expect(excelInput({ error: "#N/A" }, false)).toBe("#N/A");
  });

  test("a date is Excel's serial day: 2024-01-31 is day 45322 (45292 for 1 January 2024, plus 30)", () => {
    expect(excelSerial(new Date("2024-01-31T00:00:00Z"))).toBe(45322);
    expect(excelInput(new Date("2024-01-01T00:00:00Z"), false)).toBe(45292);
  });

  test("a used range away from A1 is padded; error texts are error values; empty strings are empty", () => {
    expect(gridOf("S", { values: [["#DIV/0!", "", 3]], rowIndex: 1, columnIndex: 2 }).values).toEqual([
      [],
      [null, null, { error: "#DIV/0!" }, null, 3],
    ]);
  });

  test("fills as stored: none, a solid colour, a pattern; without patterns white means none", () => {
    expect(describeFill({ color: "#FFFFFF", pattern: "None" }, true)).toBe("none");
    expect(parseFill(describeFill({ color: "#DCE6F1", pattern: "Solid", patternColor: "#000000" }, true))).toEqual({ color: "#DCE6F1" });
    expect(parseFill(describeFill({ color: "#00FF00", pattern: "Gray50", patternColor: "#FF0000" }, true))).toEqual({
      color: "#00FF00",
      pattern: "Gray50",
      patternColor: "#FF0000",
    });
    expect(describeFill({ color: "#FFFFFF" }, false)).toBe("none");
    expect(parseFill("none")).toBeNull();
    expect(parseFill("garbage")).toBeNull();
  });
});

describe("styles", () => {
  test("every style looks in Excel as the .xlsx writer makes it look", () => {
    const styles = Object.keys(EXCEL_STYLES) as StyleName[];
    const workbook = new ExcelJS.Workbook();
    const ws = addSheet(workbook, { ...emptySheet("styles", "Styles"), rows: styles.map((style) => [{ value: "x", style }]) });
    styles.forEach((style, i) => {
      const cell = ws.getCell(i + 1, 1);
      const look = EXCEL_STYLES[style];
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      expect([style, fill?.fgColor?.argb ? argbToHex(fill.fgColor.argb) : undefined]).toEqual([style, look.fill]);
      expect([style, cell.numFmt || undefined]).toEqual([style, look.numberFormat]);
      expect([
        style,
        cell.font?.bold,
        cell.font?.italic,
        cell.font?.size,
        cell.font?.color?.argb ? argbToHex(cell.font.color.argb) : undefined,
      ]).toEqual([style, look.font?.bold, look.font?.italic, look.font?.size, look.font?.color]);
      expect([style, cell.alignment?.wrapText, cell.alignment?.vertical, cell.alignment?.horizontal]).toEqual([
        style,
        look.wrapText,
        look.vertical?.toLowerCase().replace("center", "middle"),
        look.horizontal?.toLowerCase(),
      ]);
      expect([style, cell.protection?.locked === false]).toEqual([style, look.unlocked === true]);
      expect([style, cell.border?.top?.style === "thin"]).toEqual([style, look.border === true]);
    });
  });

  test("highlight colours are the CLI's, and widths convert characters to points (7 px a character, 5 px padding, ¾ pt a pixel)", () => {
    expect(highlightColor("error")).toBe("#FFC7CE");
    expect(highlightColor("warning")).toBe("#FFEB9C");
    expect(columnWidthPoints(10)).toBe(((10 * 7 + 5) * 3) / 4);
  });
});

describe("sheet placement", () => {
  test("a free name: as wanted, else numbered, case-insensitively, within Excel's 31 characters", () => {
    const taken = new Set(["score", "score (2)", sheetKey("Ж".repeat(31))]);
    expect(uniqueSheetName("Goals", taken)).toBe("Goals");
    expect(uniqueSheetName("Score", taken)).toBe("Score (3)");
    const long = uniqueSheetName("Ж".repeat(40), taken);
    expect(long).toBe(`${"Ж".repeat(27)} (2)`);
    expect(long.length).toBe(31);
  });

  test("formulas follow renamed sheets in one pass, and a name inside a longer one is left alone", () => {
    const spec = { ...emptySheet("x", "X"), rows: [[{ formula: "'Score A'!C4+Goals!B2+MyGoals!B2+'Goals'!B3" }]] };
    const [renamed] = renameSheetReferences(
      [spec],
      new Map([
        ["Score A", "Goals"],
        ["Goals", "Goals (2)"],
      ]),
    );
    expect(renamed.rows[0][0]?.formula).toBe("Goals!C4+'Goals (2)'!B2+MyGoals!B2+'Goals'!B3");
  });
});
