/** The machine-readable summary (CLI --json, task pane dashboard). Field names are a public contract. */
import type { Message } from "../domain/messages";
import type { Land } from "../domain/processing/holidays";
import type { CaseListKind, DurationStats, OutcomeCounts } from "../domain/processing/cases";
import type { SourceMapping } from "../sources/source-mapping";
import type { ComparisonSummary } from "./comparison-summary";

import type { Direction, Status } from "../domain/direction";

export interface IndicatorSummary {
  code: string;
  name: string;
  unit: string;
  direction: Direction;
  actual: number | null;
  /** Soll zum Berichtsmonat: the reference the deltas are computed against; null without an agreed Zielwert. */
  target: number | null;
  /** Ist of the same month a year before (JFW/JDW/sum of the same window). */
  previousYear: number | null;
  /** Ist − Vorjahr: Prozentpunkte for quotas, the difference for grades and durations, % otherwise. */
  deltaPreviousYear: number | null;
  /** The agreed annual Zielwert (null for monitoring indicators). */
  annualTarget: number | null;
  deltaAbs: number | null;
  deltaRel: number | null;
  deltaPp: number | null;
  attainmentPct: number | null;
  /** One status for every output: "monitoring" (Beobachtung) for an Ist without an agreed Zielwert. */
  status: Status;
  /** Zielerreichungsprognose: December value, "ja" / "knapp" / "nein" against the annual Zielwert (null without one). */
  forecast: { december: number | null; likely: "ja" | "knapp" | "nein" | null; method: string; backtestMae: number | null } | null;
  /** Which period the Ist belongs to when it is not the Berichtsmonat ("Ist: letzter Wert vom Mai 2022."). */
  periodNote?: string;
  /** A norm per case (never a Zielwert) and the share of the month's cases within it. */
  norm?: { value: number; text: string; shareWithinPct: number | null };
  /** 1-based row of the indicator in the "Ziel-Ist-Vergleich" sheet (the pane jumps there). */
  reportRow?: number;
  /** Why there is no Ist value ("Für Oktober 2022 fehlt: ELB"), when there is none. */
  reason?: string;
}

/** One §48a Kennzahl of the Berichtsmonat (all values in %). */
export interface KennzahlSummary {
  code: string;
  name: string;
  direction: Direction;
  value: number | null;
  previousYear: number | null;
  deltaPp: number | null;
  source: "computed" | "published" | null;
}

export interface BudgetLineSummary {
  instrument: string;
  category: string;
  plan: number | null;
  actual: number | null;
  committed: number | null;
  bound: number | null;
  available: number | null;
  bindingRatePct: number | null;
  utilisationPct: number | null;
  linearPlan: number | null;
  deviationFromLinear: number | null;
  /** Year-end projection used in the headline (see BudgetSummary.headlineProjection): the Erwartung. */
  projection: number | null;
  /** Untergrenze: Ist + Bindung. */
  projectionFloor: number | null;
  /** Hochrechnung: Ist × 12 ÷ Monate. */
  projectionRunRate: number | null;
  /** Ausgaberest = Plan − Erwartung (negative: Mehrbedarf). */
  remainder: number | null;
}

export interface BudgetSummary {
  year: number;
  derivation: { allocation: number | null; shift: number | null; priorCommitments: number | null; reserve: number | null; newBusiness: number | null; newBusinessStated: number | null; availableForIntegration: number | null };
  monthsElapsed: number | null;
  /** The column the plan was taken from ("Verfügungsrahmen", "Soll 2024", "Ansatz") and its sheet. */
  planBasis: { header: string; sheet: string } | null;
  headlineProjection: string;
  /** Total only: Ist ÷ the previous year's outflow share at the same month; null without that year's monthly outflow. */
  runRatePreviousYear: number | null;
  lines: BudgetLineSummary[];
  total: BudgetLineSummary;
  checks: Message[];
}

/** What the add-in understood in the workbook: one entry per source it read (the pane's "Quellen"). */
export interface SourceSummary {
  kind: "grunddaten" | "zielwerte" | "qualitaet" | "querschnitt" | "egt" | "mittelabfluss" | "faelle" | "schliesstage" | "kennzahlen";
  sheet: string;
  /** German one-liner: what was found ("11 Grunddaten, Januar 2020 – Oktober 2022"). */
  description: string;
}

/** Durations of the cases decided in the Berichtsmonat (Arbeitstage unless said otherwise), rounded as published. */
export type DurationSummary = DurationStats;

/** One case list of the "Bearbeitungszeiten" sheet. */
export interface ProcessingSummary {
  kind: CaseListKind;
  name: string;
  sheet: string;
  period: { from: string; to: string };
  /** "Anteil im Limit": within N Arbeitstage, or (Widersprüche) three calendar months. */
  limit: { value: number; unit: "Arbeitstage" | "Monate" };
  overall: DurationSummary;
  byCategory: Array<{ category: string } & DurationSummary>;
  /** Open cases at the end of the Berichtsmonat (or today), by age in Arbeitstage. */
  backlog: { cutOff: string; open: number; buckets: Array<{ label: string; count: number }> };
  histogram: Array<{ label: string; count: number }>;
  /** Widersprüche only: decided cases by outcome, Stattgabe- and Zurückweisungsquote. */
  outcomes: (OutcomeCounts & { upholdRatePct: number | null; rejectionRatePct: number | null }) | null;
  /** Rows of the list left out for missing or implausible data (each named in messages[]). */
  excludedCases: number;
}

export interface ReportSummary {
  reportMonth: string | null;
  sources: SourceSummary[];
  /** Every sheet and what it was taken for (kind, header, confidence, reasons, confirmed or changed). */
  mappings: SourceMapping[];
  indicators: IndicatorSummary[];
  kennzahlen: KennzahlSummary[];
  budget: BudgetSummary | null;
  /** Case lists measured for the Berichtsmonat ("Bearbeitungszeiten"). */
  processing: ProcessingSummary[];
  /** The own Jobcenter beside its Vergleichstyp, per Kennzahl ("Vergleich"); empty without an all-Jobcenter table. */
  comparison: ComparisonSummary[];
  /** Land whose public holidays count for the Arbeitstage. */
  land: Land;
  messages: Message[];
}
