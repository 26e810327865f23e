/**
 * From source records to results and sheet plans: the compute and plan stages of the pipeline (src/pipeline runs
 * them after reading). Pure: the same records and settings always give the same report.
 */
import { computeBudget, type BudgetResult } from "../domain/budget";
import { type AgreedTarget, type BaseSeries, compareIndicator, type IndicatorResult, latestReported, measure, sollForMonth } from "../domain/goal-comparison";
import { ALL_INDICATORS, DISPLAY_DECIMALS, type IndicatorDefinition, STEERING_GOALS, type TargetPath } from "../domain/indicators";
import { type Message, message } from "../domain/messages";
import { addMonths, formatMonthLong, januaryOf, type MonthKey, monthOf, monthRange, yearOf } from "../domain/months";
import { backtest, FORECAST_METHOD_TEXT, forecastDecember, likelyReached } from "../domain/forecast";
import { thirteenMonths } from "../domain/thirteen-months";
import { latestMonth } from "../domain/series";
import { type SourceData, targetsForYear } from "../sources/read-sources";
import type { FoundTarget } from "../sources/find-targets";
import { buildBudgetSheet } from "./budget-sheet";
import { buildGoalComparisonSheet, type IndicatorTrend } from "./goal-comparison-sheet";
import type { ReportPlan, SheetPlan } from "./plan";
import type { ReportSummary } from "./summary";
import { kennzahlenOverview, type KennzahlRow } from "../domain/kennzahlen-overview";
import { buildKennzahlenSheet } from "./kennzahlen-sheet";
import { measureCases, monthlyMedians } from "../domain/processing/cases";
import type { WorkingCalendar } from "../domain/processing/working-days";
import type { IsoDate, Land } from "../domain/processing/holidays";
import { QualityFeed } from "../domain/processing/quality-feed";
import { buildProcessingSheet, type ProcessingSection } from "./processing-sheet";
import { summarizeSources } from "./source-summary";
import type { Tolerance } from "../domain/variance";
import type { ReportSheetKey } from "./report-sheets";
import { compareWithPeers, type PeerComparison } from "../domain/peers/compare-with-peers";
import { buildComparisonSheet } from "./comparison-sheet";
import { summarizeComparison } from "./comparison-summary";
import { COMPARISON_KEY } from "./report-sheets";
import { budgetSummary, indicatorSummary, kennzahlSummary, processingSummary, withReportRows } from "./report-summary";

/** What the computation needs to know beyond the records; validated and completed by the pipeline. */
export interface ReportSettings {
  /** Berichtsmonat; omitted = the latest month with reported Ist values. */
  reportMonth?: MonthKey;
  /**
   * Zielpfad for cumulative indicators (Jahresfortschrittswerte, sums): linear (m/12), seasonal (the previous year's
   * cumulative profile) or auto (default: seasonal where the previous year is in the workbook, else linear). Stocks and
   * monthly standards always compare with the annual Zielwert.
   */
  cumulativeTargetPath?: "linear" | "seasonal" | "auto";
  /**
   * Tolerance for targets that come without one ("gefährdet" instead of "verfehlt" within it): percentage points for
   * quotas, percent of the Soll for everything else. Omitted = no band.
   */
  defaultTolerance?: { pp: number; percent: number };
  /** Which report sheets to write (default: every sheet the data allows). */
  sheets?: readonly ReportSheetKey[];
  /** Today's date; case dates after it are reported. */
  today: IsoDate;
  /** Months the K2 denominator lags (BIAJ: 1; BA does not document it). */
  integrationDenominatorLag: number;
  /** Land whose public holidays count for Arbeitstage. */
  land: Land;
  /** "Stand:" / "Buchungsstand" as each source sheet writes it, by sheet name: the Datenstand of each report sheet. */
  dataAsOfBySheet?: ReadonlyMap<string, string>;
  /** The user's Vergleichstyp of the own Jobcenter, for an all-Jobcenter table that names none (the table's wins). */
  comparisonType?: string;
}

