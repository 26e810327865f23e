/**
 * Reading an .xlsx package for the report: the sheet list (names, visibility), the shared strings, the number format of
 * every cell format, and each worksheet's cells on demand. Values only — whatever else a sheet holds is never parsed,
 * and the package itself is never changed here.
 */
import type JSZip from "jszip";
import type { AddinState, SheetRead, SheetVisibility, TableRead } from "../../port";
import { parseRangeRef } from "../../../sources/a1";
import { isDateFormat } from "../../../domain/cell-values";
import { openErrorOf, WorkbookOpenError } from "../open-errors";
import {
  attribute,
  loadPackage,
  MAIN_NAMESPACES,
  optionalPartText,
  partFile,
  partText,
  REL_NS,
  REL_TYPE,
  relatedPart,
  relationshipsOf,
  resolveTarget,
  type SheetListing,
  sheetPartsOf,
  uncheckedPartText,
  workbookPartOf,
} from "../package/opc";
import { readStatePart } from "../package/state-part";
import { childElements, findContainer, startTagOf } from "../package/xml-elements";
import { withoutElementPrefixes } from "../package/xml-namespaces";
import { builtInFormat, unescapedFormatCode } from "./number-formats";
import { EXCEL_COLUMNS, EXCEL_ROWS, READ_LIMITS, type ReadLimits, refusal } from "./read-limits";
import { readSharedStrings } from "./string-items";
import { readWorksheet } from "./worksheet-cells";
import { OWNERSHIP_MARK } from "../../ownership-mark";

export interface SheetEntry {
  name: string;
  visibility: SheetVisibility;
  /** The worksheet part; undefined for a chart sheet or dialog sheet, which hold no cells to read. */
  part?: string;
  /** Carries the add-in's mark of a report sheet (../../ownership-mark.ts): a sheet-local name OWNERSHIP_MARK. */
  marked: boolean;
}

interface CellFormats {
  /** Cell format index → number format code. */
  formats: string[];
  /** Cell format index → whether that code shows a date. */
  dateFormats: boolean[];
}

export class WorkbookPackage {
  /** What each sheet entry read had, for the workbook's limits: a part listed by two entries counts twice. */
  private readonly counted = new Map<SheetEntry, { cells: number; merges: number }>();

  private constructor(
    private readonly zip: JSZip,
    private readonly workbookPath: string,
    private readonly fileName: string,
    readonly sheets: SheetEntry[],
    private readonly strings: string[],
    private readonly cellFormats: CellFormats,
    private readonly date1904: boolean,
    private readonly limits: ReadLimits,
  ) {}

  /** `checked`: the package as the open check loaded it (its parts unpacked once, there), else it is loaded here. */
  static async open(bytes: Uint8Array, fileName: string, limits: ReadLimits = READ_LIMITS, checked?: JSZip): Promise<WorkbookPackage> {
    try {
      const zip = checked ?? (await loadPackage(bytes));
      // Not needed to read values, but checked like every XML part (a DOCTYPE in it is refused as anywhere).
      if (partFile(zip, CONTENT_TYPES)) await partText(zip, CONTENT_TYPES);
      // Strict Open XML reads like the transitional form: the relationship types are mapped (opc), element names carry no namespace here.
      const workbookPath = await workbookPartOf(zip);
      const workbook = spreadsheetMarkup(await partText(zip, workbookPath));
      const relationships = await relationshipsOf(zip, workbookPath);
      const marked = markedSheetIndices(workbook);
      const sheets = (await sheetPartsOf(zip)).map((sheet, i) => sheetEntry(sheet, marked.has(i)));
      if (sheets.length > limits.sheets) throw refusal.sheets(fileName, sheets.length, limits);
      const stringsPart = relatedPart(workbookPath, relationships, `${REL_NS}/sharedStrings`);
      const stylesPart = relatedPart(workbookPath, relationships, `${REL_NS}/styles`);
      // Both are optional: a package without them has no shared texts and only the General format.
      const strings = stringsPart && partFile(zip, stringsPart) ? readSharedStrings(spreadsheetMarkup(await uncheckedPartText(zip, stringsPart)), stringsPart, fileName, limits) : [];
      const stylesXml = stylesPart ? await optionalPartText(zip, stylesPart) : undefined;
      const formats = stylesXml ? cellFormats(spreadsheetMarkup(stylesXml), fileName, limits) : { formats: [], dateFormats: [] };
      const date1904 = /^(1|true)$/.test(attribute(findContainer(workbook, "workbookPr")?.startTag ?? "", "date1904") ?? "");
      return new WorkbookPackage(zip, workbookPath, fileName, sheets, strings, formats, date1904, limits);
    } catch (error) {
      throw openErrorOf(error, fileName);
    }
  }

