// The two achievement rules of METHODOLOGY.md §2 (ratio and improvement), every branch, by hand.

import { applyRule, clamp01, improvement, ratio } from "../../src/core";

describe("clamp01", () => {
  test.each([
    [-0.5, 0],
    [0, 0],
    [0.3, 0.3],
    [1, 1],
    [1.7, 1],
  ])("clamp01(%p) = %p", (x, expected) => {
    expect(clamp01(x)).toBe(expected);
  });
});

describe("ratio rule, higher is better", () => {
  test("P > 0: F / P (96 of 120 km = 0.8)", () => {
    const out = ratio(96, 120, "higher");
    expect(out.value).toBe(96 / 120);
    expect(out.rule).toBe("ratio");
  });

  test("P > 0 and F > P: 12 / 10 = 1.2 is clamped to 1", () => {
    expect(ratio(12, 10, "higher").value).toBe(1);
  });

  test("P > 0 and F < 0: −2 / 10 = −0.2 is clamped to 0", () => {
    expect(ratio(-2, 10, "higher").value).toBe(0);
  });

  test("P = 0 and F ≥ P: 1", () => {
    expect(ratio(0, 0, "higher").value).toBe(1);
    expect(ratio(3, 0, "higher").value).toBe(1);
  });

  test("P < 0 and F ≥ P: 1 (F = −1 ≥ P = −2)", () => {
    expect(ratio(-1, -2, "higher").value).toBe(1);
  });

  test("P ≤ 0 and F < P: 0 (F = −3 < P = −2; F = −0.1 < P = 0)", () => {
    expect(ratio(-3, -2, "higher").value).toBe(0);
    expect(ratio(-0.1, 0, "higher").value).toBe(0);
  });
});

describe("ratio rule, lower is better", () => {
  test("F > 0 and P ≥ 0: P / F (plan 5.0, fact 5.1 → 5 / 5.1)", () => {
    expect(ratio(5.1, 5.0, "lower").value).toBe(5.0 / 5.1);
  });

  test("F > 0 and P ≥ 0 with F < P: 5 / 4 = 1.25 is clamped to 1", () => {
    expect(ratio(4, 5, "lower").value).toBe(1);
  });

  test("F > 0 and P = 0: 0 / F = 0", () => {
    expect(ratio(2, 0, "lower").value).toBe(0);
  });

  test("the other branch (F ≤ 0 or P < 0), F ≤ P: 1", () => {
    expect(ratio(0, 0, "lower").value).toBe(1); // F = 0 ≤ P = 0
    expect(ratio(-1, 0, "lower").value).toBe(1); // F = −1 ≤ P = 0
    expect(ratio(-3, -1, "lower").value).toBe(1); // P < 0, F = −3 ≤ −1
  });

  test("the other branch (F ≤ 0 or P < 0), F > P: 0", () => {
    expect(ratio(0, -1, "lower").value).toBe(0); // F = 0 > P = −1
    expect(ratio(2, -1, "lower").value).toBe(0); // F > 0 but P < 0, and 2 > −1
  });
});

