// The generated custom-functions metadata in dist/: functions.json (from the JSDoc of functions.ts, as a
// snapshot) and its Kazakh and Russian copies (from src/i18n), checked against the dictionaries.

import { DICTIONARIES, type Lang, type MessageKey } from "../../src/i18n";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { readDistJson } from "./dist";

interface Parameter {
  name: string;
  description: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

const english = readDistJson<Metadata>("functions.json");
const localized: Record<"kk" | "ru", Metadata> = {
  kk: readDistJson<Metadata>("functions-kk.json"),
  ru: readDistJson<Metadata>("functions-ru.json"),
};

function text(lang: Lang, key: string): string {
  return DICTIONARIES[lang][key as MessageKey];
}

test("functions.json as generated (snapshot)", () => {
  expect(english).toMatchSnapshot();
});

test("errors may reach the functions, and every function returns a number but ROWS, which returns a column (spilled)", () => {
  expect(english.allowErrorForDataTypeAny).toBe(true);
  for (const fn of english.functions) expect(fn.result).toEqual(fn.id === "ROWS" ? { dimensionality: "matrix" } : { type: "number" });
});

test("each function: name = id, a help link to its entry on the task pane, parameters as in the catalog", () => {
  expect(english.functions.map((f) => f.id)).toEqual(FUNCTION_CATALOG.map((e) => e.id));
  for (const fn of english.functions) {
    expect(fn.name).toBe(fn.id);
    expect(fn.helpUrl).toBe(`https://localhost:3000/taskpane.html#fn-${fn.id}`);
    const entry = FUNCTION_CATALOG.find((e) => e.id === fn.id);
    expect(fn.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))).toEqual(entry?.parameters);
    for (const p of fn.parameters) expect(p.type).toBe("any");
  }
});

test("ranges are matrix parameters (blanks arrive as blanks), single values scalars", () => {
  const dims = Object.fromEntries(english.functions.map((f) => [f.id, f.parameters.map((p) => p.dimensionality ?? "scalar")]));
  expect(dims).toEqual({
    INDICATOR: ["scalar", "scalar", "scalar", "scalar"],
    GOAL: ["matrix", "scalar", "scalar"],
    TASK: ["matrix", "scalar", "scalar"],
    ROWS: ["matrix", "scalar", "scalar"],
    QUALITY: ["matrix", "scalar"],
    RISK: ["matrix"],
    INDEX: ["matrix"],
    PENALTY: ["matrix", "matrix", "matrix", "scalar", "scalar"],
    SCORE: ["scalar", "scalar", "scalar", "scalar", "scalar", "scalar", "matrix"],
    DEADLINE: ["scalar", "scalar", "matrix", "matrix"],
  });
});

test("the JSDoc texts of functions.ts are the English dictionary's", () => {
  for (const fn of english.functions) {
    expect(fn.description).toBe(text("en", `fn.${fn.id}.description`));
    for (const p of fn.parameters) {
      expect(p.description).toBe(text("en", `fn.${fn.id}.${p.name}`));
      expect(text("en", `fn.arg.${p.name}`)).toBe(p.name);
    }
  }
});

describe.each(["kk", "ru"] as const)("functions-%s.json", (lang) => {
  const metadata = localized[lang];

  test("the same functions, ids, names, types and shapes; texts and parameter names from the dictionary", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(metadata.functions).toHaveLength(english.functions.length);
    metadata.functions.forEach((fn, i) => {
      const en = english.functions[i];
      expect({ id: fn.id, name: fn.name, helpUrl: fn.helpUrl, result: fn.result }).toEqual({
        id: en.id,
        name: en.name,
        helpUrl: en.helpUrl,
        result: en.result,
      });
      expect(fn.description).toBe(text(lang, `fn.${fn.id}.description`));
      expect(fn.description).not.toBe(en.description);
      fn.parameters.forEach((p, j) => {
        const source = en.parameters[j];
        expect({ type: p.type, dimensionality: p.dimensionality, optional: p.optional }).toEqual({
          type: source.type,
          dimensionality: source.dimensionality,
          optional: source.optional,
        });
        expect(p.name).toBe(text(lang, `fn.arg.${source.name}`));
        expect(p.description).toBe(text(lang, `fn.${fn.id}.${source.name}`));
      });
    });
  });

  test("parameter names are single words Excel can show (letters, digits, _ and .), unique per function", () => {
    for (const fn of metadata.functions) {
      const names = fn.parameters.map((p) => p.name);
      for (const name of names) expect(name).toMatch(/^\p{L}[\p{L}\p{N}_.]*$/u);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
