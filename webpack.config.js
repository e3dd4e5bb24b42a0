// The add-in build: dist/ with functions.js + functions*.json (custom functions), taskpane.html + its
// script and commands.js (the shared-runtime page), manifest.xml and assets/. Two configurations.
//
// - "functions": functions.js only, small (goal ≤ 60 KB): the i18n dictionaries are cut to their "fn."
//   keys, CustomFunctions comes from src/functions/runtime.ts, and the metadata plugins write
//   functions.json (from the JSDoc) and functions-kk.json / functions-ru.json (from src/i18n).
// - "addin": taskpane.html, which loads office.js, functions.js, commands.js and taskpane.js (the shared
//   runtime page of manifest.xml: the React + Fluent UI task pane of src/taskpane/index.tsx), plus
//   manifest.xml, assets/ and office-js/ (office.js where its CDN cannot be reached) copied. React stays
//   out of functions.js: only this configuration imports it. ExcelJS is only in the lazy chunk
//   xlsx-workbook.js, which the task pane loads in file mode (an .xlsx opened in the browser).
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

/**
 * office.js for where Microsoft's CDN cannot be reached (an offline browser, the end-to-end tests):
 * taskpane.html loads office-js/office.js when the CDN's copy did not load. The package's dist/ without
 * its debug builds and the other Office hosts' scripts (office.js loads its Excel, locale and telemetry
 * files from beside itself).
 */
function officeJsCopy() {
  const from = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
  return {
    from,
    to: "office-js",
    // Microsoft's files as published (already minified): not minified again.
    info: { minimized: true },
    globOptions: {
      ignore: [
        "**/*.debug.js",
        "**/*.d.ts",
        "**/office-vsdoc.js",
        "**/outlook_strings.js",
        ...OTHER_OFFICE_HOSTS.map((host) => `**/${host}-*.js`),
      ],
    },
  };
}

/**
 * webpack's own JavaScript minimizer, except over the lazy chunk xlsx-workbook.js: ExcelJS's browser build
 * in it is minified already (minifying it again adds ~8 s to every build to save ~7 KB gzipped). Where
 * webpack's minimizer is not the one expected, webpack's defaults ("...").
 */
function javascriptMinimizers() {
  let MinimizerPlugin;
  try {
    MinimizerPlugin = require(
      require.resolve("minimizer-webpack-plugin", { paths: [path.dirname(require.resolve("webpack/package.json"))] }),
    );
  } catch {
    return ["..."];
  }
  if (typeof MinimizerPlugin.terserMinify !== "function") return ["..."];
  return [
    new MinimizerPlugin({
      test: /\.[cm]?js$/i,
      exclude: /^xlsx-workbook\.js$/,
      minify: MinimizerPlugin.terserMinify,
      minimizerOptions: { compress: { passes: 2 } },
    }),
  ];
}

const OTHER_OFFICE_HOSTS = ["access", "onenote", "outlook", "powerpoint", "project", "visio", "word"];

