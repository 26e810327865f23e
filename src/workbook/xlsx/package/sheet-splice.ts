/**
 * Writes the report into the user's workbook at package level: the add-in's earlier sheets are taken out, the freshly
 * written report sheets (a small workbook of their own) are put in, and every other part of the user's file — the
 * source sheets with their charts, pictures, pivot tables and validations — is copied byte for byte, still compressed.
 * Re-writing the whole workbook (with ExcelJS, until December 2026) cost most of the time and memory of a large refresh
 * and dropped whatever the writer did not model.
 *
 * Packages come from Excel, LibreOffice, the OpenXML SDK, openpyxl, generators and fuzzers: namespaces are resolved as
 * a parser resolves them (xml-namespaces.ts), UTF-16 parts decoded, missing styles and theme parts supplied, a Strict
 * package made transitional; and every part written here is checked before the package is saved
 * (written-package-check.ts).
 */
import JSZip from "jszip";
import type { AddinState } from "../../port";
import {
  attribute,
  ContentTypes,
  decodeXml,
  loadPackage,
  partFile,
  RELATIONSHIPS_CONTENT_TYPE,
  freePartName,
  freeRelationshipId,
  partText,
  reachableParts,
  REL_NS,
  REL_TYPE,
  relationshipPrefixIn,
  relationshipsOf,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  serializeRelationships,
  type SheetListing,
  sheetListing,
  relatedPart,
  withAttribute,
  workbookNaming,
  workbookPartOf,
  type Relationship,
} from "./opc";
import { escapeXml } from "../../xml-text";
import { qualified } from "./xml-namespaces";
import { SpliceUnsupported } from "./splice-unsupported";
import { isStrictText, toTransitional } from "./strict-conformance";
import { mergeStyles, type StyleShift } from "./style-merge";
import { assertWrittenPackage } from "./written-package-check";
import { withStableRuleIds } from "./stable-ids";
import { writeStatePart } from "./state-part";
import { adoptWorksheet } from "./worksheet-adoption";
import { childElements, findContainer } from "./xml-elements";

export interface SpliceRequest {
  /** Sheets of the user's workbook to take out: the add-in's earlier report sheets and its old state sheet. */
  remove: string[];
  /** The add-in's state, written into its custom XML part (state-part.ts); the part is left as it is without one. */
  state?: AddinState;
  /** A report sheet's name → the sheet whose tab position it takes over. Other report sheets go to the end. */
  takesPlaceOf: Map<string, string>;
}


const STYLES_TYPE = `${REL_NS}/styles`;
const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const SHARED_STRINGS_TYPE = `${REL_NS}/sharedStrings`;
/**
 * The date of every zip entry written: a package's parts carry no meaning in their zip dates (OPC, ECMA-376 Part 2,
 * maps parts to zip items by name only), and a fixed one keeps two writes of the same report the same bytes.
 */
export const ZIP_ENTRY_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

export interface SpliceResult {
  bytes: Uint8Array;
  /** The workbook was Strict Open XML and is written back in the transitional form. */
  madeTransitional: boolean;
}

