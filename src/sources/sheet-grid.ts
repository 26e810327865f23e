/** Reading a sheet's values by absolute position, with the A1 address of every cell at hand for messages. */
import { detectNumberConvention, type NumberConvention, type ParsedNumber, parseCellNumber } from "../domain/cell-values";
import type { RawCell, SheetRead } from "./workbook-read";
import { a1 } from "./a1";
import { normalizeLabel } from "./labels";

/** The cells as read, for modules that work on the grid (the table model) without the port's other types. */
export type { RawCell, SheetRead } from "./workbook-read";

const MAX_TEXT = 1_000;

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

  /** The number in a cell, text read in the sheet's own convention ("1,234" is 1234 in a sheet written in English). */
  number(r: number, c: number): ParsedNumber {
    this.convention ??= detectNumberConvention(allCells(this.sheet.values));
    return parseCellNumber(this.value(r, c), this.convention);
  }

  private convention: NumberConvention | undefined;

  /**
   * A parsed number as the value of a quota: one stored as a fraction with a percent format (0,021 shown as 2,1 %)
   * means 2,1; one typed as "2,1 %" or plain 2,1 means 2,1.
   */
  percentValue(r: number, c: number, parsed: { value: number; percent: boolean }): number {
    return !parsed.percent && this.numberFormat(r, c).includes("%") ? parsed.value * 100 : parsed.value;
  }

  numberFormat(r: number, c: number): string {
    return this.sheet.numberFormats?.[r]?.[c] ?? "General";
  }

  address(r: number, c: number): string {
    return a1(this.sheet.origin.row + r, this.sheet.origin.col + c);
  }

  rowIsBlank(r: number): boolean {
    return (this.sheet.values[r] ?? []).every(isBlankCell);
  }

  isBlank(r: number, c: number): boolean {
    return isBlankCell(this.value(r, c));
  }

  /**
   * The column of row r whose header is one of `names`, tried in priority order ("Zielwert" before "Ziel"): the name
   * itself, or the name followed by more words ("Plan 2022", "Ist Jan–Okt").
   */
  headerColumn(r: number, names: readonly string[], except: readonly number[] = []): number | null {
    return this.headerColumns(r, names, except)[0] ?? null;
  }

  /** Every column of row r headed by one of `names`, in the priority order of headerColumn. */
  headerColumns(r: number, names: readonly string[], except: readonly number[] = []): number[] {
    const labels = this.normalizedRow(r);
    const found: number[] = [];
    for (const name of names) {
      const wanted = normalizeLabel(name);
      labels.forEach((label, c) => {
        if (!except.includes(c) && !found.includes(c) && (label === wanted || label.startsWith(`${wanted} `))) found.push(c);
      });
    }
    return found;
  }

  private readonly normalizedRows = new Map<number, string[]>();
  private normalizedRow(r: number): string[] {
    let labels = this.normalizedRows.get(r);
    if (!labels) this.normalizedRows.set(r, (labels = Array.from({ length: this.colCount }, (_, c) => normalizeLabel(this.value(r, c)))));
    return labels;
  }

  /**
   * A cell's text, trimmed, and at most its first 1.000 characters: no header, label or note a finder reads is longer,
   * and a hostile workbook with thousands of cells pointing at one megabyte string costs no more than a normal one.
   */
  text(r: number, c: number): string {
    const v = this.value(r, c);
    if (typeof v !== "string") return "";
    return (v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v).trim();
  }
}

/** Empty, or only spaces: what a reader treats as no entry (never as 0). */
export function isBlankCell(value: RawCell | undefined): boolean {
  // A test for any non-space character stops at the first one: a megabyte-long string costs no copy (hostile files).
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Most texts start with a letter or digit: decided at the first character, without a pass over the text.
  const first = value.length === 0 ? 0 : value.charCodeAt(0);
  return value.length === 0 || ((first <= 32 || first >= 0x80) && !/\S/.test(value));
}

function* allCells(values: RawCell[][]): Iterable<RawCell> {
  for (const row of values) yield* row;
}
