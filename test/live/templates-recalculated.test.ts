// The recalculation harness: workbooks written by `bagalau fill` recalculated by HyperFormula with the built
// BAGALAU.* functions; every formula cell must show the number the core computed (1e-9), never an error instead.

import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { LANGS, type Lang } from "../../src/i18n";
import { arbitraryEvaluation } from "../workbook/arbitrary-evaluation";
import { loadBuiltFunctions } from "./built-functions";
import { filledWorkbookBytes, liveMismatches, liveWorkbook } from "./live-cells";
import type { EmptyAs } from "./recalculated-workbook";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const DISPLAY_LANGUAGE: Record<Lang, string> = { kk: "kk-KZ", ru: "ru-RU", en: "en-US" };
const functionsIn = Object.fromEntries(LANGS.map((lang) => [lang, loadBuiltFunctions(DISPLAY_LANGUAGE[lang])])) as Record<
  Lang,
  ReturnType<typeof loadBuiltFunctions>
>;

async function mismatchesOf(json: unknown, lang: Lang, emptyAs: EmptyAs) {
  return liveMismatches(await liveWorkbook(await filledWorkbookBytes(json, lang), functionsIn[lang], emptyAs));
}

describe.each(["ministry-of-health", "zhambyl-oblast"])("the example %s", (name) => {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(EXAMPLES, `${name}.json`), "utf8"));
  test.each(LANGS)("filled in %s, every live cell equals the core's number", async (lang) => {
    expect(await mismatchesOf(json, lang, "null")).toEqual([]);
    expect(await mismatchesOf(json, lang, "emptyText")).toEqual([]);
  });
});

test('random evaluations (every profile option, kk/ru/en, empty cells as null and as ""): every live cell equals the core\'s', async () => {
  await fc.assert(
    fc.asyncProperty(
      arbitraryEvaluation,
      fc.constantFrom(...LANGS),
      fc.constantFrom<EmptyAs>("null", "emptyText"),
      async (json, lang, emptyAs) => {
        expect(await mismatchesOf(json, lang, emptyAs)).toEqual([]);
      },
    ),
    { numRuns: Number(process.env.BAGALAU_LIVE_RUNS ?? 300) },
  );
}, 600_000);
