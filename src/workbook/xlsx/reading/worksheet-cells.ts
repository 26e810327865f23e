/**
 * One worksheet part (sheetN.xml) as the port's SheetRead: the used range as a dense matrix, values as Office.js gives
 * them — numbers, texts, booleans, error codes, dates as serial numbers of the 1900 date system, formulas as their
 * cached results. Scanned directly from the XML: the workbook's cells are never built into an object model, which made
 * reading a 100.000-row case list cost seconds and hundreds of megabytes.
 */
import { isDateFormat } from "../../../domain/cell-values";
import type { RawCell, SheetRead, SheetVisibility, TableRead } from "../../port";
import { WorkbookOpenError } from "../open-errors";
import { columnIndex, columnName } from "../../../sources/a1";
import { unescapeXml } from "../../xml-text";

/**
 * The used range is copied densely, and an empty slot costs memory too: two cells in opposite corners of a sheet
 * (A1 and XFD1048576) would ask for 17 billion. Fifty times the largest case list we expect (100.000 × 4).
 */
export const MAX_USED_RANGE_CELLS = 20_000_000;

/** Days between the 1904 and the 1900 date system (Excel for Mac workbooks before 2011 count from 1904). */
const DAYS_1904 = 1462;

export interface WorksheetContext {
  name: string;
  visibility: SheetVisibility;
  /** The shared string table, each item as plain text. */
  strings: string[];
  /** Cell format index (the s attribute) → number format code. */
  formats: string[];
  date1904: boolean;
  withNumberFormats: boolean;
  tables: TableRead[];
}

/** Row number → that row's cells by column number (sparse arrays: a cell in column XFD costs one slot, not 16.384). */
type Grid<T> = Map<number, T[]>;

interface Cells {
  values: Grid<RawCell>;
  formats: Grid<string>;
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
}

