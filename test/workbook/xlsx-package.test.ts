// The package writer's two fixes of what ExcelJS writes: worksheet children put in the schema's order, and
// data validations written once each over disjoint cells (hand-made cases and a property over random rules).

import fc from "fast-check";
import {
  joinRects,
  parseRect,
  rectText,
  subtractRect,
  writeValidationsOnce,
  type CellRect,
} from "../../src/workbook/xlsx-package/data-validations";
import { orderWorksheetChildren, WORKSHEET_CHILD_ORDER } from "../../src/workbook/xlsx-package/worksheet-order";
import { elementAt, rootChildren } from "../../src/workbook/xlsx-package/xml-text";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const sheet = (...children: string[]) => `${HEAD}${children.join("")}</worksheet>`;

describe("worksheet children in CT_Worksheet's order", () => {
  test("ExcelJS's order (legacyDrawing after tableParts and extLst) is put right; everything else is kept byte for byte", () => {
    const data = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>';
    const written = sheet(
      '<dimension ref="A1"/>',
      data,
      '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>',
      '<tableParts count="1"><tablePart r:id="rId3"/></tableParts>',
      '<extLst><ext uri="{x}"><x14:any/></ext></extLst>',
      '<legacyDrawing r:id="rId2"/>',
    );
    expect(orderWorksheetChildren(written)).toBe(
      sheet(
        '<dimension ref="A1"/>',
        data,
        '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>',
        '<legacyDrawing r:id="rId2"/>',
        '<tableParts count="1"><tablePart r:id="rId3"/></tableParts>',
        '<extLst><ext uri="{x}"><x14:any/></ext></extLst>',
      ),
    );
  });

  test("a part in order is returned as it is; repeated children (conditional formats) keep their order", () => {
    const ordered = sheet(
      "<sheetData/>",
      '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="2"/></conditionalFormatting>',
      '<conditionalFormatting sqref="A2"><cfRule type="expression" priority="1"/></conditionalFormatting>',
      '<drawing r:id="rId1"/>',
    );
    expect(orderWorksheetChildren(ordered)).toBe(ordered);
    const moved = sheet(
      '<drawing r:id="rId1"/>',
      "<sheetData/>",
      '<conditionalFormatting sqref="A1"><cfRule type="expression" priority="2"/></conditionalFormatting>',
      '<conditionalFormatting sqref="A2"><cfRule type="expression" priority="1"/></conditionalFormatting>',
    );
    expect(orderWorksheetChildren(moved)).toBe(ordered);
  });

  test("any permutation of the schema's children comes out in the schema's order, each child whole", () => {
    const children = WORKSHEET_CHILD_ORDER.map((name, i) =>
      i % 3 === 0 ? `<${name} n="${i}"/>` : `<${name} n="${i}"><${name}Item v="<x"/></${name}>`.replace("<x", "&lt;x"),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(children.map((c, i) => [i, c] as const)), (picked) => {
        const out = orderWorksheetChildren(sheet(...picked.map(([, c]) => c)));
        const expected = [...picked].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
        expect(out).toBe(sheet(...expected));
      }),
    );
  });

  test("nested elements of the same name are found whole", () => {
    const xml = '<a><b><a x="1"><a/></a></b></a><c/>';
    expect(elementAt(xml, 0)).toEqual({ name: "a", start: 0, end: xml.indexOf("<c/>") });
    expect(rootChildren(`<r>${xml}</r>`).children.map((c) => c.name)).toEqual(["a", "c"]);
  });
});

describe("data validations written once", () => {
  const rule = (sqref: string, list = "1,0.5,0") =>
    `<dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"${list}"</formula1></dataValidation>`;
  const validations = (...rules: string[]) => `<dataValidations count="${rules.length}">${rules.join("")}</dataValidations>`;

  test("ExcelJS's overlapping ranges of one rule (F5:G13 and F10:G13) become one range", () => {
    const written = sheet("<sheetData/>", validations(rule("F10:G13"), rule("F5:G13")), "<pageMargins/>");
    expect(writeValidationsOnce(written)).toBe(sheet("<sheetData/>", validations(rule("F5:G13")), "<pageMargins/>"));
  });

  test("two rules on one cell: the later keeps it (as ExcelJS reads such a file); the earlier keeps the rest", () => {
    const written = sheet(validations(rule("B2:B10", "a,b"), rule("B5", "c,d")));
    expect(writeValidationsOnce(written)).toBe(sheet(validations(rule("B2:B4 B6:B10", "a,b"), rule("B5", "c,d"))));
  });

  test("a rule left with no cell is dropped; a sheet without validations is untouched", () => {
    expect(writeValidationsOnce(sheet(validations(rule("C3", "a"), rule("C3", "b"))))).toBe(sheet(validations(rule("C3", "b"))));
    const none = sheet("<sheetData/>");
    expect(writeValidationsOnce(none)).toBe(none);
  });

  const rect = fc
    .record({
      top: fc.integer({ min: 1, max: 12 }),
      left: fc.integer({ min: 1, max: 6 }),
      h: fc.integer({ min: 0, max: 5 }),
      w: fc.integer({ min: 0, max: 3 }),
    })
    .map(({ top, left, h, w }): CellRect => ({ top, left, bottom: top + h, right: left + w }));

  const cellsOf = (r: CellRect) => {
    const cells: string[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let column = r.left; column <= r.right; column++) cells.push(`${row}:${column}`);
    return cells;
  };

  test("any claims: each cell ends under exactly the rule that claimed it last, and no two ranges overlap", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.array(rect, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 8 }),
        (claims) => {
          const lists = ["a", "b", "c"];
          const written = sheet(validations(...claims.map(([r, rects]) => rule(rects.map(rectText).join(" "), lists[r]))));
          const expected = new Map<string, string>();
          for (const [r, rects] of claims) for (const x of rects) for (const cell of cellsOf(x)) expected.set(cell, lists[r]);
          const out = writeValidationsOnce(written);
          const seen = new Map<string, string>();
          for (const m of out.matchAll(/<dataValidation [^>]*sqref="([^"]*)"><formula1>"(\w)"/g)) {
            for (const piece of m[1].split(" ")) {
              for (const cell of cellsOf(parseRect(piece)!)) {
                expect(seen.has(cell)).toBe(false);
                seen.set(cell, m[2]);
              }
            }
          }
          expect(seen).toEqual(expected);
          // Each rule appears once.
          const listsWritten = Array.from(out.matchAll(/<formula1>"(\w)"/g), (m) => m[1]);
          expect(new Set(listsWritten).size).toBe(listsWritten.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("subtracting and joining rectangles keep exactly the cells", () => {
    fc.assert(
      fc.property(rect, rect, (a, b) => {
        const pieces = subtractRect(a, b);
        const bCells = new Set(cellsOf(b));
        const expected = cellsOf(a)
          .filter((c) => !bCells.has(c))
          .sort();
        expect(pieces.flatMap(cellsOf).sort()).toEqual(expected);
        expect(joinRects(pieces).flatMap(cellsOf).sort()).toEqual(expected);
      }),
    );
  });
});
