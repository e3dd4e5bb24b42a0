// The add-in build: dist/ with functions.js + functions*.json (custom functions), taskpane.html + its
// script and commands.js (the shared-runtime page), manifest.xml and assets/. Two configurations.
//
// - "functions": functions.js only, small (goal ≤ 60 KB): the i18n dictionaries are cut to their "fn."
//   keys, CustomFunctions comes from src/functions/runtime.ts, and the metadata plugins write
//   functions.json (from the JSDoc) and functions-kk.json / functions-ru.json (from src/i18n).
// - "addin": taskpane.html, which loads office.js, functions.js, commands.js and taskpane.js (the shared
//   runtime page of manifest.xml: the React + Fluent UI task pane of src/taskpane/index.tsx), plus
//   manifest.xml and assets/ copied. React stays out of functions.js: only this configuration imports it.
//
// URLs: the manifest and the metadata use https://localhost:3000/ (npm run dev-server). For a deployed
// build set BAGALAU_ADDIN_URL, e.g. `BAGALAU_ADDIN_URL=https://addin.example.kz/bagalau/ npm run build`:
// every https://localhost:3000/ in dist/manifest.xml and the help links become that address.

"use strict";

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/webpack/localized-metadata-plugin");
const { devServerProtocol } = require("./scripts/dev-certs");

const ROOT = __dirname;
const DIST = path.join(ROOT, "dist");
const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

function addinUrl() {
  const url = process.env.BAGALAU_ADDIN_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^\s"'<>]+$/.test(url)) throw new Error(`BAGALAU_ADDIN_URL must be an https:// address, not "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** TypeScript for the browser: type-checking is `npm run typecheck`'s job; ES modules so that webpack can tree-shake. */
function typescriptRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        configFile: path.join(ROOT, "tsconfig.json"),
        // ES2017: the syntax every Excel shared runtime (WebView2, and the older EdgeHTML webview) runs.
        compilerOptions: { target: "es2017", module: "es2020", sourceMap: true },
      },
    },
  };
}

function commonConfig(mode) {
  return {
    mode,
    context: ROOT,
    target: ["web", "es2017"],
    devtool: mode === "development" ? "eval-source-map" : false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
    output: { path: DIST, filename: "[name].js", publicPath: "" },
  };
}

function functionsConfig(mode, url) {
  return {
    ...commonConfig(mode),
    name: "functions",
    // Served by the add-in configuration's dev server, without a live-reload client of its own.
    devServer: false,
    entry: { functions: "./src/functions/functions.ts" },
    module: {
      rules: [
        {
          // Only the messages the functions show at run time go into functions.js (not the metadata texts).
          test: /[\\/]src[\\/]i18n[\\/](en|kk|ru)\.ts$/,
          enforce: "pre",
          use: [{ loader: path.join(ROOT, "scripts/webpack/dictionary-subset-loader.js"), options: { prefixes: ["fn.error.", "fn.where.", "fn.arg.", "fn.choices."] } }],
        },
        typescriptRule(),
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin({ source: "functions.json", baseUrl: url, rootDir: ROOT }),
      // The global CustomFunctions of Excel's runtime, read through a module that tolerates its absence.
      new webpack.ProvidePlugin({ CustomFunctions: [path.join(ROOT, "src/functions/runtime.ts"), "customFunctionsRuntime"] }),
    ],
  };
}

async function addinConfig(mode, url, serving) {
  const config = {
    ...commonConfig(mode),
    name: "addin",
    entry: {
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    module: { rules: [typescriptRule()] },
    // The page stays readable in dist/ (webpack would otherwise minify HTML and its CSS too).
    optimization: { minimizeOptions: { html: false, css: false } },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["commands", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        inject: "head",
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (url === DEV_URL ? content : content.toString().split(DEV_URL).join(url)),
          },
          { from: "assets", to: "assets", globOptions: { ignore: ["**/*.md"] } },
        ],
      }),
    ],
  };
  if (serving) {
    const protocol = await devServerProtocol();
    if (protocol.type === "http") {
      console.warn(`\n[bagalau] No developer certificates (${protocol.reason}): serving http://localhost:${DEV_PORT}/.` +
        "\n[bagalau] Excel loads add-ins only over https: this server is for viewing the pages in a browser.\n");
    } else if (!protocol.trusted) {
      console.warn(`\n[bagalau] The developer certificates could not be installed as trusted (${protocol.reason}).` +
        "\n[bagalau] Serving https with them anyway; trust ~/.office-addin-dev-certs/ca.crt (or run `npx office-addin-dev-certs install`) before sideloading.\n");
    }
    config.devServer = {
      host: "localhost",
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: protocol.type === "https" ? { type: "https", options: protocol.options } : "http",
      static: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    };
  }
  return config;
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = serving ? DEV_URL : addinUrl();
  // Both configurations write into dist/: clean it once here rather than in either of them.
  if (!serving) fs.rmSync(DIST, { recursive: true, force: true });
  return [await addinConfig(mode, url, serving), functionsConfig(mode, url)];
};
