/**
 * Fresh corpus (issue 21), Zielwerte and quality layouts none of the first 112 workbooks has: a quality sheet with two
 * tables side by side (KZI per survey wave, Erstberatung per quarter – the "h7" case of the issue), a share in % beside a
 * duration in Tagen, survey waves named by date range ("06.05.–31.05.2024"), half-years as date ranges, a transposed
 * Ziel-Ist table (Kennzahlen as columns, scenarios Ist Vorjahr / Zielwert / Soll / Ist as rows), a target matrix with
 * "insgesamt / Frauen / Männer" under a band, quality rows whose months after June are formulas showing 0, a KZI whose
 * survey month stands only in the title, Kooperationspläne as Personen beside the share in %, Zielwerte beside
 * "Ist 2023" and "Veränderung (pp)", and quality figures with Land and Bund rows beside the Jobcenter's.
 *
 * Directions and units from domain.md §3 (KZI Schulnote ↓, Erstberatung Tage ↓, Widerspruchs-/Klagequote % ↓,
 * Bearbeitungsdauer Arbeitstage ↓, Kooperationsplan % ↑); lower-frequency indicators are compared at the latest period
 * ended by the Berichtsmonat, a survey wave counts from its survey month (corpus README conventions).
 */
import { makeJobcenter, monthDate, monthLabel, type JobcenterData } from "./data";
import { integrationRateYtd, linearTarget, monthsBetween, roundTo, ytdAverage, type MonthKey } from "./formulas";
import { indicator } from "./fresh-shared";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { cellAddress, grunddatenWide } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected, type Targets } from "./standard";

const FAMILY = "Frisch Ziele und Qualität";
const M: MonthKey = "2024-06";

/** A plain Grunddaten sheet up to `last` (the Berichtsmonat), so the only new thing is the quality layout. */
const grunddaten = (seed: number, last: MonthKey): SheetSpec => {
  const data = makeJobcenter(seed, "2023-01", last);
  return grunddatenWide("Grunddaten", data, data.months);
};

function qualityWorkbook(file: string, description: string, m: MonthKey, seed: number, sheet: SheetSpec, expect: Expectation[], args: string[] = []): LayoutWorkbook {
  return { file, family: FAMILY, description, args, sheets: [grunddaten(seed, m), sheet], expect: [{ exitCode: 0 }, reportMonthExpected(m), ...expect, noErrors] };
}

/**
 * The "h7" case of issue 21: one quality sheet with two tables side by side – the KZI per survey wave (left) and the
 * Erstberatung U25/Ü25 per quarter with its targets (right, two blank columns apart). Berichtsmonat Oktober 2024: the
 * latest wave held is Mai 2024, the latest ended quarter is Q3 2024. Both tables are read.
 */
function kziAndErstberatungSideBySide(): LayoutWorkbook {
  const m = "2024-10";
  const rows: CellInput[][] = [
    ["Qualitätsmonitoring 2024", null, null, null, null, null, null, null, null, "Stand: 15.10.2024"],
    [],
    ["Kundenzufriedenheit (KZI, Schulnote)", null, null, null, null, "Erstberatung (Ø Tage bis zum Erstgespräch)"],
    ["Befragung", "KZI (Note)", "Zielwert", null, null, "Quartal", "U25", "Ü25", "Ziel U25", "Ziel Ü25"],
    ["Mai 2023", 2.29, 2.2, null, null, "1. Quartal 2024", 11.2, 16.8, 10, 15],
    ["Nov. 2023", 2.34, 2.2, null, null, "2. Quartal 2024", 10.1, 15.9, 10, 15],
    ["Mai 2024", 2.14, 2.2, null, null, "3. Quartal 2024", 9.6, 16.3, 10, 15],
    ["Nov. 2024", null, 2.2, null, null, "4. Quartal 2024", null, null, 10, 15],
  ];
  return qualityWorkbook(
    "f-kzi-note-zwei-tabellen.xlsx",
    "Ein Qualitätsblatt mit zwei Tabellen nebeneinander: KZI je Befragungswelle („Mai 2024“) links, Erstberatung U25/Ü25 je Quartal mit Zielen rechts; Berichtsmonat Oktober: Welle Mai 2024 und Q3 2024",
    m,
    701,
    { name: "Qualität", rows },
    [...indicator("KZI", 2.14, 2.2, "on-track"), ...indicator("EB_U25", 9.6, 10, "on-track", "Tage"), ...indicator("EB_UE25", 16.3, 15, "off-track", "Tage")],
  );
}

