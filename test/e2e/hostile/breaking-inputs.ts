/**
 * The inputs of issue #24 that broke the reader or the CLI ("inputs that break it", cases 1–8 and 10), generated into
 * a directory (a temp dir; never committed). Each builder writes one file and returns its path. Big sheets are
 * written as one block of rows deflated once and repeated (zip-craft.ts), so a 700.000-cell part costs a few hundred
 * KB and milliseconds to make; nothing of its unpacked size is ever held here.
 */
import { readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { SAMPLE, SHEET_CLOSE, SHEET_OPEN, workbookPackage, writeBytes } from "./generate";
import { craftZip, deflated, repeatedDeflate, stored, type CraftedEntry } from "./zip-craft";

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** A sheet part from its rows' markup (one <sheetData>), plus what follows it (merges). */
const sheetXml = (rows: string, after = "") => `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

/**
 * `rows` × `columns` number cells without references (a reader counts rows and columns on): one block of up to 1.000
 * identical rows, deflated once and repeated.
 */
function gridPart(rows: number, columns: number, after = ""): CraftedEntry {
  const block = Math.min(rows, 1000);
  if (rows % block !== 0) throw new Error(`rows must be a multiple of ${block}`);
  const row = `<row>${"<c><v>1</v></c>".repeat(columns)}</row>`;
  const { compressed, size } = repeatedDeflate(SHEET_OPEN, Buffer.from(row.repeat(block)), rows / block, `</sheetData>${after}</worksheet>`);
  return { name: "", compressed, declaredSize: size };
}

interface PackageSpec {
  /** The <sheet> entries: the name and the relationship id each points at. */
  sheets: Array<{ name: string; relationshipId: string }>;
  /** The workbook part's relationships: id → target (relative to xl/), worksheets unless a type is given. */
  relationships: Array<{ id: string; target: string; type?: string }>;
  /** Every other part, by its full name. */
  parts: CraftedEntry[];
}

/** A package exactly as specified: entries pointing at one part, part names in another case, whatever a case needs. */
function craftedPackage(spec: PackageSpec): Buffer {
  const contentTypes = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${spec.parts
    .filter((p) => /worksheets\//i.test(p.name))
    .map((p) => `<Override PartName="/${p.name}" ContentType="${WORKSHEET_TYPE}"/>`)
    .join("")}</Types>`;
  const rootRels = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheets = spec.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="${s.relationshipId}"/>`).join("");
  const workbook = `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`;
  const rels = spec.relationships.map((r) => `<Relationship Id="${r.id}" Type="${REL_NS}/${r.type ?? "worksheet"}" Target="${r.target}"/>`).join("");
  return craftZip([
    deflated("[Content_Types].xml", contentTypes),
    deflated("_rels/.rels", rootRels),
    deflated("xl/workbook.xml", workbook),
    deflated("xl/_rels/workbook.xml.rels", `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels}</Relationships>`),
    ...spec.parts,
  ]);
}

/** One worksheet "Daten" in xl/worksheets/sheet1.xml. */
const oneSheet = (part: CraftedEntry, extra: CraftedEntry[] = [], relationships: PackageSpec["relationships"] = []): Buffer =>
  craftedPackage({
    sheets: [{ name: "Daten", relationshipId: "rId1" }],
    relationships: [{ id: "rId1", target: "worksheets/sheet1.xml" }, ...relationships],
    parts: [{ ...part, name: "xl/worksheets/sheet1.xml" }, ...extra],
  });

/** The sample's parts, by name, as they unpack. */
export function sampleParts(): Map<string, Buffer> {
  const zip = readFileSync(SAMPLE);
  const parts = new Map<string, Buffer>();
  // The sample is written by ExcelJS: local headers with sizes, no data descriptors; read it without a zip library.
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50; ) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 30, at + 30 + nameLength);
    const data = zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    parts.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 30 + nameLength + extra + size;
  }
  return parts;
}

/** The sample with some of its parts changed (or added) as text, written with the entries in the sample's order. */
function patchedSampleParts(dir: string, fileName: string, patch: (parts: Map<string, Buffer>) => void, extra: CraftedEntry[] = []): string {
  const parts = sampleParts();
  patch(parts);
  return writeBytes(dir, fileName, craftZip([...[...parts].map(([name, bytes]) => deflated(name, bytes)), ...extra]));
}

const text = (parts: Map<string, Buffer>, name: string) => parts.get(name)?.toString("utf8") ?? "";

// ---------------------------------------------------------------------------------------------------------------
// Case 1: row and column numbers beyond Excel's sheet

/**
 * A sheet whose only cell is referenced as `reference` (Excel's sheet ends at XFD1048576). With
 * "A99999999999999999999" the used range starts and ends in that row, and `r++` no longer changes a row number past
 * 2^53: the used range was copied in an endless loop.
 */
export function singleCellAt(dir: string, fileName: string, reference: string): string {
  // The row without a number of its own: the cell's reference is what is read.
  return writeBytes(dir, fileName, oneSheet(deflated("", sheetXml(`<row><c r="${reference}"><v>1</v></c></row>`))));
}

/** A sheet whose one row carries the row number `row` and a cell without a reference. */
export function rowNumbered(dir: string, fileName: string, row: string): string {
  return writeBytes(dir, fileName, oneSheet(deflated("", sheetXml(`<row r="${row}"><c><v>1</v></c></row>`))));
}

// ---------------------------------------------------------------------------------------------------------------
// Case 2: unclosed tags and comments

/** `count` cells opened and never closed: the token regex searched to the end of the part for each `</c>`. */
export function unclosedCells(dir: string, count: number): string {
  return writeBytes(dir, `offene-zellen-${count}.xlsx`, oneSheet(deflated("", sheetXml(`<row r="1">${'<c r="A1">'.repeat(count)}</row>`))));
}

/** `count` comments opened and never closed. */
export function unclosedComments(dir: string, count: number): string {
  return writeBytes(dir, `offene-kommentare-${count}.xlsx`, oneSheet(deflated("", sheetXml(`<row r="1"><c r="A1"><v>1</v></c>${"<!--".repeat(count)}</row>`))));
}

// ---------------------------------------------------------------------------------------------------------------
// Case 3: merges

/** `merges` × the whole sheet merged (A1:XFD1048576), over `rows` × `columns` filled cells. */
export function mergeBomb(dir: string, merges: number, rows: number, columns: number): string {
  const after = `<mergeCells count="${merges}">${'<mergeCell ref="A1:XFD1048576"/>'.repeat(merges)}</mergeCells>`;
  return writeBytes(dir, `verbunden-${merges}.xlsx`, oneSheet(gridPart(rows, columns, after)));
}

/** `merges` ranges that overlap, A1:XFD1048576, A2:XFD1048576 …, over `rows` × `columns` filled cells. */
export function overlappingMerges(dir: string, merges: number, rows: number, columns: number): string {
  const ranges = Array.from({ length: merges }, (_, i) => `<mergeCell ref="A${i + 1}:XFD1048576"/>`).join("");
  return writeBytes(dir, `ueberlappend-${merges}.xlsx`, oneSheet(gridPart(rows, columns, `<mergeCells count="${merges}">${ranges}</mergeCells>`)));
}

/** `rows` rows with one cell in column A and one in XFD. */
export function firstAndLastColumn(dir: string, rows: number): string {
  const xml = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>2</v></c></row>`).join("");
  return writeBytes(dir, `a-und-xfd-${rows}.xlsx`, oneSheet(deflated("", sheetXml(xml))));
}

