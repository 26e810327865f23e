/**
 * The bits of the Open Packaging Conventions the .xlsx adapter needs to read a package and to splice the report into
 * it: part paths (compared ignoring case), relationships (under any prefix, Strict types read as transitional),
 * content types and XML attribute text of a package held in JSZip. String-level on purpose: only relationship and
 * content-type entries are ever changed here, never a part's content; namespaces are resolved in xml-namespaces.ts.
 */
import JSZip from "jszip";
import { escapeXml, unescapeXml } from "../../xml-text";
import { transitionalType } from "./strict-conformance";
import { childElements, findContainer, startTagOf } from "./xml-elements";
import { assertWellFormed } from "./xml-tokens";
import { declarations, namespacedAttribute, prefixFor, qualified, rootElement, type Scope } from "./xml-namespaces";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The relationships namespace in both conformance classes: r:id attributes may use either. */
export const REL_NAMESPACES = [REL_NS, "http://purl.oclc.org/ooxml/officeDocument/relationships"] as const;
export const MAIN_NAMESPACES = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"] as const;
export const RELATIONSHIPS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
export const REL_TYPE = {
  worksheet: `${REL_NS}/worksheet`,
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
  calcChain: `${REL_NS}/calcChain`,
  officeDocument: `${REL_NS}/officeDocument`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** The target as written: relative to the source part's folder, absolute ("/xl/…") or, if external, a URI. */
  target: string;
  external: boolean;
}

/** An entry whose name would climb out of the package or name an absolute path (xl\..\..\tmp\x, /tmp/x, C:\x). */
export class UnsafePartName extends Error {
  constructor(readonly entry: string) {
    super(`unsafe part name ${entry}`);
    this.name = "UnsafePartName";
  }
}

/**
 * The package in a zip archive. Part names written with "\" (zip tools on Windows; APPNOTE 4.4.17 asks for "/") are
 * read as the "/" names they stand for, as Excel and other readers do. Every name is checked as it stands in the zip:
 * JSZip resolves "../" itself but not "..\", so "xl\..\..\tmp\x" became "xl/../../tmp/x" here and was written into
 * the report copy; an entry that JSZip had to resolve ("xl/../xl/workbook.xml") would silently replace another.
 */
export async function loadPackage(bytes: Uint8Array): Promise<JSZip> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    const original = (zip.files[name] as { unsafeOriginalName?: string }).unsafeOriginalName ?? name;
    if (!isSafePartName(original)) throw new UnsafePartName(original);
  }
  for (const name of Object.keys(zip.files).filter((n) => n.includes("\\"))) {
    const file = zip.files[name];
    zip.remove(name);
    if (!file.dir) zip.file(name.replace(/\\/g, "/"), file.async("uint8array"));
  }
  return zip;
}