/**
 * TRAP (issue 21: "a share in percent read as a duration and given a red status"): per month and per group a band
 * "Erstberatung U25" / "Erstberatung Ü25" over "Anteil innerhalb 14 Tagen (%) | Ø Dauer (Tage)", the Ziel row at the end.
 * The Erstberatung indicators are the durations in Tagen (domain.md §3); 86,2 % is not 86,2 Tage.
 */
function shareBesideDuration(): LayoutWorkbook {
  const months = monthsBetween("2024-01", M);
  const u25: Array<[number, number]> = [[78.4, 11.2], [80.1, 10.8], [82.6, 10.1], [83.0, 9.9], [84.7, 9.6], [86.2, 9.3]];
  const ue25: Array<[number, number]> = [[61.0, 16.9], [60.2, 17.1], [59.4, 16.6], [60.8, 16.8], [59.9, 17.0], [58.7, 17.4]];
  const rows: CellInput[][] = [
    ["Neukundenprozess – Erstberatung 2024"],
    ["Monat", "Erstberatung U25", null, "Erstberatung Ü25", null],
    [null, "Anteil innerhalb 14 Tagen (%)", "Ø Dauer (Tage)", "Anteil innerhalb 14 Tagen (%)", "Ø Dauer (Tage)"],
    ...months.map((mm, i) => [monthLabel(mm), ...u25[i], ...ue25[i]] as CellInput[]),
    ["Ziel 2024", 80, 10, 65, 15],
  ];
  return qualityWorkbook(
    "f-erstberatung-anteil-neben-dauer.xlsx",
    "Erstberatung U25/Ü25 je Monat: Band je Gruppe über „Anteil innerhalb 14 Tagen (%) | Ø Dauer (Tage)“, Zielzeile am Ende: die Kennzahl ist die Dauer in Tagen, nicht der Anteil (FALLE)",
    M,
    702,
    { name: "Neukundenprozess", rows, merges: ["A2:A3", "B2:C2", "D2:E2"] },
    [...indicator("EB_U25", 9.3, 10, "on-track", "Tage"), ...indicator("EB_UE25", 17.4, 15, "off-track", "Tage")],
  );
}

/**
 * Survey waves named by their field period, newest first: "07.10.–31.10.2024" (running, no result yet),
 * "06.05.–31.05.2024", "06.11.–01.12.2023", "08.05.–02.06.2023". Berichtsmonat Oktober 2024: the latest wave with a result
 * ended in May 2024.
 */
function kziSurveyDateRanges(): LayoutWorkbook {
  const m = "2024-10";
  const rows: CellInput[][] = [
    ["Kundenbefragung SGB II – Gesamtzufriedenheit je Befragungswelle"],
    ["Schulnoten von 1 (sehr gut) bis 6 (ungenügend)"],
    [],
    ["Befragungszeitraum", "Befragte", "Gesamtzufriedenheit (Note)", "Zielwert 2024"],
    ["07.10.–31.10.2024", null, null, 2.2],
    ["06.05.–31.05.2024", 102, 2.18, 2.2],
    ["06.11.–01.12.2023", 98, 2.31, 2.2],
    ["08.05.–02.06.2023", 100, 2.27, 2.2],
  ];
  return qualityWorkbook(
    "f-kzi-befragungszeitraum.xlsx",
    "KZI je Befragungswelle, benannt nach dem Befragungszeitraum („06.05.–31.05.2024“), neueste oben, laufende Welle ohne Ergebnis; Berichtsmonat Oktober: Welle Mai 2024",
    m,
    703,
    { name: "KZI", rows },
    indicator("KZI", 2.18, 2.2, "on-track"),
  );
}

/**
 * Half-years as date ranges "01.01.–30.06.2024" in the header, Bearbeitungsdauer in Arbeitstage and Widerspruchsquote in
 * %. Berichtsmonat September 2024: the first half-year 2024 has ended and counts.
 */
