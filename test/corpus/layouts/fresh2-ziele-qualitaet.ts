/**
 * Second fresh corpus (issue 21, files fresh2-…), Zielwerte and quality layouts none of the earlier corpora has: quality
 * per quarter "Q2/24" with the quotas as Excel percentages (fractions), Teams above a "Jobcenter gesamt" row, units and
 * comparators inside the cell text ("1,81 %", "≤ 14 AT"), Erstberatung with the groups as rows and months as text
 * columns, a KZI beside the share of satisfied customers in %, Zielwertangebot beside the agreed Zielwert, English and
 * German target labels, "Vorjahr | Plan | Ist je Quartal" for Kooperationsplan and Absolventenmanagement, and
 * Rechtsbehelfe as counts per quarter.
 *
 * Directions and units from domain.md §3 (KZI Schulnote ↓, Erstberatung Tage ↓, Widerspruchs-/Klagequote % ↓,
 * Bearbeitungsdauer Arbeitstage ↓, Kooperationsplan and Absolventenmanagement % ↑); a quarter or survey wave is compared
 * at the latest one ended by the Berichtsmonat (corpus README convention). Written without reading the product's readers.
 */
import { makeJobcenter, type JobcenterData } from "./data";
import { type MonthKey } from "./formulas";
import { indicator } from "./fresh-shared";
import type { CellInput, Expectation, LayoutWorkbook, SheetSpec } from "./model";
import { grunddatenWide } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected, type Targets } from "./standard";

const FAMILY = "Frisch 2 Ziele und Qualität";
const M: MonthKey = "2024-06";

const grunddaten = (seed: number, last: MonthKey): SheetSpec => {
  const data = makeJobcenter(seed, "2023-01", last);
  return grunddatenWide("Grunddaten", data, data.months);
};

function qualityWorkbook(file: string, description: string, m: MonthKey, seed: number, sheet: SheetSpec, expect: Expectation[], args: string[] = []): LayoutWorkbook {
  return { file, family: FAMILY, description, args, sheets: [grunddaten(seed, m), sheet], expect: [{ exitCode: 0 }, reportMonthExpected(m), ...expect, noErrors] };
}

const pct = (x: number): CellInput => ({ value: x / 100, numFmt: "0.00%" });

/** Quality per quarter ("Q1/24" … "Q4/24"), the quotas as Excel percentages; Berichtsmonat August: Q2 2024 counts. */
function quartersExcelPercent(): LayoutWorkbook {
  const m = "2024-08";
  const rows: CellInput[][] = [
    ["Qualitätskennzahlen 2024 je Quartal"],
    ["Kennzahl", "Q1/24", "Q2/24", "Q3/24", "Q4/24", "Ziel 2024"],
    ["Widerspruchsquote", pct(1.64), pct(1.72), null, null, pct(1.5)],
    ["Klagequote", pct(0.27), pct(0.24), null, null, pct(0.3)],
    ["Bearbeitungsdauer Leistungsanträge (AT)", 11.2, 10.4, null, null, 14],
  ];
  return qualityWorkbook(
    "fresh2-qual-quartale-excel-prozent.xlsx",
    "Qualität je Quartal („Q1/24“ … „Q4/24“, Q3/Q4 leer), Quoten als Excel-Prozent (0,0172 → „1,72 %“), Bearbeitungsdauer „(AT)“; Berichtsmonat August: Q2 2024 (FALLE Anteil als Bruch)",
    m,
    1201,
    { name: "Qualität Quartale", rows },
    [...indicator("WSQ", 1.72, 1.5, "off-track", "%"), ...indicator("KLQ", 0.24, 0.3, "on-track", "%"), ...indicator("BD", 10.4, 14, "on-track", "Arbeitstage")],
  );
}

