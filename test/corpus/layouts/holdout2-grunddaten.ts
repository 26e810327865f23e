/**
 * Second held-out corpus, Grunddaten layouts (issue "Read the workbooks controllers really have"): layouts none of the
 * first 84 workbooks has — units in a row above the header of an Excel table, ISO month text, a blank spacer column
 * between the years, one sheet per Grunddatum, preliminary values with notes, the year only in the sheet name, section
 * rows and blank rows inside the table, quarter subtotal rows between the months, Jahr and Monat in two columns, a long
 * list with the Geschlecht as its own column. Each workbook holds the Zielwerte in the sample's plain layout
 * (sheets.zieleSheet), so only the Grunddaten layout is new; the expected figures come from the raw series with
 * domain.md's formulas (standard.ts, formulas.ts), never from the product.
 */
import { GRUNDDATEN_LABELS, GRUNDDATEN_UNITS, MONTH_NAMES, germanNumber, makeJobcenter, monthDate, type JobcenterData } from "./data";
import { monthsBetween, type MonthKey } from "./formulas";
import type { CellInput, Expectation, LayoutWorkbook, SheetSpec } from "./model";
import { grunddatenWide, STANDARD_CODES, zieleSheet } from "./sheets";
import { kennzahlenExpected, llaMonitoringExpected, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected } from "./standard";

const FAMILY = "Holdout 2 Grunddaten";
const M: MonthKey = "2024-06";
const ALL_KENNZAHLEN = ["K1", "K1E1", "K1E2", "K1E3", "K1E4", "K2", "K2_F", "K2_M", "K3"] as const;
const STOCKS = new Set(["elb", "elb_f", "elb_m", "lzb"]);

/** Data from December 2022: the JFW needs December 2023, K2 and K1E4 reach back to June 2023, the K1 Soll to Jan–Jun 2023. */
const dataFor = (seed: number, from: MonthKey = "2022-12"): JobcenterData => makeJobcenter(seed, from, M);

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

function workbook(file: string, description: string, data: JobcenterData, grunddaten: SheetSpec[], expect = standardExpectations(data)): LayoutWorkbook {
  return { file, family: FAMILY, description, args: [], sheets: [...grunddaten, zieleSheet("Ziele 2024", 2024, targetsFor(data, M))], expect };
}

const value = (data: JobcenterData, code: string, m: MonthKey): CellInput => data.series[code][m] ?? null;

/**
 * "Als Tabelle formatieren" over months as rows, and above the table's header a row of units ("Personen", "Anzahl",
 * "EUR") that is not part of the table: the header is the second of two header rows.
 */
function tableUnderUnitRow(): LayoutWorkbook {
  const data = dataFor(301);
  const rows: CellInput[][] = [
    ["Grunddaten SGB II – Monatswerte"],
    ["Einheit", ...STANDARD_CODES.map((c) => GRUNDDATEN_UNITS[c])],
    ["Monat", ...STANDARD_CODES.map((c) => GRUNDDATEN_LABELS[c])],
    ...data.months.map((m) => [{ value: monthDate(m), numFmt: "mm.yyyy" }, ...STANDARD_CODES.map((c) => value(data, c, m))] as CellInput[]),
  ];
  return workbook(
    "h2-tabelle-unter-einheitenzeile.xlsx",
    "Grunddaten als Excel-Tabelle (Monate als Zeilen), darüber außerhalb der Tabelle eine Zeile mit Einheiten („Personen“, „EUR“): der Kopf ist die zweite von zwei Kopfzeilen",
    data,
    [{ name: "Grunddaten", rows, table: { name: "tblGrunddaten", headerRow: 3 } }],
  );
}

/** Month headers as ISO text "2024-06", as a database export or Power Query leaves them. */
function isoMonthText(): LayoutWorkbook {
  const data = dataFor(302);
  const rows: CellInput[][] = [["Export Grunddaten (DWH)"], [], ["Merkmal", "Einheit", ...data.months]];
  for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], GRUNDDATEN_UNITS[code], ...data.months.map((m) => value(data, code, m))]);
  return workbook("h2-iso-monate-text.xlsx", "Monatsköpfe als ISO-Text „2024-06“ (Datenbankexport), Bezeichnung und Einheit davor", data, [{ name: "Export", rows }]);
}

