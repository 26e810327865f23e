/**
 * The mapping editor's preview of a sheet: its first rows as written, with what the column model says is read from
 * them — the cells read, the header cells, the rows not read and why. The cells are never those of a corrected copy:
 * the user sees the sheet, and beside it what the add-in makes of it.
 */
import type { SheetPreview } from "../pipeline/inspect-sources";
import { columnName, parseRangeRef } from "../sources/a1";
import type { ColumnModel } from "../sources/column-model";
import type { SourceMapping } from "../sources/source-mapping";
import { headerRowOf, rowsLeftOut } from "./column-roles";

export type RowState = { kind: "read" } | { kind: "header" } | { kind: "aboveHeader" } | { kind: "leftOut" };

export interface PreviewCell {
  value: string | number | boolean | null;
  /** The model entry whose values include this cell. */
  readBy: ColumnModel | null;
  /** The model entry whose header this cell is. */
  headerOf: ColumnModel | null;
}

export interface PreviewRow {
  /** 1-based, as Excel numbers it. */
  number: number;
  state: RowState;
  cells: PreviewCell[];
}

export interface PreviewGrid {
  /** Column letters, as Excel shows them. */
  columns: string[];
  rows: PreviewRow[];
}

/** Roles whose values are days: an Excel serial there is shown as the date it is. */
const DATE_ROLES = new Set(["start", "end", "closingDay", "period"]);

export function previewGrid(preview: SheetPreview, mapping: SourceMapping): PreviewGrid {
  const width = Math.max(0, ...preview.rows.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, c) => columnName(preview.origin.col + c));
  const headerRow = headerRowOf(mapping);
  const leftOut = new Set(rowsLeftOut(mapping));
  const chosenHeader = mapping.rowCorrections?.some((d) => "headerRow" in d) ?? false;
  const ranges = mapping.columns.flatMap((model) => {
    const range = model.values > 0 ? parseRangeRef(model.cells) : null;
    return range ? [{ model, range }] : [];
  });
  const headers = new Map(mapping.columns.flatMap((m) => (m.headerCell ? [[m.headerCell, m] as const] : [])));
  const rows = preview.rows.map((values, r): PreviewRow => {
    const number = preview.origin.row + r + 1;
    const state: RowState =
      leftOut.has(number) ? { kind: "leftOut" } : chosenHeader && headerRow !== null && number < headerRow ? { kind: "aboveHeader" } : number === headerRow ? { kind: "header" } : { kind: "read" };
    const cells = columns.map((column, c): PreviewCell => {
      const row = number - 1;
      const col = preview.origin.col + c;
      const readBy = ranges.find(({ range }) => row >= range.row && row < range.row + range.rows && col >= range.col && col < range.col + range.cols)?.model ?? null;
      return { value: values[c] ?? null, readBy, headerOf: headers.get(`${column}${number}`) ?? null };
    });
    return { number, state, cells };
  });
  return { columns, rows };
}

/** The preview's columns with something in them, each with its text in the header row (for columns the model does not name). */
export function filledColumns(grid: PreviewGrid, headerRow: number | null): Array<{ column: string; header: string }> {
  return grid.columns.flatMap((column, c) => {
    if (!grid.rows.some((row) => row.cells[c].value !== null && row.cells[c].value !== "")) return [];
    const header = grid.rows.find((row) => row.number === headerRow)?.cells[c].value;
    return [{ column, header: header === null || header === undefined ? "" : String(header) }];
  });
}

/** A month header written as a date (01.01.2020 for January 2020): serials 1990–2100, as month-labels.ts reads them. */
const MONTH_SERIAL_MIN = 32874;
const MONTH_SERIAL_MAX = 73051;

/** A cell as Excel would show it in a German workbook: 1.234,5; a day under a date column, or a month header written as a date, as 03.01.2022. */
export function cellText(cell: PreviewCell, locale: string): string {
  const { value } = cell;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "WAHR" : "FALSCH";
  if (typeof value === "string") return value;
  const day = (cell.readBy && DATE_ROLES.has(cell.readBy.role)) || (cell.headerOf?.period && value >= MONTH_SERIAL_MIN && value < MONTH_SERIAL_MAX);
  if (day && Number.isInteger(value) && value > 60 && value < 2_958_466) {
    const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return date.toLocaleDateString(locale, { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" });
  }
  return value.toLocaleString(locale, { maximumFractionDigits: 6 });
}
