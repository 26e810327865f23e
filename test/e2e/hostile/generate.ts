/**
 * Generates the hostile workbooks of issue #8 into a directory (a temp dir; never committed). Each builder writes one
 * file and returns its path. Huge sheets go through ExcelJS's streaming writer; archives that no spreadsheet program
 * would write are crafted byte by byte (zip-craft.ts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { craftZip, deflated, repeatedDeflate, type CraftedEntry } from "./zip-craft";

export const SAMPLE = join(__dirname, "../../../assets/beispiel-jobcenter.xlsx");

/** The classic CSV/formula-injection payloads (OWASP), including the whitespace-led ones. */
export const INJECTION_PAYLOADS = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1"];

async function streamed(path: string, fill: (writer: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>): Promise<string> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  await fill(writer);
  await writer.commit();
  return path;
}

/** A case-list export with `rows` data rows (Aktenzeichen as numbers, dates as serials: quick to write). */
export function caseListWithRows(dir: string, rows: number): Promise<string> {
  return streamed(join(dir, `faelle-${rows}.xlsx`), async (writer) => {
    const ws = writer.addWorksheet("Fälle Export");
    ws.addRow(["Aktenzeichen", "Antragseingang", "Bescheid"]).commit();
    for (let i = 1; i <= rows; i++) ws.addRow([i, 44562 + (i % 300), 44570 + (i % 300)]).commit();
    await ws.commit();
  });
}

/** The sample plus one export sheet that uses every one of Excel's 16,384 columns. */
export async function sampleWithFullWidthSheet(dir: string): Promise<string> {
  return patchedSample(join(dir, "breit.xlsx"), (wb) => {
    const ws = wb.addWorksheet("Export breit");
    const columns = 16_384;
    ws.addRow(Array.from({ length: columns }, (_, c) => `Merkmal ${c + 1}`));
    for (let r = 0; r < 3; r++) ws.addRow(Array.from({ length: columns }, (_, c) => r * columns + c));
  });
}

/** Loads the sample, lets `patch` change it, writes it to `path`. */
export async function patchedSample(path: string, patch: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  patch(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Every text cell of the sample (not formulas, not numbers) with an injection payload in front of its text. */
export function sampleWithInjectedText(dir: string): Promise<string> {
  return patchedSample(join(dir, "injektion.xlsx"), (wb) => {
    let n = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") cell.value = `${INJECTION_PAYLOADS[n++ % INJECTION_PAYLOADS.length]}${cell.value}`;
        }),
      );
    }
  });
}

/**
 * The sample with the payloads as whole labels where the report copies labels verbatim: the instrument names of the
 * EGT sheet (B-column rows of the instrument table) and the Aktenzeichen of the first cases.
 */
export function sampleWithInjectedLabels(dir: string, cells: Array<[sheet: string, cell: string, payload: string]>): Promise<string> {
  return patchedSample(join(dir, "injektion-labels.xlsx"), (wb) => {
    for (const [sheet, cell, payload] of cells) wb.getWorksheet(sheet)!.getCell(cell).value = payload;
  });
}

/** Zero-width space, BOM and right-to-left override spliced into header and label cells of the sample. */
export function sampleWithInvisibleCharacters(dir: string, cells: Array<[sheet: string, cell: string]>): Promise<string> {
  const splice = (text: string, i: number) =>
    i % 3 === 0 ? `\u200b${text}\u200b` : i % 3 === 1 ? `\ufeff${text.slice(0, 3)}\u200b${text.slice(3)}` : `${text}\u202e`;
  return patchedSample(join(dir, "unsichtbar.xlsx"), (wb) => {
    cells.forEach(([sheet, ref], i) => {
      const cell = wb.getWorksheet(sheet)!.getCell(ref);
      cell.value = splice(String(cell.value), i);
    });
  });
}

/** Rewrites sheet names inside xl/workbook.xml (ExcelJS itself refuses names with brackets). */
export async function sampleWithRenamedSheets(dir: string, fileName: string, renames: Record<string, string>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  let workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/</g, "&lt;");
  for (const [from, to] of Object.entries(renames)) {
    const attribute = `name="${escape(from)}"`;
    if (!workbookXml.includes(attribute)) throw new Error(`sample has no sheet ${from}`);
    workbookXml = workbookXml.replace(attribute, `name="${escape(to)}"`);
  }
  zip.file("xl/workbook.xml", workbookXml);
  const path = join(dir, fileName);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return path;
}

