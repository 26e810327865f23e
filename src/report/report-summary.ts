/**
 * The JSON summary from the results: every figure the report sheets show, rounded as published (kaufmännisch, four
 * decimals for rates, cents for money). Field names are the public contract of `docs/summary.schema.json`.
 */
import { type BudgetResult, PROJECTION_NAMES } from "../domain/budget";
import type { IndicatorResult } from "../domain/goal-comparison";
import type { IndicatorDefinition } from "../domain/indicators";
import type { KennzahlRow } from "../domain/kennzahlen-overview";
import { CASE_LIST_NAMES, type DurationStats } from "../domain/processing/cases";
import { roundCommercial } from "../domain/rounding";
import { GOAL_COMPARISON_KEY } from "./report-sheets";
import type { ProcessingSection } from "./processing-sheet";
import type { SheetPlan } from "./plan";
import type { BudgetLineSummary, BudgetSummary, DurationSummary, IndicatorSummary, KennzahlSummary, ProcessingSummary } from "./summary";

const SUMMARY_UNITS: Record<IndicatorDefinition["unit"], string> = { percent: "%", eur: "EUR", persons: "Personen", grade: "Note", days: "Arbeitstage", calendarDays: "Tage" };

const round = (n: number | null, digits = 4) => (n === null ? null : roundCommercial(n, digits));

export function indicatorSummary(result: IndicatorResult): IndicatorSummary {
  const d = result.definition;
  return {
    code: d.code,
    name: d.name,
    unit: SUMMARY_UNITS[d.unit],
    direction: d.direction,
    actual: round(result.actual.value),
    target: round(result.plan.value),
    previousYear: round(result.previousYear.value),
    deltaPreviousYear: round(result.deltaPreviousYear),
    annualTarget: round(result.annualTarget),
    deltaAbs: round(result.variance.deltaAbs),
    deltaRel: round(result.variance.deltaRel),
    deltaPp: round(result.variance.deltaPp),
    attainmentPct: round(result.variance.attainmentPct),
    status: result.variance.status,
    forecast: result.forecast
      ? { december: round(result.forecast.december.value), likely: result.forecast.likely, method: result.forecast.method, backtestMae: round(result.forecast.backtestMae) }
      : null,
    ...(result.periodNote ? { periodNote: result.periodNote } : {}),
    ...(result.norm ? { norm: { ...result.norm, shareWithinPct: round(result.norm.shareWithinPct) } } : {}),
    ...(result.actual.value === null && result.actual.reason ? { reason: result.actual.reason } : {}),
  };
}

/** Where each indicator stands in the Ziel-Ist-Vergleich: its code is unique in column B. */
export function withReportRows(indicators: IndicatorSummary[], sheets: SheetPlan[]): IndicatorSummary[] {
  const sheet = sheets.find((s) => s.key === GOAL_COMPARISON_KEY);
  if (!sheet) return indicators;
  return indicators.map((indicator) => {
    const row = sheet.cells.findIndex((r) => r[1] === indicator.code);
    return row >= 0 ? { ...indicator, reportRow: row + 1 } : indicator;
  });
}

export function kennzahlSummary(row: KennzahlRow): KennzahlSummary {
  return {
    code: row.code,
    name: row.definition.name,
    direction: row.definition.direction,
    value: round(row.value),
    previousYear: round(row.previousYear),
    deltaPp: round(row.deltaPp),
    source: row.source === "berechnet" ? "computed" : row.source === "veröffentlicht" ? "published" : null,
  };
}

export function budgetSummary(budget: BudgetResult): BudgetSummary {
  const line = (l: BudgetResult["total"]): BudgetLineSummary => ({
    instrument: l.instrument,
    category: l.category,
    plan: l.plan,
    actual: l.actual,
    committed: l.committed,
    bound: l.bound,
    available: l.available,
    bindingRatePct: round(l.bindingRatePct),
    utilisationPct: round(l.utilisationPct),
    linearPlan: round(l.linearPlan, 2),
    deviationFromLinear: round(l.deviationFromLinear, 2),
    projection: round(l.projections[budget.headlineProjection], 2),
    projectionFloor: round(l.projections.commitments, 2),
    projectionRunRate: round(l.projections["run-rate"], 2),
    remainder: round(l.remainder, 2),
  });
  const d = budget.derivation;
  return {
    year: budget.year,
    derivation: {
      allocation: d.allocation,
      shift: d.shift,
      priorCommitments: d.priorCommitments,
      reserve: d.reserve,
      newBusiness: budget.newBusinessComputed,
      newBusinessStated: d.newBusiness,
      availableForIntegration: budget.availableForIntegration,
    },
    monthsElapsed: budget.monthsElapsed,
    planBasis: budget.planBasis,
    headlineProjection: PROJECTION_NAMES[budget.headlineProjection],
    runRatePreviousYear: budget.runRatePreviousYear ? round(budget.runRatePreviousYear.value, 2) : null,
    lines: budget.lines.map(line),
    total: line(budget.total),
    checks: budget.checks,
  };
}

/** The "Bearbeitungszeiten" sheet as figures: one entry per case list, for the Berichtsmonat. */
export function processingSummary(section: ProcessingSection): ProcessingSummary {
  const m = section.measures;
  return {
    kind: m.kind,
    name: CASE_LIST_NAMES[m.kind],
    sheet: section.sheet,
    period: m.period,
    limit: m.kind === "widersprueche" ? { value: 3, unit: "Monate" } : { value: m.limitWorkingDays, unit: "Arbeitstage" },
    overall: durationSummary(m.overall),
    byCategory: m.byCategory.map((c) => ({ category: c.category, ...durationSummary(c.stats) })),
    backlog: { cutOff: m.backlog.cutOff, open: m.backlog.open, buckets: m.backlog.buckets },
    histogram: m.histogram,
    outcomes: m.kind === "widersprueche" ? { ...m.outcomes, upholdRatePct: round(m.upholdRatePct), rejectionRatePct: round(m.rejectionRatePct) } : null,
    excludedCases: section.excludedCount,
  };
}

function durationSummary(stats: DurationStats): DurationSummary {
  return {
    count: stats.count,
    meanWorkingDays: round(stats.meanWorkingDays),
    medianWorkingDays: round(stats.medianWorkingDays),
    p90WorkingDays: round(stats.p90WorkingDays),
    meanCalendarDays: round(stats.meanCalendarDays),
    shareWithinLimitPct: round(stats.shareWithinLimitPct),
  };
}
