// The kk, ru and en dictionaries: the same keys, the same {placeholders} per key, no empty text, and
// a Kazakh and a Russian text that is not the English one left untranslated.

import { DICTIONARIES, LANGS, t } from "../../src/i18n";

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const keysOf = (lang: (typeof LANGS)[number]) => Object.keys(DICTIONARIES[lang]).sort();

test("kk, ru and en have exactly the same keys", () => {
  expect(keysOf("kk")).toEqual(keysOf("en"));
  expect(keysOf("ru")).toEqual(keysOf("en"));
});

test("for each key, every language uses the same set of {placeholders}", () => {
  const mismatches: string[] = [];
  for (const key of keysOf("en")) {
    const en = placeholders(DICTIONARIES.en[key as keyof typeof DICTIONARIES.en]);
    for (const lang of LANGS) {
      const other = placeholders(DICTIONARIES[lang][key as keyof typeof DICTIONARIES.en] ?? "");
      if (other.join(",") !== en.join(",")) mismatches.push(`${lang} ${key}: {${other.join("}, {")}} vs en {${en.join("}, {")}}`);
    }
  }
  expect(mismatches).toEqual([]);
});

test("no text is empty or blank", () => {
  const empty = LANGS.flatMap((lang) =>
    Object.entries(DICTIONARIES[lang])
      .filter(([, text]) => typeof text !== "string" || text.trim() === "")
      .map(([key]) => `${lang} ${key}`),
  );
  expect(empty).toEqual([]);
});

test("braces are balanced: every { opens a {name} placeholder", () => {
  const broken = LANGS.flatMap((lang) =>
    Object.entries(DICTIONARIES[lang])
      .filter(([, text]) => text.replace(/\{\w+\}/g, "").match(/[{}]/))
      .map(([key]) => `${lang} ${key}`),
  );
  expect(broken).toEqual([]);
});

test("the issue and refusal messages are translated, not copied from English", () => {
  const copied = Object.keys(DICTIONARIES.en)
    .filter((key) => key.startsWith("issue.") || key.startsWith("refusal."))
    .flatMap((key) =>
      (["kk", "ru"] as const)
        .filter((lang) => DICTIONARIES[lang][key as keyof typeof DICTIONARIES.en] === DICTIONARIES.en[key as keyof typeof DICTIONARIES.en])
        .map((lang) => `${lang} ${key}`),
    );
  expect(copied).toEqual([]);
});

test("t fills placeholders and writes numbers the language's way", () => {
  expect(t("en", "issue.UNRELIABLE_BELOW_THRESHOLD", { count: 2, threshold: 3 })).toContain("2 unreliable fact(s)");
  expect(t("ru", "refusal.range", { path: "profile.weights.B", min: 0, max: 1, actual: "1.5" })).toContain("profile.weights.B");
  expect(t("kk", "issue.NUMBER_AS_TEXT", { subject: "S", field: "F", text: "5,2", value: 5.2 })).toContain("5,2 сан");
});