function halfYearDateRanges(): LayoutWorkbook {
  const m = "2024-09";
  const rows: CellInput[][] = [
    ["Halbjahresauswertung Leistungsprozesse – Stand: 10.09.2024"],
    [],
    ["Kennzahl", "Einheit", "01.01.–30.06.2023", "01.07.–31.12.2023", "01.01.–30.06.2024", "Ziel 2024"],
    ["Bearbeitungsdauer Leistungsanträge", "Arbeitstage", 11.8, 12.6, 10.9, 14],
    ["Widerspruchsquote", "%", 1.71, 1.64, 1.81, 1.5],
  ];
  return qualityWorkbook(
    "f-qualitaet-halbjahr-datumsbereich.xlsx",
    "Bearbeitungsdauer (Arbeitstage) und Widerspruchsquote (%) je Halbjahr mit Datumsbereichen als Köpfe („01.01.–30.06.2024“); Berichtsmonat September: 1. Halbjahr 2024",
    m,
    704,
    { name: "Halbjahre", rows },
    [...indicator("BD", 10.9, 14, "on-track", "Arbeitstage"), ...indicator("WSQ", 1.81, 1.5, "off-track", "%")],
  );
}

const QUOTAS = [["K2", "int", "elb"], ["K2_F", "int_f", "elb_f"], ["K2_M", "int_m", "elb_m"]] as const;

/**
 * A transposed Ziel-Ist table without Grunddaten: the Zielindikatoren as columns, the scenarios as rows ("Ist Vorjahr
 * 2023", "Zielwert 2024", "Soll Juni 2024", "Ist Juni 2024", "Abweichung zum Soll"). The Ist of June is the JFW
 * (quotas, 2 decimals as written) and the JDW (LZB, whole persons); the Soll row holds the linear Soll the README
 * convention gives (Zielwert · 6/12; for LZB the Zielwert). The Berichtsmonat is the month of the Ist row.
 */
function zielIstTransposed(): LayoutWorkbook {
  const data = makeJobcenter(705, "2022-12", M);
  const t = targetsFor(data, M);
  const jfw = (num: string, den: string, m: MonthKey) => roundTo(integrationRateYtd(data.series[num], data.series[den], m)!, 2);
  const jdw = (m: MonthKey) => Math.round(ytdAverage(data.series.lzb, m)!);
  const ist = [...QUOTAS.map(([, n, d]) => jfw(n, d, M)), jdw(M)];
  const soll = [...QUOTAS.map(([c]) => roundTo(linearTarget(t[c], M), 2)), t.LZB];
  const rows: CellInput[][] = [
    ["Zielnachhaltung 2024 – Jobcenter Landkreis Harburg", null, null, null, "Stand: 18.07.2024"],
    [],
    [null, "Integrationsquote", "Integrationsquote Frauen", "Integrationsquote Männer", "Bestand Langzeitleistungsbeziehende"],
    ["Einheit", "%", "%", "%", "Personen (JDW)"],
    ["Ist Vorjahr 2023", ...QUOTAS.map(([, n, d]) => jfw(n, d, "2023-12")), jdw("2023-12")],
    ["Zielwert 2024", t.K2, t.K2_F, t.K2_M, t.LZB],
    ["Soll Juni 2024", ...soll],
    ["Ist Juni 2024", ...ist],
    ["Abweichung zum Soll (pp bzw. Personen)", ...ist.map((x, i) => roundTo(x - soll[i], 2))],
  ];
  const expect: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(M)];
  QUOTAS.forEach(([code], i) => {
    expect.push(
      { path: `indicators[code=${code}].actual`, value: ist[i], tolerance: TOLERANCE.quota },
      { path: `indicators[code=${code}].annualTarget`, value: t[code], tolerance: TOLERANCE.quota },
      { path: `indicators[code=${code}].target`, value: linearTarget(t[code], M), tolerance: 0.006 },
      { path: `indicators[code=${code}].status`, equals: code === "K2_F" ? "off-track" : "on-track" },
    );
  });
  expect.push(
    { path: "indicators[code=LZB].actual", value: ist[3], tolerance: TOLERANCE.persons },
    { path: "indicators[code=LZB].annualTarget", value: t.LZB, tolerance: TOLERANCE.persons },
    { path: "indicators[code=LZB].status", equals: "off-track" },
    noErrors,
  );
  return {
    file: "f-zielnachhaltung-kennzahlen-als-spalten.xlsx",
    family: FAMILY,
    description: "Ziel-Ist quer: Zielindikatoren als Spalten, Szenarien als Zeilen („Ist Vorjahr 2023“, „Zielwert 2024“, „Soll Juni 2024“, „Ist Juni 2024“, „Abweichung zum Soll“), ohne Grunddaten",
    args: [],
    sheets: [{ name: "Zielnachhaltung", rows }],
    expect,
  };
}

