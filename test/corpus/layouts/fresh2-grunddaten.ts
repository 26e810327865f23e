/**
 * Second fresh corpus (issue 21, files fresh2-…), Grunddaten layouts none of the earlier corpora has: the Jobcenter's
 * Geschäftsstellen as blocks above the Jobcenter total, a unit row under the header with the money in T€, the scale only
 * in the title ("Geldleistungen in Tsd. EUR"), English and German headers mixed with ISO month rows, the sub-groups as
 * blocks one under another ("Insgesamt", "Frauen", "Männer"), the ELB twice with different figures (conflict), the LLU
 * as an index (a unit that is no amount) and months written "Jan.23" beside a notes column.
 *
 * Written from issue 21 and the domain reference alone, without reading the product's readers. Each workbook holds the
 * Zielwerte in the sample's plain layout (sheets.zieleSheet); every expected figure comes from the raw series with the
 * formulas of domain.md (standard.ts, formulas.ts).
 */
import { GRUNDDATEN_LABELS, MONTH_SHORT, germanNumber, makeJobcenter, monthDate, seededRandom, type JobcenterData } from "./data";
import { roundTo, type MonthKey, type Series } from "./formulas";
import { withTolerance } from "./fresh-shared";
import { type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { STANDARD_CODES, zieleSheet } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected } from "./standard";

const FAMILY = "Frisch 2 Grunddaten";
const M: MonthKey = "2024-06";
const ALL_KENNZAHLEN = ["K1", "K1E1", "K1E2", "K1E3", "K1E4", "K2", "K2_F", "K2_M", "K3"] as const;

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

const v = (data: JobcenterData, code: string, m: MonthKey): CellInput => data.series[code][m] ?? null;

/** LLU and LUH rounded to what a cell in T€ with one decimal holds (a multiple of 100 €). */
function moneyRoundedTo(data: JobcenterData, unit: number): JobcenterData {
  const round = (s: Series): Series => Object.fromEntries(Object.entries(s).map(([m, x]) => [m, x === null || x === undefined ? x : Math.round(x / unit) * unit]));
  return { ...data, series: { ...data.series, llu: round(data.series.llu), luh: round(data.series.luh) } };
}

/** Amounts of the K1 Monitoring (Σ LLU in €) from T€ cells: a cent tolerance is too tight after the scaling. */
const scaledMoney = (e: Expectation[]) => withTolerance(e, /code=K1\]\.(actual|target)/, 0.5);

const SHORT: Record<string, string> = {
  elb: "ELB", elb_f: "ELB Frauen", elb_m: "ELB Männer", int: "Integrationen", int_f: "Integrationen Frauen", int_m: "Integrationen Männer",
  lzb: "LZB", llu: "LLU", luh: "LUH", zug_elb: "Zugänge ELB", abg_elb: "Abgänge ELB",
};

/**
 * TRAP: the Grunddaten per Geschäftsstelle (Buchholz, Winsen, Tostedt) as blocks with a group row each, and at the end
 * the block "Jobcenter gesamt". The Jobcenter's Grunddaten are the total block – not the first block, and not the sum of
 * all four blocks (which counts every person twice).
 */
function branchesAndTotal(): LayoutWorkbook {
  const data = makeJobcenter(1101, "2023-01", M);
  const rnd = seededRandom(1101);
  const shares = [0.41 + 0.02 * rnd(), 0.34 + 0.02 * rnd()];
  const branch = (code: string, m: MonthKey, i: number): number => {
    const total = data.series[code][m] as number;
    const a = Math.round(total * shares[0]);
    const b = Math.round(total * shares[1]);
    return [a, b, total - a - b][i];
  };
  const rows: CellInput[][] = [["Grunddaten SGB II nach Geschäftsstellen – Jobcenter Landkreis Harburg"], ["Stand: 20.08.2024"], [], ["Merkmal", ...data.months.map(monthDate)]];
  ["Geschäftsstelle Buchholz", "Geschäftsstelle Winsen (Luhe)", "Geschäftsstelle Tostedt"].forEach((name, i) => {
    rows.push([name]);
    for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], ...data.months.map((m) => branch(code, m, i))]);
    rows.push([]);
  });
  rows.push(["Jobcenter gesamt"]);
  for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], ...data.months.map((m) => v(data, code, m))]);
  return workbook(
    "fresh2-gd-geschaeftsstellen-und-gesamt.xlsx",
    "Grunddaten je Geschäftsstelle (Buchholz, Winsen, Tostedt) als Blöcke mit Gruppenzeile, am Ende der Block „Jobcenter gesamt“: die Grunddaten des Jobcenters sind der Gesamtblock, nicht der erste und nicht die Summe (FALLE)",
    data,
    [{ name: "Grunddaten GS", rows }],
  );
}

