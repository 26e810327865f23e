/**
 * Report sheet "Ziel-Ist-Vergleich": the §48b steering goals of one Berichtsmonat, grouped by Ziel, with IBCS-style
 * columns (Ist VJ, Ist, Ziel, Soll, ΔSoll, ΔVJ), a traffic light that reads without colour, and the monthly path of the
 * Integrationsquote as a native line chart.
 */
import { GOAL_COMPARISON_KEY } from "./report-sheets";
import type { IndicatorResult } from "../domain/goal-comparison";
import { comparesByDifference, DISPLAY_DECIMALS, GOAL_AREAS, GOAL_ORDER, type IndicatorDefinition, type Unit } from "../domain/indicators";
import { formatGermanNumber, roundCommercial } from "../domain/rounding";
import { formatMonthLong, formatMonthShort, type MonthKey } from "../domain/months";
import { COLOR, FORMAT, NO_VALUE } from "./formats";
import type { ChartPlan, PlanValue, SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { STATUS_COLORS, STATUS_LABEL } from "./status-labels";
import type { Status } from "../domain/direction";

export { GOAL_COMPARISON_KEY };

export interface GoalComparisonContext {
  jobcenter: string | null;
  month: MonthKey;
  dataAsOf: string | null;
  /** Notes for the footer, e.g. how many source problems were found. */
  footnotes: string[];
}

export interface IndicatorTrend {
  title: string;
  unit: Unit;
  months: MonthKey[];
  actual: Array<number | null>;
  plan: Array<number | null>;
  previousYear: Array<number | null>;
}

const HEADERS = [
  "Ziel / Kennzahl", "Code", "Einheit", "Richtung", "Ist VJ", "Ist", "Zielwert Jahr", "Soll zum Monat",
  "ΔSoll", "ΔSoll %", "ΔVJ", "Zielerreichung", "Ampel", "Prognose Dez.", "Ziel erreicht voraussichtlich", "Erläuterung",
];
/**
 * About 195 characters in all, so the sheet printed one page wide on A4 landscape keeps about 8 pt type; the name and
 * the Erläuterung wrap instead of widening the page.
 */
const COLUMN_WIDTHS = [32, 7, 9, 10, 11, 11, 10, 10, 9, 8, 9, 11, 12, 11, 11, 30];
const COL = { ist: 5, statusCol: 12, forecast: 13, likely: 14, note: 15 } as const;
/** Characters of a text row: within the table's width, so footnotes never widen the printed page. */
const TEXT_WIDTH = 180;

export function buildGoalComparisonSheet(results: IndicatorResult[], context: GoalComparisonContext, trends: IndicatorTrend[]): SheetPlan {
  const sheet = new SheetBuilder();
  const year = context.month.slice(0, 4);
  sheet.row([`Ziel-Ist-Vergleich ${year}${context.jobcenter ? ` – ${context.jobcenter}` : ""}`], { bold: true, fontSize: 14, fontColor: COLOR.title });
  sheet.text(`Berichtsmonat: ${formatMonthLong(context.month)} · Datenstand: ${context.dataAsOf ?? "nicht angegeben"} · Zielvereinbarung nach § 48b SGB II · Zielpfad: ${targetPathText(results)}`, TEXT_WIDTH, { fontColor: COLOR.muted });
  sheet.text("Quoten in %, Abweichungen von Quoten in Prozentpunkten (pp); Bestände in Personen (Jahresdurchschnitt); Beträge in EUR (Summe seit Januar); Noten mit zwei Nachkommastellen; Dauern in Arbeitstagen, wo die Quelle nicht „Tage“ (Kalendertage) sagt", TEXT_WIDTH, { italic: true, fontColor: COLOR.muted });
  sheet.blank();
  const headerRow = sheet.row(HEADERS, { bold: true, fill: COLOR.headerFill, fontColor: COLOR.headerFont, wrapText: true, horizontalAlignment: "center" });
  const firstDataRow = sheet.nextRow;

  for (const goal of GOAL_ORDER) {
    const inGoal = results.filter((r) => r.definition.goal === goal);
    if (inGoal.length === 0) continue;
    const groupRow = sheet.row([GOAL_AREAS[goal]], { bold: true, fill: COLOR.groupFill });
    sheet.style({ row: groupRow, col: 0, rows: 1, cols: HEADERS.length }, { fill: COLOR.groupFill, borderTop: "thin" });
    for (const result of inGoal) writeIndicatorRow(sheet, result);
  }
  const lastDataRow = sheet.nextRow - 1;
  sheet.style({ row: lastDataRow, col: 0, rows: 1, cols: HEADERS.length }, { borderBottom: "medium" });
  addStatusRules(sheet, firstDataRow, lastDataRow);

  sheet.blank();
  for (const note of [
    "Ist: Integrationsquoten als Jahresfortschrittswert (Integrationen Jan.–Berichtsmonat ÷ Ø ELB Dez. Vorjahr bis Vormonat), Bestand LZB als Jahresdurchschnittswert, LLU als Summe seit Januar.",
    "Ampel: im Plan = Soll erreicht oder übertroffen; gefährdet = Abweichung innerhalb der Toleranz; verfehlt = Abweichung über der Toleranz; Beobachtung = kein Zielwert vereinbart (Monitoring): kein Soll, keine Ampelfarbe, Vergleich mit dem Vorjahr (Ist VJ, ΔVJ). „–“ = kein Wert (nicht gemeldet oder nicht berechenbar).",
    "Prognose Dez.: Jahresfortschrittswerte mit dem Saisonverlauf des Vorjahres hochgerechnet (ohne Vorjahr linear), Bestände (Jahresdurchschnitt) mit der Monatsbewegung des Vorjahres fortgeschrieben, Summen als Summe seit Januar × 12 ÷ Monate. Ziel erreicht voraussichtlich: ja / nein; knapp, wenn die Prognose näher am Zielwert liegt als die Toleranz oder der mittlere Fehler der Rückrechnung.",
    ...backtestNotes(results),
    "Rundung: kaufmännisch (ab 5 aufgerundet) auf die angezeigten Stellen; gerechnet wird mit vollen Stellen. Begriffe und Rechenwege: docs/fachkonzept.md.",
    ...context.footnotes,
  ]) {
    sheet.text(note, TEXT_WIDTH, { italic: true, fontColor: COLOR.muted });
  }

  if (trends.length > 0) addTrends(sheet, trends);

  return sheet.build({
    key: GOAL_COMPARISON_KEY,
    name: "Ziel-Ist-Vergleich",
    columnWidths: COLUMN_WIDTHS,
    freeze: { rows: headerRow + 1, cols: 1 },
    tabColor: COLOR.title,
    footer: `Ziel-Ist-Vergleich · Berichtsmonat ${formatMonthLong(context.month)} · Datenstand ${context.dataAsOf ?? "nicht angegeben"}`,
  });
}

function writeIndicatorRow(sheet: SheetBuilder, result: IndicatorResult): void {
  const d = result.definition;
  const asValue = (n: number | null, kind: "level" | "deltaAbs" | "deltaRel" | "ratio"): PlanValue => {
    // Stored as published (kaufmännisch on the shown decimals), so Excel's binary display never shows 1,8 for 1,85.
    if (n === null) return NO_VALUE;
    if (kind === "level") return d.unit === "percent" ? publish(n, d) / 100 : publish(n, d);
    if (kind === "deltaAbs") return publish(n, d); // Prozentpunkte for quotas, the indicator's unit otherwise
    return roundCommercial(n, 1) / 100; // deltaRel and ratio are shown as Excel percentages with one decimal
  };
  const v = result.variance;
  const status: Status = v.status;
  const values: PlanValue[] = [
    d.name,
    d.code,
    unitLabel(d),
    d.direction === "up" ? "↑ höher" : d.direction === "down" ? "↓ niedriger" : "○",
    asValue(result.previousYear.value, "level"),
    asValue(result.actual.value, "level"),
    result.annualTarget === null ? NO_VALUE : asValue(result.annualTarget, "level"),
    asValue(result.plan.value, "level"),
    asValue(v.deltaAbs, "deltaAbs"),
    d.isQuota ? NO_VALUE : asValue(v.deltaRel, "deltaRel"),
    result.deltaPreviousYear === null ? NO_VALUE : comparesByDifference(d) ? publish(result.deltaPreviousYear, d) : roundCommercial(result.deltaPreviousYear, 1) / 100,
    asValue(v.attainmentPct, "ratio"),
    STATUS_LABEL[status],
    result.forecast?.december.value == null ? NO_VALUE : asValue(result.forecast.december.value, "level"),
    result.forecast?.likely ?? NO_VALUE,
    result.note,
  ];
  const row = sheet.row(values);
  sheet.style({ row, col: 0, rows: 1, cols: 1 }, { indent: 1, wrapText: true });
  const { level, delta } = UNIT_FORMATS[d.unit];
  const formats: Array<[number, string]> = [
    [4, level], [5, level], [6, level], [7, level], [8, delta], [9, FORMAT.percentDelta],
    [10, comparesByDifference(d) ? delta : FORMAT.percentDelta], [11, FORMAT.percent], [13, level],
  ];
  for (const [col, numberFormat] of formats) {
    const isMissing = values[col] === NO_VALUE;
    sheet.style({ row, col, rows: 1, cols: 1 }, isMissing ? { horizontalAlignment: "center", fontColor: COLOR.muted } : { numberFormat, horizontalAlignment: "right" });
  }
  sheet.style({ row, col: COL.ist, rows: 1, cols: 1 }, { bold: true });
  sheet.style({ row, col: COL.statusCol, rows: 1, cols: 1 }, { horizontalAlignment: "center", bold: true });
  sheet.style({ row, col: COL.likely, rows: 1, cols: 1 }, { horizontalAlignment: "center" });
  sheet.style({ row, col: COL.note, rows: 1, cols: 1 }, { wrapText: true, fontColor: COLOR.muted });
}

/** The Zielpfad the cumulative indicators were compared on, as the header says it. */
function targetPathText(results: IndicatorResult[]): string {
  const paths = new Set(results.filter((r) => r.targetPath !== "annual" && r.annualTarget !== null).map((r) => r.targetPath));
  if (paths.size === 0) return "Zielwert (Jahresdurchschnitt bzw. Monatsstandard)";
  if (paths.size > 1) return "saisonal nach dem Vorjahresverlauf, wo das Vorjahr vorliegt, sonst linear";
  return paths.has("seasonal") ? "saisonal nach dem Vorjahresverlauf (kumulierte Monatsanteile des Vorjahres)" : "linear (Zielwert × Monat ÷ 12)";
}

/** The back-test's mean absolute error per indicator, for forecasts made in the Berichtsmonat's month of earlier years. */
function backtestNotes(results: IndicatorResult[]): string[] {
  const parts = results.flatMap((r) => {
    const f = r.forecast;
    if (!f || f.backtestMae === null) return [];
    const unit = r.definition.unit === "percent" ? " pp" : r.definition.unit === "persons" ? " Personen" : r.definition.unit === "eur" ? " €" : "";
    const decimals = DISPLAY_DECIMALS[r.definition.unit] + (r.definition.unit === "percent" ? 1 : 0);
    return [`${r.definition.name} ${formatGermanNumber(f.backtestMae, decimals)}${unit}`];
  });
  if (parts.length === 0) return [];
  const years = [...new Set(results.flatMap((r) => r.forecast?.backtestYears ?? []))].sort();
  return [`Rückrechnung der Prognose (Dezember ${years.join(", ")} aus demselben Monat vorhergesagt), mittlerer absoluter Fehler: ${parts.join("; ")}.`];
}

/** A figure as published: commercially rounded to the decimals the sheet shows for its unit. */
function publish(value: number, d: IndicatorDefinition): number {
  return roundCommercial(value, DISPLAY_DECIMALS[d.unit]);
}

/** Native rules, so the colours stay when a manager sorts or copies the table without the add-in. */
function addStatusRules(sheet: SheetBuilder, firstRow: number, lastRow: number): void {
  const range = { row: firstRow, col: COL.statusCol, rows: lastRow - firstRow + 1, cols: 1 };
  for (const status of Object.keys(STATUS_LABEL) as Status[]) {
    sheet.conditionalFormat({ kind: "textEquals", range, text: STATUS_LABEL[status], style: { ...STATUS_COLORS[status], bold: true } });
  }
}

/**
 * Monthly path of each §48b Zielindikator (Ist, Soll, Vorjahr) as data blocks and native line charts, two per row.
 * Missing months stay empty cells: a chart draws text as 0 but an empty cell as a gap.
 */
function addTrends(sheet: SheetBuilder, trends: IndicatorTrend[]): void {
  sheet.blank();
  sheet.row(["Monatsverlauf der Zielindikatoren"], { bold: true, fontSize: 12, fontColor: COLOR.title });
  const charts: ChartPlan[] = [];
  for (const trend of trends) {
    const scale = trend.unit === "percent" ? 0.01 : 1;
    const format = UNIT_FORMATS[trend.unit].level;
    sheet.row([trend.title], { bold: true });
    const monthsRow = sheet.row(["Monat", ...trend.months.map(formatMonthShort)], { bold: true, borderBottom: "thin" });
    const series: Array<[string, Array<number | null>, string]> = [
      [`Ist ${trend.months[0]?.slice(0, 4) ?? ""}`, trend.actual, COLOR.actual],
      ["Soll (Zielpfad)", trend.plan, COLOR.plan],
      ["Ist Vorjahr", trend.previousYear, COLOR.previousYear],
    ];
    const firstSeriesRow = sheet.nextRow;
    for (const [label, values] of series) sheet.row([label, ...values.map((v) => (v === null ? null : v * scale))]);
    sheet.style({ row: firstSeriesRow, col: 1, rows: series.length, cols: trend.months.length }, { numberFormat: format, horizontalAlignment: "right" });
    charts.push({
      kind: "line",
      title: trend.title,
      categories: { row: monthsRow, col: 1, rows: 1, cols: trend.months.length },
      series: series.map(([name, , color], i) => ({ name, values: { row: firstSeriesRow + i, col: 1, rows: 1, cols: trend.months.length }, color })),
      anchor: { row: 0, col: 0, rows: CHART_HEIGHT_ROWS, cols: 1 },
      valueAxisNumberFormat: format,
    });
    sheet.blank();
  }
  const top = sheet.nextRow + 1;
  // The charts start a page of their own: two rows of charts fit on one, so no break cuts a chart.
  sheet.pageBreak(top);
  charts.forEach((chart, i) => {
    if (i > 0 && i % (2 * CHART_SLOTS.length) === 0) sheet.pageBreak(top + Math.floor(i / CHART_SLOTS.length) * (CHART_HEIGHT_ROWS + 1));
    const slot = CHART_SLOTS[i % CHART_SLOTS.length];
    sheet.chart({ ...chart, anchor: { row: top + Math.floor(i / CHART_SLOTS.length) * (CHART_HEIGHT_ROWS + 1), col: slot.col, rows: CHART_HEIGHT_ROWS, cols: slot.cols } });
  });
}

const CHART_HEIGHT_ROWS = 16;
/** Column spans of roughly equal width on this sheet's column widths (col A is wide). */
const CHART_SLOTS = [{ col: 0, cols: 3 }, { col: 4, cols: 5 }];

const UNIT_FORMATS: Record<Unit, { level: string; delta: string; label: string }> = {
  percent: { level: FORMAT.percent, delta: FORMAT.pp, label: "%" },
  eur: { level: FORMAT.euro, delta: FORMAT.euroDelta, label: "EUR" },
  persons: { level: FORMAT.count, delta: FORMAT.countDelta, label: "Personen" },
  grade: { level: FORMAT.grade, delta: FORMAT.gradeDelta, label: "Note" },
  days: { level: FORMAT.days, delta: FORMAT.daysDelta, label: "Arbeitstage" },
  calendarDays: { level: FORMAT.days, delta: FORMAT.daysDelta, label: "Tage" },
};

function unitLabel(d: IndicatorDefinition): string {
  return UNIT_FORMATS[d.unit].label;
}
