/**
 * The add-in's state sheet, as both adapters read it: a very hidden sheet "_Steuerungscockpit" with a marker in A1 and
 * the state as JSON in chunks below (a cell holds at most 32.767 characters). No personal data is ever stored there.
 */
import type { AddinState } from "./port";

export const STATE_SHEET_PREFIX = "_Steuerungscockpit";
export const STATE_SHEET_MARKER = "steuerungscockpit-state-v1";

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

export function isStateSheet(name: string, values: unknown[][] | null): boolean {
  return name.startsWith(STATE_SHEET_PREFIX) && values?.[0]?.[0] === STATE_SHEET_MARKER;
}

/** The state sheet's first column: marker in A1, the JSON in chunks below. */
export function stateFromSheetValues(values: unknown[][] | null): AddinState | null {
  if (!values || values[0]?.[0] !== STATE_SHEET_MARKER) return null;
  return parseState(values.slice(1).map((row) => (typeof row[0] === "string" ? row[0] : "")).join(""));
}
