/**
 * Why a file could not be opened, in words a controller understands. Never a stack trace.
 * Runs in Node and in the browser (standalone pane): no file system here, see node-files.ts.
 */
import type JSZip from "jszip";
import { hasAcceptableSheetNameCharacters } from "../output-safety";
import { loadPackage, rememberInflated, sharedStringsPartOf, sheetPartsOf, UnsafePartName, xmlEncoding } from "./package/opc";
import { DocumentTypeDeclared, XmlSyntaxError } from "./package/xml-tokens";
import { READ_LIMITS, type ReadLimits, refusal } from "./reading/read-limits";
import { WorkbookOpenError } from "./workbook-open-error";

export { WorkbookOpenError };

/** The message for a file that is not a workbook at all, or a damaged one. */
export function unreadableFile(name: string): WorkbookOpenError {
  return new WorkbookOpenError(`Die Datei „${name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx) oder beschädigt.`);
}

/** Whatever went wrong while a package was read, as the message for the file `name`. */
export function openErrorOf(error: unknown, name: string): WorkbookOpenError {
  if (error instanceof WorkbookOpenError) return error;
  if (error instanceof DocumentTypeDeclared) return documentTypeRefused(name, error.part);
  if (error instanceof XmlSyntaxError) {
    return new WorkbookOpenError(`Die Datei „${name}“ ist beschädigt (Teil „${error.part}“: ${error.problem}) und kann nicht gelesen werden.`);
  }
  if (error instanceof UnsafePartName) {
    return new WorkbookOpenError(
      `Die Datei „${name}“ enthält einen Teil mit dem unzulässigen Namen „${error.entry}“ (ein Teilname darf weder mit „/“ oder einem Laufwerk beginnen noch „..“ enthalten) und wird nicht verarbeitet.`,
    );
  }
  return unreadableFile(name);
}

function documentTypeRefused(name: string, part: string): WorkbookOpenError {
  return new WorkbookOpenError(
    `Die Datei „${name}“ enthält im Teil „${part}“ eine Dokumenttyp-Deklaration (DTD), die das Dateiformat nicht erlaubt, und wird nicht verarbeitet.`,
  );
}

/** .xlsx files are zip archives ("PK\x03\x04"); encrypted workbooks and old .xls are OLE compound files. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

export function assertXlsxSignature(buffer: Uint8Array, name: string): void {
  const starts = (signature: number[]) => signature.every((byte, i) => buffer[i] === byte);
  if (buffer.length === 0) throw new WorkbookOpenError(`Die Datei „${name}“ ist leer (0 Bytes).`);
  if (starts(OLE_SIGNATURE)) {
    throw new WorkbookOpenError(
      `Die Datei „${name}“ ist kennwortgeschützt oder im alten .xls-Format. Bitte in Excel ohne Kennwort als .xlsx speichern.`,
    );
  }
  if (!starts(ZIP_SIGNATURE)) throw new WorkbookOpenError(`Die Datei „${name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx)${disguisedAs(buffer)}.`);
  const openDocument = openDocumentKind(buffer);
  if (openDocument) {
    throw new WorkbookOpenError(
      `Die Datei „${name}“ ist ${openDocument} mit der Endung .xlsx, keine Excel-Arbeitsmappe. Bitte in LibreOffice oder Excel öffnen und als Excel-Arbeitsmappe (.xlsx) speichern.`,
    );
  }
}

/**
 * OpenDocument files (LibreOffice, OpenOffice) are zip archives too, but their first entry is an uncompressed
 * "mimetype" naming the kind (ODF 1.2 part 3, §3.3): readable in the first bytes, before any unpacking.
 */
function openDocumentKind(buffer: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(buffer.subarray(0, 160));
  const nameLength = buffer[26] | (buffer[27] << 8);
  const extraLength = buffer[28] | (buffer[29] << 8);
  if (nameLength !== 8 || head.slice(30, 38) !== "mimetype") return null;
  const mimeType = head.slice(38 + extraLength);
  if (!mimeType.startsWith("application/vnd.oasis.opendocument.")) return null;
  return mimeType.startsWith("application/vnd.oasis.opendocument.spreadsheet") ? "eine OpenDocument-Tabelle (.ods)" : "ein OpenDocument-Dokument";
}

