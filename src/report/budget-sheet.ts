/**
 * Report sheet "EGT-Controlling": Mittelherleitung as table and waterfall, the instruments with category subtotals and
 * a bold total at the bottom (IBCS), deviation from the linear Mittelabflussplan, year-end projection, monthly
 * Mittelabfluss chart and the reconciliation checks. EUR without decimals, unit in the title.
 */
import { BUDGET_KEY } from "./report-sheets";
import { type BudgetLineResult, type BudgetResult, PROJECTION_NAMES, sumOfLines } from "../domain/budget";
import { formatMonthShort, GERMAN_MONTH_NAMES } from "../domain/months";
import { COLOR, FORMAT, NO_VALUE } from "./formats";
import type { PlanValue, SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { waterfallSteps } from "./waterfall";
import { formatGermanNumber } from "../domain/rounding";

export { BUDGET_KEY };

const HEADERS = [
  "Kategorie / Instrument", "Plan", "Ist", "Bindung", "gebunden (Ist + Bindung)", "verfügbar", "Bindungsquote", "Ausschöpfung",
  "linearer Plan", "Ist − linearer Plan", "Hochrechnung (Ist × 12 ÷ Monate)", "Erwartung Jahresende", "Ausgaberest (Plan − Erwartung)",
];
/** About 200 characters: one page wide on A4 landscape at readable type; names and headers wrap. */
const WIDTHS = [40, 12, 12, 11, 13, 12, 11, 11, 12, 12, 14, 13, 14, 14];
const AMOUNT_COLS = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12];
const COL = { bindingRate: 6, utilisation: 7, deviation: 9, remainder: 12 } as const;

export interface BudgetSheetContext {
  jobcenter: string | null;
  dataAsOf: string | null;
}

export function buildBudgetSheet(budget: BudgetResult, context: BudgetSheetContext): SheetPlan {
  const sheet = new SheetBuilder();
  const period = budget.monthsElapsed ? `Ist Januar–${GERMAN_MONTH_NAMES[budget.monthsElapsed - 1]} ${budget.year}` : `Haushaltsjahr ${budget.year}`;
  sheet.row([`EGT-Controlling ${budget.year}${context.jobcenter ? ` – ${context.jobcenter}` : ""}`], { bold: true, fontSize: 14, fontColor: COLOR.title });
  sheet.row([`${period} · Datenstand: ${context.dataAsOf ?? "nicht angegeben"}`], { fontColor: COLOR.muted });
  sheet.text("Beträge in EUR; Bindung = Festlegungen für das laufende Haushaltsjahr; gebunden = Ist + Bindung; Bindungsquote = (Ist + Bindung) ÷ Plan; Ausschöpfung = Ist ÷ Plan; linearer Plan = Plan × Monate ÷ 12; Begriffe: docs/fachkonzept.md", 180, { italic: true, fontColor: COLOR.muted });
  sheet.blank();

  writeHeadline(sheet, budget);
  sheet.blank();
  writeDerivation(sheet, budget);
  sheet.blank();
  writeInstruments(sheet, budget);
  writeMonthlyOutflow(sheet, budget);
  writeChecks(sheet, budget);

  return sheet.build({ key: BUDGET_KEY, name: "EGT-Controlling", columnWidths: WIDTHS, tabColor: "548235", repeatRows: 2, footer: `EGT-Controlling ${budget.year} · ${period} · Datenstand ${context.dataAsOf ?? "nicht angegeben"}` });
}

