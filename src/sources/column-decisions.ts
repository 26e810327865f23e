/**
 * Corrections of single columns, as the user makes them in the pane or a Regionaldirektion writes them into a
 * mapping file once for 405 workbooks: leave a column out ("Abweichung" is not an Ist), or read a header cell as
 * another header ("Soll" as "Zielwert", "lfd. Monat" as "Juni 2024"). They are applied to what was read before any
 * reader looks at it, so the same readers read the corrected sheet — there is no second way of reading — and the
 * user's sheet itself is never touched.
 */
import { type Message, message } from "../domain/messages";
import { a1, columnIndex, columnName, parseRangeRef } from "./a1";
import type { RawCell, SheetRead } from "./workbook-read";

export type ColumnDecision =
  /** Column letters ("F"): nothing in it is read. */
  | { column: string; ignore: true }
  /** A header cell (A1) read as if it said `readAs`. */
  | { cell: string; readAs: string }
  /** A row (1-based, as Excel numbers it) that is not read: a note, a second header, a total the export repeats. */
  | { row: number; ignore: true }
  /** The header stands in this row (1-based): the rows above it (title, "Stand:", notes) are not read. */
  | { headerRow: number };

/** What a header may be corrected to: a header, never a paragraph. */
export const MAX_READ_AS = 120;

export function isColumnDecision(value: unknown): value is ColumnDecision {
  if (typeof value !== "object" || value === null) return false;
  const { column, ignore, cell, readAs, row, headerRow } = value as Record<string, unknown>;
  if (headerRow !== undefined) return isRowNumber(headerRow);
  if (ignore === true && row !== undefined) return isRowNumber(row);
  if (ignore === true) return typeof column === "string" && /^[A-Za-z]{1,3}$/.test(column);
  return typeof cell === "string" && parseRangeRef(cell)?.rows === 1 && parseRangeRef(cell)?.cols === 1 && typeof readAs === "string" && readAs.trim() !== "" && readAs.length <= MAX_READ_AS;
}

function isRowNumber(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 1_048_576;
}

export interface CorrectedSheet {
  sheet: SheetRead;
  /** Column letters left out. */
  excluded: string[];
  /** Rows left out (1-based), the rows above a chosen header included. */
  excludedRows: number[];
  /** Header cell (A1) → its text as written and what it is read as. */
  relabelled: Map<string, { written: string; readAs: string }>;
  messages: Message[];
}

export function applyColumnDecisions(sheet: SheetRead, decisions: readonly ColumnDecision[]): CorrectedSheet {
  const values: RawCell[][] = sheet.values.map((row) => row);
  const formats = sheet.numberFormats?.map((row) => row);
  const excluded: string[] = [];
  const excludedRows: number[] = [];
  const relabelled = new Map<string, { written: string; readAs: string }>();
  const messages: Message[] = [];
  const copied = new Set<number>();
  const writable = (r: number) => {
    if (!copied.has(r)) {
      values[r] = [...values[r]];
      if (formats?.[r]) formats[r] = [...formats[r]];
      copied.add(r);
    }
    return values[r];
  };
  const blankRow = (r: number) => {
    if (r < 0 || r >= values.length || values[r].every((v) => v === null)) return;
    values[r] = values[r].map(() => null);
    copied.add(r);
    excludedRows.push(r + sheet.origin.row + 1);
  };
  for (const decision of decisions) {
    if ("headerRow" in decision) {
      for (let r = 0; r < decision.headerRow - 1 - sheet.origin.row; r++) blankRow(r);
      continue;
    }
    if ("row" in decision) {
      const r = decision.row - 1 - sheet.origin.row;
      if (r < 0 || r >= values.length) messages.push(message("warning", `Die Berichtigung „Zeile ${decision.row} nicht verwenden“ greift nicht: die Zeile liegt außerhalb der Daten des Blatts „${sheet.name}“.`, sheet.name));
      else blankRow(r);
      continue;
    }
    if ("ignore" in decision) {
      const c = columnIndex(decision.column) - sheet.origin.col;
      if (!values.some((row) => row[c] !== undefined && row[c] !== null)) {
        messages.push(message("warning", `Die Berichtigung „Spalte ${decision.column.toUpperCase()} nicht verwenden“ greift nicht: die Spalte ist auf dem Blatt „${sheet.name}“ leer.`, sheet.name));
        continue;
      }
      values.forEach((row, r) => {
        if (row[c] !== undefined && row[c] !== null) writable(r)[c] = null;
      });
      excluded.push(columnName(c + sheet.origin.col));
      continue;
    }
    const at = parseRangeRef(decision.cell) ?? { row: -1, col: -1 };
    const r = at.row - sheet.origin.row;
    const c = at.col - sheet.origin.col;
    if (r < 0 || c < 0 || r >= values.length) {
      messages.push(message("warning", `Die Berichtigung „${decision.cell} als „${decision.readAs}“ lesen“ greift nicht: die Zelle liegt außerhalb der Daten des Blatts „${sheet.name}“.`, sheet.name, decision.cell));
      continue;
    }
    const written = values[r][c];
    writable(r)[c] = decision.readAs.trim();
    if (formats?.[r]) formats[r][c] = "General";
    relabelled.set(a1(at.row, at.col), { written: written === null || written === undefined ? "" : String(written), readAs: decision.readAs.trim() });
  }
  return { sheet: { ...sheet, values, ...(formats ? { numberFormats: formats } : {}) }, excluded, excludedRows: [...new Set(excludedRows)].sort((a, b) => a - b), relabelled, messages };
}
