/** The short summary the CLI prints: one line per indicator, figures in German notation. */
import type { ComparisonSummary } from "../report/comparison-summary";
import type { ReportSummary } from "../report/summary";
import { HEADLINE_CODES } from "../domain/peers/compare-with-peers";
import { typeKey } from "../domain/peers/comparison-types";
import { STATUS_LABEL } from "../report/status-labels";
import { formatMonthLong } from "../domain/months";
import { roundCommercial } from "../domain/rounding";

const formatter = (decimals: number) => new Intl.NumberFormat("de-DE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
/** Decimals as the report sheet shows them: quotas and days with one, school grades with two, counts and EUR with none. */
const DECIMALS: Record<string, number> = { "%": 1, Note: 2, Arbeitstage: 1, Tage: 1 };
const SUFFIX: Record<string, string> = { "%": " %", Arbeitstage: " AT", Tage: " Tage" };

function figure(value: number | null, unit: string): string {
  if (value === null) return "–";
  const decimals = DECIMALS[unit] ?? 0;
  return `${formatter(decimals).format(roundCommercial(value, decimals))}${SUFFIX[unit] ?? ""}`;
}

function delta(value: number | null, unit: string, isPp: boolean): string {
  if (value === null) return "–";
  const decimals = DECIMALS[unit] ?? 0;
  const rounded = roundCommercial(value, decimals);
  const shown = formatter(decimals).format(Math.abs(rounded));
  const isZero = rounded === 0;
  const sign = isZero ? "±" : value > 0 ? "+" : "−";
  return `${sign}${shown}${isPp ? " pp" : ""}`;
}

/** ΔVJ as the sheet shows it: pp for quotas, the difference for grades and durations, % for amounts and stocks. */
function deltaPreviousYear(value: number | null, unit: string): string {
  if (value === null) return "–";
  if (unit === "%") return delta(value, unit, true);
  if (unit === "Note" || unit === "Arbeitstage" || unit === "Tage") return delta(value, unit, false);
  return `${delta(value, "%", false)} %`;
}

/** `chosenType`: the --vergleichstyp given, so that a table that overrides it says so where the user looks. */
export function summaryTable(summary: ReportSummary, chosenType?: string): string {
  const rows: string[][] = [["Kennzahl", "Ist", "Soll", "ΔSoll", "Vorjahr", "ΔVJ", "Ampel", "Prognose Dez.", "Ziel erreicht voraussichtl."]];
  for (const i of summary.indicators) {
    rows.push([
      i.name,
      figure(i.actual, i.unit),
      figure(i.target, i.unit),
      delta(i.deltaPp ?? i.deltaAbs, i.unit, i.deltaPp !== null),
      figure(i.previousYear, i.unit),
      deltaPreviousYear(i.deltaPreviousYear, i.unit),
      STATUS_LABEL[i.status],
      figure(i.forecast?.december ?? null, i.unit),
      i.forecast?.likely ?? "–",
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 || c === r.length - 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd();
  const title = summary.reportMonth ? `Ziel-Ist-Vergleich, Berichtsmonat ${formatMonthLong(summary.reportMonth)}` : "Ziel-Ist-Vergleich";
  const out = [title, line(rows[0]), widths.map((w) => "─".repeat(w)).join("  "), ...rows.slice(1).map(line)];
  if (summary.budget) {
    const t = summary.budget.total;
    out.push("", `EGT ${summary.budget.year}: Plan ${figure(t.plan, "EUR")} €, Ist ${figure(t.actual, "EUR")} €, gebunden (Ist + Bindung) ${figure(t.bound, "EUR")} €, verfügbar ${figure(t.available, "EUR")} €`);
  }
  const comparison = comparisonLine(summary.comparison, chosenType);
  if (comparison) out.push("", comparison);
  return out.join("\n");
}

/** "Vergleich Juni 2024 mit Vergleichstyp Typ 8 (aus der Tabelle): K2 Rang 2 von 6 (1. Quartil) · …" */
function comparisonLine(entries: readonly ComparisonSummary[], chosenType: string | undefined): string | null {
  const headline = HEADLINE_CODES.flatMap((code) => entries.filter((e) => e.code === code));
  if (headline.length === 0) return null;
  const { peerGroup, peerGroupSource, month } = headline[0];
  const overridden = peerGroupSource === "all" || (peerGroupSource === "table" && typeKey(peerGroup) !== typeKey(chosenType ?? ""));
  const ignored = chosenType && overridden ? `; --vergleichstyp ${chosenType} nicht angewendet` : "";
  const group =
    peerGroupSource === "all"
      ? `allen Jobcentern der Tabelle (kein Vergleichstyp${ignored})`
      : `Vergleichstyp ${peerGroup} (${peerGroupSource === "table" ? "aus der Tabelle" : "gewählt"}${ignored})`;
  const places = headline.map((e) => `${e.code} ${e.rank !== null ? `Rang ${e.rank} von ${e.withValue}${e.quartile !== null ? ` (${e.quartile}. Quartil)` : ""}` : "ohne Rang"}`);
  return `Vergleich${month ? ` ${formatMonthLong(month)}` : ""} mit ${group}: ${places.join(" · ")}`;
}
