/**
 * Held-out Grunddaten layouts (issue "Read the workbooks controllers really have", second corpus): layouts none of the
 * first 54 workbooks has, written to test whether the reading is general. Every workbook holds the Zielwerte in the
 * sample's plain layout (sheets.zieleSheet), so the only new thing is how the Grunddaten are laid out; the expected
 * figures come from the raw series with domain.md's formulas (standard.ts, formulas.ts), never from the product.
 */
import { GRUNDDATEN_LABELS, GRUNDDATEN_UNITS, MONTH_NAMES, MONTH_SHORT, germanNumber, makeJobcenter, monthDate, seededRandom, type JobcenterData } from "./data";
import { changeVsPreviousYear, monthQuota, monthsBetween, rollingQuota, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { cellAddress, grunddatenWide, STANDARD_CODES, zieleSheet } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected } from "./standard";

const FAMILY = "Holdout Grunddaten";
const M: MonthKey = "2024-06";
const ALL_KENNZAHLEN = ["K1", "K1E1", "K1E2", "K1E3", "K1E4", "K2", "K2_F", "K2_M", "K3"] as const;

/** Data from December 2022: the JFW needs December 2023, K2 and K1E4 reach back to June 2023, the K1 Soll to Jan–Jun 2023. */
const dataFor = (seed: number, last: MonthKey = M): JobcenterData => makeJobcenter(seed, "2022-12", last);

function standardExpectations(data: JobcenterData, m: MonthKey = M, codes: ReadonlyArray<(typeof ALL_KENNZAHLEN)[number]> = ALL_KENNZAHLEN): Expectation[] {
  return [
    { exitCode: 0 },
    reportMonthExpected(m),
    ...zielindikatorenExpected(data, m, targetsFor(data, m)),
    ...llaMonitoringExpected(data, m),
    ...kennzahlenExpected(data, m, [...codes]),
    noErrors,
  ];
}

const ziele = (data: JobcenterData) => zieleSheet("Ziele 2024", 2024, targetsFor(data, M));

function workbook(file: string, description: string, data: JobcenterData, grunddaten: SheetSpec[], expect = standardExpectations(data), args: string[] = []): LayoutWorkbook {
  return { file, family: FAMILY, description, args, sheets: [...grunddaten, ziele(data)], expect };
}

/** The months as columns, the newest month first (how a controller adds each new month at the left, next to the labels). */
function newestMonthFirst(): LayoutWorkbook {
  const data = dataFor(201);
  return workbook(
    "ho-grunddaten-neuester-monat-links.xlsx",
    "Grunddaten mit Monaten als Spalten, der neueste Monat zuerst (Juni 2024 links, Dezember 2022 rechts)",
    data,
    [grunddatenWide("Grunddaten", data, [...data.months].reverse())],
  );
}

/**
 * Quarter bands ("1. Quartal 2024") merged over the month columns "Jan | Feb | Mrz" and a column "Quartal" (sum of a
 * flow, mean of a stock) that is not a month.
 */
