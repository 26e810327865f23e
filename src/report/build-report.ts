/**
 * The pipeline in one call: what was read from the workbook → source records → indicator results → sheet plan.
 * Used by the CLI and by the task pane alike.
 */
import { computeBudget, type BudgetResult, PROJECTION_NAMES } from "../domain/budget";
import { type AgreedTarget, type BaseSeries, compareIndicator, type IndicatorResult, latestReported, measure, sollForMonth } from "../domain/goal-comparison";
import { ALL_INDICATORS, type IndicatorDefinition, type TargetPath } from "../domain/indicators";
import { type Message, message } from "../domain/messages";
import { addMonths, formatMonthLong, januaryOf, type MonthKey, monthRange, yearOf } from "../domain/months";
import { latestMonth } from "../domain/series";
import { readSources, type SourceData } from "../sources/read-sources";
import type { WorkbookRead } from "../workbook/port";
import { buildBudgetSheet } from "./budget-sheet";
import { buildGoalComparisonSheet, GOAL_COMPARISON_KEY, type IndicatorTrend } from "./goal-comparison-sheet";
import type { ReportPlan, SheetPlan } from "./plan";
import type { BudgetLineSummary, BudgetSummary, IndicatorSummary, KennzahlSummary, ReportSummary } from "./summary";
import { kennzahlenOverview, type KennzahlRow } from "../domain/kennzahlen-overview";
import { buildKennzahlenSheet } from "./kennzahlen-sheet";
import { type CaseMeasures, measureCases, monthlyMedians } from "../domain/processing/cases";
import type { WorkingCalendar } from "../domain/processing/working-days";
import type { Land } from "../domain/processing/holidays";
import { ok } from "../domain/computed";
import { quota } from "../domain/windows";
import { buildProcessingSheet, type ProcessingSection } from "./processing-sheet";
import { summarizeSources } from "./source-summary";
import type { Tolerance } from "../domain/variance";
import type { ReportSheetKey } from "./report-sheets";

export interface ReportOptions {
  /** Berichtsmonat as "YYYY-MM"; omitted = the latest month with reported Ist values. */
  reportMonth?: string;
  /**
   * Zielpfad for cumulative indicators (Jahresfortschrittswerte, sums): linear (default, m/12) or seasonal (the previous
   * year's cumulative profile). Stocks and monthly standards always compare with the annual Zielwert.
   */
  cumulativeTargetPath?: "linear" | "seasonal";
  /**
   * Tolerance for targets that come without one ("gefährdet" instead of "verfehlt" within it): percentage points for
   * quotas, percent of the Soll for everything else. Omitted = no band.
   */
  defaultTolerance?: { pp: number; percent: number };
  /** Which report sheets to write (default: every sheet the data allows). */
  sheets?: ReportSheetKey[];
  /** Use the Berichtsmonat remembered in the workbook when none is given (ribbon "Aktualisieren"). */
  useRememberedSettings?: boolean;
  /** Today's date (ISO); defaults to the system date. Case dates after it are reported. */
  today?: string;
  /** Months the K2 denominator lags (BIAJ: 1; BA does not document it). */
  integrationDenominatorLag?: number;
  /** Land whose public holidays count for Arbeitstage (default Niedersachsen). */
  land?: Land;
}

export interface ReportOutcome {
  plan: ReportPlan;
  summary: ReportSummary;
  messages: Message[];
}

