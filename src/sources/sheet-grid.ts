/** Reading a sheet's values by absolute position, with the A1 address of every cell at hand for messages. */
import type { RawCell, SheetRead } from "../workbook/port";
import { a1 } from "./a1";

export class SheetGrid {
  /** Computed once: finders ask for it inside their row loops. */
  readonly colCount: number;

  constructor(readonly sheet: SheetRead) {
    this.colCount = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  }

  get name(): string {
    return this.sheet.name;
  }

  get rowCount(): number {
    return this.sheet.values.length;
  }

  /** r, c are indices into the read matrix. */
  value(r: number, c: number): RawCell {
    return this.sheet.values[r]?.[c] ?? null;
  }

  numberFormat(r: number, c: number): string {
    return this.sheet.numberFormats?.[r]?.[c] ?? "General";
  }

  address(r: number, c: number): string {
    return a1(this.sheet.origin.row + r, this.sheet.origin.col + c);
  }

  rowIsBlank(r: number): boolean {
    return (this.sheet.values[r] ?? []).every((v) => v === null || (typeof v === "string" && v.trim() === ""));
  }

  text(r: number, c: number): string {
    const v = this.value(r, c);
    return typeof v === "string" ? v.trim() : "";
  }
}