/** A relative name of segments, none empty, "." or ".." (after "\" is read as "/"), without a drive or control characters. */
export function isSafePartName(name: string): boolean {
  const path = name.replace(/\\/g, "/").replace(/\/$/, "");
  if (path === "" || path.startsWith("/") || /^[A-Za-z]:/.test(path) || /[\u0000-\u001f]/.test(path)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

/**
 * A part by its name. Part names are compared ignoring case (OPC §6.2.2.3): a relationship to "sharedStrings.xml" finds
 * "SharedStrings.xml", as Excel finds it.
 */
export function partFile(zip: JSZip, path: string): JSZip.JSZipObject | null {
  const exact = zip.file(path);
  if (exact) return exact;
  const name = lowerCaseIndex(zip).get(path.toLowerCase());
  const file = name === undefined ? undefined : zip.files[name];
  return file && !file.dir ? file : null;
}

/** Lower-cased part name → part name, rebuilt when parts were added or removed (most lookups that miss are for .rels parts a part does not have). */
const indexes = new WeakMap<JSZip, { size: number; names: Map<string, string> }>();

function lowerCaseIndex(zip: JSZip): Map<string, string> {
  const names = Object.keys(zip.files);
  let index = indexes.get(zip);
  if (!index || index.size !== names.length) {
    index = { size: names.length, names: new Map(names.map((name) => [name.toLowerCase(), name])) };
    indexes.set(zip, index);
  }
  return index.names;
}

/**
 * A part's text, checked to be well-formed XML without a document type declaration (xml-tokens.ts): what the regular
 * expressions of the package code then do with it costs linear time.
 */
export async function partText(zip: JSZip, path: string): Promise<string> {
  const text = await uncheckedPartText(zip, path);
  assertWellFormed(text, path);
  return text;
}

/** A part's text, or undefined when the package does not have it. */
export async function optionalPartText(zip: JSZip, path: string): Promise<string | undefined> {
  return partFile(zip, path) ? partText(zip, path) : undefined;
}

/** A part's text unchecked, for a reader that runs it through the tokenizer itself (which checks the same). */
export async function uncheckedPartText(zip: JSZip, path: string): Promise<string> {
  const file = partFile(zip, path);
  if (!file) throw new Error(`Teil ${path} fehlt in der Arbeitsmappe.`);
  return decodeXml(inflated.get(file) ?? (await file.async("uint8array")));
}

/**
 * Parts already unpacked by the open check (open-errors.ts), which unpacks every part anyway: the reader takes their
 * bytes from here instead of unpacking them a second time. Keyed by the zip entry, so a part written anew (a new
 * entry) is never read from here.
 */
const inflated = new WeakMap<JSZip.JSZipObject, Uint8Array>();

export function rememberInflated(file: JSZip.JSZipObject, bytes: Uint8Array): void {
  inflated.set(file, bytes);
}

/**
 * An XML part's bytes as text, in the encoding it is written in (XML 1.0 Appendix F: the byte order mark, or the
 * first characters "<?" in UTF-16); the text then says UTF-8, which is how it is written back if it is changed.
 */
export function decodeXml(bytes: Uint8Array): string {
  const encoding = xmlEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === "utf-8" ? text : text.replace(/^(<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; the package root's are "_rels/.rels". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The relationships of a .rels part, whatever prefix it uses (ElementTree writes "ns0:", the SDK "x:"); Strict types read as transitional. */
export function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attribute(tag, "Id") ?? "",
    type: transitionalType(attribute(tag, "Type") ?? ""),
    target: attribute(tag, "Target") ?? "",
    external: attribute(tag, "TargetMode") === "External",
  }));
}

export function serializeRelationships(relationships: Relationship[]): string {
  const body = relationships
    .map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

export async function relationshipsOf(zip: JSZip, partPath: string): Promise<Relationship[]> {
  const xml = await optionalPartText(zip, relsPathOf(partPath));
  return xml ? parseRelationships(xml) : [];
}

/** The part `sourcePart` relates to by the first internal relationship of `type` (its styles, its shared strings …). */
export function relatedPart(sourcePart: string, relationships: Relationship[], type: string): string | undefined {
  const relationship = relationships.find((r) => r.type === type && !r.external);
  return relationship ? resolveTarget(sourcePart, relationship.target) : undefined;
}

/** The encoding of an XML part, from its first bytes. */
export function xmlEncoding(head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0x3c && head[1] === 0x00)) return "utf-16le";
  if ((head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0x00 && head[1] === 0x3c)) return "utf-16be";
  return "utf-8";
}