export function buildReport(read: WorkbookRead, options: ReportOptions = {}): ReportOutcome {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const sources = readSources(read, { today });
  const messages: Message[] = [...sources.messages];
  const month = options.reportMonth ?? defaultReportMonth(sources);
  const sheets: SheetPlan[] = [];
  let results: IndicatorResult[] = [];
  let kennzahlen: KennzahlRow[] = [];

  if (month !== null) {
    if (sources.baseSeriesSheet !== null && !hasAnyValueIn(sources, month)) {
      messages.push(message("warning", `Für ${formatMonthLong(month)} sind noch keine Grunddaten gemeldet; alle Ist-Werte bleiben leer.`, sources.baseSeriesSheet));
    }
    // Reported indicator values live under their code, beside the Grunddaten Kürzel (which are lower case).
    const calendar: WorkingCalendar = { land: options.land ?? "NI", closingDays: sources.closingDays };
    const processing = processingFor(sources, month, today, calendar);
    const series = new Map([...sources.baseSeries, ...processing.derived, ...sources.reported]);
    results = [...ALL_INDICATORS, ...sources.localIndicators]
      .filter((d) => isShown(d, sources, processing.derived))
      .map((d) => withDirectionOverride(d, sources))
      .map((definition) => compareIndicator(definition, series, month, targetFor(definition, sources, month, options), pathFor(definition, options)));
    const footnotes = sourceFootnotes(sources, messages);
    sheets.push(
      buildGoalComparisonSheet(results, { jobcenter: sources.jobcenter, month, dataAsOf: sources.dataAsOf, footnotes }, trendsFor(results, series, month)),
    );
    const overview = kennzahlenOverview(sources.baseSeries, sources.published, month, { integrationDenominatorLag: options.integrationDenominatorLag ?? 1 });
    kennzahlen = overview.rows;
    messages.push(...overview.messages);
    sheets.push(buildKennzahlenSheet(overview.rows, { jobcenter: sources.jobcenter, month, dataAsOf: sources.dataAsOf }));
    if (processing.sections.length > 0) sheets.push(buildProcessingSheet(processing.sections, { jobcenter: sources.jobcenter, month }));
  }

  const budget = sources.budget ? budgetResult(sources, month) : null;
  if (budget) {
    messages.push(...budget.checks);
    sheets.push(buildBudgetSheet(budget, { jobcenter: sources.jobcenter, dataAsOf: sources.dataAsOf }));
  }

  const chosen = options.sheets ? sheets.filter((s) => (options.sheets as string[]).includes(s.key)) : sheets;
  return {
    plan: { sheets: chosen },
    summary: { reportMonth: month, sources: summarizeSources(sources), mappings: sources.mappings, indicators: withReportRows(results.map(indicatorSummary), chosen), kennzahlen: kennzahlen.map(kennzahlSummary), budget: budget ? budgetSummary(budget) : null, messages },
    messages,
  };
}

/** The user's Richtung from the Zielwerte table wins over the catalogue's default. */
function withDirectionOverride(definition: IndicatorDefinition, sources: SourceData): IndicatorDefinition {
  const direction = sources.targets.get(definition.code)?.direction;
  return direction && direction !== definition.direction ? { ...definition, direction } : definition;
}

function pathFor(definition: IndicatorDefinition, options: ReportOptions): TargetPath {
  return definition.targetPath === "annual" ? "annual" : options.cumulativeTargetPath ?? definition.targetPath;
}

/** §48b indicators are always shown; quality and local indicators only when the workbook has figures for them. */
function isShown(definition: IndicatorDefinition, sources: SourceData, derived: ReadonlyMap<string, unknown>): boolean {
  if (definition.measure.kind !== "reported") return true;
  return sources.reported.has(definition.code) || derived.has(definition.code) || sources.targets.has(definition.code) || sources.monthlyTargets.has(definition.code);
}

/** The agreed target: from the Zielwerte table, else the Ziel given next to the reported value of the month. */
function targetFor(definition: IndicatorDefinition, sources: SourceData, month: MonthKey, options: ReportOptions): AgreedTarget | undefined {
  const fallback = defaultToleranceFor(definition, options);
  const agreed = sources.targets.get(definition.code);
  if (agreed) return agreed.tolerance || !fallback ? agreed : { ...agreed, tolerance: fallback };
  const monthly = sources.monthlyTargets.get(definition.code);
  if (!monthly) return undefined;
  const found = latestReported(monthly, month, 12);
  return found ? { annualTarget: found.value, ...(fallback ? { tolerance: fallback } : {}) } : undefined;
}

/** The report's own tolerance, for targets that come without one: pp for quotas, % of the Soll for the rest. */
function defaultToleranceFor(definition: IndicatorDefinition, options: ReportOptions): Tolerance | undefined {
  const band = options.defaultTolerance;
  if (!band) return undefined;
  return definition.isQuota ? { kind: "absolute", value: band.pp } : { kind: "relative", percent: band.percent };
}

/**
 * Case lists measured for the Berichtsmonat (and the same month a year before, for ΔVJ). Their figures feed the quality
 * indicators when the workbook does not report those directly.
 */