/** A renamed text export is the most common "broken .xlsx": say what it really is and how to turn it into a workbook. */
function disguisedAs(buffer: Uint8Array): string {
  const head = new TextDecoder("utf-8").decode(buffer.subarray(0, 512)).replace(/^\ufeff/, "").trimStart().toLowerCase();
  const kind = /^<(!doctype html|html|table)/.test(head) ? "eine Webseite (HTML)" : /^<\?xml/.test(head) ? "eine XML-Datei" : looksLikeCsv(head) ? "eine Textdatei (CSV)" : null;
  return kind ? `, sondern ${kind} mit der Endung .xlsx. Bitte in Excel öffnen und als Excel-Arbeitsmappe (.xlsx) speichern` : "";
}

function looksLikeCsv(head: string): boolean {
  const firstLine = head.split(/\r?\n/)[0] ?? "";
  return !/[\u0000-\u0008]/.test(head) && /[;,\t]/.test(firstLine);
}

/** The limits of a check; tests pass small ones so that their files stay tiny. */
export type UnpackedLimits = Partial<ReadLimits>;
export const UNPACKED_LIMITS: ReadLimits = READ_LIMITS;

const count = (n: number) => n.toLocaleString("de-DE");
const megabytes = (n: number) => count(Math.round(n / 1024 / 1024));

/**
 * Reads the zip directory (cheap) and refuses a package whose entry count or declared unpacked size is beyond the
 * limits; then unpacks every part once as a stream to count what the directory may have lied about and what the
 * reader would read (read-limits.ts): unpacked bytes in all and per part, sheets, rows per sheet, cells and merged
 * ranges of all sheet entries, shared strings; and refuses a document type declaration in any XML part. Returns the
 * package with its XML parts kept unpacked (up to KEPT_BYTES; opc.ts `rememberInflated`): the reader reads them there.
 */
export async function assertUnpackedSize(buffer: Uint8Array, name: string, given: UnpackedLimits = READ_LIMITS): Promise<JSZip> {
  const limits: ReadLimits = { ...READ_LIMITS, ...given };
  // Loading a directory of 50.000 entries costs seconds: the count is in the zip's last record.
  const declaredEntries = zipEntryCount(buffer);
  if (declaredEntries !== null && declaredEntries > limits.entries) throw refusal.entries(name, declaredEntries, limits);
  let zip: JSZip;
  try {
    zip = await loadPackage(buffer);
  } catch (error) {
    throw openErrorOf(error, name);
  }
  let bytes = 0;
  let entries = 0;
  zip.forEach((_path, file) => {
    if (file.dir) return;
    entries++;
    // JSZip reads the 32-bit size as signed: a directory claiming 4 GB would otherwise count as -16 bytes.
    const size = ((file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0) >>> 0;
    bytes += size;
  });
  if (entries > limits.entries) throw refusal.entries(name, entries, limits);
  if (bytes > limits.bytes) throw refusal.bytes(name, megabytes(bytes), entries, limits);
  await assertContentWithinLimits(zip, name, limits, () => refusal.bytes(name, `mehr als ${megabytes(limits.bytes)}`, entries, limits));
  return zip;
}

/**
 * The number of entries the zip's end-of-central-directory record declares (APPNOTE 4.3.16), or null where it cannot
 * tell (no record found, or a zip64 archive, whose count stands elsewhere; JSZip counts those).
 */
function zipEntryCount(buffer: Uint8Array): number | null {
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= lowest; at--) {
    if (buffer[at] === 0x50 && buffer[at + 1] === 0x4b && buffer[at + 2] === 0x05 && buffer[at + 3] === 0x06) {
      const count = buffer[at + 10] | (buffer[at + 11] << 8);
      return count === 0xffff ? null : count;
    }
  }
  return null;
}

/** A worksheet part and the names of the <sheet> entries that list it (more than one counts for each). */
interface SheetPart {
  path: string;
  names: string[];
}

