/**
 * What the add-in reads from a workbook, as both adapters deliver it (Office.js in Excel, the .xlsx package on disk).
 * The source readers work on this shape only, so they never know which workbook it came from.
 */

/**
 * A cell as read. Dates arrive as Excel serial numbers (as Office.js delivers them), Excel errors as their English
 * code ("#N/A", "#DIV/0!"), empty cells as null.
 */
export type RawCell = number | string | boolean | null;

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/** A rectangle, 0-based, `rows`/`cols` ≥ 1 (row 0 / col 0 = cell A1). */
export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface TableRead {
  name: string;
  /** Absolute position on the sheet (0-based), header row included. */
  range: CellRange;
}

export interface SheetRead {
  name: string;
  visibility: SheetVisibility;
  /** Absolute 0-based position of values[0][0] (the used range may start below/right of A1). */
  origin: { row: number; col: number };
  values: RawCell[][];
  /** Number format codes, same shape as values; only when requested. */
  numberFormats?: string[][];
  tables: TableRead[];
}

/**
 * What the add-in keeps in the workbook about itself. No personal data, ever: only sheet ownership and settings.
 * ownedSheets maps a report key (SheetPlan.key) to the sheet name the add-in created for it.
 */
export interface AddinState {
  ownedSheets: Record<string, string>;
  settings: Record<string, string>;
}

export interface WorkbookRead {
  sheets: SheetRead[];
  /** Names of all sheets in workbook order, including those not read. */
  sheetNames: string[];
  state: AddinState;
}

export const EMPTY_STATE: AddinState = { ownedSheets: {}, settings: {} };
