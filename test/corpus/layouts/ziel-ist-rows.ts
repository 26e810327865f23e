/**
 * Ziel-Ist sheets kept by hand: one row per indicator with the annual Zielwert and the monthly Ist in the same row,
 * often under a merged band ("Ist lfd. Jahr", "Ist 2024"), the months still to come left blank.
 *
 * What the Ist cells mean: for the Integrationsquoten the controller copies the Jahresfortschrittswert of the month
 * (domain.md §2.3: the Ist of the Zielindikator at m is K2_JFW(m)), so the Ist at the Berichtsmonat is the cell of that
 * month. For the Bestand LZB the row holds the monthly Bestand (a stock at the Stichtag), so the Ist of the
 * Zielindikator is its Jahresdurchschnittswert Jan..m (§2.3). For the Summe LLU the row holds monthly sums; the Ist is
 * Σ Jan..m.
 */
import { MONTH_SHORT, makeJobcenter, monthDate, monthsOfYear, type JobcenterData } from "./data";
import { integrationRateYtd, linearTarget, monthOf, monthsBetween, roundTo, ytdAverage, ytdSum, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { grunddatenWide } from "./sheets";
import { kennzahlenExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected, type Targets } from "./standard";

const FAMILY = "Ziel-Ist-Zeilen";

interface RowOptions {
  /** Months with Ist values (the rest of the year stays blank). */
  upTo: MonthKey;
  decimals: number;
  /** Write quota cells as Excel percent (0,2310 shown as 23,1 %). */
  asFraction?: boolean;
}

const quotaSeries = (data: JobcenterData, num: string, den: string, months: MonthKey[], o: RowOptions): CellInput[] =>
  months.map((m) => {
    if (m > o.upTo) return null;
    const v = roundTo(integrationRateYtd(data.series[num], data.series[den], m)!, o.decimals);
    return o.asFraction ? { value: roundTo(v / 100, o.decimals + 2), numFmt: "0.00%" } : v;
  });

const stockSeries = (data: JobcenterData, code: string, months: MonthKey[], upTo: MonthKey): CellInput[] => months.map((m) => (m > upTo ? null : data.series[code][m] ?? null));

/** The Ist each indicator shows when read from the row (rounded as written). */
function expectedFromRows(data: JobcenterData, m: MonthKey, targets: Targets, o: RowOptions): Expectation[] {
  const out: Expectation[] = [];
  for (const [code, num, den] of [["K2", "int", "elb"], ["K2_F", "int_f", "elb_f"], ["K2_M", "int_m", "elb_m"]] as const) {
    out.push({ path: `indicators[code=${code}].actual`, value: roundTo(integrationRateYtd(data.series[num], data.series[den], m)!, o.decimals), tolerance: TOLERANCE.quota });
    out.push({ path: `indicators[code=${code}].annualTarget`, value: targets[code], tolerance: TOLERANCE.quota });
    out.push({ path: `indicators[code=${code}].target`, value: linearTarget(targets[code], m), tolerance: TOLERANCE.quota });
    out.push({ path: `indicators[code=${code}].status`, equals: code === "K2_F" ? "off-track" : "on-track" });
  }
  out.push({ path: "indicators[code=LZB].actual", value: ytdAverage(data.series.lzb, m)!, tolerance: TOLERANCE.persons });
  out.push({ path: "indicators[code=LZB].annualTarget", value: targets.LZB, tolerance: TOLERANCE.persons });
  out.push({ path: "indicators[code=LZB].status", equals: "off-track" });
  out.push({ path: "indicators[code=K1].actual", value: ytdSum(data.series.llu, m)!, tolerance: TOLERANCE.money });
  return out;
}

/** Kennzahl | Einheit | Zielwert 2024 | band "Ist lfd. Jahr" over Jan … Dez (month names in the second header row). */
function bandLaufendesJahr(): LayoutWorkbook {
  const data = makeJobcenter(21);
  const m = "2024-06";
  const months = monthsOfYear(data, 2024);
  const targets = targetsFor(data, m);
  const o: RowOptions = { upTo: m, decimals: 2 };
  const sheet: SheetSpec = {
    name: "Ziel-Ist 2024",
    rows: [
      ["Zielnachhaltung 2024 – Jobcenter Landkreis Harburg"],
      [],
      ["Kennzahl", "Einheit", "Zielwert 2024", "Ist lfd. Jahr"],
      [null, null, null, ...MONTH_SHORT],
      ["Integrationsquote (JFW)", "%", targets.K2, ...quotaSeries(data, "int", "elb", months, o)],
      ["Integrationsquote Frauen (JFW)", "%", targets.K2_F, ...quotaSeries(data, "int_f", "elb_f", months, o)],
      ["Integrationsquote Männer (JFW)", "%", targets.K2_M, ...quotaSeries(data, "int_m", "elb_m", months, o)],
      ["Bestand Langzeitleistungsbeziehende", "Personen", targets.LZB, ...stockSeries(data, "lzb", months, m)],
      ["Summe Leistungen zum Lebensunterhalt", "EUR", null, ...stockSeries(data, "llu", months, m)],
      [],
      ["JFW = Jahresfortschrittswert; LZB: Monatsbestände, Ziel als Jahresdurchschnitt"],
    ],
    merges: ["D3:O3", "A3:A4", "B3:B4", "C3:C4"],
  };
  return {
    file: "ziel-ist-band-lfd-jahr.xlsx",
    family: FAMILY,
    description: "Ziel-Ist-Blatt von Hand: Zielwert und Monats-Ist je Zeile unter verbundenem Band „Ist lfd. Jahr“, Juli–Dezember leer",
    args: [],
    sheets: [sheet],
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...expectedFromRows(data, m, targets, o), noErrors],
  };
}