function writeHeadline(sheet: SheetBuilder, budget: BudgetResult): void {
  const t = budget.total;
  const previousYear = budget.runRatePreviousYear;
  const rows: Array<[string, PlanValue, string]> = [
    ["verfügbar für Eingliederung (Zuteilung − Umschichtung)", budget.availableForIntegration ?? NO_VALUE, FORMAT.euro],
    ["gebunden (Ist + Bindung)", t.bound ?? NO_VALUE, FORMAT.euro],
    ["frei verfügbar", budget.availableForIntegration !== null && t.bound !== null ? budget.availableForIntegration - t.bound : NO_VALUE, FORMAT.euro],
    [`Jahresende – ${PROJECTION_NAMES.commitments}`, t.projections.commitments ?? NO_VALUE, FORMAT.euro],
    [`Jahresende – ${PROJECTION_NAMES["run-rate"]}`, t.projections["run-rate"] ?? NO_VALUE, FORMAT.euro],
    [
      previousYear
        ? `Jahresende – Hochrechnung mit dem Mittelabfluss des Vorjahres (bis zu diesem Monat ${formatGermanNumber(previousYear.shareAtMonthPct, 1)} % abgeflossen)`
        : "Jahresende – Hochrechnung mit dem Mittelabfluss des Vorjahres (kein Vorjahresverlauf in der Arbeitsmappe)",
      previousYear ? previousYear.value : NO_VALUE,
      FORMAT.euro,
    ],
    [`Jahresende – ${PROJECTION_NAMES.expected} (je Instrument)`, t.projections.expected ?? NO_VALUE, FORMAT.euro],
    ["Ausgaberest (Plan − Erwartung; negativ = Mehrbedarf)", t.remainder ?? NO_VALUE, FORMAT.euroDelta],
    ["Ausschöpfung (Ist ÷ Plan)", t.utilisationPct === null ? NO_VALUE : t.utilisationPct / 100, FORMAT.percent],
  ];
  sheet.row(["Auf einen Blick"], { bold: true, fontColor: COLOR.title });
  for (const [label, value, numberFormat] of rows) {
    const r = sheet.row([label, value]);
    sheet.style({ row: r, col: 0, rows: 1, cols: 1 }, { wrapText: true });
    sheet.style({ row: r, col: 1, rows: 1, cols: 1 }, value === NO_VALUE ? { horizontalAlignment: "center" } : { numberFormat, bold: true });
  }
}

function writeDerivation(sheet: SheetBuilder, budget: BudgetResult): void {
  const d = budget.derivation;
  const header = sheet.row(["Mittelherleitung", "Betrag"], { bold: true, fill: COLOR.headerFill, fontColor: COLOR.headerFont });
  const rows: Array<[string, number | null, boolean]> = [
    ["Zuteilung Eingliederungstitel", d.allocation, false],
    [(d.shift ?? 0) < 0 ? "+ Umschichtung aus dem Verwaltungskostenbudget" : "− Umschichtung in das Verwaltungskostenbudget", d.shift === null ? null : Math.abs(d.shift), false],
    ...((d.carryOver ?? null) !== null ? [["+ Übertrag aus dem Vorjahr", d.carryOver ?? null, false] as [string, number | null, boolean]] : []),
    ["= für Eingliederung verfügbar", budget.availableForIntegration, true],
    ["− Vorbelastungen aus Vorjahren", d.priorCommitments, false],
    ["− Reserve", d.reserve, false],
    ["= Mittel für Neugeschäft", budget.newBusinessComputed, true],
  ];
  for (const [label, amount, isResult] of rows) {
    const r = sheet.row([label, amount ?? NO_VALUE]);
    sheet.style({ row: r, col: 1, rows: 1, cols: 1 }, amount === null ? { horizontalAlignment: "center" } : { numberFormat: FORMAT.euro });
    if (isResult) sheet.style({ row: r, col: 0, rows: 1, cols: 2 }, { bold: true, borderTop: "thin" });
  }
  if (d.newBusiness !== null && budget.newBusinessComputed !== null && Math.abs(d.newBusiness - budget.newBusinessComputed) > 0.005) {
    const r = sheet.row(["angegeben im Quellblatt (Neugeschäft)", d.newBusiness], { italic: true, fontColor: COLOR.badFont });
    sheet.style({ row: r, col: 1, rows: 1, cols: 1 }, { numberFormat: FORMAT.euro });
  }
  writeWaterfall(sheet, budget, header);
}

