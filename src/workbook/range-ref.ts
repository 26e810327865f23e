/** "A3:E8" / "$C$5" → 0-based range; used by both adapters. */
import type { CellRange } from "../report/plan";

export function parseRangeRef(ref: string): CellRange | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!match) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(match[2]) - 1;
  const left = col(match[1]);
  const bottom = match[4] ? Number(match[4]) - 1 : top;
  const right = match[3] ? col(match[3]) : left;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
