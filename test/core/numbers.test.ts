// Reading numbers as planners type them (src/core/numbers.ts): decimal commas, group spaces (also
// non-breaking), dots as group separators, true minus signs, and what is no number.

import { parseNumberText, readNumber } from "../../src/core";

describe("parseNumberText", () => {
  test.each([
    ["5,2", 5.2],
    ["5.2", 5.2],
    ["1 234,5", 1234.5],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1 234 567,89", 1234567.89],
    ["1\u00a0234,5", 1234.5], // no-break space
    ["1\u202f234,5", 1234.5], // narrow no-break space
    ["1\u2007234", 1234], // figure space
    ["1'234.5", 1234.5],
    ["\u22123", -3], // − (U+2212 minus sign)
    ["\u22123,5", -3.5],
    ["\u2013 2", -2], // en dash then a space
    ["-0,25", -0.25],
    ["+7", 7],
    ["  42  ", 42],
    [",5", 0.5],
    ["5,", 5],
    ["1e3", 1000],
    ["1,234", 1.234], // a single comma is a decimal comma
  ])("%p → %p", (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  test.each(["abc", "5%", "12 km", "", "   ", "-", "\u2212", ".", ",", "1,2.3,4", "0x10", "Infinity", "NaN", "1e999", "5-3", "--3"])(
    "%p is no number",
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );
});

describe("readNumber", () => {
  test("finite numbers pass as numbers", () => {
    expect(readNumber(5.2)).toEqual({ kind: "number", value: 5.2 });
    expect(readNumber(0)).toEqual({ kind: "number", value: 0 });
    expect(readNumber(-3)).toEqual({ kind: "number", value: -3 });
  });

  test("text is read as a number and keeps its text", () => {
    expect(readNumber("1 234,5")).toEqual({ kind: "text", value: 1234.5, text: "1 234,5" });
  });

  test("null, undefined, empty and blank text are missing", () => {
    for (const raw of [null, undefined, "", "  ", "\u00a0"]) expect(readNumber(raw)).toEqual({ kind: "missing", value: null });
  });

  test("non-finite numbers, booleans, objects, lists and unreadable text are invalid", () => {
    expect(readNumber(NaN)).toEqual({ kind: "invalid", value: null, text: "NaN" });
    expect(readNumber(Infinity)).toEqual({ kind: "invalid", value: null, text: "Infinity" });
    expect(readNumber(true)).toEqual({ kind: "invalid", value: null, text: "true" });
    expect(readNumber({ a: 1 })).toEqual({ kind: "invalid", value: null, text: '{"a":1}' });
    expect(readNumber([1])).toEqual({ kind: "invalid", value: null, text: "[1]" });
    expect(readNumber("n/a")).toEqual({ kind: "invalid", value: null, text: "n/a" });
  });
});