/** One merged range per row of a case list (what exports do), each two cells wide. */
export function mergePerRow(dir: string, rows: number): string {
  const merges = Array.from({ length: rows }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join("");
  return writeBytes(dir, `verbunden-je-zeile-${rows}.xlsx`, oneSheet(gridPart(rows, 3, `<mergeCells count="${rows}">${merges}</mergeCells>`)));
}

// ---------------------------------------------------------------------------------------------------------------
// Case 4: the cell limit counted per zip part, by a counter that parsed differently from the reader

/** `entries` <sheet> entries whose relationships all point at one part of `rows` × `columns` cells. */
export function sheetsSharingOnePart(dir: string, entries: number, rows: number, columns: number): string {
  const bytes = craftedPackage({
    sheets: Array.from({ length: entries }, (_, i) => ({ name: `Blatt ${i + 1}`, relationshipId: `rId${i + 1}` })),
    relationships: Array.from({ length: entries }, (_, i) => ({ id: `rId${i + 1}`, target: "worksheets/sheet1.xml" })),
    parts: [{ ...gridPart(rows, columns), name: "xl/worksheets/sheet1.xml" }],
  });
  return writeBytes(dir, `ein-teil-${entries}-blaetter.xlsx`, bytes);
}

/** `rows` × `columns` cells written as <c-x> … </c>: the counter's pattern did not see them, the reader's did. */
export function dashedCellTags(dir: string, rows: number, columns: number): string {
  const block = Math.min(rows, 1000);
  const row = `<row>${"<c-x><v>1</v></c>".repeat(columns)}</row>`;
  const { compressed, size } = repeatedDeflate(SHEET_OPEN, Buffer.from(row.repeat(block)), rows / block, SHEET_CLOSE);
  return writeBytes(dir, "c-x.xlsx", oneSheet({ name: "", compressed, declaredSize: size }));
}

/**
 * A worksheet part named "xl/Daten/blatt1.xml" whose relationship says "daten/BLATT1.xml": part names compare ignoring
 * case, so the reader found it; the counter compared exactly and did not count it.
 */
export function partNamedInOtherCase(dir: string, rows: number, columns: number): string {
  const bytes = craftedPackage({
    sheets: [{ name: "Daten", relationshipId: "rId1" }],
    relationships: [{ id: "rId1", target: "daten/BLATT1.xml" }],
    parts: [{ ...gridPart(rows, columns), name: "xl/Daten/blatt1.xml" }],
  });
  return writeBytes(dir, "gross-klein.xlsx", bytes);
}

// ---------------------------------------------------------------------------------------------------------------
// Case 5: a number format far longer than Excel allows (255 characters)

/** `rows` × `columns` number cells all formatted with one format code of `length` characters. */
export function longNumberFormat(dir: string, length: number, rows: number, columns: number): string {
  const code = `0.${"0".repeat(length - 2)}`;
  const styles = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${code}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;
  const block = Math.min(rows, 1000);
  const row = `<row>${'<c s="1"><v>1</v></c>'.repeat(columns)}</row>`;
  const { compressed, size } = repeatedDeflate(SHEET_OPEN, Buffer.from(row.repeat(block)), rows / block, SHEET_CLOSE);
  return writeBytes(dir, `format-${length}.xlsx`, oneSheet({ name: "", compressed, declaredSize: size }, [deflated("xl/styles.xml", styles)], [{ id: "rId2", target: "styles.xml", type: "styles" }]));
}

// ---------------------------------------------------------------------------------------------------------------
// Case 6: parts longer than V8's longest string; shared strings without a limit

/** A worksheet part of `megabytes` MB of whitespace, its size declared honestly (below the 1 GiB limit on the package). */
export function whitespacePart(dir: string, megabytes: number): string {
  return zipBomb(dir, megabytes);
}

function zipBomb(dir: string, megabytes: number): string {
  const { compressed, size } = repeatedDeflate(SHEET_OPEN, Buffer.alloc(1024 * 1024, 0x20), megabytes, SHEET_CLOSE);
  return writeBytes(dir, `leerzeichen-${megabytes}mb.xlsx`, workbookPackage([{ name: "", compressed, declaredSize: Math.min(size, 0xffffffff) }]));
}

/** A shared-string table of `count` strings, and one cell that uses the first. */
export function manySharedStrings(dir: string, count: number): string {
  const block = Math.min(count, 10_000);
  const { compressed, size } = repeatedDeflate(`${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${count}" uniqueCount="${count}">`, Buffer.from("<si><t>x</t></si>".repeat(block)), count / block, "</sst>");
  const bytes = oneSheet(deflated("", sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')), [{ name: "xl/sharedStrings.xml", compressed, declaredSize: size }], [
    { id: "rId2", target: "sharedStrings.xml", type: "sharedStrings" },
  ]);
  return writeBytes(dir, `texte-${count}.xlsx`, bytes);
}

// ---------------------------------------------------------------------------------------------------------------
// Case 7: document type declarations anywhere; the entry count

const FAKE_STRINGS = `<!DOCTYPE sst [<!ENTITY e "<sst xmlns='${MAIN_NS}'><si><t>Täuschung</t></si></sst>">]>`;

/** The sample with a DOCTYPE in front of the root of `part`; in sharedStrings its entity holds an <sst> of its own. */
export function sampleWithDoctypeIn(dir: string, fileName: string, part: string): string {
  return patchedSampleParts(dir, fileName, (parts) => {
    const xml = text(parts, part);
    if (!xml) throw new Error(`sample has no part ${part}`);
    parts.set(part, Buffer.from(xml.replace(/^(<\?xml[^>]*\?>\s*)/, `$1${FAKE_STRINGS}`)));
  });
}

/** A package of `count` entries (one sheet, the rest empty parts). */
export function manyEntries(dir: string, count: number): string {
  const empty = Array.from({ length: count - 5 }, (_, i) => deflated(`customXml/leer${i + 1}.bin`, ""));
  return writeBytes(dir, `teile-${count}.xlsx`, oneSheet(deflated("", sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>')), empty));
}

// ---------------------------------------------------------------------------------------------------------------
// Case 8: entry names that climb out of the package

/** The sample with an extra entry named `entryName` ("xl\..\..\tmp\pwned", "/tmp/pwned"). */
export function sampleWithEntryNamed(dir: string, fileName: string, entryName: string): string {
  return patchedSampleParts(dir, fileName, () => undefined, [deflated(entryName, "eingeschleust")]);
}

// ---------------------------------------------------------------------------------------------------------------
// Case 10: a huge mapping file

/**
 * A mapping file (`--zuordnung`) of `megabytes` MB. `sparse`: a file of that size without its bytes on disk (the size
 * is what is refused), otherwise valid JSON a parser must read to the end.
 */
export function hugeMappingFile(dir: string, megabytes: number, sparse: boolean): string {
  const path = join(dir, `zuordnung-${megabytes}mb.json`);
  if (sparse) {
    writeFileSync(path, "");
    truncateSync(path, megabytes * 1024 * 1024);
    return path;
  }
  const entry = `{"sheet":"Blatt","kind":"grunddaten","columns":[{"column":"A","ignore":true}]},`;
  const count = Math.ceil((megabytes * 1024 * 1024) / entry.length);
  writeFileSync(path, `{"zuordnung":[${entry.repeat(count)}{}]}`);
  return path;
}

// ---------------------------------------------------------------------------------------------------------------
// Workbooks Excel opens that must open here too

/** An OpenDocument spreadsheet (LibreOffice's .ods) saved with the ending .xlsx: a zip starting with its "mimetype". */
export function openDocumentAsXlsx(dir: string): string {
  const manifest = `${XML_HEAD}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>`;
  const content = `${XML_HEAD}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:spreadsheet/></office:body></office:document-content>`;
  return writeBytes(dir, "tabelle.xlsx", craftZip([stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), deflated("content.xml", content), deflated("META-INF/manifest.xml", manifest)]));
}

/** The sample plus empty sheets up to `total` sheets (openpyxl's test data has a workbook of 1.024). */
export function sampleWithSheets(dir: string, total: number): string {
  const added = Array.from({ length: total - 7 }, (_, i) => i + 100);
  const sheetParts = added.map((n) => deflated(`xl/worksheets/leer${n}.xml`, sheetXml("")));
  return patchedSampleParts(
    dir,
    `blaetter-${total}-beispiel.xlsx`,
    (parts) => {
      const workbook = text(parts, "xl/workbook.xml").replace("</sheets>", `${added.map((n) => `<sheet sheetId="${n}" name="Leer ${n}" r:id="rId${n}"/>`).join("")}</sheets>`);
      const rels = text(parts, "xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        `${added.map((n) => `<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/leer${n}.xml"/>`).join("")}</Relationships>`,
      );
      const types = text(parts, "[Content_Types].xml").replace("</Types>", `${added.map((n) => `<Override PartName="/xl/worksheets/leer${n}.xml" ContentType="${WORKSHEET_TYPE}"/>`).join("")}</Types>`);
      parts.set("xl/workbook.xml", Buffer.from(workbook));
      parts.set("xl/_rels/workbook.xml.rels", Buffer.from(rels));
      parts.set("[Content_Types].xml", Buffer.from(types));
    },
    sheetParts,
  );
}