export interface ReportOutcome {
  plan: ReportPlan;
  summary: ReportSummary;
  messages: Message[];
}

export function buildReport(sources: SourceData, settings: ReportSettings): ReportOutcome {
  const { today } = settings;
  const messages: Message[] = [...sources.messages];
  const month = settings.reportMonth ?? sources.statedReportMonth ?? defaultReportMonth(sources);
  const sheets: SheetPlan[] = [];
  let results: IndicatorResult[] = [];
  let kennzahlen: KennzahlRow[] = [];
  let processing: ProcessingSection[] = [];

  if (month !== null) {
    if (sources.baseSeriesSheets.length > 0 && !hasAnyValueIn(sources, month)) {
      messages.push(message("warning", `Für ${formatMonthLong(month)} sind noch keine Grunddaten gemeldet; alle Ist-Werte bleiben leer.`, sources.baseSeriesSheets.length === 1 ? sources.baseSeriesSheets[0] : undefined));
    }
    const targets = targetsForYear(sources, yearOf(month));
    if (targets.size === 0 && sources.targetSets.length > 0) {
      messages.push(message("warning", `Für ${yearOf(month)} stehen keine Zielwerte in der Arbeitsmappe (nur für ${sources.targetSets.map((t) => t.year).filter((y) => y !== null).join(", ")}); der Bericht vergleicht nur mit dem Vorjahr.`));
    }
    const calendar: WorkingCalendar = { land: settings.land, closingDays: sources.closingDays };
    const feed = new QualityFeed();
    processing = processingFor(sources, month, today, calendar, feed);
    // Reported indicator values live under their code, beside the Grunddaten Kürzel (which are lower case).
    const series = new Map([...sources.baseSeries, ...feed.derived, ...sources.reported]);
    results = [...ALL_INDICATORS, ...sources.localIndicators]
      .filter((d) => isShown(d, sources, targets, feed.derived))
      .map((d) => withDirectionOverride(d, targets))
      .map((d) => withReportingPeriod(d, sources))
      .map((d) => withSourceUnit(d, sources))
      .map((definition) => {
        const target = targetFor(definition, sources, targets, month, settings);
        const result = compareIndicator(definition, series, month, target, pathFor(definition, settings, series, month), periodLabels(sources, definition.code));
        return withForecast(result, series, target);
      });
    const footnotes = sourceFootnotes(sources, messages);
    const asOf = dataAsOfText([...sources.baseSeriesSheets, ...sources.targetsSheets, ...sources.reportedSheets], sources, settings);
    sheets.push(buildGoalComparisonSheet(results, { jobcenter: sources.jobcenter, month, dataAsOf: asOf, footnotes }, trendsFor(results, series, month)));
    const overview = kennzahlenOverview(sources.baseSeries, sources.published, month, { integrationDenominatorLag: settings.integrationDenominatorLag });
    kennzahlen = overview.rows;
    messages.push(...overview.messages);
    const recent = thirteenMonths(sources.baseSeries, month, settings.integrationDenominatorLag);
    sheets.push(buildKennzahlenSheet(overview.rows, { jobcenter: sources.jobcenter, month, dataAsOf: dataAsOfText(sources.baseSeriesSheets, sources, settings) }, recent));
    if (processing.length > 0) sheets.push(buildProcessingSheet(processing, { jobcenter: sources.jobcenter, month, land: settings.land }));
  }

  const budget = sources.budget ? budgetResult(sources, month) : null;
  if (budget) {
    messages.push(...budget.checks);
    const budgetSheets = [sources.budget?.sheet ?? "", ...(sources.budgetMonths ? [sources.budgetMonths.sheet] : [])].filter(Boolean);
    sheets.push(buildBudgetSheet(budget, { jobcenter: sources.jobcenter, dataAsOf: dataAsOfText(budgetSheets, sources, settings) }));
  }

  const peers = peerComparison(sources, settings.comparisonType);
  if (peers) {
    messages.push(...peers.comparison.messages);
    sheets.push(peers.sheet);
  }

  const chosen = settings.sheets ? sheets.filter((s) => settings.sheets?.includes(s.key as ReportSheetKey)) : sheets;
  return {
    plan: { sheets: chosen },
    summary: {
      reportMonth: month,
      land: settings.land,
      sources: summarizeSources(sources),
      mappings: sources.mappings,
      indicators: withReportRows(results.map(indicatorSummary), chosen),
      kennzahlen: kennzahlen.map(kennzahlSummary),
      budget: budget ? budgetSummary(budget) : null,
      processing: processing.map(processingSummary),
      comparison: peers ? summarizeComparison(peers.comparison, chosen.find((s) => s.key === COMPARISON_KEY)) : [],
      messages,
    },
    messages,
  };
}