/** Where Office requires add-ins to load office.js from (taskpane.html). */
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** The CSP source of a text's SHA-256, as a policy allows one inline script or style block by. */
function cspHash(text) {
  return `'sha256-${require("crypto").createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The task pane's Content-Security-Policy, for the production page only. Each inline <script> and <style>
 * of the built page is allowed by its hash (computed here from the page as emitted, so an edit to
 * taskpane.html cannot fall out of step with its policy):
 * - default-src 'self': anything not named below (fonts, frames, workers, media, manifests) only from the add-in.
 * - script-src: the add-in's files (functions.js, commands.js, taskpane.js, the lazy xlsx-workbook.js, and
 *   office-js/ with the Excel and locale scripts office.js adds beside itself), office.js's CDN (where it
 *   also loads those scripts from), and the inline fallback script by hash. No 'unsafe-inline', no 'unsafe-eval'.
 * - style-src: the add-in's files, the page's own <style> block by hash, and the hash of the empty text:
 *   Fluent UI's Griffel adds empty <style> elements and fills them with CSSStyleSheet.insertRule, which a
 *   policy does not govern. No 'unsafe-inline'.
 * - img-src 'self' data: the favicon and icons; data: for images a dependency inlines (none found today).
 * - connect-src 'self': no fetch, XMLHttpRequest, WebSocket, EventSource or beacon leaves the add-in's origin.
 *   (Inside Office, office.js talks to Excel through postMessage / the host bridge, which a policy does not
 *   govern; its own telemetry to Microsoft is blocked by this line, which office.js tolerates.)
 * - object-src 'none', base-uri 'self', form-action 'none': no plugins, no <base> hijack, no form posts.
 * What a <meta> policy cannot do: frame-ancestors, report-uri/report-to and sandbox are ignored in a meta
 * tag (the server that hosts the add-in must send them as headers, e.g. frame-ancestors for Office's
 * domains), and the policy applies only to what comes after the tag — so it follows <meta charset> at once.
 */
function contentSecurityPolicy(html) {
  const inline = (tag) =>
    [...html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => cspHash(m[1]));
  return [
    "default-src 'self'",
    ["script-src 'self'", OFFICE_JS_ORIGIN, ...inline("script")].join(" "),
    ["style-src 'self'", ...inline("style"), cspHash("")].join(" "),
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Writes the policy into the built taskpane.html as its first <head> element. Production builds only: the
 * development server (webpack serve) runs eval-source-map code ('unsafe-eval') and talks to its live-reload
 * WebSocket, so the page it serves carries no policy at all — deliberately, and only there.
 */
class ContentSecurityPolicyPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap("ContentSecurityPolicyPlugin", (data) => {
        const policy = contentSecurityPolicy(data.html);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        // Right after <meta charset> (which must come first), before any script or style it governs.
        const charset = /<meta charset="utf-8" \/>(\s*)/;
        if (!charset.test(data.html))
          throw new Error('taskpane.html has no <meta charset="utf-8" /> to put its Content-Security-Policy after');
        data.html = data.html.replace(charset, (whole, space) => `${whole}${meta}${space}`);
        return data;
      });
    });
  }
}

function commonConfig(mode) {
  return {
    mode,
    context: ROOT,
    target: ["web", "es2017"],
    devtool: mode === "development" ? "eval-source-map" : false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
    // Lazy chunks keep a readable name (the file mode's xlsx-workbook.js: ExcelJS and the XlsxWorkbookPort).
    output: { path: DIST, filename: "[name].js", chunkFilename: "[name].js", publicPath: "" },
  };
}

function functionsConfig(mode, url) {
  return {
    ...commonConfig(mode),
    name: "functions",
    // Served by the add-in configuration's dev server (one server for both; `devServer: false` here left
    // functions.js and functions.json out of it, so `npm start` answered 404 for them).
    entry: { functions: "./src/functions/functions.ts" },
    module: {
      rules: [
        {
          // Only what the functions use at run time goes into functions.js (not the metadata texts): their
          // messages, and the header, label and drop-down texts the workbook reader recognizes in the tables
          // the functions read as it does.
          test: /[\\/]src[\\/]i18n[\\/](en|kk|ru)\.ts$/,
          enforce: "pre",
          use: [
            {
              loader: path.join(ROOT, "scripts/webpack/dictionary-subset-loader.js"),
              options: {
                prefixes: [
                  "fn.error.",
                  "fn.where.",
                  "fn.arg.",
                  "fn.choices.",
                  "fn.row.",
                  "wb.col.",
                  "wb.value.",
                  "wb.block.",
                  "wb.label.",
                  "kind.",
                ],
              },
            },
          ],
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
    module: {
      rules: [typescriptRule()],
      // ExcelJS's browser build (its package's "browser" file) is one prebuilt script: wrap it, do not parse it.
      noParse: /[\\/]exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
    },
    // The page stays readable in dist/ (webpack would otherwise minify HTML and its CSS too).
    // No vendor chunks: the one lazy chunk (xlsx-workbook.js) holds ExcelJS whole, under a name that does not say so.
    optimization: { minimizeOptions: { html: false, css: false }, splitChunks: false, minimizer: javascriptMinimizers() },
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
          officeJsCopy(),
        ],
      }),
      // The page's Content-Security-Policy: in production builds only (see ContentSecurityPolicyPlugin).
      ...(mode === "production" && !serving ? [new ContentSecurityPolicyPlugin()] : []),
    ],
  };
  if (serving) {
    const protocol = await devServerProtocol();
    if (protocol.type === "http") {
      console.warn(
        `\n[bagalau] No developer certificates (${protocol.reason}): serving http://localhost:${DEV_PORT}/.` +
          "\n[bagalau] Excel loads add-ins only over https: this server is for viewing the pages in a browser.\n",
      );
    } else if (!protocol.trusted) {
      console.warn(
        `\n[bagalau] The developer certificates could not be installed as trusted (${protocol.reason}).` +
          "\n[bagalau] Serving https with them anyway; trust ~/.office-addin-dev-certs/ca.crt (or run `npx office-addin-dev-certs install`) before sideloading.\n",
      );
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
