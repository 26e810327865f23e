/**
 * The Ziel-Ist-Vergleich of one indicator in one Berichtsmonat: Ist, Vorjahr, Zielwert, Soll zum Monat, deviations
 * and status. Pure: it sees Grunddaten series and an agreed target, nothing of where they came from.
 */
import { type Computed, missing, ok } from "./computed";
import { comparesByDifference, DISPLAY_DECIMALS, type IndicatorDefinition, type TargetPath } from "./indicators";
import { integrationRateYearToDate, yearToDateAverage, yearToDateSum } from "./kennzahlen";
import { addMonths, formatMonthLong, monthKey, type MonthKey, yearOf } from "./months";
import type { MonthlySeries } from "./series";
import { planForMonth } from "./target-path";
import { compareWithPlan, type Tolerance, type Variance } from "./variance";
import { pctChange } from "./windows";
import { grunddatumName } from "./grunddaten";
import { roundCommercial } from "./rounding";

export interface AgreedTarget {
  annualTarget: number | null;
  /** The band within which a miss is "gefährdet" rather than "verfehlt"; absent = none agreed (no band). */
  tolerance?: Tolerance;
  /**
   * A Zielwert agreed as a change against the previous year's result (domain.md §2.3): "+2,0 % ggü. Vorjahr" (the
   * result · (1 + x/100)) or, for a quota, "+0,5 Prozentpunkte" (the result + x). With annualTarget null the Zielwert
   * is derived from the result of December of the year before.
   */
  changeVsPreviousYear?: ChangeVsPreviousYear;
  /** The Soll zum Monat as the workbook states it (a Zielerreichung sheet phased by the controller): wins over the path. */
  statedPlan?: ReadonlyMap<MonthKey, number>;
}

export type ChangeVsPreviousYear = { percent: number } | { points: number };

export interface IndicatorResult {
  definition: IndicatorDefinition;
  month: MonthKey;
  actual: Computed;
  previousYear: Computed;
  annualTarget: number | null;
  targetPath: TargetPath;
  /** Soll zum Berichtsmonat; missing for an indicator without an agreed Zielwert (Beobachtung). */
  plan: Computed;
  /** Ist vs. Vorjahr: Prozentpunkte for quotas, % otherwise. */
  deltaPreviousYear: number | null;
  variance: Variance;
  /** Short German explanation for the Erläuterung column. */
  note: string;
  /** A norm per case the indicator is measured against (never a Zielwert), with the share of cases within it. */
  norm?: IndicatorNorm;
  /** Which period a reported Ist belongs to when it is not the Berichtsmonat ("Ist: letzter Wert vom Mai 2022."). */
  periodNote?: string;
  /** Zielerreichungsprognose: the value expected in December and whether the Zielwert is likely reached. */
  forecast?: IndicatorForecast;
}

export interface IndicatorForecast {
  december: Computed;
  /** How the December value was forecast (forecast.ts FORECAST_METHOD_TEXT). */
  method: string;
  /** ja / knapp / nein against the annual Zielwert; null without one. */
  likely: "ja" | "knapp" | "nein" | null;
  /** The band within which the forecast counts as "knapp": the larger of the tolerance and the back-test error. */
  band: number | null;
  /** Mean absolute error of forecasts made in the same month of earlier years (the back-test); null without history. */
  backtestMae: number | null;
  backtestYears: number[];
}

export interface IndicatorNorm {
  value: number;
  /** "höchstens 14 Arbeitstage je Antrag" */
  text: string;
  shareWithinPct: number | null;
}

export type BaseSeries = ReadonlyMap<string, MonthlySeries>;

