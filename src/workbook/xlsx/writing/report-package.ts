/**
 * The report sheets as a package of their own: a workbook part listing them, their print titles as sheet-local names,
 * one styles part, a worksheet part per sheet and their charts. It is spliced into the user's package
 * (package/sheet-splice.ts), or, for the template workbook, saved as it is. Nothing in it depends on the time or on
 * chance: the same sheets give the same bytes.
 */
import JSZip from "jszip";
import type { ChartPlan, SheetPlan } from "../../../report/plan";
import { OWNERSHIP_MARK } from "../../ownership-mark";
import { escapeXml } from "../../xml-text";
import { addCharts } from "../charts";
import { REL_NS, REL_TYPE, RELATIONSHIPS_CONTENT_TYPE, serializeRelationships } from "../package/opc";
import { ZIP_ENTRY_DATE } from "../package/sheet-splice";
import { CellFormats, MAIN_NS } from "./cell-formats";
import { worksheetXml } from "./worksheet-xml";

export interface SheetToWrite {
  name: string;
  plan: SheetPlan;
  /** Cells whose text Excel would take for a formula once edited: [row, col], 0-based. */
  forcedText: Array<[number, number]>;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CONTENT_TYPE = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};
const OFFICE_DOCUMENT_TYPE = `${REL_NS}/officeDocument`;
const STYLES_TYPE = `${REL_NS}/styles`;

/** The package, not yet zipped: the splice takes its parts as they are. */
export async function reportPackage(sheets: SheetToWrite[]): Promise<JSZip> {
  const zip = new JSZip();
  const formats = new CellFormats();
  sheets.forEach((sheet, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, worksheetXml(sheet.name, sheet.plan, sheet.forcedText, formats)));
  zip.file("xl/styles.xml", formats.xml());
  zip.file("xl/workbook.xml", workbookXml(sheets));
  zip.file(
    "xl/_rels/workbook.xml.rels",
    serializeRelationships([
      ...sheets.map((_, i) => ({ id: `rId${i + 1}`, type: REL_TYPE.worksheet, target: `worksheets/sheet${i + 1}.xml`, external: false })),
      { id: `rId${sheets.length + 1}`, type: STYLES_TYPE, target: "styles.xml", external: false },
    ]),
  );
  zip.file("_rels/.rels", serializeRelationships([{ id: "rId1", type: OFFICE_DOCUMENT_TYPE, target: "xl/workbook.xml", external: false }]));
  zip.file("[Content_Types].xml", contentTypes(sheets.length));
  const charts: Array<{ sheetName: string; chart: ChartPlan }> = sheets.flatMap((sheet) => sheet.plan.charts.map((chart) => ({ sheetName: sheet.name, chart })));
  await addCharts(zip, charts);
  return zip;
}

/** The report sheets as a workbook file of their own (the template workbook of the standalone pane). */
export async function reportWorkbookBytes(sheets: SheetToWrite[]): Promise<Uint8Array> {
  const zip = await reportPackage(sheets);
  for (const file of Object.values(zip.files)) file.date = ZIP_ENTRY_DATE;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function workbookXml(sheets: SheetToWrite[]): string {
  const entries = sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const names = sheets.flatMap((sheet, i) => {
    const rows = sheet.plan.print?.repeatRows;
    const quoted = quotedSheetName(sheet.name);
    return [
      ...(rows ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoted}!$1:$${rows}`)}</definedName>`] : []),
      // The mark that makes the sheet the add-in's (../../ownership-mark.ts); a template sheet is the user's from the start.
      ...(sheet.plan.template ? [] : [`<definedName name="${OWNERSHIP_MARK}" localSheetId="${i}" hidden="1">${escapeXml(`${quoted}!$A$1`)}</definedName>`]),
    ];
  });
  return (
    `${DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews>` +
    `<sheets>${entries.join("")}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "") +
    "</workbook>"
  );
}

/** 'Sheet Name' — always quoted, apostrophes doubled, as in a formula. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function contentTypes(sheetCount: number): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="${RELATIONSHIPS_CONTENT_TYPE}"/><Default Extension="xml" ContentType="application/xml"/>` +
    override("xl/workbook.xml", CONTENT_TYPE.workbook) +
    override("xl/styles.xml", CONTENT_TYPE.styles) +
    Array.from({ length: sheetCount }, (_, i) => override(`xl/worksheets/sheet${i + 1}.xml`, CONTENT_TYPE.worksheet)).join("") +
    "</Types>"
  );
}