/** The package path a relationship of `sourcePart` points to ("" is the package root). */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target.split("#")[0]);
  if (decoded.startsWith("/")) return decoded.slice(1);
  const base = sourcePart.includes("/") ? sourcePart.slice(0, sourcePart.lastIndexOf("/")).split("/") : [];
  for (const segment of decoded.split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** The relative target from `sourcePart` to `targetPart`, as Excel writes it ("../drawings/drawing1.xml"). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export function freeRelationshipId(relationships: Relationship[]): string {
  const used = new Set(relationships.map((r) => r.id));
  for (let i = 1; ; i++) if (!used.has(`rId${i}`)) return `rId${i}`;
}

/** The main workbook part, found the way Excel finds it: through the package's officeDocument relationship. */
export async function workbookPartOf(zip: JSZip): Promise<string> {
  const root = await relationshipsOf(zip, "");
  const main = root.find((r) => r.type === REL_TYPE.officeDocument && !r.external);
  if (!main) throw new Error("Die Arbeitsmappe hat keinen Hauptteil (xl/workbook.xml).");
  return resolveTarget("", main.target);
}

/** One <sheet> entry of the workbook part: the sheet's name, the entry's markup, its relationship id ("" if it has none). */
export interface SheetListing {
  name: string;
  tag: string;
  relationshipId: string;
}

/** How the workbook part names things: its own prefix (`x:workbook`) and the namespaces in scope inside <sheets>. */
export interface WorkbookNaming {
  /** The spreadsheetml prefix of the workbook element ("" for the default namespace). */
  prefix: string;
  /** The scope inside the <sheets> element (or the root, if there is none). */
  sheetsScope: Scope;
}

export function workbookNaming(workbookXml: string): WorkbookNaming {
  const root = rootElement(workbookXml);
  const prefix = root?.prefix ?? "";
  const sheets = findContainer(workbookXml, qualified(prefix, "sheets"));
  return { prefix, sheetsScope: declarations(sheets?.startTag ?? "", root?.scope) };
}

/** The prefix bound to the relationships namespace inside <sheets>, if any (Excel: "r"; openpyxl declares none there). */
export function relationshipPrefixIn(naming: WorkbookNaming): string | undefined {
  const prefix = prefixFor(naming.sheetsScope, REL_NAMESPACES);
  return prefix ? prefix : undefined;
}

/** The workbook part's <sheet> entries in tab order, their r:id resolved as a parser would, wherever it is declared. */
export function sheetListing(workbookXml: string): SheetListing[] {
  const naming = workbookNaming(workbookXml);
  return childElements(findContainer(workbookXml, qualified(naming.prefix, "sheets"))?.inner ?? "").map((tag) => {
    const start = startTagOf(tag);
    return {
      name: attribute(start, "name") ?? "",
      tag,
      relationshipId: namespacedAttribute(start, declarations(start, naming.sheetsScope), REL_NAMESPACES, "id") ?? "",
    };
  });
}

/** The workbook's sheets in tab order, each with the part it is stored in and that relationship's type. */
export async function sheetPartsOf(zip: JSZip): Promise<Array<SheetListing & { part?: string; type?: string }>> {
  const workbookPath = await workbookPartOf(zip);
  const relationships = await relationshipsOf(zip, workbookPath);
  return sheetListing(await partText(zip, workbookPath)).map((sheet) => {
    const relationship = sheet.relationshipId ? relationships.find((r) => r.id === sheet.relationshipId && !r.external) : undefined;
    return relationship ? { ...sheet, part: resolveTarget(workbookPath, relationship.target), type: relationship.type } : sheet;
  });
}

/** The shared string table's part, if the workbook has one. */
export async function sharedStringsPartOf(zip: JSZip): Promise<string | undefined> {
  const workbookPath = await workbookPartOf(zip);
  return relatedPart(workbookPath, await relationshipsOf(zip, workbookPath), `${REL_NS}/sharedStrings`);
}

/** Every part reachable from the package root through internal relationships. */
export async function reachableParts(zip: JSZip): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [""];
  while (queue.length > 0) {
    const part = queue.shift() as string;
    for (const r of await relationshipsOf(zip, part)) {
      if (r.external) continue;
      const target = resolveTarget(part, r.target);
      if (!seen.has(target) && partFile(zip, target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}

/**
 * The first free "<folder>/<stem>N.<ext>" for a part named like `path` (sheet3.xml, chart12.xml, image1.png …). Part
 * names are compared ignoring case, as the package format does: "chart1.xml" is taken when "Chart1.xml" exists.
 */
export function freePartName(zip: JSZip, path: string, reserved: Set<string>): string {
  const match = /^(.*?)(\d*)(\.[^./]+)$/.exec(path);
  if (!match) return path;
  const [, stem, , ext] = match;
  const taken = new Set([...Object.keys(zip.files), ...reserved].map((name) => name.toLowerCase()));
  for (let i = 1; ; i++) {
    const candidate = `${stem}${i}${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** [Content_Types].xml: a part's type by its Override, else by its extension's Default (OPC §10.1.2.4). */
export class ContentTypes {
  /** The prefix of the Types element, for elements added to it ("" in what Excel writes). */
  private readonly prefix: string;

  private constructor(private xml: string) {
    this.prefix = rootElement(xml)?.prefix ?? "";
  }

  static async of(zip: JSZip): Promise<ContentTypes> {
    return new ContentTypes(await partText(zip, "[Content_Types].xml"));
  }

  typeOf(partPath: string): string | undefined {
    const override = [...this.xml.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*>/g)].find(([tag]) => attribute(tag, "PartName")?.toLowerCase() === `/${partPath}`.toLowerCase());
    if (override) return attribute(override[0], "ContentType");
    const extension = partPath.slice(partPath.lastIndexOf(".") + 1).toLowerCase();
    const fallback = [...this.xml.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*>/g)].find(([tag]) => attribute(tag, "Extension")?.toLowerCase() === extension);
    return fallback ? attribute(fallback[0], "ContentType") : undefined;
  }

  add(partPath: string, type: string): void {
    if (this.typeOf(partPath) === type) return;
    const override = `<${qualified(this.prefix, "Override")} PartName="/${escapeXml(partPath)}" ContentType="${escapeXml(type)}"/>`;
    this.xml = this.xml.replace(/<\/([\w.-]+:)?Types>\s*$/, (end) => `${override}${end}`);
  }

  /** Gives the part a type if the package has none for it (a .rels part where the package lacks the "rels" Default). */
  ensure(partPath: string, type: string): void {
    if (this.typeOf(partPath) === undefined) this.add(partPath, type);
  }

  remove(partPath: string): void {
    this.xml = this.xml.replace(/<(?:[\w.-]+:)?Override\b[^>]*>/g, (tag) => (attribute(tag, "PartName")?.toLowerCase() === `/${partPath}`.toLowerCase() ? "" : tag));
  }

  save(zip: JSZip): void {
    zip.file("[Content_Types].xml", this.xml);
  }
}

/** An attribute's unescaped value in one start tag, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? unescapeXml(match[1] ?? match[2]) : undefined;
}

/** The start tag with one attribute set (replaced if present, appended otherwise). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
}

export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
