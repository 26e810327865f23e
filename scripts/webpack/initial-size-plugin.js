/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Prints the initial JavaScript of each page (what loads before the pane is usable), gzipped, and fails the build when
 * the task pane's exceeds its budget; the page's stylesheet is shown beside it. Lazy chunks (the engine, the
 * standalone mode's ExcelJS) are listed apart.
 */
const { gzipSync } = require("node:zlib");

const BUDGET_BYTES = 250 * 1024;

class InitialSizePlugin {
  apply(compiler) {
    compiler.hooks.emit.tap("InitialSizePlugin", (compilation) => {
      const gzipped = (file) => gzipSync(compilation.assets[file].source()).length;
      const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
      const initial = new Set();
      const lines = [];
      for (const [name, entry] of compilation.entrypoints) {
        const files = entry.getFiles().filter((f) => f.endsWith(".js"));
        files.forEach((f) => initial.add(f));
        const bytes = files.reduce((n, f) => n + gzipped(f), 0);
        // Fluent's styles extracted at build time: loaded with the page too, but parsed as CSS, not as script.
        const css = entry.getFiles().filter((f) => f.endsWith(".css")).reduce((n, f) => n + gzipped(f), 0);
        lines.push(`  ${name}: ${kb(bytes)} (gzip)${css ? ` + ${kb(css)} CSS` : ""}`);
        // The budget is for what users load; a development build carries React's development code and source maps.
        if (name === "taskpane" && compiler.options.mode === "production" && bytes > BUDGET_BYTES) {
          compilation.errors.push(new Error(`Anfangs-JavaScript des Aufgabenbereichs: ${kb(bytes)} gzip, Budget ${kb(BUDGET_BYTES)}.`));
        }
      }
      const lazy = Object.keys(compilation.assets).filter((f) => f.endsWith(".js") && !initial.has(f));
      for (const f of lazy) lines.push(`  nachgeladen ${f}: ${kb(gzipped(f))} (gzip)`);
      console.log(`Anfangs-JavaScript je Seite (Budget Aufgabenbereich ${kb(BUDGET_BYTES)}):\n${lines.join("\n")}`);
    });
  }
}

module.exports = { InitialSizePlugin };
