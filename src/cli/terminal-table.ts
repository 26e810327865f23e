/** The short summary the CLI prints: one line per indicator, figures in German notation. */
import type { ReportSummary } from "../report/summary";
import { STATUS_LABEL } from "../report/status-labels";
import { formatMonthLong } from "../domain/months";

const formatter = (decimals: number) => new Intl.NumberFormat("de-DE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
/** Decimals as the report sheet shows them: quotas and days with one, school grades with two, counts and EUR with none. */
const DECIMALS: Record<string, number> = { "%": 1, Note: 2, Arbeitstage: 1 };
const SUFFIX: Record<string, string> = { "%": " %", Arbeitstage: " AT" };

function figure(value: number | null, unit: string): string {
  if (value === null) return "–";
  return `${formatter(DECIMALS[unit] ?? 0).format(value)}${SUFFIX[unit] ?? ""}`;
}

function delta(value: number | null, unit: string, isPp: boolean): string {
  if (value === null) return "–";
  const decimals = DECIMALS[unit] ?? 0;
  const shown = formatter(decimals).format(Math.abs(value));
  const isZero = Number(Math.abs(value).toFixed(decimals)) === 0;
  const sign = isZero ? "±" : value > 0 ? "+" : "−";
  return `${sign}${shown}${isPp ? " pp" : ""}`;
}

export function summaryTable(summary: ReportSummary): string {
  const rows: string[][] = [["Kennzahl", "Ist", "Soll", "Abweichung", "Ampel"]];
  for (const i of summary.indicators) {
    rows.push([i.name, figure(i.actual, i.unit), figure(i.target, i.unit), delta(i.deltaPp ?? i.deltaAbs, i.unit, i.deltaPp !== null), STATUS_LABEL[i.status]]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 || c === r.length - 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd();
  const title = summary.reportMonth ? `Ziel-Ist-Vergleich, Berichtsmonat ${formatMonthLong(summary.reportMonth)}` : "Ziel-Ist-Vergleich";
  const out = [title, line(rows[0]), widths.map((w) => "─".repeat(w)).join("  "), ...rows.slice(1).map(line)];
  if (summary.budget) {
    const t = summary.budget.total;
    out.push("", `EGT ${summary.budget.year}: Plan ${figure(t.plan, "EUR")} €, Ist ${figure(t.actual, "EUR")} €, gebunden ${figure(t.bound, "EUR")} €, verfügbar ${figure(t.available, "EUR")} €`);
  }
  return out.join("\n");
}