function processingFor(sources: SourceData, month: MonthKey, today: string, calendar: WorkingCalendar): { sections: ProcessingSection[]; derived: Map<string, Map<MonthKey, number>> } {
  const derived = new Map<string, Map<MonthKey, number>>();
  const put = (code: string, m: MonthKey, value: number | null) => {
    if (value === null) return;
    if (!derived.has(code)) derived.set(code, new Map());
    derived.get(code)?.set(m, value);
  };
  // Widerspruchs- und Klagequote from monthly counts when the Grunddaten carry Bescheide, Widersprüche and Klagen.
  const notices = sources.baseSeries.get("bescheide");
  for (const [code, key] of [["WSQ", "widersprueche"], ["KLQ", "klagen"]] as const) {
    const counts = sources.baseSeries.get(key);
    if (!notices || !counts) continue;
    for (const [m, n] of counts) {
      const base = notices.get(m);
      if (base !== undefined) put(code, m, quota(ok(n), ok(base)).value);
    }
  }
  const sections = sources.caseLists.map((list) => {
    const current = measureCases(list.kind, list.cases, periodOf(month, today), { calendar });
    const previousMonth = addMonths(month, -12);
    feedQualityIndicators(measureCases(list.kind, list.cases, periodOf(previousMonth, today), { calendar }), previousMonth, put);
    feedQualityIndicators(current, month, put);
    const excluded = Object.values(list.excluded).reduce((a, b) => a + b, 0);
    return {
      measures: current,
      trend: monthlyMedians(list.cases, monthRange(addMonths(month, -11), month), calendar),
      excludedNote: excluded > 0 ? `${excluded} ${excluded === 1 ? "Fall" : "Fälle"} wegen fehlender oder unplausibler Daten nicht berücksichtigt (Hinweise mit Zellangabe im Aufgabenbereich bzw. in der JSON-Zusammenfassung).` : null,
      sheet: list.sheet,
    };
  });
  return { sections, derived };
}

/** Which quality indicator each case list measures. */
function feedQualityIndicators(measures: CaseMeasures, m: MonthKey, put: (code: string, m: MonthKey, value: number | null) => void): void {
  switch (measures.kind) {
    case "leistungsantraege":
      put("BD", m, measures.overall.meanWorkingDays);
      break;
    case "widersprueche":
      put("WSD", m, measures.overall.meanWorkingDays);
      put("STQ", m, measures.upholdRatePct);
      break;
    case "erstberatung":
      put("EB_U25", m, measures.byCategory.find((c) => c.category === "U25")?.stats.meanWorkingDays ?? null);
      put("EB_UE25", m, measures.byCategory.find((c) => c.category === "Ü25")?.stats.meanWorkingDays ?? null);
      break;
  }
}

