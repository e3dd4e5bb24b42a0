// The validity checks can fail: a valid written workbook, broken in one way at a time as a careless writer
// would, is rejected each time with a message naming the part and the element that broke.

import JSZip from "jszip";
import { createBagalauApp } from "../../src/app/bagalau-app";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import { filledSheets } from "../../src/workbook/workbook-services";
import { TODAY } from "../app/data-safety-actions";
import { evaluationWithRows } from "../app/excel-harness";
import { crossPartProblems } from "./cross-part-rules";
import { OOXML_SCHEMAS, schemaProblems, schemasPresent, type PackageProblem } from "./schema-validation";
import { openXlsxPackage } from "./xlsx-package";

jest.setTimeout(120_000);

/** A filled central workbook after Check: tables, merges, drop-downs, highlighted cells with notes (comments + VML). */
async function validWorkbook(): Promise<Uint8Array> {
  const port = XlsxWorkbookPort.empty();
  const { evaluation, result } = evaluationWithRows(6);
  await port.writeSheets(filledSheets(evaluation, result, "en"), []);
  await createBagalauApp(port).check("en", TODAY);
  return port.toBytes();
}

const GOALS = "xl/worksheets/sheet3.xml";

interface Breakage {
  name: string;
  /** Changes the parts of the zip. */
  apply(zip: JSZip, text: (part: string) => Promise<string>): Promise<void>;
  part: string;
  element: string;
}

async function replaceIn(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  const xml = await zip.file(part)!.async("string");
  const edited = edit(xml);
  if (edited === xml) throw new Error(`the breakage changed nothing in ${part}`);
  zip.file(part, edited);
}