/** Months as rows, short Grunddaten names as header and a unit row under it ("Pers.", "Anz.", "T€"): LLU and LUH in T€. */
function unitRowThousands(): LayoutWorkbook {
  const data = moneyRoundedTo(makeJobcenter(1102, "2023-01", M), 100);
  const unit: Record<string, string> = { llu: "T€", luh: "T€", int: "Anz.", int_f: "Anz.", int_m: "Anz." };
  const rows: CellInput[][] = [
    ["Monatswerte SGB II 2023/2024"],
    ["Monat", ...STANDARD_CODES.map((c) => SHORT[c])],
    ["", ...STANDARD_CODES.map((c) => unit[c] ?? "Pers.")],
    ...data.months.map((m) => [monthDate(m), ...STANDARD_CODES.map((c) => (unit[c] === "T€" ? { value: roundTo((data.series[c][m] as number) / 1000, 1), numFmt: "#,##0.0" } : v(data, c, m)))] as CellInput[]),
  ];
  return workbook(
    "fresh2-gd-einheitenzeile-te.xlsx",
    "Monate als Zeilen, Kurzbezeichnungen als Kopf und darunter eine Einheitenzeile („Pers.“, „Anz.“, „T€“): LLU und LUH in T€, im Bericht in Euro (FALLE Maßstab)",
    data,
    [{ name: "Monatswerte", rows }],
    scaledMoney(standardExpectations(data)),
  );
}

/** Months as columns, no unit column: the scale of the money rows only in the title ("Geldleistungen in Tsd. EUR"). */
function scaleInTitle(): LayoutWorkbook {
  const data = moneyRoundedTo(makeJobcenter(1103, "2023-01", M), 100);
  const rows: CellInput[][] = [
    ["Grunddaten SGB II – Personen und Integrationen in Anzahl, Geldleistungen in Tsd. EUR"],
    [],
    ["Grunddatum", ...data.months.map(monthDate)],
    ...STANDARD_CODES.map((c) => [GRUNDDATEN_LABELS[c].replace(/ \((LLU|LUH)\)$/, ""), ...data.months.map((m) => (c === "llu" || c === "luh" ? roundTo((data.series[c][m] as number) / 1000, 1) : v(data, c, m)))] as CellInput[]),
  ];
  return workbook(
    "fresh2-gd-massstab-im-titel.xlsx",
    "Grunddaten ohne Einheitenspalte, der Maßstab der Geldleistungen steht nur im Titel („Geldleistungen in Tsd. EUR“): Summe LLU im Bericht in Euro (FALLE Maßstab)",
    data,
    [{ name: "Grunddaten", rows }],
    scaledMoney(standardExpectations(data)),
  );
}

/** English and German headers mixed (an export of a regional data warehouse), months as rows in ISO text "2024-06". */
function englishHeaders(): LayoutWorkbook {
  const data = makeJobcenter(1104, "2023-01", M);
  const header: Record<string, string> = {
    elb: "Employable beneficiaries (ELB)", elb_f: "ELB female", elb_m: "ELB male", int: "Integrations (total)", int_f: "Integrations female",
    int_m: "Integrations male", lzb: "Long-term recipients (LZB)", llu: "Benefits LLU (EUR)", luh: "Housing costs LUH (EUR)", zug_elb: "Inflows ELB", abg_elb: "Outflows ELB",
  };
  const rows: CellInput[][] = [
    ["DWH-Export SGB II – Jobcenter Landkreis Harburg (03353)"],
    ["Report date: 2024-08-20"],
    ["Month", ...STANDARD_CODES.map((c) => header[c])],
    ...data.months.map((m) => [m, ...STANDARD_CODES.map((c) => v(data, c, m))] as CellInput[]),
  ];
  return workbook(
    "fresh2-gd-englische-koepfe-iso-monate.xlsx",
    "DWH-Export mit englisch-deutschen Köpfen („Employable beneficiaries (ELB)“, „Integrations female“, „Benefits LLU (EUR)“), Monate als Zeilen im ISO-Text „2024-06“",
    data,
    [{ name: "dwh_export", rows }],
  );
}

