/**
 * The indicators the Ziel-Ist-Vergleich knows: what each measures, in which unit, and which way is better.
 * Foundation slice: the §48b Zielindikatoren (Integrationsquote gesamt/Frauen/Männer, Bestand LZB) and the
 * K1 monitoring (Summe LLU). The full §48a catalogue and the quality indicators extend this list.
 */
import type { Direction } from "./direction";
import type { SeriesKey } from "./grunddaten";

/** "days" are Arbeitstage (what the add-in computes from case lists); "calendarDays" are Tage as a source states them. */
export type Unit = "percent" | "persons" | "eur" | "grade" | "days" | "calendarDays";

/** The Zielbereiche of §48b Abs. 3 plus quality and local goals, in report order; ids apart from display text. */
export const GOAL_AREAS = {
  hilfebeduerftigkeit: "Verringerung der Hilfebedürftigkeit",
  integration: "Verbesserung der Integration in Erwerbstätigkeit",
  langzeitbezug: "Vermeidung von langfristigem Leistungsbezug",
  qualitaet: "Qualität",
  lokal: "Lokale Ziele",
} as const;

export type GoalArea = keyof typeof GOAL_AREAS;

/** The §48b Zielbereiche (Abs. 3), whose indicators get a monthly trend chart. */
export const STEERING_GOALS: readonly GoalArea[] = ["hilfebeduerftigkeit", "integration", "langzeitbezug"];

/** How the Ist of the Berichtsmonat is formed: from Grunddaten, or taken as reported (quality indicators). */
export type Measure =
  | { kind: "integration-rate-ytd"; integrations: SeriesKey; stock: SeriesKey }
  | { kind: "stock-ytd-average"; stock: SeriesKey }
  | { kind: "flow-ytd-sum"; flow: SeriesKey }
  /**
   * A value reported per month under the indicator's code. Survey results (KZI) come twice a year, so the latest value
   * up to `maxAgeMonths` before the Berichtsmonat counts; the report names its month.
   */
  | { kind: "reported"; maxAgeMonths: number };

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
  /**
   * A norm per case (the "Mindeststandard" of 14 Arbeitstage per Leistungsantrag): shown with the share of cases within
   * it, never used as a Zielwert — a status needs a target the workbook agrees. shareCode: the derived series of shares.
   */
  norm?: { value: number; text: string; shareCode: string };
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "K2",
    name: "Integrationsquote",
    goal: "integration",
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
    goal: "integration",
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
    goal: "integration",
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
    goal: "langzeitbezug",
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
    goal: "hilfebeduerftigkeit",
    unit: "eur",
    direction: "down",
    measure: { kind: "flow-ytd-sum", flow: "llu" },
    isQuota: false,
    targetPath: "linear",
    monitoringOnly: true,
    aliases: ["summe leistungen zum lebensunterhalt", "leistungen zum lebensunterhalt", "summe llu", "llu", "k1"],
  },
];

export const GOAL_ORDER = Object.keys(GOAL_AREAS) as GoalArea[];

/** A local indicator the Jobcenter defines itself: reported values, its own unit, direction and tolerance. */
export function localIndicator(spec: { code: string; name: string; unit: Unit; direction: Direction }): IndicatorDefinition {
  return {
    ...spec,
    goal: "lokal",
    measure: { kind: "reported", maxAgeMonths: 0 },
    isQuota: spec.unit === "percent",
    targetPath: "annual",
    monitoringOnly: false,
    aliases: [spec.name.toLowerCase()],
  };
}

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

const quality = (spec: Pick<IndicatorDefinition, "code" | "name" | "unit" | "direction" | "aliases"> & { maxAgeMonths?: number; norm?: IndicatorDefinition["norm"] }): IndicatorDefinition => ({
  code: spec.code,
  name: spec.name,
  goal: "qualitaet",
  unit: spec.unit,
  direction: spec.direction,
  measure: { kind: "reported", maxAgeMonths: spec.maxAgeMonths ?? 0 },
  isQuota: spec.unit === "percent",
  targetPath: "annual",
  monitoringOnly: false,
  aliases: spec.aliases,
  ...(spec.norm ? { norm: spec.norm } : {}),
});

/**
 * Quality indicators (domain.md §3). Their Ist is reported (survey, process statistics) or computed from case lists;
 * the Ziel is a monthly standard, so the Soll is the Zielwert itself in every month.
 */
export const QUALITY_INDICATORS: readonly IndicatorDefinition[] = [
  quality({ code: "KZI", name: "Kundenzufriedenheit (KZI)", unit: "grade", direction: "down", maxAgeMonths: 6, aliases: ["kundenzufriedenheit", "kzi", "kundenzufriedenheitsindex", "gesamtzufriedenheit"] }),
  quality({ code: "BD", name: "Bearbeitungsdauer Leistungsanträge", unit: "days", direction: "down", norm: { value: 14, text: "höchstens 14 Arbeitstage je Antrag", shareCode: "BD_NORM" }, aliases: ["bearbeitungsdauer", "bearbeitungsdauer leistungsanträge", "bearbeitungszeit"] }),
  quality({ code: "EB_U25", name: "Erstberatung U25", unit: "days", direction: "down", aliases: ["erstberatung u25", "erstgespräch u25"] }),
  quality({ code: "EB_UE25", name: "Erstberatung Ü25", unit: "days", direction: "down", aliases: ["erstberatung ü25", "erstberatung ue25", "erstgespräch ü25"] }),
  quality({ code: "EINV", name: "Gültige Eingliederungsvereinbarungen / Kooperationspläne", unit: "percent", direction: "up", aliases: ["eingliederungsvereinbarung", "gültige eingliederungsvereinbarungen", "kooperationsplan", "kooperationspläne"] }),
  quality({ code: "ABSM", name: "Absolventenmanagement", unit: "percent", direction: "up", aliases: ["absolventenmanagement"] }),
  quality({ code: "WSQ", name: "Widerspruchsquote", unit: "percent", direction: "down", aliases: ["widerspruchsquote"] }),
  quality({ code: "KLQ", name: "Klagequote", unit: "percent", direction: "down", aliases: ["klagequote"] }),
  quality({ code: "STQ", name: "Stattgabequote Widersprüche", unit: "percent", direction: "down", aliases: ["stattgabequote", "erfolgsquote widersprüche"] }),
  quality({ code: "WSD", name: "Erledigungsdauer Widersprüche", unit: "days", direction: "down", aliases: ["erledigungsdauer", "erledigungsdauer widersprüche", "bearbeitungsdauer widersprüche"] }),
];

/** Everything the Ziel-Ist-Vergleich can show, in report order. */
export const ALL_INDICATORS: readonly IndicatorDefinition[] = [...INDICATORS, ...QUALITY_INDICATORS];

/**
 * Quotas, school grades and durations are compared by difference (Prozentpunkte, Notenpunkte, Tage): a "% change" of
 * a grade or a quota misleads. Amounts and stocks are compared in %.
 */
export function comparesByDifference(definition: IndicatorDefinition): boolean {
  return definition.isQuota || definition.unit === "grade" || definition.unit === "days" || definition.unit === "calendarDays";
}

/** Decimals the report shows per unit; the status is judged at this precision (see VarianceInput.resolution). */
export const DISPLAY_DECIMALS: Record<Unit, number> = { percent: 1, persons: 0, eur: 0, grade: 2, days: 1, calendarDays: 1 };