/** The Ziel-Ist sheet names the LZB-Bestand with monthly values; the real Grunddaten sheet must still be the Grunddaten. */
function besideGrunddaten(): LayoutWorkbook {
  const data = makeJobcenter(22, "2022-01", "2024-06");
  const m = "2024-06";
  const months = monthsOfYear(data, 2024);
  const targets = targetsFor(data, m);
  const zielIst: SheetSpec = {
    name: "Zielerreichung",
    rows: [
      ["Kennzahl", "Zielwert 2024", "Ist 2024"],
      [null, null, ...months.map(monthDate), ...monthsBetween("2024-07", "2024-12").map(monthDate)],
      ["Integrationsquote", targets.K2],
      ["Integrationsquote Frauen", targets.K2_F],
      ["Integrationsquote Männer", targets.K2_M],
      ["Bestand LZB", targets.LZB, ...stockSeries(data, "lzb", months, m)],
    ],
    merges: ["C1:N1"],
  };
  return {
    file: "ziel-ist-neben-grunddaten.xlsx",
    family: FAMILY,
    description: "Ziel-Ist-Blatt mit LZB-Monatswerten vor dem echten Grunddatenblatt: beide werden gelesen, die Grunddaten nicht verdrängt",
    args: [],
    sheets: [zielIst, grunddatenWide("Grunddaten", data, data.months)],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(m),
      ...zielindikatorenExpected(data, m, targets),
      ...kennzahlenExpected(data, m, ["K1", "K2", "K2_F", "K2_M", "K3"], { previousYear: true }),
      { message: { text: ["nicht erkannt"], sheets: ["Grunddaten"] }, present: false, why: "das Grunddatenblatt wird nicht verdrängt" },
      noErrors,
    ],
  };
}

/** Kennzahl | Ist 2023 (Vorjahr) | Zielwert 2024 | band "Ist 2024" with month dates; Berichtsmonat given on the command line. */
function withPreviousYearColumn(): LayoutWorkbook {
  const data = makeJobcenter(23);
  const m = "2024-05";
  const months = monthsOfYear(data, 2024);
  const targets = targetsFor(data, m);
  const o: RowOptions = { upTo: "2024-07", decimals: 1 };
  const dec = "2023-12";
  const sheet: SheetSpec = {
    name: "Ziele und Ist",
    rows: [
      ["Ziel-Ist-Vergleich 2024 (Stand: Juli 2024)"],
      ["Kennzahl", "Ist 2023", "Zielwert 2024", "Ist 2024"],
      [null, null, null, ...months.map(monthDate)],
      ["Integrationsquote", roundTo(integrationRateYtd(data.series.int, data.series.elb, dec)!, 1), targets.K2, ...quotaSeries(data, "int", "elb", months, o)],
      ["Integrationsquote der Frauen", roundTo(integrationRateYtd(data.series.int_f, data.series.elb_f, dec)!, 1), targets.K2_F, ...quotaSeries(data, "int_f", "elb_f", months, o)],
      ["Integrationsquote der Männer", roundTo(integrationRateYtd(data.series.int_m, data.series.elb_m, dec)!, 1), targets.K2_M, ...quotaSeries(data, "int_m", "elb_m", months, o)],
      ["Bestand an Langzeitleistungsbeziehenden", Math.round(ytdAverage(data.series.lzb, dec)!), targets.LZB, ...stockSeries(data, "lzb", months, "2024-07")],
      ["Summe der Leistungen zum Lebensunterhalt", ytdSum(data.series.llu, dec), null, ...stockSeries(data, "llu", months, "2024-07")],
    ],
    merges: ["D2:O2"],
  };
  return {
    file: "ziel-ist-vorjahr-spalte.xlsx",
    family: FAMILY,
    description: "Ziel-Ist-Zeilen mit Vorjahres-Ist, Zielwert und Band „Ist 2024“ (Monate als Datum), Berichtsmonat Mai per --month",
    args: ["--month", m],
    sheets: [sheet],
    expect: [{ exitCode: 0 }, reportMonthExpected(m), ...expectedFromRows(data, m, targets, o), noErrors],
  };
}