/** The sub-groups as blocks one under another: "Insgesamt", "Frauen", "Männer" (ELB, Integrationen), then "Weitere Merkmale". */
function sexBlocksStacked(): LayoutWorkbook {
  const data = makeJobcenter(1105, "2023-01", M);
  const head: CellInput[] = ["", ...data.months.map(monthDate)];
  const block = (title: string, suffix: "" | "_f" | "_m"): CellInput[][] => [
    [title],
    head,
    ["Erwerbsfähige Leistungsberechtigte", ...data.months.map((m) => v(data, `elb${suffix}`, m))],
    ["Integrationen", ...data.months.map((m) => v(data, `int${suffix}`, m))],
    [],
  ];
  const rows: CellInput[][] = [
    ["Grunddaten nach Geschlecht"],
    [],
    ...block("Insgesamt", ""),
    ...block("Frauen", "_f"),
    ...block("Männer", "_m"),
    ["Weitere Merkmale (insgesamt)"],
    head,
    ...["lzb", "llu", "luh", "zug_elb", "abg_elb"].map((c) => [GRUNDDATEN_LABELS[c], ...data.months.map((m) => v(data, c, m))] as CellInput[]),
  ];
  return workbook(
    "fresh2-gd-geschlechterbloecke-untereinander.xlsx",
    "Blöcke untereinander mit eigener Überschrift „Insgesamt“, „Frauen“, „Männer“ (je ELB und Integrationen ohne Geschlecht in der Zeile), darunter „Weitere Merkmale“: die Untergruppe steht nur über dem Block",
    data,
    [{ name: "nach Geschlecht", rows }],
  );
}

/**
 * TRAP (conflicting figures): the standard sheet, but the ELB twice – "Erwerbsfähige Leistungsberechtigte (ELB)" at the
 * top and, further down under "nachrichtlich", "ELB insgesamt (Stand Vormonat)" with other figures for April–June 2024.
 * Which is right cannot be told from the sheet: the figures that need the ELB are absent with a message; those that do
 * not (K1, K1E1, K3, LZB) stand.
 */
function elbTwiceConflicting(): LayoutWorkbook {
  const data = makeJobcenter(1106, "2023-01", M);
  const rows: CellInput[][] = [["Grunddaten SGB II"], ["Stand: 20.08.2024"], [], ["Grunddatum", ...data.months.map(monthDate)]];
  for (const c of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[c], ...data.months.map((m) => v(data, c, m))]);
  rows.push([], ["nachrichtlich"]);
  rows.push(["ELB insgesamt (Stand Vormonat)", ...data.months.map((m) => (m >= "2024-04" ? (data.series.elb[m] as number) - 37 : v(data, "elb", m)))]);
  const name = "Grunddaten";
  return workbook(
    "fresh2-gd-elb-doppelt-widerspruch.xlsx",
    "ELB zweimal auf einem Blatt (oben und unter „nachrichtlich“ als „ELB insgesamt (Stand Vormonat)“) mit verschiedenen Werten April–Juni 2024: Zahlen aus den ELB fehlen mit Meldung, LZB, K1 und K3 stehen (FALLE Widerspruch)",
    data,
    [{ name, rows }],
    [
      reportMonthExpected(M),
      { path: "indicators[code=K2].actual", absent: true, why: "die ELB sind widersprüchlich" },
      { path: "kennzahlen[code=K2].value", absent: true, why: "die ELB sind widersprüchlich" },
      { path: "kennzahlen[code=K1E2].value", absent: true, why: "die ELB sind widersprüchlich" },
      { message: { sheets: [name], levels: ["warning", "error"] }, present: true, why: "nennt den Widerspruch" },
      ...zielindikatorenExpected(data, M, targetsFor(data, M)).filter((e) => "path" in e && e.path.startsWith("indicators[code=LZB]")),
      ...llaMonitoringExpected(data, M),
      ...kennzahlenExpected(data, M, ["K1", "K1E1", "K3"]),
    ],
  );
}

