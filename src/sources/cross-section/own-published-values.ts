/**
 * The own Jobcenter's figures in an all-Jobcenter table as published §48a Kennzahlen (source "veröffentlicht"):
 * code → month → value, the shape the Grunddaten reader gives published values, so they can be set beside the values
 * computed from Grunddaten. Missing figures stay absent, never 0.
 */
import type { MonthKey } from "../../domain/months";
import type { CrossSectionTable, RegionRow } from "./cross-section-table";

export function ownPublishedValues(table: CrossSectionTable, own: Pick<RegionRow, "key" | "name">): Map<string, Map<MonthKey, number>> {
  const same = (r: RegionRow) => (own.key !== null ? r.key === own.key : r.name === own.name);
  const series = new Map<string, Map<MonthKey, number>>();
  for (const row of table.rows.filter(same)) {
    if (row.month === null) continue;
    for (const [code, value] of row.values) {
      if (value === null) continue;
      if (!series.has(code)) series.set(code, new Map());
      series.get(code)?.set(row.month, value);
    }
  }
  return series;
}
