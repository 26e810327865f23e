/**
 * Report sheet "Bearbeitungszeiten": per case list the duration figures of the Berichtsmonat (count, Ø, median, P90 in
 * Arbeitstage, Ø Kalendertage, share within the limit), split by category, the distribution as a column chart, the
 * backlog at the Stichtag by age, and the median per month as a trend. Aggregates only: never a name or case number.
 */
import { PROCESSING_KEY } from "./report-sheets";
import { CASE_LIST_NAMES, type CaseMeasures, type DurationStats } from "../domain/processing/cases";
import { formatMonthLong, formatMonthShort, type MonthKey } from "../domain/months";
import { COLOR, FORMAT, NO_VALUE } from "./formats";
import type { PlanValue, SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { LAND_NAMES, type Land } from "../domain/processing/holidays";

export { PROCESSING_KEY };

export interface ProcessingSection {
  measures: CaseMeasures;
  trend: Array<{ month: MonthKey; median: number | null; count: number }>;
  /** Rows left out for missing or implausible data. */
  excludedCount: number;
  sheet: string;
}

const HEADERS = ["", "Fälle", "Ø Arbeitstage", "Median", "90 %-Wert", "Ø Kalendertage", "Anteil im Limit"];
const WIDTHS = [40, 10, 14, 18, 11, 15, 15, 4, 12, 12];

export function buildProcessingSheet(sections: ProcessingSection[], context: { jobcenter: string | null; month: MonthKey; land: Land }): SheetPlan {
  const sheet = new SheetBuilder();
  sheet.row([`Bearbeitungszeiten${context.jobcenter ? ` – ${context.jobcenter}` : ""}`], { bold: true, fontSize: 14, fontColor: COLOR.title });
  sheet.row([`Berichtsmonat: ${formatMonthLong(context.month)} · Fälle mit Erledigung im Berichtsmonat · Rückstand zum Monatsende`], { fontColor: COLOR.muted });
  sheet.row([`Arbeitstage ohne Wochenenden, Feiertage (${LAND_NAMES[context.land]}) und Schließtage; der Eingangstag zählt nicht, der Erledigungstag zählt.`], { italic: true, fontColor: COLOR.muted });
  sheet.row(["Datenschutz: Dieses Blatt enthält nur zusammengefasste Zahlen – keine Namen, Kunden- oder Aktenzeichen."], { italic: true, fontColor: COLOR.muted });
  for (const section of sections) writeSection(sheet, section);
  return sheet.build({ key: PROCESSING_KEY, name: "Bearbeitungszeiten", columnWidths: WIDTHS, tabColor: "7F6000", repeatRows: 2, footer: `Bearbeitungszeiten · Berichtsmonat ${formatMonthLong(context.month)}` });
}

function writeSection(sheet: SheetBuilder, section: ProcessingSection): void {
  const m = section.measures;
  sheet.blank();
  sheet.row([`${CASE_LIST_NAMES[m.kind]} (Quelle: Blatt „${section.sheet}“)`], { bold: true, fontSize: 12, fontColor: COLOR.title });
  const limit = m.kind === "widersprueche" ? "Anteil ≤ 3 Monate" : `Anteil ≤ ${m.limitWorkingDays} AT`;
  const header = sheet.row([...HEADERS.slice(0, 6), limit], { bold: true, fill: COLOR.headerFill, fontColor: COLOR.headerFont, horizontalAlignment: "center", wrapText: true });
  statsRow(sheet, "Insgesamt", m.overall, true);
  for (const { category, stats } of m.byCategory) statsRow(sheet, category, stats, false);
  if (m.upholdRatePct !== null) {
    const r = sheet.row(["Stattgabequote (stattgegeben + teilweise ÷ erledigt)", null, m.upholdRatePct / 100]);
    sheet.style({ row: r, col: 2, rows: 1, cols: 1 }, { numberFormat: FORMAT.percent });
  }
  if (section.excludedCount > 0) sheet.row([excludedNote(section.excludedCount)], { italic: true, fontColor: COLOR.badFont });

  // Distribution and backlog side by side below the table; charts to the right.
  sheet.blank();
  const top = sheet.row(["Verteilung (Arbeitstage)", "Fälle", null, `Rückstand am ${m.backlog.cutOff.split("-").reverse().join(".")}`, "offen"], { bold: true, borderBottom: "thin" });
  const rows = Math.max(m.histogram.length, m.backlog.buckets.length + 1);
  for (let i = 0; i < rows; i++) {
    const h = m.histogram[i];
    const b = i < m.backlog.buckets.length ? m.backlog.buckets[i] : i === m.backlog.buckets.length ? { label: "offen insgesamt", count: m.backlog.open } : null;
    sheet.row([h?.label ?? null, h?.count ?? null, null, b?.label ?? null, b?.count ?? null], b?.label === "offen insgesamt" ? undefined : undefined);
  }
  sheet.style({ row: top + m.backlog.buckets.length + 1, col: 3, rows: 1, cols: 2 }, { bold: true, borderTop: "thin" });
  sheet.chart({
    kind: "columnClustered",
    title: `${CASE_LIST_NAMES[m.kind]}: Verteilung in Arbeitstagen`,
    categories: { row: top + 1, col: 0, rows: m.histogram.length, cols: 1 },
    series: [{ name: "Fälle", values: { row: top + 1, col: 1, rows: m.histogram.length, cols: 1 }, color: COLOR.title }],
    anchor: { row: header, col: 8, rows: 14, cols: 6 },
  });

  sheet.blank();
  const trendTop = sheet.row(["Median je Monat (Arbeitstage)", ...section.trend.map((t) => formatMonthShort(t.month))], { bold: true, borderBottom: "thin" });
  const medianRow = sheet.row(["Median", ...section.trend.map((t) => t.median)]);
  sheet.row(["Fälle", ...section.trend.map((t) => t.count)]);
  sheet.style({ row: medianRow, col: 1, rows: 1, cols: section.trend.length }, { numberFormat: FORMAT.days });
  sheet.chart({
    kind: "line",
    title: `${CASE_LIST_NAMES[m.kind]}: Median je Monat`,
    categories: { row: trendTop, col: 1, rows: 1, cols: section.trend.length },
    series: [{ name: "Median (AT)", values: { row: medianRow, col: 1, rows: 1, cols: section.trend.length }, color: COLOR.actual }],
    anchor: { row: header + 15, col: 8, rows: 14, cols: 6 },
  });
  // Keep the next section below both charts.
  while (sheet.nextRow < header + 31) sheet.blank();
}

function statsRow(sheet: SheetBuilder, label: string, stats: DurationStats, bold: boolean): void {
  const v = (n: number | null): PlanValue => (n === null ? NO_VALUE : n);
  const r = sheet.row([label, stats.count, v(stats.meanWorkingDays), v(stats.medianWorkingDays), v(stats.p90WorkingDays), v(stats.meanCalendarDays), stats.shareWithinLimitPct === null ? NO_VALUE : stats.shareWithinLimitPct / 100], bold ? { bold: true } : undefined);
  sheet.style({ row: r, col: 2, rows: 1, cols: 4 }, { numberFormat: FORMAT.days });
  sheet.style({ row: r, col: 6, rows: 1, cols: 1 }, { numberFormat: FORMAT.percent });
  if (!bold) sheet.style({ row: r, col: 0, rows: 1, cols: 1 }, { indent: 1 });
}

function excludedNote(count: number): string {
  return `${count} ${count === 1 ? "Fall" : "Fälle"} wegen fehlender oder unplausibler Daten nicht berücksichtigt (Hinweise mit Zellangabe im Aufgabenbereich bzw. in der JSON-Zusammenfassung).`;
}