/**
 * TRAP (a unit that is no amount): the LLU given as an index ("Index Jan. 2023 = 100", one decimal). The Summe LLU in
 * euros cannot be known from it: the K1 Monitoring is absent; everything else stands.
 */
function lluAsIndex(): LayoutWorkbook {
  const data = makeJobcenter(1107, "2023-01", M);
  const base = data.series.llu["2023-01"] as number;
  const rows: CellInput[][] = [["Grunddaten SGB II"], [], ["Grunddatum", "Einheit", ...data.months.map(monthDate)]];
  for (const c of STANDARD_CODES) {
    if (c === "llu") rows.push(["Leistungen zum Lebensunterhalt", "Index (Jan. 2023 = 100)", ...data.months.map((m) => roundTo((100 * (data.series.llu[m] as number)) / base, 1))]);
    else rows.push([GRUNDDATEN_LABELS[c], c.startsWith("int") ? "Anzahl" : c === "luh" ? "EUR" : "Personen", ...data.months.map((m) => v(data, c, m))]);
  }
  const all = standardExpectations(data).filter((e) => !("path" in e) || (!e.path.startsWith("indicators[code=K1]") && !e.path.startsWith("kennzahlen[code=K1]")));
  return workbook(
    "fresh2-gd-llu-als-index.xlsx",
    "LLU als Index („Index (Jan. 2023 = 100)“) statt in Euro: die Summe LLU (K1-Monitoring) fehlt, nie der Index als Euro; alle anderen Zahlen stehen (FALLE Einheit)",
    data,
    [{ name: "Grunddaten", rows }],
    [...all, { path: "indicators[code=K1].actual", absent: true, why: "ein Index ist kein Betrag in Euro" }],
  );
}

/** Month headers as "Jan.23" text (CSV style, domain.md §6), a notes column "Bemerkung" and footnotes at the end. */
function monthDotYearAndNotes(): LayoutWorkbook {
  const data = makeJobcenter(1108, "2023-01", M);
  const label = (m: MonthKey) => `${MONTH_SHORT[Number(m.slice(5)) - 1]}.${m.slice(2, 4)}`;
  const notes: Record<string, string> = { lzb: "Revision der BA 02/2024 eingearbeitet", llu: "Leistungsanspruch, nicht Zahlungsanspruch", int: "max. 1 Integration je Person und Monat" };
  const rows: CellInput[][] = [
    ["SGB II Grunddaten (Auszug aus der CSV-Lieferung)"],
    ["Kennung", "Merkmal", ...data.months.map(label), "Bemerkung"],
    ...STANDARD_CODES.map((c) => [c.toUpperCase(), GRUNDDATEN_LABELS[c], ...data.months.map((m) => germanNumber(data.series[c][m] as number, 0)), notes[c] ?? null] as CellInput[]),
    [],
    ["Hinweis: Werte nach Wartezeit von drei Monaten; Jun.24 vorläufig."],
  ];
  return workbook(
    "fresh2-gd-monat-punkt-jahr-bemerkung.xlsx",
    "Monatsköpfe als Text „Jan.23“, Kennung in Großbuchstaben („ELB“, „INT_F“), Werte als deutsche Textzahlen, Spalte „Bemerkung“ mit Text und Hinweiszeile am Ende",
    data,
    [{ name: "CSV-Auszug", rows }],
  );
}

export function fresh2GrunddatenLayouts(): LayoutWorkbook[] {
  return [branchesAndTotal(), unitRowThousands(), scaleInTitle(), englishHeaders(), sexBlocksStacked(), elbTwiceConflicting(), lluAsIndex(), monthDotYearAndNotes()];
}

