/**
 * The production task pane bundle, built for a real host (ADDIN_BASE_URL): CSP shipped, Office.js from Microsoft's
 * CDN, no eval in any form, no Node-only code, and a manifest that validates and names only that host.
 */
import { parse } from "acorn";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { manifestUrls } from "../scripts/webpack/deployment";
import { itIfXmllint, validateManifest } from "./fixtures/manifest-schema";
import { PRODUCTION_BASE_URL, webpackBuild } from "./fixtures/webpack-build";


describe("npm run build (production bundle)", () => {
  let out = "";
  let files: string[] = [];
  const read = (name: string) => readFileSync(join(out, name), "utf8");

  beforeAll(async () => {
    out = await webpackBuild("production");
    files = readdirSync(out);
  }, 660_000);

  it("emits the pane, the command page, the help page, the icons and the manifest", () => {
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "hilfe.html", "nicht-unterstuetzt.html", "manifest.xml", "assets"]));
    expect(readdirSync(join(out, "assets"))).toEqual(expect.arrayContaining(["icon-16.png", "icon-32.png", "icon-80.png"]));
  });

  it("writes dist/manifest.xml with every URL under ADDIN_BASE_URL, each naming a file that is in dist/", () => {
    const manifest = read("manifest.xml");
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThan(5);
    expect(manifest).not.toContain("localhost");
    for (const url of urls) {
      expect(url.startsWith(PRODUCTION_BASE_URL)).toBe(true);
      const file = url.slice(PRODUCTION_BASE_URL.length);
      expect({ file, shipped: readdirSync(join(out, file, "..")).includes(file.split("/").pop() as string) }).toEqual({ file, shipped: true });
    }
  });

  itIfXmllint("dist/manifest.xml validates against Microsoft's manifest schema", () => {
    const result = validateManifest(join(out, "manifest.xml"));
    expect(result.stderr).toMatch(/validates/);
    expect(result.status).toBe(0);
  });

  it("ships the Content Security Policy and loads Office.js from Microsoft in <head>, before the bundle, with the fallback after it", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = read(page);
      expect(html).toMatch(/http-equiv="?Content-Security-Policy"?/);
      expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
      expect(html).not.toMatch(/unsafe-eval/);
      const head = html.slice(0, html.indexOf("</head>"));
      const scripts = [...head.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
      expect(scripts[0]).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?/);
      expect(scripts[0]).not.toMatch(/\basync\b|\bdefer\b/);
      expect(scripts[1]).toMatch(/src="?office-js-fallback\.js"?/);
      expect(scripts[2]).toMatch(/src="?old-webview\.js"?/);
      expect(scripts.slice(3).every((s) => /\bdefer\b/.test(s))).toBe(true);
    }
    expect(files).toContain("office-js-fallback.js");
  });

  it("ships the copy of Office.js (@microsoft/office-js) for the fallback: the loader, Excel's host scripts, the strings of each language, its licence", () => {
    const copy = join(out, "office-js");
    const shipped = readdirSync(copy);
    expect(shipped).toEqual(expect.arrayContaining(["office.js", "excel-win32-16.01.js", "excel-web-16.00.js", "excel-mac-16.00.js", "LICENSE.md", "de-de", "en-us", "telemetry"]));
    expect(readdirSync(join(copy, "de-de"))).toEqual(["office_strings.js"]);
    expect(shipped.filter((f) => /\.debug\.js$|^(word|outlook|powerpoint|onenote|project)/.test(f))).toEqual([]);
    const version = (JSON.parse(readFileSync(require.resolve("@microsoft/office-js/package.json"), "utf8")) as { version: string }).version;
    expect(read("taskpane.html")).toMatch(new RegExp(`data-copy-version="?${version.replace(/\./g, "\\.")}"?`));
  });

  it("serves the page for Office with Internet Explorer 11 / Edge Legacy: German, which Office is needed, what works without it, only ES5 scripts", () => {
    const html = read("nicht-unterstuetzt.html");
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toMatch(/Diese Office-Version kann das Steuerungscockpit nicht ausführen/);
    expect(text).toMatch(/Microsoft 365 \(Excel für Windows ab Version 2102, Excel für Mac ab 16\.50\)/);
    expect(text).toMatch(/Office 2021, Office LTSC 2021 oder neuer, jeweils mit der Microsoft-Edge-WebView2-Laufzeit/);
    expect(text).toMatch(/Im Browser .* taskpane\.html/);
    expect(text).toMatch(/steuerungscockpit report mappe\.xlsx/);
    const own = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]).filter((src) => !src.startsWith("https://"));
    expect(own.sort()).toEqual(["office-js-fallback.js", "old-webview.js"]);
    for (const src of own) expect(() => parse(read(src), { ecmaVersion: 5 })).not.toThrow();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });

  it("says on the help page where Office.js comes from", () => {
    expect(read("hilfe.html")).toMatch(/Office\.js von Microsoft \(appsforoffice\.microsoft\.com\)\. Ist Microsofts Server nicht erreichbar, lädt er die mitgelieferte Kopie von Office\.js \(Version [\d.]+\)/);
  });

  it("contains no eval( and no new Function( in any script, and no eval-based source maps", () => {
    const scripts = files.filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const script of scripts) {
      const code = read(script);
      expect({ script, eval: /\beval\(/.test(code), fn: /new Function\(/.test(code) }).toEqual({ script, eval: false, fn: false });
    }
  });

  it("keeps Node-only code (ExcelJS, the file system) out of the pane", () => {
    const pane = files.filter((f) => f.startsWith("taskpane.") && f.endsWith(".js")).map(read).join("\n");
    expect(pane).not.toMatch(/exceljs|node:fs|readFileSync/);
  });

  it("ships no ExcelJS in any chunk: the standalone pane reads and writes .xlsx with the add-in's own code", () => {
    // exceljs.min.js names its repository ("github.com/exceljs/exceljs/blob/master/UPGRADE-4.0.md") in its code.
    const withExcelJs = files.filter((f) => f.endsWith(".js") && /exceljs\/exceljs/.test(read(f)));
    expect(withExcelJs).toEqual([]);
  });

  it("loads at most 250 KB of gzipped JavaScript before the pane is usable; ExcelJS and the engine come later", () => {
    const html = read("taskpane.html");
    const initial = [...html.matchAll(/<script[^>]+src="?([^" >]+\.js)"?/g)].map((m) => m[1]).filter((src) => !src.startsWith("http"));
    expect(initial.length).toBeGreaterThan(0);
    const bytes = initial.reduce((n, src) => n + gzipSync(readFileSync(join(out, src))).length, 0);
    expect(bytes).toBeLessThan(250 * 1024);
    // The engine's own words are in a chunk loaded on first use, not in what the pane needs to appear.
    const engineText = "In der Arbeitsmappe wurden keine monatlichen Grunddaten gefunden";
    expect(initial.map(read).join("\n")).not.toContain(engineText);
    expect(files.filter((f) => f.endsWith(".js")).some((f) => read(f).includes(engineText))).toBe(true);
    expect(initial.map(read).join("\n")).not.toMatch(/regeneratorRuntime/);
  });

  it("makes no network calls of its own: no fetch, XMLHttpRequest or WebSocket in the add-in code", () => {
    const pane = files.filter((f) => f.endsWith(".js")).map(read).join("\n");
    expect(pane).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon/);
  });
});
