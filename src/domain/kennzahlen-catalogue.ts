/**
 * The Kennzahlen and Ergänzungsgrößen of the Kennzahlenverordnung (§48a SGB II, as amended 2019) as data
 * (domain.md §1.3). Each names its Zähler/Nenner Grunddaten (BA short names where known), its window, how it is
 * displayed and which way is better. Directions marked [inferred]/[unverified] in the domain reference are defaults the
 * user may override.
 */
import type { Direction } from "./direction";
import type { GoalArea } from "./indicators";
import type { GrunddatumKey } from "./grunddaten";

/** How Zähler and Nenner are combined over which months (domain.md §1.2, §1.5). */
export type KennzahlFormula =
  /** (Z[m] / Z[m−12] − 1) · 100 — K1, K1E1, K1E2, K3 */
  | { kind: "change-vs-previous-year"; series: GrunddatumKey }
  /** 100 · Σ Z[m−11…m] ÷ Ø N[m−11−lag … m−lag] — K2, K2E1, K2E2, K2E4, K3E1 */
  | { kind: "rolling-quota"; numerator: GrunddatumKey; denominator: GrunddatumKey }
  /** 100 · Σ Z[m−11…m] ÷ Σ N[m−11…m] — K2E3 */
  | { kind: "rolling-sum-ratio"; numerator: GrunddatumKey; denominator: GrunddatumKey }
  /** mean over k = m−11…m of 100 · Z[k] ÷ N[k − offset] — K1E3 (offset 0), K1E4 (offset 1: Vormonat), K3E3, K3E4 */
  | { kind: "mean-of-monthly-rates"; numerator: GrunddatumKey; denominator: GrunddatumKey; denominatorOffset: 0 | 1 }
  /** 100 · Z[m] ÷ N[m] — K3E2 */
  | { kind: "month-quota"; numerator: GrunddatumKey; denominator: GrunddatumKey };

export type Certainty = "VO" | "BA" | "2nd" | "inferred" | "unverified";

export interface KennzahlDefinition {
  code: string;
  name: string;
  /** Zielbereich of §48b Abs. 3 */
  goal: Exclude<GoalArea, "qualitaet" | "lokal">;
  isErgaenzungsgroesse: boolean;
  formula: KennzahlFormula;
  /** "change": Veränderungsrate in %, compared in Prozentpunkten; "quota": Quote in %. */
  display: "change" | "quota";
  direction: Direction;
  directionCertainty: Certainty;
  /** Gender variants _F/_M exist (Grunddaten with suffix _f/_m). */
  hasGenderSplit: boolean;
}

const HB = "hilfebeduerftigkeit" as const;
const INT = "integration" as const;
const LZB = "langzeitbezug" as const;

