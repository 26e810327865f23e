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

export type ProjectionKind = "commitments" | "run-rate" | "commitments-plus-plan";

export const PROJECTION_NAMES: Record<ProjectionKind, string> = {
  commitments: "Ist + Bindung (Untergrenze)",
  "run-rate": "Ist hochgerechnet (Ist × 12 ÷ Monate)",
  "commitments-plus-plan": "Ist + Bindung + verbleibender Plan",
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
}

export function computeBudget(input: BudgetInput): BudgetResult {
  const { derivation: d, monthsElapsed } = input;
  const availableForIntegration = d.allocation !== null ? d.allocation - (d.shift ?? 0) + (d.carryOver ?? 0) : null;
  const newBusinessComputed = availableForIntegration !== null ? availableForIntegration - (d.priorCommitments ?? 0) - (d.reserve ?? 0) : null;
  const lines = input.lines.map((l) => lineResult(l, monthsElapsed));
  const total = lineResult(
    {
      category: "",
      instrument: "Gesamt",
      plan: sumOrNull(lines.map((l) => l.plan)),
      actual: sumOrNull(lines.map((l) => l.actual)),
      committed: sumOrNull(lines.map((l) => l.committed)),
      followingYears: sumOrNull(lines.map((l) => l.followingYears)),
    },
    monthsElapsed,
  );
  const checkInput: BudgetCheckInput = { input, lines, total, availableForIntegration, newBusinessComputed };
  return {
    year: input.year,
    monthsElapsed,
    derivation: d,
    availableForIntegration,
    newBusinessComputed,
    lines,
    total,
    headlineProjection: "commitments-plus-plan",
    utilisationOfAllocationPct: ratio(total.actual, d.allocation),
    monthlyActual: (input.monthlyActual ?? []).map(({ month, cumulative }) => ({ month, cumulative })),
    planBasis: input.planBasis ?? null,
    checks: reconcile(checkInput),
  };
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
    projections: {
      commitments: bound,
      "run-rate": actual !== null && monthsElapsed ? (actual * 12) / monthsElapsed : null,
      // The rest of the plan that is not yet bound is assumed to be spent: max(Plan, Ist + Bindung).
      "commitments-plus-plan": plan === null ? bound : Math.max(plan, bound ?? 0),
    },
    followingYears: line.followingYears ?? null,
  };
}
