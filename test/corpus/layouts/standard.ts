/**
 * Building blocks the family modules share: the targets of the Jobcenter (chosen around the computed Ist so that the
 * Ampel is unambiguous), and the expected indicator and Kennzahl figures computed from the Grunddaten with the
 * domain.md formulas.
 */
import {
  addMonths, changeVsPreviousYear, integrationRateYtd, linearTarget, meanOfMonthlyRates, monthOf, rollingQuota,
  roundTo, ytdAverage, ytdSum, type MonthKey,
} from "./formulas";
import type { JobcenterData } from "./data";
import { TOLERANCE, type Expectation } from "./model";

export interface Targets {
  K2: number;
  K2_F: number;
  K2_M: number;
  LZB: number;
}

/**
 * Annual Zielwerte around the Ist of `m`: K2 and K2_M 7 % below the annualised JFW (clearly "im Plan"), K2_F 20 %
 * above it (clearly "verfehlt"), the LZB target 8 % below the JDW (clearly "verfehlt", fewer is better).
 */
export function targetsFor(data: JobcenterData, m: MonthKey): Targets {
  const annualised = (num: string, den: string) => (integrationRateYtd(data.series[num], data.series[den], m)! * 12) / monthOf(m);
  return {
    K2: roundTo(annualised("int", "elb") * 0.93, 1),
    K2_F: roundTo(annualised("int_f", "elb_f") * 1.2, 1),
    K2_M: roundTo(annualised("int_m", "elb_m") * 0.93, 1),
    LZB: Math.round(ytdAverage(data.series.lzb, m)! * 0.92),
  };
}

const QUOTAS: Array<[keyof Targets, string, string]> = [
  ["K2", "int", "elb"],
  ["K2_F", "int_f", "elb_f"],
  ["K2_M", "int_m", "elb_m"],
];

/** §2.3: the Zielindikatoren from Grunddaten (JFW for the quotas, JDW for LZB) against the given annual targets. */
export function zielindikatorenExpected(data: JobcenterData, m: MonthKey, targets: Partial<Targets>, opts: { status?: boolean; quotaTolerance?: number } = {}): Expectation[] {
  const out: Expectation[] = [];
  for (const [code, num, den] of QUOTAS) {
    out.push({ path: `indicators[code=${code}].actual`, value: integrationRateYtd(data.series[num], data.series[den], m)!, tolerance: opts.quotaTolerance ?? TOLERANCE.quota });
    const annual = targets[code];
    if (annual === undefined) continue;
    out.push({ path: `indicators[code=${code}].annualTarget`, value: annual, tolerance: TOLERANCE.quota });
    out.push({ path: `indicators[code=${code}].target`, value: linearTarget(annual, m), tolerance: TOLERANCE.quota });
    if (opts.status !== false) out.push({ path: `indicators[code=${code}].status`, equals: code === "K2_F" ? "off-track" : "on-track" });
  }
  out.push({ path: "indicators[code=LZB].actual", value: ytdAverage(data.series.lzb, m)!, tolerance: TOLERANCE.persons });
  if (targets.LZB !== undefined) {
    out.push({ path: "indicators[code=LZB].annualTarget", value: targets.LZB, tolerance: TOLERANCE.persons });
    out.push({ path: "indicators[code=LZB].target", value: targets.LZB, tolerance: TOLERANCE.persons });
    if (opts.status !== false) out.push({ path: "indicators[code=LZB].status", equals: "off-track" });
  }
  return out;
}

/**
 * K1 Monitoring: Σ LLU Jan..m beside the same months of the previous year. domain.md §2.2 says K1 is watched "im
 * Vergleich zum Vorjahr" without a Zielwert: the previous year's Jan..m sum is the JSON's previousYear (never a Soll,
 * issue 23), the status "monitoring".
 */
export function llaMonitoringExpected(data: JobcenterData, m: MonthKey): Expectation[] {
  const out: Expectation[] = [{ path: "indicators[code=K1].actual", value: ytdSum(data.series.llu, m)!, tolerance: TOLERANCE.money }];
  const previous = ytdSum(data.series.llu, addMonths(m, -12));
  if (previous !== null) out.push({ path: "indicators[code=K1].previousYear", value: previous, tolerance: TOLERANCE.money });
  return out;
}

type KennzahlCode = "K1" | "K1E1" | "K1E2" | "K1E3" | "K1E4" | "K2" | "K2_F" | "K2_M" | "K3";

/** §1.5 formulas for the Kennzahlen the standard Grunddaten support; previousYear where the data reach back 12 more months. */
export function kennzahl(data: JobcenterData, code: KennzahlCode, m: MonthKey): number | null {
  const s = data.series;
  switch (code) {
    case "K1": return changeVsPreviousYear(s.llu, m);
    case "K1E1": return changeVsPreviousYear(s.luh, m);
    case "K1E2": return changeVsPreviousYear(s.elb, m);
    case "K1E3": return meanOfMonthlyRates(s.zug_elb, s.elb, m, 0);
    case "K1E4": return meanOfMonthlyRates(s.abg_elb, s.elb, m, 1);
    case "K2": return rollingQuota(s.int, s.elb, m);
    case "K2_F": return rollingQuota(s.int_f, s.elb_f, m);
    case "K2_M": return rollingQuota(s.int_m, s.elb_m, m);
    case "K3": return changeVsPreviousYear(s.lzb, m);
  }
}

export function kennzahlenExpected(data: JobcenterData, m: MonthKey, codes: KennzahlCode[], opts: { previousYear?: boolean } = {}): Expectation[] {
  const out: Expectation[] = [];
  for (const code of codes) {
    const value = kennzahl(data, code, m);
    if (value === null) throw new Error(`corpus: ${code} ${m} not computable from the generated data`);
    out.push({ path: `kennzahlen[code=${code}].value`, value, tolerance: TOLERANCE.quota });
    out.push({ path: `kennzahlen[code=${code}].source`, equals: "computed" });
    if (opts.previousYear) {
      const previous = kennzahl(data, code, addMonths(m, -12));
      if (previous !== null) out.push({ path: `kennzahlen[code=${code}].previousYear`, value: previous, tolerance: TOLERANCE.quota });
    }
  }
  return out;
}

export const reportMonthExpected = (m: MonthKey): Expectation => ({ path: "reportMonth", equals: m });

/** No message of level error (a layout the product should read cleanly). */
export const noErrors: Expectation = { message: { levels: ["error"] }, present: false, why: "Layout ohne Eingabefehler" };
