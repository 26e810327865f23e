/**
 * The tables of one sheet: controllers put a small target table to the right of the Grunddaten, the quality figures
 * above the budget, two years side by side. A sheet is cut at fully blank columns and rows (recursive blank-gap
 * segmentation, as xldetect does it); each block is read like a sheet of its own, with its own addresses.
 */
import type { RawCell, SheetRead } from "./workbook-read";
import { a1 } from "./a1";
import { isBlankCell } from "./sheet-grid";

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The tables of a sheet: rectangles separated by blank rows or columns that are at least two rows by two columns
 * (titles, "Stand:" lines and footnotes are no tables). Fewer than two: the sheet is one table, read as a whole.
 */
export function sheetBlocks(sheet: SheetRead): SheetRead[] {
  // A list of tens of thousands of rows (a case export) is one table: cutting it would cost a pass for nothing.
  if (sheet.values.length > MAX_SEGMENTED_ROWS) return [];
  const filled = (r: number, c: number) => !isBlankCell(sheet.values[r]?.[c]);
  const width = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  const rects = split({ top: 0, left: 0, bottom: sheet.values.length - 1, right: width - 1 }, filled, 0).filter((r) => r.bottom > r.top && r.right > r.left);
  return rects.length < 2 || rects.length > MAX_BLOCKS ? [] : rects.map((rect) => blockOf(sheet, rect));
}

const MAX_SEGMENTED_ROWS = 20_000;

/** More blocks than this is a list with gaps (a case export with blank lines), not tables side by side. */
const MAX_BLOCKS = 12;

/** "H3:K8" — where a block sits on its sheet, for the mapping and messages. */
export function blockAddress(block: SheetRead): string {
  const rows = block.values.length;
  const cols = block.values.reduce((max, row) => Math.max(max, row.length), 0);
  return `${a1(block.origin.row, block.origin.col)}:${a1(block.origin.row + rows - 1, block.origin.col + cols - 1)}`;
}

const MAX_DEPTH = 4;

function split(rect: Rect, filled: (r: number, c: number) => boolean, depth: number): Rect[] {
  const trimmed = trim(rect, filled);
  if (!trimmed) return [];
  if (depth >= MAX_DEPTH) return [trimmed];
  const byColumns = bands(trimmed.left, trimmed.right, (c) => columnBlank(trimmed, c, filled));
  if (byColumns.length > 1) return byColumns.flatMap(([left, right]) => split({ ...trimmed, left, right }, filled, depth + 1));
  const byRows = bands(trimmed.top, trimmed.bottom, (r) => rowBlank(trimmed, r, filled));
  if (byRows.length > 1) return byRows.flatMap(([top, bottom]) => split({ ...trimmed, top, bottom }, filled, depth + 1));
  return [trimmed];
}

/** Runs of non-blank lines between blank ones. */
function bands(from: number, to: number, blank: (i: number) => boolean): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let start: number | null = null;
  for (let i = from; i <= to; i++) {
    if (blank(i)) {
      if (start !== null) result.push([start, i - 1]);
      start = null;
    } else if (start === null) start = i;
  }
  if (start !== null) result.push([start, to]);
  return result;
}

function trim(rect: Rect, filled: (r: number, c: number) => boolean): Rect | null {
  let { top, bottom, left, right } = rect;
  while (top <= bottom && rowBlank({ top, bottom, left, right }, top, filled)) top++;
  while (bottom >= top && rowBlank({ top, bottom, left, right }, bottom, filled)) bottom--;
  if (top > bottom) return null;
  while (left <= right && columnBlank({ top, bottom, left, right }, left, filled)) left++;
  while (right >= left && columnBlank({ top, bottom, left, right }, right, filled)) right--;
  return left > right ? null : { top, bottom, left, right };
}

function rowBlank(rect: Rect, r: number, filled: (r: number, c: number) => boolean): boolean {
  for (let c = rect.left; c <= rect.right; c++) if (filled(r, c)) return false;
  return true;
}

function columnBlank(rect: Rect, c: number, filled: (r: number, c: number) => boolean): boolean {
  for (let r = rect.top; r <= rect.bottom; r++) if (filled(r, c)) return false;
  return true;
}

function blockOf(sheet: SheetRead, rect: Rect): SheetRead {
  const slice = <T>(rows: T[][] | undefined) => rows?.slice(rect.top, rect.bottom + 1).map((row) => row.slice(rect.left, rect.right + 1));
  const origin = { row: sheet.origin.row + rect.top, col: sheet.origin.col + rect.left };
  const inside = (t: SheetRead["tables"][number]) =>
    t.range.row >= origin.row && t.range.col >= origin.col && t.range.row + t.range.rows - 1 <= sheet.origin.row + rect.bottom && t.range.col + t.range.cols - 1 <= sheet.origin.col + rect.right;
  return {
    ...sheet,
    origin,
    values: slice(sheet.values) as RawCell[][],
    ...(sheet.numberFormats ? { numberFormats: slice(sheet.numberFormats) } : {}),
    tables: sheet.tables.filter(inside),
  };
}
