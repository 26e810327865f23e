/**
 * EGT budget controlling, foundation slice (domain.md §4.2, §4.4): Mittelherleitung and per-instrument
 * Plan / Ist / Bindung / gebundene und verfügbare Mittel. Finance staff reconcile these: every sum is computed from the
 * lines and compared with what the sheet states, never silently replaced.
 */
import { type Message, message } from "./messages";

export interface BudgetDerivation {
  /** Zuteilung EGT (A) */
  allocation: number | null;
  /** Umschichtung in das Verwaltungskostenbudget (U), negative = Verstärkung des EGT */
  shift: number | null;
  /** Vorbelastungen aus Vorjahren (B) */
  priorCommitments: number | null;
  /** Reserve (R) */
  reserve: number | null;
  /** Mittel für Neugeschäft (N) as stated in the sheet */
  newBusiness: number | null;
}

export interface BudgetLineInput {
  category: string;
  instrument: string;
  plan: number | null;
  actual: number | null;
  committed: number | null;
  /** Where the line is, for messages. */
  sheet: string;
  cell: string;
}

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
  /** Bindungsquote = (Ist + Bindung) / Plan · 100 */
  bindingRatePct: number | null;
}

export interface BudgetResult {
  year: number;
  derivation: BudgetDerivation;
  /** V = A − U: für Eingliederung verfügbare Mittel */
  availableForIntegration: number | null;
  /** N = A − U − B − R, computed */
  newBusinessComputed: number | null;
  lines: BudgetLineResult[];
  total: BudgetLineResult;
  messages: Message[];
}

const sumOrNull = (values: Array<number | null>) =>
  values.some((v) => v !== null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null;

export function computeBudget(
  year: number,
  derivation: BudgetDerivation,
  lines: BudgetLineInput[],
  stated?: { total?: { plan: number | null; actual: number | null; committed: number | null }; sheet: string; cell: string },
): BudgetResult {
  const messages: Message[] = [];
  const { allocation: a, shift: u, priorCommitments: b, reserve: r, newBusiness: n } = derivation;
  const availableForIntegration = a !== null ? a - (u ?? 0) : null;
  const newBusinessComputed = a !== null ? a - (u ?? 0) - (b ?? 0) - (r ?? 0) : null;
  if (newBusinessComputed !== null && n !== null && Math.abs(newBusinessComputed - n) >= 0.5) {
    messages.push(
      message("warning", `Mittelherleitung geht nicht auf: Zuteilung − Umschichtung − Vorbelastungen − Reserve = ${euro(newBusinessComputed)}, angegeben sind ${euro(n)} für Neugeschäft.`, stated?.sheet),
    );
  }

  const results = lines.map(lineResult);
  for (const line of results) {
    if (line.plan === null && (line.actual ?? 0) !== 0) {
      const input = lines.find((l) => l.instrument === line.instrument);
      messages.push(message("warning", `„${line.instrument}“ hat Ausgaben, aber keinen Planansatz.`, input?.sheet, input?.cell));
    } else if (line.available !== null && line.available < 0) {
      const input = lines.find((l) => l.instrument === line.instrument);
      messages.push(message("warning", `„${line.instrument}“ ist überplant: Ist + Bindung übersteigen den Plan um ${euro(-line.available)}.`, input?.sheet, input?.cell));
    }
  }
  const total = lineResult({
    category: "",
    instrument: "Gesamt",
    plan: sumOrNull(results.map((l) => l.plan)),
    actual: sumOrNull(results.map((l) => l.actual)),
    committed: sumOrNull(results.map((l) => l.committed)),
    sheet: "",
    cell: "",
  });
  if (stated?.total) {
    for (const [field, label] of [["plan", "Plan"], ["actual", "Ist"], ["committed", "Bindung"]] as const) {
      const statedValue = stated.total[field];
      const computed = total[field];
      if (statedValue !== null && computed !== null && Math.abs(statedValue - computed) >= 0.5) {
        messages.push(message("warning", `Die Summe der Instrumente (${label} ${euro(computed)}) weicht von der angegebenen Gesamtsumme (${euro(statedValue)}) ab.`, stated.sheet, stated.cell));
      }
    }
  }
  return { year, derivation, availableForIntegration, newBusinessComputed, lines: results, total, messages };
}

function lineResult(line: Omit<BudgetLineInput, "sheet" | "cell"> & Partial<Pick<BudgetLineInput, "sheet" | "cell">>): BudgetLineResult {
  const bound = line.actual === null && line.committed === null ? null : (line.actual ?? 0) + (line.committed ?? 0);
  const available = line.plan !== null && bound !== null ? line.plan - bound : line.plan;
  const bindingRatePct = line.plan !== null && line.plan !== 0 && bound !== null ? (bound / line.plan) * 100 : null;
  return { category: line.category, instrument: line.instrument, plan: line.plan, actual: line.actual, committed: line.committed, bound, available, bindingRatePct };
}

function euro(value: number): string {
  return `${Math.round(value).toLocaleString("de-DE")} €`;
}