/** The own Jobcenter beside its Vergleichstyp, when the workbook holds an all-Jobcenter table and the own row is chosen. */
function peerComparison(sources: SourceData, comparisonType: string | undefined): { comparison: PeerComparison; sheet: SheetPlan } | null {
  const table = sources.crossSection;
  const own = sources.ownJobcenter;
  if (!table || !own) return null;
  const comparison = compareWithPeers(table, own, comparisonType ? { label: comparisonType } : undefined);
  return { comparison, sheet: buildComparisonSheet(comparison, { sourceSheet: table.sheet, sourceNotes: table.footnotes }) };
}

/** The user's Richtung from the Zielwerte table wins over the catalogue's default. */
function withDirectionOverride(definition: IndicatorDefinition, targets: ReadonlyMap<string, FoundTarget>): IndicatorDefinition {
  const direction = targets.get(definition.code)?.direction;
  return direction && direction !== definition.direction ? { ...definition, direction } : definition;
}

/**
 * Quarterly and half-yearly figures are compared at the latest period that has ended by the Berichtsmonat: a value
 * up to two periods old still counts (the next one may not be published yet), and the report names its period.
 */
function withReportingPeriod(definition: IndicatorDefinition, sources: SourceData): IndicatorDefinition {
  const kinds = new Set([...(sources.periods.get(definition.code)?.values() ?? [])].map((p) => p.kind));
  if (definition.measure.kind !== "reported" || kinds.size === 0) return definition;
  const maxAgeMonths = Math.max(definition.measure.maxAgeMonths, kinds.has("half-year") ? 11 : 5);
  return { ...definition, measure: { ...definition.measure, maxAgeMonths } };
}

/** A duration the source gives in Tage (Kalendertage) is shown in Tage, never relabelled Arbeitstage; and back. */
function withSourceUnit(definition: IndicatorDefinition, sources: SourceData): IndicatorDefinition {
  const stated = sources.units.get(definition.code);
  const durations: ReadonlyArray<IndicatorDefinition["unit"]> = ["days", "calendarDays"];
  if (!stated || stated === definition.unit || !durations.includes(stated) || !durations.includes(definition.unit)) return definition;
  return { ...definition, unit: stated };
}

function periodLabels(sources: SourceData, code: string): Map<MonthKey, string> | undefined {
  const periods = sources.periods.get(code);
  return periods ? new Map([...periods].map(([m, p]) => [m, p.label])) : undefined;
}

/**
 * Stocks and monthly standards compare with the annual Zielwert. Cumulative values follow the user's choice; "auto"
 * (the default) is seasonal where the previous year's course is in the workbook (domain §2.4 b), linear otherwise.
 */
function pathFor(definition: IndicatorDefinition, options: ReportSettings, series: BaseSeries, month: MonthKey): TargetPath {
  if (definition.targetPath === "annual") return "annual";
  const chosen = options.cumulativeTargetPath ?? "auto";
  if (chosen !== "auto") return chosen;
  return hasPreviousYearCourse(definition, series, month) ? "seasonal" : "linear";
}

/** The previous year's value in the same month and in December, both positive: a seasonal profile can be formed. */
function hasPreviousYearCourse(definition: IndicatorDefinition, series: BaseSeries, month: MonthKey): boolean {
  const previous = addMonths(month, -12);
  const atMonth = measure(definition, series, previous).value;
  const atDecember = measure(definition, series, `${yearOf(previous)}-12`).value;
  return atMonth !== null && atDecember !== null && atMonth > 0 && atDecember > 0;
}