/** The waterfall as chart data beside the table (columns D–F) and a chart to the right of it. */
function writeWaterfall(sheet: SheetBuilder, budget: BudgetResult, top: number): void {
  const d = budget.derivation;
  if (d.allocation === null) return;
  const steps = waterfallSteps([
    { label: "Zuteilung", amount: d.allocation, kind: "total" },
    { label: (d.shift ?? 0) < 0 ? "Umschichtung aus VKB" : "Umschichtung in VKB", amount: -(d.shift ?? 0), kind: "change" },
    ...((d.carryOver ?? null) !== null ? [{ label: "Übertrag", amount: d.carryOver ?? 0, kind: "change" as const }] : []),
    { label: "Vorbelastungen", amount: -(d.priorCommitments ?? 0), kind: "change" },
    { label: "Reserve", amount: -(d.reserve ?? 0), kind: "change" },
    { label: "Neugeschäft", amount: budget.newBusinessComputed ?? 0, kind: "total" },
  ]);
  // Chart data lives in columns D–G of the rows below `top`; the rows already exist or are created here.
  const dataRows: PlanValue[][] = [["Schritt (Diagrammdaten)", "Basis", "über 0", "unter 0"], ...steps.map((s) => [s.label, s.base, s.up, s.down])];
  sheet.place(top, 3, dataRows);
  sheet.style({ row: top, col: 3, rows: 1, cols: 4 }, { bold: true, fontColor: COLOR.muted });
  sheet.style({ row: top + 1, col: 4, rows: steps.length, cols: 3 }, { numberFormat: FORMAT.euro, fontColor: COLOR.muted });
  const values = (col: number) => ({ row: top + 1, col, rows: steps.length, cols: 1 });
  sheet.chart({
    kind: "waterfall",
    title: `Mittelherleitung ${budget.year} (EUR)`,
    categories: values(3),
    series: [
      { name: "Basis", values: values(4), invisible: true },
      { name: "Betrag", values: values(5), color: COLOR.title },
      { name: "Betrag unter 0", values: values(6), color: COLOR.badFont },
    ],
    // One colour per sign and the steps named on the axis: a legend would only show the helper series.
    legend: "none",
    anchor: { row: top, col: 8, rows: WATERFALL_ROWS, cols: 4 },
    valueAxisNumberFormat: FORMAT.euro,
  });
  // Keep the instrument table below the chart.
  while (sheet.nextRow < top + WATERFALL_ROWS + 1) sheet.blank();
}

const WATERFALL_ROWS = 14;

function writeInstruments(sheet: SheetBuilder, budget: BudgetResult): void {
  sheet.row([`Instrumente (Erwartung Jahresende = höherer Wert aus Ist + Bindung und Ist × 12 ÷ Monate)`], { bold: true, fontColor: COLOR.title });
  // Vorbelastungen für Folgejahre (VE) only when the source gives them.
  const withFollowingYears = budget.lines.some((l) => l.followingYears !== null);
  const header = sheet.row(withFollowingYears ? [...HEADERS, "Vorbelastung Folgejahre"] : HEADERS, { bold: true, fill: COLOR.headerFill, fontColor: COLOR.headerFont, wrapText: true, horizontalAlignment: "center" });
  const categories = [...new Set(budget.lines.map((l) => l.category))];
  for (const category of categories) {
    const lines = budget.lines.filter((l) => l.category === category);
    if (category) sheet.row([category], { bold: true, fill: COLOR.groupFill });
    const first = sheet.nextRow;
    for (const line of lines) writeLine(sheet, line, {}, withFollowingYears);
    sheet.style({ row: first, col: 0, rows: lines.length, cols: 1 }, { indent: 1 });
    if (category) writeLine(sheet, sumOfLines(`Summe ${category}`, lines, budget.monthsElapsed), { bold: true, fill: COLOR.subtotalFill, borderTop: "thin" }, withFollowingYears);
  }
  const totalRow = writeLine(sheet, { ...budget.total, instrument: "Gesamt" }, { bold: true, borderTop: "medium", borderBottom: "double" }, withFollowingYears);
  // Formats by column over the whole table, never cell by cell: 5.000 budget lines stay a few dozen ranges.
  const table = { row: header + 1, rows: totalRow - header };
  sheet.style({ ...table, col: 0, cols: 1 }, { wrapText: true });
  for (const col of withFollowingYears ? [...AMOUNT_COLS, HEADERS.length] : AMOUNT_COLS) sheet.style({ ...table, col, cols: 1 }, { numberFormat: col === COL.deviation || col === COL.remainder ? FORMAT.euroDelta : FORMAT.euro });
  sheet.style({ ...table, col: COL.bindingRate, cols: 2 }, { numberFormat: FORMAT.percent });
  const body = { row: header + 1, rows: totalRow - header - 1 };
  sheet.conditionalFormat({ kind: "dataBar", range: { row: body.row, col: COL.bindingRate, rows: body.rows, cols: 1 }, positiveColor: "5B9BD5", negativeColor: "F8696B" });
  sheet.blank();
}

