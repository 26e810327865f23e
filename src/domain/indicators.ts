/**
 * The indicators the Ziel-Ist-Vergleich knows: what each measures, in which unit, and which way is better.
 * Foundation slice: the §48b Zielindikatoren (Integrationsquote gesamt/Frauen/Männer, Bestand LZB) and the
 * K1 monitoring (Summe LLU). The full §48a catalogue and the quality indicators extend this list.
 */
import type { Direction } from "../report/summary";

export type Unit = "percent" | "persons" | "eur";

export type GoalArea =
  | "Verringerung der Hilfebedürftigkeit"
  | "Verbesserung der Integration in Erwerbstätigkeit"
  | "Vermeidung von langfristigem Leistungsbezug";

/** How the Ist of the Berichtsmonat is formed from Grunddaten. */
export type Measure =
  | { kind: "integration-rate-ytd"; integrations: string; stock: string }
  | { kind: "stock-ytd-average"; stock: string }
  | { kind: "flow-ytd-sum"; flow: string };

/** How an annual Zielwert becomes the Soll of a month (domain.md §2.4). */
export type TargetPath = "linear" | "seasonal" | "annual";

export interface IndicatorDefinition {
  code: string;
  name: string;
  goal: GoalArea;
  unit: Unit;
  direction: Direction;
  measure: Measure;
  /** Quotas compare in Prozentpunkten, never in % of a %. */
  isQuota: boolean;
  /** Default path; users may switch between linear and seasonal for cumulative quotas. */
  targetPath: TargetPath;
  /** Without an agreed Zielwert the indicator is watched against the previous year (§48b Monitoring). */
  monitoringOnly: boolean;
  /** Lower-case name fragments that identify the indicator in a user's target sheet. */
  aliases: string[];
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "K2",
    name: "Integrationsquote",
    goal: "Verbesserung der Integration in Erwerbstätigkeit",
    unit: "percent",
    direction: "up",
    measure: { kind: "integration-rate-ytd", integrations: "int", stock: "elb" },
    isQuota: true,
    targetPath: "linear",
    monitoringOnly: false,
    aliases: ["integrationsquote", "iq gesamt", "k2"],
  },
  {
    code: "K2_F",
    name: "Integrationsquote Frauen",
    goal: "Verbesserung der Integration in Erwerbstätigkeit",
    unit: "percent",
    direction: "up",
    measure: { kind: "integration-rate-ytd", integrations: "int_f", stock: "elb_f" },
    isQuota: true,
    targetPath: "linear",
    monitoringOnly: false,
    aliases: ["integrationsquote frauen", "integrationsquote der frauen", "iq frauen", "k2_f"],
  },
  {
    code: "K2_M",
    name: "Integrationsquote Männer",
    goal: "Verbesserung der Integration in Erwerbstätigkeit",
    unit: "percent",
    direction: "up",
    measure: { kind: "integration-rate-ytd", integrations: "int_m", stock: "elb_m" },
    isQuota: true,
    targetPath: "linear",
    monitoringOnly: false,
    aliases: ["integrationsquote männer", "integrationsquote der männer", "iq männer", "k2_m"],
  },
  {
    code: "LZB",
    name: "Bestand Langzeitleistungsbeziehende",
    goal: "Vermeidung von langfristigem Leistungsbezug",
    unit: "persons",
    direction: "down",
    measure: { kind: "stock-ytd-average", stock: "lzb" },
    isQuota: false,
    targetPath: "annual",
    monitoringOnly: false,
    aliases: ["bestand langzeitleistungsbeziehende", "langzeitleistungsbezieh", "bestand lzb", "lzb"],
  },
  {
    code: "K1",
    name: "Summe Leistungen zum Lebensunterhalt",
    goal: "Verringerung der Hilfebedürftigkeit",
    unit: "eur",
    direction: "down",
    measure: { kind: "flow-ytd-sum", flow: "llu" },
    isQuota: false,
    targetPath: "linear",
    monitoringOnly: true,
    aliases: ["summe leistungen zum lebensunterhalt", "leistungen zum lebensunterhalt", "summe llu", "llu", "k1"],
  },
];

export const GOAL_ORDER: readonly GoalArea[] = [
  "Verringerung der Hilfebedürftigkeit",
  "Verbesserung der Integration in Erwerbstätigkeit",
  "Vermeidung von langfristigem Leistungsbezug",
];

/** Grunddaten the foundation slice reads, by their Kürzel (BA short names where known, domain.md §5.1). */
export const BASE_SERIES: Record<string, string> = {
  elb: "Erwerbsfähige Leistungsberechtigte (ELB)",
  elb_f: "ELB Frauen",
  elb_m: "ELB Männer",
  int: "Integrationen",
  int_f: "Integrationen Frauen",
  int_m: "Integrationen Männer",
  lzb: "Langzeitleistungsbeziehende (LZB)",
  llu: "Summe Leistungen zum Lebensunterhalt (LLU)",
  luh: "Summe Leistungen für Unterkunft und Heizung (LUH)",
};