async function assertContentWithinLimits(zip: JSZip, name: string, limits: ReadLimits, tooBig: () => WorkbookOpenError): Promise<void> {
  const { sheets, sharedStrings } = await sheetParts(zip);
  const entryCount = [...sheets.values()].reduce((sum, s) => sum + s.names.length, 0);
  if (entryCount > limits.sheets) throw refusal.sheets(name, entryCount, limits);
  for (const sheet of sheets.values()) sheet.names.forEach(assertSheetName);
  let unpacked = 0;
  let cells = 0;
  let merges = 0;
  const keeping = { left: KEPT_BYTES };
  for (const path of Object.keys(zip.files)) {
    const file = zip.files[path];
    if (file.dir) continue;
    // Part names compare ignoring case (OPC §6.2.2.3), as the reader finds them: "daten/BLATT1.xml" is "Daten/blatt1.xml".
    const key = path.toLowerCase();
    const sheet = sheets.get(key) ?? (/^xl\/worksheets\/[^/]+\.xml$/.test(key) ? { path, names: [path.slice("xl/worksheets/".length)] } : null);
    const isStrings = key === sharedStrings;
    const isXml = sheet !== null || isStrings || /\.(xml|rels|vml)$/.test(key);
    let partBytes = 0;
    let rows = 0;
    let strings = 0;
    // An XML part is kept as it is unpacked, for the reader; a picture or other binary part only counted.
    await scanPart(file, name, isXml ? keeping : null, (chunkBytes, text, end) => {
      unpacked += chunkBytes;
      partBytes += chunkBytes;
      // The directory said less: unpacking tells the truth, and stops here.
      if (unpacked > limits.bytes) throw tooBig();
      // A sheet already beyond the rows is counted on (as a stream, nothing kept), so that the message can say how many.
      if (partBytes > limits.partBytes && !(sheet !== null && rows > limits.rowsPerSheet)) throw refusal.partBytes(name, path, limits);
      if (isXml && /<!DOCTYPE/i.test(text)) throw documentTypeRefused(name, path);
      if (isStrings) {
        strings += countTags(text, STRING_ITEM_TAG, end);
        if (strings > limits.sharedStrings) throw refusal.sharedStrings(name, `mehr als ${count(limits.sharedStrings)}`, limits);
      }
      if (sheet === null) return;
      const found = sheetTags(text, end);
      rows += found.rows;
      // A sheet with too many rows is counted to its end (rows only), so that the message can say how many it has.
      if (rows > limits.rowsPerSheet) return;
      cells += found.cells * sheet.names.length;
      if (cells > limits.cells) throw refusal.cells(name, sheet.names[0], limits);
      merges += found.merges * sheet.names.length;
      if (merges > limits.merges) throw refusal.merges(name, sheet.names[0], limits);
    });
    if (sheet !== null && rows > limits.rowsPerSheet) throw refusal.rowsPerSheet(sheet.names[0], rows, limits);
  }
}

/**
 * The worksheet parts by lower-cased name, with the sheet names that list each, and the shared string part's
 * lower-cased name. A package without a readable workbook part has none to count here; the reader then says why.
 */
async function sheetParts(zip: JSZip): Promise<{ sheets: Map<string, SheetPart>; sharedStrings?: string }> {
  const sheets = new Map<string, SheetPart>();
  const listing = await sheetPartsOf(zip).catch(() => []);
  for (const sheet of listing) {
    const path = sheet.part ?? "";
    const known = sheets.get(path.toLowerCase());
    if (known) known.names.push(sheet.name);
    else sheets.set(path.toLowerCase(), { path, names: [sheet.name] });
  }
  const sharedStrings = await sharedStringsPartOf(zip).catch(() => undefined);
  return { sheets, sharedStrings: sharedStrings?.toLowerCase() };
}

/** Excel itself never writes these names; a file that has them was made by another program and cannot be loaded. */
function assertSheetName(sheetName: string): void {
  if (!hasAcceptableSheetNameCharacters(sheetName)) {
    throw new WorkbookOpenError(
      `Das Blatt „${sheetName}“ hat einen Namen, den Excel nicht zulässt (die Zeichen [ ] : * ? / \\ oder ein Apostroph am Anfang oder Ende). Bitte das Blatt in Excel umbenennen und die Datei neu speichern.`,
    );
  }
}

