/**
 * The workbook port: everything the add-in needs from a workbook, shaped for batching.
 * Two adapters implement it: Office.js inside Excel (src/workbook/office) and ExcelJS on .xlsx files (src/workbook/xlsx).
 * Both read all requested sheets in one call and render a whole report plan in one call.
 */
import type { CellRange, ReportPlan } from "../report/plan";

/**
 * A cell as read. Dates arrive as Excel serial numbers (as Office.js delivers them), Excel errors as their English
 * code ("#N/A", "#DIV/0!"), empty cells as null.
 */
export type RawCell = number | string | boolean | null;

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

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

export interface ReadRequest {
  /** Sheet names to read; omitted = every sheet except the add-in's own output sheets. */
  sheets?: string[];
  numberFormats?: boolean;
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

export interface RenderedSheet {
  key: string;
  name: string;
  /** Set when the preferred name belonged to a user sheet and another name was chosen. */
  preferredName?: string;
}

export interface RenderResult {
  sheets: RenderedSheet[];
  /** German notices for the user (e.g. a renamed output sheet). */
  notices: string[];
}

export interface WorkbookPort {
  readSheets(request: ReadRequest): Promise<WorkbookRead>;
  render(plan: ReportPlan): Promise<RenderResult>;
  /** Shows a cell to the user (a message's source cell); only where there is a user interface to show it in. */
  select?(sheet: string, cell: string): Promise<void>;
}

export const EMPTY_STATE: AddinState = { ownedSheets: {}, settings: {} };
