// A webpack loader for the functions bundle: it replaces an i18n dictionary module (src/i18n/*.ts) by the
// entries whose keys start with the given prefixes, so functions.js carries only its own messages.

"use strict";

const { evaluateDictionarySource, subsetOf } = require("./dictionaries");

/**
 * @this {import("webpack").LoaderContext<{ prefixes: string[] }>}
 * @param {string} source
 * @returns {string}
 */
module.exports = function dictionarySubsetLoader(source) {
  const { prefixes } = this.getOptions();
  const exports = evaluateDictionarySource(source, this.resourcePath);
  return Object.entries(exports)
    .map(([name, dictionary]) => {
      if (typeof dictionary !== "object" || dictionary === null) throw new Error(`${this.resourcePath}: ${name} is not a dictionary`);
      return `export const ${name} = ${JSON.stringify(subsetOf(dictionary, prefixes))};`;
    })
    .join("\n");
};