/** Zielindikatoren, K1 Monitoring and K2/K3 from the Grunddaten against the targets of the sheet under test. */
function targetExpectations(data: JobcenterData, targets: Targets, opts: { status?: boolean } = {}): Expectation[] {
  return [
    { exitCode: 0 },
    reportMonthExpected(M),
    ...zielindikatorenExpected(data, M, targets, opts),
    ...llaMonitoringExpected(data, M),
    ...kennzahlenExpected(data, M, ["K2", "K3"]),
    noErrors,
  ];
}

/** The targets as a matrix: band "Zielwert 2024" over "insgesamt | Frauen | Männer", one row per Zielindikator. */
function targetMatrixBySex(): LayoutWorkbook {
  const data = makeJobcenter(706, "2022-12", M);
  const t = targetsFor(data, M);
  const rows: CellInput[][] = [
    ["Zielvereinbarung 2024 (§ 48b SGB II)"],
    ["Zielindikator", "Einheit", "Zielwert 2024", null, null],
    [null, null, "insgesamt", "Frauen", "Männer"],
    ["Integrationsquote", "%", t.K2, t.K2_F, t.K2_M],
    ["Bestand Langzeitleistungsbeziehende", "Personen", t.LZB, null, null],
    ["Summe Leistungen zum Lebensunterhalt", "EUR", "Monitoring", null, null],
  ];
  return {
    file: "f-ziele-matrix-frauen-maenner.xlsx",
    family: FAMILY,
    description: "Zielwerte als Matrix: Band „Zielwert 2024“ über „insgesamt | Frauen | Männer“, je Zielindikator eine Zeile (Integrationsquote, Bestand LZB, LLU als Monitoring)",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), { name: "Ziele 2024", rows, merges: ["A2:A3", "B2:B3", "C2:E2"] }],
    expect: targetExpectations(data, t),
  };
}

/**
 * TRAP (issue 21: "formula zeros in months not yet reported taken as data"): Rechtsbehelfe 2024 with the counts per month
 * (Widersprüche, Klagen, Bescheide; July–December blank) and the quotas as formulas =WENNFEHLER(C3/C5*100;0), which show
 * 0 for July–December. The Berichtsmonat is June; the quotas of June are Widersprüche (Klagen) ÷ Bescheide · 100
 * (domain.md §3), never the 0 of December.
 */
function qualityFormulaZeros(): LayoutWorkbook {
  const months = monthsBetween("2024-01", "2024-12");
  const counts = [
    { w: 38, k: 6, b: 2410 }, { w: 41, k: 5, b: 2388 }, { w: 36, k: 7, b: 2502 },
    { w: 40, k: 6, b: 2455 }, { w: 43, k: 4, b: 2391 }, { w: 44, k: 5, b: 2480 },
  ];
  const col = (i: number) => cellAddress(0, 2 + i).replace(/\d+$/, "");
  const quota = (row: number, i: number): CellInput => {
    const c = counts[i];
    const num = row === 3 ? c?.w : c?.k;
    return { formula: `IFERROR(${col(i)}${row}/${col(i)}5*100,0)`, result: c ? (100 * (num as number)) / c.b : 0 };
  };
  const rows: CellInput[][] = [
    ["Rechtsbehelfe 2024"],
    ["Merkmal", "Ziel 2024", ...months.map(monthDate)],
    ["Eingelegte Widersprüche", null, ...months.map((_, i) => counts[i]?.w ?? null)],
    ["Erhobene Klagen", null, ...months.map((_, i) => counts[i]?.k ?? null)],
    ["Versandte Leistungsbescheide", null, ...months.map((_, i) => counts[i]?.b ?? null)],
    ["Widerspruchsquote (%)", 1.5, ...months.map((_, i) => quota(3, i))],
    ["Klagequote (%)", 0.3, ...months.map((_, i) => quota(4, i))],
  ];
  const june = counts[5];
  return qualityWorkbook(
    "f-qualitaet-formelnullen-ab-juli.xlsx",
    "Rechtsbehelfe 2024: Anzahlen je Monat (Juli–Dezember leer) und Quoten als Formeln =WENNFEHLER(…;0), die ab Juli 0 zeigen: Berichtsmonat Juni, Quote des Juni (FALLE)",
    M,
    707,
    { name: "Rechtsbehelfe 2024", rows },
    [...indicator("WSQ", (100 * june.w) / june.b, 1.5, "off-track"), ...indicator("KLQ", (100 * june.k) / june.b, 0.3, "on-track")],
  );
}

