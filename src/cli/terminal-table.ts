/** The short summary the CLI prints: one line per indicator, figures in German notation. */
import type { ReportSummary } from "../report/summary";
import { STATUS_LABEL } from "../report/status-labels";
import { formatMonthLong } from "../domain/months";

const de1 = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const de0 = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 });

function figure(value: number | null, unit: string): string {
  if (value === null) return "–";
  if (unit === "%") return `${de1.format(value)} %`;
  return de0.format(value);
}

function delta(value: number | null, unit: string, isPp: boolean): string {
  if (value === null) return "–";
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  const magnitude = Math.abs(value);
  if (isPp) return `${sign}${de1.format(magnitude)} pp`;
  return `${sign}${unit === "%" ? de1.format(magnitude) : de0.format(magnitude)}`;
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
