/**
 * Synthetic but plausible data of one Jobcenter, anchored on the figures in domain.md (Landkreis Harburg, Kreis 03353:
 * ELB around 7.400, LZB around 4.600, LLU around 4,3 Mio € a month, EGT-Zuteilung 2022 8.388.398 €). Deterministic: a
 * seeded generator, so every run writes the same workbooks.
 */
import { addMonths, monthsBetween, type MonthKey, type Series } from "./formulas";

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Grunddaten Kürzel (BA short names where known, domain.md §5.1) and their German labels. */
export const GRUNDDATEN_LABELS: Record<string, string> = {
  elb: "Erwerbsfähige Leistungsberechtigte (ELB)",
  elb_f: "ELB Frauen",
  elb_m: "ELB Männer",
  int: "Integrationen",
  int_f: "Integrationen Frauen",
  int_m: "Integrationen Männer",
  lzb: "Langzeitleistungsbeziehende (LZB)",
  llu: "Summe Leistungen zum Lebensunterhalt (LLU)",
  luh: "Summe Leistungen für Unterkunft und Heizung (LUH)",
  zug_elb: "Zugänge ELB",
  abg_elb: "Abgänge ELB",
};

export const GRUNDDATEN_UNITS: Record<string, string> = {
  elb: "Personen", elb_f: "Personen", elb_m: "Personen", int: "Anzahl", int_f: "Anzahl", int_m: "Anzahl",
  lzb: "Personen", llu: "EUR", luh: "EUR", zug_elb: "Personen", abg_elb: "Personen",
};

export interface JobcenterData {
  name: string;
  key: string;
  months: MonthKey[];
  series: Record<string, Series>;
}

/** Monthly Grunddaten from `from` to `to`; integrations follow the usual seasonal dip in December and early summer. */
export function makeJobcenter(seed: number, from: MonthKey = "2022-01", to: MonthKey = "2024-12"): JobcenterData {
  const rnd = seededRandom(seed);
  const months = monthsBetween(from, to);
  const season = [0.95, 1.02, 1.1, 1.08, 1.04, 0.98, 0.96, 1.06, 1.12, 1.08, 0.98, 0.66];
  const s: Record<string, Series> = {};
  for (const k of Object.keys(GRUNDDATEN_LABELS)) s[k] = {};
  months.forEach((m, i) => {
    const monthIndex = Number(m.slice(5, 7)) - 1;
    const elb = Math.round(7250 + 9 * i + 120 * Math.sin(i / 5) + 60 * (rnd() - 0.5));
    const elbF = Math.round(elb * (0.505 + 0.01 * rnd()));
    const int = Math.round(elb * 0.0185 * season[monthIndex] * (0.92 + 0.16 * rnd()));
    const intF = Math.round(int * (0.4 + 0.06 * rnd()));
    const lzb = Math.round(elb * (0.615 + 0.01 * rnd()));
    s.elb[m] = elb;
    s.elb_f[m] = elbF;
    s.elb_m[m] = elb - elbF;
    s.int[m] = int;
    s.int_f[m] = intF;
    s.int_m[m] = int - intF;
    s.lzb[m] = lzb;
    s.llu[m] = Math.round(elb * (578 + 14 * rnd()) + i * 900);
    s.luh[m] = Math.round(elb * (388 + 10 * rnd()) + i * 700);
    s.zug_elb[m] = Math.round(elb * (0.042 + 0.008 * rnd()));
    s.abg_elb[m] = Math.round(elb * (0.04 + 0.008 * rnd()));
  });
  return { name: "Jobcenter Landkreis Harburg", key: "03353", months, series: s };
}

/** The months of one calendar year that lie in the data. */
export function monthsOfYear(data: JobcenterData, year: number): MonthKey[] {
  return data.months.filter((m) => m.startsWith(`${year}-`));
}

export const MONTH_NAMES = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
export const MONTH_SHORT = ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

/** "Juni 2024" */
export const monthLabel = (m: MonthKey): string => `${MONTH_NAMES[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;

/** The first of the month as a UTC date (how Excel stores a month header typed as a date). */
export const monthDate = (m: MonthKey): Date => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1));

/** German text number as a finance system or a CSV import leaves it in a cell: "1.234.567,89". */
export function germanNumber(x: number, decimals: number): string {
  const fixed = Math.abs(x).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${x < 0 ? "-" : ""}${grouped}${frac ? "," + frac : ""}`;
}

export const euroText = (x: number): string => `${germanNumber(x, 2)} €`;

/** A month before `m`, for readability in family modules. */
export const previousMonth = (m: MonthKey): MonthKey => addMonths(m, -1);