describe("improvement rule", () => {
  test("higher: (F − F0) / (P − F0) = (58 − 50) / (60 − 50) = 0.8", () => {
    const out = improvement(58, 50, 60, "higher");
    expect(out.value).toBeCloseTo(0.8, 14);
    expect(out.rule).toBe("improvement");
    expect(out.fallback).toBeUndefined();
  });

  test("lower: base 5.4, plan 5.0, fact 5.1 → (5.1 − 5.4) / (5.0 − 5.4) = 0.3 / 0.4 = 0.75", () => {
    const out = improvement(5.1, 5.4, 5.0, "lower");
    expect(out.value).toBeCloseTo(0.75, 12);
    expect(out.fallback).toBeUndefined();
  });

  test("lower with integers: base 10, plan 8, fact 9 → (10 − 9) / (10 − 8) = 0.5", () => {
    expect(improvement(9, 10, 8, "lower").value).toBe(0.5);
  });

  test("over-achievement is clamped to 1: (70 − 50) / (60 − 50) = 2 → 1", () => {
    expect(improvement(70, 50, 60, "higher").value).toBe(1);
    expect(improvement(3, 10, 8, "lower").value).toBe(1); // (10 − 3) / (10 − 8) = 3.5 → 1
  });

  test("deterioration is clamped to 0: (45 − 50) / (60 − 50) = −0.5 → 0", () => {
    expect(improvement(45, 50, 60, "higher").value).toBe(0);
    expect(improvement(11, 10, 8, "lower").value).toBe(0); // (10 − 11) / (10 − 8) = −0.5 → 0
  });

  test("no change from the base: 0", () => {
    expect(improvement(50, 50, 60, "higher").value).toBe(0);
  });

  test("base missing: falls back to ratio(F, P) = 58 / 60 with BASE_MISSING", () => {
    const out = improvement(58, null, 60, "higher");
    expect(out.value).toBe(58 / 60);
    expect(out.rule).toBe("ratio");
    expect(out.fallback).toBe("BASE_MISSING");
  });

  test("base missing, lower: ratio = P / F = 5.0 / 5.1", () => {
    const out = improvement(5.1, null, 5.0, "lower");
    expect(out.value).toBe(5.0 / 5.1);
    expect(out.fallback).toBe("BASE_MISSING");
  });

  test("planned = 0 (plan equals base): ratio(F, P) = 61 / 60 → 1 with NO_PLANNED_IMPROVEMENT", () => {
    const out = improvement(61, 60, 60, "higher");
    expect(out.value).toBe(1);
    expect(out.rule).toBe("ratio");
    expect(out.fallback).toBe("NO_PLANNED_IMPROVEMENT");
  });

  test("planned < 0, higher (base 70, plan 60): ratio = 55 / 60", () => {
    const out = improvement(55, 70, 60, "higher");
    expect(out.value).toBe(55 / 60);
    expect(out.fallback).toBe("NO_PLANNED_IMPROVEMENT");
  });

  test("planned < 0, lower (base 5, plan 5.5, s·(P − F0) = −0.5): ratio = P / F = 5.5 / 6", () => {
    const out = improvement(6, 5, 5.5, "lower");
    expect(out.value).toBe(5.5 / 6);
    expect(out.fallback).toBe("NO_PLANNED_IMPROVEMENT");
  });

  test("huge values do not overflow into NaN: F0 = −1e308, P = 1e308 (P − F0 overflows a double)", () => {
    // (1e308 − (−1e308)) / (1e308 − (−1e308)) = 1; (0 + 1e308) / (1e308 + 1e308) = 0.5
    expect(improvement(1e308, -1e308, 1e308, "higher").value).toBe(1);
    expect(improvement(0, -1e308, 1e308, "higher").value).toBe(0.5);
    // lower: base 1e308, plan −1e308, fact 0 → (1e308 − 0) / (1e308 + 1e308) = 0.5
    expect(improvement(0, 1e308, -1e308, "lower").value).toBe(0.5);
    expect(improvement(-1.7e308, 1.7e308, -1.7e308, "lower").value).toBe(1);
  });

  test("the formula names the rule that was applied", () => {
    expect(improvement(58, 50, 60, "higher").formula).toBe("rule.improvement");
    expect(improvement(58, null, 60, "higher").formula).toBe("rule.ratio.higher");
  });
});

describe("applyRule", () => {
  test("improvement and ratio give different values on the same row", () => {
    // base 50, plan 60, fact 58: improvement (58 − 50) / 10 = 0.8; ratio 58 / 60
    expect(applyRule("improvement", 58, 50, 60, "higher").value).toBeCloseTo(0.8, 14);
    expect(applyRule("ratio", 58, 50, 60, "higher").value).toBe(58 / 60);
  });

  test("the ratio rule ignores the base and never falls back", () => {
    const out = applyRule("ratio", 58, null, 60, "higher");
    expect(out.value).toBe(58 / 60);
    expect(out.fallback).toBeUndefined();
  });
});
