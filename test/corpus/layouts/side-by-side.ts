/**
 * Several tables on one sheet: a small target table to the right of the Grunddaten, one under it, two year blocks side
 * by side, a quality table above an EGT table. The issue (point 1): every block gets its own header and columns.
 */
import { GRUNDDATEN_LABELS, makeJobcenter, monthDate, monthsOfYear, type JobcenterData } from "./data";
import type { MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type LayoutWorkbook, type SheetSpec } from "./model";
import { STANDARD_CODES } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected, type Targets } from "./standard";

const FAMILY = "Mehrere Tabellen je Blatt";
const M: MonthKey = "2024-06";

function grunddatenBlock(data: JobcenterData, months: MonthKey[]): CellInput[][] {
  const rows: CellInput[][] = [["Grunddatum", "Kürzel", ...months.map(monthDate)]];
  for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], code, ...months.map((m) => data.series[code][m] ?? null)]);
  return rows;
}

function targetBlock(t: Targets): CellInput[][] {
  return [
    ["Kennzahl", "Zielwert 2024"],
    ["Integrationsquote", t.K2],
    ["Integrationsquote Frauen", t.K2_F],
    ["Integrationsquote Männer", t.K2_M],
    ["Bestand Langzeitleistungsbeziehende", t.LZB],
  ];
}

/** Place `right` next to `left`, `gap` blank columns apart. */
function beside(left: CellInput[][], right: CellInput[][], gap: number): CellInput[][] {
  const width = Math.max(...left.map((r) => r.length));
  const rows: CellInput[][] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = [...(left[i] ?? [])];
    while (l.length < width + gap) l.push(null);
    rows.push([...l, ...(right[i] ?? [])]);
  }
  return rows;
}

const expectations = (data: JobcenterData, t: Targets) => [
  { exitCode: 0 },
  reportMonthExpected(M),
  ...zielindikatorenExpected(data, M, t),
  ...llaMonitoringExpected(data, M),
  ...kennzahlenExpected(data, M, ["K1", "K2", "K3"]),
  noErrors,
];

function targetsRightOfGrunddaten(): LayoutWorkbook {
  const data = makeJobcenter(71, "2022-12", M);
  const t = targetsFor(data, M);
  return {
    file: "ziele-rechts-neben-grunddaten.xlsx",
    family: FAMILY,
    description: "Ein Blatt „Controlling 2024“: Grunddaten mit Monaten als Spalten, rechts daneben nach zwei Leerspalten eine kleine Zieltabelle",
    args: [],
    sheets: [{ name: "Controlling 2024", rows: [["Controlling Jobcenter Landkreis Harburg 2024"], [], ...beside(grunddatenBlock(data, data.months), targetBlock(t), 2)] }],
    expect: expectations(data, t),
  };
}

function targetsBelowGrunddaten(): LayoutWorkbook {
  const data = makeJobcenter(72, "2022-12", M);
  const t = targetsFor(data, M);
  return {
    file: "ziele-unter-grunddaten.xlsx",
    family: FAMILY,
    description: "Grunddaten oben, drei Leerzeilen darunter die Zieltabelle mit eigener Überschrift „Zielwerte 2024“ (untereinander)",
    args: [],
    sheets: [{ name: "Daten und Ziele", rows: [["Grunddaten"], ...grunddatenBlock(data, data.months), [], [], [], ["Zielwerte 2024"], ...targetBlock(t)] }],
    expect: expectations(data, t),
  };
}

/** Months as rows, 2023 in A:F and 2024 in I:N of the same sheet, each block with its year above. */
function twoYearBlocks(): LayoutWorkbook {
  const data = makeJobcenter(73, "2022-12", M);
  const t = targetsFor(data, M);
  const cols: Array<[string, string]> = [["ELB", "elb"], ["ELB Frauen", "elb_f"], ["ELB Männer", "elb_m"], ["Integrationen", "int"], ["Integrationen Frauen", "int_f"], ["Integrationen Männer", "int_m"], ["LZB", "lzb"], ["Summe LLU", "llu"]];
  const block = (months: MonthKey[], year: string): CellInput[][] => [
    [`Grunddaten ${year}`],
    ["Monat", ...cols.map(([l]) => l)],
    ...months.map((m) => [monthDate(m), ...cols.map(([, c]) => data.series[c][m] ?? null)]),
  ];
  const months2023 = ["2022-12", ...monthsOfYear(data, 2023)];
  return {
    file: "zwei-jahre-nebeneinander.xlsx",
    family: FAMILY,
    description: "Zwei Jahresblöcke nebeneinander auf einem Blatt (Monate als Zeilen, Dez 2022–Dez 2023 links, 2024 rechts), Ziele auf eigenem Blatt",
    args: [],
    sheets: [
      { name: "Grunddaten", rows: beside(block(months2023, "2023"), block(monthsOfYear(data, 2024), "2024"), 1) },
      { name: "Ziele", rows: targetBlock(t) },
    ],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      ...zielindikatorenExpected(data, M, t),
      ...llaMonitoringExpected(data, M),
      ...kennzahlenExpected(data, M, ["K2", "K2_F", "K2_M", "K3"]),
      noErrors,
    ],
  };
}

/** A monthly report sheet: quality figures on top, the EGT instrument table below (sample's EGT layout). */
function qualityAboveBudget(): LayoutWorkbook {
  const data = makeJobcenter(74, "2022-12", M);
  const instruments: Array<[string, string, number, number, number]> = [
    ["Aktivierung und berufliche Eingliederung", "Vermittlungsbudget (§ 44 SGB III)", 260_000, 121_400, 18_900],
    ["Berufliche Weiterbildung", "Förderung der beruflichen Weiterbildung (FbW)", 1_480_000, 702_300, 255_000],
    ["Aufnahme einer Erwerbstätigkeit", "Eingliederungszuschuss (EGZ)", 820_000, 388_150, 97_200],
    ["Beschäftigung schaffende Maßnahmen", "Teilhabe am Arbeitsmarkt (§ 16i SGB II)", 1_050_000, 512_600, 230_400],
  ];
  const rows: CellInput[][] = [
    ["Monatsbericht Juni 2024"],
    [],
    ["Kennzahl", "Ist Juni 2024", "Ziel 2024", "Einheit"],
    ["Widerspruchsquote", 1.38, 1.5, "%"],
    ["Klagequote", 0.42, 0.3, "%"],
    [],
    [],
    ["Kategorie", "Instrument", "Plan 2024", "Ist Jan–Jun", "Bindung"],
    ...instruments.map(([c, i, p, a, b]) => [c, i, p, a, b]),
    ["Gesamt", null, ...[2, 3, 4].map((k) => instruments.reduce((s, r) => s + (r[k] as number), 0))],
  ];
  const sheet: SheetSpec = { name: "Monatsbericht", rows };
  const gd: SheetSpec = { name: "Grunddaten", rows: grunddatenBlock(data, data.months) };
  return {
    file: "qualitaet-ueber-egt.xlsx",
    family: FAMILY,
    description: "Monatsbericht-Blatt: Qualitätskennzahlen (Ist Juni | Ziel) oben, die EGT-Instrumententabelle mit Gesamtzeile darunter",
    args: [],
    sheets: [gd, sheet],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=WSQ].actual", value: 1.38, tolerance: TOLERANCE.quota },
      { path: "indicators[code=WSQ].target", value: 1.5, tolerance: TOLERANCE.quota },
      { path: "indicators[code=KLQ].actual", value: 0.42, tolerance: TOLERANCE.quota },
      { path: "indicators[code=KLQ].status", equals: "off-track" },
      { path: "budget.lines.length", value: 4, tolerance: 0 },
      { path: "budget.lines[instrument=Eingliederungszuschuss (EGZ)].available", value: 820_000 - 388_150 - 97_200, tolerance: TOLERANCE.money },
      { path: "budget.total.plan", value: 3_610_000, tolerance: TOLERANCE.money },
      { path: "budget.total.actual", value: 1_724_450, tolerance: TOLERANCE.money },
      noErrors,
    ],
  };
}

export function sideBySideLayouts(): LayoutWorkbook[] {
  return [targetsRightOfGrunddaten(), targetsBelowGrunddaten(), twoYearBlocks(), qualityAboveBudget()];
}
