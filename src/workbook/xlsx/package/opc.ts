/**
 * The bits of the Open Packaging Conventions the .xlsx adapter needs to read a package and to splice the report into
 * it: part paths, relationships, content types and XML attribute text of a package held in JSZip. String-level on
 * purpose: the parts come from Excel, LibreOffice or ExcelJS, and only their relationship and content-type entries are
 * ever changed here, never their content.
 */
import type JSZip from "jszip";
import { childElements, findContainer } from "./xml-elements";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
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

export async function partText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`Teil ${path} fehlt in der Arbeitsmappe.`);
  return file.async("string");
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; the package root's are "_rels/.rels". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

export function parseRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attribute(tag, "Id") ?? "",
    type: attribute(tag, "Type") ?? "",
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
  const file = zip.file(relsPathOf(partPath));
  return file ? parseRelationships(await file.async("string")) : [];
}

/** The part `sourcePart` relates to by the first internal relationship of `type` (its styles, its shared strings …). */
export function relatedPart(sourcePart: string, relationships: Relationship[], type: string): string | undefined {
  const relationship = relationships.find((r) => r.type === type && !r.external);
  return relationship ? resolveTarget(sourcePart, relationship.target) : undefined;
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

/** One <sheet> entry of the workbook part: the sheet's name, the entry's markup, its relationship id. */
export interface SheetListing {
  name: string;
  tag: string;
  relationshipId: string;
}

/** The workbook part's <sheet> entries in tab order. */
export function sheetListing(workbookXml: string): SheetListing[] {
  const main = /<(\w+:)?workbook\b/.exec(workbookXml)?.[1] ?? "";
  const prefix = relationshipPrefix(workbookXml) ?? "r";
  return childElements(findContainer(workbookXml, `${main}sheets`)?.inner ?? "").map((tag) => ({
    name: attribute(tag, "name") ?? "",
    tag,
    relationshipId: attribute(tag, `${prefix}:id`) ?? "",
  }));
}

/** The workbook's sheets in tab order, each with the part it is stored in and that relationship's type. */
export async function sheetPartsOf(zip: JSZip): Promise<Array<SheetListing & { part?: string; type?: string }>> {
  const workbookPath = await workbookPartOf(zip);
  const relationships = await relationshipsOf(zip, workbookPath);
  return sheetListing(await partText(zip, workbookPath)).map((sheet) => {
    const relationship = relationships.find((r) => r.id === sheet.relationshipId && !r.external);
    return relationship ? { ...sheet, part: resolveTarget(workbookPath, relationship.target), type: relationship.type } : sheet;
  });
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
      if (!seen.has(target) && zip.file(target)) {
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

export class ContentTypes {
  private constructor(private xml: string) {}

  static async of(zip: JSZip): Promise<ContentTypes> {
    return new ContentTypes(await partText(zip, "[Content_Types].xml"));
  }

  typeOf(partPath: string): string | undefined {
    const override = [...this.xml.matchAll(/<Override\b[^>]*>/g)].find(([tag]) => attribute(tag, "PartName")?.toLowerCase() === `/${partPath}`.toLowerCase());
    if (override) return attribute(override[0], "ContentType");
    const extension = partPath.slice(partPath.lastIndexOf(".") + 1).toLowerCase();
    const fallback = [...this.xml.matchAll(/<Default\b[^>]*>/g)].find(([tag]) => attribute(tag, "Extension")?.toLowerCase() === extension);
    return fallback ? attribute(fallback[0], "ContentType") : undefined;
  }

  add(partPath: string, type: string): void {
    if (this.typeOf(partPath) === type) return;
    this.xml = this.xml.replace(/<\/(\w+:)?Types>\s*$/, (end) => `<Override PartName="/${escapeXml(partPath)}" ContentType="${escapeXml(type)}"/>${end}`);
  }

  remove(partPath: string): void {
    this.xml = this.xml.replace(/<Override\b[^>]*>/g, (tag) => (attribute(tag, "PartName")?.toLowerCase() === `/${partPath}`.toLowerCase() ? "" : tag));
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

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => character(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => character(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** A character reference's character; one beyond Unicode (only in a damaged file) becomes the replacement character. */
function character(codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : "\ufffd";
}

/** The prefix a part uses for the relationships namespace ("r" in what Excel writes), or undefined. */
export function relationshipPrefix(xml: string): string | undefined {
  return new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${REL_NS.replace(/[./]/g, "\\$&")}"`).exec(xml)?.[1];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