/** Formula cells whose cached value is missing (a circular pair, a reference to a blank) in place of Grunddaten values. */
export function sampleWithCircularFormulas(dir: string): Promise<string> {
  return patchedSample(join(dir, "zirkel.xlsx"), (wb) => {
    const ws = wb.getWorksheet("Grunddaten")!;
    ws.getCell("AK5").value = { formula: "AL5+1" } as ExcelJS.CellFormulaValue;
    ws.getCell("AL5").value = { formula: "AK5-1" } as ExcelJS.CellFormulaValue;
    ws.getCell("AK8").value = { formula: "AK8*2" } as ExcelJS.CellFormulaValue;
  });
}

/** Every number of the Grunddaten sheet replaced by a link into another workbook, cached value kept. */
export function sampleWithExternalLinks(dir: string): Promise<string> {
  return patchedSample(join(dir, "extern.xlsx"), (wb) => {
    const ws = wb.getWorksheet("Grunddaten")!;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "number") cell.value = { formula: `'[Jobcenter 2022.xlsx]Daten'!${cell.address}`, result: cell.value };
      }),
    );
  });
}

export function sampleWithProtectedSheets(dir: string): Promise<string> {
  const path = join(dir, "geschuetzt.xlsx");
  return (async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    for (const ws of wb.worksheets) await ws.protect("geheim", { selectLockedCells: true });
    await wb.xlsx.writeFile(path);
    return path;
  })();
}

/**
 * The sample with its Grunddaten hidden, plus a very hidden decoy copy of Grunddaten in front of it whose numbers are
 * all different: very hidden sheets are program state (macros, add-ins), not data the user sees.
 */
export function sampleWithHiddenSheets(dir: string): Promise<string> {
  return patchedSample(join(dir, "versteckt.xlsx"), (wb) => {
    const real = wb.getWorksheet("Grunddaten")!;
    const decoy = wb.addWorksheet("Alte Grunddaten", { state: "veryHidden" });
    real.eachRow((row, r) => {
      decoy.getRow(r).values = (row.values as ExcelJS.CellValue[]).map((v) => (typeof v === "number" ? v * 3 + 1 : v));
    });
    (decoy as unknown as { orderNo: number }).orderNo = -1;
    real.state = "hidden";
  });
}

/** Dates outside what Excel can show: before 1900 and after 9999, as date cells and as text. */
export function sampleWithOutOfRangeDates(dir: string, cells: Array<[cell: string, value: Date | string]>): Promise<string> {
  return patchedSample(join(dir, "daten.xlsx"), (wb) => {
    const ws = wb.getWorksheet("Fälle Leistungsanträge")!;
    for (const [ref, value] of cells) ws.getCell(ref).value = value;
  });
}

