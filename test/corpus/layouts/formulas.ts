/**
 * The reference formulas the expected figures are computed with, written from the domain reference alone (Kennzahlenverordnung § 48a SGB II, BA method notes)
 * (§1.2 windows, §1.5 formulas, §2.3 Zielindikatoren, §2.4 Zielpfad, §4.4 budget measures). Series are maps from
 * `YYYY-MM` to a number; a missing month makes the result null (blank is not zero, domain.md §1.5).
 */

export type MonthKey = string;
export type Series = Record<MonthKey, number | null | undefined>;

export function month(year: number, monthOfYear: number): MonthKey {
  return `${year}-${String(monthOfYear).padStart(2, "0")}`;
}

export function addMonths(key: MonthKey, delta: number): MonthKey {
  const [y, m] = key.split("-").map(Number);
  const index = y * 12 + (m - 1) + delta;
  return month(Math.floor(index / 12), (index % 12) + 1);
}

/** Inclusive range of month keys. */
export function monthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const out: MonthKey[] = [];
  for (let k = from; k <= to; k = addMonths(k, 1)) out.push(k);
  return out;
}

export const yearOf = (key: MonthKey): number => Number(key.slice(0, 4));
export const monthOf = (key: MonthKey): number => Number(key.slice(5, 7));
const january = (key: MonthKey): MonthKey => month(yearOf(key), 1);

function values(series: Series, keys: MonthKey[]): number[] | null {
  const out: number[] = [];
  for (const k of keys) {
    const v = series[k];
    if (v === null || v === undefined) return null;
    out.push(v);
  }
  return out;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]): number => sum(xs) / xs.length;

/** (z / n − 1) · 100 (domain.md §1.2 Veränderungsrate) — K1, K1E1, K1E2, K3. */
export function pctChange(z: number | null, n: number | null): number | null {
  if (z === null || n === null || n === 0) return null;
  return (z / n - 1) * 100;
}

/** K1, K1E1, K1E2, K3 at m: the month against the same month a year before. */
export function changeVsPreviousYear(series: Series, m: MonthKey): number | null {
  return pctChange(series[m] ?? null, series[addMonths(m, -12)] ?? null);
}

/** K2 (and K2_F/_M, K3E1): 100 · Σ INT[m−11..m] ÷ Ø ELB[m−12..m−1] — the BA lag of one month (domain.md §1.5, T14). */
export function rollingQuota(numerator: Series, denominator: Series, m: MonthKey): number | null {
  const z = values(numerator, monthsBetween(addMonths(m, -11), m));
  const n = values(denominator, monthsBetween(addMonths(m, -12), addMonths(m, -1)));
  return z && n ? (100 * sum(z)) / mean(n) : null;
}

/** Jahresfortschrittswert of the Integrationsquote: 100 · Σ INT[Jan..m] ÷ Ø ELB[Dez(Vorjahr)..m−1] (domain.md §1.2). */
export function integrationRateYtd(integrations: Series, stock: Series, m: MonthKey): number | null {
  const z = values(integrations, monthsBetween(january(m), m));
  const n = values(stock, monthsBetween(addMonths(january(m), -1), addMonths(m, -1)));
  return z && n ? (100 * sum(z)) / mean(n) : null;
}

/** Jahresdurchschnittswert: mean of the monthly stocks Jan..m (domain.md §1.2, §2.3 Bestand LZB). */
export function ytdAverage(stock: Series, m: MonthKey): number | null {
  const v = values(stock, monthsBetween(january(m), m));
  return v ? mean(v) : null;
}

/** Σ Jan..m of a flow (Summe LLU as Monitoring, domain.md §2.3). */
export function ytdSum(flow: Series, m: MonthKey): number | null {
  const v = values(flow, monthsBetween(january(m), m));
  return v ? sum(v) : null;
}

/** K1E3/K1E4/K3E3/K3E4: mean over k = m−11..m of 100 · Z[k] ÷ N[k − offset] (domain.md §1.5). */
export function meanOfMonthlyRates(numerator: Series, denominator: Series, m: MonthKey, offset: 0 | 1): number | null {
  const rates: number[] = [];
  for (const k of monthsBetween(addMonths(m, -11), m)) {
    const z = numerator[k];
    const n = denominator[addMonths(k, -offset)];
    if (z === null || z === undefined || n === null || n === undefined || n === 0) return null;
    rates.push((100 * z) / n);
  }
  return mean(rates);
}

/** K3E2: 100 · LZB_AMP[m] ÷ LZB[m]. */
export function monthQuota(numerator: Series, denominator: Series, m: MonthKey): number | null {
  const z = numerator[m];
  const n = denominator[m];
  return z === null || z === undefined || n === null || n === undefined || n === 0 ? null : (100 * z) / n;
}

/**
 * Soll zum Berichtsmonat for a cumulative quota with the linear Zielpfad: Zielwert · m / 12 (domain.md §2.4 option a).
 * Which path the product uses by default is not in domain.md: README ("Soll zum Berichtsmonat") and the sample's JSON
 * (Integrationsquote 23,1 → Soll Oktober 19,25 = 23,1 · 10/12) show the linear one for the Integrationsquoten; the
 * Bestand LZB is compared with the annual JDW target itself (option c; sample: 4.510 → Soll 4.510).
 */
export function linearTarget(annual: number, m: MonthKey): number {
  return (annual * monthOf(m)) / 12;
}

/** §4.4: gebundene Mittel, verfügbare Mittel, Bindungsquote, Ausschöpfung, linearer Mittelabfluss. */
export function budgetMeasures(plan: number, actual: number, committed: number, monthsElapsed: number) {
  const bound = actual + committed;
  return {
    bound,
    available: plan - bound,
    bindingRatePct: (bound / plan) * 100,
    utilisationPct: (actual / plan) * 100,
    linearPlan: (plan * monthsElapsed) / 12,
  };
}

export const roundTo = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthIndex = Math.floor((h + l - 7 * mm + 114) / 31);
  const day = ((h + l - 7 * mm + 114) % 31) + 1;
  return new Date(Date.UTC(year, monthIndex - 1, day));
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const plusDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);

/** Gesetzliche Feiertage in Niedersachsen (Reformationstag since 2018). */
function holidaysNI(year: number): Set<string> {
  const easter = easterSunday(year);
  const fixed = ["01-01", "05-01", "10-03", "10-31", "12-25", "12-26"].map((md) => `${year}-${md}`);
  const moving = [-2, 1, 39, 50].map((offset) => iso(plusDays(easter, offset)));
  return new Set([...fixed, ...moving]);
}

const holidayCache = new Map<number, Set<string>>();
function isWorkingDayNI(d: Date): boolean {
  const dow = d.getUTCDay();
  if (dow === 0 || dow === 6) return false;
  const year = d.getUTCFullYear();
  if (!holidayCache.has(year)) holidayCache.set(year, holidaysNI(year));
  return !holidayCache.get(year)!.has(iso(d));
}

/**
 * Arbeitstage from Eingang to Bescheid in Niedersachsen: the working days after the Eingang up to and including the
 * Bescheid. domain.md says "Arbeitstage mit Feiertagen" but not whether the Eingang day counts; this convention is the
 * one the sample's JSON shows (Bearbeitungsdauer Oktober 2022 = 6,9245 over the cases decided in October).
 */
export function workingDaysNI(received: Date, decided: Date): number {
  let n = 0;
  for (let d = plusDays(received, 1); d.getTime() <= decided.getTime(); d = plusDays(d, 1)) if (isWorkingDayNI(d)) n++;
  return n;
}

export const utcDate = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