interface PartStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): PartStream;
  on(event: "error", listener: (error: unknown) => void): PartStream;
  on(event: "end", listener: () => void): PartStream;
  resume(): PartStream;
  pause(): PartStream;
}

// Under any prefix: the reader takes off only the spreadsheetml ones, so these count at least what it reads.
const SHEET_TAG = /<(?:[\w.-]+:)?(row|c|mergeCell)[\s>/]/g;
const STRING_ITEM_TAG = /<(?:[\w.-]+:)?si[\s>/]/g;
/**
 * The most unpacked bytes kept for the reader (scanPart): twice the scale workbook's 22 MB. A package of many large
 * parts (each within the limits) keeps no more than this; the reader unpacks the rest part by part, as it did before.
 */
const KEPT_BYTES = 48 * 1024 * 1024;
/** Longer than any tag the counters look for, so a tag cut by a chunk boundary is counted once, in the next chunk. */
const CARRY = 64;

/** Rows, cells and merged ranges in one pass over a sheet's text, counted as `countTags` counts. */
function sheetTags(text: string, end: number): { rows: number; cells: number; merges: number } {
  const found = { rows: 0, cells: 0, merges: 0 };
  for (const match of text.matchAll(SHEET_TAG)) {
    if (match.index === undefined || match.index >= end) continue;
    if (match[1] === "c") found.cells++;
    else if (match[1] === "row") found.rows++;
    else found.merges++;
  }
  return found;
}

/** Tags that start before `end`; the ones after it are counted with the next chunk. */
function countTags(text: string, tag: RegExp, end: number): number {
  let found = 0;
  for (const match of text.matchAll(tag)) if (match.index !== undefined && match.index < end) found++;
  return found;
}

/**
 * Unpacks one part as a stream and hands each chunk's byte count and text to `visit`; only a short carry of the text
 * is kept between chunks. `end` is where counting stops: tags that start in the last CARRY characters are counted
 * with the next chunk (or at the end), where they are whole. `keeping`: the part's bytes are kept, once it has been
 * unpacked within the limits (`visit` throws beyond them), for the reader to read without unpacking it again — as
 * long as they fit into what is left of the budget; a part that does not is unpacked again by the reader.
 */
function scanPart(file: JSZip.JSZipObject, name: string, keeping: { left: number } | null, visit: (bytes: number, text: string, end: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let chunks: Uint8Array[] | null = keeping ? [] : null;
    let kept = 0;
    // The encoding shows in the first bytes (UTF-16 parts exist: Windows Phone, PhpSpreadsheet's tests).
    let decoder: InstanceType<typeof TextDecoder> | undefined;
    let carry = "";
    // internalStream works in Node and in the browser (nodeStream does not); it is public API but missing from the types.
    const stream = (file as unknown as { internalStream(type: "uint8array"): PartStream }).internalStream("uint8array");
    const fail = (error: unknown) => {
      stream.pause();
      reject(error instanceof WorkbookOpenError ? error : unreadableFile(name));
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        try {
          decoder ??= new TextDecoder(xmlEncoding(chunk));
          const text = carry + decoder.decode(chunk, { stream: true });
          const end = Math.max(0, text.length - CARRY);
          carry = text.slice(end);
          visit(chunk.length, text, end);
          if (chunks && keeping && keeping.left >= chunk.length) {
            chunks.push(chunk);
            keeping.left -= chunk.length;
            kept += chunk.length;
          } else if (chunks && keeping) {
            keeping.left += kept;
            chunks = null;
          }
        } catch (error) {
          fail(error);
        }
      })
      .on("error", fail)
      .on("end", () => {
        try {
          const text = carry + (decoder?.decode() ?? "");
          visit(0, text, text.length);
          if (chunks) rememberInflated(file, joined(chunks));
          resolve();
        } catch (error) {
          fail(error);
        }
      })
      .resume();
  });
}

function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