/** TRAP: Bearbeitungsdauer and Widerspruchsquote per Team, then "Jobcenter gesamt" and "Ziel": the Ist is the total row. */
function teamsAndTotal(): LayoutWorkbook {
  const rows: CellInput[][] = [
    ["Leistungsprozesse Juni 2024 nach Teams"],
    [],
    ["Team", "Bearbeitungsdauer Neu- und Weiterbewilligungsanträge (Arbeitstage)", "Widerspruchsquote (%)"],
    ["Team 611 Leistung Buchholz", 8.4, 1.12],
    ["Team 612 Leistung Winsen", 12.9, 1.95],
    ["Team 613 Leistung Tostedt", 9.7, 1.41],
    ["Team 614 Leistung Seevetal", 10.2, 1.63],
    ["Jobcenter gesamt", 10.3, 1.52],
    ["Ziel 2024", 14, 1.5],
  ];
  return qualityWorkbook(
    "fresh2-qual-teams-und-gesamt.xlsx",
    "Bearbeitungsdauer und Widerspruchsquote je Team (vier Zeilen), dann „Jobcenter gesamt“ und „Ziel 2024“, Monat nur im Titel: das Ist ist die Gesamtzeile, nicht die erste Teamzeile (FALLE)",
    M,
    1202,
    { name: "Teams Juni", rows },
    [...indicator("BD", 10.3, 14, "on-track", "Arbeitstage"), ...indicator("WSQ", 1.52, 1.5, undefined, "%")],
  );
}

/** Units and comparators in the cell text: "1,81 %", "10,9 AT" and targets "max. 1,5 %", "≤ 0,3 %", "≤ 14 AT". */
function unitsInCellText(): LayoutWorkbook {
  const rows: CellInput[][] = [
    ["Steuerungsübersicht Qualität"],
    ["Kennzahl", "Ist Juni 2024", "Ziel 2024", "Bewertung"],
    ["Widerspruchsquote", "1,81 %", "max. 1,5 %", "kritisch"],
    ["Klagequote", "0,24 %", "≤ 0,3 %", "im Ziel"],
    ["Bearbeitungsdauer Leistungsanträge", "10,9 AT", "≤ 14 AT", "im Ziel"],
  ];
  return qualityWorkbook(
    "fresh2-qual-einheit-und-vergleich-im-text.xlsx",
    "Ist und Ziel als Text mit Einheit in der Zelle („1,81 %“, „10,9 AT“) und Vergleichszeichen im Ziel („max. 1,5 %“, „≤ 14 AT“), Spalte „Bewertung“ mit Text",
    M,
    1203,
    { name: "Qualität", rows },
    [...indicator("WSQ", 1.81, 1.5, "off-track", "%"), ...indicator("KLQ", 0.24, 0.3, "on-track", "%"), ...indicator("BD", 10.9, 14, "on-track", "Arbeitstage")],
  );
}

/** Erstberatung: the groups U25 / Ü25 as rows, months as text columns "Jan 24" … "Dez 24" (July on blank), target column. */
function erstberatungGroupsAsRows(): LayoutWorkbook {
  const months = ["Jan 24", "Feb 24", "Mrz 24", "Apr 24", "Mai 24", "Jun 24", "Jul 24", "Aug 24", "Sep 24", "Okt 24", "Nov 24", "Dez 24"];
  const u25 = [12.1, 11.4, 10.9, 10.6, 9.8, 9.4];
  const ue25 = [15.2, 14.8, 15.9, 16.1, 15.7, 16.4];
  const rows: CellInput[][] = [
    ["Erstberatung Neukunden – Ø Tage vom Antrag bis zum Erstgespräch"],
    ["Personenkreis", ...months, "Zielwert"],
    ["U25", ...u25, ...Array(6).fill(null), 10],
    ["Ü25", ...ue25, ...Array(6).fill(null), 15],
  ];
  return qualityWorkbook(
    "fresh2-erstberatung-gruppen-als-zeilen.xlsx",
    "Erstberatung mit den Personenkreisen „U25“/„Ü25“ als Zeilen, Monaten als Text „Jan 24“ … „Dez 24“ (ab Juli leer) und Spalte „Zielwert“, Einheit nur im Titel („Ø Tage“)",
    M,
    1204,
    { name: "Erstberatung", rows },
    [...indicator("EB_U25", 9.4, 10, "on-track", "Tage"), ...indicator("EB_UE25", 16.4, 15, "off-track", "Tage")],
  );
}

