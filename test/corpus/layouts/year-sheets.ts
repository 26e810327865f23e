/**
 * Several Grunddaten sheets of one kind: one sheet per year (named after it), months as columns or as rows, long
 * lists per year, overlaps that agree and one that contradicts. Mid-year K2/K3 need both years (domain.md §1.2:
 * the K2 denominator reaches back to m−12, the JFW denominator to December of the previous year).
 */
import { GRUNDDATEN_LABELS, MONTH_NAMES, makeJobcenter, monthDate, monthsOfYear, type JobcenterData } from "./data";
import { monthsBetween, type MonthKey } from "./formulas";
import type { CellInput, LayoutWorkbook, SheetSpec } from "./model";
import { cellAddress, grunddatenWide, STANDARD_CODES, zieleSheet } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected } from "./standard";

const FAMILY = "Jahresblätter";
const M: MonthKey = "2024-06";

function dataUntil(seed: number, last: MonthKey): JobcenterData {
  return makeJobcenter(seed, "2022-01", last);
}

const standardExpectations = (data: JobcenterData, m: MonthKey, previousYear = false) => [
  { exitCode: 0 },
  reportMonthExpected(m),
  ...zielindikatorenExpected(data, m, targetsFor(data, m)),
  ...llaMonitoringExpected(data, m),
  ...kennzahlenExpected(data, m, ["K1", "K1E1", "K1E2", "K1E3", "K1E4", "K2", "K2_F", "K2_M", "K3"], { previousYear }),
  noErrors,
];

function yearSheetsWide(): LayoutWorkbook {
  const data = dataUntil(11, M);
  return {
    file: "jahresblaetter-grunddaten.xlsx",
    family: FAMILY,
    description: "Grunddaten je Jahr auf eigenem Blatt („Grunddaten 2023“, „Grunddaten 2024“), Monate als Spalten; K2/K3 im Juni brauchen beide Jahre",
    args: [],
    sheets: [
      grunddatenWide("Grunddaten 2023", data, monthsOfYear(data, 2023)),
      grunddatenWide("Grunddaten 2024", data, monthsOfYear(data, 2024)),
      zieleSheet("Ziele 2024", 2024, targetsFor(data, M)),
    ],
    expect: standardExpectations(data, M),
  };
}

/** Months as bare names ("Januar" … "Dezember"); the year is in the sheet name and in the title. */
function yearOnlyInSheetName(): LayoutWorkbook {
  const data = dataUntil(12, M);
  const sheet = (year: number): SheetSpec => {
    const months = monthsOfYear(data, year);
    const rows: CellInput[][] = [[`Grunddaten ${year} – Jobcenter Landkreis Harburg`], [], ["Merkmal", ...months.map((m) => MONTH_NAMES[Number(m.slice(5)) - 1])]];
    for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], ...months.map((m) => data.series[code][m] ?? null)]);
    return { name: String(year), rows };
  };
  return {
    file: "jahresblaetter-nur-jahreszahl.xlsx",
    family: FAMILY,
    description: "Blätter „2023“ und „2024“, Monatsnamen ohne Jahr als Spalten, das Jahr steht nur im Blattnamen und im Titel",
    args: [],
    sheets: [sheet(2023), sheet(2024), zieleSheet("Ziele", 2024, targetsFor(data, M))],
    expect: standardExpectations(data, M),
  };
}

const ROW_COLUMNS: Array<[string, string]> = [
  ["ELB", "elb"], ["ELB Frauen", "elb_f"], ["ELB Männer", "elb_m"], ["Integrationen", "int"], ["Integrationen Frauen", "int_f"],
  ["Integrationen Männer", "int_m"], ["LZB", "lzb"], ["Summe LLU", "llu"], ["Summe LUH", "luh"], ["Zugänge ELB", "zug_elb"], ["Abgänge ELB", "abg_elb"],
];

/** Three year sheets with the months as rows ("01.2023" as text), so the Vorjahreswerte of the Kennzahlen exist too. */
function threeYearsMonthsAsRows(): LayoutWorkbook {
  const data = dataUntil(13, M);
  const sheet = (year: number): SheetSpec => ({
    name: `GD ${year}`,
    rows: [
      [`Grunddaten ${year}`],
      ["Monat", ...ROW_COLUMNS.map(([label]) => label)],
      ...monthsOfYear(data, year).map((m) => [`${m.slice(5)}.${m.slice(0, 4)}`, ...ROW_COLUMNS.map(([, code]) => data.series[code][m] ?? null)]),
    ],
  });
  return {
    file: "jahresblaetter-monate-als-zeilen.xlsx",
    family: FAMILY,
    description: "Drei Jahresblätter „GD 2022“ … „GD 2024“, Monate als Zeilen („01.2023“ als Text), Grunddaten als Spalten",
    args: [],
    sheets: [sheet(2022), sheet(2023), sheet(2024), zieleSheet("Ziele 2024", 2024, targetsFor(data, M))],
    expect: standardExpectations(data, M, true),
  };
}

