/**
 * Second held-out corpus, Zielwerte and quality layouts: Zielwerte as "K2 Integrationsquote: 24,5 %" in one cell, as
 * label–value pairs in two column pairs, as one horizontal row, on two sheets whose names alone carry the year; a
 * Ziel-Ist sheet with the previous year in its own block below; Erstberatung per Roman quarter with a "gesamt" row;
 * KZI half-years "1. HJ / 2. HJ" under a year band. Expected figures from the raw series with domain.md's formulas
 * (standard.ts), the Ziel-Ist rows as written (rounded), the quality values as the sheet states them.
 */
import { MONTH_SHORT, germanNumber, makeJobcenter, monthsOfYear, type JobcenterData } from "./data";
import { integrationRateYtd, linearTarget, roundTo, ytdAverage, ytdSum, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { grunddatenWide } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected, type Targets } from "./standard";

const FAMILY = "Holdout 2 Ziele und Qualität";
const M: MonthKey = "2024-06";

const dataFor = (seed: number): JobcenterData => makeJobcenter(seed, "2022-12", M);

/** Zielindikatoren, K1 Monitoring and the Kennzahlen from the Grunddaten against the targets the sheet under test holds. */
function targetExpectations(data: JobcenterData, targets: Targets): Expectation[] {
  return [
    { exitCode: 0 },
    reportMonthExpected(M),
    ...zielindikatorenExpected(data, M, targets),
    ...llaMonitoringExpected(data, M),
    ...kennzahlenExpected(data, M, ["K2", "K3"]),
    noErrors,
  ];
}

const comma = (x: number, decimals = 1): string => germanNumber(x, decimals);

function targetsWorkbook(file: string, description: string, data: JobcenterData, zielSheets: SheetSpec[], targets = targetsFor(data, M)): LayoutWorkbook {
  return { file, family: FAMILY, description, args: [], sheets: [grunddatenWide("Grunddaten", data, data.months), ...zielSheets], expect: targetExpectations(data, targets) };
}

/** The Zielvereinbarung typed as sentences: "K2 Integrationsquote: 24,5 %" one per cell, in two columns (A and D). */
function colonTextTwoColumns(): LayoutWorkbook {
  const data = dataFor(401);
  const t = targetsFor(data, M);
  const rows: CellInput[][] = [
    ["Zielvereinbarung 2024 zwischen Agentur für Arbeit und Jobcenter Landkreis Harburg"],
    [],
    [`K2 Integrationsquote: ${comma(t.K2)} %`, null, null, `K2 Integrationsquote Männer: ${comma(t.K2_M)} %`],
    [`K2 Integrationsquote Frauen: ${comma(t.K2_F)} %`, null, null, `K3 Bestand Langzeitleistungsbeziehende: ${germanNumber(t.LZB, 0)} Personen`],
    [],
    ["K1 Summe Leistungen zum Lebensunterhalt: Beobachtung (kein Zielwert)"],
  ];
  return targetsWorkbook(
    "h2-zielwerte-doppelpunkt-zwei-spalten.xlsx",
    "Zielwerte als Sätze „K2 Integrationsquote: 24,5 %“ je Zelle, in zwei Spalten (A und D) nebeneinander, Einheit im Text",
    data,
    [{ name: "Zielvereinbarung", rows, merges: ["A1:F1"] }],
  );
}

/** Label–value pairs in two column pairs: A label | B value, D label | E value; the unit only in the label. */
function labelValuePairs(): LayoutWorkbook {
  const data = dataFor(402);
  const t = targetsFor(data, M);
  const rows: CellInput[][] = [
    ["Zielwerte 2024"],
    [],
    ["Integrationsquote (%)", t.K2, null, "Integrationsquote Männer (%)", t.K2_M],
    ["Integrationsquote Frauen (%)", t.K2_F, null, "Bestand LZB (Personen, Jahresdurchschnitt)", t.LZB],
    [],
    ["Vereinbart am 15.03.2024"],
  ];
  return targetsWorkbook(
    "h2-zielwerte-paare-nebeneinander.xlsx",
    "Zielwerte als Bezeichnung–Wert-Paare in zwei Spaltenpaaren (A/B und D/E), ohne Kopfzeile, Einheit in der Bezeichnung",
    data,
    [{ name: "Ziele", rows }],
  );
}