const BREAKAGES: Breakage[] = [
  {
    name: "wrong element order: <legacyDrawing> after <tableParts> (what ExcelJS 4.4 writes)",
    part: GOALS,
    element: "legacyDrawing",
    apply: (zip) =>
      replaceIn(zip, GOALS, (xml) => {
        const legacy = /<legacyDrawing [^>]*\/>/.exec(xml)![0];
        return xml.replace(legacy, "").replace("</worksheet>", `${legacy}</worksheet>`);
      }),
  },
  {
    name: "an unknown attribute",
    part: GOALS,
    element: "sheetView",
    apply: (zip) => replaceIn(zip, GOALS, (xml) => xml.replace("<sheetView ", '<sheetView bagalauZoom="2" ')),
  },
  {
    name: "a header cell differing from its table column's name",
    part: "xl/tables/table2.xml",
    element: "tableColumn",
    apply: (zip) => replaceIn(zip, "xl/tables/table2.xml", (xml) => xml.replace(/(<tableColumn [^>]*name=")[^"]*"/, '$1Renamed column"')),
  },
  {
    name: "a table name used twice",
    part: "xl/tables/table3.xml",
    element: "table",
    apply: async (zip) => {
      const first = /displayName="([^"]+)"/.exec(await zip.file("xl/tables/table2.xml")!.async("string"))![1];
      await replaceIn(zip, "xl/tables/table3.xml", (xml) =>
        xml.replace(/ name="[^"]+" displayName="[^"]+"/, ` name="${first}" displayName="${first}"`),
      );
    },
  },
  {
    name: "a merge overlapping another",
    part: GOALS,
    element: "mergeCell",
    apply: (zip) =>
      replaceIn(zip, GOALS, (xml) =>
        xml.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="C1:D2"/>`),
      ),
  },
  {
    name: "a dangling r:id",
    part: GOALS,
    element: "tablePart",
    apply: (zip) => replaceIn(zip, GOALS, (xml) => xml.replace(/<tablePart r:id="[^"]+"\/>/, '<tablePart r:id="rId999"/>')),
  },
  {
    name: "two validations on one cell (what ExcelJS writes when it merges validations)",
    part: GOALS,
    element: "dataValidation",
    apply: (zip) =>
      replaceIn(zip, GOALS, (xml) => {
        const dv = /<dataValidation [^>]*sqref="([A-Z]+\d+)[^"]*"[^>]*>.*?<\/dataValidation>/.exec(xml)!;
        const copy = dv[0].replace(/sqref="[^"]*"/, `sqref="${dv[1]}"`);
        return xml
          .replace(dv[0], dv[0] + copy)
          .replace(/<dataValidations count="(\d+)"/, (_, n) => `<dataValidations count="${Number(n) + 1}"`);
      }),
  },
  {
    name: "a relationship to a part that is not there",
    part: "xl/_rels/workbook.xml.rels",
    element: "Relationship",
    apply: (zip) => replaceIn(zip, "xl/_rels/workbook.xml.rels", (xml) => xml.replace('Target="styles.xml"', 'Target="styles2.xml"')),
  },
  {
    name: "a table part whose content type is lost (only the Default for .xml, application/xml, left)",
    part: "xl/worksheets/_rels/sheet3.xml.rels",
    element: "Relationship",
    apply: (zip) =>
      replaceIn(zip, "[Content_Types].xml", (xml) => xml.replace(/<Override PartName="\/xl\/tables\/table2.xml"[^>]*\/>/, "")),
  },
  {
    name: "a cell marked a dynamic array (cm) that holds no array formula",
    part: GOALS,
    element: "c",
    apply: (zip) => replaceIn(zip, GOALS, (xml) => xml.replace(/<c r="B5"/, '<c r="B5" cm="1"')),
  },
  {
    name: "a cell's cm naming a cell-metadata block the metadata part does not have",
    part: GOALS,
    element: "c",
    apply: (zip) => replaceIn(zip, GOALS, (xml) => xml.replace(/ cm="1"/, ' cm="2"')),
  },
  {
    name: "a sheet name too long and with a forbidden character",
    part: "xl/workbook.xml",
    element: "sheet",
    apply: (zip) =>
      replaceIn(zip, "xl/workbook.xml", (xml) =>
        xml.replace(/(<sheet [^>]*name=")[^"]+"/, '$1A name that is far too long for Excel: it has [brackets]"'),
      ),
  },
  {
    name: "a formula naming a sheet the workbook does not have",
    part: "xl/worksheets/sheet1.xml",
    element: "f",
    apply: (zip) => replaceIn(zip, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/<f>([^<]*)<\/f>/, "<f>'No such sheet'!A1+$1</f>")),
  },
  {
    name: "a structured reference to a column the table does not have",
    part: "xl/worksheets/sheet1.xml",
    element: "f",
    apply: (zip) =>
      replaceIn(zip, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/(<f>[^<]*BG_QUALITY\[)\[[^<]*?\]\]/, "$1No such column]")),
  },
  {
    name: "an unbalanced formula",
    part: GOALS,
    element: "f",
    apply: (zip) => replaceIn(zip, GOALS, (xml) => xml.replace(/<f>([^<]*)<\/f>/, "<f>($1</f>")),
  },
  {
    name: "a cell style index past the styles",
    part: GOALS,
    element: "c",
    apply: (zip) => replaceIn(zip, GOALS, (xml) => xml.replace(/<c r="B5" s="\d+"/, '<c r="B5" s="9999"')),
  },
  {
    name: "a shared string index past the strings",
    part: GOALS,
    element: "c",
    apply: (zip) => replaceIn(zip, GOALS, (xml) => xml.replace(/(<c r="B1"[^>]* t="s"><v>)\d+</, "$199999<")),
  },
  {
    name: "a validation list formula over 255 characters",
    part: GOALS,
    element: "dataValidation",
    apply: (zip) =>
      replaceIn(zip, GOALS, (xml) =>
        xml.replace(
          /<formula1>&quot;([^<]*)&quot;<\/formula1>/,
          (_, list) => `<formula1>&quot;${list},${"x".repeat(260)}&quot;</formula1>`,
        ),
      ),
  },
  {
    name: "a defined name that looks like a cell reference",
    part: "xl/workbook.xml",
    element: "definedName",
    apply: (zip) => replaceIn(zip, "xl/workbook.xml", (xml) => xml.replace(/<definedName name="[^"]+"/, '<definedName name="AB12"')),
  },
];

function named(problems: PackageProblem[], part: string, element: string): PackageProblem[] {
  return problems.filter((p) => p.part === part && p.element === element);
}

let valid: Uint8Array;
/** Each breakage's problems: the variants are validated in one schema run (compiling a schema takes seconds). */
const problemsOf = new Map<string, PackageProblem[]>();

beforeAll(async () => {
  valid = await validWorkbook();
  if (!schemasPresent()) return;
  const variants = await Promise.all(
    BREAKAGES.map(async (breakage) => {
      const zip = await JSZip.loadAsync(valid);
      await breakage.apply(zip, (part) => zip.file(part)!.async("string"));
      return { label: breakage.name, pkg: await openXlsxPackage(await zip.generateAsync({ type: "uint8array" })) };
    }),
  );
  for (const { label, pkg } of variants) problemsOf.set(label, crossPartProblems(pkg));
  for (const problem of await schemaProblems(variants)) {
    const label = BREAKAGES.find((b) => problem.part.startsWith(`${b.name}: `))!.name;
    problemsOf.get(label)!.push({ ...problem, part: problem.part.slice(label.length + 2) });
  }
});

OOXML_SCHEMAS.test("the workbook the variants are made from is valid", async () => {
  const pkg = await openXlsxPackage(valid);
  expect(crossPartProblems(pkg)).toEqual([]);
  expect(await schemaProblems(pkg)).toEqual([]);
  // It holds what the variants break: notes (a legacy drawing), tables, merges and drop-downs on the goals sheet.
  for (const element of ["<legacyDrawing ", "<tablePart ", "<mergeCell ", "<dataValidation "])
    expect(pkg.parts.get(GOALS)).toContain(element);
});

for (const breakage of BREAKAGES) {
  OOXML_SCHEMAS.test(`rejected: ${breakage.name}`, () => {
    const problems = problemsOf.get(breakage.name) ?? [];
    expect(named(problems, breakage.part, breakage.element)).not.toEqual([]);
  });
}
