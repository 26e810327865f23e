/**
 * The add-in's memory in the workbook under Office.js, loaded in one place for reading and rendering.
 *
 * Excel keeps it in workbook settings (ExcelApi 1.4) under SETTINGS_KEY. A workbook refreshed headless (CLI, the
 * standalone pane) carries the same state in the very hidden sheet "_Steuerungscockpit"; it is read too, so sheets
 * the CLI created are recognised as the add-in's own inside Excel. Settings win: they are what Excel wrote last.
 *
 * Two phases, each riding on a sync the caller makes anyway: first the setting and whether the state sheet exists;
 * then, only if it exists, its values. A method on a sheet that may be a null object is never called: Office.js
 * defines nothing but isNullObject on a null object (docs/develop/application-specific-api-model.md).
 */
import { type AddinState, EMPTY_STATE } from "../port";
import { parseState, STATE_SHEET_PREFIX, stateFromSheetValues } from "../state-sheet";

export { STATE_SHEET_PREFIX } from "../state-sheet";

export const SETTINGS_KEY = "steuerungscockpit.state";

export interface OfficeStateLoad {
  /** Call after the first sync: queues the state sheet's values if there is such a sheet. */
  afterFirstSync(): void;
  /** Call after the second sync. */
  state(): AddinState;
}

/* The caller syncs between the phases (the syncs it makes for its own loads), which the lint rules cannot see. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
export function loadOfficeState(workbook: Excel.Workbook): OfficeStateLoad {
  const setting = workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const stateSheet = workbook.worksheets.getItemOrNullObject(STATE_SHEET_PREFIX);
  let stateRange: Excel.Range | null = null;
  return {
    afterFirstSync() {
      if (stateSheet.isNullObject) return;
      stateRange = stateSheet.getUsedRangeOrNullObject(true);
      stateRange.load("values");
    },
    state() {
      const range = stateRange as Excel.Range | null;
      const fromSheet = range !== null && !range.isNullObject ? stateFromSheetValues(range.values) : null;
      return mergeStates(setting.isNullObject ? null : parseState(setting.value), fromSheet);
    },
  };
}
/* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */

export function isStateSheetName(name: string): boolean {
  return name.toLowerCase().startsWith(STATE_SHEET_PREFIX.toLowerCase());
}

export function mergeStates(fromSettings: AddinState | null, fromSheet: AddinState | null): AddinState {
  if (!fromSettings && !fromSheet) return EMPTY_STATE;
  return {
    ownedSheets: { ...(fromSheet?.ownedSheets ?? {}), ...(fromSettings?.ownedSheets ?? {}) },
    settings: { ...(fromSheet?.settings ?? {}), ...(fromSettings?.settings ?? {}) },
  };
}
