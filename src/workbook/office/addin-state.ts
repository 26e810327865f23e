/**
 * The add-in's memory in the workbook under Office.js: workbook settings (ExcelApi 1.4), key below. A workbook that
 * was refreshed headless (CLI) carries the same state in the very hidden sheet "_Steuerungscockpit"; it is read too,
 * so sheets the CLI created are recognised as the add-in's own inside Excel.
 */
import { type AddinState, EMPTY_STATE } from "../port";

export { parseState, STATE_SHEET_PREFIX, stateFromSheetValues } from "../state-sheet";

export const SETTINGS_KEY = "steuerungscockpit.state";

/** Settings win (they are what Excel itself wrote last); the sheet fills in what only the CLI knew. */
export function mergeStates(fromSettings: AddinState | null, fromSheet: AddinState | null): AddinState {
  if (!fromSettings && !fromSheet) return EMPTY_STATE;
  return {
    ownedSheets: { ...(fromSheet?.ownedSheets ?? {}), ...(fromSettings?.ownedSheets ?? {}) },
    settings: { ...(fromSheet?.settings ?? {}), ...(fromSettings?.settings ?? {}) },
  };
}
