/**
 * A monthly series as reported. A month that is absent was not reported; it is never treated as 0.
 */
import type { MonthKey } from "./months";

export type MonthlySeries = ReadonlyMap<MonthKey, number>;

export function latestMonth(series: MonthlySeries): MonthKey | null {
  let latest: MonthKey | null = null;
  for (const month of series.keys()) if (latest === null || month > latest) latest = month;
  return latest;
}
