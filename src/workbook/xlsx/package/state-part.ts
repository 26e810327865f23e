/**
 * The add-in's state part (../../state-part.ts) in the package, laid out as Excel lays out the custom XML parts that
 * Office.js adds (workbook.customXmlParts):
 *  - the Custom XML Data Storage part customXml/itemN.xml, content type application/xml, target of a relationship of
 *    type …/relationships/customXml from the workbook part (ECMA-376 Part 1 §15.2.4);
 *  - its Custom XML Data Storage Properties part customXml/itemPropsN.xml, content type
 *    application/vnd.openxmlformats-officedocument.customXmlProperties+xml, target of a …/relationships/customXmlProps
 *    relationship from the data part (§15.2.5), holding a datastoreItem with the item's GUID and the namespace as its
 *    schema reference (§22.5.2.1–§22.5.2.3).
 * A part of ours is known by its root element's namespace, as getByNamespace finds it in Excel. LibreOffice keeps the
 * part when it saves, but relates it from the package root instead (seen with LibreOffice 7.4): it is found there too.
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
  for (const part of await stateParts(zip, workbookPath, await relationshipsOf(zip, workbookPath), await relationshipsOf(zip, ""))) {
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
  const root = await relationshipsOf(zip, "");
  const [kept, ...surplus] = await stateParts(zip, workbookPath, relationships, root);
  for (const part of surplus) {
    const from = part.fromRoot ? root : relationships;
    from.splice(from.indexOf(part.relationship), 1);
    for (const p of [part.path, ...(await propertiesPartsOf(zip, part.path)), relsPathOf(part.path)]) {
      zip.remove(p);
      types.remove(p);
    }
  }
  const rootSaved = surplus.some((part) => part.fromRoot) ? [relsPathOf("")] : [];
  if (rootSaved.length > 0) zip.file(relsPathOf(""), serializeRelationships(root));
  const xml = `${DECLARATION}${stateXml(state)}`;
  if (kept) {
    zip.file(kept.path, xml);
    types.add(kept.path, XML_CONTENT_TYPE);
    return [kept.path, ...rootSaved];
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
  return [path, properties, relsPathOf(path), ...rootSaved];
}

interface FoundPart {
  path: string;
  relationship: Relationship;
  /** Related from the package root (LibreOffice), not from the workbook part. */
  fromRoot: boolean;
}

/** The package's custom XML parts in our namespace, related from the workbook part or from the package root. */
async function stateParts(zip: JSZip, workbookPath: string, relationships: Relationship[], root: Relationship[]): Promise<FoundPart[]> {
  const found: FoundPart[] = [];
  const sources = [
    { source: workbookPath, list: relationships, fromRoot: false },
    { source: "", list: root, fromRoot: true },
  ];
  for (const { source, list, fromRoot } of sources) {
    for (const relationship of list.filter((r) => r.type === CUSTOM_XML_TYPE && !r.external)) {
      const path = resolveTarget(source, relationship.target);
      const xml = found.some((f) => f.path === path) ? undefined : await optionalPartText(zip, path);
      if (xml !== undefined && isStateXml(xml)) found.push({ path, relationship, fromRoot });
    }
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
