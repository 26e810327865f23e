/**
 * Offline manifest check. `office-addin-manifest validate` uploads the manifest to Microsoft and needs the network,
 * so CI validates it here against Microsoft's own XSD files (test/fixtures/manifest-xsd/, origin in its README) with
 * xmllint, and checks what the schema cannot: HTTPS, icons that exist, resids, the ribbon buttons. A build for a real
 * host (ADDIN_BASE_URL) moves every URL under that base; the built manifest is checked again in test/build.test.ts.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addinBaseUrl, DEV_BASE_URL, manifestUrls, OFFICE_JS_CDN, officeJsMode, officeJsPage, rebaseManifest, renderPage } from "../scripts/webpack/deployment";
import { itIfXmllint, validateManifest as validate } from "./fixtures/manifest-schema";

const ROOT = join(__dirname, "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true });

type Node = Record<string, unknown>;
const tagOf = (node: Node) => Object.keys(node).find((k) => k !== ":@" && k !== "#text") as string;

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  itIfXmllint("validates against Microsoft's add-in manifest schema (XSD), offline", () => {
    const result = validate(join(ROOT, "manifest.xml"));
    expect(result.stderr).toMatch(/validates/);
    expect(result.status).toBe(0);
  });

  itIfXmllint("the schema check refuses what Office refuses: an empty <AppDomains/>", () => {
    const broken = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
    writeFileSync(broken, xml.replace("<Hosts>", "<AppDomains/>\n  <Hosts>"));
    const result = validate(broken);
    expect(result.stderr).toMatch(/AppDomains.*Missing child element/);
    expect(result.status).not.toBe(0);
  });

  it("has the OfficeApp elements in schema order", () => {
    const doc = parser.parse(xml) as Node[];
    const app = doc.find((n) => tagOf(n) === "OfficeApp") as Node;
    const children = (app.OfficeApp as Node[]).map(tagOf).filter(Boolean);
    const order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
    expect(children).toEqual(order);
  });

  it("is a task pane add-in for workbooks with a GUID, a four-part version, ExcelApi 1.13 and ReadWriteDocument", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    // The real minimum: 1.13 is Microsoft 365 Version 2102, Office 2021, Mac 16.50 and the web (docs/requirement-sets/
    // excel/excel-api-requirement-sets.md), all with a webview that runs the pane; Office 2016/2019 (IE 11, Edge
    // Legacy; docs/develop/support-ie-11.md) do not offer the add-in.
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.13"\/>/);
    expect(/<Permissions>([^<]+)<\/Permissions>/.exec(xml)?.[1]).toBe("ReadWriteDocument");
    expect(/<DefaultLocale>([^<]+)<\/DefaultLocale>/.exec(xml)?.[1]).toBe("de-DE");
  });

  it("uses HTTPS for every URL", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("points every icon at a file that exists in assets/", () => {
    const icons = [...xml.matchAll(/"https:\/\/localhost:3000\/(assets\/[^"]+\.png)"/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const icon of icons) expect({ icon, exists: existsSync(join(ROOT, icon)) }).toEqual({ icon, exists: true });
  });

  it("defines every resid it references, and German strings with English overrides", () => {
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    for (const id of used) expect({ id, defined: defined.has(id) }).toEqual({ id, defined: true });
    const strings = [...xml.matchAll(/<bt:String id="[^"]+" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US"/g)];
    expect(strings.length).toBe([...xml.matchAll(/<bt:String id=/g)].length);
  });

  it("has the ribbon buttons: open the pane, and refresh without opening it", () => {
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>refreshReport<\/FunctionName>/);
  });
});

describe("a manifest for a real host (ADDIN_BASE_URL)", () => {
  const base = "https://intranet.example/sc/";
  const rebased = rebaseManifest(xml, base);

  it("names only that base in every URL, and the same files as the development manifest", () => {
    const urls = manifestUrls(rebased);
    expect(urls.length).toBe(manifestUrls(xml).length);
    for (const url of urls) expect(url.startsWith(base)).toBe(true);
    expect(rebased).not.toContain("localhost");
    expect(urls.map((u) => u.slice(base.length))).toEqual(manifestUrls(xml).map((u) => u.slice(DEV_BASE_URL.length)));
  });

  itIfXmllint("still validates against the schema", () => {
    const file = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
    writeFileSync(file, rebased);
    const result = validate(file);
    expect(result.stderr).toMatch(/validates/);
    expect(result.status).toBe(0);
  });

  it("takes the base as IT writes it: with or without the trailing slash, at the server's root or below", () => {
    expect(addinBaseUrl("https://intranet.example/sc")).toBe("https://intranet.example/sc/");
    expect(addinBaseUrl(" https://addins.example ")).toBe("https://addins.example/");
    expect(addinBaseUrl(undefined)).toBeUndefined();
    expect(addinBaseUrl("")).toBeUndefined();
  });

  it("refuses a base Office would not load, in German", () => {
    expect(() => addinBaseUrl("http://intranet.example/sc/")).toThrow(/muss mit https:\/\/ beginnen/);
    expect(() => addinBaseUrl("intranet.example/sc")).toThrow(/keine gültige Adresse/);
    expect(() => addinBaseUrl("https://intranet.example/sc/?v=1")).toThrow(/weder Abfrage/);
  });

  it("fails rather than ship a manifest with a URL outside the base", () => {
    const foreign = xml.replace('<SupportUrl DefaultValue="https://localhost:3000/hilfe.html"/>', '<SupportUrl DefaultValue="https://elsewhere.example/hilfe.html"/>');
    expect(() => rebaseManifest(foreign, base)).toThrow(/elsewhere\.example/);
  });
});

describe("the pages the manifest loads", () => {
  const rendered = (file: string, mode: "cdn" | "local") => renderPage(readFileSync(join(ROOT, file), "utf8"), officeJsPage(mode, "1.1.110"));
  const policyOf = (html: string) => {
    const content = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    return new Map(content.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
  };
  const pages = ["src/commands/commands.html", "src/taskpane/taskpane.html"];

  it.each(pages)("%s allows Office.js's inline styles (office-js#1687), but no inline or remote script besides Office.js", (file) => {
    const policy = policyOf(rendered(file, "cdn"));
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it.each(pages)("%s loads Office.js from the CDN in <head>, then the fallback to the copy on our own server", (file) => {
    const head = /<head>([\s\S]*)<\/head>/.exec(rendered(file, "cdn"))?.[1] ?? "";
    const scripts = [...head.matchAll(/<script([^>]*)><\/script>/g)].map((m) => m[1].trim());
    expect(scripts.slice(0, 2)).toEqual([`id="office-js-cdn" src="${OFFICE_JS_CDN}"`, 'src="office-js-fallback.js"']);
    expect(head).not.toMatch(/\basync\b|\bdefer\b/);
  });

  it.each(pages)("%s sends Internet Explorer 11 and Edge Legacy to the ES5 page, after Office.js", (file) => {
    const head = /<head>([\s\S]*)<\/head>/.exec(rendered(file, "cdn"))?.[1] ?? "";
    const scripts = [...head.matchAll(/<script([^>]*)><\/script>/g)].map((m) => m[1].trim());
    expect(scripts[2]).toBe(`src="old-webview.js" data-page="${file.includes("commands") ? "commands" : "taskpane"}"`);
  });

  it.each(pages)("%s built with OFFICE_JS=local loads only the copy, and its policy no longer allows the CDN", (file) => {
    const html = rendered(file, "local");
    expect(html).not.toContain("appsforoffice");
    expect(html).toContain('<script src="office-js/office.js"></script>');
    expect(policyOf(html).get("script-src")).toEqual(["'self'"]);
  });

  it("takes OFFICE_JS as IT writes it, and refuses anything else in German", () => {
    expect([undefined, "", "cdn", "CDN", "local", " Local "].map((v) => officeJsMode(v))).toEqual(["cdn", "cdn", "cdn", "cdn", "local", "local"]);
    expect(() => officeJsMode("lokal")).toThrow(/OFFICE_JS „lokal“ ist unbekannt/);
  });

  it("leaves no placeholder unfilled, and fails on one it does not know", () => {
    for (const file of [...pages, "src/taskpane/hilfe.html", "src/taskpane/nicht-unterstuetzt.html"]) expect(rendered(file, "cdn")).not.toContain("<%");
    expect(() => renderPage("<%= officeJs.nothing %>", officeJsPage("cdn", "1"))).toThrow(/officeJs\.nothing/);
  });
});
