// t() fills a message's {placeholders} from a template split once per text: the same text as filling it by a
// regular expression each time (the definition), for every message of every language.

import fc from "fast-check";
import { DICTIONARIES, LANGS, formatNumber, t, type MessageKey } from "../../src/i18n";

/** The definition: every {name} replaced by its parameter (a number in the language's way), an unknown one kept. */
function byRegExp(lang: (typeof LANGS)[number], key: MessageKey, params: Record<string, string | number>): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}

const NAMES = Array.from(new Set(Object.values(DICTIONARIES.en).flatMap((text) => Array.from(text.matchAll(/\{(\w+)\}/g), (m) => m[1]))));

test("every message of every language fills as the regular expression does, some parameters missing", () => {
  const params = fc.dictionary(
    fc.constantFrom(...NAMES),
    fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.constant("{x}")),
  );
  fc.assert(
    fc.property(params, (given) => {
      for (const lang of LANGS)
        for (const key of Object.keys(DICTIONARIES[lang]) as MessageKey[]) expect(t(lang, key, given)).toBe(byRegExp(lang, key, given));
    }),
    { numRuns: 30 },
  );
});

test("an integer prints as itself, a fraction with at most four decimals and the language's comma", () => {
  expect(formatNumber("kk", 12)).toBe("12");
  expect(formatNumber("ru", -0)).toBe("0");
  expect(formatNumber("en", 1e21)).toBe("1e+21");
  // 2/3 rounded to 4 decimals is 0.6667, written 0,6667 in Kazakh.
  expect(formatNumber("kk", 2 / 3)).toBe("0,6667");
  fc.assert(
    fc.property(fc.integer(), (n) => expect(formatNumber("kk", n)).toBe(String(Number(n.toFixed(4)) === 0 ? 0 : Number(n.toFixed(4))))),
  );
});