/** TRAP: KZI per wave beside "Anteil zufrieden (Top-2, %)" and the respondents: the KZI is the grade, not the share. */
function kziBesideSatisfiedShare(): LayoutWorkbook {
  const m = "2024-09";
  const rows: CellInput[][] = [
    ["Kundenbefragung – Ergebnisse je Welle"],
    ["Befragungswelle", "Befragte", "Anteil zufrieden (Top-2, %)", "Gesamtnote KZI", "Ziel KZI 2024"],
    ["November 2023", 101, 74.3, 2.26, 2.2],
    ["Mai 2024", 99, 69.7, 2.31, 2.2],
  ];
  return qualityWorkbook(
    "fresh2-kzi-neben-anteil-zufrieden.xlsx",
    "KZI je Welle („Mai 2024“) neben „Anteil zufrieden (Top-2, %)“ und der Zahl der Befragten; Berichtsmonat September: KZI 2,31 der Welle Mai, nicht 69,7 % (FALLE)",
    m,
    1205,
    { name: "KZI", rows },
    indicator("KZI", 2.31, 2.2, "off-track"),
  );
}

/** Zielindikatoren, K1 Monitoring and K2/K3 from the Grunddaten against the targets of the sheet under test. */
function targetExpectations(data: JobcenterData, targets: Targets): Expectation[] {
  return [{ exitCode: 0 }, reportMonthExpected(M), ...zielindikatorenExpected(data, M, targets), ...llaMonitoringExpected(data, M), ...kennzahlenExpected(data, M, ["K2", "K3"]), noErrors];
}

function targetWorkbook(file: string, description: string, seed: number, sheet: (t: Targets) => SheetSpec): LayoutWorkbook {
  const data = makeJobcenter(seed, "2022-12", M);
  const t = targetsFor(data, M);
  return { file, family: FAMILY, description, args: [], sheets: [grunddatenWide("Grunddaten", data, data.months), sheet(t)], expect: targetExpectations(data, t) };
}

/** TRAP: the Jobcenter's Zielwertangebot (September 2023) beside the agreed Zielwert 2024: only the agreed one is the target. */
function offerAndAgreed(): LayoutWorkbook {
  return targetWorkbook(
    "fresh2-ziele-angebot-und-vereinbart.xlsx",
    "Zielblatt mit „Zielwertangebot JC (Sept. 2023)“ links und „vereinbarter Zielwert 2024“ rechts: der Zielwert ist der vereinbarte (FALLE Szenario)",
    1206,
    (t) => ({
      name: "Zielplanung 2024",
      rows: [
        ["Zielplanung 2024 – vom Angebot zur Vereinbarung"],
        [],
        ["Zielindikator", "Einheit", "Zielwertangebot JC (Sept. 2023)", "vereinbarter Zielwert 2024"],
        ["Integrationsquote", "%", t.K2 - 0.8, t.K2],
        ["Integrationsquote Frauen", "%", t.K2_F - 1.1, t.K2_F],
        ["Integrationsquote Männer", "%", t.K2_M - 0.6, t.K2_M],
        ["Bestand Langzeitleistungsbeziehende (Jahresdurchschnitt)", "Personen", t.LZB + 120, t.LZB],
        [],
        ["Vereinbart in der Zielvereinbarung vom 14.03.2024 (§ 48b SGB II)."],
      ],
    }),
  );
}

