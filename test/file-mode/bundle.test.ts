// The built add-in for file mode: ExcelJS only in the lazy chunk xlsx-workbook.js (the task pane's
// initial script stays under 400 KB gzipped and only names the chunk), mammoth only in plan-docx.js, and
// office.js's copy in office-js/.

import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { DIST, readDist } from "../functions/dist";

test("taskpane.js: no ExcelJS, ≤ 400 KB gzipped, loads xlsx-workbook.js on demand; the chunk holds ExcelJS", () => {
  const taskpane = readDist("taskpane.js");
  expect(zlib.gzipSync(taskpane, { level: 9 }).length).toBeLessThanOrEqual(400 * 1024);
  // (Booleans: a failure must not print a megabyte of script.)
  expect(/cellStyleXfs|exceljs/i.test(taskpane)).toBe(false);
  expect(taskpane.includes("xlsx-workbook")).toBe(true);
  // ExcelJS's styles part writer, and the XlsxWorkbookPort's very hidden state sheet.
  const chunk = readDist("xlsx-workbook.js");
  expect(chunk.includes("cellStyleXfs")).toBe(true);
  expect(chunk.includes("veryHidden")).toBe(true);
});

test("a plan's import: mammoth only in plan-docx.js, the recognizer only in plan-import.js, both loaded on demand", () => {
  const taskpane = readDist("taskpane.js");
  // mammoth's style-map part name, and a heading word of the recognizer (src/workbook/plan-import/plan-words.ts).
  expect(taskpane.includes("zwobble")).toBe(false);
  expect(taskpane.includes("budget\\s+programme")).toBe(false);
  expect(taskpane.includes("plan-docx") && taskpane.includes("plan-import")).toBe(true);
  expect(readDist("plan-docx.js").includes("zwobble")).toBe(true);
  expect(readDist("plan-import.js").includes("budget\\s+programme")).toBe(true);
});

test("office-js/: the package's office.js and what it loads beside itself, without debug builds or other hosts", () => {
  const packaged = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  for (const file of [
    "office.js",
    "o15apptofilemappingtable.js",
    "excel-win32-16.01.js",
    "excel-web-16.00.js",
    "excel-mac-16.00.js",
    "en-us/office_strings.js",
    "ru-ru/office_strings.js",
    "kk-kz/office_strings.js",
  ]) {
    expect(fs.readFileSync(path.join(DIST, "office-js", file)).equals(fs.readFileSync(path.join(packaged, file)))).toBe(true);
  }
  const copied = fs.readdirSync(path.join(DIST, "office-js"));
  expect(copied.filter((name) => /\.debug\.js$|^(word|outlook|powerpoint|onenote|visio|project|access)-/.test(name))).toEqual([]);
});
