/** Office.js addresses ("'Ziele 2022'!C5:F20") → the 0-based origin and size the port speaks in. */
import type { CellRange } from "../../report/plan";
import { parseRangeRef } from "../../sources/a1";

export function rangeOfAddress(address: string): CellRange | null {
  const bang = address.lastIndexOf("!");
  return parseRangeRef(bang >= 0 ? address.slice(bang + 1) : address);
}