/** Leipzig "Zielabrechnung" (domain.md §2.6): Bundesziele | Kennziffer | Ist 2023 | Ziel 2024 | Ist 2024 | Erläuterung. */
function zielabrechnungJahr(): LayoutWorkbook {
  const data = makeJobcenter(24);
  const m = "2024-12";
  const prev = "2023-12";
  const s = data.series;
  const k2 = (mm: MonthKey) => roundTo(integrationRateYtd(s.int, s.elb, mm)!, 1);
  const k2f = (mm: MonthKey) => roundTo(integrationRateYtd(s.int_f, s.elb_f, mm)!, 1);
  const lzb = (mm: MonthKey) => Math.round(ytdAverage(s.lzb, mm)!);
  const targets = { K2: roundTo(k2(m) - 1.5, 1), K2_F: roundTo(k2f(m) + 2.5, 1), LZB: lzb(m) - 300 };
  const sheet: SheetSpec = {
    name: "Zielabrechnung 2024",
    rows: [
      ["Jobcenter Landkreis Harburg – Zielabrechnung 2024"],
      [],
      ["Bundesziele", "Kennziffer", "Ist 2023", "Ziel 2024", "Ist 2024", "Erläuterung"],
      ["Verbesserung der Integration in Erwerbstätigkeit", "Integrationsquote", k2(prev), targets.K2, k2(m), "Ziel erreicht"],
      ["", "Integrationsquote Frauen", k2f(prev), targets.K2_F, k2f(m), "Erwartungswert verfehlt"],
      ["Vermeidung von langfristigem Leistungsbezug", "Bestand Langzeitleistungsbeziehende (Jahresdurchschnitt)", lzb(prev), targets.LZB, lzb(m), "Erwartungswert verfehlt"],
    ],
  };
  return {
    file: "zielabrechnung-jahr.xlsx",
    family: FAMILY,
    description: "Zielabrechnung nach Leipziger Muster: Ist Vorjahr | Ziel | Ist Jahr je Kennziffer, Berichtsmonat Dezember",
    args: ["--month", m],
    sheets: [sheet],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(m),
      { path: "indicators[code=K2].actual", value: k2(m), tolerance: TOLERANCE.quota },
      { path: "indicators[code=K2].target", value: targets.K2, tolerance: TOLERANCE.quota, why: "Dezember: Soll = Jahresziel" },
      { path: "indicators[code=K2].status", equals: "on-track" },
      { path: "indicators[code=K2_F].actual", value: k2f(m), tolerance: TOLERANCE.quota },
      { path: "indicators[code=K2_F].status", equals: "off-track" },
      { path: "indicators[code=LZB].actual", value: lzb(m), tolerance: TOLERANCE.persons },
      { path: "indicators[code=LZB].annualTarget", value: targets.LZB, tolerance: TOLERANCE.persons },
      { path: "indicators[code=LZB].status", equals: "off-track" },
      noErrors,
    ],
  };
}

