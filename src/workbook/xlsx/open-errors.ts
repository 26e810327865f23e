/**
 * Why a file could not be opened, in words a controller understands. Never a stack trace.
 * Runs in Node and in the browser (standalone pane): no file system here, see node-files.ts.
 */
import type JSZip from "jszip";
import { hasAcceptableSheetNameCharacters } from "../output-safety";
import { loadPackage, sheetPartsOf, xmlEncoding } from "./package/opc";

export class WorkbookOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookOpenError";
  }
}

/** The message for a file that is not a workbook at all, or a damaged one. */
export function unreadableFile(name: string): WorkbookOpenError {
  return new WorkbookOpenError(`Die Datei „${name}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx) oder beschädigt.`);
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

/**
 * Limits on what is unpacked and read. A file beyond them is refused before ExcelJS builds its model (which costs
 * about 1 KB of memory and 50 µs per cell on a two-core machine), so that a hostile or runaway export fails fast with
 * a message instead of running for minutes or exhausting memory. Chosen with headroom above the largest workbook we
 * expect (bench: 100.000 Leistungsanträge × 4 columns plus 5.000 budget lines).
 */
export interface UnpackedLimits {
  /** Bytes after unpacking, as declared in the zip directory and as actually inflated. */
  bytes: number;
  /** Parts in the package. */
  entries: number;
  sheets?: number;
  rowsPerSheet?: number;
  /** Cells (filled or formatted) in all worksheets together. */
  cells?: number;
}

export const CONTENT_LIMITS = { sheets: 1_000, rowsPerSheet: 150_000, cells: 750_000 };
export const UNPACKED_LIMITS: UnpackedLimits = { bytes: 1024 * 1024 * 1024, entries: 50_000, ...CONTENT_LIMITS };

const count = (n: number) => n.toLocaleString("de-DE");

/**
 * Reads the zip directory (cheap) and refuses a package whose declared unpacked size or entry count is beyond the
 * limits; then unpacks every part once as a stream, without keeping it, to count what the directory may have lied
 * about: real unpacked bytes, sheets, rows per sheet and cells.
 */
export async function assertUnpackedSize(buffer: Uint8Array, name: string, limits: UnpackedLimits = UNPACKED_LIMITS): Promise<void> {
  let zip: JSZip;
  try {
    zip = await loadPackage(buffer);
  } catch {
    throw unreadableFile(name);
  }
  let bytes = 0;
  let entries = 0;
  zip.forEach((_path, file) => {
    entries++;
    // JSZip reads the 32-bit size as signed: a directory claiming 4 GB would otherwise count as -16 bytes.
    bytes += ((file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0) >>> 0;
  });
  const tooBig = (size: string) =>
    new WorkbookOpenError(
      `Die Datei „${name}“ ist entpackt zu groß (${size} MB, ${count(entries)} Teile; höchstens ${count(Math.round(limits.bytes / 1024 / 1024))} MB) und wird nicht verarbeitet.`,
    );
  if (entries > limits.entries || bytes > limits.bytes) throw tooBig(count(Math.round(bytes / 1024 / 1024)));
  await assertContentWithinLimits(zip, name, { ...CONTENT_LIMITS, ...limits }, tooBig);
}

interface SheetPart {
  name: string;
  path: string;
}

async function assertContentWithinLimits(
  zip: JSZip,
  name: string,
  limits: Required<UnpackedLimits>,
  tooBig: (size: string) => WorkbookOpenError,
): Promise<void> {
  const sheets = await sheetParts(zip);
  if (sheets.length > limits.sheets) {
    throw new WorkbookOpenError(
      `Die Datei „${name}“ hat ${count(sheets.length)} Blätter; gelesen werden höchstens ${count(limits.sheets)}. Bitte die Daten auf weniger Blätter verteilen.`,
    );
  }
  for (const sheet of sheets) assertSheetName(sheet.name);
  const sheetByPath = new Map(sheets.map((s) => [s.path, s.name]));
  let unpacked = 0;
  let cells = 0;
  for (const path of Object.keys(zip.files)) {
    const file = zip.files[path];
    if (file.dir) continue;
    const sheetName = sheetByPath.get(path) ?? (/^xl\/worksheets\/[^/]+\.xml$/.test(path) ? path.slice("xl/worksheets/".length) : null);
    let rows = 0;
    await scanPart(file, name, (chunkBytes, text, end) => {
      unpacked += chunkBytes;
      // The directory said less: unpacking tells the truth, and stops here.
      if (unpacked > limits.bytes) throw tooBig(`mehr als ${count(Math.round(limits.bytes / 1024 / 1024))}`);
      if (sheetName === null) return;
      rows += countTags(text, ROW_TAG, end);
      // A sheet with too many rows is counted to its end (rows only), so that the message can say how many it has.
      if (rows > limits.rowsPerSheet) return;
      cells += countTags(text, CELL_TAG, end);
      if (cells > limits.cells) {
        throw new WorkbookOpenError(
          `Die Datei „${name}“ hat mehr als ${count(limits.cells)} Zellen (die Grenze wird im Blatt „${sheetName}“ überschritten); gelesen werden höchstens ${count(limits.cells)}. Bitte nur die benötigten Blätter, Zeilen und Spalten exportieren.`,
        );
      }
    });
    if (sheetName !== null && rows > limits.rowsPerSheet) {
      throw new WorkbookOpenError(
        `Das Blatt „${sheetName}“ hat ${count(rows)} Zeilen; gelesen werden höchstens ${count(limits.rowsPerSheet)} Zeilen je Blatt. Bitte nur den benötigten Zeitraum exportieren oder die Daten aufteilen.`,
      );
    }
  }
}

/**
 * Sheet names in workbook order with the part each one is stored in. A package without a readable workbook part has no
 * sheets to count here; the reader then says the file is damaged.
 */
async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const sheets = await sheetPartsOf(zip).catch(() => []);
  return sheets.map((sheet) => ({ name: sheet.name, path: sheet.part ?? "" }));
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

const ROW_TAG = /<(?:\w+:)?row[\s>/]/g;
const CELL_TAG = /<(?:\w+:)?c[\s>/]/g;
/** Longer than any tag the counters look for, so a tag cut by a chunk boundary is counted once, in the next chunk. */
const CARRY = 32;

/** Tags that start before `end`; the ones after it are counted with the next chunk. */
function countTags(text: string, tag: RegExp, end: number): number {
  let found = 0;
  for (const match of text.matchAll(tag)) if (match.index !== undefined && match.index < end) found++;
  return found;
}

/**
 * Unpacks one part as a stream and hands each chunk's byte count and text to `visit`; only a short carry of the text
 * is kept between chunks, so no part is ever held whole. `end` is where counting stops: tags that start in the last
 * CARRY characters are counted with the next chunk (or at the end), where they are whole.
 */
function scanPart(file: JSZip.JSZipObject, name: string, visit: (bytes: number, text: string, end: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
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
        } catch (error) {
          fail(error);
        }
      })
      .on("error", fail)
      .on("end", () => {
        try {
          const text = carry + (decoder?.decode() ?? "");
          visit(0, text, text.length);
          resolve();
        } catch (error) {
          fail(error);
        }
      })
      .resume();
  });
}
