/**
 * Builders and checks for .xlsx packages the way users bring them: made with ExcelJS, then edited at package level
 * (JSZip) to carry what Excel or other tools write — an Excel-flavoured styles part, a workbook part with external
 * references, views and revision marks, a calculation chain, an add-in report from an earlier version.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportPlan, SheetPlan } from "../../../src/report/plan";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { attribute, parseRelationships, relsPathOf, resolveTarget } from "../../../src/workbook/xlsx/package/opc";

export const PNG_SMALL = readFileSync(join(__dirname, "..", "..", "..", "assets", "icon-16.png"));
export const PNG_LARGE = readFileSync(join(__dirname, "..", "..", "..", "assets", "icon-32.png"));

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// ---------------------------------------------------------------------------------------------------------------
// The report

/** A report sheet as the report builder plans one: header, a percentage row, a euro total, a rule, print titles. */
export function reportSheet(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    key: "ziel-ist-vergleich",
    name: "Ziel-Ist-Vergleich",
    cells: [["Kennzahl", "Jan", "Feb", "Mär"], ["Integrationsquote", 0.021, 0.043, 0.061], ["Summe", null, null, 1234.5]],
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 4 }, style: { bold: true, fill: "1F4E79", fontColor: "FFFFFF" } },
      { range: { row: 1, col: 1, rows: 1, cols: 3 }, style: { numberFormat: "0.0%" } },
      { range: { row: 2, col: 3, rows: 1, cols: 1 }, style: { numberFormat: '#,##0.00 "€"' } },
    ],
    columnWidths: [30, 10, 10, 10],
    conditionalFormats: [{ kind: "cellValue", range: { row: 1, col: 1, rows: 1, cols: 3 }, operator: "lessThan", values: [0.05], style: { fill: "FFC7CE", fontColor: "9C0006" } }],
    charts: [
      {
        kind: "line",
        title: "Integrationsquote",
        categories: { row: 0, col: 1, rows: 1, cols: 3 },
        series: [{ name: "Ist", values: { row: 1, col: 1, rows: 1, cols: 3 } }],
        anchor: { row: 4, col: 0, rows: 10, cols: 6 },
      },
    ],
    print: { orientation: "landscape", fitToOnePageWide: true, repeatRows: 1 },
    ...overrides,
  };
}

export const plan = (...sheets: SheetPlan[]): ReportPlan => ({ sheets: sheets.length > 0 ? sheets : [reportSheet()] });

/** Opens, renders, saves: one refresh as the CLI does it. */
export async function refresh(bytes: Uint8Array, report = plan()): Promise<Uint8Array> {
  const workbook = await XlsxWorkbook.fromBuffer(bytes);
  await workbook.render(report);
  return workbook.toBuffer();
}

// ---------------------------------------------------------------------------------------------------------------
// Building input packages

