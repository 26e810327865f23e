/**
 * "Strict Open XML" (ISO/IEC 29500 Strict, Excel's "Strict Open XML-Arbeitsmappe"): the same markup as the usual
 * transitional form under other namespace names and relationship types (ECMA-376 Part 1, 5th ed., §M.1/M.2 list the
 * pairs). Reading maps the names; writing turns the whole package into the transitional form, because a report spliced
 * into a Strict package would mix both, which no reader accepts. The caller tells the user.
 */
import type JSZip from "jszip";

const STRICT = "http://purl.oclc.org/ooxml/";

/** Strict namespace (also the stem of its relationship types) → transitional one. */
const NAMESPACES: Array<[string, string]> = [
  ["http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"],
  ["http://purl.oclc.org/ooxml/officeDocument/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"],
  ["http://purl.oclc.org/ooxml/officeDocument/customProperties", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"],
  ["http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"],
  ["http://purl.oclc.org/ooxml/officeDocument/math", "http://schemas.openxmlformats.org/officeDocument/2006/math"],
  ["http://purl.oclc.org/ooxml/officeDocument/bibliography", "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"],
  ["http://purl.oclc.org/ooxml/officeDocument/characteristics", "http://schemas.openxmlformats.org/officeDocument/2006/characteristics"],
  ["http://purl.oclc.org/ooxml/officeDocument/customXml", "http://schemas.openxmlformats.org/officeDocument/2006/customXml"],
  ["http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main"],
  ["http://purl.oclc.org/ooxml/drawingml/chart", "http://schemas.openxmlformats.org/drawingml/2006/chart"],
  ["http://purl.oclc.org/ooxml/drawingml/chartDrawing", "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing"],
  ["http://purl.oclc.org/ooxml/drawingml/diagram", "http://schemas.openxmlformats.org/drawingml/2006/diagram"],
  ["http://purl.oclc.org/ooxml/drawingml/picture", "http://schemas.openxmlformats.org/drawingml/2006/picture"],
  ["http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"],
  ["http://purl.oclc.org/ooxml/drawingml/lockedCanvas", "http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas"],
  ["http://purl.oclc.org/ooxml/schemaLibrary/main", "http://schemas.openxmlformats.org/schemaLibrary/2006/main"],
];

/** Relationship types whose last segment differs between the two forms (§M.2). */
const RENAMED_TYPES: Record<string, string> = { extendedProperties: "extended-properties", customProperties: "custom-properties" };

export function isStrictText(xml: string): boolean {
  return xml.includes(STRICT);
}

/** A Strict namespace's transitional name; any other name as it is. */
export function transitionalNamespace(uri: string): string {
  return NAMESPACES.find(([strict]) => strict === uri)?.[1] ?? uri;
}

/** A Strict relationship type's transitional name ("…/ooxml/officeDocument/relationships/worksheet" → "…/2006/relationships/worksheet"). */
export function transitionalType(type: string): string {
  const stem = NAMESPACES[1][0];
  if (!type.startsWith(`${stem}/`)) return type;
  const name = type.slice(stem.length + 1);
  return `${NAMESPACES[1][1]}/${RENAMED_TYPES[name] ?? name}`;
}

/** Every namespace name and relationship type a Strict part uses, in their transitional form. */
export function transitionalText(xml: string): string {
  if (!isStrictText(xml)) return xml;
  return xml
    .replace(/http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/([\w-]+)/g, (type) => transitionalType(type))
    .replace(/http:\/\/purl\.oclc\.org\/ooxml\/[\w/]+/g, (uri) => transitionalNamespace(uri))
    .replace(/\sconformance\s*=\s*(?:"strict"|'strict')/g, "");
}

/** Turns a Strict package into the transitional form, part by part (only XML parts; media are the same in both). */
export async function toTransitional(zip: JSZip, decode: (bytes: Uint8Array) => string): Promise<void> {
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels|vml)$/i.test(file.name)) continue;
    const xml = decode(await file.async("uint8array"));
    if (isStrictText(xml)) zip.file(file.name, transitionalText(xml));
  }
}