function quarterBands(): LayoutWorkbook {
  const data = makeJobcenter(202, "2023-01", M);
  const quarters: Array<{ year: number; q: number; months: MonthKey[] }> = [];
  for (const year of [2023, 2024]) for (let q = 1; q <= 4; q++) {
    const months = monthsBetween(`${year}-${String(3 * q - 2).padStart(2, "0")}`, `${year}-${String(3 * q).padStart(2, "0")}`);
    if (months[0] <= M) quarters.push({ year, q, months });
  }
  const band: CellInput[] = ["Merkmal", "Einheit"];
  const sub: CellInput[] = [null, null];
  const merges: string[] = ["A3:A4", "B3:B4"];
  for (const { year, q, months } of quarters) {
    const first = band.length;
    band.push(`${q}. Quartal ${year}`, null, null, null);
    sub.push(...months.map((m) => MONTH_SHORT[Number(m.slice(5)) - 1]), "Quartal");
    merges.push(`${cellAddress(2, first)}:${cellAddress(2, first + 3)}`);
  }
  const stocks = new Set(["elb", "elb_f", "elb_m", "lzb"]);
  const rows: CellInput[][] = [["Grunddaten SGB II nach Quartalen – Jobcenter Landkreis Harburg"], [], band, sub];
  for (const code of STANDARD_CODES) {
    const row: CellInput[] = [GRUNDDATEN_LABELS[code], GRUNDDATEN_UNITS[code]];
    for (const { months } of quarters) {
      const values = months.map((m) => data.series[code][m] as number);
      const sum = values.reduce((a, b) => a + b, 0);
      row.push(...values, stocks.has(code) ? Math.round(sum / 3) : sum);
    }
    rows.push(row);
  }
  return workbook(
    "ho-quartalsbaender-monatsspalten.xlsx",
    "Grunddaten mit verbundenen Quartalsbändern („1. Quartal 2024“) über den Monatsspalten „Jan/Feb/Mrz“ und je Quartal einer Spalte „Quartal“ (Summe bzw. Ø), die kein Monat ist",
    data,
    [{ name: "Grunddaten Quartale", rows, merges }],
  );
}

/** Only the BA short names (elb, int_f, lzb …) identify the rows; there is no label column. */
function shortNamesOnly(): LayoutWorkbook {
  const data = dataFor(203);
  const rows: CellInput[][] = [["Datenabzug Grunddaten"], [], ["Kürzel", ...data.months.map(monthDate)]];
  for (const code of STANDARD_CODES) rows.push([code, ...data.months.map((m) => data.series[code][m] ?? null)]);
  return workbook("ho-nur-kuerzel.xlsx", "Grunddaten nur mit Kürzel-Spalte (elb, elb_f, int, lzb, llu …), keine Bezeichnungen, Monate als Datum", data, [{ name: "Daten", rows }]);
}

/** Labels with footnote markers ("ELB¹", "Integrationen*", "LZB²⁾") and the footnotes below the table. */
function footnoteMarkers(): LayoutWorkbook {
  const data = dataFor(204);
  const labels: Record<string, string> = {
    elb: "ELB¹", elb_f: "ELB Frauen¹", elb_m: "ELB Männer¹", int: "Integrationen*", int_f: "Integrationen Frauen*", int_m: "Integrationen Männer*",
    lzb: "Langzeitleistungsbeziehende²⁾", llu: "Summe LLU³", luh: "Summe LUH³", zug_elb: "Zugänge ELB¹", abg_elb: "Abgänge ELB¹",
  };
  const rows: CellInput[][] = [["Grunddaten (Stand: 20.08.2024)"], ["Merkmal", ...data.months.map(monthDate)]];
  for (const code of STANDARD_CODES) rows.push([labels[code], ...data.months.map((m) => data.series[code][m] ?? null)]);
  rows.push(
    [],
    ["¹ Erwerbsfähige Leistungsberechtigte nach einer Wartezeit von 3 Monaten"],
    ["* ohne Aufnahme öffentlich geförderter Beschäftigung (§ 16d, § 16i SGB II)"],
    ["²⁾ mindestens 21 der letzten 24 Monate hilfebedürftig"],
    ["³ in EUR, Leistungsanspruch vor Minderungen"],
  );
  return workbook("ho-fussnotenzeichen.xlsx", "Bezeichnungen mit Fußnotenzeichen („ELB¹“, „Integrationen*“, „Langzeitleistungsbeziehende²⁾“) und Fußnoten unter der Tabelle", data, [{ name: "Grunddaten", rows }]);
}

