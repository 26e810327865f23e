/**
 * One worksheet part (sheetN.xml) as the port's SheetRead: the used range as a dense matrix, values as Office.js gives
 * them — numbers, texts, booleans, error codes, dates as serial numbers of the 1900 date system, formulas as their
 * cached results. Scanned directly from the XML with the linear tokenizer (package/xml-tokens.ts): the workbook's
 * cells are never built into an object model, which made reading a 100.000-row case list cost seconds and hundreds of
 * megabytes.
 *
 * What is read is counted as it is read (read-limits.ts): rows, cells and merged ranges; and every row and column
 * number is checked against Excel's sheet, so that no number beyond it (A99999999999999999999) reaches a loop.
 */
import type { RawCell, SheetRead, SheetVisibility, TableRead } from "../../port";
import { columnIndex, columnName } from "../../../sources/a1";
import { CLOSE, END, OPEN, XmlTokens } from "../package/xml-tokens";
import { WorkbookOpenError } from "../workbook-open-error";
import { EXCEL_COLUMNS, EXCEL_ROWS, type ReadLimits, refusal } from "./read-limits";
import { richText, textContent } from "./string-items";

/**
 * The used range is copied densely, and an empty slot costs memory too: two cells in opposite corners of a sheet
 * (A1 and XFD1048576) would ask for 17 billion. Fifty times the largest case list we expect (100.000 × 4).
 */
export const MAX_USED_RANGE_CELLS = 20_000_000;

/** Days between the 1904 and the 1900 date system (Excel for Mac workbooks before 2011 count from 1904). */
const DAYS_1904 = 1462;

export interface WorksheetContext {
  /** The file, for messages about limits of the whole workbook. */
  fileName: string;
  /** The part, for messages about its markup. */
  part: string;
  name: string;
  visibility: SheetVisibility;
  /** The shared string table, each item as plain text. */
  strings: string[];
  /** Cell format index (the s attribute) → number format code. */
  formats: string[];
  /** Cell format index → whether its number format shows a date (decided once per format, not per cell). */
  dateFormats: boolean[];
  date1904: boolean;
  withNumberFormats: boolean;
  tables: TableRead[];
  limits: ReadLimits;
  /** Cells and merged ranges this sheet may still have: the workbook's limits less what its other sheets have. */
  cellsLeft: number;
  mergesLeft: number;
}

export interface WorksheetRead {
  sheet: SheetRead;
  /** <c> and <mergeCell> elements read, for the workbook's counts. */
  cells: number;
  merges: number;
}

/**
 * A row's cells as read: column numbers (ascending once sorted) with their values and number formats. Lists instead
 * of arrays indexed by column: a row with cells in A and XFD is two entries, where a sparse array made every walk over
 * it cost 16.384 steps (150.000 such rows: 85 s).
 */