/** English and German labels mixed: "KPI | Target 2024 | Unit", "Integration rate women (IQ Frauen)", "n/a" for the LLU. */
function englishTargetLabels(): LayoutWorkbook {
  return targetWorkbook(
    "fresh2-ziele-englisch-gemischt.xlsx",
    "Zielwerte mit englisch-deutschen Bezeichnungen („KPI | Target 2024 | Unit“, „Integration rate women (IQ Frauen)“, „Long-term recipients (LZB), annual average“), LLU „n/a (Monitoring)“",
    1207,
    (t) => ({
      name: "Targets",
      rows: [
        ["Target agreement 2024 – Jobcenter Landkreis Harburg"],
        ["KPI", "Target 2024", "Unit"],
        ["Integration rate (Integrationsquote)", t.K2, "%"],
        ["Integration rate women (IQ Frauen)", t.K2_F, "%"],
        ["Integration rate men (IQ Männer)", t.K2_M, "%"],
        ["Long-term recipients (LZB), annual average", t.LZB, "persons"],
        ["Benefits LLU", "n/a (Monitoring)", "EUR"],
      ],
    }),
  );
}

/** "Vorjahr 2023 | Plan 2024 | Ist 1.–4. Quartal" for Kooperationspläne and Absolventenmanagement; Berichtsmonat Juni: Q2. */
function previousPlanQuarters(): LayoutWorkbook {
  const rows: CellInput[][] = [
    ["Lokale Ziele 2024"],
    ["Kennzahl", "Einheit", "Vorjahr 2023", "Plan 2024", "Ist 1. Quartal", "Ist 2. Quartal", "Ist 3. Quartal", "Ist 4. Quartal"],
    ["Anteil ELB mit gültigem Kooperationsplan", "%", 76.8, 75, 74.1, 73.4, null, null],
    ["Absolventenmanagement (Absolventengespräch dokumentiert)", "%", 81.2, 85, 86.5, 88.1, null, null],
  ];
  return qualityWorkbook(
    "fresh2-lokale-ziele-vorjahr-plan-quartale.xlsx",
    "Lokale Ziele: „Vorjahr 2023 | Plan 2024 | Ist 1. … 4. Quartal“ für Kooperationspläne und Absolventenmanagement; Berichtsmonat Juni: Ist 2. Quartal gegen Plan 2024, nie das Vorjahr",
    M,
    1208,
    { name: "Lokale Ziele", rows },
    [...indicator("EINV", 73.4, 75, "off-track", "%"), ...indicator("ABSM", 88.1, 85, "on-track", "%")],
  );
}

/** Rechtsbehelfe as counts per quarter; Berichtsmonat July: the quotas of Q2 = Widersprüche (Klagen) ÷ Bescheide · 100. */
function legalRemediesPerQuarter(): LayoutWorkbook {
  const m = "2024-07";
  const q = [
    { w: 118, k: 17, b: 7310 },
    { w: 127, k: 15, b: 7295 },
  ];
  const rows: CellInput[][] = [
    ["Rechtsbehelfsstatistik 2024"],
    ["Quartal", "Eingelegte Widersprüche", "Erhobene Klagen", "Versandte Leistungsbescheide"],
    ["I/2024", q[0].w, q[0].k, q[0].b],
    ["II/2024", q[1].w, q[1].k, q[1].b],
    ["III/2024", null, null, null],
    ["IV/2024", null, null, null],
    [],
    ["Zielwerte 2024: Widerspruchsquote 1,5 %, Klagequote 0,3 %"],
  ];
  return qualityWorkbook(
    "fresh2-rechtsbehelfe-quartal-anzahlen.xlsx",
    "Rechtsbehelfe als Anzahlen je Quartal („II/2024“), Zielwerte nur in einem Satz unter der Tabelle; Berichtsmonat Juli: Quoten des 2. Quartals = Anzahl ÷ Bescheide · 100",
    m,
    1209,
    { name: "Rechtsbehelfe", rows },
    [...indicator("WSQ", (100 * q[1].w) / q[1].b, 1.5, "off-track", "%"), ...indicator("KLQ", (100 * q[1].k) / q[1].b, 0.3, "on-track", "%")],
  );
}

export function fresh2ZieleQualitaetLayouts(): LayoutWorkbook[] {
  return [
    quartersExcelPercent(), teamsAndTotal(), unitsInCellText(), erstberatungGroupsAsRows(), kziBesideSatisfiedShare(), offerAndAgreed(), englishTargetLabels(),
    previousPlanQuarters(), legalRemediesPerQuarter(),
  ];
}
