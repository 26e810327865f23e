/**
 * Fresh corpus (issue 21), Grunddaten layouts none of the first 112 workbooks has: formula zeros after the last
 * reported month, a T-0 band of hochgerechnete values beside the final ones, month bands over "Ist | Vorjahresmonat |
 * Veränderung", "davon Frauen" / "darunter LZB" rows under their Grunddatum, the year as a merged cell down column A, a
 * long list with Land and Bund rows beside the own Jobcenter, Geldleistungen in Mio. €, an Excel table with T€ and text
 * numbers, stocks by Stichtag and flows by date range in two blocks one under another, the previous year on a hidden
 * sheet, Alleinerziehende rows (K2E4) and the static copy of a pivot table with year subtotal rows.
 *
 * Each workbook holds the Zielwerte in the sample's plain layout (sheets.zieleSheet), so only the Grunddaten layout is
 * new; every expected figure comes from the raw series with domain.md's formulas (standard.ts, formulas.ts).
 */
import { GRUNDDATEN_LABELS, GRUNDDATEN_UNITS, MONTH_NAMES, germanNumber, makeJobcenter, monthDate, monthLabel, seededRandom, type JobcenterData } from "./data";
import { addMonths, monthsBetween, pctChange, rollingQuota, roundTo, type MonthKey, type Series } from "./formulas";
import { germanDate, withTolerance } from "./fresh-shared";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { cellAddress, STANDARD_CODES, zieleSheet } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected } from "./standard";

const FAMILY = "Frisch Grunddaten";
const M: MonthKey = "2024-06";
const ALL_KENNZAHLEN = ["K1", "K1E1", "K1E2", "K1E3", "K1E4", "K2", "K2_F", "K2_M", "K3"] as const;
const MONTH_PIVOT = ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

/** Zielindikatoren (JFW, JDW, K1 Monitoring) and all nine Kennzahlen of the standard Grunddaten at June 2024. */
function standardExpectations(data: JobcenterData): Expectation[] {
  return [
    { exitCode: 0 },
    reportMonthExpected(M),
    ...zielindikatorenExpected(data, M, targetsFor(data, M)),
    ...llaMonitoringExpected(data, M),
    ...kennzahlenExpected(data, M, [...ALL_KENNZAHLEN]),
    noErrors,
  ];
}

function workbook(file: string, description: string, data: JobcenterData, grunddaten: SheetSpec[], expect = standardExpectations(data), args: string[] = []): LayoutWorkbook {
  return { file, family: FAMILY, description, args, sheets: [...grunddaten, zieleSheet("Ziele 2024", 2024, targetsFor(data, M))], expect };
}

const value = (data: JobcenterData, code: string, m: MonthKey): CellInput => data.series[code][m] ?? null;

/**
 * TRAP (issue 21: "formula zeros in months not yet reported taken as data – a Kennzahl of −100 %, and a wrong default
 * Berichtsmonat"): the Grunddaten sheet of a whole year range whose cells for July–December 2024 are look-up formulas
 * (=WENNFEHLER(SVERWEIS(…);0)) that show 0 until the month is imported. They are not data: the Berichtsmonat stays June
 * 2024 (the last reported month) and K1 stays the change of June, not −100 % for December.
 */
function formulaZerosAfterLastMonth(): LayoutWorkbook {
  const data = makeJobcenter(601, "2023-01", M);
  const months = monthsBetween("2023-01", "2024-12");
  const rows: CellInput[][] = [["Grunddaten SGB II – Jobcenter Landkreis Harburg"], ["Stand: 20.08.2024 (Import aus dem BA-Export, Blatt „Import“)"], []];
  rows.push(["Grunddatum", "Kürzel", "Einheit", ...months.map(monthDate)]);
  for (const code of STANDARD_CODES) {
    const r = rows.length + 1;
    rows.push([
      GRUNDDATEN_LABELS[code],
      code,
      GRUNDDATEN_UNITS[code],
      ...months.map((m, i): CellInput => (m <= M ? value(data, code, m) : { formula: `IFERROR(VLOOKUP($B${r},Import!$A:$Z,${i + 2},FALSE),0)`, result: 0 })),
    ]);
  }
  return workbook(
    "f-gd-formelnullen-ab-juli.xlsx",
    "Grunddaten Januar 2023 – Dezember 2024 als Monatsspalten, Juli–Dezember 2024 sind SVERWEIS-Formeln, die 0 zeigen: keine Daten, der Berichtsmonat bleibt Juni (FALLE)",
    data,
    [{ name: "Grunddaten", rows }],
  );
}