/** The targets as one horizontal row under the indicator names (the header row holds the indicators, not periods). */
function horizontalTargets(): LayoutWorkbook {
  const data = dataFor(403);
  const t = targetsFor(data, M);
  const rows: CellInput[][] = [
    ["Zielsystem SGB II 2024"],
    [],
    [null, "Integrationsquote", "Integrationsquote Frauen", "Integrationsquote Männer", "Bestand Langzeitleistungsbeziehende"],
    ["Einheit", "%", "%", "%", "Personen"],
    ["Zielwert 2024", t.K2, t.K2_F, t.K2_M, t.LZB],
  ];
  return targetsWorkbook(
    "h2-zielwerte-waagerecht.xlsx",
    "Zielwerte waagerecht: Zielindikatoren als Spaltenköpfe, darunter eine Einheitenzeile und eine Zeile „Zielwert 2024“",
    data,
    [{ name: "Zielsystem", rows }],
  );
}

/**
 * Two target sheets "Ziele_2023" and "Ziele_2024" whose header says only "Zielwert": the year is in the sheet name.
 * In June 2024 the 2024 sheet counts; the 2023 targets differ so that taking the wrong sheet shows.
 */
function targetYearInSheetName(): LayoutWorkbook {
  const data = dataFor(404);
  const t = targetsFor(data, M);
  const previous: Targets = { K2: roundTo(t.K2 * 0.9, 1), K2_F: roundTo(t.K2_F * 0.9, 1), K2_M: roundTo(t.K2_M * 0.9, 1), LZB: t.LZB + 150 };
  const sheet = (name: string, targets: Targets): SheetSpec => ({
    name,
    rows: [
      ["Zielvereinbarung nach § 48b SGB II"],
      [],
      ["Ziel", "Kennzahl", "Zielwert", "Einheit"],
      ["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote", targets.K2, "%"],
      ["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote Frauen", targets.K2_F, "%"],
      ["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote Männer", targets.K2_M, "%"],
      ["Vermeidung von langfristigem Leistungsbezug", "Bestand Langzeitleistungsbeziehende", targets.LZB, "Personen"],
    ],
  });
  return targetsWorkbook(
    "h2-zielblaetter-jahr-im-blattnamen.xlsx",
    "Zwei Zielblätter „Ziele_2023“ und „Ziele_2024“, Kopf nur „Zielwert“ ohne Jahr: im Juni 2024 gelten die Zielwerte des Blatts 2024",
    data,
    [sheet("Ziele_2023", previous), sheet("Ziele_2024", t)],
    t,
  );
}

/**
 * A Ziel-Ist sheet kept by hand: the current year's block (band "Ist 2024" over bare month names Jan … Dez, Zielwert per
 * row, July–December blank) and below it, after blank rows, the same rows for the previous year (band "Vorjahr 2023").
 * The Ist at June is the June cell of the 2024 block as written (JFW rounded to 2 decimals, domain.md §2.3); the LZB row
 * holds monthly stocks (Ist = JDW Jan–Jun); the K1 Soll is the previous year's Σ LLU Jan–Jun (the corpus convention,
 * README), here from the Vorjahr block.
 */
