/**
 * Defined names for the figures of the report, so that a user's formula can point at a figure rather than at a cell:
 * `=SC_K2_Ist` stays the Integrationsquote's Ist when rows are added above it, where `='Ziel-Ist-Vergleich'!F12`
 * would silently point at another figure. Each refresh points the names at the figures' new cells; a name whose
 * figure is no longer in the report is removed (a formula using it shows #NAME? instead of a wrong number).
 *
 * The names are read off the finished plan of the "Ziel-Ist-Vergleich" sheet (its table: one row per Kennzahl, a
 * "Code" column, one column per figure), so the sheet's builder needs no second bookkeeping. Both adapters can use it.
 * Name = SC_<Code>_<Spalte>, e.g. SC_K2_Ist, SC_K1_Soll, SC_LZB_Ampel (docs: README, „Namen für Berichtszahlen“).
 */
import type { SheetPlan } from "./plan";
import { GOAL_COMPARISON_KEY } from "./report-sheets";

export interface NamedFigure {
  name: string;
  row: number;
  col: number;
}

/** Column header in the sheet → the last part of the name. */
export const FIGURE_COLUMNS: Readonly<Record<string, string>> = {
  "Ist VJ": "IstVJ",
  Ist: "Ist",
  "Zielwert Jahr": "Ziel",
  "Soll zum Monat": "Soll",
  ΔSoll: "DeltaSoll",
  "ΔSoll %": "DeltaSollProzent",
  ΔVJ: "DeltaVJ",
  Zielerreichung: "Zielerreichung",
  Ampel: "Ampel",
};

export const FIGURE_NAME_PREFIX = "SC_";
/** Which defined names are the add-in's figure names (to remove those whose figure is gone). */
export const FIGURE_NAME = new RegExp(`^${FIGURE_NAME_PREFIX}\\w+_(?:${Object.values(FIGURE_COLUMNS).join("|")})$`, "i");

export function figureNames(plan: SheetPlan): NamedFigure[] {
  if (plan.key !== GOAL_COMPARISON_KEY || plan.template) return [];
  const headerRow = plan.cells.findIndex((row) => row.includes("Code") && row.includes("Ist"));
  if (headerRow < 0) return [];
  const header = plan.cells[headerRow];
  const codeCol = header.indexOf("Code");
  const columns = header.flatMap((label, col) => (typeof label === "string" && FIGURE_COLUMNS[label] ? [{ col, suffix: FIGURE_COLUMNS[label] }] : []));
  const names: NamedFigure[] = [];
  const seen = new Set<string>();
  // The table ends at the first empty row; group rows (a Ziel's title) have no code.
  for (let row = headerRow + 1; row < plan.cells.length && plan.cells[row].some((v) => v !== null && v !== ""); row++) {
    const code = plan.cells[row][codeCol];
    if (typeof code !== "string" || code.trim() === "") continue;
    for (const { col, suffix } of columns) {
      const name = `${FIGURE_NAME_PREFIX}${code.trim().replace(/[^A-Za-z0-9_]/g, "_")}_${suffix}`;
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      names.push({ name, row, col });
    }
  }
  return names;
}
