/**
 * Reading an .xlsx package for the report: the sheet list (names, visibility), the shared strings, the number format of
 * every cell format, and each worksheet's cells on demand. Values only — whatever else a sheet holds is never parsed,
 * and the package itself is never changed here.
 */
import type JSZip from "jszip";
import type { AddinState, SheetRead, SheetVisibility, TableRead } from "../../port";
import { parseRangeRef } from "../../../sources/a1";
import { unreadableFile, WorkbookOpenError } from "../open-errors";
import {
  attribute,
  loadPackage,
  MAIN_NAMESPACES,
  optionalPartText,
  partText,
  REL_NS,
  REL_TYPE,
  relatedPart,
  relationshipsOf,
  resolveTarget,
  type SheetListing,
  sheetPartsOf,
  workbookPartOf,
} from "../package/opc";
import { readStatePart } from "../package/state-part";
import { childElements, findContainer, startTagOf } from "../package/xml-elements";
import { withoutElementPrefixes } from "../package/xml-namespaces";
import { builtInFormat, unescapedFormatCode } from "./number-formats";
import { readWorksheet, richText } from "./worksheet-cells";

export interface SheetEntry {
  name: string;
  visibility: SheetVisibility;
  /** The worksheet part; undefined for a chart sheet or dialog sheet, which hold no cells to read. */
  part?: string;
}

export class WorkbookPackage {
  private constructor(
    private readonly zip: JSZip,
    private readonly workbookPath: string,
    private readonly fileName: string,
    readonly sheets: SheetEntry[],
    private readonly strings: string[],
    private readonly formats: string[],
    private readonly date1904: boolean,
  ) {}

  static async open(bytes: Uint8Array, fileName: string): Promise<WorkbookPackage> {
    try {
      const zip = await loadPackage(bytes);
      // Strict Open XML reads like the transitional form: the relationship types are mapped (opc), element names carry no namespace here.
      const workbookPath = await workbookPartOf(zip);
      const workbook = spreadsheetMarkup(await partText(zip, workbookPath));
      await assertNoDocumentTypes(zip, [CONTENT_TYPES, "_rels/.rels", workbookPath], fileName);
      const relationships = await relationshipsOf(zip, workbookPath);
      const sheets = (await sheetPartsOf(zip)).map(sheetEntry);
      const stringsPart = relatedPart(workbookPath, relationships, `${REL_NS}/sharedStrings`);
      const stylesPart = relatedPart(workbookPath, relationships, `${REL_NS}/styles`);
      // Both are optional: a package without them has no shared texts and only the General format.
      const stringsXml = stringsPart ? await optionalPartText(zip, stringsPart) : undefined;
      const stylesXml = stylesPart ? await optionalPartText(zip, stylesPart) : undefined;
      const strings = stringsXml ? sharedStrings(spreadsheetMarkup(stringsXml)) : [];
      const formats = stylesXml ? cellFormats(spreadsheetMarkup(stylesXml)) : [];
      const date1904 = /^(1|true)$/.test(attribute(findContainer(workbook, "workbookPr")?.startTag ?? "", "date1904") ?? "");
      return new WorkbookPackage(zip, workbookPath, fileName, sheets, strings, formats, date1904);
    } catch (error) {
      if (error instanceof WorkbookOpenError) throw error;
      throw unreadableFile(fileName);
    }
  }

  async readSheet(sheet: SheetEntry, withNumberFormats: boolean): Promise<SheetRead> {
    if (!sheet.part) return { name: sheet.name, visibility: sheet.visibility, origin: { row: 0, col: 0 }, values: [], tables: [] };
    const text = await optionalPartText(this.zip, sheet.part);
    if (text === undefined) throw new WorkbookOpenError(`Das Blatt „${sheet.name}“ fehlt in der Datei „${this.fileName}“; die Datei ist beschädigt.`);
    return readWorksheet(spreadsheetMarkup(text), {
      name: sheet.name,
      visibility: sheet.visibility,
      strings: this.strings,
      formats: this.formats,
      date1904: this.date1904,
      withNumberFormats,
      tables: await this.tablesOf(sheet.part),
    });
  }

  /** The add-in's state from its custom XML part (package/state-part.ts), if the package has a readable one. */
  async statePart(): Promise<AddinState | null> {
    return readStatePart(this.zip, this.workbookPath);
  }

  /** The Excel tables of a worksheet, by their name and range. */
  private async tablesOf(sheetPart: string): Promise<TableRead[]> {
    const tables: TableRead[] = [];
    for (const r of await relationshipsOf(this.zip, sheetPart)) {
      if (r.external || r.type !== `${REL_NS}/table`) continue;
      const xml = await optionalPartText(this.zip, resolveTarget(sheetPart, r.target));
      if (xml === undefined) continue;
      const tag = /<table\b[^>]*>/.exec(spreadsheetMarkup(xml))?.[0] ?? "";
      const name = attribute(tag, "name") ?? attribute(tag, "displayName");
      const range = parseRangeRef(attribute(tag, "ref") ?? "");
      if (name && range) tables.push({ name, range });
    }
    return tables;
  }
}

const CONTENT_TYPES = "[Content_Types].xml";

/**
 * The package format forbids document type declarations, and readers must refuse them (ISO/IEC 29500-2 §8.1.4): they
 * are how "billion laughs" files make a parser expand a few bytes into gigabytes.
 */
async function assertNoDocumentTypes(zip: JSZip, parts: string[], fileName: string): Promise<void> {
  for (const part of parts) {
    if (/<!DOCTYPE/i.test((await optionalPartText(zip, part)) ?? "")) {
      throw new WorkbookOpenError(`Die Datei „${fileName}“ enthält eine Dokumenttyp-Deklaration (DTD), die das Dateiformat nicht erlaubt, und wird nicht verarbeitet.`);
    }
  }
}

/** A spreadsheetml part with its elements unprefixed: <x:row> (OpenXML SDK) reads as <row>. */
function spreadsheetMarkup(xml: string): string {
  return withoutElementPrefixes(xml, MAIN_NAMESPACES);
}

function sheetEntry(sheet: SheetListing & { part?: string; type?: string }): SheetEntry {
  const state = attribute(sheet.tag, "state");
  return {
    name: sheet.name,
    visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
    ...(sheet.type === REL_TYPE.worksheet ? { part: sheet.part } : {}),
  };
}

function sharedStrings(xml: string): string[] {
  return childElements(findContainer(xml, "sst")?.inner ?? "").map(richText);
}

/** Cell format index → number format code (the workbook's own, or Excel's built-in one; "General" otherwise). */
function cellFormats(xml: string): string[] {
  const custom = new Map<number, string>();
  for (const format of childElements(findContainer(xml, "numFmts")?.inner ?? "")) {
    custom.set(Number(attribute(format, "numFmtId")), unescapedFormatCode(attribute(format, "formatCode") ?? ""));
  }
  return childElements(findContainer(xml, "cellXfs")?.inner ?? "").map((xf) => {
    const id = Number(attribute(startTagOf(xf), "numFmtId") ?? 0);
    return custom.get(id) ?? builtInFormat(id) ?? "General";
  });
}
