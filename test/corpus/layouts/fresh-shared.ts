/**
 * Building blocks of the fresh corpus (issue 21, files f-…): written from issue 21, the domain reference of the project (Kennzahlenverordnung, BA method notes) and the
 * corpus README alone, without reading the product's readers. Budget lines and their expected measures (domain.md §4.4:
 * gebunden = Ist + Bindung, verfügbar = Plan − gebunden, linearer Plan = Plan · m/12), case lists and their
 * Bearbeitungsdauer (Ø Arbeitstage NI of the cases decided in the Berichtsmonat, formulas.workingDaysNI), indicator
 * expectations, and small sheet helpers. Every figure comes from the raw values, never from the product.
 */
import { seededRandom } from "./data";
import { budgetMeasures, roundTo, utcDate, workingDaysNI, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation } from "./model";

/** Actual, target and (where the margin is clear) status of a reported indicator as the sheet states them. */
export function indicator(code: string, actual: number, target: number | null, status?: "on-track" | "off-track", unit?: string, tolerance: number = TOLERANCE.quota): Expectation[] {
  const out: Expectation[] = [{ path: `indicators[code=${code}].actual`, value: actual, tolerance }];
  if (target !== null) out.push({ path: `indicators[code=${code}].target`, value: target, tolerance });
  if (status) out.push({ path: `indicators[code=${code}].status`, equals: status });
  if (unit) out.push({ path: `indicators[code=${code}].unit`, equals: unit });
  return out;
}

/** The same expectations with another tolerance on the figures whose path matches (e.g. amounts scaled from Mio. €). */
export function withTolerance(expectations: Expectation[], pathPart: RegExp, tolerance: number): Expectation[] {
  return expectations.map((e) => ("value" in e && pathPart.test(e.path) ? { ...e, tolerance } : e));
}