// One pass over the sheet: comments (skipped), row starts (for cells without a reference), cells, merged ranges.
const TOKENS = /<!--[\s\S]*?-->|<row\b([^>]*)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)|<mergeCell\b([^>]*?)\/?>/g;
// Attribute values in either quote; references in any case, with or without "$".
const ROW_NUMBER = /\br\s*=\s*["'](\d+)["']/;
const CELL_REFERENCE = /\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']/;
const STYLE = /\bs\s*=\s*["'](\d+)["']/;
const TYPE = /\bt\s*=\s*["'](\w+)["']/;
const MERGE = /\bref\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?["']/;

export function readWorksheet(xml: string, context: WorksheetContext): SheetRead {
  const cells = scan(xml, context);
  for (const merge of cells.merges) blankMergeFollowers(cells.values, merge);
  return denseRead(cells, context);
}

function scan(xml: string, context: WorksheetContext): Cells {
  const cells: Cells = { values: new Map(), formats: new Map(), merges: [] };
  let row = 0;
  let col = 0;
  TOKENS.lastIndex = 0;
  for (let match = TOKENS.exec(xml); match; match = TOKENS.exec(xml)) {
    const [, rowAttributes, cellAttributes, content, mergeAttributes] = match;
    if (rowAttributes !== undefined) {
      row = Number(ROW_NUMBER.exec(rowAttributes)?.[1] ?? row + 1);
      col = 0;
    } else if (cellAttributes !== undefined) {
      const reference = CELL_REFERENCE.exec(cellAttributes);
      if (reference) {
        col = columnNumber(reference[1]);
        row = Number(reference[2]);
      } else {
        col++;
      }
      const styleIndex = Number(STYLE.exec(cellAttributes)?.[1] ?? 0);
      const format = context.formats[styleIndex] ?? "General";
      const value = cellValue(TYPE.exec(cellAttributes)?.[1] ?? "n", content ?? "", format, context);
      if (value !== null) setCell(cells.values, row, col, value);
      if (context.withNumberFormats && format !== "General") setCell(cells.formats, row, col, format);
    } else if (mergeAttributes !== undefined) {
      const ref = MERGE.exec(mergeAttributes);
      if (ref) {
        const [rows, cols] = [[Number(ref[2]), Number(ref[4] ?? ref[2])], [columnNumber(ref[1]), columnNumber(ref[3] ?? ref[1])]];
        cells.merges.push({ top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...cols), right: Math.max(...cols) });
      }
    }
  }
  return cells;
}

/** A cell's value from its type attribute and content, as Excel shows it. */
function cellValue(type: string, content: string, format: string, context: WorksheetContext): RawCell {
  const cached = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(content);
  const raw = cached ? (cached[1] ?? "") : undefined;
  if (/<f\b/.test(content)) {
    // No cached value (circular reference, or written by a program that does not calculate): Excel would show a
    // value here, so the cell is not blank; as an error it reaches the user as a missing value naming the cell.
    // An empty one (<v/>) is what =WENN(…;"";…) leaves: an empty text.
    if (raw === undefined) return "#N/A";
    return typedValue(type === "s" ? "str" : type, raw, format, context);
  }
  if (type === "inlineStr") return richText(/<is>([\s\S]*?)<\/is>/.exec(content)?.[1] ?? "");
  if (raw === undefined) return null;
  return typedValue(type, raw, format, context);
}

function typedValue(type: string, raw: string, format: string, context: WorksheetContext): RawCell {
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
      return isDateFormat(format) && context.date1904 ? number + DAYS_1904 : number;
    }
  }
}

/** The text of a rich or plain string item: its runs' <t> texts, without the phonetic guides (<rPh>). */
export function richText(item: string): string {
  const withoutPhonetics = item.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const match of withoutPhonetics.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += match[1] ?? "";
  return textContent(text);
}

/**
 * Character data as an XML parser hands it over — line ends normalised to LF (XML 1.0 §2.11), entities decoded, CDATA
 * taken as it is — and then Excel's own escapes for characters XML cannot hold: "_x000D_" is a CR, "_x005F_" an "_".
 */
function textContent(raw: string): string {
  let text = "";
  for (const part of raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)) {
    text += part.startsWith("<![CDATA[") ? part.slice(9, -3) : unescapeXml(part.replace(/\r\n?/g, "\n"));
  }
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A <c t="d"> date ("2024-03-31T00:00:00") as a serial number, or the text itself if it is no date. */
function isoDateSerial(text: string): RawCell {
  const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isFinite(time) ? (time - Date.UTC(1899, 11, 30)) / 86_400_000 : text;
}

function setCell<T>(grid: Grid<T>, row: number, col: number, value: T): void {
  let cells = grid.get(row);
  if (!cells) grid.set(row, (cells = []));
  cells[col] = value;
}

/**
 * Excel keeps a merged range's value only in its top-left cell; the others are blank, so a value merged across three
 * months is not read three times.
 */
function blankMergeFollowers(values: Grid<RawCell>, merge: Cells["merges"][number]): void {
  // Walk whichever is smaller, the merge or the cells there are: one merge per row of a case list costs one row
  // each, and a merge over the whole sheet costs no more than the sheet's cells.
  const rows = merge.bottom - merge.top + 1 <= values.size ? rowRange(values, merge.top, merge.bottom) : [...values].filter(([r]) => r >= merge.top && r <= merge.bottom);
  for (const [r, cells] of rows) {
    const last = Math.min(merge.right, cells.length - 1);
    for (let c = merge.left; c <= last; c++) if (!(r === merge.top && c === merge.left)) delete cells[c];
  }
}

function rowRange(values: Grid<RawCell>, top: number, bottom: number): Array<[number, RawCell[]]> {
  const rows: Array<[number, RawCell[]]> = [];
  for (let r = top; r <= bottom; r++) {
    const cells = values.get(r);
    if (cells) rows.push([r, cells]);
  }
  return rows;
}

function denseRead(cells: Cells, context: WorksheetContext): SheetRead {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [r, row] of cells.values) {
    row.forEach((_, c) => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  }
  const values: RawCell[][] = [];
  const numberFormats: string[][] = [];
  if (bottom >= 0) {
    assertUsedRangeReadable(context.name, top, left, bottom, right);
    for (let r = top; r <= bottom; r++) {
      const rowValues = cells.values.get(r);
      const rowFormats = cells.formats.get(r);
      const valueRow: RawCell[] = new Array(right - left + 1);
      const formatRow: string[] = context.withNumberFormats ? new Array(right - left + 1) : [];
      for (let c = left; c <= right; c++) {
        valueRow[c - left] = rowValues?.[c] ?? null;
        if (context.withNumberFormats) formatRow[c - left] = rowFormats?.[c] ?? "General";
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

/** "A" → 1, "AA" → 27, "XFD" → 16384 (1-based, as the sheet XML counts). */
const columnNumber = (letters: string): number => columnIndex(letters) + 1;
