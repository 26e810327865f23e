/**
 * A layout as the user confirmed it ("Zuordnung bestätigen"), kept in the workbook: every table of the sheet with its
 * range, header, data rows, the rows left out and what every column and row is. The next refresh reads the sheet by
 * this layout — the same tables, the same dimensions — even where detection would now read it otherwise; a table that
 * grew (a month added below or to the right) takes the new rows and columns as detected. A header that no longer says
 * what it said is a changed layout: the sheet is not read until it is confirmed again.
 */
import { type Period, parsePeriodLabel } from "../../domain/periods";
import { a1, columnIndex, columnName, parseRangeRef } from "../a1";
import { SheetGrid, isBlankCell, type SheetRead } from "../sheet-grid";
import { type BlockLayout, EXCLUSION_NAMES, type ExclusionReason } from "./block-layout";
import type { Dimensions } from "./dimensions";
import { SCENARIO_NAMES } from "../lexicon/scenarios";
import { UNIT_NAMES } from "../lexicon/units";
import { SUB_GROUPS } from "../lexicon/sub-groups";

/** One table of a confirmed sheet; rows are numbered from 1 and columns lettered, as the user sees them. */
export interface StoredBlock {
  /** The table's range as confirmed ("A3:H20"). */
  extent: string;
  titleRows: number[];
  headerRows: number[];
  /** The header's texts (each header row, left to right): what says that the layout is still the same. */
  header: string[];
  labelColumns: string[];
  columns: Array<{ column: string; dimensions: Dimensions }>;
  rows: Array<{ row: number; dimensions: Dimensions }>;
  leftOut: Array<{ row: number; reason: ExclusionReason }>;
  context: Dimensions;
}

export function storeLayouts(layouts: ReadonlyArray<{ grid: SheetGrid; layout: BlockLayout }>): StoredBlock[] {
  return layouts.map(({ grid, layout }) => {
    const { row: top, col: left } = grid.sheet.origin;
    const row = (r: number) => top + r + 1;
    const col = (c: number) => columnName(left + c);
    return {
      extent: `${a1(top, left)}:${a1(top + grid.rowCount - 1, left + grid.colCount - 1)}`,
      titleRows: layout.titleRows.map(row),
      headerRows: layout.headerRows.map(row),
      header: headerTexts(grid, layout.headerRows),
      labelColumns: layout.labelColumns.map(col),
      columns: layout.valueColumns.map((c) => ({ column: col(c), dimensions: stripped(layout.columns.get(c) ?? {}) })),
      rows: layout.dataRows.map((r) => ({ row: row(r), dimensions: stripped(layout.rows.get(r) ?? {}) })),
      leftOut: layout.excludedRows.filter((e) => e.reason !== "blank").map((e) => ({ row: row(e.row), reason: e.reason })),
      context: stripped(layout.context),
    };
  });
}

/** Dimensions as JSON keeps them: no undefined keys. */
function stripped(dims: Dimensions): Dimensions {
  return JSON.parse(JSON.stringify(dims)) as Dimensions;
}

/** A header's labels (months and numbers left out, as in the sheet's fingerprint: a new month is growth, not a new layout). */
export function headerTexts(grid: SheetGrid, headerRows: readonly number[]): string[] {
  return headerRows.flatMap((r) => Array.from({ length: grid.colCount }, (_, c) => grid.value(r, c)).filter((v): v is string => typeof v === "string" && v.trim() !== "" && parsePeriodLabel(v) === null && !/^[\d\s.,/-]+$/.test(v)).map((v) => v.replace(/\s+/g, " ").trim()));
}

/**
 * The grid of a stored table on the sheet as it is now: its range, grown by the rows below and the columns to the right
 * that continue it (a month added since the confirmation).
 */
export function storedGrid(sheet: SheetRead, block: StoredBlock): SheetGrid | null {
  const range = parseRangeRef(block.extent);
  if (!range) return null;
  const filled = (row: number, col: number) => !isBlankCell(sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col]);
  let bottom = range.row + range.rows - 1;
  let right = range.col + range.cols - 1;
  const lastRow = sheet.origin.row + sheet.values.length - 1;
  const lastCol = sheet.origin.col + sheet.values.reduce((max, r) => Math.max(max, r.length), 0) - 1;
  while (bottom < lastRow && anyFilled(range.col, right, (c) => filled(bottom + 1, c))) bottom++;
  while (right < lastCol && anyFilled(range.row, bottom, (r) => filled(r, right + 1))) right++;
  return new SheetGrid(cut(sheet, { top: range.row, left: range.col, bottom, right }));
}

function anyFilled(from: number, to: number, filled: (i: number) => boolean): boolean {
  for (let i = from; i <= to; i++) if (filled(i)) return true;
  return false;
}

/** A range of the sheet as a sheet of its own, with its own origin (absolute positions, 0-based). */
export function cut(sheet: SheetRead, rect: { top: number; left: number; bottom: number; right: number }): SheetRead {
  const top = Math.max(rect.top, sheet.origin.row) - sheet.origin.row;
  const left = Math.max(rect.left, sheet.origin.col) - sheet.origin.col;
  const bottom = rect.bottom - sheet.origin.row;
  const right = rect.right - sheet.origin.col;
  const slice = <T>(rows: T[][] | undefined) => rows?.slice(top, bottom + 1).map((row) => row.slice(left, right + 1));
  return { ...sheet, origin: { row: sheet.origin.row + top, col: sheet.origin.col + left }, values: slice(sheet.values) ?? [], ...(sheet.numberFormats ? { numberFormats: slice(sheet.numberFormats) } : {}), tables: [] };
}

