/**
 * The add-in's memory in the workbook under Office.js: workbook settings (ExcelApi 1.4), key below. A workbook that
 * was refreshed headless (CLI) carries the same state in the very hidden sheet "_Steuerungscockpit"; it is read too,
 * so sheets the CLI created are recognised as the add-in's own inside Excel.
 */
import { type AddinState, EMPTY_STATE } from "../port";

export const SETTINGS_KEY = "steuerungscockpit.state";
export const STATE_SHEET_PREFIX = "_Steuerungscockpit";
const STATE_SHEET_MARKER = "steuerungscockpit-state-v1";

export function parseState(json: unknown): AddinState | null {
  if (typeof json !== "string" || json === "") return null;
  try {
    const parsed = JSON.parse(json) as Partial<AddinState>;
    const strings = (v: unknown): v is Record<string, string> =>
      typeof v === "object" && v !== null && Object.values(v).every((x) => typeof x === "string");
    return { ownedSheets: strings(parsed.ownedSheets) ? parsed.ownedSheets : {}, settings: strings(parsed.settings) ? parsed.settings : {} };
  } catch {
    return null;
  }
}

/** The state sheet's first column: marker in A1, the JSON in chunks below. */
export function stateFromSheetValues(values: unknown[][] | null): AddinState | null {
  if (!values || values[0]?.[0] !== STATE_SHEET_MARKER) return null;
  return parseState(values.slice(1).map((row) => (typeof row[0] === "string" ? row[0] : "")).join(""));
}

/** Settings win (they are what Excel itself wrote last); the sheet fills in what only the CLI knew. */
export function mergeStates(fromSettings: AddinState | null, fromSheet: AddinState | null): AddinState {
  if (!fromSettings && !fromSheet) return EMPTY_STATE;
  return {
    ownedSheets: { ...(fromSheet?.ownedSheets ?? {}), ...(fromSettings?.ownedSheets ?? {}) },
    settings: { ...(fromSheet?.settings ?? {}), ...(fromSettings?.settings ?? {}) },
  };
}
