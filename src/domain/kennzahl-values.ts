/**
 * Computes any §48a Kennzahl for a Berichtsmonat from Grunddaten (domain.md §1.5). Gender variants read the Grunddaten
 * with suffix _f/_m ("int_f", "elb_f").
 */
import { type Computed, missing, ok } from "./computed";
import { kennzahlFor, type KennzahlFormula } from "./kennzahlen-catalogue";
import { changeVersusPreviousYear, integrationRateRolling } from "./kennzahlen";
import { addMonths, monthRange, type MonthKey } from "./months";
import type { MonthlySeries } from "./series";
import { quota, windowSum } from "./windows";
import { grunddatumName } from "./grunddaten";

export interface KennzahlOptions {
  /** Months the K2 denominator lags behind (BIAJ: 1; not documented by the BA, so a setting). */
  integrationDenominatorLag: number;
}

export const DEFAULT_KENNZAHL_OPTIONS: KennzahlOptions = { integrationDenominatorLag: 1 };

export function kennzahlValue(
  code: string,
  base: ReadonlyMap<string, MonthlySeries>,
  m: MonthKey,
  options: KennzahlOptions = DEFAULT_KENNZAHL_OPTIONS,
): Computed {
  const entry = kennzahlFor(code);
  if (!entry) return missing(`„${code}“ ist keine Kennzahl nach § 48a SGB II.`);
  const suffix = entry.sex ? `_${entry.sex.toLowerCase()}` : "";
  const series = (key: string) => base.get(key + suffix);
  return evaluate(entry.definition.formula, (key) => series(key) ?? null, (key) => key + suffix, m, options);
}

function evaluate(
  formula: KennzahlFormula,
  get: (key: string) => MonthlySeries | null,
  label: (key: string) => string,
  m: MonthKey,
  options: KennzahlOptions,
): Computed {
  const need = (key: string): MonthlySeries | Computed => get(key) ?? missing(`Die Grunddaten „${grunddatumName(label(key))}“ fehlen.`);
  const isSeries = (s: MonthlySeries | Computed): s is MonthlySeries => s instanceof Map;
  switch (formula.kind) {
    case "change-vs-previous-year": {
      const s = need(formula.series);
      if (!isSeries(s)) return s;
      return changeVersusPreviousYear(s, m, label(formula.series));
    }
    case "rolling-quota": {
      const z = need(formula.numerator);
      const n = need(formula.denominator);
      if (!isSeries(z)) return z;
      if (!isSeries(n)) return n;
      return integrationRateRolling(z, n, m, options.integrationDenominatorLag);
    }
    case "rolling-sum-ratio": {
      const z = need(formula.numerator);
      const n = need(formula.denominator);
      if (!isSeries(z)) return z;
      if (!isSeries(n)) return n;
      return quota(windowSum(z, addMonths(m, -11), m, label(formula.numerator)), windowSum(n, addMonths(m, -11), m, label(formula.denominator)));
    }
    case "mean-of-monthly-rates": {
      const z = need(formula.numerator);
      const n = need(formula.denominator);
      if (!isSeries(z)) return z;
      if (!isSeries(n)) return n;
      let total = 0;
      for (const k of monthRange(addMonths(m, -11), m)) {
        const rate = quota(windowSum(z, k, k, label(formula.numerator)), windowSum(n, addMonths(k, -formula.denominatorOffset), addMonths(k, -formula.denominatorOffset), label(formula.denominator)));
        if (rate.value === null) return rate;
        total += rate.value;
      }
      return ok(total / 12);
    }
    case "month-quota": {
      const z = need(formula.numerator);
      const n = need(formula.denominator);
      if (!isSeries(z)) return z;
      if (!isSeries(n)) return n;
      return quota(windowSum(z, m, m, label(formula.numerator)), windowSum(n, m, m, label(formula.denominator)));
    }
  }
}
