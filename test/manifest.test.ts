/**
 * Offline manifest check. `office-addin-manifest validate` uploads the manifest to Microsoft and needs the network,
 * so CI checks here what Office rejects most often: well-formedness, element order, HTTPS, icons, versions, resids.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true });

type Node = Record<string, unknown>;
const tagOf = (node: Node) => Object.keys(node).find((k) => k !== ":@" && k !== "#text") as string;

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("has the OfficeApp elements in schema order", () => {
    const doc = parser.parse(xml) as Node[];
    const app = doc.find((n) => tagOf(n) === "OfficeApp") as Node;
    const children = (app.OfficeApp as Node[]).map(tagOf).filter(Boolean);
    const order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"];
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
