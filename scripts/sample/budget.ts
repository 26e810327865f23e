/**
 * Synthetic EGT 2022 anchored on the AmIP: Zuteilung 8.388.398 €, Neugeschäft 3.083.000 €; the split of the
 * 5.305.398 € between Umschichtung, Vorbelastungen and Reserve is invented (the AmIP gives none).
 */
export const DERIVATION = {
  allocation: 8_388_398,
  shift: 1_900_000,
  priorCommitments: 3_105_398,
  reserve: 300_000,
  newBusiness: 3_083_000,
};

export interface SampleInstrument {
  category: string;
  name: string;
  plan: number;
  /** Share of the plan paid Jan–Oct and bound for the rest of the year. */
  paid: number;
  bound: number;
  note?: string;
}

/** Plans add up to Zuteilung − Umschichtung = 6.488.398 € (the plan includes the Vorbelastungen). */
export const INSTRUMENTS: SampleInstrument[] = [
  { category: "Aktivierung und berufliche Eingliederung", name: "Vermittlungsbudget (§ 44 SGB III)", plan: 260_000, paid: 0.71, bound: 0.08 },
  { category: "Aktivierung und berufliche Eingliederung", name: "Maßnahmen zur Aktivierung und beruflichen Eingliederung (MAbE/AVGS)", plan: 1_350_000, paid: 0.74, bound: 0.16 },
  { category: "Berufswahl und Berufsausbildung", name: "Berufsausbildung (AsA, EQ)", plan: 310_000, paid: 0.66, bound: 0.2 },
  { category: "Berufliche Weiterbildung", name: "Förderung der beruflichen Weiterbildung (FbW)", plan: 1_480_000, paid: 0.78, bound: 0.15 },
  { category: "Aufnahme einer Erwerbstätigkeit", name: "Eingliederungszuschuss (EGZ)", plan: 820_000, paid: 0.8, bound: 0.14 },
  { category: "Aufnahme einer Erwerbstätigkeit", name: "Einstiegsgeld (§ 16b SGB II)", plan: 95_000, paid: 0.55, bound: 0.1 },
  { category: "Aufnahme einer Erwerbstätigkeit", name: "Leistungen für Selbständige (§ 16c SGB II)", plan: 60_000, paid: 0.42, bound: 0.05 },
  { category: "Beschäftigung schaffende Maßnahmen", name: "Arbeitsgelegenheiten (§ 16d SGB II)", plan: 420_000, paid: 0.73, bound: 0.12 },
  { category: "Beschäftigung schaffende Maßnahmen", name: "Eingliederung von Langzeitarbeitslosen (§ 16e SGB II)", plan: 380_000, paid: 0.77, bound: 0.17 },
  { category: "Beschäftigung schaffende Maßnahmen", name: "Teilhabe am Arbeitsmarkt (§ 16i SGB II)", plan: 1_050_000, paid: 0.81, bound: 0.16 },
  { category: "Freie Förderung", name: "Freie Förderung (§ 16f SGB II)", plan: 120_000, paid: 0.58, bound: 0.11 },
  { category: "Besondere Maßnahmen", name: "Förderung schwer zu erreichender junger Menschen (§ 16h SGB II)", plan: 98_398, paid: 0.69, bound: 0.18 },
  { category: "Reha", name: "Leistungen zur Teilhabe behinderter Menschen (Reha)", plan: 45_000, paid: 0.9, bound: 0.18, note: "überplant" },
];

/** Share of the Jan–Oct outflow paid in each month (lumpy: quarterly invoices of Maßnahmeträger). */
export const MONTHLY_PROFILE = [0.06, 0.08, 0.12, 0.09, 0.1, 0.12, 0.09, 0.1, 0.12, 0.12];
