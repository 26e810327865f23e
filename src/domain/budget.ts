/**
 * EGT budget controlling (domain.md §4): Mittelherleitung, per-instrument Plan / Ist / Bindung with the derived
 * measures, three year-end projections and the reconciliation checks. Finance staff reconcile these: every sum is
 * computed from the lines and compared with what the sheet states, never silently replaced.
 */
import { reconcile, type BudgetCheckInput } from "./budget-checks";
import type { Message } from "./messages";
import type { MonthKey } from "./months";

export interface BudgetDerivation {
  /** Zuteilung EGT (A) */
  allocation: number | null;
  /** Umschichtung in das Verwaltungskostenbudget (U); negative = Verstärkung des EGT */
  shift: number | null;
  /** Vorbelastungen aus Vorjahren (B) */
  priorCommitments: number | null;
  /** Reserve (R) */
  reserve: number | null;
  /** Übertrag aus dem Vorjahr, optional manual line (no automatic carry-over in SGB II is documented) */
  carryOver?: number | null;
  /** Mittel für Neugeschäft (N) as stated in the sheet */
  newBusiness: number | null;
}

export interface CellRef {
  sheet: string;
  cell: string;
}

export interface BudgetLineInput {
  category: string;
  instrument: string;
  plan: number | null;
  actual: number | null;
  committed: number | null;
  /** Vorbelastungen for following years (VE), when given. */
  followingYears?: number | null;
  /** Where the line is, for messages. */
  source: CellRef;
  /** Cells of single amounts on the source sheet (A1), for messages about one amount. */
  cells?: { committed?: string };
}

/**
 * Year-end projections (domain §4.4): the known commitments as a floor, the linear run rate, and the expected value
 * the report steers by — the higher of the two (money already bound is spent even if the run rate says less). None of
 * them is the plan: "Ist + Bindung + verbleibender Plan" would reach the plan by construction and tell nothing.
 */
export type ProjectionKind = "commitments" | "run-rate" | "expected";

export const PROJECTION_NAMES: Record<ProjectionKind, string> = {
  commitments: "Untergrenze: Ist + Bindung",
  "run-rate": "Hochrechnung: Ist × 12 ÷ Monate",
  expected: "Erwartung: höherer Wert aus Untergrenze und Hochrechnung",
};

export interface BudgetLineResult {
  category: string;
  instrument: string;
  plan: number | null;
  actual: number | null;
  committed: number | null;
  /** gebundene Mittel = Ist + Bindung */
  bound: number | null;
  /** verfügbare Mittel = Plan − (Ist + Bindung) */
  available: number | null;
  /** Bindungsquote = (Ist + Bindung) ÷ Plan · 100 */
  bindingRatePct: number | null;
  /** Ausschöpfungsquote = Ist ÷ Plan · 100 */
  utilisationPct: number | null;
  /** linearer Mittelabflussplan: Plan · m/12 */
  linearPlan: number | null;
  /** Ist − linearer Plan (negative = Mittelabfluss hinter Plan) */
  deviationFromLinear: number | null;
  projections: Record<ProjectionKind, number | null>;
  /** Ausgaberest = Plan − Erwartung (negative: Mehrbedarf über den Plan hinaus). */
  remainder: number | null;
  followingYears: number | null;
}

export interface BudgetResult {
  year: number;
  /** Months elapsed (Ist Jan–m), 1…12, when known. */
  monthsElapsed: number | null;
  derivation: BudgetDerivation;
  /** V = A − U (+ Übertrag): für Eingliederung verfügbare Mittel */
  availableForIntegration: number | null;
  /** N = V − B − R, computed */
  newBusinessComputed: number | null;
  lines: BudgetLineResult[];
  total: BudgetLineResult;
  /** The projection the headline uses, named in the report. */
  headlineProjection: ProjectionKind;
  /**
   * Run rate with the previous year's Mittelabfluss (total only): Ist ÷ the share of the previous year's outflow that
   * had flowed by the same month. Null without the previous year's monthly outflow in the workbook.
   */
  runRatePreviousYear: { value: number; shareAtMonthPct: number } | null;
  /** Ausschöpfung der Zuteilung (BIAJ: Ausgaben ÷ Zuteilung, before Umschichtung). */
  utilisationOfAllocationPct: number | null;
  monthlyActual: Array<{ month: MonthKey; cumulative: number }>;
  planBasis: { header: string; sheet: string } | null;
  checks: Message[];
}

export interface BudgetInput {
  year: number;
  monthsElapsed: number | null;
  derivation: BudgetDerivation;
  derivationCells?: Partial<Record<keyof BudgetDerivation, CellRef>>;
  lines: BudgetLineInput[];
  statedTotal?: { plan: number | null; actual: number | null; committed: number | null; source: CellRef };
  /** The column the plan comes from, as headed in the source ("Verfügungsrahmen", "Ansatz"); named in the report. */
  planBasis?: { header: string; sheet: string } | null;
  /** Cumulative Ist per month, when the workbook has a monthly sheet. */
  monthlyActual?: Array<{ month: MonthKey; cumulative: number; source: CellRef }>;
  /** The previous year's cumulative outflow per month, for the run rate with its profile. */
  previousYearMonthly?: Array<{ month: MonthKey; cumulative: number }>;
}