/** `report`: the report sheets' own package (writing/report-package.ts), or such a package saved. */
export async function spliceSheets(workbookBytes: Uint8Array, report: JSZip | Uint8Array, request: SpliceRequest): Promise<SpliceResult> {
  const target = await loadPackage(workbookBytes);
  const source = report instanceof Uint8Array ? await JSZip.loadAsync(report) : report;
  // A report in the transitional form cannot join a Strict workbook: the whole package goes transitional.
  const madeTransitional = isStrictText(await partText(target, "_rels/.rels").catch(() => ""));
  if (madeTransitional) await toTransitional(target, decodeXml);
  const book = await WorkbookParts.read(target);
  const reportParts = await WorkbookParts.read(source);
  const types = await ContentTypes.of(target);
  const sourceTypes = await ContentTypes.of(source);

  const oldSheets = book.sheets();
  const newSheets = reportParts.sheets();
  const removed = new Set(request.remove);
  const kept = oldSheets.filter((s) => !removed.has(s.name));
  const keptNames = new Set(kept.map((s) => s.name.toLocaleLowerCase("de-DE")));
  if (newSheets.some((s) => keptNames.has(s.name.toLocaleLowerCase("de-DE")))) throw new SpliceUnsupported("sheet name taken");

  // Out with the add-in's earlier sheets (and the calculation chain, which lists cells by sheet and is rebuilt by Excel).
  const reachableBefore = await reachableParts(target);
  // A report sheet keeps the part name of the sheet it replaces: refresh after refresh, the package stays the same.
  const previousPart = new Map(oldSheets.filter((s) => removed.has(s.name) && s.relationshipId).flatMap((s) => book.partOfSheet(s.relationshipId).map((part) => [s.name, part] as const)));
  const dropped = new Set(oldSheets.filter((s) => removed.has(s.name) && s.relationshipId).map((s) => s.relationshipId));
  book.relationships = book.relationships.filter((r) => !dropped.has(r.id) && r.type !== REL_TYPE.calcChain && book.dangling(target, r) !== "unused");
  // What the user's file already had broken is theirs, not a defect of this splice.
  const alreadyBroken = new Map([[relsPathOf(book.path), new Set(book.relationships.filter((r) => book.dangling(target, r) === "used").map((r) => r.id))]]);
  book.saveRelationships(target);
  const reachableAfter = await reachableParts(target);
  for (const part of reachableBefore) {
    if (reachableAfter.has(part)) continue;
    target.remove(part);
    target.remove(relsPathOf(part));
    types.remove(part);
  }

  // In with the report's styles and sheets.
  const reportStylesPart = reportParts.partOf(STYLES_TYPE);
  if (!reportStylesPart) throw new SpliceUnsupported("report without styles part");
  const reportStyles = await partText(source, reportStylesPart);
  const styles = await stylesInto(target, book, types, reportStyles);
  const sharedStringsPart = reportParts.partOf(SHARED_STRINGS_TYPE);
  const strings = sharedStringsPart ? childElements(findContainer(await partText(source, sharedStringsPart), "sst")?.inner ?? "").map(stringItemContent) : [];

  const successor = new Map([...request.takesPlaceOf].map(([next, previous]) => [previous, next]));
  const preferredPart = new Map([...request.takesPlaceOf].flatMap(([next, previous]) => (previousPart.has(previous) ? [[next, previousPart.get(previous) as string] as const] : [])));
  const copier = new PartCopier(source, target, sourceTypes, types, await tableNamesOf(target), new Set(preferredPart.values()));
  const added = new Map<string, string>();
  for (const sheet of newSheets) {
    const sourcePart = reportParts.targetOf(sheet.relationshipId);
    const part = await copier.copy(sourcePart, (xml) => withStableRuleIds(adoptWorksheet(xml, styles.shift, strings), sheet.name), preferredPart.get(sheet.name));
    const relationshipId = freeRelationshipId(book.relationships);
    book.relationships.push({ id: relationshipId, type: REL_TYPE.worksheet, target: relativeTarget(book.path, part), external: false });
    added.set(sheet.name, relationshipId);
  }
  const stateParts = request.state ? await writeStatePart(target, book.path, book.relationships, types, request.state) : [];
  book.saveRelationships(target);
  types.ensure(relsPathOf(book.path), RELATIONSHIPS_CONTENT_TYPE);

  // Which report sheet took the place of which earlier one: for the tab order, the active tab and the sheet ids.
  const layout: Layout = { oldSheets, newSheets, order: finalOrder(oldSheets, newSheets, removed, successor), successor };
  target.file(book.path, book.rewritten(layout, added, reportParts.definedNames()));
  types.save(target);
  await assertWrittenPackage(target, [book.path, relsPathOf(book.path), styles.part, "[Content_Types].xml", ...copier.written(), ...stateParts], types, alreadyBroken);
  for (const file of Object.values(target.files)) file.date = ZIP_ENTRY_DATE;
  const bytes = await target.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return { bytes, madeTransitional };
}

/**
 * The report's styles merged into the workbook's styles part. A workbook without one (some generators write none, or
 * relate to one that is not in the package) gets the report's: its sheets then use the defaults they had anyway.
 */
async function stylesInto(target: JSZip, book: WorkbookParts, types: ContentTypes, reportStyles: string): Promise<{ part: string; shift: StyleShift }> {
  const related = book.partOf(STYLES_TYPE);
  const existing = related ? partFile(target, related) : null;
  if (existing) {
    const merged = mergeStyles(await partText(target, existing.name), reportStyles);
    target.file(existing.name, merged.xml);
    return { part: existing.name, shift: merged.shift };
  }
  const usual = `${book.path.slice(0, book.path.lastIndexOf("/") + 1)}styles.xml`;
  const part = related ?? (partFile(target, usual) ? freePartName(target, usual, new Set()) : usual);
  target.file(part, reportStyles);
  types.add(part, STYLES_CONTENT_TYPE);
  if (!related) {
    book.relationships.push({ id: freeRelationshipId(book.relationships), type: STYLES_TYPE, target: relativeTarget(book.path, part), external: false });
    book.saveRelationships(target);
  }
  return { part, shift: { cellFormat: (i) => i, differentialFormat: (i) => i } };
}

