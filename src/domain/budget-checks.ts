/**
 * Reconciliation of the EGT figures (issue: every euro must add up, every difference shown). Each check names the
 * sheet and cell it is about, and says the amounts, so finance staff can find and fix the difference.
 */
import type { BudgetInput, BudgetLineResult } from "./budget";
import { isFinancedIn, matchInstrument } from "./instruments";
import { type Message, message } from "./messages";
import { formatMonthLong } from "./months";

export interface BudgetCheckInput {
  input: BudgetInput;
  lines: BudgetLineResult[];
  total: BudgetLineResult;
  availableForIntegration: number | null;
  newBusinessComputed: number | null;
}

const CENT = 0.005;

export function euro(value: number): string {
  return `${value.toLocaleString("de-DE", { minimumFractionDigits: 0, maximumFractionDigits: 2 })} €`;
}

export function reconcile({ input, lines, total, availableForIntegration, newBusinessComputed }: BudgetCheckInput): Message[] {
  const checks: Message[] = [];
  const d = input.derivation;
  const cell = (key: keyof BudgetInput["derivation"]) => input.derivationCells?.[key];

  if (newBusinessComputed !== null && d.newBusiness !== null && Math.abs(newBusinessComputed - d.newBusiness) > CENT) {
    const at = cell("newBusiness");
    checks.push(message("warning", `Mittelherleitung geht nicht auf: Zuteilung − Umschichtung − Vorbelastungen − Reserve = ${euro(newBusinessComputed)}, angegeben sind ${euro(d.newBusiness)} für Neugeschäft (Differenz ${euro(d.newBusiness - newBusinessComputed)}).`, at?.sheet, at?.cell));
  }

  const stated = input.statedTotal;
  if (stated) {
    for (const [field, label] of [["plan", "Plan"], ["actual", "Ist"], ["committed", "Bindung"]] as const) {
      const given = stated[field];
      const computed = total[field];
      if (given !== null && computed !== null && Math.abs(given - computed) > CENT) {
        const first = input.lines[0]?.source;
        const last = input.lines[input.lines.length - 1]?.source;
        const span = first && last ? ` (Zeilen ${first.cell} bis ${last.cell})` : "";
        checks.push(message("warning", `Die Summe der Instrumente${span} ergibt ${label} ${euro(computed)}, die Gesamtzeile ${stated.source.cell} nennt ${euro(given)} – Differenz ${euro(given - computed)}.`, stated.source.sheet, stated.source.cell));
      }
    }
  }

  // The plan must distribute what is available: V (incl. Vorbelastungen) or N, whichever the sheet plans.
  if (total.plan !== null && availableForIntegration !== null) {
    const matchesV = Math.abs(total.plan - availableForIntegration) <= CENT;
    const matchesN = newBusinessComputed !== null && Math.abs(total.plan - newBusinessComputed) <= CENT;
    if (!matchesV && !matchesN) {
      const at = stated?.source ?? input.lines[0]?.source;
      checks.push(message("warning", `Die Planansätze ergeben ${euro(total.plan)}; verfügbar sind ${euro(availableForIntegration)} (Zuteilung − Umschichtung)${newBusinessComputed !== null ? ` bzw. ${euro(newBusinessComputed)} für Neugeschäft` : ""} – Differenz ${euro(total.plan - availableForIntegration)}.`, at?.sheet, at?.cell));
    }
  }

  lines.forEach((line, i) => {
    const source = input.lines[i].source;
    if (line.plan !== null && line.plan > 0 && line.actual === null && line.committed === null) {
      checks.push(message("info", `„${line.instrument}“ hat einen Planansatz (${euro(line.plan)}), aber weder Ausgaben noch Bindungen.`, source.sheet, source.cell));
    } else if (line.plan === null && (line.actual ?? 0) !== 0) {
      checks.push(message("warning", `„${line.instrument}“ hat Ausgaben (${euro(line.actual as number)}), aber keinen Planansatz.`, source.sheet, source.cell));
    } else if (line.plan !== null && line.bound !== null && line.bound - line.plan > CENT) {
      checks.push(message("warning", `„${line.instrument}“ ist überplant: Ist + Bindung (${euro(line.bound)}) übersteigen den Plan um ${euro(line.bound - line.plan)}.`, source.sheet, source.cell));
    }
    if (line.plan !== null && line.plan < 0) {
      checks.push(message("error", `„${line.instrument}“ hat einen negativen Planansatz (${euro(line.plan)}).`, source.sheet, source.cell));
    }
    if (line.committed !== null && line.committed < 0) {
      checks.push(message("error", `„${line.instrument}“ hat eine negative Bindung (${euro(line.committed)}).`, source.sheet, input.lines[i].cells?.committed ?? source.cell));
    }
    const catalogued = matchInstrument(line.instrument);
    if (catalogued && !isFinancedIn(catalogued, input.year)) {
      checks.push(message("warning", `„${line.instrument}“ (${catalogued.legalBasis}) wird ${input.year} nicht aus dem Eingliederungstitel finanziert${catalogued.to ? ` (seit ${catalogued.to + 1} bei den Agenturen für Arbeit)` : ""}.`, source.sheet, source.cell));
    }
  });

  if (total.available !== null && total.available < -CENT) {
    checks.push(message("warning", `Die verfügbaren Mittel sind insgesamt negativ (${euro(total.available)}): Ist + Bindung übersteigen den Plan.`, stated?.source.sheet, stated?.source.cell));
  }

  const monthly = input.monthlyActual ?? [];
  for (let i = 1; i < monthly.length; i++) {
    if (monthly[i].cumulative < monthly[i - 1].cumulative - CENT) {
      checks.push(message("warning", `Die kumulierten Ausgaben sinken von ${euro(monthly[i - 1].cumulative)} (${formatMonthLong(monthly[i - 1].month)}) auf ${euro(monthly[i].cumulative)} (${formatMonthLong(monthly[i].month)}) – Storno oder Eingabefehler?`, monthly[i].source.sheet, monthly[i].source.cell));
    }
  }
  const last = monthly[monthly.length - 1];
  if (last && total.actual !== null && Math.abs(last.cumulative - total.actual) > CENT) {
    checks.push(message("warning", `Die Monatswerte enden bei ${euro(last.cumulative)} (${formatMonthLong(last.month)}), die Instrumente ergeben Ist ${euro(total.actual)}.`, last.source.sheet, last.source.cell));
  }
  const december = monthly.find((m) => m.month.endsWith("-12"));
  const november = monthly.find((m) => m.month.endsWith("-11"));
  if (december && november) {
    const decemberOutflow = december.cumulative - november.cumulative;
    const averageBefore = november.cumulative / 11;
    if (averageBefore > 0 && decemberOutflow > 2 * averageBefore) {
      checks.push(message("info", `Die Ausgaben im Dezember (${euro(decemberOutflow)}) sind mehr als doppelt so hoch wie der Monatsdurchschnitt Januar–November (${euro(averageBefore)}) – möglicherweise vorgezogene Zahlungen; die Hochrechnung aus dem Jahresverlauf ist dann zu hoch.`, december.source.sheet, december.source.cell));
    }
  }
  return checks;
}