/**
 * The stored layout on the grid as it is now. Within the confirmed range everything is as stored; rows and columns the
 * table grew by are as detected now.
 */
export function storedLayout(grid: SheetGrid, block: StoredBlock, detected: BlockLayout | null): BlockLayout {
  const range = parseRangeRef(block.extent) ?? { row: 0, col: 0, rows: 0, cols: 0 };
  const origin = grid.sheet.origin;
  const r = (row: number) => row - 1 - origin.row;
  const c = (column: string) => columnIndex(column) - origin.col;
  const newRow = (i: number) => origin.row + i >= range.row + range.rows;
  const newCol = (i: number) => origin.col + i >= range.col + range.cols;
  const grown = {
    dataRows: (detected?.dataRows ?? []).filter(newRow),
    excludedRows: (detected?.excludedRows ?? []).filter((e) => newRow(e.row)),
    valueColumns: (detected?.valueColumns ?? []).filter(newCol),
    labelColumns: (detected?.labelColumns ?? []).filter(newCol),
  };
  const columns = new Map<number, Dimensions>([...block.columns.map((s): [number, Dimensions] => [c(s.column), s.dimensions]), ...grown.valueColumns.map((i): [number, Dimensions] => [i, detected?.columns.get(i) ?? {}])]);
  const rows = new Map<number, Dimensions>([...block.rows.map((s): [number, Dimensions] => [r(s.row), s.dimensions]), ...grown.dataRows.map((i): [number, Dimensions] => [i, detected?.rows.get(i) ?? {}])]);
  const layout: BlockLayout = {
    titleRows: block.titleRows.map(r),
    headerRows: block.headerRows.map(r),
    dataRows: [...block.rows.map((s) => r(s.row)), ...grown.dataRows],
    excludedRows: [...block.leftOut.map((e) => ({ row: r(e.row), reason: e.reason })), ...grown.excludedRows],
    labelColumns: [...block.labelColumns.map(c), ...grown.labelColumns],
    valueColumns: [...block.columns.map((s) => c(s.column)), ...grown.valueColumns],
    columns,
    rows,
    context: block.context,
    measuresIn: { rows: [...rows.values()].some((d) => d.measure), columns: [...columns.values()].some((d) => d.measure) },
    messages: detected?.messages ?? [],
    soleColumnMeasure: null,
  };
  const columnMeasures = [...columns.values()].flatMap((d) => (d.measure ? [d.measure] : []));
  if (!layout.measuresIn.rows && columnMeasures.length > 0 && columnMeasures.every((m) => JSON.stringify(m) === JSON.stringify(columnMeasures[0]))) layout.soleColumnMeasure = columnMeasures[0];
  return layout;
}

export function isStoredBlock(value: unknown): value is StoredBlock {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const numbers = (x: unknown) => Array.isArray(x) && x.every((n) => typeof n === "number" && Number.isInteger(n) && n >= 1);
  const letters = (x: unknown) => typeof x === "string" && /^[A-Z]{1,3}$/.test(x);
  return (
    typeof v.extent === "string" &&
    parseRangeRef(v.extent) !== null &&
    numbers(v.titleRows) &&
    numbers(v.headerRows) &&
    Array.isArray(v.header) &&
    v.header.every((h) => typeof h === "string") &&
    Array.isArray(v.labelColumns) &&
    v.labelColumns.every(letters) &&
    Array.isArray(v.columns) &&
    v.columns.every((e: { column?: unknown; dimensions?: unknown }) => letters(e?.column) && isDimensions(e.dimensions)) &&
    Array.isArray(v.rows) &&
    v.rows.every((e: { row?: unknown; dimensions?: unknown }) => numbers([e?.row]) && isDimensions(e.dimensions)) &&
    Array.isArray(v.leftOut) &&
    v.leftOut.every((e: { row?: unknown; reason?: unknown }) => numbers([e?.row]) && typeof e.reason === "string" && e.reason in EXCLUSION_NAMES) &&
    isDimensions(v.context)
  );
}

/** Stored dimensions are checked key by key: what a hand-edited file says must be a word the model knows. */
function isDimensions(value: unknown): value is Dimensions {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const d = value as Record<string, unknown>;
  const optional = (key: string, ok: (v: unknown) => boolean) => d[key] === undefined || ok(d[key]);
  const text = (v: unknown) => typeof v === "string" && v.length <= 300;
  return (
    optional("measure", (m) => typeof m === "object" && m !== null && text((m as { label?: unknown }).label)) &&
    optional("subGroup", (g) => SUB_GROUPS.includes(g as never)) &&
    optional("period", (p) => isPeriod(p)) &&
    optional("year", (y) => typeof y === "number" && Number.isInteger(y)) &&
    optional("bareMonth", (m) => typeof m === "number" && Number.isInteger(m) && m >= 1 && m <= 12) &&
    optional("barePeriod", (b) => typeof b === "object" && b !== null) &&
    optional("scenario", (s) => typeof s === "string" && s in SCENARIO_NAMES) &&
    optional("unit", (u) => typeof u === "string" && u in UNIT_NAMES) &&
    optional("scale", (s) => typeof s === "number" && s > 0) &&
    optional("direction", (x) => x === "up" || x === "down") &&
    optional("unexplained", text) &&
    optional("label", text)
  );
}

function isPeriod(value: unknown): value is Period {
  if (typeof value !== "object" || value === null) return false;
  const { label, last } = value as { label?: unknown; last?: unknown };
  return parsePeriodLabel(label)?.last === last;
}