/**
 * TRAP (issue 21: "a forecast band taken as actuals"; domain.md §5.2: "Grundsicherung reports show T-0 (hochgerechnet)
 * and final values side by side"): final values (after the Wartezeit of three months) up to June 2024 under one band,
 * July–September 2024 under the band "T-0-Werte (hochgerechnet)". The hochgerechnete months are no Ist: the
 * Berichtsmonat is June and every figure is the final one.
 */
function t0ProjectionBand(): LayoutWorkbook {
  const data = makeJobcenter(602, "2023-01", "2024-09");
  const final = monthsBetween("2023-01", M);
  const t0 = monthsBetween("2024-07", "2024-09");
  const rnd = seededRandom(6020);
  const band: CellInput[] = [null, null, "Endgültige Werte (nach einer Wartezeit von drei Monaten)", ...final.slice(1).map(() => null), "T-0-Werte (hochgerechnet)", null, null];
  const rows: CellInput[][] = [
    ["Monatsbericht SGB II – Grunddaten"],
    ["Stand: 15.10.2024"],
    band,
    ["Grunddatum", "Kürzel", ...[...final, ...t0].map(monthDate)],
  ];
  for (const code of STANDARD_CODES) {
    rows.push([GRUNDDATEN_LABELS[code], code, ...final.map((m) => value(data, code, m)), ...t0.map((m) => Math.round((data.series[code][m] as number) * (0.97 + 0.06 * rnd())))]);
  }
  rows.push([], ["T-0-Daten sind die aktuell gemeldeten und hochgerechneten Statistikdaten für den laufenden Berichtsmonat; sie werden nach der Wartezeit ersetzt."]);
  const firstT0 = 2 + final.length;
  const merges = [`${cellAddress(2, 2)}:${cellAddress(2, firstT0 - 1)}`, `${cellAddress(2, firstT0)}:${cellAddress(2, firstT0 + 2)}`];
  // The expected figures only look at months up to June: the final values.
  return workbook(
    "f-gd-t0-hochrechnung-daneben.xlsx",
    "Endgültige Grunddaten bis Juni 2024 und daneben unter dem Band „T-0-Werte (hochgerechnet)“ Juli–September: die Hochrechnung ist kein Ist, Berichtsmonat Juni (FALLE)",
    data,
    [{ name: "Grunddaten", rows, merges }],
  );
}

/**
 * One band per month ("Dezember 2023" … "Juni 2024") over "Ist | Vorjahresmonat | Veränd. in %", Grunddaten as rows.
 * The previous year's values stand only in the Vorjahresmonat columns: they are the months a year before (m − 12), not
 * the Ist of m. From them follow K1, K1E1, K1E2, K3 (June against June 2023) and the K1 Soll (Σ LLU Jan–Jun 2023).
 * The rolling Kennzahlen need July–November 2023, which the sheet does not hold: they are not asserted.
 */