export const KENNZAHLEN: readonly KennzahlDefinition[] = [
  { code: "K1", name: "Veränderung der Summe der Leistungen zum Lebensunterhalt (ohne Leistungen für Unterkunft und Heizung)", goal: HB, isErgaenzungsgroesse: false, formula: { kind: "change-vs-previous-year", series: "llu" }, display: "change", direction: "down", directionCertainty: "BA", hasGenderSplit: false },
  { code: "K1E1", name: "Veränderung der Summe der Leistungen für Unterkunft und Heizung", goal: HB, isErgaenzungsgroesse: true, formula: { kind: "change-vs-previous-year", series: "luh" }, display: "change", direction: "down", directionCertainty: "BA", hasGenderSplit: false },
  { code: "K1E2", name: "Veränderung der Zahl der erwerbsfähigen Leistungsberechtigten", goal: HB, isErgaenzungsgroesse: true, formula: { kind: "change-vs-previous-year", series: "elb" }, display: "change", direction: "down", directionCertainty: "inferred", hasGenderSplit: true },
  { code: "K1E3", name: "Durchschnittliche Zugangsrate der erwerbsfähigen Leistungsberechtigten", goal: HB, isErgaenzungsgroesse: true, formula: { kind: "mean-of-monthly-rates", numerator: "zug_elb", denominator: "elb", denominatorOffset: 0 }, display: "quota", direction: "down", directionCertainty: "inferred", hasGenderSplit: true },
  { code: "K1E4", name: "Durchschnittliche Abgangsrate der erwerbsfähigen Leistungsberechtigten", goal: HB, isErgaenzungsgroesse: true, formula: { kind: "mean-of-monthly-rates", numerator: "abg_elb", denominator: "elb", denominatorOffset: 1 }, display: "quota", direction: "up", directionCertainty: "inferred", hasGenderSplit: true },
  { code: "K2", name: "Integrationsquote", goal: INT, isErgaenzungsgroesse: false, formula: { kind: "rolling-quota", numerator: "int", denominator: "elb" }, display: "quota", direction: "up", directionCertainty: "VO", hasGenderSplit: true },
  { code: "K2E1", name: "Quote der Eintritte in geringfügige Beschäftigung", goal: INT, isErgaenzungsgroesse: true, formula: { kind: "rolling-quota", numerator: "bs_gering", denominator: "elb" }, display: "quota", direction: "none", directionCertainty: "unverified", hasGenderSplit: true },
  { code: "K2E2", name: "Quote der Eintritte in öffentlich geförderte Beschäftigung", goal: INT, isErgaenzungsgroesse: true, formula: { kind: "rolling-quota", numerator: "bs_2am", denominator: "elb" }, display: "quota", direction: "none", directionCertainty: "unverified", hasGenderSplit: true },
  { code: "K2E3", name: "Kontinuierliche Beschäftigung nach Integration", goal: INT, isErgaenzungsgroesse: true, formula: { kind: "rolling-sum-ratio", numerator: "kont", denominator: "int_svb" }, display: "quota", direction: "up", directionCertainty: "VO", hasGenderSplit: true },
  { code: "K2E4", name: "Integrationsquote der Alleinerziehenden", goal: INT, isErgaenzungsgroesse: true, formula: { kind: "rolling-quota", numerator: "int_allein", denominator: "elb_allein" }, display: "quota", direction: "up", directionCertainty: "VO", hasGenderSplit: true },
  { code: "K3", name: "Veränderung des Bestands an Langzeitleistungsbeziehenden", goal: LZB, isErgaenzungsgroesse: false, formula: { kind: "change-vs-previous-year", series: "lzb" }, display: "change", direction: "down", directionCertainty: "inferred", hasGenderSplit: true },
  { code: "K3E1", name: "Integrationsquote der Langzeitleistungsbeziehenden", goal: LZB, isErgaenzungsgroesse: true, formula: { kind: "rolling-quota", numerator: "int_lzb", denominator: "lzb" }, display: "quota", direction: "up", directionCertainty: "VO", hasGenderSplit: true },
  { code: "K3E2", name: "Aktivierungsquote der Langzeitleistungsbeziehenden", goal: LZB, isErgaenzungsgroesse: true, formula: { kind: "month-quota", numerator: "lzb_amp", denominator: "lzb" }, display: "quota", direction: "up", directionCertainty: "inferred", hasGenderSplit: true },
  { code: "K3E3", name: "Durchschnittliche Zugangsrate der Langzeitleistungsbeziehenden", goal: LZB, isErgaenzungsgroesse: true, formula: { kind: "mean-of-monthly-rates", numerator: "zug_lzb", denominator: "lzb", denominatorOffset: 0 }, display: "quota", direction: "down", directionCertainty: "inferred", hasGenderSplit: true },
  { code: "K3E4", name: "Durchschnittliche Abgangsrate der Langzeitleistungsbeziehenden", goal: LZB, isErgaenzungsgroesse: true, formula: { kind: "mean-of-monthly-rates", numerator: "abg_lzb", denominator: "lzb", denominatorOffset: 1 }, display: "quota", direction: "up", directionCertainty: "inferred", hasGenderSplit: true },
];

export const KENNZAHL_CODE = /^K[123](E[1-4])?(_[MF])?$/;

/** The catalogue entry and Grunddaten suffix of a code such as "K3E1_F". */
export function kennzahlFor(code: string): { definition: KennzahlDefinition; sex: "F" | "M" | null } | null {
  const match = /^(K[123](?:E[1-4])?)(?:_([MF]))?$/.exec(code.toUpperCase());
  if (!match) return null;
  const definition = KENNZAHLEN.find((k) => k.code === match[1]);
  if (!definition) return null;
  const sex = (match[2] as "F" | "M" | undefined) ?? null;
  if (sex && !definition.hasGenderSplit) return null;
  return { definition, sex };
}