/** "03.05.2024" */
export const germanDate = (d: Date): string => `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;

/** Place `right` next to `left`, `gap` blank columns apart, `rightFromRow` rows lower. */
export function beside(left: CellInput[][], right: CellInput[][], gap: number, rightFromRow = 0): CellInput[][] {
  const width = Math.max(...left.map((r) => r.length));
  const rows: CellInput[][] = [];
  for (let i = 0; i < Math.max(left.length, right.length + rightFromRow); i++) {
    const l = [...(left[i] ?? [])];
    const r = right[i - rightFromRow] ?? [];
    if (r.length > 0) while (l.length < width + gap) l.push(null);
    rows.push([...l, ...r]);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Budget (EGT, Titel 685 11) and Verwaltungskosten (Titel 636 13), domain.md §4.1, §4.3
// ---------------------------------------------------------------------------------------------------------------

export interface BudgetLine {
  category: string;
  instrument: string;
  /** A fragment of the instrument's name that identifies the line whatever the product keeps of the cell. */
  key: string;
  position: string;
  plan: number;
  ist: number;
  bindung: number;
}

/** EGT instruments 2024 (domain.md §4.3) with their Haushaltsstelle; plans sum to 6.133.000 €. */
export const EGT_2024: Array<[string, string, string, string, number]> = [
  ["Aktivierung und berufliche Eingliederung", "Vermittlungsbudget (§ 44 SGB III)", "Vermittlungsbudget", "1101.685 11-101", 255_000],
  ["Aktivierung und berufliche Eingliederung", "Maßnahmen zur Aktivierung und beruflichen Eingliederung (§ 45 SGB III)", "Aktivierung", "1101.685 11-102", 1_395_000],
  ["Berufliche Weiterbildung", "Förderung der beruflichen Weiterbildung (FbW)", "Weiterbildung", "1101.685 11-301", 1_310_000],
  ["Aufnahme einer Erwerbstätigkeit", "Eingliederungszuschuss (EGZ)", "Eingliederungszuschuss", "1101.685 11-401", 745_000],
  ["Aufnahme einer Erwerbstätigkeit", "Einstiegsgeld (§ 16b SGB II)", "Einstiegsgeld", "1101.685 11-402", 88_000],
  ["Beschäftigung schaffende Maßnahmen", "Arbeitsgelegenheiten (§ 16d SGB II)", "Arbeitsgelegenheiten", "1101.685 11-501", 430_000],
  ["Beschäftigung schaffende Maßnahmen", "Teilhabe am Arbeitsmarkt (§ 16i SGB II)", "Teilhabe", "1101.685 11-503", 1_520_000],
  ["Freie Förderung", "Freie Förderung (§ 16f SGB II)", "Freie Förderung", "1101.685 11-601", 390_000],
];

/**
 * Verwaltungskosten (Titel 636 13, domain.md §4.1): not part of the EGT; a finance export of the Gesamtbudget lists them
 * with the 685 11 lines. Amounts around a gE of Harburg's size (Personal the largest share).
 */
export const VK_2024: Array<[string, string, string, number]> = [
  ["Personalausgaben (Bundesanteil)", "Personalausgaben", "1101.636 13-100", 5_840_000],
  ["Sachausgaben Informationstechnik", "Informationstechnik", "1101.636 13-200", 412_000],
  ["Miete und Bewirtschaftung der Dienstgebäude", "Miete", "1101.636 13-300", 690_000],
  ["Sonstige Verwaltungsausgaben", "Sonstige Verwaltungsausgaben", "1101.636 13-900", 158_000],
];

/** Ist and Bindung per line: Ist a share of the plan around `share` (the months elapsed), Bindung 5–15 % of the plan. */
export function budgetLines(seed: number, share: number, table = EGT_2024): BudgetLine[] {
  const rnd = seededRandom(seed);
  return table.map(([category, instrument, key, position, plan]) => ({
    category, instrument, key, position, plan,
    ist: roundTo(plan * (share + 0.12 * rnd()), 2),
    bindung: roundTo(plan * (0.05 + 0.1 * rnd()), 2),
  }));
}

export function vkLines(seed: number, share: number): BudgetLine[] {
  const rnd = seededRandom(seed);
  return VK_2024.map(([instrument, key, position, plan]) => ({
    category: "Verwaltungskosten", instrument, key, position, plan,
    ist: roundTo(plan * (share + 0.04 * rnd()), 2),
    bindung: roundTo(plan * 0.02 * rnd(), 2),
  }));
}

export const sumOf = (ls: BudgetLine[], f: (l: BudgetLine) => number): number => roundTo(ls.reduce((a, l) => a + f(l), 0), 2);
export const availableOf = (l: BudgetLine): number => roundTo(l.plan - l.ist - l.bindung, 2);

/** Per line (by name fragment) and in total: plan, Ist and, with a Bindung column, Bindung and verfügbar (domain.md §4.4). */
export function budgetExpected(ls: BudgetLine[], monthsElapsed: number, opts: { committed?: boolean; tolerance?: number } = {}): Expectation[] {
  const withBinding = opts.committed !== false;
  const tolerance = opts.tolerance ?? TOLERANCE.money;
  const out: Expectation[] = [{ path: "budget.lines.length", value: ls.length, tolerance: 0, why: "nur die Instrumente des EGT" }];
  for (const l of ls) {
    const p = `budget.lines[instrument~${l.key}]`;
    out.push({ path: `${p}.plan`, value: l.plan, tolerance }, { path: `${p}.actual`, value: l.ist, tolerance });
    if (withBinding) {
      out.push({ path: `${p}.committed`, value: l.bindung, tolerance });
      out.push({ path: `${p}.available`, value: budgetMeasures(l.plan, l.ist, l.bindung, monthsElapsed).available, tolerance });
    }
  }
  const total = budgetMeasures(sumOf(ls, (l) => l.plan), sumOf(ls, (l) => l.ist), sumOf(ls, (l) => l.bindung), monthsElapsed);
  out.push({ path: "budget.total.plan", value: sumOf(ls, (l) => l.plan), tolerance });
  out.push({ path: "budget.total.actual", value: sumOf(ls, (l) => l.ist), tolerance });
  out.push({ path: "budget.total.linearPlan", value: total.linearPlan, tolerance, why: "Plan · m/12 (domain.md §4.4)" });
  if (withBinding) {
    out.push({ path: "budget.total.committed", value: sumOf(ls, (l) => l.bindung), tolerance });
    out.push({ path: "budget.total.available", value: total.available, tolerance });
  }
  return out;
}

/** The lines' amounts rounded to what a sheet in T€ (1 decimal) or Mio. € (3 decimals) can hold: a multiple of `unit` €. */
export function roundedTo(ls: BudgetLine[], unit: number): BudgetLine[] {
  return ls.map((l) => ({ ...l, plan: Math.round(l.plan / unit) * unit, ist: Math.round(l.ist / unit) * unit, bindung: Math.round(l.bindung / unit) * unit }));
}

// ---------------------------------------------------------------------------------------------------------------
// Case lists (Leistungsanträge)
// ---------------------------------------------------------------------------------------------------------------

export interface Case {
  id: string;
  kind: "Neuantrag" | "Weiterbewilligung";
  received: Date;
  decided: Date | null;
}

/** Cases received in the given months; about 10 % still open; 1–maxDays calendar days to the Bescheid. */
export function cases(seed: number, months: MonthKey[], perMonth: number, maxDays: number, prefix = "LA"): Case[] {
  const rnd = seededRandom(seed);
  const out: Case[] = [];
  for (const m of months) {
    const [y, mo] = m.split("-").map(Number);
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    for (let i = 0; i < perMonth; i++) {
      const received = utcDate(y, mo, 1 + Math.floor(rnd() * days));
      const kind = rnd() < 0.2 ? "Neuantrag" : "Weiterbewilligung";
      const length = 1 + Math.floor(rnd() * maxDays);
      const decided = rnd() < 0.1 ? null : new Date(received.getTime() + length * 86_400_000);
      out.push({ id: `${prefix}-${String(y).slice(2)}-${String(seed).padStart(3, "0")}${String(out.length + 1).padStart(4, "0")}`, kind, received, decided });
    }
  }
  return out;
}

export const decidedIn = (list: Case[], m: MonthKey): Case[] => list.filter((c) => c.decided !== null && c.decided.toISOString().slice(0, 7) === m);

/** Bearbeitungsdauer: Ø Arbeitstage (NI) from Eingang to Bescheid over the cases decided in `m` (corpus README convention). */
export function meanWorkingDays(list: Case[], m: MonthKey): number {
  const decided = decidedIn(list, m);
  return decided.reduce((s, c) => s + workingDaysNI(c.received, c.decided!), 0) / decided.length;
}
