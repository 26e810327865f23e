/**
 * The workbook port: everything the add-in needs from a workbook, shaped for batching.
 * Two adapters implement it: Office.js inside Excel (src/workbook/office) and the .xlsx package (src/workbook/xlsx).
 * Both read all requested sheets in one call and render a whole report plan in one call. The pipeline
 * (src/pipeline) is the only caller.
 */
import type { ReportPlan } from "../report/plan";
import type { WorkbookRead } from "../sources/workbook-read";

// The shapes of what is read belong to the sources layer, which works on them; the adapters deliver them.
export type { AddinState, RawCell, SheetRead, SheetVisibility, TableRead, WorkbookRead } from "../sources/workbook-read";
export { EMPTY_STATE } from "../sources/workbook-read";

export interface ReadRequest {
  /** Sheet names to read; omitted = every sheet except the add-in's own output sheets. */
  sheets?: string[];
  numberFormats?: boolean;
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
  /** Excel calculates this workbook manually: sources were read as last calculated, and the user may calculate now. */
  manualCalculation?: boolean;
}

export interface WorkbookPort {
  readSheets(request: ReadRequest): Promise<WorkbookRead>;
  render(plan: ReportPlan): Promise<RenderResult>;
  /** Shows a cell to the user (a message's source cell); only where there is a user interface to show it in. */
  select?(sheet: string, cell: string): Promise<void>;
  /** Has Excel calculate the workbook now (offered when it calculates manually); only where there is a calculating host. */
  calculate?(): Promise<void>;
  /**
   * Tells `watcher` what the host is waiting for (German, e.g. the user's cell edit), and null when it no longer
   * waits; returns the way to stop watching. Only where the host can make a run wait.
   */
  watchWaiting?(watcher: (waiting: string | null) => void): () => void;
}