type Placed = { from: "workbook"; index: number } | { from: "report"; index: number };

/** The sheets before and after, and where each ends up. */
interface Layout {
  oldSheets: SheetListing[];
  newSheets: SheetListing[];
  order: Placed[];
  /** An earlier sheet's name → the report sheet that takes its place. */
  successor: Map<string, string>;
}

/** The user's tabs in their order, a replacing report sheet where its predecessor was, new report sheets at the end. */
function finalOrder(oldSheets: SheetListing[], newSheets: SheetListing[], removed: Set<string>, successor: Map<string, string>): Placed[] {
  const placed = new Set<string>();
  const order: Placed[] = [];
  oldSheets.forEach((sheet, index) => {
    if (!removed.has(sheet.name)) return void order.push({ from: "workbook", index });
    const next = successor.get(sheet.name);
    const nextIndex = newSheets.findIndex((s) => s.name === next);
    if (nextIndex >= 0) {
      order.push({ from: "report", index: nextIndex });
      placed.add(newSheets[nextIndex].name);
    }
  });
  newSheets.forEach((sheet, index) => {
    if (!placed.has(sheet.name)) order.push({ from: "report", index });
  });
  return order;
}

/** xl/workbook.xml and its relationships. */
class WorkbookParts {
  private constructor(
    readonly path: string,
    private readonly xml: string,
    public relationships: Relationship[],
    /** The workbook element's prefix: the OpenXML SDK writes <x:workbook>, and every element added must say x: too. */
    private readonly prefix: string,
    /** The relationships prefix in scope inside <sheets>; undefined when only each <sheet> declares one (openpyxl). */
    private readonly relationshipPrefix: string | undefined,
  ) {}

  static async read(zip: JSZip): Promise<WorkbookParts> {
    const path = await workbookPartOf(zip).catch(() => {
      throw new SpliceUnsupported("no workbook part");
    });
    const xml = await partText(zip, path);
    const naming = workbookNaming(xml);
    // The part as the package spells it: relationships may differ in case, and writing must not add a second part.
    return new WorkbookParts(partFile(zip, path)?.name ?? path, xml, await relationshipsOf(zip, path), naming.prefix, relationshipPrefixIn(naming));
  }

  /** The element name as this workbook part writes it ("sheets" or "x:sheets"). */
  name(local: string): string {
    return qualified(this.prefix, local);
  }

  sheets(): SheetListing[] {
    return sheetListing(this.xml);
  }

  definedNames(): string[] {
    return childElements(findContainer(this.xml, this.name("definedNames"))?.inner ?? "");
  }

  partOf(type: string): string | undefined {
    return relatedPart(this.path, this.relationships, type);
  }

  /**
   * A relationship to a part the package does not have, that nothing in the workbook part refers to (a shared-strings
   * table a generator announced and never wrote). The workbook's relationships are written anew, and not with a
   * target that is not there; a dangling one the workbook part refers to (a sheet's) is kept, as the user left it.
   */
  dangling(zip: JSZip, relationship: Relationship): "no" | "used" | "unused" {
    if (relationship.external || partFile(zip, resolveTarget(this.path, relationship.target))) return "no";
    return new RegExp(`=\\s*["']${relationship.id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']`).test(this.xml) ? "used" : "unused";
  }

  /** The part of a sheet by its relationship id, if the package has it. */
  partOfSheet(relationshipId: string): string[] {
    const relationship = this.relationships.find((r) => r.id === relationshipId && !r.external);
    return relationship ? [resolveTarget(this.path, relationship.target)] : [];
  }

  targetOf(relationshipId: string): string {
    const relationship = this.relationships.find((r) => r.id === relationshipId);
    if (!relationship) throw new SpliceUnsupported(`relationship ${relationshipId} missing`);
    return resolveTarget(this.path, relationship.target);
  }

  saveRelationships(zip: JSZip): void {
    zip.file(relsPathOf(this.path), serializeRelationships(this.relationships));
  }