function monthBandsIstVorjahr(): LayoutWorkbook {
  const data = makeJobcenter(603, "2022-12", M);
  const months = monthsBetween("2023-12", M);
  const band: CellInput[] = ["Grunddatum", "Einheit"];
  const sub: CellInput[] = [null, null];
  const merges = ["A3:A4", "B3:B4"];
  months.forEach((m, i) => {
    band.push(monthLabel(m), null, null);
    sub.push("Ist", "Vorjahresmonat", "Veränd. in %");
    merges.push(`${cellAddress(2, 2 + 3 * i)}:${cellAddress(2, 4 + 3 * i)}`);
  });
  const rows: CellInput[][] = [["Grunddaten im Vorjahresvergleich"], ["Datenstand: September 2024"], band, sub];
  for (const code of STANDARD_CODES) {
    const row: CellInput[] = [GRUNDDATEN_LABELS[code], GRUNDDATEN_UNITS[code]];
    for (const m of months) {
      const now = data.series[code][m] as number;
      const before = data.series[code][addMonths(m, -12)] as number;
      row.push(now, before, roundTo(pctChange(now, before)!, 1));
    }
    rows.push(row);
  }
  const expect: Expectation[] = [
    { exitCode: 0 },
    reportMonthExpected(M),
    ...zielindikatorenExpected(data, M, targetsFor(data, M)),
    ...llaMonitoringExpected(data, M),
    ...kennzahlenExpected(data, M, ["K1", "K1E1", "K1E2", "K3"]),
    noErrors,
  ];
  return workbook(
    "f-gd-monatsbaender-ist-vorjahr.xlsx",
    "Je Monat ein Band („Juni 2024“) über „Ist | Vorjahresmonat | Veränd. in %“, Dezember 2023 – Juni 2024: das Vorjahr steht nur in den Vorjahresspalten (m − 12), nicht als Ist",
    data,
    [{ name: "Vorjahresvergleich", rows, merges }],
    expect,
  );
}

/**
 * Sub-groups as "davon"/"darunter" rows under their Grunddatum, as BA tables print them: "Erwerbsfähige
 * Leistungsberechtigte", "davon Frauen", "davon Männer", "darunter Langzeitleistungsbeziehende", then "Integrationen"
 * with its own "davon" rows. A "davon Frauen" row belongs to the Grunddatum above it.
 */
function davonRows(): LayoutWorkbook {
  const data = makeJobcenter(604, "2022-12", M);
  const rows: CellInput[][] = [["Eckwerte Grundsicherung für Arbeitsuchende"], ["Jobcenter Landkreis Harburg (03353)"], [], ["Merkmal", ...data.months.map(monthDate)]];
  const line = (label: string, code: string) => rows.push([label, ...data.months.map((m) => value(data, code, m))]);
  line("Erwerbsfähige Leistungsberechtigte", "elb");
  line("   davon Frauen", "elb_f");
  line("   davon Männer", "elb_m");
  line("   darunter Langzeitleistungsbeziehende", "lzb");
  line("Integrationen in Erwerbstätigkeit", "int");
  line("   davon Frauen", "int_f");
  line("   davon Männer", "int_m");
  line("Zugänge erwerbsfähiger Leistungsberechtigter", "zug_elb");
  line("Abgänge erwerbsfähiger Leistungsberechtigter", "abg_elb");
  line("Summe der Leistungen zum Lebensunterhalt in EUR", "llu");
  line("Summe der Leistungen für Unterkunft und Heizung in EUR", "luh");
  return workbook(
    "f-gd-davon-zeilen.xlsx",
    "Untergruppen als eingerückte Zeilen „davon Frauen“ / „davon Männer“ / „darunter Langzeitleistungsbeziehende“ unter ihrem Grunddatum (ELB, Integrationen), Monate als Spalten",
    data,
    [{ name: "Eckwerte", rows }],
  );
}

/**
 * Months as rows, the year as a merged cell down column A ("2023" over twelve rows), month names in column B, one
 * column per Grunddatum; July–December 2024 are rows without values (not yet reported).
 */
