/** Reading a sheet's values by absolute position, with the A1 address of every cell at hand for messages. */
import type { RawCell, SheetRead } from "../workbook/port";
import { a1 } from "./a1";
import { normalizeLabel } from "./labels";

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

  /**
   * The column of row r whose header is one of `names`, tried in priority order ("Zielwert" before "Ziel"): the name
   * itself, or the name followed by more words ("Plan 2022", "Ist Jan–Okt").
   */
  headerColumn(r: number, names: readonly string[], except: readonly number[] = []): number | null {
    const labels = this.normalizedRow(r);
    for (const name of names) {
      const wanted = normalizeLabel(name);
      const index = labels.findIndex((label, c) => !except.includes(c) && (label === wanted || label.startsWith(`${wanted} `)));
      if (index >= 0) return index;
    }
    return null;
  }

  private readonly normalizedRows = new Map<number, string[]>();
  private normalizedRow(r: number): string[] {
    let labels = this.normalizedRows.get(r);
    if (!labels) this.normalizedRows.set(r, (labels = Array.from({ length: this.colCount }, (_, c) => normalizeLabel(this.value(r, c)))));
    return labels;
  }

  text(r: number, c: number): string {
    const v = this.value(r, c);
    return typeof v === "string" ? v.trim() : "";
  }
}
