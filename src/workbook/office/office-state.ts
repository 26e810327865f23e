/**
 * The add-in's memory in the workbook under Office.js, loaded and written in one place for reading and rendering.
 *
 * It is kept in one custom XML part (../state-part.ts, ExcelApi 1.5), the store the .xlsx adapter reads and writes
 * too: a workbook refreshed in Excel and then by the CLI (or the other way round) knows its report sheets in both.
 * Before that part existed, Excel kept the state in workbook settings under SETTINGS_KEY and the CLI in the very
 * hidden sheet "_Steuerungscockpit"; when there is no part, both are read (settings win: they are what Excel wrote
 * last), and the next write moves the state into the part and deletes the setting. The state sheet is the CLI's to
 * remove (Excel cannot delete a very hidden sheet without unhiding it first). Below ExcelApi 1.5 the settings stay
 * the store, and the user is told what that costs (capabilities.ts).
 *
 * Two phases, each riding on a sync the caller makes anyway: first the part, the setting and whether the state sheet
 * exists; then, only for those that exist, the part's XML and the sheet's values. A method on an object that may be a
 * null object is never called before the sync has said it is not one: Office.js defines nothing but isNullObject on
 * a null object (docs/develop/application-specific-api-model.md).
 */
import { type AddinState, EMPTY_STATE } from "../port";
import { STATE_NAMESPACE, stateFromXml, stateXml } from "../state-part";
import { parseState, STATE_SHEET_PREFIX, stateFromSheetValues } from "../state-sheet";

export { STATE_SHEET_PREFIX } from "../state-sheet";

export const SETTINGS_KEY = "steuerungscockpit.state";

export interface OfficeStateStore {
  /** Call after the first sync: queues the part's XML and the state sheet's values where they exist. */
  afterFirstSync(): void;
  /** Call after the second sync. */
  state(): AddinState;
  /** Queues writing the whole state (after the first sync); the old store goes with the first write. */
  write(state: AddinState): void;
}

/* The caller syncs between the phases (the syncs it makes for its own loads), which the lint rules cannot see. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
export function loadOfficeState(workbook: Excel.Workbook, usesCustomXmlParts: boolean): OfficeStateStore {
  const setting = workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const stateSheet = workbook.worksheets.getItemOrNullObject(STATE_SHEET_PREFIX);
  const found = usesCustomXmlParts ? workbook.customXmlParts.getByNamespace(STATE_NAMESPACE).getOnlyItemOrNullObject() : null;
  let part: Excel.CustomXmlPart | null = null;
  let partXml: OfficeExtension.ClientResult<string> | null = null;
  let stateRange: Excel.Range | null = null;
  let settingDeleted = false;
  return {
    afterFirstSync() {
      if (found && !found.isNullObject) {
        part = found;
        partXml = found.getXml();
      }
      if (stateSheet.isNullObject) return;
      stateRange = stateSheet.getUsedRangeOrNullObject(true);
      stateRange.load("values");
    },
    state() {
      const xml = partXml as OfficeExtension.ClientResult<string> | null;
      const fromPart = xml ? stateFromXml(xml.value) : null;
      if (fromPart) return fromPart;
      const range = stateRange as Excel.Range | null;
      const fromSheet = range !== null && !range.isNullObject ? stateFromSheetValues(range.values) : null;
      return mergeStates(setting.isNullObject ? null : parseState(setting.value), fromSheet);
    },
    write(state) {
      if (!usesCustomXmlParts) return workbook.settings.add(SETTINGS_KEY, JSON.stringify(state));
      const xml = stateXml(state);
      const existing = part as Excel.CustomXmlPart | null;
      if (existing) existing.setXml(xml);
      else part = workbook.customXmlParts.add(xml);
      if (!settingDeleted && !setting.isNullObject) setting.delete();
      settingDeleted = true;
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