function yearMergedDownColumnA(): LayoutWorkbook {
  const data = makeJobcenter(605, "2022-12", M);
  const rows: CellInput[][] = [["Grunddaten SGB II nach Monaten"], [], ["Jahr", "Monat", ...STANDARD_CODES.map((c) => GRUNDDATEN_LABELS[c])]];
  const merges: string[] = [];
  for (const [year, from] of [[2022, 12], [2023, 1], [2024, 1]] as const) {
    const first = rows.length + 1;
    for (let mo = from; mo <= 12; mo++) {
      const m = `${year}-${String(mo).padStart(2, "0")}`;
      rows.push([mo === from ? year : null, MONTH_NAMES[mo - 1], ...STANDARD_CODES.map((c) => value(data, c, m))]);
    }
    if (rows.length > first) merges.push(`A${first}:A${rows.length}`);
  }
  return workbook(
    "f-gd-jahr-senkrecht-verbunden.xlsx",
    "Monate als Zeilen, das Jahr als senkrecht verbundene Zelle in Spalte A („2023“ über zwölf Zeilen), Monatsnamen in Spalte B, Juli–Dezember 2024 ohne Werte",
    data,
    [{ name: "Monatswerte", rows, merges }],
  );
}

/**
 * A long list out of the BA-Statistik with the region as a dimension: Regionalschlüssel | Region | Monat | Merkmal |
 * Wert for the own Jobcenter (03353), the Land Niedersachsen (03) and Deutschland. Only the Jobcenter's rows are its
 * Grunddaten (`--jobcenter 03353`); the Land and Bund rows must never be added to them.
 */
function longListWithLandAndBund(): LayoutWorkbook {
  const data = makeJobcenter(606, "2023-01", M);
  const rnd = seededRandom(6060);
  const regions: Array<[string, string, number]> = [["03353", "Landkreis Harburg", 1], ["03", "Niedersachsen", 41.7], ["D", "Deutschland", 527.3]];
  const rows: CellInput[][] = [["Regionalschlüssel", "Region", "Monat", "Merkmal", "Wert"]];
  for (const m of data.months) {
    for (const [key, name, factor] of regions) {
      for (const code of STANDARD_CODES) {
        const v = data.series[code][m] as number;
        rows.push([key, name, `${m.slice(5)}/${m.slice(0, 4)}`, GRUNDDATEN_LABELS[code], factor === 1 ? v : Math.round(v * factor * (0.98 + 0.04 * rnd()))]);
      }
    }
  }
  return workbook(
    "f-gd-langliste-jc-land-bund.xlsx",
    "Lange Liste Regionalschlüssel | Region | Monat | Merkmal | Wert mit Zeilen für das Jobcenter (03353), Niedersachsen (03) und Deutschland: nur die Zeilen des Jobcenters sind seine Grunddaten (--jobcenter 03353)",
    data,
    [{ name: "BA-Daten", rows }],
    standardExpectations(data),
    ["--jobcenter", "03353"],
  );
}

/** The Jobcenter's series with LLU and LUH rounded to what a cell in Mio. € (3 decimals) or T€ (1 decimal) holds. */
function withMoneyRoundedTo(data: JobcenterData, unit: number): JobcenterData {
  const round = (s: Series): Series => Object.fromEntries(Object.entries(s).map(([m, v]) => [m, v === null || v === undefined ? v : Math.round(v / unit) * unit]));
  return { ...data, series: { ...data.series, llu: round(data.series.llu), luh: round(data.series.luh) } };
}

/**
 * TRAP (issue 21: "an amount in Mio. € reported as euros"): the standard wide Grunddaten sheet, but the Summe LLU and
 * LUH in Mio. € with three decimals (unit column "Mio. €", format 0,000). K1 and K1E1 are ratios and do not change; the
 * Summe LLU of the K1 Monitoring is in euros: Σ (x Mio. · 1.000.000), never Σ x.
 */