/**
 * The year-end forecast of an indicator with an Ist, with "ja / knapp / nein" against its annual Zielwert. "knapp"
 * when the forecast lies within the larger of the agreed tolerance and the back-test's mean error for this month.
 */
function withForecast(result: IndicatorResult, series: BaseSeries, target: AgreedTarget | undefined): IndicatorResult {
  if (result.actual.value === null) return result;
  const forecast = forecastDecember(result.definition, series, result.month);
  const history = backtest(result.definition, series, result.month).find((row) => row.monthOfYear === monthOf(result.month));
  const mae = history?.meanAbsoluteError ?? null;
  const annual = result.annualTarget;
  const tolerance = target?.tolerance && annual !== null ? (target.tolerance.kind === "absolute" ? target.tolerance.value : (Math.abs(annual) * target.tolerance.percent) / 100) : 0;
  const shownStep = 10 ** -DISPLAY_DECIMALS[result.definition.unit] / 2;
  const band = annual === null ? null : Math.max(tolerance, forecast.method === "actual" ? 0 : mae ?? 0, shownStep);
  const value = forecast.value.value;
  const likely = annual !== null && value !== null && band !== null ? likelyReached(value, annual, result.definition.direction, band) : null;
  return {
    ...result,
    forecast: { december: forecast.value, method: FORECAST_METHOD_TEXT[forecast.method], likely, band, backtestMae: forecast.method === "actual" ? null : mae, backtestYears: history?.years ?? [] },
  };
}

/**
 * §48b indicators are shown whenever the workbook holds Grunddaten or Zielwerte (a missing Grunddatum is then worth a
 * "keine Daten" with its reason); a workbook of only budget or quality figures is not filled with cards for what it
 * never meant to hold. Quality and local indicators only when the workbook has figures for them.
 */
function isShown(definition: IndicatorDefinition, sources: SourceData, targets: ReadonlyMap<string, FoundTarget>, derived: ReadonlyMap<string, unknown>): boolean {
  if (definition.measure.kind !== "reported") return sources.baseSeries.size > 0 || targets.size > 0 || sources.reported.has(definition.code);
  return sources.reported.has(definition.code) || derived.has(definition.code) || targets.has(definition.code) || sources.monthlyTargets.has(definition.code);
}

/** The agreed target: from the Zielwerte table, else the Ziel given next to the reported value of the month. */
function targetFor(definition: IndicatorDefinition, sources: SourceData, targets: ReadonlyMap<string, FoundTarget>, month: MonthKey, options: ReportSettings): AgreedTarget | undefined {
  const fallback = defaultToleranceFor(definition, options);
  const agreed = targets.get(definition.code);
  if (agreed) return agreed.tolerance || !fallback ? agreed : { ...agreed, tolerance: fallback };
  const monthly = sources.monthlyTargets.get(definition.code);
  if (!monthly) return undefined;
  const found = latestReported(monthly, month, 12);
  return found ? { annualTarget: found.value, ...(fallback ? { tolerance: fallback } : {}) } : undefined;
}

/** The report's own tolerance, for targets that come without one: pp for quotas, % of the Soll for the rest. */
function defaultToleranceFor(definition: IndicatorDefinition, options: ReportSettings): Tolerance | undefined {
  const band = options.defaultTolerance;
  if (!band) return undefined;
  return definition.isQuota ? { kind: "absolute", value: band.pp } : { kind: "relative", percent: band.percent };
}

/**
 * Case lists measured for the Berichtsmonat (and the same month a year before, for ΔVJ). Their figures, and the
 * Widerspruchs- and Klagequote from monthly counts, feed the quality indicators the workbook does not report directly.
 */