const ENGLISH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Month headers as English text ("Mar 2024", "May 2024", "Oct 2023", "Dec 2022"), as left by an English-language Excel. */
function englishMonthNames(): LayoutWorkbook {
  const data = dataFor(205);
  const english = (m: MonthKey) => `${ENGLISH_SHORT[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`;
  const rows: CellInput[][] = [["Grunddaten"], ["Grunddatum", "Kürzel", ...data.months.map(english)]];
  for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], code, ...data.months.map((m) => data.series[code][m] ?? null)]);
  return workbook("ho-englische-monatsnamen.xlsx", "Monatsköpfe als englischer Text („Mar 2024“, „May 2024“, „Oct 2023“, „Dec 2022“)", data, [{ name: "Grunddaten", rows }]);
}

/** The Grunddaten sheet is hidden (the controller hides the raw data); hidden sheets are still data. */
function hiddenGrunddaten(): LayoutWorkbook {
  const data = dataFor(206);
  const sheet = { ...grunddatenWide("Grunddaten", data, data.months), state: "hidden" as const };
  return workbook("ho-grunddaten-ausgeblendet.xlsx", "Das Grunddatenblatt ist ausgeblendet, nur das Zielblatt ist sichtbar: ausgeblendete Blätter sind trotzdem Daten", data, [sheet]);
}

/** One sheet, one block per year stacked vertically: heading "2023", months as bare names; blank rows; heading "2024". */
function stackedYearBlocks(): LayoutWorkbook {
  const data = makeJobcenter(207, "2023-01", M);
  const rows: CellInput[][] = [["Grunddaten SGB II – Jobcenter Landkreis Harburg"], []];
  for (const year of [2023, 2024]) {
    const months = monthsBetween(`${year}-01`, `${year}-12`);
    rows.push([`Jahr ${year}`], ["Merkmal", ...MONTH_NAMES]);
    for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], ...months.map((m) => data.series[code][m] ?? null)]);
    rows.push([], []);
  }
  return workbook("ho-jahresbloecke-untereinander.xlsx", "Ein Blatt mit je einem Block pro Jahr untereinander (Überschrift „Jahr 2023“, Monatsnamen ohne Jahr), Juli–Dezember 2024 leer", data, [{ name: "Grunddaten", rows }]);
}

/**
 * Numbers as text the way a copy from a web page or a PDF leaves them: German thousand separators ("7.412"), a
 * non-breaking space as thousand separator ("7 412"), a trailing non-breaking space, amounts with "€".
 */
function textNumbersWithNbsp(): LayoutWorkbook {
  const data = dataFor(208);
  const sheet = grunddatenWide("Grunddaten", data, data.months);
  const NBSP = "\u00a0";
  sheet.rows = sheet.rows.map((row, r) =>
    row.map((cell, c) => {
      if (r < 4 || c < 3 || typeof cell !== "number") return cell;
      const code = STANDARD_CODES[r - 4];
      if (code === "llu" || code === "luh") return `${germanNumber(cell, 2)}${NBSP}€`;
      const grouped = germanNumber(cell, 0);
      return (r + c) % 3 === 0 ? grouped.replace(/\./g, NBSP) : (r + c) % 3 === 1 ? `${grouped}${NBSP}` : grouped;
    }),
  );
  return workbook("ho-textzahlen-nbsp.xlsx", "Alle Werte als Text mit Tausenderpunkt („7.412“), geschütztem Leerzeichen als Tausendertrenner („7 412“) oder dahinter, Beträge „4.351.234,00 €“", data, [sheet]);
}