/** The 2023 sheet already carries January 2024 with the same values: an equal overlap is fine. */
function equalOverlap(): LayoutWorkbook {
  const data = dataUntil(14, M);
  return {
    file: "jahresblaetter-ueberlappung-gleich.xlsx",
    family: FAMILY,
    description: "„Grunddaten 2023“ reicht bis Januar 2024, „Grunddaten 2024“ beginnt im Januar: gleiche Werte im überlappenden Monat",
    args: [],
    sheets: [
      grunddatenWide("Grunddaten 2023", data, monthsBetween("2023-01", "2024-01")),
      grunddatenWide("Grunddaten 2024", data, monthsOfYear(data, 2024)),
      zieleSheet("Ziele 2024", 2024, targetsFor(data, M)),
    ],
    expect: standardExpectations(data, M),
  };
}

/** Same overlap, but the ELB of January 2024 differ: an error that names both cells, never a silent pick. */
function contradictingOverlap(): LayoutWorkbook {
  const data = dataUntil(15, M);
  const older = grunddatenWide("Grunddaten 2023", data, monthsBetween("2023-01", "2024-01"));
  // Row index 4 is ELB (title, Stand, blank, header); column index 15 is January 2024 (3 label columns + 13th month).
  older.rows[4][15] = (data.series.elb["2024-01"] as number) + 37;
  const olderCell = cellAddress(4, 15);
  return {
    file: "jahresblaetter-widerspruch.xlsx",
    family: FAMILY,
    description: "Zwei Jahresblätter mit verschiedenen ELB-Werten für Januar 2024: Fehler mit beiden Zellen statt stiller Auswahl",
    args: [],
    sheets: [older, grunddatenWide("Grunddaten 2024", data, monthsOfYear(data, 2024)), zieleSheet("Ziele 2024", 2024, targetsFor(data, M))],
    expect: [
      { message: { levels: ["error"], sheets: ["Grunddaten 2023", "Grunddaten 2024"] }, present: true, why: "widersprüchliche Werte nennen beide Blätter" },
      { message: { levels: ["error"], cell: olderCell }, present: true, why: "die Zelle des älteren Blatts (P5)" },
      { exitCode: 1 },
    ],
  };
}

/** Long lists per year: Monat | Kürzel | Wert, one sheet per year. */
function longListsPerYear(): LayoutWorkbook {
  const data = dataUntil(16, M);
  const sheet = (year: number): SheetSpec => {
    const rows: CellInput[][] = [[`Datenexport Grunddaten ${year}`], ["Monat", "Kürzel", "Bezeichnung", "Wert"]];
    for (const m of monthsOfYear(data, year)) for (const code of STANDARD_CODES) rows.push([`${m.slice(0, 4)}${m.slice(5)}`, code, GRUNDDATEN_LABELS[code], data.series[code][m] ?? null]);
    return { name: `Daten ${year}`, rows };
  };
  return {
    file: "jahresblaetter-lange-listen.xlsx",
    family: FAMILY,
    description: "Lange Liste je Jahr („Daten 2023“, „Daten 2024“): Monat als JJJJMM | Kürzel | Bezeichnung | Wert",
    args: [],
    sheets: [sheet(2023), sheet(2024), zieleSheet("Ziele 2024", 2024, targetsFor(data, M))],
    expect: standardExpectations(data, M),
  };
}

/** One wide sheet with "Summe 2023", "Ø 2023" after December and "Veränderung Vorjahr in %" at the end: not months. */
function withYearSumColumns(): LayoutWorkbook {
  const data = dataUntil(17, M);
  const m2023 = monthsOfYear(data, 2023);
  const m2024 = monthsOfYear(data, 2024);
  const sum = (code: string, ms: MonthKey[]) => ms.reduce((a, m) => a + (data.series[code][m] as number), 0);
  const rows: CellInput[][] = [
    ["Grunddaten Jobcenter Landkreis Harburg 2023/2024"],
    ["Grunddatum", ...m2023.map(monthDate), "Summe 2023", "Ø 2023", ...m2024.map(monthDate), "Veränderung Juni ggü. Vorjahr in %"],
  ];
  for (const code of STANDARD_CODES) {
    const now = data.series[code][M] as number;
    const before = data.series[code]["2023-06"] as number;
    rows.push([GRUNDDATEN_LABELS[code], ...m2023.map((m) => data.series[code][m] ?? null), sum(code, m2023), Math.round((sum(code, m2023) / 12) * 10) / 10, ...m2024.map((m) => data.series[code][m] ?? null), Math.round((now / before - 1) * 1000) / 10]);
  }
  return {
    file: "grunddaten-mit-jahressummen.xlsx",
    family: FAMILY,
    description: "Grunddaten 2023 und 2024 auf einem Blatt, dazwischen Spalten „Summe 2023“ und „Ø 2023“, am Ende „Veränderung ggü. Vorjahr in %“ – keine Monate",
    args: [],
    sheets: [{ name: "Grunddaten", rows }, zieleSheet("Ziele 2024", 2024, targetsFor(data, M))],
    expect: standardExpectations(data, M),
  };
}

export function yearSheetLayouts(): LayoutWorkbook[] {
  return [yearSheetsWide(), yearOnlyInSheetName(), threeYearsMonthsAsRows(), equalOverlap(), contradictingOverlap(), longListsPerYear(), withYearSumColumns()];
}