  async readSheet(sheet: SheetEntry, withNumberFormats: boolean): Promise<SheetRead> {
    if (!sheet.part) return { name: sheet.name, visibility: sheet.visibility, origin: { row: 0, col: 0 }, values: [], tables: [] };
    if (!partFile(this.zip, sheet.part)) throw new WorkbookOpenError(`Das Blatt „${sheet.name}“ fehlt in der Datei „${this.fileName}“; die Datei ist beschädigt.`);
    try {
      let cells = 0;
      let merges = 0;
      for (const [other, read] of this.counted) {
        if (other === sheet) continue;
        cells += read.cells;
        merges += read.merges;
      }
      const read = readWorksheet(spreadsheetMarkup(await uncheckedPartText(this.zip, sheet.part)), {
        fileName: this.fileName,
        part: sheet.part,
        name: sheet.name,
        visibility: sheet.visibility,
        strings: this.strings,
        formats: this.cellFormats.formats,
        dateFormats: this.cellFormats.dateFormats,
        date1904: this.date1904,
        withNumberFormats,
        tables: await this.tablesOf(sheet.part),
        limits: this.limits,
        cellsLeft: this.limits.cells - cells,
        mergesLeft: this.limits.merges - merges,
      });
      this.counted.set(sheet, { cells: read.cells, merges: read.merges });
      return read.sheet;
    } catch (error) {
      throw openErrorOf(error, this.fileName);
    }
  }

  /** Whether a sheet shows anything: a cell with a value, or a drawing (charts, pictures). */
  async isBlank(sheet: SheetEntry): Promise<boolean> {
    if (!sheet.part) return false;
    if ((await relationshipsOf(this.zip, sheet.part)).some((r) => r.type === REL_TYPE.drawing)) return false;
    const { values } = await this.readSheet(sheet, false);
    return values.every((row) => row.every((value) => value === null || value === ""));
  }

  /** The add-in's state from its custom XML part (package/state-part.ts), if the package has a readable one. */
  async statePart(): Promise<AddinState | null> {
    return readStatePart(this.zip, this.workbookPath);
  }

  /** The Excel tables of a worksheet, by their name and range; a range beyond Excel's sheet is no table. */
  private async tablesOf(sheetPart: string): Promise<TableRead[]> {
    const tables: TableRead[] = [];
    for (const r of await relationshipsOf(this.zip, sheetPart)) {
      if (r.external || r.type !== `${REL_NS}/table`) continue;
      const xml = await optionalPartText(this.zip, resolveTarget(sheetPart, r.target));
      if (xml === undefined) continue;
      const tag = /<table\b[^>]*>/.exec(spreadsheetMarkup(xml))?.[0] ?? "";
      const name = attribute(tag, "name") ?? attribute(tag, "displayName");
      const range = parseRangeRef(attribute(tag, "ref") ?? "");
      if (name && range && range.row + range.rows <= EXCEL_ROWS && range.col + range.cols <= EXCEL_COLUMNS) tables.push({ name, range });
    }
    return tables;
  }
}

const CONTENT_TYPES = "[Content_Types].xml";

/** A spreadsheetml part with its elements unprefixed: <x:row> (OpenXML SDK) reads as <row>. */
function spreadsheetMarkup(xml: string): string {
  return withoutElementPrefixes(xml, MAIN_NAMESPACES);
}

function sheetEntry(sheet: SheetListing & { part?: string; type?: string }, marked: boolean): SheetEntry {
  const state = attribute(sheet.tag, "state");
  return {
    name: sheet.name,
    visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
    ...(sheet.type === REL_TYPE.worksheet ? { part: sheet.part } : {}),
    marked,
  };
}

/** The sheets (by their place in <sheets>, which localSheetId counts) that carry a name OWNERSHIP_MARK of their own. */
function markedSheetIndices(workbookXml: string): Set<number> {
  const indices = new Set<number>();
  for (const name of childElements(findContainer(workbookXml, "definedNames")?.inner ?? "")) {
    const tag = startTagOf(name);
    const local = attribute(tag, "localSheetId");
    // Defined names compare ignoring case, as in Excel.
    if (local !== undefined && attribute(tag, "name")?.toLowerCase() === OWNERSHIP_MARK.toLowerCase()) indices.add(Number(local));
  }
  return indices;
}

/**
 * Cell format index → number format code (the workbook's own, or Excel's built-in one; "General" otherwise), and
 * whether it shows a date, decided once per code: a 10.000-character code checked for every cell made each cell slow.
 */
function cellFormats(xml: string, fileName: string, limits: ReadLimits): CellFormats {
  const custom = new Map<number, string>();
  for (const format of childElements(findContainer(xml, "numFmts")?.inner ?? "")) {
    const code = attribute(format, "formatCode") ?? "";
    if (code.length > limits.numberFormatLength) throw refusal.numberFormatLength(fileName, code.length, limits);
    custom.set(Number(attribute(format, "numFmtId")), unescapedFormatCode(code));
  }
  const isDate = new Map<string, boolean>();
  const formats = childElements(findContainer(xml, "cellXfs")?.inner ?? "").map((xf) => {
    const id = Number(attribute(startTagOf(xf), "numFmtId") ?? 0);
    return custom.get(id) ?? builtInFormat(id) ?? "General";
  });
  const dateFormats = formats.map((code) => {
    let known = isDate.get(code);
    if (known === undefined) isDate.set(code, (known = isDateFormat(code)));
    return known;
  });
  return { formats, dateFormats };
}