export function writeBytes(dir: string, name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The sample with 40 % of its bytes overwritten in the middle. */
export function corruptSample(dir: string): string {
  const bytes = Buffer.from(readFileSync(SAMPLE));
  const from = Math.floor(bytes.length * 0.3);
  for (let i = from; i < from + Math.floor(bytes.length * 0.4); i++) bytes[i] = (i * 7919) & 0xff;
  return writeBytes(dir, "kaputt.xlsx", bytes);
}

export function truncatedSample(dir: string): string {
  const bytes = readFileSync(SAMPLE);
  return writeBytes(dir, "abgeschnitten.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
}

/**
 * What Excel writes for "Mit Kennwort verschlüsseln": an OLE compound file (CFB) holding EncryptionInfo and
 * EncryptedPackage. The header and a directory naming both streams are enough to be recognised.
 */
export function passwordProtected(dir: string): string {
  const sector = 512;
  const bytes = Buffer.alloc(sector * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 24); // minor version
  bytes.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  bytes.writeUInt16LE(0xfffe, 28); // little endian
  bytes.writeUInt16LE(9, 30); // sector shift
  bytes.writeUInt16LE(6, 32); // mini sector shift
  bytes.writeUInt32LE(1, 44); // one FAT sector
  bytes.writeUInt32LE(1, 48); // directory starts at sector 1
  bytes.writeUInt32LE(0x1000, 56);
  bytes.writeUInt32LE(0xfffffffe, 60);
  bytes.writeUInt32LE(0xfffffffe, 68);
  bytes.writeUInt32LE(0, 76); // DIFAT[0]: FAT in sector 0
  for (let i = 1; i < 109; i++) bytes.writeUInt32LE(0xffffffff, 76 + i * 4);
  ["Root Entry", "EncryptionInfo", "EncryptedPackage"].forEach((name, i) => {
    const at = sector * 2 + i * 128;
    Buffer.from(name, "utf16le").copy(bytes, at);
    bytes.writeUInt16LE((name.length + 1) * 2, at + 64);
    bytes[at + 66] = i === 0 ? 5 : 2;
  });
  return writeBytes(dir, "kennwort.xlsx", bytes);
}

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const SHEET_OPEN = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>`;
export const SHEET_CLOSE = `</sheetData></worksheet>`;

/** A package with one worksheet part per entry of `sheets`, named Blatt 1, Blatt 2, … unless named otherwise. */
export function workbookPackage(sheetParts: CraftedEntry[], names: string[] = []): Buffer {
  const name = (i: number) => names[i] ?? `Blatt ${i + 1}`;
  const overrides = sheetParts
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join("");
  const contentTypes = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`;
  const rootRels = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheets = sheetParts.map((_, i) => `<sheet name="${name(i)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const workbook = `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`;
  const rels = sheetParts.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  return craftZip([
    deflated("[Content_Types].xml", contentTypes),
    deflated("_rels/.rels", rootRels),
    deflated("xl/workbook.xml", workbook),
    deflated("xl/_rels/workbook.xml.rels", `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels}</Relationships>`),
    ...sheetParts.map((part, i) => ({ ...part, name: `xl/worksheets/sheet${i + 1}.xml` })),
  ]);
}

export const inlineText = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

/** `count` sheets with one line of text each, written as XML (ExcelJS needs half a minute for 10,000 sheets). */
export function manySheets(dir: string, count: number): string {
  const sheet = (i: number) => deflated("", `${SHEET_OPEN}<row r="1">${inlineText("A1", `Inhalt ${i}`)}</row>${SHEET_CLOSE}`);
  return writeBytes(dir, `blaetter-${count}.xlsx`, workbookPackage(Array.from({ length: count }, (_, i) => sheet(i + 1))));
}

const MB = 1024 * 1024;

/**
 * Zip bombs: a worksheet part that really unpacks to `megabytes` MB of whitespace (valid XML), from about a
 * thousandth of that on disk. `honest` declares the true size in the zip directory; otherwise the directory claims a
 * harmless 4 KB and only unpacking tells the truth. Nothing of the expanded size is ever held in memory here.
 */
export function zipBomb(dir: string, megabytes: number, honest: boolean, fileName = honest ? "bombe.xlsx" : "bombe-getarnt.xlsx"): string {
  const { compressed, size } = repeatedDeflate(SHEET_OPEN, Buffer.alloc(MB, 0x20), megabytes, SHEET_CLOSE);
  const bytes = workbookPackage([{ name: "", compressed, declaredSize: honest ? Math.min(size, 0xffffffff) : 4096 }]);
  return writeBytes(dir, fileName, bytes);
}

/** A zip whose directory alone claims 4 GB for one part; the data behind it is a few bytes. */
export function zipBombDeclaredOnly(dir: string): string {
  const sheet = deflated("", `${SHEET_OPEN}${SHEET_CLOSE}`);
  return writeBytes(dir, "bombe-verzeichnis.xlsx", workbookPackage([{ ...sheet, declaredSize: 0xfffffff0 }]));
}

/**
 * Two cells, A1 and XFD1048576: tiny on disk, but a dense copy of the used range would have 17 billion cells.
 * Written as XML: ExcelJS's streaming writer would emit every row in between.
 */
export function farCornerSheet(dir: string): string {
  const rows = `<row r="1">${inlineText("A1", "oben links")}</row><row r="1048576">${inlineText("XFD1048576", "unten rechts")}</row>`;
  return writeBytes(dir, "ecken.xlsx", workbookPackage([deflated("", `${SHEET_OPEN}${rows}${SHEET_CLOSE}`)], ["Ecken"]));
}

export const CSV_TEXT = "Grunddatum;Jan 22;Feb 22\nELB;1000;1010\nIntegrationen;20;22\n";
export const HTML_TEXT = "<!DOCTYPE html>\n<html><body><table><tr><td>Grunddatum</td><td>Jan 22</td></tr></table></body></html>\n";
