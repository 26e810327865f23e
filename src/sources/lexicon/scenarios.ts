/**
 * What a figure is in the plan–actual sense: the same month of the same Kennzahl can stand in a workbook as Ist,
 * Ziel, Vorjahr, Prognose or as a difference between two of them. Only some of these are data the report takes; the
 * others must never be read as Ist (a forecast band taken as actuals makes "verfügbar" wrong by millions).
 */
import { normalizeLabel } from "../labels";

export type Scenario =
  | "actual"
  | "target"
  | "previousYear"
  | "plan"
  | "allocation"
  | "committed"
  | "available"
  | "forecast"
  /** A difference or rate of change between other columns ("Abweichung", "Veränderung in %"): derived, never data. */
  | "difference"
  /** A sum or mean over periods ("Summe 2023", "Ø 2023", "kumuliert"): derived, never a period's value. */
  | "aggregate"
  | "tolerance";

export const SCENARIO_NAMES: Record<Scenario, string> = {
  actual: "Ist",
  target: "Ziel/Soll",
  previousYear: "Vorjahr",
  plan: "Plan",
  allocation: "Ansatz/Verfügungsrahmen",
  committed: "Festlegung/Bindung",
  available: "verfügbar",
  forecast: "Prognose/Hochrechnung",
  difference: "Abweichung/Veränderung",
  aggregate: "Summe/Durchschnitt",
  tolerance: "Toleranz",
};

/**
 * The words per scenario, as normalised labels (normalizeLabel): matched as whole words at any place of a header.
 * Order matters where words overlap: "Zielerreichung" is a difference, not a Ziel; "Ist-Prognose" is a forecast.
 */
const SCENARIO_WORDS: ReadonlyArray<[Scenario, readonly string[]]> = [
  ["difference", ["abweichung", "abw", "differenz", "diff", "veraenderung", "veraend", "ver", "delta", "zielerreichung", "zielerreichungsgrad", "zeg", "erreichungsgrad", "quote der zielerreichung", "ampel", "status", "bewertung", "vj in %", "ggue vorjahr", "gegenueber vorjahr", "zum vorjahr", "vs vorjahr"]],
  ["forecast", ["prognose", "hochrechnung", "hochgerechnet", "hr", "forecast", "schaetzung", "geschaetzt", "trend", "projektion", "voraussichtlich"]],
  // "gesamt"/"insgesamt" are no aggregate over periods: beside "Frauen | Männer" they are the total sub-group. "JFW"
  // and "JDW" behind a Kennzahl's name say how its Ist is formed, not that the figure is a sum.
  ["aggregate", ["summe", "jahressumme", "jahresdurchschnitt", "durchschnitt", "mittelwert", "kumuliert", "kum", "total", "avg"]],
  ["tolerance", ["toleranz", "toleranzband", "schwelle"]],
  ["previousYear", ["vorjahr", "vj", "vorjahreswert", "vorjahresmonat", "ist vj", "ist vorjahr"]],
  ["allocation", ["ansatz", "haushaltsansatz", "verfuegungsrahmen", "zuteilung", "budget", "mittelzuweisung", "zugewiesen"]],
  ["committed", ["festlegung", "festlegungen", "festl", "festgelegt", "bindung", "bindungen", "obligo", "gebunden", "verpflichtungen"]],
  ["available", ["verfuegbar", "frei", "freie mittel", "rest", "restmittel"]],
  ["plan", ["plan", "planwert", "planung"]],
  ["target", ["ziel", "zielwert", "zielwerte", "soll", "sollwert", "sollvorgabe", "zielvorgabe", "vorgabe", "jahresziel", "target", "mindeststandard", "erwartungswert"]],
  ["actual", ["ist", "istwert", "ist wert", "ergebnis", "tatsaechlich", "actual", "wert", "ausgaben", "ist ausgaben"]],
];

const PREPARED = SCENARIO_WORDS.map(([scenario, words]) => [scenario, words.map((w) => ` ${normalizeLabel(w)} `)] as const);

/**
 * The scenario a header or label names, or null. "Ø" and "∑" are read before normalising (they are no letters).
 * A header naming two ("Ist Vorjahr", "Soll-Ist-Abweichung") takes the first of SCENARIO_WORDS' order.
 */
export function scenarioOf(raw: string): Scenario | null {
  if (/[Ø∅⌀Σ∑]/.test(raw)) return "aggregate";
  if (/^\s*[Δ∆]/.test(raw) || /\bin\s*%\s*$/i.test(raw.trim()) && /ver[aä]nd|abw|vj|vorjahr/i.test(raw)) return "difference";
  const text = ` ${normalizeLabel(raw)} `;
  if (text.trim() === "") return null;
  for (const [scenario, words] of PREPARED) if (words.some((w) => text.includes(w))) return scenario;
  return null;
}

/** Scenarios whose figures are never taken as data of a period (they are derived from, or beside, the data). */
export function isDerived(scenario: Scenario | undefined): boolean {
  return scenario === "difference" || scenario === "aggregate" || scenario === "forecast";
}