/** Months as date columns, a blank spacer column between the years (header and values blank), as controllers separate years. */
function spacerBetweenYears(): LayoutWorkbook {
  const data = dataFor(303);
  const columns: Array<MonthKey | null> = [];
  data.months.forEach((m, i) => {
    if (i > 0 && m.endsWith("-01")) columns.push(null);
    columns.push(m);
  });
  const rows: CellInput[][] = [["Grunddaten Jobcenter Landkreis Harburg"], ["Stand: 20.08.2024"], []];
  rows.push(["Grunddatum", "Kürzel", ...columns.map((m) => (m ? monthDate(m) : null))]);
  for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], code, ...columns.map((m) => (m ? value(data, code, m) : null))]);
  return workbook(
    "h2-leerspalte-zwischen-jahren.xlsx",
    "Monate als Datumsspalten, zwischen den Jahren je eine leere Trennspalte (Kopf und Werte leer)",
    data,
    [{ name: "Grunddaten", rows }],
  );
}

/**
 * One sheet per Grunddatum, months as rows: "ELB" and "Integrationen" with "insgesamt | Frauen | Männer", "LZB" with one
 * column "Bestand", "Geldleistungen" with LLU and LUH, "Bewegungen ELB" with Zugänge and Abgänge. The sheet name and
 * its title say what the columns "insgesamt/Frauen/Männer" count.
 */
function sheetPerGrunddatum(): LayoutWorkbook {
  const data = dataFor(304);
  const sheet = (name: string, title: string, header: string[], codes: string[]): SheetSpec => ({
    name,
    rows: [[title], [], ["Monat", ...header], ...data.months.map((m) => [{ value: monthDate(m), numFmt: "mmmm yyyy" }, ...codes.map((c) => value(data, c, m))] as CellInput[])],
  });
  return workbook(
    "h2-blatt-je-grunddatum.xlsx",
    "Ein Blatt je Grunddatum („ELB“, „Integrationen“, „LZB“, „Geldleistungen“, „Bewegungen ELB“), Monate als Zeilen, bei ELB und Integrationen Spalten „insgesamt / Frauen / Männer“",
    data,
    [
      sheet("ELB", "Erwerbsfähige Leistungsberechtigte (ELB)", ["insgesamt", "Frauen", "Männer"], ["elb", "elb_f", "elb_m"]),
      sheet("Integrationen", "Integrationen in Erwerbstätigkeit", ["insgesamt", "Frauen", "Männer"], ["int", "int_f", "int_m"]),
      sheet("LZB", "Langzeitleistungsbeziehende (LZB)", ["Bestand"], ["lzb"]),
      sheet("Geldleistungen", "Geldleistungen in EUR", ["Summe Leistungen zum Lebensunterhalt (LLU)", "Summe Leistungen für Unterkunft und Heizung (LUH)"], ["llu", "luh"]),
      sheet("Bewegungen ELB", "Zu- und Abgänge erwerbsfähiger Leistungsberechtigter", ["Zugänge ELB", "Abgänge ELB"], ["zug_elb", "abg_elb"]),
    ],
  );
}

/**
 * The latest three months still preliminary: some values as text "7.412 (vorläufig)", some as "7412*" with the footnote
 * "* vorläufig". A controller reads them as the numbers they are; preliminary is not missing.
 */
