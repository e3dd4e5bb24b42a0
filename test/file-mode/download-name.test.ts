// The name a workbook changed in file mode downloads under: never the opened file's own name.

import fc from "fast-check";
import { downloadName } from "../../src/taskpane/file-mode/download-name";

test("the opened file's name with -bagalau, always .xlsx", () => {
  expect(downloadName("ministry-of-health.xlsx")).toBe("ministry-of-health-bagalau.xlsx");
  expect(downloadName("Отчёт 2023.XLSX")).toBe("Отчёт 2023-bagalau.xlsx");
  // A macro workbook's copy is written by ExcelJS without its macros: a plain workbook.
  expect(downloadName("plan.xlsm")).toBe("plan-bagalau.xlsx");
  expect(downloadName("no-extension")).toBe("no-extension-bagalau.xlsx");
});

test("a file downloaded before is counted up, not given a second suffix", () => {
  expect(downloadName("plan-bagalau.xlsx")).toBe("plan-bagalau-2.xlsx");
  expect(downloadName("plan-bagalau-2.xlsx")).toBe("plan-bagalau-3.xlsx");
  expect(downloadName("plan-BAGALAU-9.xlsx")).toBe("plan-BAGALAU-10.xlsx");
});

test("a new workbook (no file opened) downloads as bagalau.xlsx; a bare extension as bagalau-bagalau.xlsx", () => {
  expect(downloadName(undefined)).toBe("bagalau.xlsx");
  expect(downloadName(".xlsx")).toBe("bagalau-bagalau.xlsx");
});

test("for any opened name, the download's name differs from it and ends in .xlsx", () => {
  const names = fc.oneof(
    fc.string({ minLength: 1 }),
    fc
      .tuple(fc.string(), fc.constantFrom(".xlsx", ".XLSX", ".xlsm", "-bagalau.xlsx", "-bagalau-7.xlsx", ""))
      .map(([base, end]) => base + end),
  );
  fc.assert(
    fc.property(names, (name) => {
      const saved = downloadName(name);
      expect(saved).not.toBe(name);
      expect(saved.endsWith(".xlsx")).toBe(true);
    }),
  );
});
