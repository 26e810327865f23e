/**
 * The words controllers use for what we read: Grunddaten row labels and the headers of target and budget tables.
 * Aliases are compared after normalizeLabel (case, umlauts, punctuation do not matter).
 */
import { isAmountSeries, type SeriesKey } from "../domain/grunddaten";

export const BASE_SERIES_ALIASES: ReadonlyArray<{ item: SeriesKey; aliases: readonly string[] }> = [
  { item: "elb", aliases: ["elb", "erwerbsfähige leistungsberechtigte", "erwerbsfähige leistungsberechtigte (elb)", "bestand elb", "elb insgesamt", "employable beneficiaries", "employable benefit recipients"] },
  { item: "elb_f", aliases: ["elb_f", "elb frauen", "erwerbsfähige leistungsberechtigte frauen", "elb weiblich", "elb female", "elb women"] },
  { item: "elb_m", aliases: ["elb_m", "elb männer", "erwerbsfähige leistungsberechtigte männer", "elb männlich", "elb male", "elb men"] },
  { item: "int", aliases: ["int", "integrationen", "integrationen insgesamt", "anzahl integrationen", "integrations total", "number of integrations"] },
  { item: "int_f", aliases: ["int_f", "integrationen frauen", "integrationen weiblich", "integrations female", "integrations women"] },
  { item: "int_m", aliases: ["int_m", "integrationen männer", "integrationen männlich", "integrations male", "integrations men"] },
  { item: "lzb", aliases: ["lzb", "langzeitleistungsbeziehende", "langzeitleistungsbeziehende (lzb)", "bestand lzb", "langzeitleistungsbezieher"] },
  { item: "llu", aliases: ["llu", "summe leistungen zum lebensunterhalt", "summe der leistungen zum lebensunterhalt", "leistungen zum lebensunterhalt", "summe llu", "benefits llu"] },
  { item: "luh", aliases: ["luh", "summe leistungen für unterkunft und heizung", "summe der leistungen für unterkunft und heizung", "leistungen für unterkunft und heizung", "summe luh", "kdu", "benefits luh", "housing costs luh", "housing costs"] },
  { item: "zug_elb", aliases: ["zug_elb", "zugänge elb", "zugänge erwerbsfähige leistungsberechtigte", "zugänge erwerbsfähiger leistungsberechtigter", "zugänge an erwerbsfähigen leistungsberechtigten", "inflows elb", "entries elb"] },
  { item: "abg_elb", aliases: ["abg_elb", "abgänge elb", "abgänge erwerbsfähige leistungsberechtigte", "abgänge erwerbsfähiger leistungsberechtigter", "abgänge von erwerbsfähigen leistungsberechtigten", "outflows elb", "exits elb"] },
  { item: "bs_gering", aliases: ["bs_gering", "eintritte geringfügige beschäftigung", "eintritte in geringfügige beschäftigung"] },
  { item: "bs_2am", aliases: ["bs_2am", "eintritte öffentlich geförderte beschäftigung", "eintritte in öffentlich geförderte beschäftigung"] },
  { item: "kont", aliases: ["kont", "kontinuierliche beschäftigung nach integration", "kontinuierlich beschäftigte"] },
  { item: "int_svb", aliases: ["int_svb", "integrationen svb", "integrationen sozialversicherungspflichtig"] },
  { item: "int_allein", aliases: ["int_allein", "integrationen alleinerziehende"] },
  { item: "elb_allein", aliases: ["elb_allein", "elb alleinerziehende", "alleinerziehende elb", "alleinerziehende"] },
  { item: "int_lzb", aliases: ["int_lzb", "integrationen lzb", "integrationen langzeitleistungsbeziehende"] },
  { item: "lzb_amp", aliases: ["lzb_amp", "lzb in maßnahmen", "lzb in maßnahmen der aktiven arbeitsförderung"] },
  { item: "zug_lzb", aliases: ["zug_lzb", "zugänge lzb", "zugänge langzeitleistungsbeziehende"] },
  { item: "abg_lzb", aliases: ["abg_lzb", "abgänge lzb", "abgänge langzeitleistungsbeziehende"] },
  { item: "bescheide", aliases: ["bescheide", "versandte leistungsbescheide", "leistungsbescheide", "anzahl bescheide"] },
  { item: "widersprueche", aliases: ["widersprueche", "widersprüche", "eingelegte widersprüche", "widerspruchseingänge", "eingegangene widersprüche", "anzahl widersprüche"] },
  { item: "klagen", aliases: ["klagen", "eingegangene klagen", "klageeingänge", "erhobene klagen", "klagen erhoben", "anzahl klagen"] },
];

/**
 * A negative Bestand or count (ELB, LZB, Integrationen …) cannot be: a typing or export error. Published §48a values
 * (upper-case codes, rates of change among them) and sums of money may be negative.
 */
export function isImpossibleCount(key: string, value: number): boolean {
  if (value >= 0 || /^K/.test(key)) return false;
  return !isAmountSeries(key);
}

export function negativeCountText(value: number): string {
  return `Ein Bestand oder eine Anzahl kann nicht negativ sein (${value.toLocaleString("de-DE")}); der Monat bleibt ohne Wert.`;
}

/** Grunddaten Kürzel with a gender suffix ("int_lzb_f") are matched exactly in a Kürzel column. */
export const GENDER_SUFFIXED_KEY = /^([a-z0-9_]+?)_(f|m)$/;

/** German first, English synonyms for workbooks kept in English. */
export const TARGET_HEADERS = {
  indicator: ["kennzahl", "indikator", "zielindikator", "messgröße", "kennziffer", "indicator", "kpi"],
  target: ["zielwert", "ziel", "zielwert jahr", "jahresziel", "jahreszielwert", "zielvorgabe", "soll", "sollwert", "sollvorgabe", "plan", "planwert", "target"],
  tolerance: ["toleranz", "toleranzband", "schwelle", "tolerance"],
  unit: ["einheit", "unit"],
  direction: ["richtung", "wirkungsrichtung", "polarität", "direction"],
} as const;

/** A total row's label; "Ergebnis" and "Gesamtergebnis" as Excel's table total row and pivot tables write it. */
export const SUBTOTAL_LABEL = /^(summe|zwischensumme|gesamtsumme|endsumme|gesamt|insgesamt|total|ergebnis|gesamtergebnis|gesamtbudget|gesamtbetrag)\b/i;

/** A footer under a list that sums it up — a total, or "Anzahl", "Durchschnitt", "Ø …": no row of the list. */
export function isSummaryRowLabel(text: string): boolean {
  return SUBTOTAL_LABEL.test(text) || /^(anzahl|durchschnitt|mittelwert|median)\b|^ø(\s|$)/i.test(text);
}

/** Headers of the month column when months are rows (transposed or long Grunddaten). */
export const MONTH_HEADERS = ["monat", "berichtsmonat", "zeitraum", "month", "period"] as const;

/** A separate year column next to bare month names ("Jahr | Monat | …"). */
export const YEAR_HEADERS = ["jahr", "berichtsjahr", "year"] as const;

/** Headers of long Grunddaten: what the row is about, and its figure. */
export const LONG_HEADERS = {
  label: ["grunddatum", "grunddaten", "kennzahl", "kennziffer", "merkmal", "indikator", "kürzel", "kurzbezeichnung", "bezeichnung", "indicator", "measure"],
  value: ["wert", "anzahl", "ist", "istwert", "value", "count"],
} as const;

/** Lines below a table that explain it rather than hold data. */
export const NOTE_LABEL = /^(quelle|hinweis|anmerkung|fußnote|fussnote|source|note)\b/i;
