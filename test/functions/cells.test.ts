// Reading custom-function arguments (src/functions/cells.ts), the choice words (vocabulary.ts) and the
// language of the messages (language.ts).

import { DICTIONARIES, LANGS, type MessageKey } from "../../src/i18n";
import { basicValue, cellError, cellsOf, isBlank, readNumberCell } from "../../src/functions/cells";
import { languageOfTag } from "../../src/functions/language";
import {
  ACHIEVEMENT_RULE_WORDS,
  BETTER_WORDS,
  BOOLEAN_WORDS,
  CAP_SCOPE_WORDS,
  KIND_WORDS,
  QUALITY_RULE_WORDS,
  RANGE_RULE_WORDS,
  matchWord,
  type Vocabulary,
} from "../../src/workbook/choice-words";
import { failureOf } from "./excel-values";

describe("cells", () => {
  test("blanks: null, undefined, empty or space-only text, an Empty data-type value; 0 is not blank", () => {
    for (const blank of [null, undefined, "", "   ", { type: "Empty" }]) expect(isBlank(blank)).toBe(true);
    for (const value of [0, "0", false]) expect(isBlank(value)).toBe(false);
  });

  test("numbers typed as text are read as numbers (core readNumber)", () => {
    expect(readNumberCell("5,2", "en", { argument: "plan" })).toBe(5.2);
    expect(readNumberCell("1 234,5", "en", { argument: "plan" })).toBe(1234.5);
    expect(readNumberCell("−3", "en", { argument: "plan" })).toBe(-3);
    expect(readNumberCell(null, "en", { argument: "plan" })).toBeNull();
  });

  test("error cells in their three shapes", () => {
    expect(cellError({ type: "Error", basicValue: "#DIV/0!" })).toBe("#DIV/0!");
    expect(cellError({ code: "#N/A", message: "" })).toBe("#N/A");
    expect(cellError("#NAME?")).toBe("#NAME?");
    expect(cellError("#hashtag")).toBeNull();
    expect(cellError(5)).toBeNull();
  });

  test("data-type values give their basic value", () => {
    expect(basicValue({ type: "Double", basicValue: 5 })).toBe(5);
    expect(basicValue({ type: "FormattedNumber", basicValue: 0.25, numberFormat: "0%" })).toBe(0.25);
    expect(readNumberCell({ type: "String", basicValue: "7,5" }, "en", { argument: "fact" })).toBe(7.5);
  });

  test("a range is read as one column or one row; a single value as one cell; an omitted one as nothing", () => {
    expect(cellsOf([[1], [2]], "en", "weights")).toEqual([1, 2]);
    expect(cellsOf([[1, 2, 3]], "en", "weights")).toEqual([1, 2, 3]);
    expect(cellsOf(7, "en", "weights")).toEqual([7]);
    expect(cellsOf(null, "en", "weights")).toEqual([]);
    expect(
      failureOf(() =>
        cellsOf(
          [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          "kk",
          "weights",
        ),
      ).message,
    ).toBe("салмақтар: 3 × 2 ауқымын емес, бір бағанды немесе бір жолды белгілеңіз.");
  });
});

describe("choice words", () => {
  test("directions, rules, kinds and yes/no in every language, without regard to case and spaces", () => {
    expect(matchWord("  Жоғары ", BETTER_WORDS)).toBe("higher");
    expect(matchWord("НИЖЕ", BETTER_WORDS)).toBe("lower");
    expect(matchWord("Қатынас", ACHIEVEMENT_RULE_WORDS)).toBe("ratio");
    expect(matchWord("Произведение", QUALITY_RULE_WORDS)).toBe("product");
    expect(matchWord("Жергілікті   атқарушы орган", KIND_WORDS)).toBe("local");
    expect(matchWord("ЛОЖЬ", BOOLEAN_WORDS)).toBe("false");
    expect(matchWord("sideways", BETTER_WORDS)).toBeNull();
  });

  test("every word a message offers («…» or “…” in a function's help) is accepted", () => {
    const vocabularies: Record<string, Vocabulary<string>> = {
      "fn.INDICATOR.better": BETTER_WORDS,
      "fn.GOAL.rule": ACHIEVEMENT_RULE_WORDS,
      "fn.TASK.rule": ACHIEVEMENT_RULE_WORDS,
      "fn.GOAL.rangeRule": RANGE_RULE_WORDS,
      "fn.TASK.rangeRule": RANGE_RULE_WORDS,
      "fn.QUALITY.rule": QUALITY_RULE_WORDS,
      "fn.PENALTY.capScope": CAP_SCOPE_WORDS,
      "fn.choices.kind": KIND_WORDS,
    };
    for (const lang of LANGS) {
      for (const [key, vocabulary] of Object.entries(vocabularies)) {
        const words = [...DICTIONARIES[lang][key as MessageKey].matchAll(/[«“]([^»”]+)[»”]/g)].map((m) => m[1]);
        expect(words).toHaveLength(2);
        for (const word of words) expect(matchWord(word, vocabulary)).not.toBeNull();
      }
    }
  });
});

describe("the language of the messages", () => {
  test.each([
    ["kk-KZ", "kk"],
    ["ru-RU", "ru"],
    ["RU", "ru"],
    ["en-US", "en"],
    ["en_GB", "en"],
    ["de-DE", "kk"],
    [undefined, "kk"],
    [42, "kk"],
  ])("display language %p → %p", (tag, lang) => {
    expect(languageOfTag(tag)).toBe(lang);
  });
});
