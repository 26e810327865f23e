/**
 * Report sheet "Kennzahlen §48a": every Kennzahl and Ergänzungsgröße of the Berichtsmonat against the Vorjahresmonat,
 * with where each value comes from (berechnet aus Grunddaten / veröffentlicht).
 */
import { KENNZAHLEN_KEY } from "./report-sheets";
import type { KennzahlRow } from "../domain/kennzahlen-overview";
import { formatMonthLong, formatMonthShort, type MonthKey } from "../domain/months";
import { COLOR, FORMAT, NO_VALUE } from "./formats";
import type { PlanValue, SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { GOAL_AREAS, type GoalArea } from "../domain/indicators";
import type { ThirteenMonths } from "../domain/thirteen-months";

/**
 * The last 13 months as a small table (label in column B, months to the right) and a line chart of the two Bestände,
 * on a page of its own: a turn of the trend is seen, not hidden in a Jahresdurchschnitt.
 */
function addThirteenMonths(sheet: SheetBuilder, recent: ThirteenMonths): void {
  sheet.blank();
  sheet.pageBreak(sheet.nextRow);
  sheet.row(["", "Die letzten 13 Monate"], { bold: true, fontSize: 12, fontColor: COLOR.title });
  const monthsRow = sheet.row(["", "Monat", ...recent.months.map(formatMonthShort)], { bold: true, borderBottom: "thin" });
  const first = sheet.nextRow;
  for (const row of recent.rows) {
    const r = sheet.row(["", row.label, ...row.values.map((v) => (v === null ? null : row.unit === "percent" ? v / 100 : v))]);
    sheet.style({ row: r, col: 1, rows: 1, cols: 1 }, { wrapText: true });
    sheet.style({ row: r, col: 2, rows: 1, cols: recent.months.length }, { numberFormat: row.unit === "percent" ? FORMAT.percent : FORMAT.count, horizontalAlignment: "right" });
  }
  const stocks = recent.rows.map((row, i) => ({ row, i })).filter(({ row }) => row.unit === "persons");
  if (stocks.length === 0) return;
  const top = sheet.nextRow + 1;
  sheet.chart({
    kind: "line",
    title: "Bestände der letzten 13 Monate",
    categories: { row: monthsRow, col: 2, rows: 1, cols: recent.months.length },
    series: stocks.map(({ row, i }, n) => ({ name: row.label, values: { row: first + i, col: 2, rows: 1, cols: recent.months.length }, color: n === 0 ? COLOR.actual : COLOR.plan })),
    anchor: { row: top, col: 1, rows: 16, cols: 4 },
    valueAxisNumberFormat: FORMAT.count,
  });
  for (let i = sheet.nextRow; i < top + 17; i++) sheet.blank();
}

export { KENNZAHLEN_KEY };

const HEADERS = ["Code", "Kennzahl / Ergänzungsgröße", "Richtung", "Vorjahresmonat", "Berichtsmonat", "ΔVJ", "Quelle", "Hinweis"];
/** About 155 characters: one page wide on A4 landscape at readable type; names and notes wrap. */
const WIDTHS = [9, 50, 9, 13, 13, 10, 12, 38];

export function buildKennzahlenSheet(rows: KennzahlRow[], context: { jobcenter: string | null; month: MonthKey; dataAsOf: string | null }, recent: ThirteenMonths | null = null): SheetPlan {
  const sheet = new SheetBuilder();
  sheet.row([`Kennzahlen nach § 48a SGB II${context.jobcenter ? ` – ${context.jobcenter}` : ""}`], { bold: true, fontSize: 14, fontColor: COLOR.title });
  sheet.row([`Berichtsmonat: ${formatMonthLong(context.month)} · Vorjahresmonat: ${formatMonthLong(`${Number(context.month.slice(0, 4)) - 1}${context.month.slice(4)}`)} · Datenstand: ${context.dataAsOf ?? "nicht angegeben"}`], { fontColor: COLOR.muted });
  sheet.row(["Alle Werte in %; Veränderungsraten als (Berichtsmonat ÷ Vorjahresmonat − 1) · 100; ΔVJ in Prozentpunkten"], { italic: true, fontColor: COLOR.muted });
  sheet.blank();
  const header = sheet.row(HEADERS, { bold: true, fill: COLOR.headerFill, fontColor: COLOR.headerFont, horizontalAlignment: "center", wrapText: true });
  let goal: GoalArea | null = null;
  for (const row of rows) {
    if (row.definition.goal !== goal) {
      goal = row.definition.goal;
      const r = sheet.row([GOAL_AREAS[goal]]);
      sheet.style({ row: r, col: 0, rows: 1, cols: HEADERS.length }, { bold: true, fill: COLOR.groupFill });
    }
    const name = row.sex ? `${row.definition.name} (${row.sex === "F" ? "Frauen" : "Männer"})` : row.definition.name;
    const values: PlanValue[] = [
      row.code,
      name,
      row.definition.direction === "up" ? "↑" : row.definition.direction === "down" ? "↓" : "○",
      row.previousYear === null ? NO_VALUE : row.previousYear / 100,
      row.value === null ? NO_VALUE : row.value / 100,
      row.deltaPp ?? NO_VALUE,
      row.source ?? NO_VALUE,
      row.reason ?? (row.definition.directionCertainty === "inferred" || row.definition.directionCertainty === "unverified" ? "Richtung nicht amtlich festgelegt (anpassbar)" : ""),
    ];
    const r = sheet.row(values, row.definition.isErgaenzungsgroesse ? undefined : { bold: true });
    sheet.style({ row: r, col: 1, rows: 1, cols: 1 }, { indent: row.definition.isErgaenzungsgroesse ? 2 : 1, wrapText: true });
    sheet.style({ row: r, col: 2, rows: 1, cols: 1 }, { horizontalAlignment: "center" });
    sheet.style({ row: r, col: 3, rows: 1, cols: 2 }, { numberFormat: row.definition.display === "change" ? FORMAT.percentDelta : FORMAT.percent, horizontalAlignment: "right" });
    sheet.style({ row: r, col: 5, rows: 1, cols: 1 }, { numberFormat: FORMAT.pp, horizontalAlignment: "right" });
    sheet.style({ row: r, col: 7, rows: 1, cols: 1 }, { fontColor: COLOR.muted, wrapText: true });
    values.forEach((v, c) => {
      if (v === NO_VALUE) sheet.style({ row: r, col: c, rows: 1, cols: 1 }, { horizontalAlignment: "center", fontColor: COLOR.muted });
    });
  }
  if (recent) addThirteenMonths(sheet, recent);
  return sheet.build({ key: KENNZAHLEN_KEY, name: "Kennzahlen §48a", columnWidths: WIDTHS, freeze: { rows: header + 1, cols: 1 }, tabColor: "2F5597", footer: `Kennzahlen § 48a · Berichtsmonat ${formatMonthLong(context.month)} · Datenstand ${context.dataAsOf ?? "nicht angegeben"}` });
}