/** "n.v.", "k. A." (with a space) and a bare hyphen "-" for missing months: the figures they touch stay blank, never 0. */
function otherMissingTokens(): LayoutWorkbook {
  const data = dataFor(209);
  const sheet = grunddatenWide("Grunddaten", data, data.months);
  const col = (m: MonthKey) => 3 + data.months.indexOf(m);
  const row = (code: string) => 4 + STANDARD_CODES.indexOf(code);
  sheet.rows[row("int")][col("2024-04")] = "n.v.";
  sheet.rows[row("lzb")][col("2024-01")] = "k. A.";
  sheet.rows[row("luh")][col("2024-06")] = "-";
  const t = targetsFor(data, M);
  const expect: Expectation[] = [
    { exitCode: 0 },
    reportMonthExpected(M),
    { path: "indicators[code=K2].actual", equals: null, why: "Integrationen April „n.v.“" },
    { message: { sheets: ["Grunddaten"], cell: cellAddress(row("int"), col("2024-04")) }, present: true, why: "die leere Zahl nennt die Zelle mit „n.v.“" },
    { path: "indicators[code=LZB].actual", equals: null, why: "LZB Januar „k. A.“" },
    { path: "kennzahlen[code=K1E1].value", equals: null, why: "LUH Juni „-“" },
    { path: "kennzahlen[code=K3].value", value: changeVsPreviousYear(data.series.lzb, M)!, tolerance: TOLERANCE.quota, why: "LZB Juni und Juni 2023 sind da" },
    ...zielindikatorenExpected(data, M, t).filter((e) => "path" in e && /K2_[FM]/.test(e.path)),
    ...llaMonitoringExpected(data, M),
    noErrors,
  ];
  return workbook("ho-fehlwerte-nv-ka-strich.xlsx", "Fehlwerte „n.v.“, „k. A.“ (mit Leerzeichen) und „-“ in einzelnen Monaten: betroffene Zahlen bleiben leer, nie 0", data, [sheet], expect);
}

/**
 * "Berichtsmonat: 06/2024" stated in a cell of the title block, month headers as text "01/2024"; the sheet already
 * holds July values for ELB and LLU (early figures), which must not move the Berichtsmonat the controller stated.
 */
function reportMonthInCell(): LayoutWorkbook {
  const data = dataFor(210, "2024-07");
  const months = monthsBetween("2022-12", "2024-12");
  const early = new Set(["elb", "llu"]);
  const rows: CellInput[][] = [
    ["Monatscontrolling SGB II"],
    ["Berichtsmonat: 06/2024"],
    ["Datenstand: 15.10.2024"],
    [],
    ["Merkmal", ...months.map((m) => `${m.slice(5)}/${m.slice(0, 4)}`)],
  ];
  for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], ...months.map((m) => (m <= M || (m === "2024-07" && early.has(code)) ? data.series[code][m] ?? null : null))]);
  return workbook(
    "ho-berichtsmonat-in-zelle.xlsx",
    "„Berichtsmonat: 06/2024“ im Titelblock, Monatsköpfe als Text „01/2024“; ELB und LLU stehen schon für Juli da – der angegebene Berichtsmonat gilt",
    data,
    [{ name: "Grunddaten", rows }],
  );
}

/** Months as rows, newest first, one column per Grunddatum (labels as headers), months as dates formatted "mmmm yyyy". */
function monthRowsNewestFirst(): LayoutWorkbook {
  const data = dataFor(211);
  const rows: CellInput[][] = [["Zeitreihe Grunddaten (neuester Monat oben)"], ["Monat", ...STANDARD_CODES.map((c) => GRUNDDATEN_LABELS[c])]];
  for (const m of [...data.months].reverse()) rows.push([{ value: monthDate(m), numFmt: "mmmm yyyy" }, ...STANDARD_CODES.map((c) => data.series[c][m] ?? null)]);
  return workbook("ho-monatszeilen-neueste-oben.xlsx", "Monate als Zeilen, neuester oben (Datum „Juni 2024“ formatiert), je Grunddatum eine Spalte", data, [{ name: "Zeitreihe", rows }]);
}

