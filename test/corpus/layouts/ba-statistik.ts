/**
 * Time series as the BA-Statistik and controllers' monitoring sheets deliver them: the Kreis report "Eckwerte" (months
 * descending, change columns beside the latest month, title block and footnotes), an LLU monitoring table with one
 * column per year, Grunddaten with "x", ".", "–" and "k.A." for missing months, and a long Grunddaten list as an
 * Excel table.
 */
import { GRUNDDATEN_LABELS, makeJobcenter, monthDate, monthLabel, monthsOfYear, type JobcenterData } from "./data";
import { addMonths, changeVsPreviousYear, integrationRateYtd, monthsBetween, pctChange, ytdSum, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook } from "./model";
import { cellAddress, grunddatenWide, STANDARD_CODES, zieleSheet } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected } from "./standard";

const FAMILY = "BA-Statistik und Monitoring";
const M: MonthKey = "2024-06";

const ECKWERTE_LABELS: Record<string, string> = {
  elb: "Erwerbsfähige Leistungsberechtigte",
  elb_f: "Erwerbsfähige Leistungsberechtigte – Frauen",
  elb_m: "Erwerbsfähige Leistungsberechtigte – Männer",
  int: "Integrationen",
  int_f: "Integrationen – Frauen",
  int_m: "Integrationen – Männer",
  lzb: "Langzeitleistungsbeziehende",
  llu: "Leistungen zum Lebensunterhalt (ohne KdU) in €",
  luh: "Leistungen für Unterkunft und Heizung in €",
};

/** "Eckwerte": months descending from the Berichtsmonat, "Veränderung gegenüber Vorjahresmonat" columns after the first. */
function eckwerte(): LayoutWorkbook {
  const data = makeJobcenter(91, "2022-06", M);
  const months = monthsBetween("2022-06", M).reverse();
  const codes = Object.keys(ECKWERTE_LABELS);
  const rows: CellInput[][] = [
    ["Statistik der Bundesagentur für Arbeit"],
    ["Grundsicherung für Arbeitsuchende (SGB II) – Eckwerte"],
    ["Region: Landkreis Harburg (03353)", null, null, null, "Berichtsmonat: Juni 2024"],
    [],
    ["Merkmal", monthLabel(M), "Veränderung gegenüber Vorjahresmonat", null, ...months.slice(1).map(monthLabel)],
    [null, null, "absolut", "in %"],
  ];
  for (const code of codes) {
    const now = data.series[code][M] as number;
    const before = data.series[code][addMonths(M, -12)] as number;
    rows.push([ECKWERTE_LABELS[code], now, now - before, Math.round(pctChange(now, before)! * 10) / 10, ...months.slice(1).map((m) => data.series[code][m] ?? null)]);
  }
  rows.push([], ["Hinweis: Daten nach einer Wartezeit von 3 Monaten."], ["© Statistik der Bundesagentur für Arbeit"]);
  return {
    file: "ba-eckwerte-zeitreihe.xlsx",
    family: FAMILY,
    description: "BA-Kreisreport „Eckwerte“: Monate absteigend ab Juni 2024, Veränderungsspalten (absolut, in %) neben dem Berichtsmonat, Titelblock und Hinweise",
    args: [],
    sheets: [{ name: "Eckwerte", rows, merges: ["C5:D5"] }, zieleSheet("Ziele 2024", 2024, targetsFor(data, M))],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      ...zielindikatorenExpected(data, M, targetsFor(data, M)),
      ...llaMonitoringExpected(data, M),
      ...kennzahlenExpected(data, M, ["K1", "K1E1", "K1E2", "K2", "K2_F", "K2_M", "K3"]),
      noErrors,
    ],
  };
}

