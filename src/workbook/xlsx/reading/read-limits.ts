/**
 * What the .xlsx reader reads at most, and the German message for each limit. The limits are counted twice with the
 * same rules: first while every part is unpacked once as a stream (open-errors.ts: a hostile file fails before any
 * part is held in memory), then by the reader on what it actually reads (reading/), so that no way of writing a
 * package — several sheet entries on one part, a part name in another case, prefixed elements — reads more than
 * the limits allow.
 *
 * None is below what Excel itself opens where Excel has a limit (sheets, rows, columns, number formats); the others are
 * chosen with headroom above the largest workbook we expect (bench: 100.000 Leistungsanträge × 4 columns plus 5.000
 * budget lines, 422.000 cells) and so that a refusal comes within seconds and a few hundred MB.
 */
import { WorkbookOpenError } from "../workbook-open-error";

export interface ReadLimits {
  /** Bytes after unpacking, all parts together, as declared in the zip directory and as actually inflated. */
  bytes: number;
  /**
   * Bytes of one part after unpacking. The reader holds a part as bytes and as text at once, and V8's longest string
   * is 2^29 − 24 characters (0x1fffffe8): a part of 1.000 MB could not be read at all.
   */
  partBytes: number;
  /** Entries (parts) in the zip. */
  entries: number;
  /** <sheet> entries of the workbook part. openpyxl's test data has a workbook of 1.024 sheets that Excel opens. */
  sheets: number;
  /** <row> elements of one sheet. */
  rowsPerSheet: number;
  /** <c> elements of all sheets together; a part listed by several <sheet> entries counts for each. */
  cells: number;
  /** <mergeCell> elements of all sheets together (one per row of a case list is common). */
  merges: number;
  /**
   * Filled cells and rows that the merged ranges of one sheet cover, counted while their followers are blanked: merged
   * ranges never overlap in a file Excel writes, so a sheet's merges cover each cell at most once.
   */
  mergeCoverage: number;
  /** Items of the shared string table (Excel writes only strings that cells use: no more than cells). */
  sharedStrings: number;
  /** Characters of all shared strings together. */
  sharedStringCharacters: number;
  /** Characters of one number format code: Excel allows 255. */
  numberFormatLength: number;
}

const MB = 1024 * 1024;

export const READ_LIMITS: ReadLimits = {
  bytes: 1024 * MB,
  partBytes: 128 * MB,
  entries: 50_000,
  sheets: 4_096,
  rowsPerSheet: 150_000,
  cells: 750_000,
  merges: 750_000,
  mergeCoverage: 3_000_000,
  sharedStrings: 1_000_000,
  sharedStringCharacters: 64 * MB,
  numberFormatLength: 255,
};

const count = (n: number) => n.toLocaleString("de-DE");
const megabytes = (n: number) => count(Math.round(n / MB));

export const refusal = {
  bytes: (file: string, size: string, entries: number, limits: ReadLimits) =>
    new WorkbookOpenError(`Die Datei „${file}“ ist entpackt zu groß (${size} MB, ${count(entries)} Teile; höchstens ${megabytes(limits.bytes)} MB) und wird nicht verarbeitet.`),
  partBytes: (file: string, part: string, limits: ReadLimits) =>
    new WorkbookOpenError(
      `Die Datei „${file}“ hat einen Teil („${part}“), der entpackt mehr als ${megabytes(limits.partBytes)} MB groß ist; gelesen werden höchstens ${megabytes(limits.partBytes)} MB je Teil. Die Datei wird nicht verarbeitet.`,
    ),
  entries: (file: string, entries: number, limits: ReadLimits) =>
    new WorkbookOpenError(`Die Datei „${file}“ besteht aus ${count(entries)} Teilen; gelesen werden höchstens ${count(limits.entries)}. Die Datei wird nicht verarbeitet.`),
  sheets: (file: string, sheets: number, limits: ReadLimits) =>
    new WorkbookOpenError(`Die Datei „${file}“ hat ${count(sheets)} Blätter; gelesen werden höchstens ${count(limits.sheets)}. Bitte die Daten auf weniger Blätter verteilen.`),
  rowsPerSheet: (sheet: string, rows: number, limits: ReadLimits) =>
    new WorkbookOpenError(
      `Das Blatt „${sheet}“ hat ${count(rows)} Zeilen; gelesen werden höchstens ${count(limits.rowsPerSheet)} Zeilen je Blatt. Bitte nur den benötigten Zeitraum exportieren oder die Daten aufteilen.`,
    ),
  cells: (file: string, sheet: string, limits: ReadLimits) =>
    new WorkbookOpenError(
      `Die Datei „${file}“ hat mehr als ${count(limits.cells)} Zellen (die Grenze wird im Blatt „${sheet}“ überschritten); gelesen werden höchstens ${count(limits.cells)}. Bitte nur die benötigten Blätter, Zeilen und Spalten exportieren.`,
    ),
  merges: (file: string, sheet: string, limits: ReadLimits) =>
    new WorkbookOpenError(
      `Die Datei „${file}“ hat mehr als ${count(limits.merges)} verbundene Zellbereiche (die Grenze wird im Blatt „${sheet}“ überschritten); gelesen werden höchstens ${count(limits.merges)}. Bitte nicht benötigte Zellverbindungen aufheben.`,
    ),
  mergeCoverage: (sheet: string, limits: ReadLimits) =>
    new WorkbookOpenError(
      `Die verbundenen Zellbereiche im Blatt „${sheet}“ überdecken zusammen mehr als ${count(limits.mergeCoverage)} Zellen und Zeilen mit Inhalt (sie überlappen sich, was Excel nicht zulässt); gelesen werden höchstens ${count(limits.mergeCoverage)}. Bitte die Zellverbindungen aufheben und die Datei neu speichern.`,
    ),
  sharedStrings: (file: string, strings: number | string, limits: ReadLimits) =>
    new WorkbookOpenError(
      `Die Datei „${file}“ hat ${typeof strings === "number" ? count(strings) : strings} verschiedene Texte; gelesen werden höchstens ${count(limits.sharedStrings)}. Die Datei wird nicht verarbeitet.`,
    ),
  sharedStringCharacters: (file: string, limits: ReadLimits) =>
    new WorkbookOpenError(
      `Die Texte der Datei „${file}“ haben zusammen mehr als ${count(limits.sharedStringCharacters)} Zeichen; gelesen werden höchstens ${count(limits.sharedStringCharacters)}. Die Datei wird nicht verarbeitet.`,
    ),
  numberFormatLength: (file: string, length: number, limits: ReadLimits) =>
    new WorkbookOpenError(
      `Die Datei „${file}“ hat ein Zahlenformat mit ${count(length)} Zeichen; Excel erlaubt höchstens ${count(limits.numberFormatLength)} Zeichen je Zahlenformat. Die Datei ist beschädigt oder nicht mit Excel erstellt.`,
    ),
};

/** Excel's sheet: 1.048.576 rows × 16.384 columns (A1:XFD1048576). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