export async function written(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const STATE_MARKER = "steuerungscockpit-state-v1";

/**
 * What an earlier version of the add-in left in a workbook it re-wrote with ExcelJS: its report sheets among the
 * user's (sharing the user's string table and styles) and the very hidden state sheet naming them.
 */
export function addEarlierReport(wb: ExcelJS.Workbook, ownedSheets: Record<string, string>): void {
  for (const name of Object.values(ownedSheets)) {
    const ws = wb.addWorksheet(name);
    ws.getCell("A1").value = "alter Bericht";
    ws.getCell("B2").value = 0.5;
    ws.getCell("B2").numFmt = "0.0%";
  }
  const state = wb.addWorksheet("_Steuerungscockpit", { state: "veryHidden" });
  state.getCell("A1").value = STATE_MARKER;
  state.getCell("A2").value = JSON.stringify({ ownedSheets, settings: {} });
}

export async function editPackage(bytes: Uint8Array, edit: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

export async function partOf(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`fixture: ${path} missing`);
  return file.async("string");
}

export interface SheetTag {
  name: string;
  sheetId: string;
  relationshipId: string;
  state?: string;
}

/** The sheets of a workbook part in tab order (names unescaped). */
export function sheetTags(workbookXml: string): SheetTag[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map(([tag]) => ({
    name: attribute(tag, "name") ?? "",
    sheetId: attribute(tag, "sheetId") ?? "",
    relationshipId: attribute(tag, "r:id") ?? "",
    state: attribute(tag, "state"),
  }));
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

export interface ExcelWorkbookOptions {
  /** Tab order (names of the package's sheets); sheets not listed are left out of the order. */
  order: string[];
  activeTab?: number;
  firstSheet?: number;
  /** Ready-made <definedName> elements. */
  definedNames?: string[];
  /** Relationship ids of external links, in [1], [2] … order. */
  externalReferences?: string[];
  /** Sheets the user renamed in Excel: old name → new name. */
  rename?: Record<string, string>;
}

/** A workbook part the way Excel 365 writes it, for the sheets ExcelJS wrote into `zip`. */
export async function writeExcelWorkbookPart(zip: JSZip, options: ExcelWorkbookOptions): Promise<void> {
  const tags = sheetTags(await partOf(zip, "xl/workbook.xml"));
  const byName = new Map(tags.map((t) => [t.name, t]));
  const sheets = options.order.map((name) => {
    const t = byName.get(name);
    if (!t) throw new Error(`fixture: no sheet ${name}`);
    const state = t.state && t.state !== "visible" ? ` state="${t.state}"` : "";
    return `<sheet name="${escape(options.rename?.[name] ?? t.name)}" sheetId="${t.sheetId}"${state} r:id="${t.relationshipId}"/>`;
  });
  const view = [
    `<workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"`,
    options.firstSheet !== undefined ? ` firstSheet="${options.firstSheet}"` : "",
    options.activeTab !== undefined ? ` activeTab="${options.activeTab}"` : "",
    ` xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/>`,
  ].join("");
  const external = options.externalReferences?.length ? `<externalReferences>${options.externalReferences.map((id) => `<externalReference r:id="${id}"/>`).join("")}</externalReferences>` : "";
  const names = options.definedNames?.length ? `<definedNames>${options.definedNames.join("")}</definedNames>` : "";
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">` +
      `<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/>` +
      `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\Controlling\\Documents\\Berichte &amp; Co\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>` +
      `<xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{5C1D1B3B-7A43-4C9E-9B8A-2F1E0A6C4D11}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>` +
      `<bookViews>${view}</bookViews><sheets>${sheets.join("")}</sheets>${external}${names}<calcPr calcId="191029"/>` +
      `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext>` +
      `<ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"><xcalcf:calcFeatures><xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature name="microsoft.com:LET_WF"/></xcalcf:calcFeatures></ext></extLst></workbook>`,
  );
}

const EXTERNAL_LINK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";
const CALC_CHAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";

/** An external link to another workbook ([1] in formulas), as Excel stores it; returns its workbook relationship id. */
export async function addExternalLink(zip: JSZip): Promise<string> {
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<externalLink xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><externalBook xmlns:r="${REL_NS}" r:id="rId1"><sheetNames><sheetName val="Tabelle1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>4711</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/externalLinkPath" Target="file:///C:\\Daten\\Vorjahr%20&amp;%20Plan.xlsx" TargetMode="External"/></Relationships>`,
  );
  return addWorkbookPart(zip, "externalLinks/externalLink1.xml", `${REL_NS}/externalLink`, EXTERNAL_LINK_TYPE);
}

/** A calculation chain listing one formula cell of the sheet with `sheetId`. */
export async function addCalcChain(zip: JSZip, cell: string, sheetId: string): Promise<void> {
  zip.file("xl/calcChain.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<calcChain xmlns="${MAIN_NS}"><c r="${cell}" i="${sheetId}" l="1"/></calcChain>`);
  await addWorkbookPart(zip, "calcChain.xml", `${REL_NS}/calcChain`, CALC_CHAIN_TYPE);
}

async function addWorkbookPart(zip: JSZip, target: string, relationshipType: string, contentType: string): Promise<string> {
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = await partOf(zip, relsPath);
  const used = new Set(parseRelationships(rels).map((r) => r.id));
  let id = 1;
  while (used.has(`rId${id}`)) id++;
  zip.file(relsPath, rels.replace("</Relationships>", `<Relationship Id="rId${id}" Type="${relationshipType}" Target="${target}"/></Relationships>`));
  const types = await partOf(zip, "[Content_Types].xml");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/${target}" ContentType="${contentType}"/></Types>`));
  return `rId${id}`;
}

/**
 * ExcelJS's styles part turned into what Excel writes: the revision namespace in mc:Ignorable, the German "Standard"
 * cell style, and format codes with ">" written raw (legal inside an attribute; LibreOffice and others write it so).
 * Like Excel, ExcelJS already writes <dxfs count="0"/>, tableStyles and the x14/x15 extLst.
 */
