// A webpack plugin that runs after custom-functions-metadata-plugin: it completes functions.json and
// writes functions-kk.json and functions-ru.json next to it (see scripts/functions-metadata.js).

"use strict";

const path = require("path");
const { Compilation, sources } = require("webpack");
const { loadDictionaries } = require("./dictionaries");
const { METADATA_LOCALES, completeMetadata, localizeMetadata } = require("../functions-metadata");

const NAME = "LocalizedFunctionsMetadataPlugin";

class LocalizedFunctionsMetadataPlugin {
  /** @param {{ source: string, baseUrl: string, rootDir: string }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { source, baseUrl, rootDir } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // Rebuild when a dictionary changes (dev server).
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const lang of ["en", "kk", "ru"]) compilation.fileDependencies.add(path.join(rootDir, "src", "i18n", `${lang}.ts`));
        const asset = compilation.getAsset(source);
        // No asset: generating the metadata failed, and custom-functions-metadata-plugin reported why.
        if (!asset) return;
        try {
          const metadata = completeMetadata(JSON.parse(asset.source.source().toString()), { baseUrl });
          compilation.updateAsset(source, new sources.RawSource(`${JSON.stringify(metadata, null, 2)}\n`));
          const dictionaries = loadDictionaries(rootDir);
          for (const { lang, file } of METADATA_LOCALES) {
            const localized = localizeMetadata(metadata, dictionaries[lang], lang);
            compilation.emitAsset(file, new sources.RawSource(`${JSON.stringify(localized, null, 2)}\n`));
          }
        } catch (error) {
          compilation.errors.push(new compiler.webpack.WebpackError(`${NAME}: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin };
