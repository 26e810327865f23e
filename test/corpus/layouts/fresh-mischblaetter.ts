/**
 * Fresh corpus (issue 21), sheets that mix several tables or regions, none of them in the first 112 workbooks: a
 * monthly cockpit with Zielwerte and quality figures side by side and the EGT below, Grunddaten with months as rows and
 * the Zielwerte beside them but lower down, a Halbjahresbericht without Grunddaten ("Ist 1. Hj. 2023 | Ziel 2024 | Ist
 * 1. Hj. 2024"), and the Jobcenter's Grunddaten beside the same blocks for Niedersachsen and Deutschland.
 * Expected figures from the raw series with domain.md's formulas (standard.ts, fresh-shared.ts).
 */
import { makeJobcenter, monthDate, seededRandom, type JobcenterData } from "./data";
import { integrationRateYtd, linearTarget, monthsBetween, roundTo, ytdAverage, ytdSum, type MonthKey } from "./formulas";
import { beside, budgetExpected, budgetLines, indicator, sumOf } from "./fresh-shared";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook } from "./model";
import { grunddatenWide, STANDARD_CODES } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected, type Targets } from "./standard";

const FAMILY = "Frisch Mischblätter";
const M: MonthKey = "2024-06";
const ALL_KENNZAHLEN = ["K1", "K1E1", "K1E2", "K1E3", "K1E4", "K2", "K2_F", "K2_M", "K3"] as const;

const SHORT: Record<string, string> = {
  elb: "ELB", elb_f: "ELB Frauen", elb_m: "ELB Männer", int: "Integrationen", int_f: "Integrationen Frauen", int_m: "Integrationen Männer",
  lzb: "LZB", llu: "LLU (EUR)", luh: "LUH (EUR)", zug_elb: "Zugänge ELB", abg_elb: "Abgänge ELB",
};

const targetRows = (t: Targets): CellInput[][] => [
  ["Integrationsquote", t.K2, "%"],
  ["Integrationsquote Frauen", t.K2_F, "%"],
  ["Integrationsquote Männer", t.K2_M, "%"],
  ["Bestand Langzeitleistungsbeziehende", t.LZB, "Personen"],
];

/**
 * "Cockpit Juni 2024": top left the Zielwerte (Kennzahl | Zielwert 2024 | Einheit), top right two columns apart the
 * quality figures of the month (Kennzahl | Ist | Ziel | Einheit), below after two blank rows the EGT (Kategorie |
 * Instrument | Plan 2024 | Ist | Bindung) with a Summe row. The Grunddaten are on their own sheet. Three blocks, each
 * read for itself.
 */
function cockpitThreeBlocks(): LayoutWorkbook {
  const data = makeJobcenter(951, "2022-12", M);
  const t = targetsFor(data, M);
  const ls = budgetLines(951, 0.42);
  const ziele: CellInput[][] = [["Zielwerte 2024"], ["Kennzahl", "Zielwert 2024", "Einheit"], ...targetRows(t)];
  const qualitaet: CellInput[][] = [
    ["Qualität Juni 2024"],
    ["Kennzahl", "Ist", "Ziel", "Einheit"],
    ["Widerspruchsquote", 1.41, 1.5, "%"],
    ["Klagequote", 0.39, 0.3, "%"],
    ["Bearbeitungsdauer Leistungsanträge", 10.2, 14, "Arbeitstage"],
  ];
  const rows: CellInput[][] = [
    ["Steuerungscockpit Jobcenter Landkreis Harburg – Juni 2024", null, null, null, null, null, null, null, "Stand: 22.07.2024"],
    [],
    ...beside(ziele, qualitaet, 2),
    [],
    [],
    ["Eingliederungstitel 2024 – Stand 30.06.2024"],
    ["Kategorie", "Instrument", "Plan 2024", "Ist", "Bindung"],
    ...ls.map((l) => [l.category, l.instrument, l.plan, l.ist, l.bindung] as CellInput[]),
    ["Summe", null, sumOf(ls, (l) => l.plan), sumOf(ls, (l) => l.ist), sumOf(ls, (l) => l.bindung)],
  ];
  return {
    file: "f-cockpit-drei-bloecke.xlsx",
    family: FAMILY,
    description: "Blatt „Cockpit Juni 2024“: Zielwerte oben links, Qualitätskennzahlen des Monats oben rechts (zwei Spalten Abstand), EGT-Tabelle mit Summenzeile darunter; Grunddaten auf eigenem Blatt",
    args: [],
    sheets: [grunddatenWide("Grunddaten", data, data.months), { name: "Cockpit Juni 2024", rows }],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      ...zielindikatorenExpected(data, M, t),
      ...llaMonitoringExpected(data, M),
      ...indicator("WSQ", 1.41, 1.5, "on-track", "%"),
      ...indicator("KLQ", 0.39, 0.3, "off-track", "%"),
      ...indicator("BD", 10.2, 14, "on-track", "Arbeitstage"),
      ...budgetExpected(ls, 6),
      { path: "budget.lines[instrument~Summe]", absent: true, why: "Summenzeile ist kein Instrument" },
      noErrors,
    ],
  };
}

/**
 * Grunddaten with months as rows (December 2022 – December 2024, July–December 2024 without values) and, two columns to
 * the right and starting lower (row 8), a small Zielwerte table with its own title: two blocks beside each other whose
 * rows overlap.
 */
function grunddatenRowsWithTargetsLower(): LayoutWorkbook {
  const data = makeJobcenter(952, "2022-12", M);
  const t = targetsFor(data, M);
  const months = monthsBetween("2022-12", "2024-12");
  const left: CellInput[][] = [
    ["Grunddaten (Monatswerte)"],
    ["Monat", ...STANDARD_CODES.map((c) => SHORT[c])],
    ...months.map((m) => [monthDate(m), ...STANDARD_CODES.map((c) => data.series[c][m] ?? null)] as CellInput[]),
  ];
  const right: CellInput[][] = [["Zielwerte 2024"], ["Zielindikator", "Zielwert", "Einheit"], ...targetRows(t)];
  return {
    file: "f-gd-zeilen-ziele-rechts-tiefer.xlsx",
    family: FAMILY,
    description: "Grunddaten mit Monaten als Zeilen (Juli–Dezember 2024 leer), rechts daneben zwei Spalten weiter und ab Zeile 8 eine Zieltabelle mit eigener Überschrift",
    args: [],
    sheets: [{ name: "Controlling", rows: beside(left, right, 2, 7) }],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      ...zielindikatorenExpected(data, M, t),
      ...llaMonitoringExpected(data, M),
      ...kennzahlenExpected(data, M, [...ALL_KENNZAHLEN]),
      noErrors,
    ],
  };
}

/**
 * A Halbjahresbericht (domain.md §2.5: "Halbjahresbericht (Stand Juni) + Zielabrechnung"; §2.6 Leipzig columns), no
 * Grunddaten: "Ziel | Kennzahl | Einheit | Ist 1. Hj. 2023 | Ziel 2024 | Ist 1. Hj. 2024 | Erläuterung". The Ist of the
 * first half-year is the JFW June (quotas, two decimals), the JDW January–June (LZB, whole persons) and Σ LLU
 * January–June; the K1 Soll is the previous year's sum of the same months (corpus README), here the Ist 1. Hj. 2023.
 */
function halfYearReport(): LayoutWorkbook {
  const data = makeJobcenter(953, "2022-12", M);
  const t = targetsFor(data, M);
  const s = data.series;
  const jfw = (num: string, den: string, m: MonthKey) => roundTo(integrationRateYtd(s[num], s[den], m)!, 2);
  const jdw = (m: MonthKey) => Math.round(ytdAverage(s.lzb, m)!);
  const quotas = [["K2", "Integrationsquote", "int", "elb"], ["K2_F", "Integrationsquote Frauen", "int_f", "elb_f"], ["K2_M", "Integrationsquote Männer", "int_m", "elb_m"]] as const;
  const rows: CellInput[][] = [
    ["Halbjahresbericht 2024 – Zielnachhaltung nach § 48b SGB II"],
    ["Stand: 31.07.2024; Datenstand Juni 2024"],
    [],
    ["Ziel", "Kennzahl", "Einheit", "Ist 1. Hj. 2023", "Ziel 2024", "Ist 1. Hj. 2024", "Erläuterung"],
    ...quotas.map(([code, label, n, d], i) => [i === 0 ? "Verbesserung der Integration in Erwerbstätigkeit" : null, label, "%", jfw(n, d, "2023-06"), t[code], jfw(n, d, M), code === "K2_F" ? "unter Soll" : "über Soll"] as CellInput[]),
    ["Vermeidung von langfristigem Leistungsbezug", "Bestand Langzeitleistungsbeziehende (JDW)", "Personen", jdw("2023-06"), t.LZB, jdw(M), "über Ziel"],
    ["Verringerung der Hilfebedürftigkeit", "Summe Leistungen zum Lebensunterhalt", "EUR", ytdSum(s.llu, "2023-06"), "Monitoring", ytdSum(s.llu, M), "Beobachtung"],
  ];
  const expect: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(M)];
  for (const [code, , n, d] of quotas) {
    expect.push(
      { path: `indicators[code=${code}].actual`, value: jfw(n, d, M), tolerance: TOLERANCE.quota },
      { path: `indicators[code=${code}].annualTarget`, value: t[code], tolerance: TOLERANCE.quota },
      { path: `indicators[code=${code}].target`, value: linearTarget(t[code], M), tolerance: TOLERANCE.quota },
      { path: `indicators[code=${code}].status`, equals: code === "K2_F" ? "off-track" : "on-track" },
    );
  }
  expect.push(
    { path: "indicators[code=LZB].actual", value: jdw(M), tolerance: TOLERANCE.persons },
    { path: "indicators[code=LZB].annualTarget", value: t.LZB, tolerance: TOLERANCE.persons },
    { path: "indicators[code=LZB].status", equals: "off-track" },
    { path: "indicators[code=K1].actual", value: ytdSum(s.llu, M)!, tolerance: TOLERANCE.money },
    { path: "indicators[code=K1].previousYear", value: ytdSum(s.llu, "2023-06")!, tolerance: TOLERANCE.money, why: "Ist 1. Hj. 2023 = Vorjahressumme Januar–Juni" },
    noErrors,
  );
  return {
    file: "f-halbjahresbericht-ohne-grunddaten.xlsx",
    family: FAMILY,
    description: "Halbjahresbericht ohne Grunddaten: „Ziel | Kennzahl | Einheit | Ist 1. Hj. 2023 | Ziel 2024 | Ist 1. Hj. 2024 | Erläuterung“, Stand-Zeile; Berichtsmonat Juni aus dem Halbjahr",
    args: [],
    sheets: [{ name: "Halbjahresbericht", rows }],
    expect,
  };
}

/**
 * Three blocks side by side, months as rows: "Jobcenter Landkreis Harburg (03353)", "Land Niedersachsen" and "Bund
 * (Deutschland)", each with the same columns. Only the Jobcenter's block is its Grunddaten; the Land and Bund blocks
 * are comparisons and never added to it.
 */
function jobcenterLandBundBlocks(): LayoutWorkbook {
  const data = makeJobcenter(954, "2022-12", M);
  const rnd = seededRandom(9540);
  const block = (title: string, factor: number): CellInput[][] => [
    [title],
    ["Monat", ...STANDARD_CODES.map((c) => SHORT[c])],
    ...data.months.map((m) => [monthDate(m), ...STANDARD_CODES.map((c) => (factor === 1 ? data.series[c][m] ?? null : Math.round((data.series[c][m] as number) * factor * (0.98 + 0.04 * rnd()))))] as CellInput[]),
  ];
  const rows = beside(beside(block("Jobcenter Landkreis Harburg (03353)", 1), block("Land Niedersachsen", 41.7), 1), block("Bund (Deutschland)", 527.3), 1);
  return {
    file: "f-gd-jc-land-bund-bloecke.xlsx",
    family: FAMILY,
    description: "Grunddaten als drei Blöcke nebeneinander (Monate als Zeilen): „Jobcenter Landkreis Harburg (03353)“, „Land Niedersachsen“, „Bund (Deutschland)“: nur der Block des Jobcenters sind seine Grunddaten",
    args: [],
    sheets: [{ name: "Grunddaten Vergleich", rows }, zieleSheetFor(data)],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      ...zielindikatorenExpected(data, M, targetsFor(data, M)),
      ...llaMonitoringExpected(data, M),
      ...kennzahlenExpected(data, M, [...ALL_KENNZAHLEN]),
      noErrors,
    ],
  };
}

/** The Zielwerte on a sheet of their own (Kennzahl | Zielwert 2024 | Einheit). */
function zieleSheetFor(data: JobcenterData) {
  const t = targetsFor(data, M);
  return { name: "Ziele 2024", rows: [["Zielwerte 2024"], ["Kennzahl", "Zielwert 2024", "Einheit"], ...targetRows(t)] as CellInput[][] };
}

export function freshMischblaetterLayouts(): LayoutWorkbook[] {
  return [cockpitThreeBlocks(), grunddatenRowsWithTargetsLower(), halfYearReport(), jobcenterLandBundBlocks()];
}
