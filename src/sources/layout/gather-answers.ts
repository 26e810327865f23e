/**
 * The answers of the table model handed to what gathers all sheets (the same stores every reading feeds, so equal
 * figures in two places are fine and different ones an error naming both cells), and the column spans the column
 * model shows for them.
 */
import { ALL_INDICATORS, type Unit } from "../../domain/indicators";
import { formatMonthLong, type MonthKey } from "../../domain/months";
import type { Period } from "../../domain/periods";
import type { ColumnSpan } from "../column-model";
import { cellSpans } from "../column-spans";
import type { FoundTarget, FoundTargets } from "../find-targets";
import type { SeriesStore } from "../series-store";
import type { Answers } from "./queries";

/** What gathers the sheets' readings (read-sources.ts), as far as the table model feeds it. */
export interface GatheringStores {
  grunddaten: SeriesStore;
  published: SeriesStore;
  reported: SeriesStore;
  monthlyTargets: SeriesStore;
  baseSeriesSheets: Set<string>;
  reportedSheets: Set<string>;
  targets: FoundTargets[];
  units: Map<string, Unit>;
  notePeriod(code: string, month: MonthKey, period: Period): void;
}

export function gatherAnswers(sheet: string, answers: Answers, into: GatheringStores): void {
  for (const f of answers.grunddaten) into.grunddaten.add(f.key, f.month, f.value, { sheet, cell: f.cell });
  if (answers.grunddaten.length > 0) into.baseSeriesSheets.add(sheet);
  for (const f of answers.published) into.published.add(f.key, f.month, f.value, { sheet, cell: f.cell });
  for (const f of answers.reported) {
    into.reported.add(f.key, f.month, f.value, { sheet, cell: f.cell });
    if (f.period.kind !== "month") into.notePeriod(f.key, f.month, f.period);
  }
  if (answers.reported.length > 0) into.reportedSheets.add(sheet);
  for (const f of answers.monthlyTargets) into.monthlyTargets.add(f.key, f.month, f.value, { sheet, cell: f.cell });
  for (const [code, unit] of answers.units) into.units.set(code, unit);
  into.targets.push(...targetTables(sheet, answers));
}

/** One Zielwerte table per year the figures are agreed for (a table that names no year is one of its own). */
function targetTables(sheet: string, answers: Answers): FoundTargets[] {
  const years = [...new Set([...answers.targets.map((t) => t.year), ...answers.plans.map((p) => Number(p.month.slice(0, 4)))])];
  return years.map((year) => {
    const targets = new Map<string, FoundTarget>();
    for (const t of answers.targets.filter((x) => x.year === year)) {
      const definition = ALL_INDICATORS.find((d) => d.code === t.code);
      if (!definition || targets.has(t.code)) continue;
      const tolerance = t.tolerance ? (definition.isQuota ? { kind: "absolute" as const, value: t.tolerance.value } : { kind: "relative" as const, percent: t.tolerance.value }) : undefined;
      targets.set(t.code, { code: t.code, annualTarget: t.value, ...(tolerance ? { tolerance } : {}), ...(t.direction ? { direction: t.direction } : {}), sheet, cell: t.cell });
    }
    for (const plan of plansOf(answers, year, years)) {
      // A Soll per month without a Zielwert for the year (a Zielerreichung phased by the controller) is agreed all the same.
      const target = targets.get(plan.key) ?? { code: plan.key, annualTarget: null, sheet, cell: plan.cell };
      targets.set(plan.key, { ...target, statedPlan: new Map([...(target.statedPlan ?? []), [plan.month, plan.value]]) });
    }
    return { sheet, year, targets, locals: [], messages: [] };
  });
}

/** The Soll of the months of a year; a table that names no year takes those of no year of their own. */
function plansOf(answers: Answers, year: number | null, years: Array<number | null>): Answers["plans"] {
  return answers.plans.filter((p) => (year === null ? !years.includes(Number(p.month.slice(0, 4))) : p.month.startsWith(String(year))));
}

/** What the column model shows: each figure taken, under its role and period. */
export function answerSpans(answers: Answers): ColumnSpan[] {
  const month = (m: MonthKey) => formatMonthLong(m);
  return [
    ...answers.grunddaten.flatMap((f) => cellSpans([f.cell], "grunddatum", month(f.month))),
    ...answers.published.flatMap((f) => cellSpans([f.cell], "published", month(f.month))),
    ...answers.reported.flatMap((f) => cellSpans([f.cell], "actual", f.period.label)),
    ...answers.monthlyTargets.flatMap((f) => cellSpans([f.cell], "periodTarget", f.period.label)),
    ...answers.plans.flatMap((f) => cellSpans([f.cell], "periodTarget", month(f.month))),
    ...answers.targets.flatMap((t) => [...cellSpans([t.cell], "target", t.year ? String(t.year) : undefined), ...(t.tolerance ? cellSpans([t.tolerance.cell], "tolerance") : [])]),
  ];
}
