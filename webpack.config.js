/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane and the ribbon command page. Office.js is never bundled: the pages load it from Microsoft's CDN,
// with the copy from @microsoft/office-js in dist/office-js/ as fallback (OFFICE_JS=local: only that copy); no
// eval-based source maps, so the bundle runs under a CSP without 'unsafe-eval'.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { InitialSizePlugin } = require("./scripts/webpack/initial-size-plugin");
const { readFileSync } = require("node:fs");
const { addinBaseUrl, officeJsMode, officeJsPage, rebaseManifest, renderPage } = require("./scripts/webpack/deployment");
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const NO_DYNAMIC_CODE = path.resolve(__dirname, "scripts/webpack/no-dynamic-code-loader.js");

module.exports = async (env, argv) => {
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // ADDIN_BASE_URL=https://intranet.example/sc/: dist/manifest.xml names only that base (checked, HTTPS); without it the
  // manifest keeps the development server's URLs.
  const baseUrl = addinBaseUrl(process.env.ADDIN_BASE_URL);
  // OFFICE_JS=local: the pages load only the copy of Office.js in dist/office-js/; by default the CDN, that copy as fallback.
  const officeJs = officeJsPage(officeJsMode(process.env.OFFICE_JS), require("@microsoft/office-js/package.json").version);
  const page = (template) => () => renderPage(readFileSync(path.resolve(__dirname, template), "utf8"), officeJs);
  const config = {
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, (env && env.outDir) || "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Chunks load relative to the page; "auto" would add a global-object shim built with new Function.
      publicPath: "",
      clean: true,
    },
    devtool: "source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: true } } } },
        // Fluent's styles ahead of time: its packages ship precompiled __styles() calls; this loader moves their CSS out
        // of the JavaScript into one stylesheet (linked from the page), so the pane does not build and insert hundreds of
        // rules while it renders its first screen.
        { test: /\.js$/, include: /node_modules[\\/]@fluentui[\\/]/, use: { loader: GriffelCSSExtractionPlugin.loader } },
        { test: /\.griffel\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        { test: /\.css$/, exclude: /\.griffel\.css$/, type: "asset/source" },
        // The standalone chunk's sample workbook, inlined so "Beispiel laden" needs no request.
        { test: /\.xlsx$/, type: "asset/inline" },
        { test: /jszip[\\/]dist[\\/]jszip\.min\.js$/, use: { loader: NO_DYNAMIC_CODE, options: { patterns: ["setImmediate"] } } },
      ],
    },
    plugins: [
      new InitialSizePlugin(),
      new MiniCssExtractPlugin({ filename: "[name].[contenthash:8].css", chunkFilename: "[name].[contenthash:8].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new HtmlWebpackPlugin({ filename: "taskpane.html", templateContent: page("src/taskpane/taskpane.html"), chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", templateContent: page("src/commands/commands.html"), chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "hilfe.html", templateContent: page("src/taskpane/hilfe.html"), inject: false }),
      // What Office versions with Internet Explorer 11 / Edge Legacy webviews show instead of the pane (ES5 only).
      new HtmlWebpackPlugin({ filename: "nicht-unterstuetzt.html", templateContent: page("src/taskpane/nicht-unterstuetzt.html"), inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/static/office-js-fallback.js", to: "office-js-fallback.js" },
          { from: "src/taskpane/static/old-webview.js", to: "old-webview.js" },
          // The copy of Office.js served from our own origin: the loader, Excel's host scripts, the UI strings of every
          // language and the telemetry module office.js asks for; no debug builds, no other Office apps.
          ...["office.js", "es6-promise.js", "o15apptofilemappingtable.js", "excel-*.js", "*/office_strings.js", "telemetry/oteljs*.js"].map((glob) => ({
            from: glob,
            context: OFFICE_JS_DIST,
            to: "office-js/",
            globOptions: { ignore: ["**/*.debug.js"] },
          })),
          { from: "LICENSE.md", context: path.join(OFFICE_JS_DIST, ".."), to: "office-js/LICENSE.md" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => (baseUrl ? rebaseManifest(content.toString("utf8"), baseUrl) : content) },
        ],
      }),
    ],
    // No `global` shim: webpack would otherwise emit `new Function("return this")`, which a strict CSP forbids.
    node: false,
    performance: { hints: false },
    // webpack 5.112 also concatenates CommonJS modules (react-dom, scheduler) behind lazy wrappers once they sit in one
    // chunk only; measured in Chromium that costs the pane 20–30 ms more main-thread time at start than plain modules.
    optimization: argv && argv.mode === "production" ? { concatenateModules: { commonjs: false } } : {},
  };
  if (env && env.e2e) {
    // Test build only: the real pane on a fake Office host (test/e2e/pane), never part of `npm run build`.
    config.entry["fake-office-host"] = "./test/e2e/pane/fake-office-host.ts";
    config.plugins.push(
      new HtmlWebpackPlugin({ filename: "pane-e2e.html", template: "./test/e2e/pane/pane.html", chunks: ["fake-office-host", "taskpane"], chunksSortMode: "manual" }),
      new HtmlWebpackPlugin({ filename: "commands-e2e.html", template: "./test/e2e/pane/pane.html", chunks: ["fake-office-host", "commands"], chunksSortMode: "manual" }),
    );
  }
  if (serving) {
    // Certificates only when serving: `npm run build` must work offline without them.
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
      static: { directory: path.join(__dirname, "assets"), publicPath: "/assets" },
    };
  }
  return config;
};
