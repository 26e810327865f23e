/**
 * Case-level records from a controller's export (one row per Antrag, Neukunde or Widerspruch) and the measures on them
 * (domain.md §3). Only aggregates leave this module: no identifier or name is ever part of a result.
 */
import { addDays, type IsoDate } from "./holidays";
import { rejectionRate, upholdRate } from "../quality-measures";
import { mean, median, percentile, shareAtMost } from "./statistics";
import { calendarDaysBetween, DEFAULT_CALENDAR, type WorkingCalendar, workingDaysBetween } from "./working-days";

export type CaseListKind = "leistungsantraege" | "erstberatung" | "widersprueche";

export const CASE_LIST_NAMES: Record<CaseListKind, string> = {
  leistungsantraege: "Bearbeitungsdauer Leistungsanträge",
  erstberatung: "Erstberatung (Zugang bis Erstgespräch)",
  widersprueche: "Erledigungsdauer Widersprüche",
};

export interface CaseRecord {
  start: IsoDate;
  end: IsoDate | null;
  category: string | null;
  /** U25 when known (from a flag or the birth year). */
  u25: boolean | null;
  outcome: "stattgegeben" | "teilweise" | "zurückgewiesen" | "sonstige" | null;
}

export interface DurationStats {
  count: number;
  meanWorkingDays: number | null;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  meanCalendarDays: number | null;
  /** Share decided within the limit (Arbeitstage; for Widersprüche: three calendar months). */
  shareWithinLimitPct: number | null;
}

export interface CaseMeasures {
  kind: CaseListKind;
  period: { from: IsoDate; to: IsoDate };
  limitWorkingDays: number;
  overall: DurationStats;
  byCategory: Array<{ category: string; stats: DurationStats }>;
  backlog: { cutOff: IsoDate; open: number; buckets: Array<{ label: string; count: number }> };
  histogram: Array<{ label: string; count: number }>;
  /** Stattgabequote (stattgegeben + teilweise ÷ erledigt) for Widersprüche with an outcome column. */
  upholdRatePct: number | null;
  /** Zurückweisungsquote (zurückgewiesen ÷ erledigt) for Widersprüche with an outcome column. */
  rejectionRatePct: number | null;
  /** Decided cases by outcome (Widersprüche); `withOutcome` is the base of both quotas. */
  outcomes: OutcomeCounts;
}

export interface OutcomeCounts {
  withOutcome: number;
  upheld: number;
  partly: number;
  rejected: number;
  other: number;
  withoutOutcome: number;
}

export interface MeasureOptions {
  calendar?: WorkingCalendar;
  /** "innerhalb N Arbeitstagen"; default 14 for Leistungsanträge (Sollvorgabe). */
  limitWorkingDays?: number;
}

export const BACKLOG_BUCKETS = [
  { label: "bis 14 AT", max: 14 },
  { label: "15–30 AT", max: 30 },
  { label: "31–60 AT", max: 60 },
  { label: "über 60 AT", max: Infinity },
];

const HISTOGRAM = [
  { label: "0–5", max: 5 },
  { label: "6–10", max: 10 },
  { label: "11–14", max: 14 },
  { label: "15–20", max: 20 },
  { label: "21–30", max: 30 },
  { label: "31–60", max: 60 },
  { label: "> 60", max: Infinity },
];

