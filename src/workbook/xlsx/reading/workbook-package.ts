/**
 * Reading an .xlsx package for the report: the sheet list (names, visibility), the shared strings, the number format of
 * every cell format, and each worksheet's cells on demand. Values only — whatever else a sheet holds is never parsed,
 * and the package itself is never changed here.
 */
import JSZip from "jszip";
import type { SheetRead, SheetVisibility, TableRead } from "../../port";
import { parseRangeRef } from "../../../sources/a1";
import { unreadableFile, WorkbookOpenError } from "../open-errors";
import { attribute, partText, REL_NS, REL_TYPE, relatedPart, relationshipsOf, resolveTarget, type SheetListing, sheetPartsOf, workbookPartOf } from "../package/opc";
import { childElements, findContainer, startTagOf } from "../package/xml-elements";
import { builtInFormat, unescapedFormatCode } from "./number-formats";
import { readWorksheet, richText } from "./worksheet-cells";

/** "Strict Open XML" workbooks use these namespaces instead of the transitional ones every other reader expects. */
const STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/";

export interface SheetEntry {
  name: string;
  visibility: SheetVisibility;
  /** The worksheet part; undefined for a chart sheet or dialog sheet, which hold no cells to read. */
  part?: string;
}

export class WorkbookPackage {
  private constructor(
    private readonly zip: JSZip,
    private readonly fileName: string,
    readonly sheets: SheetEntry[],
    private readonly strings: string[],
    private readonly formats: string[],
    private readonly date1904: boolean,
  ) {}

  static async open(bytes: Uint8Array, fileName: string): Promise<WorkbookPackage> {
    try {
      const zip = await JSZip.loadAsync(bytes);
      if ((await partText(zip, "_rels/.rels")).includes(STRICT_NAMESPACE)) {
        throw new WorkbookOpenError(`Die Datei „${fileName}“ ist im Format „Strict Open XML“ gespeichert. Bitte in Excel als „Excel-Arbeitsmappe (.xlsx)“ speichern.`);
      }
      const workbookPath = await workbookPartOf(zip);
      const workbook = await partText(zip, workbookPath);
      const relationships = await relationshipsOf(zip, workbookPath);
      const sheets = (await sheetPartsOf(zip)).map(sheetEntry);
      const stringsPart = relatedPart(workbookPath, relationships, `${REL_NS}/sharedStrings`);
      const stylesPart = relatedPart(workbookPath, relationships, `${REL_NS}/styles`);
      const strings = stringsPart && zip.file(stringsPart) ? sharedStrings(await partText(zip, stringsPart)) : [];
      const formats = stylesPart && zip.file(stylesPart) ? cellFormats(await partText(zip, stylesPart)) : [];
      const date1904 = /^(1|true)$/.test(attribute(findContainer(workbook, "workbookPr")?.startTag ?? "", "date1904") ?? "");
      return new WorkbookPackage(zip, fileName, sheets, strings, formats, date1904);
    } catch (error) {
      if (error instanceof WorkbookOpenError) throw error;
      throw unreadableFile(fileName);
    }
  }

  async readSheet(sheet: SheetEntry, withNumberFormats: boolean): Promise<SheetRead> {
    if (!sheet.part) return { name: sheet.name, visibility: sheet.visibility, origin: { row: 0, col: 0 }, values: [], tables: [] };
    const file = this.zip.file(sheet.part);
    if (!file) throw new WorkbookOpenError(`Das Blatt „${sheet.name}“ fehlt in der Datei „${this.fileName}“; die Datei ist beschädigt.`);
    const xml = await file.async("string");
    return readWorksheet(xml, {
      name: sheet.name,
      visibility: sheet.visibility,
      strings: this.strings,
      formats: this.formats,
      date1904: this.date1904,
      withNumberFormats,
      tables: await this.tablesOf(sheet.part),
    });
  }

  /** The Excel tables of a worksheet, by their name and range. */
  private async tablesOf(sheetPart: string): Promise<TableRead[]> {
    const tables: TableRead[] = [];
    for (const r of await relationshipsOf(this.zip, sheetPart)) {
      if (r.external || r.type !== `${REL_NS}/table`) continue;
      const file = this.zip.file(resolveTarget(sheetPart, r.target));
      if (!file) continue;
      const tag = /<table\b[^>]*>/.exec(await file.async("string"))?.[0] ?? "";
      const name = attribute(tag, "name") ?? attribute(tag, "displayName");
      const range = parseRangeRef(attribute(tag, "ref") ?? "");
      if (name && range) tables.push({ name, range });
    }
    return tables;
  }
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
