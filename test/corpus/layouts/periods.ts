/**
 * Quality indicators in other periods: KZI per half-year ("2. Halbjahr 2024", "HJ 1/2024"), Erstberatung per quarter
 * ("Q3 2024", "III/2024", "3. Quartal 2024"), Widerspruchsquote per month as text. The issue (point 3): a
 * lower-frequency indicator is compared at the latest period that has ended by the Berichtsmonat. Each workbook also
 * holds a plain Grunddaten sheet, so the report has its Berichtsmonat and the only new thing is the period layout.
 * Directions and units: domain.md §3 (KZI Schulnote ↓, Erstberatung Tage ↓, Widerspruchsquote % ↓).
 */
import { makeJobcenter, monthsOfYear } from "./data";
import type { MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { grunddatenWide } from "./sheets";
import { noErrors, reportMonthExpected } from "./standard";

const FAMILY = "Perioden";

function withGrunddaten(seed: number, last: MonthKey, sheet: SheetSpec): SheetSpec[] {
  const data = makeJobcenter(seed, "2023-01", last);
  return [grunddatenWide("Grunddaten", data, data.months), sheet];
}

const indicator = (code: string, actual: number, target: number, status: "on-track" | "off-track", unit?: string): Expectation[] => [
  { path: `indicators[code=${code}].actual`, value: actual, tolerance: TOLERANCE.quota },
  { path: `indicators[code=${code}].target`, value: target, tolerance: TOLERANCE.quota },
  { path: `indicators[code=${code}].status`, equals: status },
  ...(unit ? [{ path: `indicators[code=${code}].unit`, equals: unit } as Expectation] : []),
];

/** KZI: Kennzahl | Einheit | Ziel 2024 | 1. Halbjahr 2023 | 2. Halbjahr 2023 | 1. Halbjahr 2024 | 2. Halbjahr 2024 (blank). */
function kziHalfYearColumns(): LayoutWorkbook {
  const m = "2024-10";
  const sheet: SheetSpec = {
    name: "Kundenbefragung",
    rows: [
      ["Kundenzufriedenheit (Befragung des BA-Zentrums für Kunden- und Mitarbeiterbefragungen)"],
      ["Kennzahl", "Einheit", "Ziel 2024", "1. Halbjahr 2023", "2. Halbjahr 2023", "1. Halbjahr 2024", "2. Halbjahr 2024"],
      ["Kundenzufriedenheitsindex (KZI)", "Note", 2.2, 2.27, 2.33, 2.08, null],
      ["Anzahl Befragte", "Personen", null, 100, 101, 99, null],
    ],
  };
  return {
    file: "kzi-halbjahre-spalten.xlsx",
    family: FAMILY,
    description: "KZI je Halbjahr als Spalten („1. Halbjahr 2024“), Berichtsmonat Oktober: verglichen wird das 1. Halbjahr 2024",
    args: [],
    sheets: withGrunddaten(51, m, sheet),
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...indicator("KZI", 2.08, 2.2, "on-track", "Note"), noErrors],
  };
}

/** Rows "HJ 1/2023" …; in December the second half-year has ended and counts. */
function kziHalfYearShortRows(): LayoutWorkbook {
  const m = "2024-12";
  const sheet: SheetSpec = {
    name: "KZI",
    rows: [
      ["Zeitraum", "KZI", "Zielwert"],
      ["HJ 1/2023", 2.31, 2.2],
      ["HJ 2/2023", 2.24, 2.2],
      ["HJ 1/2024", 2.19, 2.2],
      ["HJ 2/2024", 2.41, 2.2],
    ],
  };
  return {
    file: "kzi-hj-kurzform.xlsx",
    family: FAMILY,
    description: "KZI je Halbjahr als Zeilen „HJ 2/2024“ mit Zielwert, Berichtsmonat Dezember: das 2. Halbjahr 2024 ist abgeschlossen",
    args: [],
    sheets: withGrunddaten(52, m, sheet),
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...indicator("KZI", 2.41, 2.2, "off-track"), noErrors],
  };
}

/** Berichtsmonat März 2024 chosen on the command line: the 1. Halbjahr 2024 has not ended, the 2. Halbjahr 2023 counts. */
function kziRunningHalfYear(): LayoutWorkbook {
  const m = "2024-03";
  const sheet: SheetSpec = {
    name: "Qualität",
    rows: [
      ["Kennzahl", "Ziel", "2. Halbjahr 2023", "1. Halbjahr 2024"],
      ["Kundenzufriedenheit", 2.25, 2.12, 2.39],
    ],
  };
  return {
    file: "kzi-halbjahr-nicht-abgeschlossen.xlsx",
    family: FAMILY,
    description: "KZI mit Werten für das 2. Halbjahr 2023 und das 1. Halbjahr 2024, Berichtsmonat März 2024: es zählt das 2. Halbjahr 2023",
    args: ["--month", m],
    sheets: withGrunddaten(53, "2024-09", sheet),
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...indicator("KZI", 2.12, 2.25, "on-track"), noErrors],
  };
}

