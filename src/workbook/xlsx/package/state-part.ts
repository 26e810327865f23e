/**
 * The add-in's state part (../../state-part.ts) in the package, laid out as Excel lays out the custom XML parts that
 * Office.js adds (workbook.customXmlParts):
 *  - the Custom XML Data Storage part customXml/itemN.xml, content type application/xml, target of a relationship of
 *    type …/relationships/customXml from the workbook part (ECMA-376 Part 1 §15.2.4);
 *  - its Custom XML Data Storage Properties part customXml/itemPropsN.xml, content type
 *    application/vnd.openxmlformats-officedocument.customXmlProperties+xml, target of a …/relationships/customXmlProps
 *    relationship from the data part (§15.2.5), holding a datastoreItem with the item's GUID and the namespace as its
 *    schema reference (§22.5.2.1–§22.5.2.3).
 * A part of ours is known by its root element's namespace, as getByNamespace finds it in Excel.
 */
import type JSZip from "jszip";
import type { AddinState } from "../../port";
import { isStateXml, STATE_NAMESPACE, stateFromXml, stateXml } from "../../state-part";
import {
  type ContentTypes,
  freePartName,
  freeRelationshipId,
  optionalPartText,
  REL_NS,
  RELATIONSHIPS_CONTENT_TYPE,
  type Relationship,
  relationshipsOf,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  serializeRelationships,
} from "./opc";
import { stableGuid } from "./stable-ids";

export const CUSTOM_XML_TYPE = `${REL_NS}/customXml`;
const CUSTOM_XML_PROPS_TYPE = `${REL_NS}/customXmlProps`;
const XML_CONTENT_TYPE = "application/xml";
const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const DATASTORE_NS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n';

/** The state in the package's state part, if it has one that can be read. */
export async function readStatePart(zip: JSZip, workbookPath: string): Promise<AddinState | null> {
  for (const part of await stateParts(zip, workbookPath, await relationshipsOf(zip, workbookPath))) {
    const state = stateFromXml((await optionalPartText(zip, part.path)) ?? "");
    if (state) return state;
  }
  return null;
}

/**
 * Writes `state` into the package: into the state part it has (under its name, so Excel's item numbering stays), or a
 * new one related from the workbook part; a second part of ours (two stores would leave Excel's getOnlyItem with
 * none) is taken out. `relationships` are the workbook part's, changed here and saved by the caller. Returns the parts
 * written, for the package check.
 */
export async function writeStatePart(zip: JSZip, workbookPath: string, relationships: Relationship[], types: ContentTypes, state: AddinState): Promise<string[]> {
  const [kept, ...surplus] = await stateParts(zip, workbookPath, relationships);
  for (const part of surplus) {
    relationships.splice(relationships.indexOf(part.relationship), 1);
    for (const p of [part.path, ...(await propertiesPartsOf(zip, part.path)), relsPathOf(part.path)]) {
      zip.remove(p);
      types.remove(p);
    }
  }
  const xml = `${DECLARATION}${stateXml(state)}`;
  if (kept) {
    zip.file(kept.path, xml);
    types.add(kept.path, XML_CONTENT_TYPE);
    return [kept.path];
  }
  const path = freePartName(zip, "customXml/item1.xml", new Set());
  const number = /(\d+)\.xml$/.exec(path)?.[1] ?? "1";
  const usual = `customXml/itemProps${number}.xml`;
  const properties = zip.file(usual) ? freePartName(zip, usual, new Set()) : usual;
  zip.file(path, xml);
  types.add(path, XML_CONTENT_TYPE);
  zip.file(properties, datastoreItem());
  types.add(properties, PROPS_CONTENT_TYPE);
  zip.file(relsPathOf(path), serializeRelationships([{ id: "rId1", type: CUSTOM_XML_PROPS_TYPE, target: relativeTarget(path, properties), external: false }]));
  types.ensure(relsPathOf(path), RELATIONSHIPS_CONTENT_TYPE);
  relationships.push({ id: freeRelationshipId(relationships), type: CUSTOM_XML_TYPE, target: relativeTarget(workbookPath, path), external: false });
  return [path, properties, relsPathOf(path)];
}

/** The package's custom XML parts in our namespace, related from the workbook part. */
async function stateParts(zip: JSZip, workbookPath: string, relationships: Relationship[]): Promise<Array<{ path: string; relationship: Relationship }>> {
  const found = [];
  for (const relationship of relationships.filter((r) => r.type === CUSTOM_XML_TYPE && !r.external)) {
    const path = resolveTarget(workbookPath, relationship.target);
    const xml = await optionalPartText(zip, path);
    if (xml !== undefined && isStateXml(xml)) found.push({ path, relationship });
  }
  return found;
}

async function propertiesPartsOf(zip: JSZip, dataPart: string): Promise<string[]> {
  return (await relationshipsOf(zip, dataPart)).filter((r) => r.type === CUSTOM_XML_PROPS_TYPE && !r.external).map((r) => resolveTarget(dataPart, r.target));
}

/** The properties part; its item GUID is derived from the namespace, so that writing the same state gives the same bytes. */
function datastoreItem(): string {
  return `${DECLARATION}<ds:datastoreItem ds:itemID="${stableGuid(`steuerungscockpit:custom-xml:${STATE_NAMESPACE}`)}" xmlns:ds="${DATASTORE_NS}"><ds:schemaRefs><ds:schemaRef ds:uri="${STATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`;
}
