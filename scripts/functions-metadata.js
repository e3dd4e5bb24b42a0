// From the functions.json that custom-functions-metadata generates out of the JSDoc to the files Excel
// loads: errors allowed into "any" parameters, one-line texts, help links, and Kazakh and Russian copies.
//
// Excel localizes custom functions with one metadata file per language, chosen by the manifest's
// <bt:Override Locale="…"> on the metadata URL; only the function and parameter names and descriptions
// are localized, the ids never. BAGALAU keeps the function names (BAGALAU.GOAL, …) the same in every
// language, so that formulas read the same in every workbook, and localizes the descriptions and the
// parameter names from the "fn.*" keys of src/i18n.

"use strict";

/**
 * The parts of custom-functions-metadata's functions.json read or written here; the rest is carried as is.
 * @typedef {{ name: string; description?: string; [other: string]: unknown }} MetadataParameter
 * @typedef {{ id: string; name: string; description?: string; helpUrl?: string; parameters: MetadataParameter[]; [other: string]: unknown }} MetadataFunction
 * @typedef {{ allowCustomDataForDataTypeAny?: boolean; allowErrorForDataTypeAny?: boolean; functions: MetadataFunction[]; enums?: unknown[] }} FunctionsMetadata
 */

/** The localized metadata files and the Office locale whose manifest override points to each. */
const METADATA_LOCALES = [
  { lang: "kk", locale: "kk-KZ", file: "functions-kk.json" },
  { lang: "ru", locale: "ru-RU", file: "functions-ru.json" },
];

/**
 * @param {string | undefined} text
 * @returns {string | undefined}
 */
function oneLine(text) {
  return typeof text === "string" ? text.replace(/\s+/g, " ").trim() : text;
}

/**
 * The anchor of a function's entry on the task pane page, its help link.
 * @param {string} id
 */
function helpAnchor(id) {
  return `fn-${id}`;
}

/**
 * The English metadata as Excel should load it: `allowErrorForDataTypeAny` (so that a cell holding an
 * error reaches the function, which names it, instead of the function not being called), descriptions on
 * one line, and each function's help link to its entry on the task pane page under `baseUrl`.
 * @param {FunctionsMetadata} generated
 * @param {{ baseUrl: string }} options
 * @returns {FunctionsMetadata}
 */
function completeMetadata(generated, { baseUrl }) {
  /** @type {FunctionsMetadata} */
  const metadata = JSON.parse(JSON.stringify(generated));
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return {
    allowCustomDataForDataTypeAny: metadata.allowCustomDataForDataTypeAny,
    allowErrorForDataTypeAny: true,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      description: oneLine(fn.description),
      helpUrl: `${base}taskpane.html#${helpAnchor(fn.id)}`,
      parameters: fn.parameters.map((parameter) => ({ ...parameter, description: oneLine(parameter.description) })),
    })),
    ...(metadata.enums ? { enums: metadata.enums } : {}),
  };
}

/**
 * @param {Record<string, unknown>} dictionary
 * @param {string} key
 * @param {string} lang
 * @returns {string}
 */
function text(dictionary, key, lang) {
  const value = dictionary[key];
  if (typeof value !== "string" || value.trim() === "") {
    throw new Error(`src/i18n/${lang}.ts has no text for "${key}", needed by the localized functions metadata`);
  }
  return value;
}

/**
 * The metadata in one language: the same ids and function names, with the descriptions and parameter
 * names of the dictionary ("fn.<ID>.description", "fn.<ID>.<parameter>", "fn.arg.<parameter>").
 * @param {FunctionsMetadata} metadata
 * @param {Record<string, unknown>} dictionary
 * @param {string} lang
 * @returns {FunctionsMetadata}
 */
function localizeMetadata(metadata, dictionary, lang) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      description: text(dictionary, `fn.${fn.id}.description`, lang),
      parameters: fn.parameters.map((parameter) => ({
        ...parameter,
        name: text(dictionary, `fn.arg.${parameter.name}`, lang),
        description: text(dictionary, `fn.${fn.id}.${parameter.name}`, lang),
      })),
    })),
  };
}

module.exports = { METADATA_LOCALES, completeMetadata, helpAnchor, localizeMetadata };
