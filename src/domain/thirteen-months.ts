/**
 * The last 13 months of the key Bestände and Kennzahlen: the Berichtsmonat and the twelve before it, so a turn of the
 * trend shows that a Jahresdurchschnitt or a 12-month value would hide. Months without data stay null (a gap).
 */
import { changeVersusPreviousYear, integrationRateRolling } from "./kennzahlen";
import { addMonths, type MonthKey, monthRange } from "./months";
import type { MonthlySeries } from "./series";

export interface ThirteenMonthRow {
  label: string;
  unit: "persons" | "percent";
  values: Array<number | null>;
}

export interface ThirteenMonths {
  months: MonthKey[];
  rows: ThirteenMonthRow[];
}

export function thirteenMonths(base: ReadonlyMap<string, MonthlySeries>, m: MonthKey, integrationDenominatorLag: number): ThirteenMonths | null {
  const months = monthRange(addMonths(m, -12), m);
  const elb = base.get("elb");
  const lzb = base.get("lzb");
  const int = base.get("int");
  const llu = base.get("llu");
  const rows: ThirteenMonthRow[] = [];
  const stock = (series: MonthlySeries) => months.map((k) => series.get(k) ?? null);
  if (elb) rows.push({ label: "Bestand erwerbsfähige Leistungsberechtigte (ELB)", unit: "persons", values: stock(elb) });
  if (lzb) rows.push({ label: "Bestand Langzeitleistungsbeziehende (LZB)", unit: "persons", values: stock(lzb) });
  if (int && elb) rows.push({ label: "K2 Integrationsquote (12 Monate)", unit: "percent", values: months.map((k) => integrationRateRolling(int, elb, k, integrationDenominatorLag).value) });
  if (llu) rows.push({ label: "K1 Veränderung LLU ggü. Vorjahresmonat", unit: "percent", values: months.map((k) => changeVersusPreviousYear(llu, k, "LLU").value) });
  if (lzb) rows.push({ label: "K3 Veränderung Bestand LZB ggü. Vorjahresmonat", unit: "percent", values: months.map((k) => changeVersusPreviousYear(lzb, k, "LZB").value) });
  return rows.some((r) => r.values.some((v) => v !== null)) ? { months, rows } : null;
}