function preliminaryNotes(): LayoutWorkbook {
  const data = dataFor(305);
  const sheet = grunddatenWide("Grunddaten", data, data.months);
  const preliminary = new Set(["2024-04", "2024-05", "2024-06"]);
  sheet.rows = sheet.rows.map((row, r) =>
    row.map((cell, c) => {
      const m = data.months[c - 3];
      if (r < 4 || c < 3 || typeof cell !== "number" || !preliminary.has(m)) return cell;
      return (r + c) % 2 === 0 ? `${germanNumber(cell, 0)} (vorläufig)` : `${cell}*`;
    }),
  );
  sheet.rows.push(["* vorläufig; Werte der letzten drei Monate vorläufig (Wartezeit der Statistik)"]);
  return workbook(
    "h2-vorlaeufige-werte.xlsx",
    "Die letzten drei Monate als Text mit Vermerk: „7.412 (vorläufig)“ bzw. „7412*“ mit Fußnote „* vorläufig“ – vorläufig ist nicht fehlend",
    data,
    [sheet],
  );
}

/** Sheets "Grunddaten_2023" and "Grunddaten_2024", months as rows named "Januar" … without a year: the year is only in the sheet name. */
function yearOnlyInSheetName(): LayoutWorkbook {
  const data = dataFor(306, "2023-01");
  const sheet = (year: number): SheetSpec => ({
    name: `Grunddaten_${year}`,
    rows: [
      ["Grunddaten SGB II (Monatswerte)"],
      ["Monat", ...STANDARD_CODES.map((c) => GRUNDDATEN_LABELS[c])],
      ...monthsBetween(`${year}-01`, `${year}-12`).map((m, i) => [MONTH_NAMES[i], ...STANDARD_CODES.map((c) => value(data, c, m))] as CellInput[]),
    ],
  });
  return workbook(
    "h2-jahr-nur-im-blattnamen.xlsx",
    "Blätter „Grunddaten_2023“ und „Grunddaten_2024“, Monate als Zeilen „Januar“ … „Dezember“ ohne Jahr, der Titel nennt kein Jahr: das Jahr steht nur im Blattnamen",
    data,
    [sheet(2023), sheet(2024)],
  );
}

/**
 * Section rows inside the table ("Bestand", "Bewegungen", "Integrationen", "Geldleistungen (EUR)") merged over the
 * label columns, a blank row before each section, notes below the table: none of it is a Grunddatum.
 */
function sectionsAndBlankRows(): LayoutWorkbook {
  const data = dataFor(307);
  const sections: Array<[string, string[]]> = [
    ["Bestand", ["elb", "elb_f", "elb_m", "lzb"]],
    ["Bewegungen", ["zug_elb", "abg_elb"]],
    ["Integrationen", ["int", "int_f", "int_m"]],
    ["Geldleistungen (EUR)", ["llu", "luh"]],
  ];
  const rows: CellInput[][] = [["Monatsbericht Grunddaten"], ["Datenstand: August 2024"], [], ["Grunddatum", "Kürzel", ...data.months.map(monthDate)]];
  const merges: string[] = [];
  for (const [heading, codes] of sections) {
    rows.push([]);
    rows.push([heading]);
    merges.push(`A${rows.length}:B${rows.length}`);
    for (const code of codes) rows.push([GRUNDDATEN_LABELS[code], code, ...data.months.map((m) => value(data, code, m))]);
  }
  rows.push([], ["Hinweise:"], ["Integrationen: Aufnahme sozialversicherungspflichtiger Beschäftigung, Ausbildung oder Selbständigkeit"], ["LZB: in den letzten 24 Monaten mindestens 21 Monate hilfebedürftig"]);
  return workbook(
    "h2-abschnitte-und-leerzeilen.xlsx",
    "Abschnittszeilen in der Tabelle („Bestand“, „Bewegungen“, „Integrationen“, „Geldleistungen (EUR)“, über A:B verbunden), je eine Leerzeile davor, Hinweise darunter",
    data,
    [{ name: "Grunddaten", rows, merges }],
  );
}