export function excelFlavouredStyles(xml: string): string {
  return xml
    .replace(/<styleSheet\b[^>]*>/, `<styleSheet xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">`)
    .replace(/<cellStyles\b[\s\S]*?<\/cellStyles>/, `<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles>`)
    .replace(/formatCode="([^"]*)"/g, (_, code: string) => `formatCode="${code.replace(/&gt;/g, ">")}"`);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading output packages

export async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

export async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  return new Map(await Promise.all(entries.map(async (f) => [f.name, await f.async("uint8array")] as const)));
}

export const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** The parts that belong to the named sheets: their sheet parts and everything those relate to, transitively. */
export async function partsOfSheets(bytes: Uint8Array, names: string[]): Promise<Set<string>> {
  const all = await parts(bytes);
  const rels = (part: string) => parseRelationships(text(all.get(relsPathOf(part)))).filter((r) => !r.external);
  const found = new Set<string>();
  const workbookRels = rels("xl/workbook.xml");
  const queue = sheetTags(text(all.get("xl/workbook.xml")))
    .filter((t) => names.includes(t.name))
    .map((t) => resolveTarget("xl/workbook.xml", workbookRels.find((r) => r.id === t.relationshipId)?.target ?? ""));
  while (queue.length > 0) {
    const part = queue.shift() as string;
    if (found.has(part)) continue;
    found.add(part);
    if (all.has(relsPathOf(part))) found.add(relsPathOf(part));
    queue.push(...rels(part).map((r) => resolveTarget(part, r.target)));
  }
  return found;
}

/** The package's directory parts: the only user parts a report may change. */
export const DIRECTORY_PARTS = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

/**
 * Every part of `input` that is the user's (not a directory part, not the calculation chain, not a part of the sheets
 * the report replaces, unless a user sheet relates to it too) is in `output` with the very same bytes. Returns the
 * parts checked, so a test can see that the check covered what it built.
 */
export async function expectUserPartsKept(input: Uint8Array, output: Uint8Array, replacedSheets: string[] = []): Promise<string[]> {
  const before = await parts(input);
  const after = await parts(output);
  const replaced = await partsOfSheets(input, replacedSheets);
  const userSheetParts = await partsOfSheets(input, sheetTags(text(before.get("xl/workbook.xml"))).map((t) => t.name).filter((n) => !replacedSheets.includes(n)));
  const checked: string[] = [];
  for (const [path, content] of before) {
    if (DIRECTORY_PARTS.includes(path) || path === "xl/calcChain.xml") continue;
    if (replaced.has(path) && !userSheetParts.has(path)) continue;
    const same = after.has(path) && Buffer.compare(Buffer.from(after.get(path) as Uint8Array), Buffer.from(content)) === 0;
    expect([path, same]).toEqual([path, true]);
    checked.push(path);
  }
  return checked;
}

// ---------------------------------------------------------------------------------------------------------------
// What Excel checks before it offers to "repair" a file