function processingFor(sources: SourceData, month: MonthKey, today: IsoDate, calendar: WorkingCalendar, feed: QualityFeed): ProcessingSection[] {
  feed.fromCounts({ notices: sources.baseSeries.get("bescheide"), objections: sources.baseSeries.get("widersprueche"), lawsuits: sources.baseSeries.get("klagen") });
  return sources.caseLists.map((list) => {
    const current = measureCases(list.kind, list.cases, periodOf(month, today), { calendar });
    const previousMonth = addMonths(month, -12);
    feed.fromCases(measureCases(list.kind, list.cases, periodOf(previousMonth, today), { calendar }), previousMonth);
    feed.fromCases(current, month);
    return {
      measures: current,
      trend: monthlyMedians(list.cases, monthRange(addMonths(month, -11), month), calendar),
      excludedCount: Object.values(list.excluded).reduce((a, b) => a + b, 0),
      sheet: list.sheet,
    };
  });
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
  // Without Grunddaten: the month of the latest reported or published value, or of the latest decided case.
  for (const series of [...sources.reported.values(), ...sources.published.values()]) {
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
    .filter((r) => STEERING_GOALS.includes(r.definition.goal) && r.annualTarget !== null)
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
  const previousYearMonthly = (sources.budgetMonths?.months ?? []).filter((m) => yearOf(m.month) === year - 1);
  const lastMonth = monthly.length > 0 ? Number(monthly[monthly.length - 1].month.slice(5, 7)) : null;
  return computeBudget({
    year,
    monthsElapsed: found.monthsElapsed ?? lastMonth ?? (month && yearOf(month) === year ? Number(month.slice(5, 7)) : null),
    derivation: found.derivation,
    derivationCells: found.derivationCells,
    lines: found.lines,
    statedTotal: found.statedTotal,
    planBasis: found.planBasis ? { header: found.planBasis, sheet: found.sheet } : null,
    monthlyActual: monthly,
    previousYearMonthly,
  });
}

/**
 * The Datenstand of a report sheet from the sheets it reads: one date when they agree, "Blatt: Datum" per sheet when
 * they differ; the reader's Stand of the workbook only when none of them states one.
 */
function dataAsOfText(sheetNames: readonly string[], sources: SourceData, settings: ReportSettings): string | null {
  const stated = new Map<string, string>();
  for (const name of new Set(sheetNames)) {
    const date = settings.dataAsOfBySheet?.get(name);
    if (date) stated.set(name, date);
  }
  const dates = new Set(stated.values());
  if (dates.size === 0) return sources.dataAsOf;
  if (dates.size === 1) return [...dates][0];
  return [...stated].map(([name, date]) => `${name} ${date}`).join("; ");
}

function sourceFootnotes(sources: SourceData, messages: Message[]): string[] {
  const notes: string[] = [];
  const where = [
    sheetsNote("Grunddaten", sources.baseSeriesSheets),
    sheetsNote("Zielwerte", sources.targetsSheets),
    ...sources.reportedSheets.map((s) => `Qualitätskennzahlen: Blatt „${s}“`),
  ].filter(Boolean);
  if (where.length > 0) notes.push(`Quellen: ${where.join("; ")}.`);
  // A report refreshed from the ribbon must say itself that a confirmed sheet was left out, not just miss its figures.
  const changed = sources.mappings.filter((m) => m.status === "changed").map((m) => `„${m.sheet}“`);
  if (changed.length > 0) notes.push(`Nicht verwendet, weil sich der Aufbau seit der Bestätigung geändert hat: ${changed.length === 1 ? "Blatt" : "Blätter"} ${changed.join(", ")} – bitte im Aufgabenbereich unter „Quellen“ neu bestätigen.`);
  const problems = messages.filter((m) => m.level !== "info").length;
  if (problems > 0) notes.push(`${problems === 1 ? "Ein Hinweis" : `${problems} Hinweise`} zu den Quelldaten – siehe Aufgabenbereich bzw. JSON-Zusammenfassung.`);
  return notes;
}

function sheetsNote(what: string, sheets: readonly string[]): string | null {
  if (sheets.length === 0) return null;
  return `${what}: ${sheets.length === 1 ? "Blatt" : "Blätter"} ${[...new Set(sheets)].map((s) => `„${s}“`).join(", ")}`;
}