/** Durations of the cases decided in [from, to]; backlog at `to`. */
export function measureCases(kind: CaseListKind, cases: readonly CaseRecord[], period: { from: IsoDate; to: IsoDate }, options: MeasureOptions = {}): CaseMeasures {
  const calendar = options.calendar ?? DEFAULT_CALENDAR;
  const limit = options.limitWorkingDays ?? 14;
  const decided = cases.filter((c) => c.end !== null && c.end >= period.from && c.end <= period.to);
  const stats = (list: readonly CaseRecord[]) => durationStats(kind, list, calendar, limit);
  const categories = [...new Set(decided.map((c) => c.category).filter((c): c is string => c !== null))].sort((a, b) => a.localeCompare(b, "de"));
  const outcomes = countOutcomes(decided);
  const durations = decided.map((c) => workingDaysBetween(c.start, c.end as IsoDate, calendar));
  return {
    kind,
    period,
    limitWorkingDays: limit,
    overall: stats(decided),
    byCategory: categories.map((category) => ({ category, stats: stats(decided.filter((c) => c.category === category)) })),
    backlog: backlog(cases, period.to, calendar),
    histogram: HISTOGRAM.map((bucket, i) => ({
      label: bucket.label,
      count: durations.filter((d) => d <= bucket.max && (i === 0 || d > HISTOGRAM[i - 1].max)).length,
    })),
    upholdRatePct: kind === "widersprueche" && outcomes.withOutcome > 0 ? upholdRate(outcomes.upheld, outcomes.partly, outcomes.withOutcome).value : null,
    rejectionRatePct: kind === "widersprueche" && outcomes.withOutcome > 0 ? rejectionRate(outcomes.rejected, outcomes.withOutcome).value : null,
    outcomes,
  };
}

function countOutcomes(decided: readonly CaseRecord[]): OutcomeCounts {
  const count = (outcome: CaseRecord["outcome"]) => decided.filter((c) => c.outcome === outcome).length;
  const withoutOutcome = count(null);
  return { withOutcome: decided.length - withoutOutcome, upheld: count("stattgegeben"), partly: count("teilweise"), rejected: count("zurückgewiesen"), other: count("sonstige"), withoutOutcome };
}

function durationStats(kind: CaseListKind, cases: readonly CaseRecord[], calendar: WorkingCalendar, limit: number): DurationStats {
  const working = cases.map((c) => workingDaysBetween(c.start, c.end as IsoDate, calendar));
  const calendarDays = cases.map((c) => calendarDaysBetween(c.start, c.end as IsoDate));
  // Widersprüche: BA goal "innerhalb von drei Monaten erledigt" (§ 88 Abs. 2 SGG), counted in calendar months.
  const within =
    kind === "widersprueche"
      ? cases.length === 0 ? null : (100 * cases.filter((c) => (c.end as IsoDate) <= addMonthsToDate(c.start, 3)).length) / cases.length
      : shareAtMost(working, limit);
  return {
    count: cases.length,
    meanWorkingDays: mean(working),
    medianWorkingDays: median(working),
    p90WorkingDays: percentile(working, 0.9),
    meanCalendarDays: mean(calendarDays),
    shareWithinLimitPct: within,
  };
}

function backlog(cases: readonly CaseRecord[], cutOff: IsoDate, calendar: WorkingCalendar): CaseMeasures["backlog"] {
  const open = cases.filter((c) => c.start <= cutOff && (c.end === null || c.end > cutOff));
  const ages = open.map((c) => workingDaysBetween(c.start, cutOff, calendar));
  return {
    cutOff,
    open: open.length,
    buckets: BACKLOG_BUCKETS.map((bucket, i) => ({
      label: bucket.label,
      count: ages.filter((a) => a <= bucket.max && (i === 0 || a > BACKLOG_BUCKETS[i - 1].max)).length,
    })),
  };
}

/** Same day n months later (clamped to the month's end: 31.1. + 1 month = 28./29.2.). */
export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return addDays(`${targetYear}-${String(targetMonth + 1).padStart(2, "0")}-01`, Math.min(day, lastDay) - 1);
}

/** Median of the durations per month of decision, for the trend chart. */
export function monthlyMedians(cases: readonly CaseRecord[], months: readonly string[], calendar: WorkingCalendar = DEFAULT_CALENDAR): Array<{ month: string; median: number | null; count: number }> {
  return months.map((month) => {
    const inMonth = cases.filter((c) => c.end !== null && c.end.startsWith(month));
    return { month, median: median(inMonth.map((c) => workingDaysBetween(c.start, c.end as IsoDate, calendar))), count: inMonth.length };
  });
}
