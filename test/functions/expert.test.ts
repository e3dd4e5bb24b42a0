// BAGALAU.QUALITY and RISK (METHODOLOGY.md §3–4): expert coefficients 1, 0.5 or 0 in ranges as Excel
// passes them; spheres and their directions; blank rows; bad values; by hand.

import { qualityCoefficient, riskCoefficient } from "../../src/functions/expert";
import { column, errorValue, failureOf } from "./excel-values";

describe("BAGALAU.QUALITY", () => {
  test("every row a sphere: q = (1 + 0.5) / 2, (0.5 + 0.5) / 2, (0 + 1) / 2 → B = (0.75 + 0.5 + 0.5) / 3", () => {
    expect(qualityCoefficient(column(1, 0.5, 0), column(0.5, 0.5, 1), null, null, "en")).toBeCloseTo(1.75 / 3, 15);
  });

  test("numbers typed as text (“0,5”) are read; blank rows are skipped", () => {
    expect(qualityCoefficient(column(1, "0,5", null), column("0,5", "0.5", null), null, null, "ru")).toBeCloseTo((0.75 + 0.5) / 2, 15);
  });

  test("rows sharing a sphere code are its directions, averaged first", () => {
    // sphere 1: q = (1 + 1) / 2 = 1; sphere 2 (a heading row, then two directions): q = ((1 + 0.5) / 2 + (0 + 0.5) / 2) / 2 = 0.5;
    // sphere 3: q = (0.5 + 0.5) / 2 = 0.5 → B = (1 + 0.5 + 0.5) / 3
    const spheres = column("1", 2, "2", "2", "3");
    const q1 = column(1, null, 1, 0, 0.5);
    const q2 = column(1, null, 0.5, 0.5, 0.5);
    expect(qualityCoefficient(q1, q2, spheres, null, "en")).toBeCloseTo(2 / 3, 15);
  });

  test("qualityRule “product” (көбейтінді): q = q1 · q2 → (1 · 0.5 + 0.5 · 0.5 + 0 · 1) / 3 = 0.25", () => {
    expect(qualityCoefficient(column(1, 0.5, 0), column(0.5, 0.5, 1), null, "көбейтінді", "kk")).toBeCloseTo(0.75 / 3, 15);
    expect(qualityCoefficient(column(1, 0.5, 0), column(0.5, 0.5, 1), null, "product", "en")).toBeCloseTo(0.25, 15);
  });

  test("a value other than 1, 0.5 or 0 is #VALUE!", () => {
    const failure = failureOf(() => qualityCoefficient(column(1, 0.7), column(1, 1), null, null, "en"));
    expect(failure.kind).toBe("value");
    expect(failure.message).toBe("q1s, row 2: must be 1, 0.5 or 0, not “0.7”.");
    expect(failureOf(() => qualityCoefficient(column("жартылай"), column(1), null, null, "kk")).message).toBe(
      "q1, 1-жол: «жартылай» емес, 1, 0,5 немесе 0 болуы тиіс.",
    );
    expect(failureOf(() => qualityCoefficient(column(1), column(errorValue("#N/A")), null, null, "en")).message).toBe(
      "q2s, row 1: the cell holds the error #N/A. Correct that cell first.",
    );
  });

  test("a row with only one of q1 and q2 is #VALUE! (the missing one would count as 0)", () => {
    expect(failureOf(() => qualityCoefficient(column(1, 1), column(1, null), null, null, "en")).message).toBe(
      "q2s, row 2: not assessed. Enter 1, 0.5 or 0 (a missing assessment counts as 0).",
    );
  });

  test("with spheres, an assessed row needs a code, and every code needs an assessed row", () => {
    expect(failureOf(() => qualityCoefficient(column(1, 1), column(1, 1), column("1", null), null, "en")).message).toBe(
      "spheres, row 2: no sphere code. Enter the code of the sphere on every row of its directions.",
    );
    expect(failureOf(() => qualityCoefficient(column(1, null), column(1, null), column("1", "2"), null, "ru")).message).toBe(
      "Сфера 2: ни одна ее строка не оценена. Введите q1 и q2.",
    );
  });

  test("nothing assessed is #N/A", () => {
    const failure = failureOf(() => qualityCoefficient(column(null), column(null), null, null, "en"));
    expect(failure.kind).toBe("notAvailable");
    expect(failure.message).toBe("No sphere or direction is assessed (B = 0 by §21). Enter q1 and q2.");
  });

  test("q1s and q2s of different heights are #VALUE!", () => {
    expect(failureOf(() => qualityCoefficient(column(1, 1), column(1), null, null, "en")).message).toBe(
      "q2s and q1s differ in size: 1 and 2 cells. Select ranges of the same size.",
    );
  });
});

describe("BAGALAU.RISK", () => {
  test("C = (1 + 0.5 + 0) / 3 = 0.5; a blank row is skipped; “0,5” is read", () => {
    expect(riskCoefficient(column(1, "0,5", null, 0), "en")).toBe(0.5);
  });

  test("R = 2 is #VALUE!; no risk is #N/A", () => {
    expect(failureOf(() => riskCoefficient(column(1, 2), "en")).message).toBe("rs, row 2: must be 1, 0.5 or 0, not “2”.");
    const none = failureOf(() => riskCoefficient(column(null, " "), "en"));
    expect(none.kind).toBe("notAvailable");
    expect(none.message).toBe("No risk is listed (C = 0 by §22). Enter R for each risk of section 6.");
  });
});