function zielIstWithPreviousYearBelow(): LayoutWorkbook {
  const data = makeJobcenter(405, "2022-12", "2024-12");
  const t = targetsFor(data, M);
  const block = (year: number, band: string, upTo: MonthKey, withTargets: boolean): CellInput[][] => {
    const months = monthsOfYear(data, year);
    const quota = (num: string, den: string) => months.map((m) => (m <= upTo ? roundTo(integrationRateYtd(data.series[num], data.series[den], m)!, 2) : null));
    const stock = (code: string) => months.map((m) => (m <= upTo ? data.series[code][m] ?? null : null));
    const target = (x: number): CellInput => (withTargets ? x : null);
    return [
      ["Kennzahl", "Einheit", withTargets ? `Zielwert ${year}` : null, band],
      [null, null, null, ...MONTH_SHORT],
      ["Integrationsquote (JFW)", "%", target(t.K2), ...quota("int", "elb")],
      ["Integrationsquote Frauen (JFW)", "%", target(t.K2_F), ...quota("int_f", "elb_f")],
      ["Integrationsquote Männer (JFW)", "%", target(t.K2_M), ...quota("int_m", "elb_m")],
      ["Bestand Langzeitleistungsbeziehende", "Personen", target(t.LZB), ...stock("lzb")],
      ["Summe Leistungen zum Lebensunterhalt", "EUR", null, ...stock("llu")],
    ];
  };
  const rows: CellInput[][] = [
    ["Zielnachhaltung – Jobcenter Landkreis Harburg"],
    [],
    ...block(2024, "Ist 2024", M, true),
    [],
    [],
    ["Zum Vergleich: Vorjahr"],
    ...block(2023, "Vorjahr 2023", "2023-12", false),
  ];
  const expect: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(M)];
  for (const [code, num, den] of [["K2", "int", "elb"], ["K2_F", "int_f", "elb_f"], ["K2_M", "int_m", "elb_m"]] as const) {
    expect.push({ path: `indicators[code=${code}].actual`, value: roundTo(integrationRateYtd(data.series[num], data.series[den], M)!, 2), tolerance: TOLERANCE.quota });
    expect.push({ path: `indicators[code=${code}].target`, value: linearTarget(t[code], M), tolerance: TOLERANCE.quota });
    expect.push({ path: `indicators[code=${code}].status`, equals: code === "K2_F" ? "off-track" : "on-track" });
  }
  expect.push(
    { path: "indicators[code=LZB].actual", value: ytdAverage(data.series.lzb, M)!, tolerance: TOLERANCE.persons },
    { path: "indicators[code=LZB].annualTarget", value: t.LZB, tolerance: TOLERANCE.persons },
    { path: "indicators[code=K1].actual", value: ytdSum(data.series.llu, M)!, tolerance: TOLERANCE.money },
    { path: "indicators[code=K1].previousYear", value: ytdSum(data.series.llu, "2023-06")!, tolerance: TOLERANCE.money, why: "Vorjahressumme Januar–Juni aus dem Block darunter" },
    noErrors,
  );
  return {
    file: "h2-ziel-ist-vorjahr-block-darunter.xlsx",
    family: FAMILY,
    description: "Ziel-Ist-Blatt: Block „Ist 2024“ (Monatsnamen ohne Jahr, Juli–Dezember leer) und darunter nach Leerzeilen derselbe Block „Vorjahr 2023“ ohne Zielwerte",
    args: [],
    sheets: [{ name: "Zielnachhaltung", rows, merges: ["D3:O3", "D13:O13"] }],
    expect,
  };
}

const indicator = (code: string, actual: number, target: number, status: "on-track" | "off-track"): Expectation[] => [
  { path: `indicators[code=${code}].actual`, value: actual, tolerance: TOLERANCE.quota },
  { path: `indicators[code=${code}].target`, value: target, tolerance: TOLERANCE.quota },
  { path: `indicators[code=${code}].status`, equals: status },
];

/**
 * Erstberatung per Roman quarter "I" … "IV" as rows, the year only in the sheet name and title, a row "gesamt" (the
 * year's mean so far) and a row "Zielwert". Berichtsmonat November 2024: the latest ended quarter is III (the corpus
 * convention of periods.ts, issue point 3); Erstberatung in Tagen, lower is better (domain.md §3).
 */