function moneyInMillions(): LayoutWorkbook {
  const raw = makeJobcenter(607, "2023-01", M);
  const data = withMoneyRoundedTo(raw, 1000);
  const rows: CellInput[][] = [["Grunddaten SGB II – Geldleistungen in Mio. €"], ["Stand: 20.08.2024"], [], ["Grunddatum", "Kürzel", "Einheit", ...data.months.map(monthDate)]];
  for (const code of STANDARD_CODES) {
    const money = code === "llu" || code === "luh";
    rows.push([
      GRUNDDATEN_LABELS[code],
      code,
      money ? "Mio. €" : GRUNDDATEN_UNITS[code],
      ...data.months.map((m): CellInput => (money ? { value: roundTo((data.series[code][m] as number) / 1e6, 3), numFmt: "#,##0.000" } : value(data, code, m))),
    ]);
  }
  return workbook(
    "f-gd-geldleistungen-mio-euro.xlsx",
    "Standardaufbau, aber Summe LLU und LUH in „Mio. €“ (Einheitenspalte, drei Nachkommastellen): die Summe LLU im Bericht in Euro (4,351 Mio. € = 4.351.000 €) (FALLE)",
    data,
    [{ name: "Grunddaten", rows }],
    withTolerance(standardExpectations(data), /code=K1\]\.(actual|target)/, 0.5),
  );
}

/**
 * An Excel table (ListObject), months as rows written as text ("Januar 2024"), every value a German text number pasted
 * from a PDF report ("7.412"), LLU and LUH in T€ with one decimal ("4.351,2") and the unit only in the column header
 * ("LLU [T€]"). The Summe LLU is in euros.
 */
function excelTableThousandsText(): LayoutWorkbook {
  const raw = makeJobcenter(608, "2023-01", M);
  const data = withMoneyRoundedTo(raw, 100);
  const header: Record<string, string> = {
    elb: "ELB [Pers.]", elb_f: "ELB Frauen [Pers.]", elb_m: "ELB Männer [Pers.]", int: "Integrationen [Anz.]", int_f: "Integrationen Frauen [Anz.]",
    int_m: "Integrationen Männer [Anz.]", lzb: "LZB [Pers.]", llu: "LLU [T€]", luh: "LUH [T€]", zug_elb: "Zugänge ELB [Pers.]", abg_elb: "Abgänge ELB [Pers.]",
  };
  const cell = (code: string, m: MonthKey): CellInput => {
    const v = data.series[code][m] as number;
    return code === "llu" || code === "luh" ? germanNumber(v / 1000, 1) : germanNumber(v, 0);
  };
  const rows: CellInput[][] = [
    ["Grunddaten SGB II (aus dem Monatsbericht der BA übernommen)"],
    [],
    ["Monat", ...STANDARD_CODES.map((c) => header[c])],
    ...data.months.map((m) => [monthLabel(m), ...STANDARD_CODES.map((c) => cell(c, m))] as CellInput[]),
  ];
  return workbook(
    "f-gd-excel-tabelle-te-textzahlen.xlsx",
    "Excel-Tabelle, Monate als Text („Januar 2024“) in Zeilen, alle Werte als deutsche Textzahlen („7.412“), LLU und LUH in T€ („4.351,2“, Einheit nur im Spaltenkopf „LLU [T€]“) (FALLE)",
    data,
    [{ name: "Grunddaten", rows, table: { name: "tblGD", headerRow: 3 } }],
    withTolerance(standardExpectations(data), /code=K1\]\.(actual|target)/, 0.5),
  );
}

/**
 * Two blocks one under another: the stocks (ELB, ELB Frauen/Männer, LZB) with column headers "Stichtag 31.12.2022" …,
 * and, after two blank rows, the flows and money (Integrationen, Zu- und Abgänge, LLU, LUH) with date ranges
 * "01.01.2023–31.01.2023" as headers. A Stichtag is the month it ends, a date range of one month is that month.
 */
