/**
 * Synthetic monthly Grunddaten for a Jobcenter like Landkreis Harburg (AmIP 2022–2025): about 7.000 ELB in early 2020,
 * +7 % by June 2021 (Corona), easing in 2022 until the Ukraine refugees enter SGB II from June 2022; 61–62 % LZB;
 * Alleinerziehende 13 %. Integrations seasonal, dented by the lockdown in spring 2020. Reported through October 2022.
 */
import { jitter, seededRandom } from "./random";

export const FIRST_YEAR = 2020;
export const MONTHS = 36; // Jan 2020 … Dec 2022
export const REPORTED_MONTHS = 34; // through Oct 2022

export interface GrunddatenSeries {
  key: string;
  label: string;
  unit: string;
  values: number[];
}

/** Integrations per month relative to the annual mean: spring and autumn high, December low. */
const SEASON = [0.95, 1.0, 1.12, 1.08, 1.05, 0.98, 0.92, 1.1, 1.15, 1.08, 0.95, 0.62];

export function makeGrunddaten(): GrunddatenSeries[] {
  const random = seededRandom(3353);
  const month = (i: number) => i % 12;
  const elb: number[] = [];
  for (let i = 0; i < MONTHS; i++) {
    let level: number;
    if (i < 3) level = 7000 + i * 10;
    else if (i < 18) level = 7030 + ((i - 2) / 15) * 490; // Apr 2020 → Jun 2021: +7 %
    else if (i < 29) level = 7520 - ((i - 17) / 11) * 240; // easing to ~7.280 by May 2022
    else level = 7280 + Math.min(i - 28, 4) * 100; // +400 Ukraine refugees from June 2022
    elb.push(Math.round(level * jitter(random, 0.004)));
  }
  const elbF = elb.map((v) => Math.round(v * 0.51));
  const elbM = elb.map((v, i) => v - elbF[i]);

  const rateOf = (year: number) => (year === 0 ? 0.2 : year === 1 ? 0.215 : 0.225); // annual integrations ÷ Ø ELB
  const intF: number[] = [];
  const intM: number[] = [];
  for (let i = 0; i < MONTHS; i++) {
    const year = Math.floor(i / 12);
    const corona = year === 0 && month(i) >= 3 && month(i) <= 5 ? 0.6 : 1;
    const base = (elb[i] * rateOf(year) * SEASON[month(i)] * corona) / 12;
    // Women's quota about 18 %, men's about 26 % of their stocks.
    intF.push(Math.round(base * 0.42 * jitter(random, 0.06)));
    intM.push(Math.round(base * 0.58 * jitter(random, 0.06)));
  }
  const int = intF.map((v, i) => v + intM[i]);

  const lzb = elb.map((v, i) => Math.round(v * (0.6 + Math.min(i, 20) * 0.0009 - Math.max(0, i - 26) * 0.0012) * jitter(random, 0.002)));
  // Regelbedarf: 432 € (2020), 446 € (2021), 449 € (2022); about 1,3 persons per ELB incl. Sozialgeld and Mehrbedarfe.
  const regelbedarf = [432, 446, 449];
  const llu = elb.map((v, i) => Math.round(v * 1.3 * regelbedarf[Math.floor(i / 12)] * jitter(random, 0.01)));
  const luh = elb.map((v, i) => Math.round(v * 0.73 * (520 + Math.floor(i / 12) * 12) * jitter(random, 0.012)));
  const zug = elb.map((v, i) => Math.round(v * 0.045 * jitter(random, 0.08) + (i >= 29 && i <= 32 ? 110 : 0)));
  const abg = elb.map((v, i) => (i === 0 ? Math.round(v * 0.045) : Math.max(0, zug[i] - (elb[i] - elb[i - 1]))));

  return [
    { key: "elb", label: "Erwerbsfähige Leistungsberechtigte (ELB)", unit: "Personen", values: elb },
    { key: "elb_f", label: "ELB Frauen", unit: "Personen", values: elbF },
    { key: "elb_m", label: "ELB Männer", unit: "Personen", values: elbM },
    { key: "int", label: "Integrationen", unit: "Anzahl", values: int },
    { key: "int_f", label: "Integrationen Frauen", unit: "Anzahl", values: intF },
    { key: "int_m", label: "Integrationen Männer", unit: "Anzahl", values: intM },
    { key: "lzb", label: "Langzeitleistungsbeziehende (LZB)", unit: "Personen", values: lzb },
    { key: "llu", label: "Summe Leistungen zum Lebensunterhalt (LLU)", unit: "EUR", values: llu },
    { key: "luh", label: "Summe Leistungen für Unterkunft und Heizung (LUH)", unit: "EUR", values: luh },
    { key: "zug_elb", label: "Zugänge ELB", unit: "Personen", values: zug },
    { key: "abg_elb", label: "Abgänge ELB", unit: "Personen", values: abg },
  ];
}

/** Mean of a series over the 12 months of a year (index 0 = 2020). */
export function annualMean(values: number[], year: number): number {
  const slice = values.slice(year * 12, year * 12 + 12);
  return slice.reduce((a, b) => a + b, 0) / slice.length;
}