/** LLU monitoring: Monat | LLU 2023 | LLU 2024 | Veränderung in % (months as rows, one column per year). */
function lluMonitoring(): LayoutWorkbook {
  const data = makeJobcenter(92, "2023-01", M);
  const rows: CellInput[][] = [["Monitoring Summe der Leistungen zum Lebensunterhalt (K1)"], [], ["Monat", "LLU 2023", "LLU 2024", "Veränderung in %"]];
  monthsOfYear(data, 2023).forEach((m23, i) => {
    const m24 = addMonths(m23, 12);
    const v24 = data.series.llu[m24] ?? null;
    rows.push([["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][i], data.series.llu[m23] as number, v24, v24 === null ? null : Math.round(changeVsPreviousYear(data.series.llu, m24)! * 100) / 100]);
  });
  rows.push(["Summe Jan–Jun", ytdSum(data.series.llu, "2023-06"), ytdSum(data.series.llu, M), null]);
  const elb = grunddatenWide("Grunddaten", data, data.months, ["elb", "elb_f", "elb_m", "int", "int_f", "int_m", "lzb"]);
  return {
    file: "monitoring-llu-jahresspalten.xlsx",
    family: FAMILY,
    description: "K1-Monitoring: Monate als Zeilen, je Jahr eine Spalte („LLU 2023“, „LLU 2024“), Veränderungsspalte und Summenzeile; übrige Grunddaten auf eigenem Blatt",
    args: [],
    sheets: [elb, { name: "Monitoring LLU", rows }],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      ...llaMonitoringExpected(data, M),
      { path: "kennzahlen[code=K1].value", value: changeVsPreviousYear(data.series.llu, M)!, tolerance: TOLERANCE.quota },
      noErrors,
    ],
  };
}

/** "x", ".", "–" and "k.A." in single months: every figure whose window touches one is blank (null), never computed as 0. */
function missingTokens(): LayoutWorkbook {
  const data: JobcenterData = makeJobcenter(93, "2022-12", M);
  const sheet = grunddatenWide("Grunddaten", data, data.months);
  const col = (m: MonthKey) => 3 + data.months.indexOf(m);
  const row = (code: string) => 4 + STANDARD_CODES.indexOf(code);
  sheet.rows[row("int")][col("2024-03")] = "–";
  const missingIntegrations = cellAddress(row("int"), col("2024-03"));
  sheet.rows[row("lzb")][col("2024-02")] = "x";
  sheet.rows[row("luh")][col("2024-06")] = ".";
  sheet.rows[row("int_f")][col("2024-05")] = "k.A.";
  const expect: Expectation[] = [
    { exitCode: 0 },
    reportMonthExpected(M),
    { path: "indicators[code=K2].actual", equals: null, why: "Integrationen März fehlen" },
    { message: { sheets: ["Grunddaten"], cell: missingIntegrations }, present: true, why: "die leere Zahl sagt, warum: „–“ in der Zelle" },
    { path: "indicators[code=K2_F].actual", equals: null, why: "Integrationen Frauen Mai fehlen" },
    { path: "indicators[code=LZB].actual", equals: null, why: "LZB Februar fehlt" },
    { path: "kennzahlen[code=K1E1].value", equals: null, why: "LUH Juni fehlt" },
    { path: "kennzahlen[code=K3].value", value: changeVsPreviousYear(data.series.lzb, M)!, tolerance: TOLERANCE.quota, why: "Juni und Juni des Vorjahres sind da" },
    ...llaMonitoringExpected(data, M),
    { path: "indicators[code=K2_M].actual", value: integrationRateYtd(data.series.int_m, data.series.elb_m, M)!, tolerance: TOLERANCE.quota },
    noErrors,
  ];
  return {
    file: "grunddaten-fehlwerte.xlsx",
    family: FAMILY,
    description: "Grunddaten mit „–“, „x“, „.“ und „k.A.“ in einzelnen Monaten: betroffene Kennzahlen bleiben leer, nie 0",
    args: [],
    sheets: [sheet],
    expect,
  };
}

/** Long list as an Excel table: Monat (date) | Merkmal | Wert, with a title above the table. */
function longExcelTable(): LayoutWorkbook {
  const data = makeJobcenter(94, "2022-12", M);
  const rows: CellInput[][] = [["Grunddaten aus dem BA-Datenbankabruf"], [], ["Monat", "Merkmal", "Wert"]];
  for (const code of STANDARD_CODES) for (const m of data.months) rows.push([monthDate(m), GRUNDDATEN_LABELS[code], data.series[code][m] ?? null]);
  const t = targetsFor(data, M);
  return {
    file: "grunddaten-excel-tabelle-lang.xlsx",
    family: FAMILY,
    description: "Grunddaten als Excel-Tabelle im Langformat (Monat als Datum | Merkmal | Wert), nach Merkmal sortiert, Titel über der Tabelle",
    args: [],
    sheets: [{ name: "Datenabruf", rows, table: { name: "Grunddaten", headerRow: 3 } }, zieleSheet("Ziele 2024", 2024, t)],
    expect: [{ exitCode: 0 }, reportMonthExpected(M), ...zielindikatorenExpected(data, M, t), ...kennzahlenExpected(data, M, ["K2", "K3"]), noErrors],
  };
}

/** Formula cells whose cached result is an Excel error (#DIV/0!, #NV): blank with a message naming the cell, never 0. */
function excelErrors(): LayoutWorkbook {
  const data: JobcenterData = makeJobcenter(95, "2022-12", M);
  const sheet = grunddatenWide("Grunddaten", data, data.months);
  const col = (m: MonthKey) => 3 + data.months.indexOf(m);
  const row = (code: string) => 4 + STANDARD_CODES.indexOf(code);
  sheet.rows[row("elb_m")][col("2024-02")] = { formula: `${cellAddress(row("elb"), col("2024-02"))}-${cellAddress(row("elb_f"), col("2024-02"))}/0`, result: { error: "#DIV/0!" } };
  sheet.rows[row("lzb")][col("2024-04")] = { formula: "VLOOKUP(\"LZB\",Import!A:B,2,FALSE)", result: { error: "#N/A" } };
  return {
    file: "grunddaten-excel-fehler.xlsx",
    family: FAMILY,
    description: "Grunddaten mit Formelzellen, deren Ergebnis ein Excel-Fehler ist (#DIV/0! bei ELB Männer, #NV bei LZB): leer mit Meldung zur Zelle, nie 0",
    args: [],
    sheets: [sheet],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      { path: "indicators[code=K2_M].actual", equals: null, why: "ELB Männer Februar ist ein Fehlerwert" },
      { path: "indicators[code=LZB].actual", equals: null, why: "LZB April ist ein Fehlerwert" },
      { path: "indicators[code=K2].actual", value: integrationRateYtd(data.series.int, data.series.elb, M)!, tolerance: TOLERANCE.quota },
      { path: "indicators[code=K2_F].actual", value: integrationRateYtd(data.series.int_f, data.series.elb_f, M)!, tolerance: TOLERANCE.quota },
      { message: { sheets: ["Grunddaten"], cell: cellAddress(row("elb_m"), col("2024-02")) }, present: true, why: "#DIV/0! mit Zelle" },
      { message: { sheets: ["Grunddaten"], cell: cellAddress(row("lzb"), col("2024-04")) }, present: true, why: "#NV mit Zelle" },
      noErrors,
    ],
  };
}

export function baStatistikLayouts(): LayoutWorkbook[] {
  return [eckwerte(), lluMonitoring(), missingTokens(), longExcelTable(), excelErrors()];
}