/** Months as rows with a subtotal row after every quarter ("1. Quartal 2024": sum of the flows, mean of the stocks) that is not a month. */
function quarterSubtotalRows(): LayoutWorkbook {
  const data = dataFor(308);
  const rows: CellInput[][] = [["Grunddaten mit Quartalswerten"], ["Monat", ...STANDARD_CODES]];
  for (const m of data.months) {
    rows.push([{ value: monthDate(m), numFmt: "mmm yyyy" }, ...STANDARD_CODES.map((c) => value(data, c, m))]);
    const mo = Number(m.slice(5));
    if (mo % 3 !== 0) continue;
    const quarter = monthsBetween(`${m.slice(0, 5)}${String(mo - 2).padStart(2, "0")}`, m).filter((k) => data.series.elb[k] !== undefined);
    if (quarter.length < 3) continue;
    rows.push([
      `${mo / 3}. Quartal ${m.slice(0, 4)}`,
      ...STANDARD_CODES.map((c) => {
        const sum = quarter.reduce((a, k) => a + (data.series[c][k] as number), 0);
        return STOCKS.has(c) ? Math.round(sum / 3) : sum;
      }),
    ]);
  }
  return workbook(
    "h2-quartalszeilen-zwischen-monaten.xlsx",
    "Monate als Zeilen (Kürzel als Spaltenköpfe), nach jedem Quartal eine Zeile „2. Quartal 2024“ mit Summe bzw. Ø, die kein Monat ist",
    data,
    [{ name: "Zeitreihe", rows }],
  );
}

/** A data-warehouse export: "Jahr" and "Monat" (1–12) in two number columns, one column per Kürzel. */
function yearAndMonthColumns(): LayoutWorkbook {
  const data = dataFor(309);
  const rows: CellInput[][] = [["Jahr", "Monat", ...STANDARD_CODES]];
  for (const m of data.months) rows.push([Number(m.slice(0, 4)), Number(m.slice(5)), ...STANDARD_CODES.map((c) => value(data, c, m))]);
  return workbook("h2-jahr-und-monat-getrennt.xlsx", "DWH-Export: „Jahr“ und „Monat“ (1–12) in zwei Zahlenspalten, je Kürzel eine Spalte, kein Titel", data, [{ name: "Abfrage1", rows }]);
}

/**
 * A long list with the Geschlecht as its own column: Berichtsmonat | Merkmal | Geschlecht | Wert; ELB and Integrationen
 * with "insgesamt", "Frauen" and "Männer", the other Grunddaten only "insgesamt".
 */
function longListWithGender(): LayoutWorkbook {
  const data = dataFor(310);
  const merkmale: Array<[string, Array<[string, string]>]> = [
    ["Erwerbsfähige Leistungsberechtigte", [["insgesamt", "elb"], ["Frauen", "elb_f"], ["Männer", "elb_m"]]],
    ["Integrationen", [["insgesamt", "int"], ["Frauen", "int_f"], ["Männer", "int_m"]]],
    ["Langzeitleistungsbeziehende", [["insgesamt", "lzb"]]],
    ["Summe Leistungen zum Lebensunterhalt", [["insgesamt", "llu"]]],
    ["Summe Leistungen für Unterkunft und Heizung", [["insgesamt", "luh"]]],
    ["Zugänge ELB", [["insgesamt", "zug_elb"]]],
    ["Abgänge ELB", [["insgesamt", "abg_elb"]]],
  ];
  const rows: CellInput[][] = [["Berichtsmonat", "Merkmal", "Geschlecht", "Wert"]];
  for (const m of data.months) for (const [merkmal, parts] of merkmale) for (const [gender, code] of parts) rows.push([{ value: monthDate(m), numFmt: "mm.yyyy" }, merkmal, gender, value(data, code, m)]);
  return workbook(
    "h2-langliste-geschlecht-spalte.xlsx",
    "Lange Liste Berichtsmonat / Merkmal / Geschlecht / Wert: „insgesamt/Frauen/Männer“ als eigene Spalte statt im Merkmal",
    data,
    [{ name: "Daten", rows }],
  );
}

/**
 * A helper column without header between the labels and the months, filled with formulas (=VERGLEICH(A5;Stammdaten!A:A;0)
 * with its cached row number), as controllers keep for their SVERWEIS look-ups and usually hide: not a month, not data.
 */
