/**
 * Second fresh corpus (issue 21, files fresh2-…), mixed sheets: a monthly report with three tables one under another
 * (Zielwerte, quality of the month, KZI per wave), the Zielwerte on a sheet the controller has hidden, and quality
 * months as rows with a Prognose column beside each Ist (July–December only Prognose). Expected figures from the raw
 * series with domain.md's formulas (standard.ts); written without reading the product's readers.
 */
import { makeJobcenter, monthDate } from "./data";
import { monthsBetween, type MonthKey } from "./formulas";
import { indicator } from "./fresh-shared";
import type { CellInput, Expectation, LayoutWorkbook } from "./model";
import { grunddatenWide, zieleSheet } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected } from "./standard";

const FAMILY = "Frisch 2 Mischblätter";
const M: MonthKey = "2024-06";

/** One sheet "Monatsbericht Juni 2024" with three titled tables one under another, blank rows between them. */
function threeTablesStacked(): LayoutWorkbook {
  const data = makeJobcenter(1501, "2022-12", M);
  const t = targetsFor(data, M);
  const rows: CellInput[][] = [
    ["Monatsbericht Juni 2024 – Jobcenter Landkreis Harburg"],
    [],
    ["1. Zielwerte 2024"],
    ["Zielindikator", "Zielwert 2024", "Einheit"],
    ["Integrationsquote", t.K2, "%"],
    ["Integrationsquote Frauen", t.K2_F, "%"],
    ["Integrationsquote Männer", t.K2_M, "%"],
    ["Bestand Langzeitleistungsbeziehende", t.LZB, "Personen"],
    [],
    [],
    ["2. Qualität im Juni 2024"],
    ["Kennzahl", "Ist", "Ziel", "Einheit"],
    ["Widerspruchsquote", 1.44, 1.5, "%"],
    ["Bearbeitungsdauer Leistungsanträge", 15.2, 14, "Arbeitstage"],
    [],
    [],
    ["3. Kundenzufriedenheit"],
    ["Befragung", "KZI", "Ziel"],
    ["November 2023", 2.41, 2.3],
    ["Mai 2024", 2.19, 2.3],
  ];
  const expect: Expectation[] = [
    { exitCode: 0 },
    reportMonthExpected(M),
    ...zielindikatorenExpected(data, M, t),
    ...llaMonitoringExpected(data, M),
    ...indicator("WSQ", 1.44, 1.5, "on-track", "%"),
    ...indicator("BD", 15.2, 14, "off-track", "Arbeitstage"),
    ...indicator("KZI", 2.19, 2.3, "on-track"),
    noErrors,
  ];
  return {
    file: "fresh2-mix-monatsbericht-drei-tabellen.xlsx",
    family: FAMILY,
    description: "Blatt „Monatsbericht“ mit drei nummerierten Tabellen untereinander (Zielwerte, Qualität Juni, KZI je Welle), je mit eigener Überschrift und Kopf: alle drei werden gelesen",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), { name: "Monatsbericht", rows }],
    expect,
  };
}

/** The Zielwerte on a hidden sheet: needed data, read, and the report says so (issue 21, point 4). */
function targetsHidden(): LayoutWorkbook {
  const data = makeJobcenter(1502, "2022-12", M);
  const t = targetsFor(data, M);
  const ziele = { ...zieleSheet("Ziele (intern)", 2024, t), state: "hidden" as const };
  return {
    file: "fresh2-mix-ziele-ausgeblendet.xlsx",
    family: FAMILY,
    description: "Die Zielwerte stehen auf dem ausgeblendeten Blatt „Ziele (intern)“, sichtbar nur die Grunddaten: die Zielwerte werden gelesen, und der Bericht sagt es",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), ziele],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      ...zielindikatorenExpected(data, M, t),
      ...llaMonitoringExpected(data, M),
      ...kennzahlenExpected(data, M, ["K2", "K3"]),
      { message: { sheets: ["Ziele (intern)"], text: ["ausgeblendet"] }, present: true, why: "sagt, dass ein ausgeblendetes Blatt gelesen wurde" },
      noErrors,
    ],
  };
}

/**
 * TRAP (Prognose beside Ist): quality months as rows with "Widerspruchsquote Ist | Widerspruchsquote Prognose |
 * Klagequote Ist | Klagequote Prognose"; January–June both, July–December only the Prognose. The Berichtsmonat stays June
 * (from the Grunddaten), the Ist is June's Ist.
 */
function forecastBesideActual(): LayoutWorkbook {
  const data = makeJobcenter(1503, "2023-01", M);
  const months = monthsBetween("2024-01", "2024-12");
  const wsq = [1.58, 1.61, 1.49, 1.55, 1.63, 1.67];
  const klq = [0.28, 0.25, 0.31, 0.26, 0.27, 0.22];
  const rows: CellInput[][] = [
    ["Rechtsbehelfe 2024 – Ist und Prognose"],
    ["Monat", "Widerspruchsquote Ist (%)", "Widerspruchsquote Prognose (%)", "Klagequote Ist (%)", "Klagequote Prognose (%)"],
    ...months.map((m, i): CellInput[] => [monthDate(m), wsq[i] ?? null, 1.6 - 0.01 * i, klq[i] ?? null, 0.27]),
    ["Ziel 2024", 1.5, null, 0.3, null],
  ];
  return {
    file: "fresh2-mix-qualitaet-prognose-neben-ist.xlsx",
    family: FAMILY,
    description: "Monate als Zeilen mit „Widerspruchsquote Ist (%) | … Prognose (%)“ und ebenso für die Klagequote, Juli–Dezember nur Prognose, Zielzeile am Ende: Berichtsmonat Juni, Ist des Juni (FALLE)",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), { name: "Rechtsbehelfe", rows }],
    expect: [{ exitCode: 0 }, reportMonthExpected(M), ...indicator("WSQ", 1.67, 1.5, "off-track", "%"), ...indicator("KLQ", 0.22, 0.3, "on-track", "%"), noErrors],
  };
}

export function fresh2MischblaetterLayouts(): LayoutWorkbook[] {
  return [threeTablesStacked(), targetsHidden(), forecastBesideActual()];
}
