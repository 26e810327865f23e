/**
 * Report sheet "Vergleich": the own Jobcenter beside its SGB II-Vergleichstyp for every §48a Kennzahl of a published
 * all-Jobcenter table — own value, rank and quartile, the type's median, mean, extremes and quartiles, Land and Bund —
 * with a footnote on month, type and missing values, a native ranking chart per headline Kennzahl (own bar in colour,
 * peers grey) and, with several months, own value against the type median over time.
 */
import { COMPARISON_KEY } from "./report-sheets";
import type { PeerComparison, PeerComparisonRow, PeerDistribution, PeerHistory } from "../domain/peers/compare-with-peers";
import { kennzahlFor } from "../domain/kennzahlen-catalogue";
import { GOAL_AREAS } from "../domain/indicators";
import { formatMonthLong, formatMonthShort } from "../domain/months";
import { COLOR, FORMAT, NO_VALUE } from "./formats";
import type { ChartPlan, PlanValue, SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { roundCommercial } from "../domain/rounding";

export { COMPARISON_KEY };

export interface ComparisonContext {
  /** Sheet(s) the table was read from, named in the footnote. */
  sourceSheet: string;
  /** The table's own source lines ("Quelle: Statistik der BA …"), repeated as written. */
  sourceNotes: string[];
}

/** IBCS: the own Jobcenter in one highlight colour, the peers in grey. */
export const OWN_COLOR = COLOR.title;
export const PEER_COLOR = COLOR.previousYear;
export const MEDIAN_COLOR = COLOR.previousYear;

const HEADERS = [
  "Code", "Kennzahl / Ergänzungsgröße", "Richtung", "Eigener Wert", "Rang", "Quartil", "Median Typ",
  "Δ Median", "Mittelwert Typ", "Minimum", "1. Quartil", "3. Quartil", "Maximum", "Land", "Bund", "JC mit Wert", "JC ohne Wert",
];
/** About 190 characters: one page wide on A4 landscape at readable type; the names wrap. */
const WIDTHS = [8, 40, 8, 11, 6, 8, 10, 10, 11, 10, 10, 10, 10, 9, 9, 10, 10];
export const COMPARISON_COLUMNS = { code: 0, own: 3, rank: 4, quarter: 5, median: 6, delta: 7 } as const;
/** Columns holding a level (in %): eigener Wert, Median, Mittelwert, Minimum, Q1, Q3, Maximum, Land, Bund. */
const LEVEL_COLUMNS = [3, 6, 8, 9, 10, 11, 12, 13, 14];

export function buildComparisonSheet(comparison: PeerComparison, context: ComparisonContext): SheetPlan {
  const sheet = new SheetBuilder();
  const month = comparison.month ? formatMonthLong(comparison.month) : "Monat nicht angegeben";
  const against = comparison.group.source === "all" ? "allen Jobcentern der Tabelle" : "dem SGB II-Vergleichstyp";
  sheet.row([`Vergleich mit ${against} – ${comparison.own.name}`], { bold: true, fontSize: 14, fontColor: COLOR.title });
  sheet.row([`Berichtsmonat: ${month} · Vergleichsgruppe: ${groupText(comparison)} · Quelle: ${context.sourceSheet}`], { fontColor: COLOR.muted });
  sheet.row(["Werte in %; Veränderungsraten in %; Δ Median = eigener Wert − Median des Typs in Prozentpunkten; Rang 1 = bester Wert nach Wirkungsrichtung"], { italic: true, fontColor: COLOR.muted });
  sheet.blank();
  const header = sheet.row(HEADERS, { bold: true, fill: COLOR.headerFill, fontColor: COLOR.headerFont, horizontalAlignment: "center", wrapText: true });
  const firstDataRow = sheet.nextRow;
  let goal = "";
  for (const row of comparison.rows) {
    if (row.definition.goal !== goal) {
      goal = row.definition.goal;
      // The Zielbereich in words, never its internal key ("hilfebeduerftigkeit").
      const r = sheet.row([GOAL_AREAS[row.definition.goal]]);
      sheet.style({ row: r, col: 0, rows: 1, cols: HEADERS.length }, { bold: true, fill: COLOR.groupFill });
    }
    writeRow(sheet, row);
  }
  const lastDataRow = sheet.nextRow - 1;
  sheet.style({ row: lastDataRow, col: 0, rows: 1, cols: HEADERS.length }, { borderBottom: "medium" });
  const quarters = { row: firstDataRow, col: COMPARISON_COLUMNS.quarter, rows: lastDataRow - firstDataRow + 1, cols: 1 };
  sheet.conditionalFormat({ kind: "cellValue", range: quarters, operator: "equalTo", values: [1], style: { fill: COLOR.good, fontColor: COLOR.goodFont } });
  sheet.conditionalFormat({ kind: "cellValue", range: quarters, operator: "equalTo", values: [4], style: { fill: COLOR.bad, fontColor: COLOR.badFont } });

  sheet.blank();
  for (const note of footnotes(comparison, context, month)) sheet.text(note, 170, { italic: true, fontColor: COLOR.muted });

  addCharts(sheet, comparison);
  return sheet.build({ key: COMPARISON_KEY, name: "Vergleich", columnWidths: WIDTHS, freeze: { rows: header + 1, cols: 2 }, tabColor: "2F5597", footer: `Vergleich · ${month}` });
}

function writeRow(sheet: SheetBuilder, row: PeerComparisonRow): void {
  const s = row.statistics;
  // Published as shown (one decimal, kaufmännisch): 1,85 is "1,9", never Excel's binary "1,8".
  const level = (v: number | null | undefined): PlanValue => (v === null || v === undefined ? NO_VALUE : roundCommercial(v, 1) / 100);
  const name = row.sex ? `${row.definition.name} (${row.sex === "F" ? "Frauen" : "Männer"})` : row.definition.name;
  const values: PlanValue[] = [
    row.code,
    name,
    row.direction === "up" ? "↑" : row.direction === "down" ? "↓" : "○",
    level(row.own),
    row.rank ?? NO_VALUE,
    row.quarter ?? NO_VALUE,
    level(s?.median),
    row.deltaToMedianPp === null ? NO_VALUE : roundCommercial(row.deltaToMedianPp, 1),
    level(s?.mean),
    level(s?.min),
    level(s?.q1),
    level(s?.q3),
    level(s?.max),
    level(row.land),
    level(row.bund),
    s?.count ?? 0,
    row.withoutValue,
  ];
  const r = sheet.row(values, row.definition.isErgaenzungsgroesse || row.sex ? undefined : { bold: true });
  sheet.style({ row: r, col: 1, rows: 1, cols: 1 }, { indent: row.definition.isErgaenzungsgroesse || row.sex ? 2 : 1, wrapText: true });
  sheet.style({ row: r, col: 2, rows: 1, cols: 1 }, { horizontalAlignment: "center" });
  const levelFormat = row.definition.display === "change" ? FORMAT.percentDelta : FORMAT.percent;
  for (const col of LEVEL_COLUMNS) sheet.style({ row: r, col, rows: 1, cols: 1 }, { numberFormat: levelFormat, horizontalAlignment: "right" });
  sheet.style({ row: r, col: COMPARISON_COLUMNS.own, rows: 1, cols: 1 }, { bold: true });
  sheet.style({ row: r, col: COMPARISON_COLUMNS.rank, rows: 1, cols: 2 }, { numberFormat: "0", horizontalAlignment: "center" });
  sheet.style({ row: r, col: COMPARISON_COLUMNS.delta, rows: 1, cols: 1 }, { numberFormat: FORMAT.pp, horizontalAlignment: "right" });
  sheet.style({ row: r, col: 15, rows: 1, cols: 2 }, { numberFormat: FORMAT.count, horizontalAlignment: "right" });
  values.forEach((v, c) => {
    if (v === NO_VALUE) sheet.style({ row: r, col: c, rows: 1, cols: 1 }, { horizontalAlignment: "center", fontColor: COLOR.muted });
  });
}

function groupText(comparison: PeerComparison): string {
  const group = comparison.group;
  const count = `${group.members.toLocaleString("de-DE")} Jobcenter`;
  if (group.source === "all") {
    // The user's type is named even though it could not be applied: a reader must not take the ranks for its own.
    const why = group.unappliedChoice ? `der gewählte Vergleichstyp „${group.unappliedChoice}“ ist nicht anwendbar, weil die Tabelle nicht sagt, welche Jobcenter dazugehören` : "kein Vergleichstyp angegeben";
    return `alle Jobcenter der Tabelle (${count}; ${why})`;
  }
  return `Vergleichstyp ${group.label} (${count}${group.source === "chosen" ? ", vom Anwender gewählt" : ""})`;
}

function footnotes(comparison: PeerComparison, context: ComparisonContext, month: string): string[] {
  return [
    `Veröffentlichungsmonat (Berichtsmonat der Tabelle): ${month}. Vergleichsgruppe: ${groupText(comparison)}${comparison.own.land ? `; Land: ${comparison.own.land}` : ""}.`,
    ...(comparison.group.source === "all"
      ? ["Ohne Vergleichstyp: Rang, Quartil und Median beziehen sich auf alle Jobcenter der Tabelle, nicht auf Jobcenter mit ähnlichen Rahmenbedingungen. Für einen Vergleich im eigenen Typ den Vergleichstyp wählen (Aufgabenbereich „Weitere Einstellungen“, Kommandozeile --vergleichstyp)."]
      : []),
    "Fehlende Werte („x“, „.“, „–“, „k.A.“ oder leer) zählen nicht als 0: Jobcenter ohne Wert sind aus Mittelwert, Median, Quartilen, Minimum, Maximum und Rang ausgeschlossen und unter „JC ohne Wert“ gezählt.",
    "Rang: 1 = bester Wert nach der Wirkungsrichtung (↑ höher ist besser, ↓ niedriger ist besser, z. B. K3); gleiche Werte teilen sich einen Rang (1, 2, 2, 4). Ohne festgelegte Richtung (○) kein Rang.",
    "Quartile wie Excel QUARTIL.INKL; Quartil des eigenen Jobcenters nach dem Anteil besser platzierter Jobcenter (1 = bestes Viertel). „–“ = kein Wert.",
    ...context.sourceNotes,
  ];
}

const CHART_HEIGHT_ROWS = 18;
/** Two charts per row, of roughly equal width on this sheet's columns (column B is wide). */
const CHART_SLOTS = [{ col: 0, cols: 4 }, { col: 5, cols: 8 }];

/**
 * Data blocks below the footnotes, then the charts. The ranking chart is a stacked column chart of two series — the
 * own value only at its own position, the peers' values elsewhere — because a plan's series has one colour for all
 * its points: that is how the own bar gets its colour without per-point formatting in either renderer.
 */
function addCharts(sheet: SheetBuilder, comparison: PeerComparison): void {
  const charts: ChartPlan[] = [];
  const distributions = comparison.distributions.filter((d) => d.entries.length > 0);
  const histories = comparison.history.filter((h) => comparison.distributions.some((d) => d.code === h.code));
  if (distributions.length === 0 && histories.length === 0) return;
  sheet.blank();
  sheet.row(["Rangfolge im Vergleichstyp (Daten der Diagramme)"], { bold: true, fontSize: 12, fontColor: COLOR.title });
  for (const distribution of distributions) charts.push(rankingBlock(sheet, distribution, comparison));
  for (const history of histories) charts.push(historyBlock(sheet, history, comparison));
  const top = sheet.nextRow + 1;
  // The charts start a page of their own, two rows of charts a page, so no break cuts a chart.
  sheet.pageBreak(top);
  charts.forEach((chart, i) => {
    if (i > 0 && i % (2 * CHART_SLOTS.length) === 0) sheet.pageBreak(top + Math.floor(i / CHART_SLOTS.length) * (CHART_HEIGHT_ROWS + 1));
    const slot = CHART_SLOTS[i % CHART_SLOTS.length];
    sheet.chart({ ...chart, anchor: { row: top + Math.floor(i / CHART_SLOTS.length) * (CHART_HEIGHT_ROWS + 1), col: slot.col, rows: CHART_HEIGHT_ROWS, cols: slot.cols } });
  });
}

function rankingBlock(sheet: SheetBuilder, distribution: PeerDistribution, comparison: PeerComparison): ChartPlan {
  const { title, format } = chartText(distribution.code);
  const n = distribution.entries.length;
  sheet.row([`${title} – ${comparison.group.source === "all" ? "alle Jobcenter" : comparison.group.label}${comparison.month ? `, ${formatMonthShort(comparison.month)}` : ""}`], { bold: true });
  const namesRow = sheet.row(["Jobcenter", ...distribution.entries.map((e) => shortName(e.name))], { bold: true, borderBottom: "thin" });
  const ownRow = sheet.row([comparison.own.name, ...distribution.entries.map((e) => (e.own ? e.value / 100 : null))]);
  const peersRow = sheet.row(["übrige Jobcenter", ...distribution.entries.map((e) => (e.own ? null : e.value / 100))]);
  sheet.style({ row: ownRow, col: 1, rows: 2, cols: n }, { numberFormat: format, horizontalAlignment: "right" });
  sheet.blank();
  return {
    kind: "columnStacked",
    title: `${title}: Rangfolge (bester Wert links)`,
    categories: { row: namesRow, col: 1, rows: 1, cols: n },
    series: [
      { name: comparison.own.name, values: { row: ownRow, col: 1, rows: 1, cols: n }, color: OWN_COLOR },
      { name: comparison.group.source === "all" ? "übrige Jobcenter" : "übrige Jobcenter des Typs", values: { row: peersRow, col: 1, rows: 1, cols: n }, color: PEER_COLOR },
    ],
    anchor: { row: 0, col: 0, rows: CHART_HEIGHT_ROWS, cols: 1 },
    valueAxisNumberFormat: format,
  };
}

function historyBlock(sheet: SheetBuilder, history: PeerHistory, comparison: PeerComparison): ChartPlan {
  const { title, format } = chartText(history.code);
  const n = history.points.length;
  sheet.row([`${title} im Zeitverlauf`], { bold: true });
  const monthsRow = sheet.row(["Monat", ...history.points.map((p) => formatMonthShort(p.month))], { bold: true, borderBottom: "thin" });
  const ownRow = sheet.row([comparison.own.name, ...history.points.map((p) => (p.own === null ? null : p.own / 100))]);
  const medianRow = sheet.row(["Median Vergleichstyp", ...history.points.map((p) => (p.median === null ? null : p.median / 100))]);
  sheet.style({ row: ownRow, col: 1, rows: 2, cols: n }, { numberFormat: format, horizontalAlignment: "right" });
  sheet.blank();
  return {
    kind: "line",
    title: `${title}: eigener Wert und Median des Typs`,
    categories: { row: monthsRow, col: 1, rows: 1, cols: n },
    series: [
      { name: comparison.own.name, values: { row: ownRow, col: 1, rows: 1, cols: n }, color: OWN_COLOR },
      { name: "Median Vergleichstyp", values: { row: medianRow, col: 1, rows: 1, cols: n }, color: MEDIAN_COLOR },
    ],
    anchor: { row: 0, col: 0, rows: CHART_HEIGHT_ROWS, cols: 1 },
    valueAxisNumberFormat: format,
  };
}

/** The headline Kennzahlen by the names a chart title or the pane's card has room for. */
export const HEADLINE_SHORT_NAMES: Readonly<Record<string, string>> = { K1: "Veränderung Leistungen zum Lebensunterhalt", K2: "Integrationsquote", K3: "Veränderung Bestand LZB" };

function chartText(code: string): { title: string; format: string } {
  const definition = kennzahlFor(code)?.definition;
  return { title: `${code} ${HEADLINE_SHORT_NAMES[code] ?? definition?.name ?? ""}`.trim(), format: definition?.display === "change" ? FORMAT.percentDelta : FORMAT.percent };
}

/** "Jobcenter Landkreis Harburg" → "Landkreis Harburg": the word every label shares only crowds the axis. */
function shortName(name: string): string {
  return name.replace(/^Jobcenter\s+/i, "");
}
