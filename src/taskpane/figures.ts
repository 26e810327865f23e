/**
 * How an indicator's figures read in the pane: values in their unit, the deviation (percentage points for quotas),
 * the Zielerreichung, the status a controller should see and, for "keine Daten", why. Pure: tested without React.
 */
import type { IndicatorSummary } from "../report/summary";
import type { StatusShown, Strings } from "./strings";
import { roundCommercial } from "../domain/rounding";

/** Monitoring indicators (no agreed Zielwert, compared with the previous year) are watched, never "verfehlt". */
export function isMonitoring(indicator: IndicatorSummary): boolean {
  return indicator.status === "monitoring";
}

/** The engine's status, as the sheet, the CLI and the JSON show it: the pane never judges on its own. */
export function statusShown(indicator: IndicatorSummary): StatusShown {
  return indicator.status;
}

/** Why an indicator has no figures: no Ist, or nothing to compare it with. Null when it has figures. */
export function noDataReason(indicator: IndicatorSummary, t: Strings, month: string): string | null {
  if (indicator.status !== "no-data") return null;
  // The engine says why an Ist is missing ("Die Grunddaten „ELB“ fehlen …"); without its word, the pane's own.
  if (indicator.actual === null) return indicator.reason ?? t.figures.noData.actual(month);
  return t.figures.noData.target;
}

const isQuota = (unit: string) => unit === "%";
const isEuro = (unit: string) => unit === "EUR" || unit === "€";

/** Commercially rounded (one helper for every output), then in the pane's locale. */
function number(value: number, locale: string, digits: { min: number; max: number }): string {
  return roundCommercial(value, digits.max).toLocaleString(locale, { minimumFractionDigits: digits.min, maximumFractionDigits: digits.max });
}

/** "19,7 %", "43.546.457,00 €", "4.569,5 Personen", "2,19" (a Note has no unit to show). */
export function formatValue(value: number | null, unit: string, locale: string): string {
  if (value === null) return "–";
  if (isQuota(unit)) return `${number(value, locale, { min: 1, max: 1 })} %`;
  if (isEuro(unit)) return formatEuro(value, locale);
  if (unit === "Note") return number(value, locale, { min: 2, max: 2 });
  return `${number(value, locale, { min: 0, max: 1 })} ${unit}`;
}

/** Amounts as the finance system shows them: two decimals, "81.200,50 €". */
export function formatEuro(value: number | null, locale: string): string {
  return value === null ? "–" : `${number(value, locale, { min: 2, max: 2 })} €`;
}

/** Δ against the Soll with its sign: "−0,74 pp" for quotas, "+154.648,00 €", "+59,5 Personen". */
export function formatDelta(indicator: IndicatorSummary, locale: string): string {
  const { unit } = indicator;
  if (isQuota(unit)) return indicator.deltaPp === null ? "–" : `${signed(indicator.deltaPp, locale, 2)} pp`;
  if (indicator.deltaAbs === null) return "–";
  if (isEuro(unit)) return `${signed(indicator.deltaAbs, locale, 2)} €`;
  if (unit === "Note") return signed(indicator.deltaAbs, locale, 2);
  return `${signed(indicator.deltaAbs, locale, 1)} ${unit}`;
}

/** Δ against the previous year with its sign: "+1,2 pp" for quotas, "−0,07" for grades, "+3,0 %" for amounts and stocks. */
export function formatDeltaPreviousYear(indicator: IndicatorSummary, locale: string): string {
  const { unit, deltaPreviousYear: delta } = indicator;
  if (delta === null) return "–";
  if (isQuota(unit)) return `${signed(delta, locale, 1)} pp`;
  if (unit === "Note") return signed(delta, locale, 2);
  if (unit === "Arbeitstage" || unit === "Tage") return `${signed(delta, locale, 1)} ${unit}`;
  return `${signed(delta, locale, 1)} %`;
}

export function formatPercent(value: number | null, locale: string): string {
  return value === null ? "–" : `${number(value, locale, { min: 1, max: 1 })} %`;
}

function signed(value: number, locale: string, digits: number): string {
  const text = number(Math.abs(value), locale, { min: digits, max: digits });
  if (Number(text.replace(/[^\d]/g, "")) === 0) return text;
  return `${value < 0 ? "−" : "+"}${text}`;
}

/**
 * The variance bar (IBCS): length from the relative deviation, capped at ±25 % of the Soll; good deviations (above the
 * Soll where higher is better, below where lower is better) green, bad ones red, monitoring grey.
 */
export interface VarianceBar {
  /** Share of the half-width, 0 … 1. */
  extent: number;
  side: "left" | "right";
  tone: "good" | "bad" | "neutral";
}

const BAR_CAP_PCT = 25;

export function varianceBar(indicator: IndicatorSummary): VarianceBar | null {
  if (indicator.deltaRel === null || indicator.status === "no-data") return null;
  const extent = Math.min(Math.abs(indicator.deltaRel), BAR_CAP_PCT) / BAR_CAP_PCT;
  const side = indicator.deltaRel < 0 ? "left" : "right";
  if (isMonitoring(indicator) || indicator.direction === "none" || indicator.deltaRel === 0) return { extent, side, tone: "neutral" };
  const better = indicator.direction === "up" ? indicator.deltaRel > 0 : indicator.deltaRel < 0;
  return { extent, side, tone: better ? "good" : "bad" };
}