function formulaHelperColumn(): LayoutWorkbook {
  const data = dataFor(311);
  const rows: CellInput[][] = [["Grunddaten SGB II"], [], ["Grunddatum", null, ...data.months.map(monthDate)]];
  STANDARD_CODES.forEach((code, i) =>
    rows.push([GRUNDDATEN_LABELS[code], { formula: `MATCH(A${rows.length + 1},Stammdaten!A:A,0)`, result: 12 + i }, ...data.months.map((m) => value(data, code, m))]),
  );
  const stammdaten: SheetSpec = { name: "Stammdaten", rows: [["Merkmal"], ...Array.from({ length: 11 }, () => []), ...STANDARD_CODES.map((c) => [GRUNDDATEN_LABELS[c]])] };
  return workbook(
    "h2-hilfsspalte-mit-formeln.xlsx",
    "Hilfsspalte ohne Kopf zwischen Bezeichnung und Monaten mit Formeln (=VERGLEICH(…) für SVERWEIS, Ergebnis 12 … 22), dazu ein Blatt „Stammdaten“ mit Text",
    data,
    [{ name: "Grunddaten", rows }, stammdaten],
  );
}

/**
 * Month names "Januar" … "Dezember" as columns and no year anywhere (not in the sheet name, title or header), no other
 * sheet: which year the values belong to cannot be known. A controller expects a message naming the sheet and saying
 * that the year is missing, not figures for a guessed year.
 */
function noYearAnywhere(): LayoutWorkbook {
  const data = makeJobcenter(312, "2024-01", M);
  const rows: CellInput[][] = [["Monatswerte SGB II"], ["Merkmal", ...MONTH_NAMES]];
  for (const code of STANDARD_CODES) rows.push([GRUNDDATEN_LABELS[code], ...monthsBetween("2024-01", "2024-12").map((m) => value(data, code, m))]);
  return {
    file: "h2-monate-ohne-jahr-nirgends.xlsx",
    family: FAMILY,
    description: "Monatsnamen „Januar“ … „Dezember“ als Spalten, nirgends ein Jahr (Blattname, Titel, Kopf), kein weiteres Blatt: eine Meldung, die das Blatt nennt und das fehlende Jahr, statt geratener Zahlen",
    args: [],
    sheets: [{ name: "Monatswerte", rows }],
    expect: [
      // Only the message is asserted: whether the summary then lists the indicators as blank or not at all is the product's choice.
      { message: { levels: ["error", "warning"], sheets: ["Monatswerte"], text: ["Jahr"] }, present: true, why: "nennt das Blatt und das fehlende Jahr" },
    ],
  };
}

/**
 * A CSV export opened by double-click: every row stays in column A as "elb;7412;7398;…" (semicolon-separated, the
 * German Excel default is not applied to an import with another list separator). The numbers are there but not in
 * cells; a controller expects a message naming the sheet that says the values are not split into columns, not
 * silence or the generic "nothing found".
 */
function csvInOneColumn(): LayoutWorkbook {
  const data = dataFor(313);
  const rows: CellInput[][] = [[["kuerzel", ...data.months].join(";")]];
  for (const code of STANDARD_CODES) rows.push([[code, ...data.months.map((m) => String(data.series[code][m]))].join(";")]);
  return {
    file: "h2-csv-in-einer-spalte.xlsx",
    family: FAMILY,
    description: "CSV-Export per Doppelklick geöffnet: jede Zeile steht in Spalte A als „elb;7412;7398;…“ – eine Meldung, die das Blatt nennt, statt Stille",
    args: [],
    sheets: [{ name: "grunddaten_export", rows }],
    expect: [{ message: { levels: ["error", "warning"], sheets: ["grunddaten_export"] }, present: true, why: "nennt das Blatt mit den nicht getrennten Werten" }],
  };
}

export function holdout2GrunddatenLayouts(): LayoutWorkbook[] {
  return [
    tableUnderUnitRow(), isoMonthText(), spacerBetweenYears(), sheetPerGrunddatum(), preliminaryNotes(), yearOnlyInSheetName(),
    sectionsAndBlankRows(), quarterSubtotalRows(), yearAndMonthColumns(), longListWithGender(), formulaHelperColumn(), noYearAnywhere(), csvInOneColumn(),
  ];
}