  /** The workbook part with the final sheet list, sheet-local names moved along, the active tab kept. */
  rewritten(layout: Layout, added: Map<string, string>, reportNames: string[]): string {
    const { order, oldSheets, newSheets } = layout;
    const finalIndexOf = (from: Placed["from"], index: number) => order.findIndex((p) => p.from === from && p.index === index);
    const sheetIdOf = (sheet: SheetListing) => Number(attribute(sheet.tag, "sheetId")) || 0;
    // A report sheet keeps the id of the sheet it replaces; only a sheet without one gets the next free id.
    const inheritedId = new Map(oldSheets.flatMap((s) => (layout.successor.has(s.name) ? [[layout.successor.get(s.name) as string, sheetIdOf(s)] as const] : [])));
    const keptIds = order.flatMap((p) => (p.from === "workbook" ? [sheetIdOf(oldSheets[p.index])] : []));
    let nextSheetId = Math.max(0, ...keptIds, ...inheritedId.values()) + 1;
    // Where <sheets> has no relationships prefix in scope, each new entry declares its own, as openpyxl's do.
    const relationshipId = this.relationshipPrefix ? (id: string) => `${this.relationshipPrefix}:id="${id}"` : (id: string) => `xmlns:r="${REL_NS}" r:id="${id}"`;
    const sheetTags = order.map((placed) => {
      if (placed.from === "workbook") return oldSheets[placed.index].tag;
      const sheet = newSheets[placed.index];
      const state = attribute(sheet.tag, "state");
      const stateAttribute = state && state !== "visible" ? ` state="${escapeXml(state)}"` : "";
      const sheetId = inheritedId.get(sheet.name) || nextSheetId++;
      return `<${this.name("sheet")} name="${escapeXml(sheet.name)}" sheetId="${sheetId}"${stateAttribute} ${relationshipId(added.get(sheet.name) ?? "")}/>`;
    });

    const names = [
      ...this.definedNames().flatMap((n) => movedName(n, (i) => finalIndexOf("workbook", i))),
      ...reportNames.map((n) => n.replace(/<(\/?)definedName\b/g, `<$1${this.name("definedName")}`)).flatMap((n) => movedName(n, (i) => finalIndexOf("report", i))),
    ];

    const container = (local: string, content: string) => `<${this.name(local)}>${content}</${this.name(local)}>`;
    let xml = replaceContainer(this.xml, this.name("sheets"), container("sheets", sheetTags.join("")));
    // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames.
    const before = ["externalReferences", "functionGroups", "sheets"].map((n) => this.name(n)).find((name) => findContainer(xml, name));
    xml = replaceContainer(xml, this.name("definedNames"), names.length > 0 ? container("definedNames", names.join("")) : "", before);
    return xml.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (view) => movedView(view, layout));
  }
}

/** A defined name with its sheet index moved; a name local to a sheet that is gone goes with it. */
function movedName(definedName: string, finalIndex: (index: number) => number): string[] {
  const local = attribute(definedName, "localSheetId");
  if (local === undefined) return [definedName];
  const index = finalIndex(Number(local));
  if (index < 0) return [];
  return [definedName.replace(/<(?:[\w.-]+:)?definedName\b[^>]*>/, (tag) => withAttribute(tag, "localSheetId", String(index)))];
}

/** The active tab stays on the sheet the user last looked at, or on the report sheet that took its place. */
function movedView(view: string, { oldSheets, newSheets, order, successor }: Layout): string {
  const indexOf = (attributeName: string): number => {
    const old = Number(attribute(view, attributeName) ?? 0);
    const kept = order.findIndex((p) => p.from === "workbook" && p.index === old);
    if (kept >= 0) return kept;
    const next = successor.get(oldSheets[old]?.name ?? "");
    const replacement = order.findIndex((p) => p.from === "report" && newSheets[p.index].name === next);
    return Math.max(0, replacement);
  };
  let moved = view;
  if (attribute(view, "activeTab") !== undefined) moved = withAttribute(moved, "activeTab", String(indexOf("activeTab")));
  if (attribute(view, "firstSheet") !== undefined) moved = withAttribute(moved, "firstSheet", String(indexOf("firstSheet")));
  return moved;
}