/** The Berichtsmonat as a date range; the backlog is taken at its end, or today if the month is not over yet. */
function periodOf(month: MonthKey, today: string): { from: string; to: string } {
  const from = `${month}-01`;
  const last = new Date(Date.UTC(yearOf(month), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return { from, to: last < today ? last : today };
}

/** The latest month for which any Grunddatum was reported (later columns may exist but be empty). */
function defaultReportMonth(sources: SourceData): MonthKey | null {
  let latest: MonthKey | null = null;
  for (const series of sources.baseSeries.values()) {
    const m = latestMonth(series);
    if (m !== null && (latest === null || m > latest)) latest = m;
  }
  if (latest !== null) return latest;
  // Without Grunddaten: the month of the latest reported quality value or decided case.
  for (const series of sources.reported.values()) {
    const m = latestMonth(series);
    if (m !== null && (latest === null || m > latest)) latest = m;
  }
  for (const list of sources.caseLists) {
    for (const c of list.cases) if (c.end !== null && (latest === null || c.end.slice(0, 7) > latest)) latest = c.end.slice(0, 7);
  }
  return latest;
}

function hasAnyValueIn(sources: SourceData, month: MonthKey): boolean {
  return [...sources.baseSeries.values()].some((s) => s.has(month));
}

/** Ist, Soll and Vorjahr for January … Berichtsmonat of every §48b indicator that has a Zielwert. */
function trendsFor(results: IndicatorResult[], series: BaseSeries, month: MonthKey): IndicatorTrend[] {
  const months = monthRange(januaryOf(month), month);
  return results
    .filter((r) => r.definition.goal !== "Qualität" && r.definition.goal !== "Lokale Ziele" && r.annualTarget !== null)
    .map((r) => ({
      title: `${r.definition.name} ${yearOf(month)}: Ist, Soll und Vorjahr`,
      unit: r.definition.unit,
      months,
      actual: months.map((m) => measure(r.definition, series, m).value),
      plan: months.map((m) => sollForMonth(r.definition, series, m, r.annualTarget as number, r.targetPath).value),
      previousYear: months.map((m) => measure(r.definition, series, addMonths(m, -12)).value),
    }));
}

function budgetResult(sources: SourceData, month: MonthKey | null): BudgetResult | null {
  const found = sources.budget;
  if (!found) return null;
  const year = found.year ?? (month ? yearOf(month) : new Date().getFullYear());
  const monthly = (sources.budgetMonths?.months ?? []).filter((m) => yearOf(m.month) === year);
  const lastMonth = monthly.length > 0 ? Number(monthly[monthly.length - 1].month.slice(5, 7)) : null;
  return computeBudget({
    year,
    monthsElapsed: found.monthsElapsed ?? lastMonth ?? (month && yearOf(month) === year ? Number(month.slice(5, 7)) : null),
    derivation: found.derivation,
    derivationCells: found.derivationCells,
    lines: found.lines,
    statedTotal: found.statedTotal,
    monthlyActual: monthly,
  });
}

function sourceFootnotes(sources: SourceData, messages: Message[]): string[] {
  const notes: string[] = [];
  const where = [
    sources.baseSeriesSheet && `Grunddaten: Blatt „${sources.baseSeriesSheet}“`,
    sources.targetsSheet && `Zielwerte: Blatt „${sources.targetsSheet}“`,
    ...sources.reportedSheets.map((s) => `Qualitätskennzahlen: Blatt „${s}“`),
  ].filter(Boolean);
  if (where.length > 0) notes.push(`Quellen: ${where.join("; ")}.`);
  // A report refreshed from the ribbon must say itself that a confirmed sheet was left out, not just miss its figures.
  const changed = sources.mappings.filter((m) => m.status === "changed").map((m) => `„${m.sheet}“`);
  if (changed.length > 0) notes.push(`Nicht verwendet, weil sich der Aufbau seit der Bestätigung geändert hat: ${changed.length === 1 ? "Blatt" : "Blätter"} ${changed.join(", ")} – bitte im Aufgabenbereich unter „Quellen“ neu bestätigen.`);
  const problems = messages.filter((m) => m.level !== "info").length;
  if (problems > 0) notes.push(`${problems} Hinweis(e) zu den Quelldaten – siehe Aufgabenbereich bzw. JSON-Zusammenfassung.`);
  return notes;
}

const SUMMARY_UNITS: Record<IndicatorDefinition["unit"], string> = { percent: "%", eur: "EUR", persons: "Personen", grade: "Note", days: "Arbeitstage" };

const round = (n: number | null, digits = 4) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

function indicatorSummary(result: IndicatorResult): IndicatorSummary {
  const d = result.definition;
  return {
    code: d.code,
    name: d.name,
    unit: SUMMARY_UNITS[d.unit],
    direction: d.direction,
    actual: round(result.actual.value),
    target: round(result.plan.value),
    annualTarget: round(result.annualTarget),
    deltaAbs: round(result.variance.deltaAbs),
    deltaRel: round(result.variance.deltaRel),
    deltaPp: round(result.variance.deltaPp),
    attainmentPct: round(result.variance.attainmentPct),
    status: result.variance.status,
  };
}

/** Where each indicator stands in the Ziel-Ist-Vergleich: its code is unique in column B. */
function withReportRows(indicators: IndicatorSummary[], sheets: SheetPlan[]): IndicatorSummary[] {
  const sheet = sheets.find((s) => s.key === GOAL_COMPARISON_KEY);
  if (!sheet) return indicators;
  return indicators.map((indicator) => {
    const row = sheet.cells.findIndex((r) => r[1] === indicator.code);
    return row >= 0 ? { ...indicator, reportRow: row + 1 } : indicator;
  });
}

function kennzahlSummary(row: KennzahlRow): KennzahlSummary {
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

function budgetSummary(budget: BudgetResult): BudgetSummary {
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
    headlineProjection: PROJECTION_NAMES[budget.headlineProjection],
    lines: budget.lines.map(line),
    total: line(budget.total),
    checks: budget.checks,
  };
}
