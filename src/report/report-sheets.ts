/**
 * The report sheets a controller can choose from, in the order they are written. Their keys live here, not in the
 * sheet builders, so the pane can offer the choice without loading the engine.
 */
export const GOAL_COMPARISON_KEY = "ziel-ist-vergleich";
export const KENNZAHLEN_KEY = "kennzahlen-48a";
export const PROCESSING_KEY = "bearbeitungszeiten";
export const BUDGET_KEY = "egt-controlling";
export const COMPARISON_KEY = "vergleich";

export const REPORT_SHEETS = [
  { key: GOAL_COMPARISON_KEY, name: "Ziel-Ist-Vergleich" },
  { key: KENNZAHLEN_KEY, name: "Kennzahlen §48a" },
  { key: PROCESSING_KEY, name: "Bearbeitungszeiten" },
  { key: BUDGET_KEY, name: "EGT-Controlling" },
  { key: COMPARISON_KEY, name: "Vergleich" },
] as const;

export type ReportSheetKey = (typeof REPORT_SHEETS)[number]["key"];

/** The empty standard sheets "Vorlage einfügen" writes; once written they are the user's own. */
export const TEMPLATE_SHEET_KEYS = ["vorlage-grunddaten", "vorlage-ziele", "vorlage-egt", "vorlage-qualitaet"] as const;

export type TemplateSheetKey = (typeof TEMPLATE_SHEET_KEYS)[number];

/** Every sheet the add-in can write. */
export type SheetKey = ReportSheetKey | TemplateSheetKey;

const KEYS: readonly string[] = REPORT_SHEETS.map((s) => s.key);

export function isReportSheetKey(value: string): value is ReportSheetKey {
  return KEYS.includes(value);
}

/** Stored as "ziel-ist-vergleich,egt-controlling"; unknown keys (from a newer version) are dropped. */
export function parseSheetSelection(stored: string | undefined): ReportSheetKey[] | undefined {
  if (stored === undefined || stored === "") return undefined;
  const keys = stored.split(",").map((k) => k.trim()).filter(isReportSheetKey);
  return keys.length > 0 ? keys : undefined;
}
