/**
 * Optional Excel features and the requirement set each needs, in one table. The manifest asks for ExcelApi 1.7
 * (Office 2019); everything newer is used only where Office says it is there, and the pane tells the user what their
 * Excel cannot show.
 */
export type Feature =
  | "conditionalFormats"
  | "suspendCalculation"
  | "eventsOff"
  | "suspendScreenUpdating"
  | "indent"
  | "axisNumberFormat"
  | "comments"
  | "outline"
  | "mergeUndoGroup";

interface FeatureRequirement {
  version: string;
  /** What the user misses without it (German, shown in the pane). */
  missing: string;
}

export const FEATURES: Record<Feature, FeatureRequirement> = {
  conditionalFormats: { version: "1.6", missing: "Ampelfarben und Datenbalken als bedingte Formatierung fehlen; die Ampel steht als Text im Bericht." },
  suspendCalculation: { version: "1.6", missing: "Excel rechnet während des Schreibens mit; die Aktualisierung dauert länger." },
  eventsOff: { version: "1.8", missing: "Andere Add-ins werden während des Schreibens über Änderungen benachrichtigt." },
  suspendScreenUpdating: { version: "1.9", missing: "Der Bildschirm wird während des Schreibens aktualisiert." },
  indent: { version: "1.9", missing: "Einrückungen in den Berichtstabellen fehlen." },
  axisNumberFormat: { version: "1.8", missing: "Diagrammachsen zeigen Zahlen ohne das Berichtsformat." },
  comments: { version: "1.10", missing: "Kommentare zu Kennzahlen können nicht angelegt werden." },
  outline: { version: "1.10", missing: "Gruppierung (Gliederung) der Berichtszeilen ist nicht möglich." },
  mergeUndoGroup: { version: "1.20", missing: "Die Aktualisierung lässt sich nicht in einem Schritt rückgängig machen." },
};

export type SupportCheck = (version: string) => boolean;

/** Office's own check; the version is passed as a string ("1.10" is not 1.1). */
export const officeSupports: SupportCheck = (version) =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;

export function capabilities(supports: SupportCheck): { has: (feature: Feature) => boolean; missing: string[] } {
  const available = new Map((Object.keys(FEATURES) as Feature[]).map((f) => [f, supports(FEATURES[f].version)]));
  return {
    has: (feature) => available.get(feature) === true,
    missing: (Object.keys(FEATURES) as Feature[]).filter((f) => !available.get(f)).map((f) => FEATURES[f].missing),
  };
}