/** Zielwert and monthly Ist as Excel percentages (0,2310 formatted "0.00%"): a percent stays a percent. */
function percentAsFraction(): LayoutWorkbook {
  const data = makeJobcenter(25);
  const m = "2024-09";
  const months = monthsOfYear(data, 2024);
  const t = targetsFor(data, m);
  const pct = (x: number) => ({ value: roundTo(x / 100, 3), numFmt: "0.0%" });
  const o: RowOptions = { upTo: m, decimals: 2, asFraction: true };
  const targets: Targets = { ...t };
  const sheet: SheetSpec = {
    name: "IQ-Monitoring",
    rows: [
      ["Integrationsquoten 2024 (Jahresfortschrittswerte)"],
      ["Kennzahl", "Ziel 2024", ...months.map(monthDate)],
      ["Integrationsquote", pct(targets.K2), ...quotaSeries(data, "int", "elb", months, o)],
      ["Integrationsquote Frauen", pct(targets.K2_F), ...quotaSeries(data, "int_f", "elb_f", months, o)],
      ["Integrationsquote Männer", pct(targets.K2_M), ...quotaSeries(data, "int_m", "elb_m", months, o)],
    ],
  };
  const out: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(m)];
  for (const [code, num, den] of [["K2", "int", "elb"], ["K2_F", "int_f", "elb_f"], ["K2_M", "int_m", "elb_m"]] as const) {
    out.push({ path: `indicators[code=${code}].actual`, value: roundTo(integrationRateYtd(data.series[num], data.series[den], m)!, 2), tolerance: TOLERANCE.quota });
    out.push({ path: `indicators[code=${code}].annualTarget`, value: targets[code], tolerance: TOLERANCE.quota, why: "0,231 als Prozent = 23,1 %" });
    out.push({ path: `indicators[code=${code}].unit`, equals: "%" });
  }
  out.push({ path: "indicators[code=K2].target", value: (targets.K2 * monthOf(m)) / 12, tolerance: TOLERANCE.quota });
  out.push(noErrors);
  return {
    file: "ziel-ist-prozentformat.xlsx",
    family: FAMILY,
    description: "Zielwert und Monats-Ist der Integrationsquoten als Excel-Prozent (0,231 → „23,1 %“) statt als Zahl 23,1",
    args: [],
    sheets: [sheet],
    expect: out,
  };
}

/** The Ziel-Ist rows as an Excel table: header cells are text ("Ziel 2024", "Jan 24" … "Dez 24"), next to Grunddaten. */
function asExcelTable(): LayoutWorkbook {
  const data = makeJobcenter(26, "2022-12", "2024-04");
  const m = "2024-04";
  const months = monthsBetween("2024-01", "2024-12");
  const targets = targetsFor(data, m);
  const o: RowOptions = { upTo: m, decimals: 2 };
  const short = (mm: MonthKey) => `${MONTH_SHORT[monthOf(mm) - 1]} ${mm.slice(2, 4)}`;
  const sheet: SheetSpec = {
    name: "Zielnachhaltung",
    rows: [
      ["Zielnachhaltung 2024"],
      [],
      ["Kennzahl", "Ziel 2024", ...months.map(short)],
      ["Integrationsquote", targets.K2, ...quotaSeries(data, "int", "elb", months, o)],
      ["Integrationsquote Frauen", targets.K2_F, ...quotaSeries(data, "int_f", "elb_f", months, o)],
      ["Integrationsquote Männer", targets.K2_M, ...quotaSeries(data, "int_m", "elb_m", months, o)],
      ["Bestand Langzeitleistungsbeziehende", targets.LZB, ...stockSeries(data, "lzb", months, m)],
    ],
    table: { name: "ZielIst2024", headerRow: 3 },
  };
  return {
    file: "ziel-ist-excel-tabelle.xlsx",
    family: FAMILY,
    description: "Ziel-Ist-Zeilen als Excel-Tabelle (Kopf als Text „Jan 24“ … „Dez 24“), Monats-Ist bis April, daneben das Grunddatenblatt mit denselben LZB-Werten",
    args: [],
    sheets: [sheet, grunddatenWide("Grunddaten", data, data.months)],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(m),
      // Reported JFW (to 0,01) or computed from the Grunddaten: either is right, so the tolerance covers the rounding.
      ...zielindikatorenExpected(data, m, targets, { quotaTolerance: 0.006 }),
      noErrors,
    ],
  };
}

export function zielIstLayouts(): LayoutWorkbook[] {
  return [bandLaufendesJahr(), besideGrunddaten(), withPreviousYearColumn(), zielabrechnungJahr(), percentAsFraction(), asExcelTable()];
}