/**
 * The survey month only in the title ("Befragung Mai 2024"), the items with their grades, the delivered
 * "Gesamtzufriedenheit (KZI)" and a column with the previous wave ("Vorbefragung Nov. 2023"); the Zielwert below the
 * table. Berichtsmonat Oktober 2024: the KZI is the index of the Mai 2024 wave, not an item and not the previous wave.
 */
function kziSurveyInTitle(): LayoutWorkbook {
  const m = "2024-10";
  const rows: CellInput[][] = [
    ["Kundenbefragung Jobcenter Landkreis Harburg – Befragung Mai 2024"],
    ["Ergebnisbericht des Befragungsinstituts vom 12.07.2024; Schulnoten 1 (sehr gut) bis 6 (ungenügend)"],
    [],
    ["Frage", "Note", "Vorbefragung Nov. 2023"],
    ["Erreichbarkeit", 2.3, 2.5],
    ["Wartezeit", 2.9, 3.0],
    ["Freundlichkeit", 1.7, 1.8],
    ["Verständlichkeit", 2.2, 2.4],
    ["Kompetenz", 2.0, 2.2],
    ["Gesamtzufriedenheit (KZI)", 2.14, 2.33],
    [],
    ["Zielwert 2024", 2.2],
  ];
  return qualityWorkbook(
    "f-kzi-befragung-im-titel.xlsx",
    "KZI-Ergebnisbericht: Befragungsmonat nur im Titel („Befragung Mai 2024“), Noten je Frage, „Gesamtzufriedenheit (KZI)“, Spalte „Vorbefragung Nov. 2023“ und Zielwert unter der Tabelle",
    m,
    708,
    { name: "Kundenbefragung", rows },
    indicator("KZI", 2.14, 2.2, "on-track"),
  );
}

/**
 * TRAP (Personen beside %): Kooperationspläne per month as "ELB (Personen) | mit gültigem Kooperationsplan (Personen) |
 * Anteil (%) | Ziel (%)", the June figures preliminary ("72,4 (vorläufig)", "5.345*"). The indicator is the share in %;
 * 5.345 Personen are not a quota, and "vorläufig" is a value, not a gap. The ELB column repeats the Grunddaten.
 */
function cooperationPlansCountsAndShare(): LayoutWorkbook {
  const data = makeJobcenter(709, "2023-01", M);
  const months = monthsBetween("2024-01", M);
  const target = [70.2, 71.0, 71.8, 72.5, 73.1, 72.4];
  const rows: CellInput[][] = [["Kooperationspläne nach § 15 SGB II – Stichtag Monatsende"], ["Monat", "ELB (Personen)", "mit gültigem Kooperationsplan (Personen)", "Anteil (%)", "Ziel (%)"]];
  let juneShare = 0;
  months.forEach((mm, i) => {
    const elb = data.series.elb[mm] as number;
    const withPlan = Math.round((elb * target[i]) / 100);
    const share = roundTo((100 * withPlan) / elb, 1);
    const last = mm === M;
    if (last) juneShare = share;
    rows.push([monthDate(mm), elb, last ? `${germanInt(withPlan)}*` : withPlan, last ? `${share.toFixed(1).replace(".", ",")} (vorläufig)` : share, 75]);
  });
  rows.push([], ["* vorläufiger Wert"]);
  return {
    file: "f-kooperationsplaene-anzahl-und-anteil.xlsx",
    family: FAMILY,
    description: "Kooperationspläne je Monat: Personen mit gültigem Plan neben dem Anteil in % und dem Ziel in %, Juni vorläufig („72,4 (vorläufig)“, Personen mit „*“): die Kennzahl ist der Anteil (FALLE)",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), { name: "Kooperationspläne", rows }],
    expect: [{ exitCode: 0 }, reportMonthExpected(M), ...indicator("EINV", juneShare, 75, "off-track", "%"), noErrors],
  };
}