/** Erstberatung U25/Ü25 in Tagen per quarter "Q1 2024"; Berichtsmonat August → Q2 2024. */
function erstberatungQuarters(): LayoutWorkbook {
  const m = "2024-08";
  const sheet: SheetSpec = {
    name: "Erstberatung",
    rows: [
      ["Dauer Antrag bis Erstberatung (Ø Tage)"],
      ["Kennzahl", "Einheit", "Ziel", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"],
      ["Erstberatung U25", "Tage", 10, 12.4, 9.1, null, null],
      ["Erstberatung Ü25", "Tage", 15, 14.2, 18.6, null, null],
    ],
  };
  return {
    file: "erstberatung-quartale.xlsx",
    family: FAMILY,
    description: "Erstberatung U25 und Ü25 je Quartal („Q2 2024“) in Tagen, Berichtsmonat August: verglichen wird Q2 2024",
    args: ["--month", m],
    sheets: withGrunddaten(54, "2024-08", sheet),
    expect: [{ exitCode: 0 }, ...indicator("EB_U25", 9.1, 10, "on-track", "Tage"), ...indicator("EB_UE25", 18.6, 15, "off-track", "Tage"), noErrors],
  };
}

/** Roman quarters "III/2024"; Berichtsmonat Oktober → III/2024. */
function erstberatungRomanQuarters(): LayoutWorkbook {
  const m = "2024-10";
  const sheet: SheetSpec = {
    name: "Neukundenprozess",
    rows: [
      ["Neukundenprozess 2024", null, null, null, null, "Stand: 15.10.2024"],
      ["Kennzahl", "Sollvorgabe", "I/2024", "II/2024", "III/2024", "IV/2024"],
      ["Erstgespräch U25 (Tage)", 10, 11.8, 10.9, 8.7, null],
      ["Erstgespräch Ü25 (Tage)", 15, 16.1, 15.4, 13.9, null],
    ],
  };
  return {
    file: "erstberatung-roemische-quartale.xlsx",
    family: FAMILY,
    description: "Erstgespräch U25/Ü25 je Quartal in römischer Schreibweise („III/2024“), Sollvorgabe-Spalte, Einheit im Namen",
    args: [],
    sheets: withGrunddaten(55, m, sheet),
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...indicator("EB_U25", 8.7, 10, "on-track", "Tage"), ...indicator("EB_UE25", 13.9, 15, "on-track", "Tage"), noErrors],
  };
}

/** Quarters as rows ("3. Quartal 2024"), one column per indicator; Berichtsmonat November → 3. Quartal. */
function erstberatungQuarterRows(): LayoutWorkbook {
  const m = "2024-11";
  const sheet: SheetSpec = {
    name: "EB Quartale",
    rows: [
      ["Quartal", "Erstberatung U25", "Erstberatung Ü25"],
      [null, "Tage", "Tage"],
      ["1. Quartal 2024", 11.2, 16.3],
      ["2. Quartal 2024", 10.4, 15.8],
      ["3. Quartal 2024", 12.9, 14.1],
      ["Ziel 2024", 10, 15],
    ],
  };
  return {
    file: "erstberatung-quartal-zeilen.xlsx",
    family: FAMILY,
    description: "Quartale als Zeilen („3. Quartal 2024“), U25 und Ü25 als Spalten mit Einheitenzeile, Zielzeile am Ende",
    args: [],
    sheets: withGrunddaten(56, m, sheet),
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...indicator("EB_U25", 12.9, 10, "off-track", "Tage"), ...indicator("EB_UE25", 14.1, 15, "on-track", "Tage"), noErrors],
  };
}

/** Widerspruchsquote per month as text "1,62 %", months as "Jan. 2024" text, target "1,5 %". */
function widerspruchsquoteText(): LayoutWorkbook {
  const m = "2024-06";
  const data = makeJobcenter(57, "2023-01", m);
  const values = [1.62, 1.55, 1.71, 1.48, 1.44, 1.32];
  const names = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni"];
  const rows: CellInput[][] = [["Rechtsbehelfe – Widerspruchsquote"], ["Monat", "Widerspruchsquote", "Ziel"]];
  monthsOfYear(data, 2024).forEach((_, i) => rows.push([`${names[i]} 2024`, `${values[i].toFixed(2).replace(".", ",")} %`, "1,5 %"]));
  return {
    file: "widerspruchsquote-text.xlsx",
    family: FAMILY,
    description: "Widerspruchsquote je Monat als Text („1,62 %“), Monate als Text („Jan. 2024“, „März 2024“), Ziel als Text „1,5 %“",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), { name: "Widersprüche", rows }],
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...indicator("WSQ", 1.32, 1.5, "on-track", "%"), noErrors],
  };
}


export function periodLayouts(): LayoutWorkbook[] {
  return [kziHalfYearColumns(), kziHalfYearShortRows(), kziRunningHalfYear(), erstberatungQuarters(), erstberatungRomanQuarters(), erstberatungQuarterRows(), widerspruchsquoteText()];
}