interface RowCells {
  cols: number[];
  values: RawCell[];
  formats: Array<string | undefined>;
  sorted: boolean;
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The r attribute: a row's number on <row>, a cell's reference on <c>. */
const R_ATTRIBUTE = /\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const STYLE = /\ss\s*=\s*["'](\d+)["']/;
const TYPE = /\st\s*=\s*["'](\w+)["']/;
const MERGE_REF = /\sref\s*=\s*(?:"([^"]*)"|'([^']*)')/;
// Syntax only: the numbers are checked against Excel's sheet after they are read, whatever their length.
const REFERENCE = /^\$?([A-Za-z]+)\$?(\d+)$/;

export function readWorksheet(xml: string, context: WorksheetContext): WorksheetRead {
  const scanned = scan(xml, context);
  for (const row of scanned.rows.values()) if (!row.sorted) sortRow(row);
  blankMergeFollowers(scanned.rows, scanned.merges, context);
  return { sheet: denseRead(scanned.rows, context), cells: scanned.cells, merges: scanned.mergeCount };
}

interface Scanned {
  rows: Map<number, RowCells>;
  merges: Merge[];
  cells: number;
  mergeCount: number;
}

/** The cell being read: its position and type, and where its value, formula and inline text stand in the part. */
interface OpenCell {
  row: number;
  col: number;
  type: string;
  style: number;
  formula: boolean;
  value?: string;
  valueStart: number;
  inline?: string;
  inlineStart: number;
}

function scan(xml: string, context: WorksheetContext): Scanned {
  const tokens = new XmlTokens(xml, context.part);
  const rows = new Map<number, RowCells>();
  const merges = new Map<string, Merge>();
  let rowCount = 0;
  let cells = 0;
  let mergeCount = 0;
  let row = 0;
  let col = 0;
  let cell: OpenCell | null = null;

  const finish = (done: OpenCell) => {
    const format = context.formats[done.style] ?? "General";
    const value = cellValue(done, context);
    const keepFormat = context.withNumberFormats && format !== "General";
    if (value !== null || keepFormat) addCell(rows, done.row, done.col, value, keepFormat ? format : undefined);
  };

  for (let kind = tokens.next(); kind !== END; kind = tokens.next()) {
    if (kind === OPEN) {
      const name = tokens.name;
      if (cell) {
        if (name === "v" && cell.value === undefined) {
          if (tokens.selfClosing) cell.value = "";
          else cell.valueStart = tokens.end;
        } else if (name === "f") {
          cell.formula = true;
        } else if (name === "is" && cell.inline === undefined) {
          if (tokens.selfClosing) cell.inline = "";
          else cell.inlineStart = tokens.end;
        }
      } else if (name === "row") {
        if (++rowCount > context.limits.rowsPerSheet) throw refusal.rowsPerSheet(context.name, rowCount, context.limits);
        const number = R_ATTRIBUTE.exec(tokens.tag());
        row = rowNumber(number ? (number[1] ?? number[2]) : "", row, context);
        if (row > EXCEL_ROWS) throw beyondSheet(context, `Zeile ${row.toLocaleString("de-DE")}`);
        col = 0;
      } else if (name === "c") {
        if (++cells > context.cellsLeft) throw refusal.cells(context.fileName, context.name, context.limits);
        const tag = tokens.tag();
        const reference = R_ATTRIBUTE.exec(tag);
        const position = reference ? cellPosition(reference[1] ?? reference[2], context) : null;
        if (position) [row, col] = position;
        else if (++col > EXCEL_COLUMNS) throw beyondSheet(context, `Spalte ${col.toLocaleString("de-DE")} in Zeile ${row.toLocaleString("de-DE")}`);
        cell = { row, col, type: TYPE.exec(tag)?.[1] ?? "n", style: Number(STYLE.exec(tag)?.[1] ?? 0), formula: false, valueStart: -1, inlineStart: -1 };
        if (tokens.selfClosing) {
          finish(cell);
          cell = null;
        }
      } else if (name === "mergeCell") {
        if (++mergeCount > context.mergesLeft) throw refusal.merges(context.fileName, context.name, context.limits);
        const ref = MERGE_REF.exec(tokens.tag());
        const merge = ref ? mergeRange(ref[1] ?? ref[2], context) : null;
        // Written twice, a range is blanked once.
        if (merge) merges.set(`${merge.top}:${merge.left}:${merge.bottom}:${merge.right}`, merge);
      }
    } else if (kind === CLOSE && cell) {
      const name = tokens.name;
      if (name === "c") {
        finish(cell);
        cell = null;
      } else if (name === "v" && cell.valueStart >= 0 && cell.value === undefined) {
        cell.value = xml.slice(cell.valueStart, tokens.start);
      } else if (name === "is" && cell.inlineStart >= 0 && cell.inline === undefined) {
        cell.inline = xml.slice(cell.inlineStart, tokens.start);
      }
    }
  }
  return { rows, merges: [...merges.values()], cells, mergeCount };
}

/**
 * A row's number: digits, at most Excel's last row. Row 0 is what some generators write for the first row (Apache
 * POI's test data; read as before, as row 0); anything but digits counts on from the row before.
 */
function rowNumber(text: string, previous: number, context: WorksheetContext): number {
  if (!/^\s*\d+\s*$/.test(text)) return previous + 1;
  const row = Number(text);
  if (row > EXCEL_ROWS) throw beyondSheet(context, `Zeile „${text.trim()}“`);
  return row;
}

/**
 * "B7" → [7, 2], checked against Excel's sheet; null for what is no A1 reference at all (generators write the column
 * number, r="0"), which counts on from the cell before, as it always did.
 */
function cellPosition(reference: string, context: WorksheetContext): [number, number] | null {
  const match = REFERENCE.exec(reference.trim());
  if (!match) return null;
  const row = Number(match[2]);
  const col = match[1].length <= 3 ? columnIndex(match[1]) + 1 : Infinity;
  if (row > EXCEL_ROWS || col > EXCEL_COLUMNS) throw beyondSheet(context, `Zelle „${reference.trim()}“`);
  return [row, col];
}

/** "A1:C3" (or "B2" alone), corners in any order. */
function mergeRange(ref: string, context: WorksheetContext): Merge | null {
  const [from, to = from] = ref.trim().split(":");
  const first = cellPosition(from ?? "", context);
  const last = cellPosition(to, context);
  if (!first || !last) return null;
  const [top, left] = first;
  const [bottom, right] = last;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

function beyondSheet(context: WorksheetContext, what: string): WorkbookOpenError {
  return new WorkbookOpenError(
    `Das Blatt „${context.name}“ nennt die ${what} außerhalb dessen, was ein Excel-Blatt hat (A1 bis XFD1048576: 1.048.576 Zeilen, 16.384 Spalten); die Datei ist beschädigt.`,
  );
}

function addCell(rows: Map<number, RowCells>, row: number, col: number, value: RawCell, format: string | undefined): void {
  let cells = rows.get(row);
  if (!cells) rows.set(row, (cells = { cols: [], values: [], formats: [], sorted: true }));
  const last = cells.cols.length - 1;
  if (last >= 0 && cells.cols[last] >= col) cells.sorted = false;
  cells.cols.push(col);
  cells.values.push(value);
  cells.formats.push(format);
}

/** Cells in column order; a cell written twice keeps what was written last, as before. */
function sortRow(row: RowCells): void {
  const order = row.cols.map((_, i) => i).sort((a, b) => row.cols[a] - row.cols[b] || a - b);
  const kept = order.filter((i, k) => k === order.length - 1 || row.cols[order[k + 1]] !== row.cols[i]);
  row.values = kept.map((i) => row.values[i]);
  row.formats = kept.map((i) => row.formats[i]);
  row.cols = kept.map((i) => row.cols[i]);
  row.sorted = true;
}

/** A cell's value from its type attribute and content, as Excel shows it. */
function cellValue(cell: OpenCell, context: WorksheetContext): RawCell {
  const raw = cell.value;
  if (cell.formula) {
    // No cached value (circular reference, or written by a program that does not calculate): Excel would show a
    // value here, so the cell is not blank; as an error it reaches the user as a missing value naming the cell.
    // An empty one (<v/>) is what =WENN(…;"";…) leaves: an empty text.
    if (raw === undefined) return "#N/A";
    return typedValue(cell.type === "s" ? "str" : cell.type, raw, cell.style, context);
  }
  if (cell.type === "inlineStr") return richText(cell.inline ?? "", context.part);
  if (raw === undefined) return null;
  return typedValue(cell.type, raw, cell.style, context);
}

function typedValue(type: string, raw: string, style: number, context: WorksheetContext): RawCell {
  // An empty <v/> is an empty text in a text cell and nothing at all in a number cell: blank is not zero.
  if (raw === "") return type === "str" ? "" : null;
  switch (type) {
    case "s": {
      const text = context.strings[Number(raw)];
      if (text === undefined) throw new WorkbookOpenError(`Das Blatt „${context.name}“ verweist auf einen Text, den es in der Arbeitsmappe nicht gibt; die Datei ist beschädigt.`);
      return text;
    }
    case "str":
    case "inlineStr":
      return textContent(raw);
    case "b":
      return Number(raw) !== 0;
    case "e":
      return textContent(raw);
    case "d":
      return isoDateSerial(raw);
    default: {
      const number = Number(raw);
      if (!Number.isFinite(number)) return textContent(raw);
      return context.date1904 && context.dateFormats[style] ? number + DAYS_1904 : number;
    }
  }
}

/** A <c t="d"> date ("2024-03-31T00:00:00") as a serial number, or the text itself if it is no date. */
function isoDateSerial(text: string): RawCell {
  const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isFinite(time) ? (time - Date.UTC(1899, 11, 30)) / 86_400_000 : text;
}

/** First index in the ascending `list` whose value is at least `value`. */
function lowerBound(list: number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Excel keeps a merged range's value only in its top-left cell; the others are blank, so a value merged across three
 * months is not read three times. Each range walks only the rows and cells there are inside it, found by binary
 * search; ranges that overlap (Excel writes none) could walk the same cells again and again, so the walk is counted
 * against a limit (1.000 ranges over the whole sheet of 500.000 cells took more than a minute).
 */
function blankMergeFollowers(rows: Map<number, RowCells>, merges: Merge[], context: WorksheetContext): void {
  if (merges.length === 0) return;
  const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
  let walked = 0;
  for (const merge of merges) {
    for (let i = lowerBound(rowNumbers, merge.top); i < rowNumbers.length && rowNumbers[i] <= merge.bottom; i++) {
      const r = rowNumbers[i];
      const cells = rows.get(r) as RowCells;
      walked++;
      for (let j = lowerBound(cells.cols, merge.left); j < cells.cols.length && cells.cols[j] <= merge.right; j++) {
        walked++;
        if (r !== merge.top || cells.cols[j] !== merge.left) cells.values[j] = null;
      }
      if (walked > context.limits.mergeCoverage) throw refusal.mergeCoverage(context.name, context.limits);
    }
  }
}

function denseRead(rows: Map<number, RowCells>, context: WorksheetContext): SheetRead {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [r, row] of rows) {
    for (let i = 0; i < row.cols.length; i++) {
      if (row.values[i] === null) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, row.cols[i]);
      right = Math.max(right, row.cols[i]);
    }
  }
  const values: RawCell[][] = [];
  const numberFormats: string[][] = [];
  if (bottom >= 0) {
    assertUsedRangeReadable(context.name, top, left, bottom, right);
    const width = right - left + 1;
    for (let r = top; r <= bottom; r++) {
      const row = rows.get(r);
      const valueRow: RawCell[] = new Array(width).fill(null);
      const formatRow: string[] = context.withNumberFormats ? new Array(width).fill("General") : [];
      if (row) {
        for (let i = 0; i < row.cols.length; i++) {
          const c = row.cols[i];
          if (c < left || c > right) continue;
          if (row.values[i] !== null) valueRow[c - left] = row.values[i];
          if (context.withNumberFormats && row.formats[i] !== undefined) formatRow[c - left] = row.formats[i] as string;
        }
      }
      values.push(valueRow);
      if (context.withNumberFormats) numberFormats.push(formatRow);
    }
  }
  return {
    name: context.name,
    visibility: context.visibility,
    origin: { row: bottom >= 0 ? top - 1 : 0, col: bottom >= 0 ? left - 1 : 0 },
    values,
    ...(context.withNumberFormats ? { numberFormats } : {}),
    tables: context.tables,
  };
}

function assertUsedRangeReadable(sheet: string, top: number, left: number, bottom: number, right: number): void {
  const cells = (bottom - top + 1) * (right - left + 1);
  if (cells <= MAX_USED_RANGE_CELLS) return;
  const de = (n: number) => n.toLocaleString("de-DE");
  throw new WorkbookOpenError(
    `Das Blatt „${sheet}“ reicht von ${columnName(left - 1)}${top} bis ${columnName(right - 1)}${bottom} (${de(cells)} Zellen); gelesen werden höchstens ${de(MAX_USED_RANGE_CELLS)} Zellen je Blatt. Bitte Inhalte weit außerhalb der Tabelle löschen.`,
  );
}