const germanInt = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/**
 * Zielwerte beside the previous year's result and the planned change: "Kennzahl | Ist 2023 | Zielwert 2024 | Veränderung
 * ggü. Ist 2023 (pp bzw. %) | Toleranz | Einheit". The Zielwert is the Zielwert 2024 column – not the Ist 2023, not the
 * change in pp. The status depends on the tolerance and is not asserted.
 */
function targetsBesidePreviousYearAndChange(): LayoutWorkbook {
  const data = makeJobcenter(710, "2022-12", M);
  const t = targetsFor(data, M);
  const jfw2023 = (num: string, den: string) => roundTo(integrationRateYtd(data.series[num], data.series[den], "2023-12")!, 1);
  const jdw2023 = Math.round(ytdAverage(data.series.lzb, "2023-12")!);
  const rows: CellInput[][] = [
    ["Zielwerte 2024 mit Vorjahresbezug"],
    [],
    ["Kennzahl", "Ist 2023", "Zielwert 2024", "Veränderung ggü. Ist 2023 (pp bzw. %)", "Toleranz", "Einheit"],
    ...QUOTAS.map(([code, n, d], i) => [["Integrationsquote", "Integrationsquote Frauen", "Integrationsquote Männer"][i], jfw2023(n, d), t[code], roundTo(t[code] - jfw2023(n, d), 1), 0.5, "%"] as CellInput[]),
    ["Bestand Langzeitleistungsbeziehende", jdw2023, t.LZB, roundTo((100 * (t.LZB - jdw2023)) / jdw2023, 1), 50, "Personen"],
  ];
  return {
    file: "f-ziele-neben-vorjahr-und-veraenderung.xlsx",
    family: FAMILY,
    description: "Zielwerte neben „Ist 2023“, „Veränderung ggü. Ist 2023 (pp bzw. %)“ und „Toleranz“: der Zielwert ist die Spalte „Zielwert 2024“",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), { name: "Zielwerte", rows }],
    expect: targetExpectations(data, t, { status: false }),
  };
}

/**
 * Quality figures of the month with comparison rows: the Jobcenter, "Niedersachsen" and "Deutschland", and the
 * Jobcenter's Zielwerte in a last row; the month only in the title ("Juni 2024"). The Jobcenter's row is its Ist; the
 * Land and Bund rows are comparisons.
 */
function qualityWithLandAndBundRows(): LayoutWorkbook {
  const rows: CellInput[][] = [
    ["Qualitätskennzahlen Juni 2024 im Vergleich"],
    ["Region", "Widerspruchsquote (%)", "Klagequote (%)", "Bearbeitungsdauer Leistungsanträge (Arbeitstage)"],
    ["Jobcenter Landkreis Harburg", 1.38, 0.21, 9.8],
    ["Niedersachsen", 1.72, 0.29, 11.4],
    ["Deutschland", 1.84, 0.31, 12.1],
    ["Zielwert 2024 (Jobcenter)", 1.5, 0.3, 14],
  ];
  return qualityWorkbook(
    "f-qualitaet-jc-land-bund-zeilen.xlsx",
    "Qualitätskennzahlen des Monats (nur im Titel „Juni 2024“) mit Zeilen für das Jobcenter, Niedersachsen und Deutschland und einer Zielwertzeile: das Ist ist die Zeile des Jobcenters",
    M,
    711,
    { name: "Qualität Juni", rows },
    [...indicator("WSQ", 1.38, 1.5, "on-track", "%"), ...indicator("KLQ", 0.21, 0.3, "on-track", "%"), ...indicator("BD", 9.8, 14, "on-track", "Arbeitstage")],
  );
}

export function freshZieleQualitaetLayouts(): LayoutWorkbook[] {
  return [
    kziAndErstberatungSideBySide(), shareBesideDuration(), kziSurveyDateRanges(), halfYearDateRanges(), zielIstTransposed(), targetMatrixBySex(),
    qualityFormulaZeros(), kziSurveyInTitle(), cooperationPlansCountsAndShare(), targetsBesidePreviousYearAndChange(), qualityWithLandAndBundRows(),
  ];
}