/** A title block of seven rows (merged title, Dienststelle, Ansprechpartner, Telefon, Stand, Hinweis, blank) above the header. */
function sevenRowTitleBlock(): LayoutWorkbook {
  const data = dataFor(212);
  const sheet = grunddatenWide("Grunddaten", data, data.months);
  const [, , , header, ...body] = sheet.rows;
  sheet.rows = [
    ["Jobcenter Landkreis Harburg – Controlling"],
    ["Dienststelle: Bereich Steuerung (61)"],
    ["Ansprechpartnerin: Frau M."],
    ["Telefon: 04181 0000-000"],
    ["Stand: 20.08.2024"],
    ["Hinweis: Werte des laufenden Jahres vorläufig (Wartezeit 3 Monate), Vorjahreswerte final"],
    [],
    header,
    ...body,
  ];
  sheet.merges = ["A1:H1", "A6:H6"];
  return workbook("ho-titelblock-sieben-zeilen.xlsx", "Titelblock mit sieben Zeilen (verbundener Titel, Dienststelle, Ansprechpartnerin, Telefon, Stand, Hinweis, Leerzeile) über dem Kopf", data, [sheet]);
}

/**
 * Months as rows under a two-row header with gender bands: "Erwerbsfähige Leistungsberechtigte" over
 * "insgesamt | Frauen | Männer", "Integrationen" over the same, the other Grunddaten merged down both rows.
 */
function genderBands(): LayoutWorkbook {
  const data = dataFor(213);
  const rows: CellInput[][] = [
    ["Grunddaten nach Geschlecht"],
    ["Monat", "Erwerbsfähige Leistungsberechtigte", null, null, "Integrationen", null, null, "Langzeitleistungsbeziehende", "Leistungen zum Lebensunterhalt (EUR)", "Leistungen für Unterkunft und Heizung (EUR)", "Zugänge ELB", "Abgänge ELB"],
    [null, "insgesamt", "Frauen", "Männer", "insgesamt", "Frauen", "Männer"],
  ];
  const order = ["elb", "elb_f", "elb_m", "int", "int_f", "int_m", "lzb", "llu", "luh", "zug_elb", "abg_elb"];
  for (const m of data.months) rows.push([monthDate(m), ...order.map((c) => data.series[c][m] ?? null)]);
  return workbook(
    "ho-geschlechterbaender.xlsx",
    "Monate als Zeilen, zweizeiliger Kopf mit Bändern „Erwerbsfähige Leistungsberechtigte“ und „Integrationen“ über „insgesamt/Frauen/Männer“",
    data,
    [{ name: "Grunddaten", rows, merges: ["A2:A3", "B2:D2", "E2:G2", "H2:H3", "I2:I3", "J2:J3", "K2:K3", "L2:L3"] }],
  );
}

/**
 * The Grunddaten sheet as controllers keep it with further BA series between the standard rows: Bedarfsgemeinschaften,
 * Arbeitslose, ELB unter 25 and Integrationen U25 (which must not be taken for ELB or Integrationen), and the K3E1/K3E2
 * Zähler `int_lzb` and `lzb_amp` (domain.md §5.1), from which K3E1 (rolling quota like K2) and K3E2 (month quota) follow.
 */
