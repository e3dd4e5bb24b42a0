// A webpack loader for the functions bundle: it replaces an i18n dictionary module (src/i18n/*.ts) by the
// entries whose keys start with the given prefixes, so functions.js carries only its own messages.

"use strict";

const { evaluateDictionarySource, subsetOf } = require("./dictionaries");

module.exports = function dictionarySubsetLoader(source) {
  const { prefixes } = this.getOptions();
  const exports = evaluateDictionarySource(source, this.resourcePath);
  return Object.entries(exports)
    .map(([name, dictionary]) => `export const ${name} = ${JSON.stringify(subsetOf(dictionary, prefixes))};`)
    .join("\n");
};
