/**
 * Quality indicators the workbook does not report itself, derived from what it holds: Widerspruchs- and Klagequote
 * from monthly counts (domain.md §3), durations and the Stattgabequote from case lists. The report shows a derived
 * value exactly like a reported one.
 */
import type { MonthKey } from "../months";
import { lawsuitRate, objectionRate } from "../quality-measures";
import type { CaseMeasures } from "./cases";

export type DerivedSeries = Map<string, Map<MonthKey, number>>;

/** The Grunddaten a count-based quota needs, by Kürzel. */
export interface CountSeries {
  notices?: ReadonlyMap<MonthKey, number>;
  objections?: ReadonlyMap<MonthKey, number>;
  lawsuits?: ReadonlyMap<MonthKey, number>;
}

export class QualityFeed {
  readonly derived: DerivedSeries = new Map();

  put(code: string, month: MonthKey, value: number | null): void {
    if (value === null) return;
    if (!this.derived.has(code)) this.derived.set(code, new Map());
    this.derived.get(code)?.set(month, value);
  }

  /** Widerspruchsquote (WSQ) and Klagequote (KLQ) for every month with both counts. */
  fromCounts(counts: CountSeries): void {
    const notices = counts.notices;
    if (!notices) return;
    for (const [m, n] of counts.objections ?? []) if (notices.has(m)) this.put("WSQ", m, objectionRate(n, notices.get(m) ?? null).value);
    for (const [m, n] of counts.lawsuits ?? []) if (notices.has(m)) this.put("KLQ", m, lawsuitRate(n, notices.get(m) ?? null).value);
  }

  /** What a case list measures for its month: BD, WSD/STQ or the Erstberatung durations U25/Ü25. */
  fromCases(measures: CaseMeasures, month: MonthKey): void {
    switch (measures.kind) {
      case "leistungsantraege":
        this.put("BD", month, measures.overall.meanWorkingDays);
        this.put("BD_NORM", month, measures.overall.shareWithinLimitPct);
        break;
      case "widersprueche":
        this.put("WSD", month, measures.overall.meanWorkingDays);
        this.put("STQ", month, measures.upholdRatePct);
        break;
      case "erstberatung":
        this.put("EB_U25", month, measures.byCategory.find((c) => c.category === "U25")?.stats.meanWorkingDays ?? null);
        this.put("EB_UE25", month, measures.byCategory.find((c) => c.category === "Ü25")?.stats.meanWorkingDays ?? null);
        break;
    }
  }
}