export function compareIndicator(
  definition: IndicatorDefinition,
  base: BaseSeries,
  m: MonthKey,
  target: AgreedTarget | undefined,
  targetPath: TargetPath = definition.targetPath,
  /** Names of the periods values are filed under ("2. Halbjahr 2024" at 2024-12), for quarterly and half-yearly figures. */
  periodLabels?: ReadonlyMap<MonthKey, string>,
): IndicatorResult {
  const actual = measure(definition, base, m);
  const previousYear = measure(definition, base, addMonths(m, -12));
  const deltaPreviousYear = deltaVersusPreviousYear(definition, actual, previousYear);
  const tolerance = target?.tolerance ?? { kind: "absolute", value: 0 };
  const resolution = 10 ** -DISPLAY_DECIMALS[definition.unit];
  const norm = normOf(definition, base, m);
  const period = reportedPeriodNote(definition, base, m, periodLabels);
  const extras = { ...(norm ? { norm } : {}), ...(period ? { periodNote: period } : {}) };

  if (!isAgreed(target, m)) {
    // No Zielwert agreed (§48b Monitoring, or a figure the workbook only reports): watched against the previous year,
    // never judged, never given a Soll.
    const variance = observed(actual);
    const why = explainObservation(definition, base, m, norm, periodLabels);
    return { definition, month: m, actual, previousYear, annualTarget: null, targetPath, plan: missing(NO_TARGET), deltaPreviousYear, variance, note: actual.value === null ? actual.reason : why, ...extras };
  }

  const relative = target?.annualTarget == null && target?.changeVsPreviousYear !== undefined ? targetFromPreviousYear(definition, base, m, target.changeVsPreviousYear) : null;
  const annualTarget = target?.annualTarget ?? (relative ? relative.value : null);
  const stated = target?.statedPlan?.get(m);
  const plan =
    stated !== undefined ? ok(stated)
    : annualTarget === null ? relative ?? missing("Für diese Kennzahl ist kein Zielwert hinterlegt.")
    : sollForMonth(definition, base, m, annualTarget, targetPath);
  const variance = compareWithPlan({ actual: actual.value, plan: plan.value, direction: definition.direction, isQuota: definition.isQuota, tolerance, resolution });
  return { definition, month: m, actual, previousYear, annualTarget, targetPath, plan, deltaPreviousYear, variance, note: noteFor(actual, plan, explain(definition, base, m, target, targetPath, periodLabels)), ...extras };
}

const NO_TARGET = "Kein Zielwert vereinbart (Beobachtung).";

/** A Zielwert counts as agreed when the workbook states one: a level, a change against the previous year, or a Soll of the month. */
function isAgreed(target: AgreedTarget | undefined, m: MonthKey): boolean {
  if (!target) return false;
  return target.annualTarget !== null || target.changeVsPreviousYear !== undefined || target.statedPlan?.has(m) === true;
}

/** Beobachtung: no deviation from a Soll and no Zielerreichung; "keine Daten" only when there is no Ist. */
function observed(actual: Computed): Variance {
  return { deltaAbs: null, deltaRel: null, deltaPp: null, attainmentPct: null, status: actual.value === null ? "no-data" : "monitoring" };
}

/** A norm per case (14 Arbeitstage per Antrag) with the share of the month's cases within it, when the cases are there. */
function normOf(definition: IndicatorDefinition, base: BaseSeries, m: MonthKey): IndicatorNorm | undefined {
  if (!definition.norm) return undefined;
  const share = base.get(definition.norm.shareCode)?.get(m);
  return { value: definition.norm.value, text: definition.norm.text, shareWithinPct: share ?? null };
}

function explainObservation(definition: IndicatorDefinition, base: BaseSeries, m: MonthKey, norm: IndicatorNorm | undefined, periodLabels?: ReadonlyMap<MonthKey, string>): string {
  const parts = [definition.monitoringOnly ? "Beobachtung (Monitoring ohne Zielwert): Vergleich mit dem Vorjahr." : "Beobachtung: kein Zielwert vereinbart, Vergleich mit dem Vorjahr."];
  const period = reportedPeriodNote(definition, base, m, periodLabels);
  if (period) parts.push(period);
  if (norm) {
    const share = norm.shareWithinPct === null ? "" : ` – ${formatShare(norm.shareWithinPct)} der im Berichtsmonat erledigten Fälle lagen innerhalb`;
    parts.push(`Norm: ${norm.text}${share}.`);
  }
  return parts.join(" ");
}

