/** The report sheets a controller can choose from, in the order they are written. */
import { BUDGET_KEY } from "./budget-sheet";
import { GOAL_COMPARISON_KEY } from "./goal-comparison-sheet";
import { KENNZAHLEN_KEY } from "./kennzahlen-sheet";
import { PROCESSING_KEY } from "./processing-sheet";

export const REPORT_SHEETS = [
  { key: GOAL_COMPARISON_KEY, name: "Ziel-Ist-Vergleich" },
  { key: KENNZAHLEN_KEY, name: "Kennzahlen §48a" },
  { key: PROCESSING_KEY, name: "Bearbeitungszeiten" },
  { key: BUDGET_KEY, name: "EGT-Controlling" },
] as const;

export type ReportSheetKey = (typeof REPORT_SHEETS)[number]["key"];

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
