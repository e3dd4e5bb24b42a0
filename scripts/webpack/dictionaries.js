// Build-time access to the i18n dictionaries (src/i18n/en.ts, kk.ts, ru.ts): they are plain data, so they
// are transpiled with TypeScript and evaluated in a sandbox, without compiling the rest of the project.

"use strict";

const fs = require("fs");
const path = require("path");
const vm = require("vm");
const ts = require("typescript");

const LANGS = ["kk", "ru", "en"];

/**
 * The exports of one dictionary module's TypeScript source (type-only imports are erased).
 * @param {string} source
 * @param {string} fileName
 * @returns {Record<string, unknown>}
 */
function evaluateDictionarySource(source, fileName) {
  const { outputText } = ts.transpileModule(source, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  const module = { exports: /** @type {Record<string, unknown>} */ ({}) };
  const sandbox = {
    module,
    exports: module.exports,
    /** @param {string} request */
    require: (request) => {
      throw new Error(`${fileName}: a dictionary may not import values (it imports ${request})`);
    },
  };
  vm.runInNewContext(outputText, sandbox, { filename: fileName });
  return module.exports;
}

/**
 * { kk, ru, en }: each language's dictionary object, read from src/i18n.
 * @param {string} rootDir
 * @returns {Record<string, Record<string, unknown>>}
 */
function loadDictionaries(rootDir) {
  /** @type {Record<string, Record<string, unknown>>} */
  const dictionaries = {};
  for (const lang of LANGS) {
    const file = path.join(rootDir, "src", "i18n", `${lang}.ts`);
    const exports = evaluateDictionarySource(fs.readFileSync(file, "utf8"), file);
    const dictionary = exports[lang];
    if (!dictionary || typeof dictionary !== "object") throw new Error(`${file} does not export "${lang}"`);
    dictionaries[lang] = /** @type {Record<string, unknown>} */ (dictionary);
  }
  return dictionaries;
}

/**
 * The entries of a dictionary whose keys start with one of the prefixes.
 * @param {object} dictionary
 * @param {readonly string[]} prefixes
 * @returns {Record<string, unknown>}
 */
function subsetOf(dictionary, prefixes) {
  /** @type {Record<string, unknown>} */
  const subset = {};
  for (const [key, value] of Object.entries(dictionary)) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) subset[key] = value;
  }
  return subset;
}

module.exports = { LANGS, evaluateDictionarySource, loadDictionaries, subsetOf };
