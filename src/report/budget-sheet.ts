/**
 * Report sheet "EGT-Controlling" (foundation slice): the Mittelherleitung and the instruments with Plan, Ist, Bindung,
 * gebundene und verfügbare Mittel and Bindungsquote; category subtotals and a bold total at the bottom (IBCS).
 */
import type { BudgetLineResult, BudgetResult } from "../domain/budget";
import { formatMonthLong, type MonthKey } from "../domain/months";
import { COLOR, FORMAT, NO_VALUE } from "./formats";
import type { PlanValue, SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";

export const BUDGET_KEY = "egt-controlling";

const HEADERS = ["Kategorie / Instrument", "Plan", "Ist", "Bindung", "gebunden (Ist + Bindung)", "verfügbar", "Bindungsquote"];
const COLUMN_WIDTHS = [48, 14, 14, 14, 16, 14, 13];

export function buildBudgetSheet(budget: BudgetResult, context: { jobcenter: string | null; month: MonthKey | null; dataAsOf: string | null }): SheetPlan {
  const sheet = new SheetBuilder();
  sheet.row([`EGT-Controlling ${budget.year}${context.jobcenter ? ` – ${context.jobcenter}` : ""}`], { bold: true, fontSize: 14, fontColor: COLOR.title });
  sheet.row([`Berichtsmonat: ${context.month ? formatMonthLong(context.month) : "–"} · Datenstand: ${context.dataAsOf ?? "nicht angegeben"}`], { fontColor: COLOR.muted });
  sheet.row(["Beträge in EUR"], { italic: true, fontColor: COLOR.muted });
  sheet.blank();

  sheet.row(["Mittelherleitung", "Betrag"], { bold: true, fill: COLOR.headerFill, fontColor: COLOR.headerFont });
  const d = budget.derivation;
  const derivationRows: Array<[string, number | null, boolean]> = [
    ["Zuteilung Eingliederungstitel", d.allocation, false],
    ["− Umschichtung in das Verwaltungskostenbudget", d.shift, false],
    ["= für Eingliederung verfügbar", budget.availableForIntegration, true],
    ["− Vorbelastungen aus Vorjahren", d.priorCommitments, false],
    ["− Reserve", d.reserve, false],
    ["= Mittel für Neugeschäft", budget.newBusinessComputed, true],
  ];
  for (const [label, amount, isResult] of derivationRows) {
    const row = sheet.row([label, amount ?? NO_VALUE]);
    sheet.style({ row, col: 1, rows: 1, cols: 1 }, amount === null ? { horizontalAlignment: "center" } : { numberFormat: FORMAT.euro });
    if (isResult) sheet.style({ row, col: 0, rows: 1, cols: 2 }, { bold: true, borderTop: "thin" });
  }
  sheet.blank();

  sheet.row(HEADERS, { bold: true, fill: COLOR.headerFill, fontColor: COLOR.headerFont, wrapText: true, horizontalAlignment: "center" });
  const categories = [...new Set(budget.lines.map((l) => l.category))];
  for (const category of categories) {
    const lines = budget.lines.filter((l) => l.category === category);
    if (category) sheet.row([category], { bold: true, fill: COLOR.groupFill });
    for (const line of lines) writeLine(sheet, line, { indent: 1 });
    if (category) writeLine(sheet, subtotal(`Summe ${category}`, lines), { bold: true, fill: COLOR.subtotalFill, borderTop: "thin" });
  }
  writeLine(sheet, { ...budget.total, instrument: "Gesamt" }, { bold: true, borderTop: "medium", borderBottom: "double" });
  sheet.blank();
  sheet.row(["Bindungsquote = (Ist + Bindung) ÷ Plan. Bindung = Festlegungen für das laufende Haushaltsjahr."], { italic: true, fontColor: COLOR.muted });

  return sheet.build({ key: BUDGET_KEY, name: "EGT-Controlling", columnWidths: COLUMN_WIDTHS, freeze: { rows: 0, cols: 1 }, tabColor: "548235" });
}

function writeLine(sheet: SheetBuilder, line: BudgetLineResult, style: { indent?: number; bold?: boolean; fill?: string; borderTop?: "thin" | "medium"; borderBottom?: "double" }): void {
  const amounts = [line.plan, line.actual, line.committed, line.bound, line.available];
  const values: PlanValue[] = [line.instrument, ...amounts.map((a) => a ?? NO_VALUE), line.bindingRatePct === null ? NO_VALUE : line.bindingRatePct / 100];
  const row = sheet.row(values);
  const { indent, ...rowStyle } = style;
  sheet.style({ row, col: 0, rows: 1, cols: values.length }, rowStyle);
  if (indent) sheet.style({ row, col: 0, rows: 1, cols: 1 }, { indent });
  sheet.style({ row, col: 1, rows: 1, cols: 5 }, { numberFormat: FORMAT.euro });
  sheet.style({ row, col: 6, rows: 1, cols: 1 }, { numberFormat: FORMAT.percent });
  values.forEach((v, col) => {
    if (v === NO_VALUE) sheet.style({ row, col, rows: 1, cols: 1 }, { horizontalAlignment: "center" });
  });
}

function subtotal(label: string, lines: BudgetLineResult[]): BudgetLineResult {
  const sum = (pick: (l: BudgetLineResult) => number | null) =>
    lines.some((l) => pick(l) !== null) ? lines.reduce((a, l) => a + (pick(l) ?? 0), 0) : null;
  const plan = sum((l) => l.plan);
  const bound = sum((l) => l.bound);
  return {
    category: "",
    instrument: label,
    plan,
    actual: sum((l) => l.actual),
    committed: sum((l) => l.committed),
    bound,
    available: sum((l) => l.available),
    bindingRatePct: plan && bound !== null ? (bound / plan) * 100 : null,
  };
}