export function computeBudget(input: BudgetInput): BudgetResult {
  const { derivation: d, monthsElapsed } = input;
  const availableForIntegration = d.allocation !== null ? d.allocation - (d.shift ?? 0) + (d.carryOver ?? 0) : null;
  const newBusinessComputed = availableForIntegration !== null ? availableForIntegration - (d.priorCommitments ?? 0) - (d.reserve ?? 0) : null;
  const lines = input.lines.map((l) => lineResult(l, monthsElapsed));
  const total = sumOfLines("Gesamt", lines, monthsElapsed);
  const checkInput: BudgetCheckInput = { input, lines, total, availableForIntegration, newBusinessComputed };
  return {
    year: input.year,
    monthsElapsed,
    derivation: d,
    availableForIntegration,
    newBusinessComputed,
    lines,
    total,
    headlineProjection: "expected",
    runRatePreviousYear: runRateWithProfile(total.actual, monthsElapsed, input.previousYearMonthly ?? []),
    utilisationOfAllocationPct: ratio(total.actual, d.allocation),
    monthlyActual: (input.monthlyActual ?? []).map(({ month, cumulative }) => ({ month, cumulative })),
    planBasis: input.planBasis ?? null,
    checks: reconcile(checkInput),
  };
}

/**
 * A sum row (category subtotal or Gesamt): every amount the sum of its lines — projections and Ausgaberest included —
 * so the rows add up to the cent; the ratios from the summed amounts.
 */
export function sumOfLines(label: string, lines: readonly BudgetLineResult[], monthsElapsed: number | null): BudgetLineResult {
  const sum = (pick: (l: BudgetLineResult) => number | null) => sumOrNull(lines.map(pick));
  const plan = sum((l) => l.plan);
  const actual = sum((l) => l.actual);
  const bound = sum((l) => l.bound);
  const linearPlan = monthsElapsed === null ? null : sum((l) => l.linearPlan);
  return {
    category: "",
    instrument: label,
    plan,
    actual,
    committed: sum((l) => l.committed),
    bound,
    available: sum((l) => l.available),
    bindingRatePct: ratio(bound, plan),
    utilisationPct: ratio(actual, plan),
    linearPlan,
    deviationFromLinear: linearPlan !== null && actual !== null ? actual - linearPlan : null,
    projections: { commitments: bound, "run-rate": sum((l) => l.projections["run-rate"]), expected: sum((l) => l.projections.expected) },
    remainder: sum((l) => l.remainder),
    followingYears: sum((l) => l.followingYears),
  };
}

/** Ist(m) ÷ (previous year's cumulative outflow at m ÷ its December total). */
function runRateWithProfile(actual: number | null, monthsElapsed: number | null, previous: ReadonlyArray<{ month: MonthKey; cumulative: number }>): BudgetResult["runRatePreviousYear"] {
  if (actual === null || monthsElapsed === null || previous.length === 0) return null;
  const at = previous.find((p) => Number(p.month.slice(5, 7)) === monthsElapsed)?.cumulative;
  const december = previous.find((p) => p.month.endsWith("-12"))?.cumulative;
  if (at === undefined || december === undefined || at <= 0 || december <= 0) return null;
  const share = at / december;
  return { value: actual / share, shareAtMonthPct: share * 100 };
}

export function sumOrNull(values: Array<number | null | undefined>): number | null {
  return values.some((v) => v !== null && v !== undefined) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null;
}

/** a ÷ b · 100, null for a missing value or a base of 0. */
export function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : (a / b) * 100;
}

function lineResult(
  line: Pick<BudgetLineInput, "category" | "instrument" | "plan" | "actual" | "committed"> & { followingYears?: number | null },
  monthsElapsed: number | null,
): BudgetLineResult {
  const { plan, actual, committed } = line;
  const bound = actual === null && committed === null ? null : (actual ?? 0) + (committed ?? 0);
  const available = plan !== null ? plan - (bound ?? 0) : bound !== null ? -bound : null;
  const linearPlan = plan !== null && monthsElapsed !== null ? (plan * monthsElapsed) / 12 : null;
  const runRate = actual !== null && monthsElapsed ? (actual * 12) / monthsElapsed : null;
  const expected = bound === null && runRate === null ? null : Math.max(bound ?? -Infinity, runRate ?? -Infinity);
  return {
    category: line.category,
    instrument: line.instrument,
    plan,
    actual,
    committed,
    bound,
    available,
    bindingRatePct: ratio(bound, plan),
    utilisationPct: ratio(actual, plan),
    linearPlan,
    deviationFromLinear: linearPlan !== null && actual !== null ? actual - linearPlan : null,
    projections: { commitments: bound, "run-rate": runRate, expected },
    remainder: plan !== null && expected !== null ? plan - expected : null,
    followingYears: line.followingYears ?? null,
  };
}
