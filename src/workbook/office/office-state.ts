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
 * The parts are taken by namespace as a collection rather than with getOnlyItemOrNullObject, which gives a null object
 * for two parts as for none: two can arise (two panes adding the part in the same first refresh), and the add-in
 * would then forget its sheets and add a third. The first readable one is the state; the next write keeps one.
 *
 * Two phases, each riding on a sync the caller makes anyway: first the parts, the setting and whether the state sheet
 * exists; then, only for those that exist, the parts' XML and the sheet's values. A method on an object that may be a
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
  /** Queues writing the whole state (after state()); the old store and a second part go with the first write. */
  write(state: AddinState): void;
}

/* The caller syncs between the phases (the syncs it makes for its own loads), which the lint rules cannot see. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
export function loadOfficeState(workbook: Excel.Workbook, usesCustomXmlParts: boolean): OfficeStateStore {
  const setting = workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const stateSheet = workbook.worksheets.getItemOrNullObject(STATE_SHEET_PREFIX);
  const found = usesCustomXmlParts ? workbook.customXmlParts.getByNamespace(STATE_NAMESPACE).load("items/id") : null;
  let parts: Array<{ part: Excel.CustomXmlPart; xml: OfficeExtension.ClientResult<string> }> = [];
  let part: Excel.CustomXmlPart | null = null;
  let stateRange: Excel.Range | null = null;
  let oldStoresRemoved = false;
  return {
    afterFirstSync() {
      parts = (found?.items ?? []).map((item) => ({ part: item, xml: item.getXml() }));
      if (stateSheet.isNullObject) return;
      stateRange = stateSheet.getUsedRangeOrNullObject(true);
      stateRange.load("values");
    },
    state() {
      const fromParts = parts.map((p) => stateFromXml(p.xml.value));
      const first = fromParts.findIndex((s) => s !== null);
      // The part written next: the one read, else a damaged one of ours (overwritten rather than joined by another).
      part = parts[Math.max(first, 0)]?.part ?? null;
      if (first >= 0) return fromParts[first] as AddinState;
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
      if (oldStoresRemoved) return;
      oldStoresRemoved = true;
      for (const other of parts) if (other.part !== existing) other.part.delete();
      if (!setting.isNullObject) setting.delete();
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