/** Replaces (or, when missing, inserts after `after`) a top-level container of the workbook part. */
function replaceContainer(xml: string, name: string, markup: string, after?: string): string {
  const existing = findContainer(xml, name);
  if (existing) return xml.slice(0, existing.start) + markup + xml.slice(existing.end);
  if (!markup) return xml;
  const anchor = after ? findContainer(xml, after) : undefined;
  if (!anchor) throw new SpliceUnsupported(`no <${after ?? name}> in the workbook part`);
  return xml.slice(0, anchor.end) + markup + xml.slice(anchor.end);
}

/** A shared-string item's content (<t>, rich-text runs, phonetics) — the same content an inline string <is> takes. */
function stringItemContent(item: string): string {
  return item.replace(/^<si\b[^>]*>/, "").replace(/<\/si>$/, "").replace(/^<si\b[^>]*\/>$/, "");
}

/** Copies a part and everything it relates to from the report package into the workbook, under free part names. */
class PartCopier {
  private readonly copied = new Map<string, string>();
  private readonly reserved = new Set<string>();
  private readonly writtenParts: string[] = [];
  private nextTableId: number;

  constructor(
    private readonly source: JSZip,
    private readonly target: JSZip,
    private readonly sourceTypes: ContentTypes,
    private readonly targetTypes: ContentTypes,
    private readonly tables: { names: Set<string>; maxId: number },
    /** Part names kept for the sheets that take over an earlier sheet's part: no other part may take them. */
    private readonly promised: Set<string>,
  ) {
    this.nextTableId = tables.maxId + 1;
    for (const part of promised) this.reserved.add(part);
  }

  /** `preferred`: the part name to use if it is free (one of the promised names). */
  async copy(sourcePart: string, transform?: (xml: string) => string, preferred?: string): Promise<string> {
    const done = this.copied.get(sourcePart);
    if (done) return done;
    const file = this.source.file(sourcePart);
    if (!file) throw new SpliceUnsupported(`part ${sourcePart} missing`);
    const part = preferred && this.promised.has(preferred) && !partFile(this.target, preferred) ? preferred : freePartName(this.target, sourcePart, this.reserved);
    this.promised.delete(part);
    this.reserved.add(part);
    this.copied.set(sourcePart, part);

    const type = this.sourceTypes.typeOf(sourcePart);
    const isXml = /\.(xml|vml)$/i.test(sourcePart);
    let content: string | Uint8Array = await file.async(isXml ? "string" : "uint8array");
    if (typeof content === "string" && transform) content = transform(content);
    if (typeof content === "string" && type?.endsWith(".table+xml")) content = this.renumberTable(content);
    this.target.file(part, content);
    if (type) this.targetTypes.add(part, type);

    const relationships = await relationshipsOf(this.source, sourcePart);
    for (const r of relationships) {
      if (r.external) continue;
      r.target = relativeTarget(part, await this.copy(resolveTarget(sourcePart, r.target)));
    }
    if (relationships.length > 0) {
      this.target.file(relsPathOf(part), serializeRelationships(relationships));
      // A package written by LibreOffice has no Default for "rels": each relationships part needs its own type then.
      this.targetTypes.ensure(relsPathOf(part), RELATIONSHIPS_CONTENT_TYPE);
      this.writtenParts.push(relsPathOf(part));
    }
    return part;
  }

  /** Every part this copier wrote into the workbook. */
  written(): string[] {
    return [...this.copied.values(), ...this.writtenParts];
  }

  /** Table ids and names are unique in a workbook: a report table gets the next id; a clashing name is not guessed at. */
  private renumberTable(xml: string): string {
    return xml.replace(/<table\b[^>]*>/, (tag) => {
      const name = (attribute(tag, "displayName") ?? attribute(tag, "name") ?? "").toLowerCase();
      if (this.tables.names.has(name)) throw new SpliceUnsupported(`table name ${name} taken`);
      return withAttribute(tag, "id", String(this.nextTableId++));
    });
  }
}

/** The names and largest id of the workbook's own tables: a report table must not clash with them. */
async function tableNamesOf(zip: JSZip): Promise<{ names: Set<string>; maxId: number }> {
  const names = new Set<string>();
  let maxId = 0;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/i.test(p))) {
    const tag = /<table\b[^>]*>/.exec(await partText(zip, path))?.[0] ?? "";
    for (const name of [attribute(tag, "name"), attribute(tag, "displayName")]) if (name) names.add(name.toLowerCase());
    maxId = Math.max(maxId, Number(attribute(tag, "id")) || 0);
  }
  return { names, maxId };
}