const CT_WORKBOOK = ["fileVersion", "fileSharing", "workbookPr", "mc:AlternateContent", "xr:revisionPtr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];
const CT_STYLESHEET = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/**
 * Every reference resolves, every XML part parses, every part has a content type and is referred to, no two part
 * names differ only in case, sheet ids are unique, at most one tab is selected, the workbook's and the styles' top-level
 * elements stand in schema order, counts match, number format ids are unique, sheet-local names and the active tab
 * point at existing sheets.
 */
export async function expectConsistentPackage(bytes: Uint8Array): Promise<void> {
  const all = await parts(bytes);
  const types = text(all.get("[Content_Types].xml"));
  for (const [, partName] of types.matchAll(/PartName="\/([^"]+)"/g)) expect([partName, all.has(partName)]).toEqual([partName, true]);
  const lowerNames = [...all.keys()].map((p) => p.toLowerCase());
  expect(lowerNames.filter((p, i) => lowerNames.indexOf(p) !== i)).toEqual([]);

  const referenced = new Set(["[Content_Types].xml", "_rels/.rels"]);
  for (const [path, content] of all) {
    if (/\.(xml|rels|vml)$/.test(path)) expect([path, XMLValidator.validate(text(content))]).toEqual([path, true]);
    if (!path.endsWith(".rels")) continue;
    const source = path === "_rels/.rels" ? "" : path.replace(/_rels\/([^/]+)\.rels$/, "$1");
    expect([path, source === "" || all.has(source)]).toEqual([path, true]);
    for (const r of parseRelationships(text(content))) {
      if (r.external) continue;
      const target = resolveTarget(source, r.target);
      expect([path, r.target, all.has(target)]).toEqual([path, r.target, true]);
      referenced.add(target);
      referenced.add(relsPathOf(target));
    }
  }
  // A part nothing refers to is a leftover of a removed sheet.
  expect([...all.keys()].filter((p) => !referenced.has(p))).toEqual([]);
  for (const path of all.keys()) expect([path, hasContentType(types, path)]).toEqual([path, true]);

  const workbook = text(all.get("xl/workbook.xml"));
  const sheets = sheetTags(workbook);
  expect(new Set(sheets.map((s) => s.sheetId)).size).toBe(sheets.length);
  expect(new Set(sheets.map((s) => s.name.toLowerCase())).size).toBe(sheets.length);
  const workbookRels = parseRelationships(text(all.get("xl/_rels/workbook.xml.rels")));
  for (const sheet of sheets) expect([sheet.name, workbookRels.find((r) => r.id === sheet.relationshipId)?.type]).toEqual([sheet.name, `${REL_NS}/worksheet`]);
  expectSchemaOrder(topLevelNames(workbook, "workbook"), CT_WORKBOOK);
  for (const [tag] of workbook.matchAll(/<definedName\b[^>]*>/g)) {
    const local = attribute(tag, "localSheetId");
    if (local !== undefined) expect([tag, Number(local) < sheets.length]).toEqual([tag, true]);
  }
  const names = [...workbook.matchAll(/<definedName\b[^>]*>/g)].map(([tag]) => `${attribute(tag, "name")}@${attribute(tag, "localSheetId") ?? ""}`);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  for (const [view] of workbook.matchAll(/<workbookView\b[^>]*>/g)) {
    const active = Number(attribute(view, "activeTab") ?? 0);
    expect(active).toBeLessThan(sheets.length);
    expect(sheets[active].state ?? "visible").toBe("visible");
  }

  const styles = text(all.get("xl/styles.xml"));
  expectSchemaOrder(topLevelNames(styles, "styleSheet"), CT_STYLESHEET);
  for (const section of ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"]) {
    const match = new RegExp(`<${section}\\b([^>]*?)(/>|>([\\s\\S]*?)</${section}>)`).exec(styles);
    if (!match) continue;
    const count = attribute(`<x${match[1]}>`, "count");
    const child = section === "cellStyleXfs" || section === "cellXfs" ? "xf" : section.replace(/s$/, "");
    const children = (match[3] ?? "").match(new RegExp(`<${child}[\\s/>]`, "g"))?.length ?? 0;
    if (count !== undefined) expect([section, Number(count)]).toEqual([section, children]);
  }
  const formatIds = [...styles.matchAll(/<numFmt\b[^>]*\snumFmtId="(\d+)"/g)].map((m) => m[1]);
  expect(formatIds.filter((id, i) => formatIds.indexOf(id) !== i)).toEqual([]);

  const selectedTabs = [...all].filter(([path, content]) => /^xl\/worksheets\/[^/]+\.xml$/.test(path) && /tabSelected="(1|true)"/.test(text(content)));
  expect(selectedTabs.length).toBeLessThanOrEqual(1);
}

function hasContentType(types: string, path: string): boolean {
  if (path === "[Content_Types].xml") return true;
  const override = [...types.matchAll(/<Override\b[^>]*>/g)].some(([tag]) => attribute(tag, "PartName")?.toLowerCase() === `/${path}`.toLowerCase());
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return override || [...types.matchAll(/<Default\b[^>]*>/g)].some(([tag]) => attribute(tag, "Extension")?.toLowerCase() === extension);
}

/** The names of the root element's children, in document order. */
export function topLevelNames(xml: string, root: string): string[] {
  const body = xml.slice(xml.search(new RegExp(`<${root}\\b`)));
  const names: string[] = [];
  let depth = 0;
  for (const [tag, closing, name, selfClosing] of body.matchAll(/<(\/?)([\w:.-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
    if (tag.startsWith("<?")) continue;
    if (closing) depth--;
    else {
      if (depth === 1) names.push(name);
      if (!selfClosing) depth++;
    }
  }
  return names;
}

function expectSchemaOrder(names: string[], order: string[]): void {
  const positions = names.map((n) => order.indexOf(n));
  expect([names, positions.every((p, i) => p >= 0 && (i === 0 || p >= positions[i - 1]))]).toEqual([names, true]);
}