function writeLine(
  sheet: SheetBuilder,
  line: BudgetLineResult,
  style: { bold?: boolean; fill?: string; borderTop?: "thin" | "medium"; borderBottom?: "double" },
  withFollowingYears: boolean,
): number {
  const pct = (n: number | null) => (n === null ? NO_VALUE : n / 100);
  const amount = (n: number | null) => (n === null ? NO_VALUE : n);
  const values: PlanValue[] = [
    line.instrument, amount(line.plan), amount(line.actual), amount(line.committed), amount(line.bound), amount(line.available),
    pct(line.bindingRatePct), pct(line.utilisationPct), amount(line.linearPlan), amount(line.deviationFromLinear),
    amount(line.projections["run-rate"]), amount(line.projections.expected), amount(line.remainder),
    ...(withFollowingYears ? [amount(line.followingYears)] : []),
  ];
  const row = sheet.row(values);
  if (Object.keys(style).length > 0) sheet.style({ row, col: 0, rows: 1, cols: values.length }, style);
  return row;
}

/** Cumulative Ist per month against the linear plan (V × k/12), as a table and a line chart. */
function writeMonthlyOutflow(sheet: SheetBuilder, budget: BudgetResult): void {
  if (budget.monthlyActual.length === 0) return;
  const available = budget.availableForIntegration;
  // Table and chart on a page of their own, so no break cuts the chart.
  sheet.pageBreak(sheet.nextRow);
  sheet.row([`Mittelabfluss ${budget.year}: Ist kumuliert und linearer Plan`], { bold: true, fontColor: COLOR.title });
  const header = sheet.row(["Monat", "Ist kumuliert", "linearer Plan", "Abweichung"], { bold: true, borderBottom: "thin" });
  for (const { month, cumulative } of budget.monthlyActual) {
    const plan = available === null ? null : (available * Number(month.slice(5, 7))) / 12;
    // Chart data: an empty cell is a gap, "–" would be drawn as 0.
    sheet.row([formatMonthShort(month), cumulative, plan, plan === null ? NO_VALUE : cumulative - plan]);
  }
  const n = budget.monthlyActual.length;
  sheet.style({ row: header + 1, col: 1, rows: n, cols: 2 }, { numberFormat: FORMAT.euro });
  sheet.style({ row: header + 1, col: 3, rows: n, cols: 1 }, { numberFormat: FORMAT.euroDelta });
  sheet.chart({
    kind: "line",
    title: `Mittelabfluss ${budget.year} (EUR)`,
    categories: { row: header + 1, col: 0, rows: n, cols: 1 },
    series: [
      { name: "Ist kumuliert", values: { row: header + 1, col: 1, rows: n, cols: 1 }, color: COLOR.actual },
      { name: "linearer Plan", values: { row: header + 1, col: 2, rows: n, cols: 1 }, color: COLOR.plan },
    ],
    anchor: { row: header, col: 5, rows: Math.max(14, n + 2), cols: 5 },
    valueAxisNumberFormat: FORMAT.euro,
  });
  for (let i = sheet.nextRow; i < header + Math.max(14, n + 2) + 1; i++) sheet.blank();
}

function writeChecks(sheet: SheetBuilder, budget: BudgetResult): void {
  sheet.blank();
  sheet.row(["Abstimmung"], { bold: true, fontColor: COLOR.title });
  if (budget.planBasis) {
    sheet.row([`Plan = Spalte „${budget.planBasis.header}“ aus Blatt „${budget.planBasis.sheet}“ (Vorrang: Verfügungsrahmen vor Soll/Plan vor Ansatz).`], { italic: true, fontColor: COLOR.muted });
  }
  if (budget.checks.length === 0) {
    sheet.row(["Alle Summen gehen auf: Instrumente, Gesamtzeile, Mittelherleitung und Monatswerte stimmen überein."], { fontColor: COLOR.goodFont });
    return;
  }
  for (const check of budget.checks) {
    const where = check.sheet ? `${check.sheet}${check.cell ? `!${check.cell}` : ""}: ` : "";
    sheet.row([`${where}${check.text}`], { fontColor: check.level === "info" ? COLOR.muted : COLOR.badFont, wrapText: false });
  }
}
