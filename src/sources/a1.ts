/**
 * A1 addresses, the one place column letters and indices meet: users find a cell by "Grunddaten!F14", never by
 * indices; both adapters parse the references Excel writes ("A3:E8", "$C$5") with the same rule.
 */
import type { CellRange } from "./workbook-read";

/** 0-based column index → letters: 0 → "A", 26 → "AA". */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Letters → 0-based column index: "A" → 0, "AA" → 26, "XFD" → 16383 (case does not matter). */
export function columnIndex(letters: string): number {
  let n = 0;
  const upper = letters.toUpperCase();
  for (let i = 0; i < upper.length; i++) n = n * 26 + (upper.charCodeAt(i) - 64);
  return n - 1;
}

/** 0-based row/col → "F14" */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "A3:E8" / "$C$5" → 0-based range; null for anything else. */
export function parseRangeRef(ref: string): CellRange | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!match) return null;
  const top = Number(match[2]) - 1;
  const left = columnIndex(match[1]);
  const bottom = match[4] ? Number(match[4]) - 1 : top;
  const right = match[3] ? columnIndex(match[3]) : left;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