function erstberatungRomanWithTotal(): LayoutWorkbook {
  const m = "2024-11";
  const data = makeJobcenter(406, "2023-01", m);
  const u25 = [11.6, 10.8, 9.4];
  const ue25 = [14.9, 16.2, 17.3];
  const mean = (xs: number[]) => roundTo(xs.reduce((a, b) => a + b, 0) / xs.length, 1);
  const rows: CellInput[][] = [
    ["Neukundenprozess: Dauer bis zum Erstgespräch (Ø Kalendertage)"],
    [],
    ["Quartal", "Erstberatung U25", "Erstberatung Ü25"],
    ["I", u25[0], ue25[0]],
    ["II", u25[1], ue25[1]],
    ["III", u25[2], ue25[2]],
    ["IV", null, null],
    ["gesamt", mean(u25), mean(ue25)],
    ["Zielwert", 10, 15],
  ];
  return {
    file: "h2-erstberatung-roemisch-mit-gesamt.xlsx",
    family: FAMILY,
    description: "Erstberatung U25/Ü25 je Quartal als Zeilen „I“ … „IV“ (Jahr nur im Blattnamen „Erstberatung 2024“), dazu Zeilen „gesamt“ und „Zielwert“; Berichtsmonat November: Quartal III",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), { name: "Erstberatung 2024", rows }],
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...indicator("EB_U25", 9.4, 10, "on-track"), ...indicator("EB_UE25", 17.3, 15, "off-track"), noErrors],
  };
}

/**
 * KZI with the years as a merged band ("2023", "2024") over "1. HJ | 2. HJ". Berichtsmonat Oktober 2024: the 1. HJ 2024
 * has ended and counts (periods.ts convention); KZI is a Schulnote, lower is better (domain.md §3).
 */
function kziHalfYearsUnderYearBand(): LayoutWorkbook {
  const m = "2024-10";
  const data = makeJobcenter(407, "2023-01", m);
  const rows: CellInput[][] = [
    ["Kundenbefragung SGB II – Ergebnisse je Halbjahr"],
    ["Kennzahl", "Ziel 2024", "2023", null, "2024", null],
    [null, null, "1. HJ", "2. HJ", "1. HJ", "2. HJ"],
    ["Kundenzufriedenheitsindex (KZI)", 2.2, 2.31, 2.26, 2.14, null],
    ["Befragte", null, 101, 98, 100, null],
  ];
  return {
    file: "h2-kzi-halbjahre-unter-jahresband.xlsx",
    family: FAMILY,
    description: "KZI mit verbundenem Jahresband („2023“, „2024“) über „1. HJ / 2. HJ“; Berichtsmonat Oktober 2024: es zählt das 1. HJ 2024",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), { name: "KZI", rows, merges: ["C2:D2", "E2:F2", "A2:A3", "B2:B3"] }],
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...indicator("KZI", 2.14, 2.2, "on-track"), noErrors],
  };
}

/**
 * KZI results dated by the survey month, as the survey reports name them (domain.md §3: "Mai 2016 2,27 → Okt 2016 2,33"):
 * rows "Befragung Mai 2023", "Befragung Nov. 2023", "Befragung Mai 2024", "Befragung Nov. 2024" (not yet held: blank).
 * Berichtsmonat Oktober 2024: the latest survey held by then is Mai 2024.
 */
function kziSurveyMonths(): LayoutWorkbook {
  const m = "2024-10";
  const data = makeJobcenter(408, "2023-01", m);
  const rows: CellInput[][] = [
    ["Kundenzufriedenheit – Ergebnisse der Befragungswellen"],
    ["Befragung", "KZI (Note)", "Zielwert"],
    ["Befragung Mai 2023", 2.29, 2.2],
    ["Befragung Nov. 2023", 2.35, 2.2],
    ["Befragung Mai 2024", 2.12, 2.2],
    ["Befragung Nov. 2024", null, 2.2],
  ];
  return {
    file: "h2-kzi-befragungsmonate.xlsx",
    family: FAMILY,
    description: "KZI je Befragungswelle, benannt nach dem Befragungsmonat („Befragung Mai 2024“, „Befragung Nov. 2023“); Berichtsmonat Oktober 2024: es zählt die Welle Mai 2024",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), { name: "Kundenbefragung", rows }],
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...indicator("KZI", 2.12, 2.2, "on-track"), noErrors],
  };
}

export function holdout2ZieleQualitaetLayouts(): LayoutWorkbook[] {
  return [colonTextTwoColumns(), labelValuePairs(), horizontalTargets(), targetYearInSheetName(), zielIstWithPreviousYearBelow(), erstberatungRomanWithTotal(), kziHalfYearsUnderYearBand(), kziSurveyMonths()];
}
