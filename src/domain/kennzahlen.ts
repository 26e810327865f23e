/**
 * The §48a Kennzahlen and the Zielindikatoren of §48b as pure functions of monthly Grunddaten (domain.md §1.5, §2.3).
 */
import type { Computed } from "./computed";
import { addMonths, januaryOf, type MonthKey } from "./months";
import type { MonthlySeries } from "./series";
import { pctChange, quota, windowMean, windowSum } from "./windows";

/**
 * Integrationsquote as Jahresfortschrittswert: Σ Integrationen Jan…m ÷ Ø ELB Dez(Vorjahr)…m−1 (BIAJ, T14).
 * In December it equals the 12-month K2.
 */
export function integrationRateYearToDate(integrations: MonthlySeries, elb: MonthlySeries, m: MonthKey): Computed {
  const sum = windowSum(integrations, januaryOf(m), m, "Integrationen");
  const mean = windowMean(elb, addMonths(januaryOf(m), -1), addMonths(m, -1), "ELB-Bestand");
  return quota(sum, mean);
}

/**
 * K2, the gleitende 12-Monats-Integrationsquote: Σ INT m−11…m ÷ Ø ELB m−12…m−1 (lag 1 per BIAJ; lag configurable
 * because BA does not document it).
 */
export function integrationRateRolling(
  integrations: MonthlySeries,
  elb: MonthlySeries,
  m: MonthKey,
  denominatorLag = 1,
): Computed {
  const sum = windowSum(integrations, addMonths(m, -11), m, "Integrationen");
  const mean = windowMean(elb, addMonths(m, -11 - denominatorLag), addMonths(m, -denominatorLag), "ELB-Bestand");
  return quota(sum, mean);
}

/** Jahresdurchschnittswert of a stock: mean Jan…m (December = Jahresdurchschnitt, T1). */
export function yearToDateAverage(stock: MonthlySeries, m: MonthKey, what: string): Computed {
  return windowMean(stock, januaryOf(m), m, what);
}

/** Σ Jan…m of a flow, e.g. the LLU sum for K1 monitoring. */
export function yearToDateSum(flow: MonthlySeries, m: MonthKey, what: string): Computed {
  return windowSum(flow, januaryOf(m), m, what);
}

/** K1 (and K1E1, K1E2, K3): value in m vs. the same month a year before, (Z/N − 1)·100. */
export function changeVersusPreviousYear(series: MonthlySeries, m: MonthKey, what: string): Computed {
  return pctChange(windowSum(series, m, m, what), windowSum(series, addMonths(m, -12), addMonths(m, -12), what));
}
