/**
 * The EGT instruments (Finanzpositionen) as year-versioned data, grouped by the categories of the Eingliederungsbilanz
 * (domain.md §4.3). FbW and Reha leave the Jobcenter on 1 January 2025 (§ 459 SGB III); §§ 16j/16k exist from 2023.
 * Users add local Finanzpositionen; a line that matches nothing here is kept as such, never dropped.
 */
export interface Instrument {
  id: string;
  name: string;
  category: string;
  legalBasis: string;
  /** First and last budget year the instrument is financed from the EGT (inclusive); open when undefined. */
  from?: number;
  to?: number;
  aliases: string[];
}

export const INSTRUMENTS: readonly Instrument[] = [
  { id: "vb", name: "Vermittlungsbudget", category: "Aktivierung und berufliche Eingliederung", legalBasis: "§ 16 Abs. 1 SGB II i.V.m. § 44 SGB III", aliases: ["vermittlungsbudget", "vb"] },
  { id: "mabe", name: "Maßnahmen zur Aktivierung und beruflichen Eingliederung", category: "Aktivierung und berufliche Eingliederung", legalBasis: "§ 45 SGB III", aliases: ["mabe", "avgs", "aktivierung und beruflichen eingliederung", "maßnahmen zur aktivierung"] },
  { id: "ausbildung", name: "Berufswahl und Berufsausbildung", category: "Berufswahl und Berufsausbildung", legalBasis: "§§ 51 ff., 54a, 74 ff. SGB III", aliases: ["berufsausbildung", "bvb", "asa", "abh", "einstiegsqualifizierung", "berufseinstiegsbegleitung"] },
  { id: "fbw", name: "Förderung der beruflichen Weiterbildung", category: "Berufliche Weiterbildung", legalBasis: "§§ 81 ff. SGB III", to: 2024, aliases: ["fbw", "weiterbildung", "bildungsgutschein"] },
  { id: "egz", name: "Eingliederungszuschuss", category: "Aufnahme einer Erwerbstätigkeit", legalBasis: "§§ 88–92 SGB III", aliases: ["egz", "eingliederungszuschuss"] },
  { id: "esg", name: "Einstiegsgeld", category: "Aufnahme einer Erwerbstätigkeit", legalBasis: "§ 16b SGB II", aliases: ["esg", "einstiegsgeld"] },
  { id: "selbst", name: "Leistungen zur Eingliederung von Selbständigen", category: "Aufnahme einer Erwerbstätigkeit", legalBasis: "§ 16c SGB II", aliases: ["selbständige", "selbstständige", "16c"] },
  { id: "agh", name: "Arbeitsgelegenheiten", category: "Beschäftigung schaffende Maßnahmen", legalBasis: "§ 16d SGB II", aliases: ["agh", "arbeitsgelegenheiten"] },
  { id: "evl", name: "Eingliederung von Langzeitarbeitslosen", category: "Beschäftigung schaffende Maßnahmen", legalBasis: "§ 16e SGB II", aliases: ["evl", "16e", "eingliederung von langzeitarbeitslosen", "fav"] },
  { id: "taam", name: "Teilhabe am Arbeitsmarkt", category: "Beschäftigung schaffende Maßnahmen", legalBasis: "§ 16i SGB II", from: 2019, aliases: ["taam", "16i", "teilhabe am arbeitsmarkt"] },
  { id: "ff", name: "Freie Förderung", category: "Freie Förderung", legalBasis: "§ 16f SGB II", aliases: ["freie förderung", "16f"] },
  { id: "16h", name: "Förderung schwer zu erreichender junger Menschen", category: "Besondere Maßnahmen", legalBasis: "§ 16h SGB II", aliases: ["16h", "schwer zu erreichender junger menschen", "schwer erreichbare"] },
  { id: "reha", name: "Leistungen zur Teilhabe behinderter Menschen", category: "Reha", legalBasis: "§ 16 Abs. 1 S. 3 SGB II i.V.m. §§ 112 ff. SGB III", to: 2024, aliases: ["reha", "teilhabe behinderter menschen", "rehabilitation"] },
  { id: "16j", name: "Bürgergeldbonus", category: "Bürgergeld-Leistungen", legalBasis: "§ 16j SGB II", from: 2023, to: 2024, aliases: ["bürgergeldbonus", "16j"] },
  { id: "16k", name: "Ganzheitliche Betreuung", category: "Bürgergeld-Leistungen", legalBasis: "§ 16k SGB II", from: 2023, aliases: ["ganzheitliche betreuung", "16k"] },
];

export function instrumentsOf(year: number): Instrument[] {
  return INSTRUMENTS.filter((i) => (i.from ?? 0) <= year && year <= (i.to ?? 9999));
}

/** Which catalogue instrument a line label means, if any (longest alias contained in the label wins). */
export function matchInstrument(label: string): Instrument | null {
  const text = label.toLowerCase();
  let best: { instrument: Instrument; length: number } | null = null;
  for (const instrument of INSTRUMENTS) {
    for (const alias of instrument.aliases) {
      const hit = alias.length <= 4 ? new RegExp(`(^|[^a-zäöüß0-9])${alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^a-zäöüß0-9]|$)`).test(text) : text.includes(alias);
      if (hit && (best === null || alias.length > best.length)) best = { instrument, length: alias.length };
    }
  }
  if (!best) return null;
  return best.instrument;
}

export function isFinancedIn(instrument: Instrument, year: number): boolean {
  return (instrument.from ?? 0) <= year && year <= (instrument.to ?? 9999);
}