function furtherSeriesBetween(): LayoutWorkbook {
  const data = dataFor(214);
  const rnd = seededRandom(214);
  const extra: Array<[string, string, (m: MonthKey) => number]> = [
    ["Bedarfsgemeinschaften (BG)", "bg", (m) => Math.round((data.series.elb[m] as number) * (0.61 + 0.02 * rnd()))],
    ["Arbeitslose SGB II", "alo", (m) => Math.round((data.series.elb[m] as number) * (0.35 + 0.02 * rnd()))],
    ["ELB unter 25 Jahren", "elb_u25", (m) => Math.round((data.series.elb[m] as number) * (0.19 + 0.02 * rnd()))],
    ["Integrationen U25", "int_u25", (m) => Math.round((data.series.int[m] as number) * (0.28 + 0.04 * rnd()))],
    ["Integrationen von Langzeitleistungsbeziehenden", "int_lzb", (m) => Math.round((data.series.int[m] as number) * (0.42 + 0.06 * rnd()))],
    ["LZB in Maßnahmen der aktiven Arbeitsförderung", "lzb_amp", (m) => Math.round((data.series.lzb[m] as number) * (0.14 + 0.03 * rnd()))],
  ];
  for (const [, code, f] of extra) data.series[code] = Object.fromEntries(data.months.map((m) => [m, f(m)]));
  const sheet = grunddatenWide("Grunddaten", data, data.months);
  const row = (label: string, code: string): CellInput[] => [label, code, "Personen", ...data.months.map((m) => data.series[code][m] ?? null)];
  const at = (code: string) => 4 + STANDARD_CODES.indexOf(code);
  // After the integrations: BG, Arbeitslose, U25 rows; after the LZB: its integrations and its activation.
  sheet.rows.splice(at("lzb") + 1, 0, row(extra[4][0], "int_lzb"), row(extra[5][0], "lzb_amp"));
  sheet.rows.splice(at("int_m") + 1, 0, ...extra.slice(0, 4).map(([label, code]) => row(label, code)));
  const expect = standardExpectations(data);
  expect.splice(
    expect.length - 1,
    0,
    { path: "kennzahlen[code=K3E1].value", value: rollingQuota(data.series.int_lzb, data.series.lzb, M)!, tolerance: TOLERANCE.quota },
    { path: "kennzahlen[code=K3E2].value", value: monthQuota(data.series.lzb_amp, data.series.lzb, M)!, tolerance: TOLERANCE.quota },
    { message: { text: ["doppelt"] }, present: false, why: "„Integrationen U25“ und die Integrationen der LZB sind eigene Reihen" },
  );
  return workbook(
    "ho-grunddaten-weitere-reihen.xlsx",
    "Grunddaten mit weiteren Reihen dazwischen (BG, Arbeitslose, „ELB unter 25 Jahren“, „Integrationen U25“, int_lzb, lzb_amp): U25 wird nicht zu ELB, K3E1 und K3E2 folgen",
    data,
    [sheet],
    expect,
  );
}

/** Months Januar … Dezember as columns, one row per Grunddatum and year ("ELB 2023", "ELB 2024"): the year is in the row label. */
function yearRowsPerSeries(): LayoutWorkbook {
  const data = makeJobcenter(215, "2023-01", M);
  const short: Record<string, string> = {
    elb: "ELB", elb_f: "ELB Frauen", elb_m: "ELB Männer", int: "Integrationen", int_f: "Integrationen Frauen", int_m: "Integrationen Männer",
    lzb: "LZB", llu: "Summe LLU", luh: "Summe LUH", zug_elb: "Zugänge ELB", abg_elb: "Abgänge ELB",
  };
  const rows: CellInput[][] = [["Grunddaten im Vorjahresvergleich"], ["Merkmal", ...MONTH_NAMES]];
  for (const code of STANDARD_CODES) for (const year of [2023, 2024]) rows.push([`${short[code]} ${year}`, ...monthsBetween(`${year}-01`, `${year}-12`).map((m) => data.series[code][m] ?? null)]);
  return workbook(
    "ho-jahreszeilen-je-merkmal.xlsx",
    "Monatsnamen ohne Jahr als Spalten, je Grunddatum eine Zeile pro Jahr („ELB 2023“, „ELB 2024“): das Jahr steht in der Zeilenbezeichnung",
    data,
    [{ name: "Vorjahresvergleich", rows }],
  );
}

export function holdoutGrunddatenLayouts(): LayoutWorkbook[] {
  return [
    newestMonthFirst(), quarterBands(), shortNamesOnly(), footnoteMarkers(), englishMonthNames(), hiddenGrunddaten(), stackedYearBlocks(),
    textNumbersWithNbsp(), otherMissingTokens(), reportMonthInCell(), monthRowsNewestFirst(), sevenRowTitleBlock(), genderBands(),
    furtherSeriesBetween(), yearRowsPerSeries(),
  ];
}
