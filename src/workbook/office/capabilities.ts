/**
 * Optional Excel features and the requirement set each needs, in one table. The manifest asks for ExcelApi 1.13 (the
 * oldest Excel whose webview runs the pane); the adapter itself needs only 1.7, and everything newer is used only where
 * Office says it is there.
 *
 * A feature carries a notice only if the user loses something they would see in the report; the notice is given only
 * when the report at hand uses the feature (`noticesFor`). Speed-ups (suspended calculation and screen updating) have
 * no notice: without them the report is the same, only slower.
 */
import type { ReportPlan, SheetPlan } from "../../report/plan";

export type Feature = "customXmlParts" | "conditionalFormats" | "suspendCalculation" | "suspendScreenUpdating" | "indent" | "axisNumberFormat" | "pageLayout";

interface FeatureRequirement {
  version: string;
  /** What the user misses without it (German, shown in the pane), and how to tell that a sheet would use it. */
  loss?: { notice: string; usedBy: (sheet: SheetPlan) => boolean };
}

export const FEATURES: Record<Feature, FeatureRequirement> = {
  // The add-in's state in the store the CLI reads too (office-state.ts); without it, in workbook settings only.
  customXmlParts: {
    version: "1.5",
    loss: {
      notice: "Diese Excel-Version speichert die Einstellungen des Steuerungscockpits nur für Excel: Wird die Arbeitsmappe mit der Befehlszeile aktualisiert, erkennt sie die Berichtsblätter und die bestätigte Zuordnung nicht.",
      usedBy: () => true,
    },
  },
  conditionalFormats: {
    version: "1.6",
    loss: { notice: "Ampelfarben und Datenbalken als bedingte Formatierung fehlen; die Ampel steht als Text im Bericht.", usedBy: (s) => s.conditionalFormats.length > 0 },
  },
  suspendCalculation: { version: "1.6" },
  suspendScreenUpdating: { version: "1.9" },
  indent: { version: "1.9", loss: { notice: "Einrückungen in den Berichtstabellen fehlen.", usedBy: (s) => s.styles.some((run) => (run.style.indent ?? 0) > 0) } },
  axisNumberFormat: { version: "1.8", loss: { notice: "Diagrammachsen zeigen Zahlen ohne das Berichtsformat.", usedBy: (s) => s.charts.some((c) => c.valueAxisNumberFormat !== undefined) } },
  pageLayout: {
    version: "1.9",
    loss: { notice: "Die Druckeinstellungen (Ausrichtung, eine Seite breit, Wiederholungszeilen) werden nicht gesetzt; bitte vor dem Drucken unter „Seitenlayout“ einstellen.", usedBy: (s) => s.print !== undefined },
  },
};

export type SupportCheck = (version: string) => boolean;

/** Office's own check; the version is passed as a string ("1.10" is not 1.1). */
export const officeSupports: SupportCheck = (version) =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;

const ALL = Object.keys(FEATURES) as Feature[];

export interface Capabilities {
  has(feature: Feature): boolean;
  /** Everything this Excel cannot show in any report (the pane's start screen). */
  missing: string[];
  /** What this Excel cannot show of this report. */
  noticesFor(plan: ReportPlan): string[];
}

export function capabilities(supports: SupportCheck): Capabilities {
  const available = new Map(ALL.map((f) => [f, supports(FEATURES[f].version)]));
  const lost = ALL.filter((f) => !available.get(f) && FEATURES[f].loss);
  return {
    has: (feature) => available.get(feature) === true,
    missing: lost.map((f) => FEATURES[f].loss?.notice ?? ""),
    noticesFor: (plan) => lost.filter((f) => plan.sheets.some((s) => FEATURES[f].loss?.usedBy(s))).map((f) => FEATURES[f].loss?.notice ?? ""),
  };
}
