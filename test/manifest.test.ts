/**
 * Offline manifest check. `office-addin-manifest validate` uploads the manifest to Microsoft and needs the network,
 * so CI validates it here against Microsoft's own XSD files (../shared/manifest-xsd/ beside the project, origin in its
 * README) with xmllint
 * (Debian libxml2-utils; .ci/run installs it, without it the schema test is skipped locally but fails in CI), and
 * checks what the schema cannot: HTTPS, icons that exist, resids, the ribbon buttons.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const SCHEMA = join(ROOT, "..", "shared", "manifest-xsd", "OfficeAppManifestV1_1.xsd");
const haveXmllint = spawnSync("xmllint", ["--version"]).status === 0;
const itIfXmllint = haveXmllint || process.env.CI ? it : it.skip;
const validate = (file: string) => spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true });

type Node = Record<string, unknown>;
const tagOf = (node: Node) => Object.keys(node).find((k) => k !== ":@" && k !== "#text") as string;

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  itIfXmllint("validates against Microsoft's add-in manifest schema (XSD), offline", () => {
    if (!haveXmllint) throw new Error("xmllint wird für diesen Test benötigt (apt-get install libxml2-utils).");
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

  it("is a task pane add-in for workbooks with a GUID, a four-part version, ExcelApi 1.7 and ReadWriteDocument", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(/<Id>([^<]+)<\/Id>/.exec(xml)?.[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
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

describe("the pages the manifest loads", () => {
  const policyOf = (file: string) => {
    const html = readFileSync(join(ROOT, file), "utf8");
    const content = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    return new Map(content.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
  };

  it.each(["src/commands/commands.html", "src/taskpane/taskpane.html"])(
    "%s allows Office.js's inline styles (office-js#1687), but no inline or remote script besides Office.js",
    (file) => {
      const policy = policyOf(file);
      expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(policy.get("connect-src")).toEqual(["'self'"]);
    },
  );
});