function stichtagAndRangeBlocks(): LayoutWorkbook {
  const data = makeJobcenter(609, "2022-12", M);
  const stockMonths = data.months;
  const flowMonths = data.months.filter((m) => m >= "2023-01");
  const lastDay = (m: MonthKey) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)), 0));
  const firstDay = (m: MonthKey) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)) - 1, 1));
  const rows: CellInput[][] = [
    ["Bestände (Stichtag Monatsende)"],
    ["Merkmal", ...stockMonths.map((m) => `Stichtag ${germanDate(lastDay(m))}`)],
    ...["elb", "elb_f", "elb_m", "lzb"].map((c) => [GRUNDDATEN_LABELS[c], ...stockMonths.map((m) => value(data, c, m))] as CellInput[]),
    [],
    [],
    ["Bewegungen und Geldleistungen (Monatszeitraum)"],
    ["Merkmal", ...flowMonths.map((m) => `${germanDate(firstDay(m))}–${germanDate(lastDay(m))}`)],
    ...["int", "int_f", "int_m", "zug_elb", "abg_elb", "llu", "luh"].map((c) => [GRUNDDATEN_LABELS[c], ...flowMonths.map((m) => value(data, c, m))] as CellInput[]),
  ];
  return workbook(
    "f-gd-stichtag-und-zeitraum-bloecke.xlsx",
    "Zwei Blöcke untereinander: Bestände mit Köpfen „Stichtag 31.12.2022“ …, darunter Bewegungen und Geldleistungen mit Zeiträumen „01.01.2023–31.01.2023“ als Köpfe",
    data,
    [{ name: "Grunddaten", rows }],
  );
}

/**
 * The current year on a visible sheet "Grunddaten 2024" (January–December, July on blank), the previous year on a
 * sheet "Grunddaten 2023" the controller has hidden. K1, K2, K3, the JFW denominator (December 2023) and the K1 Soll
 * need it: a hidden sheet that holds needed data is read, and the report says so (issue 21, point 4).
 */
function previousYearHidden(): LayoutWorkbook {
  const data = makeJobcenter(610, "2022-12", M);
  const sheet = (name: string, months: MonthKey[], state?: "hidden"): SheetSpec => {
    const rows: CellInput[][] = [[`${name} (Monatswerte)`], [], ["Grunddatum", "Kürzel", ...months.map(monthDate)]];
    for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], code, ...months.map((m) => value(data, code, m))]);
    return { name, rows, ...(state ? { state } : {}) };
  };
  return workbook(
    "f-gd-vorjahr-ausgeblendet.xlsx",
    "„Grunddaten 2024“ sichtbar (Juli–Dezember leer), „Grunddaten 2023“ (Dezember 2022 – Dezember 2023) ausgeblendet, aber für K1, K2, K3 und den JFW-Nenner nötig: wird gelesen, und der Bericht sagt es",
    data,
    [sheet("Grunddaten 2024", monthsBetween("2024-01", "2024-12")), sheet("Grunddaten 2023", monthsBetween("2022-12", "2023-12"), "hidden")],
    [
      ...standardExpectations(data),
      { message: { sheets: ["Grunddaten 2023"], text: ["ausgeblendet"] }, present: true, why: "sagt, dass ein ausgeblendetes Blatt gelesen wurde" },
    ],
  );
}

/**
 * The standard Grunddaten plus the Alleinerziehende rows ("ELB Alleinerziehende", "Integrationen Alleinerziehende",
 * Kürzel elb_allein / int_allein, domain.md §1.4, §5.1): K2E4 = Σ Integrationen der Alleinerziehenden (12 Monate) ÷ Ø ELB
 * der Alleinerziehenden (lagged, like K2). The sub-group rows are their own series: K2 stays the quota of all ELB.
 */