/** "94,3 %", commercially rounded to one decimal as the sheet shows quotas. */
function formatShare(pct: number): string {
  return `${roundCommercial(pct, 1).toLocaleString("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

/** Soll zum Monat on the chosen path; the seasonal path reads the previous year's profile of the same indicator. */
export function sollForMonth(definition: IndicatorDefinition, base: BaseSeries, m: MonthKey, annualTarget: number, path: TargetPath): Computed {
  return planForMonth(annualTarget, m, path, path === "seasonal" ? previousYearProfile(definition, base, m) : undefined);
}

export function measure(definition: IndicatorDefinition, base: BaseSeries, m: MonthKey): Computed {
  const series = (key: string): MonthlySeries | Computed => base.get(key) ?? missing(`Die Grunddaten „${grunddatumName(key)}“ fehlen in der Arbeitsmappe.`);
  const spec = definition.measure;
  // Without the Grunddaten, an Ist the workbook states for the indicator itself (a Ziel-Ist row) is taken as it is.
  const stated = base.get(definition.code);
  if (spec.kind !== "reported" && stated && !grunddatenOf(spec).every((key) => base.has(key))) {
    const value = stated.get(m);
    return value === undefined ? missing(`Für „${definition.name}“ ist für ${formatMonthLong(m)} kein Ist-Wert eingetragen.`) : ok(value);
  }
  switch (spec.kind) {
    case "integration-rate-ytd": {
      const integrations = series(spec.integrations);
      const stock = series(spec.stock);
      if (!(integrations instanceof Map)) return integrations as Computed;
      if (!(stock instanceof Map)) return stock as Computed;
      return integrationRateYearToDate(integrations, stock, m);
    }
    case "stock-ytd-average": {
      const stock = series(spec.stock);
      return stock instanceof Map ? yearToDateAverage(stock, m, definition.name) : (stock as Computed);
    }
    case "flow-ytd-sum": {
      const flow = series(spec.flow);
      return flow instanceof Map ? yearToDateSum(flow, m, definition.name) : (flow as Computed);
    }
    case "reported": {
      const reported = base.get(definition.code);
      if (!reported) return missing(`Für „${definition.name}“ liegen keine Werte vor.`);
      const found = latestReported(reported, m, spec.maxAgeMonths);
      return found ? ok(found.value) : missing(`Für „${definition.name}“ liegt für ${formatMonthLong(m)} kein Wert vor.`);
    }
  }
}

function grunddatenOf(spec: IndicatorDefinition["measure"]): string[] {
  switch (spec.kind) {
    case "integration-rate-ytd":
      return [spec.integrations, spec.stock];
    case "stock-ytd-average":
      return [spec.stock];
    case "flow-ytd-sum":
      return [spec.flow];
    case "reported":
      return [];
  }
}

/** The value of month m, or of the latest month before it within maxAge months (half-yearly surveys). */
export function latestReported(series: MonthlySeries, m: MonthKey, maxAgeMonths: number): { month: MonthKey; value: number } | null {
  for (let age = 0; age <= maxAgeMonths; age++) {
    const month = addMonths(m, -age);
    const value = series.get(month);
    if (value !== undefined) return { month, value };
  }
  return null;
}

function deltaVersusPreviousYear(definition: IndicatorDefinition, actual: Computed, previousYear: Computed): number | null {
  if (actual.value === null || previousYear.value === null) return null;
  return comparesByDifference(definition) ? actual.value - previousYear.value : pctChange(ok(actual.value), ok(previousYear.value)).value;
}

function previousYearProfile(definition: IndicatorDefinition, base: BaseSeries, m: MonthKey) {
  const previous = addMonths(m, -12);
  return { atMonth: measure(definition, base, previous), atDecember: measure(definition, base, monthKey(yearOf(previous), 12)) };
}

/**
 * "+2,0 % ggü. Vorjahr": the previous year's result — the indicator's value in December of the year before (the JFW
 * of a quota, the Jahresdurchschnitt of a Bestand, the annual sum of a flow) — changed by x percent, or by x
 * Prozentpunkte for a quota. Without that result the Zielwert stays empty and says why; it is never the "2,0" read as
 * a level.
 */
function targetFromPreviousYear(definition: IndicatorDefinition, base: BaseSeries, m: MonthKey, change: ChangeVsPreviousYear): Computed {
  const december = monthKey(yearOf(m) - 1, 12);
  const text = changeText(change);
  if ("points" in change && definition.unit !== "percent") return missing(`Zielwert „${text}“: Prozentpunkte passen nur zu einer Quote, nicht zu „${definition.name}“.`);
  const result = measure(definition, base, december);
  if (result.value === null) return missing(`Zielwert „${text}“: das Vorjahresergebnis (${formatMonthLong(december)}) fehlt – ${result.reason}`);
  return ok("points" in change ? result.value + change.points : result.value * (1 + change.percent / 100));
}

function changeText(change: ChangeVsPreviousYear): string {
  const value = "points" in change ? change.points : change.percent;
  return `${value >= 0 ? "+" : "−"}${Math.abs(value).toLocaleString("de-DE")} ${"points" in change ? "Prozentpunkte" : "%"} ggü. Vorjahr`;
}

function explain(definition: IndicatorDefinition, base: BaseSeries, m: MonthKey, target: AgreedTarget | undefined, path: TargetPath, periodLabels?: ReadonlyMap<MonthKey, string>): string {
  const parts: string[] = [];
  if (target?.annualTarget == null && target?.changeVsPreviousYear !== undefined) {
    parts.push(`Zielwert abgeleitet: Vorjahresergebnis ${formatMonthLong(monthKey(yearOf(m) - 1, 12))} ${changeText(target.changeVsPreviousYear).replace(/^([+−])/, "$1 ").replace(" ggü. Vorjahr", "")}.`);
  }
  if (target?.statedPlan?.has(m)) {
    parts.push("Soll: wie im Blatt für den Berichtsmonat angegeben.");
    return parts.join(" ");
  }
  const period = reportedPeriodNote(definition, base, m, periodLabels);
  if (period) parts.push(period);
  parts.push(pathNote(path));
  return parts.join(" ");
}

/** Which period a reported value belongs to, when it is not the Berichtsmonat ("letzter Wert vom Mai 2022"). */
export function reportedPeriodNote(definition: IndicatorDefinition, base: BaseSeries, m: MonthKey, periodLabels?: ReadonlyMap<MonthKey, string>): string | null {
  if (definition.measure.kind !== "reported") return null;
  const found = latestReported(base.get(definition.code) ?? new Map(), m, definition.measure.maxAgeMonths);
  const period = found ? periodLabels?.get(found.month) : undefined;
  if (period) return `Ist: ${period}.`;
  if (found && found.month !== m) return `Ist: letzter Wert vom ${formatMonthLong(found.month)}.`;
  return null;
}

function pathNote(path: TargetPath): string {
  switch (path) {
    case "linear":
      return "Soll: Zielwert linear auf den Berichtsmonat verteilt.";
    case "seasonal":
      return "Soll: Zielwert nach dem Vorjahresverlauf verteilt.";
    case "annual":
      return "Soll: Zielwert (gilt in jedem Monat).";
  }
}

function noteFor(actual: Computed, reference: Computed, fallback: string): string {
  if (actual.value === null) return actual.reason;
  if (reference.value === null) return reference.reason;
  return fallback;
}
