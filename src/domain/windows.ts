/**
 * Window functions of the Kennzahlenverordnung (domain.md §1.2). Every window needs every month: a gap gives a
 * reason naming the missing months instead of a silently smaller sum or mean.
 */
import { type Computed, missing, ok } from "./computed";
import { formatMonthLong, type MonthKey, monthRange } from "./months";
import type { MonthlySeries } from "./series";

function valuesIn(series: MonthlySeries, from: MonthKey, to: MonthKey, what: string): number[] | Computed {
  const months = monthRange(from, to);
  const absent = months.filter((m) => !series.has(m));
  if (absent.length > 0) {
    const shown = absent.slice(0, 3).map(formatMonthLong).join(", ");
    const more = absent.length > 3 ? ` und ${absent.length - 3} weitere` : "";
    return missing(`${what}: kein Wert für ${shown}${more}.`);
  }
  return months.map((m) => series.get(m) as number);
}

/** Σ series[from..to] */
export function windowSum(series: MonthlySeries, from: MonthKey, to: MonthKey, what: string): Computed {
  const values = valuesIn(series, from, to, what);
  if (!Array.isArray(values)) return values;
  return ok(values.reduce((a, b) => a + b, 0));
}

/** arithmetic mean of series[from..to] */
export function windowMean(series: MonthlySeries, from: MonthKey, to: MonthKey, what: string): Computed {
  const values = valuesIn(series, from, to, what);
  if (!Array.isArray(values)) return values;
  if (values.length === 0) return missing(`${what}: leerer Zeitraum.`);
  return ok(values.reduce((a, b) => a + b, 0) / values.length);
}

/** (z / n − 1) · 100 — the Veränderungsrate of K1, K1E1, K1E2 and K3. */
export function pctChange(numerator: Computed, denominator: Computed): Computed {
  if (numerator.value === null) return numerator;
  if (denominator.value === null) return denominator;
  if (denominator.value === 0) return missing("Der Vorjahreswert ist 0; eine Veränderungsrate ist nicht definiert.");
  return ok((numerator.value / denominator.value - 1) * 100);
}

/** 100 · z / n */
export function quota(numerator: Computed, denominator: Computed): Computed {
  if (numerator.value === null) return numerator;
  if (denominator.value === null) return denominator;
  if (denominator.value === 0) return missing("Der Nenner ist 0; die Quote ist nicht definiert.");
  return ok((100 * numerator.value) / denominator.value);
}