function alleinerziehende(): LayoutWorkbook {
  const data = makeJobcenter(611, "2022-12", M);
  const rnd = seededRandom(6110);
  const elbAe: Series = {};
  const intAe: Series = {};
  for (const m of data.months) {
    elbAe[m] = Math.round((data.series.elb[m] as number) * (0.082 + 0.006 * rnd()));
    intAe[m] = Math.round((data.series.int[m] as number) * (0.055 + 0.02 * rnd()));
  }
  const rows: CellInput[][] = [["Grunddaten SGB II"], ["Stand: 20.08.2024"], [], ["Grunddatum", "Kürzel", "Einheit", ...data.months.map(monthDate)]];
  for (const code of STANDARD_CODES) {
    rows.push([GRUNDDATEN_LABELS[code], code, GRUNDDATEN_UNITS[code], ...data.months.map((m) => value(data, code, m))]);
    if (code === "elb_m") rows.push(["ELB Alleinerziehende", "elb_allein", "Personen", ...data.months.map((m) => elbAe[m] ?? null)]);
    if (code === "int_m") rows.push(["Integrationen Alleinerziehende", "int_allein", "Anzahl", ...data.months.map((m) => intAe[m] ?? null)]);
  }
  return workbook(
    "f-gd-alleinerziehende.xlsx",
    "Grunddaten mit Zeilen „ELB Alleinerziehende“ und „Integrationen Alleinerziehende“ (elb_allein, int_allein): K2E4 folgt, K2 bleibt die Quote aller ELB",
    data,
    [{ name: "Grunddaten", rows }],
    [
      ...standardExpectations(data),
      { path: "kennzahlen[code=K2E4].value", value: rollingQuota(intAe, elbAe, M)!, tolerance: TOLERANCE.quota, why: "K2E4 wie K2, eingeschränkt auf Alleinerziehende (domain.md §1.3)" },
    ],
  );
}

/**
 * The static copy of a pivot table (Werte eingefügt): page field "Region: 03353 Landkreis Harburg" above, "Summe von
 * Wert" and "Spaltenbeschriftungen" over the Kürzel (sorted alphabetically), a row per year ("2023") holding the year's
 * subtotals, the months below it as "Jan" … "Dez", a column "Gesamtergebnis" (the sum across the Kürzel) and a row
 * "Gesamtergebnis" at the end. Year and total rows and the total column are no data.
 */
function pivotCopy(): LayoutWorkbook {
  const data = makeJobcenter(612, "2022-12", M);
  const codes = [...STANDARD_CODES].sort();
  const total = (ms: MonthKey[]) => codes.map((c) => ms.reduce((a, m) => a + (data.series[c][m] as number), 0));
  const withRowTotal = (values: number[]): CellInput[] => [...values, values.reduce((a, b) => a + b, 0)];
  const rows: CellInput[][] = [["Region", "03353 Landkreis Harburg"], [], ["Summe von Wert", "Spaltenbeschriftungen"], ["Zeilenbeschriftungen", ...codes, "Gesamtergebnis"]];
  for (const year of [2022, 2023, 2024]) {
    const ms = data.months.filter((m) => m.startsWith(`${year}-`));
    rows.push([String(year), ...withRowTotal(total(ms))]);
    for (const m of ms) rows.push([MONTH_PIVOT[Number(m.slice(5)) - 1], ...withRowTotal(codes.map((c) => data.series[c][m] as number))]);
  }
  rows.push(["Gesamtergebnis", ...withRowTotal(total(data.months))]);
  return workbook(
    "f-gd-pivot-kopie.xlsx",
    "Kopie einer Pivot-Tabelle (Werte eingefügt): Seitenfeld „Region“, Jahreszeilen mit Teilergebnissen, Monate „Jan“ … „Dez“ darunter, Spalte und Zeile „Gesamtergebnis“ – keine davon sind Daten",
    data,
    [{ name: "Pivot GD", rows }],
  );
}

export function freshGrunddatenLayouts(): LayoutWorkbook[] {
  return [
    formulaZerosAfterLastMonth(), t0ProjectionBand(), monthBandsIstVorjahr(), davonRows(), yearMergedDownColumnA(), longListWithLandAndBund(),
    moneyInMillions(), excelTableThousandsText(), stichtagAndRangeBlocks(), previousYearHidden(), alleinerziehende(), pivotCopy(),
  ];
}
