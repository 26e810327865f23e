/**
 * Cross-section tables: one row per Jobcenter (sgb2.info download, BA-Statistik table per Kreis) with name,
 * Regionalschlüssel, Vergleichstyp and K1 … K3E4 with _F/_M, German text numbers, "x" or "." for missing, a title block
 * and a source footnote. The user's own Jobcenter is chosen with `--jobcenter <Schlüssel oder Name>` (issue, point 4);
 * its values become published Kennzahlen (source "published"). Without a choice: a message naming the number of
 * Jobcenter in the sheet.
 */
import { germanNumber, makeJobcenter, monthLabel, seededRandom, type JobcenterData } from "./data";
import { monthsBetween, roundTo, type MonthKey } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { grunddatenWide, zieleSheet } from "./sheets";
import { kennzahl, noErrors, reportMonthExpected, targetsFor, zielindikatorenExpected } from "./standard";

const FAMILY = "Querschnittstabellen";
const M: MonthKey = "2024-06";

const COMPUTABLE = ["K1", "K1E1", "K1E2", "K1E3", "K1E4", "K2", "K2_F", "K2_M", "K3"] as const;
const COLUMNS = ["K1", "K1E1", "K1E2", "K1E3", "K1E4", "K2", "K2_F", "K2_M", "K2E1", "K2E2", "K2E3", "K2E4", "K3", "K3_F", "K3_M", "K3E1", "K3E2", "K3E3", "K3E4"];

const LAENDER: Array<[string, string]> = [
  ["01", "Schleswig-Holstein"], ["02", "Hamburg"], ["03", "Niedersachsen"], ["04", "Bremen"], ["05", "Nordrhein-Westfalen"],
  ["06", "Hessen"], ["07", "Rheinland-Pfalz"], ["08", "Baden-Württemberg"], ["09", "Bayern"], ["10", "Saarland"], ["11", "Berlin"],
  ["12", "Brandenburg"], ["13", "Mecklenburg-Vorpommern"], ["14", "Sachsen"], ["15", "Sachsen-Anhalt"], ["16", "Thüringen"],
];

interface Region {
  key: string;
  name: string;
  land: string;
  type: string;
  /** Published values by code, null = "x"/"." (not published). */
  values: Record<string, number | null>;
}

/** The published row of our Jobcenter: computable Kennzahlen from its Grunddaten rounded to 1 decimal (BA practice, §6). */
function harburgRow(data: JobcenterData, rnd: () => number): Region {
  const values: Record<string, number | null> = {};
  for (const code of COLUMNS) values[code] = roundTo(5 + 20 * rnd(), 1);
  for (const code of COMPUTABLE) values[code] = roundTo(kennzahl(data, code, M)!, 1);
  values.K2E3 = null;
  return { key: "03353", name: "Jobcenter Landkreis Harburg", land: "03", type: "Typ 3", values };
}

/** 405 Jobcenter: ours plus 404 synthetic ones spread over the Länder, sorted by Regionalschlüssel. */
function regions(data: JobcenterData, seed: number): Region[] {
  const rnd = seededRandom(seed);
  const out: Region[] = [];
  for (let i = 0; i < 404; i++) {
    const [land, landName] = LAENDER[i % LAENDER.length];
    const serial = Math.floor(i / LAENDER.length);
    const values: Record<string, number | null> = {};
    for (const code of COLUMNS) values[code] = rnd() < 0.03 ? null : roundTo((code.startsWith("K2") ? 5 : -5) + 25 * rnd(), 1);
    // Kreis numbers 101, 103, … 151: never 353, which is ours.
    out.push({ key: `${land}${101 + 2 * serial}`, name: `Jobcenter ${landName} ${serial + 1}`, land, type: `Typ ${1 + Math.floor(rnd() * 15)}`, values });
  }
  out.push(harburgRow(data, rnd));
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

const published = (v: number | null, missing: string): CellInput => (v === null ? missing : germanNumber(v, 1));

/** sgb2.info download: title block, one header row of codes, text numbers, "x" for missing, footnote. */
function sgb2infoSheet(rs: Region[], name = "Kennzahlen Juni 2024"): SheetSpec {
  return {
    name,
    rows: [
      ["Kennzahlen nach § 48a SGB II – Jobcenter"],
      ["Berichtsmonat: Juni 2024 | Stand: Oktober 2024 | Publikation: Oktober 2024"],
      [],
      ["Jobcenter", "Regionalschlüssel", "Vergleichstyp", ...COLUMNS],
      ...rs.map((r) => [r.name, r.key, r.type, ...COLUMNS.map((c) => published(r.values[c], "x"))]),
      [],
      ["x = Wert nicht veröffentlicht (Datenlage unzureichend)"],
      ["Quelle: Statistik der Bundesagentur für Arbeit, Kennzahlen nach § 48a SGB II, www.sgb2.info"],
    ],
  };
}

function publishedExpected(r: Region, codes: string[] = ["K1", "K1E1", "K1E2", "K1E3", "K2", "K2_F", "K2_M", "K3", "K3E1", "K3E2"]): Expectation[] {
  const out: Expectation[] = [];
  for (const code of codes) {
    out.push({ path: `kennzahlen[code=${code}].value`, value: r.values[code]!, tolerance: TOLERANCE.quota });
    out.push({ path: `kennzahlen[code=${code}].source`, equals: "published" });
  }
  out.push({ path: "kennzahlen[code=K2E3].value", equals: null, why: "„x“ ist kein Wert" });
  return out;
}

function sgb2infoByKey(): LayoutWorkbook {
  const data = makeJobcenter(41);
  const rs = regions(data, 41);
  return {
    file: "sgb2info-kennzahlen-schluessel.xlsx",
    family: FAMILY,
    description: "sgb2.info-Download mit 405 Jobcentern (Titelblock, Kennzahlen als Text „24,6“, „x“ fehlend, Quellenfußnote), eigenes Jobcenter per --jobcenter 03353",
    args: ["--month", M, "--jobcenter", "03353"],
    sheets: [sgb2infoSheet(rs)],
    expect: [{ exitCode: 0 }, reportMonthExpected(M), ...publishedExpected(rs.find((r) => r.key === "03353")!), noErrors],
  };
}

function sgb2infoByName(): LayoutWorkbook {
  const data = makeJobcenter(42);
  const rs = regions(data, 42);
  return {
    file: "sgb2info-kennzahlen-name.xlsx",
    family: FAMILY,
    description: "sgb2.info-Download wie oben, eigenes Jobcenter per Name (--jobcenter \"Landkreis Harburg\")",
    args: ["--month", M, "--jobcenter", "Landkreis Harburg"],
    sheets: [sgb2infoSheet(rs)],
    expect: [{ exitCode: 0 }, ...publishedExpected(rs.find((r) => r.key === "03353")!), noErrors],
  };
}

function sgb2infoWithoutChoice(): LayoutWorkbook {
  const data = makeJobcenter(43);
  const rs = regions(data, 43);
  return {
    file: "sgb2info-ohne-auswahl.xlsx",
    family: FAMILY,
    description: "sgb2.info-Download ohne --jobcenter: Meldung, dass das Blatt 405 Jobcenter enthält und wie man seins wählt",
    args: ["--month", M],
    sheets: [sgb2infoSheet(rs)],
    expect: [
      { message: { text: ["405", "jobcenter"], sheets: ["Kennzahlen Juni 2024"] }, present: true, why: "Anzahl der Jobcenter und Hinweis auf die Auswahl" },
      { message: { text: ["--jobcenter"] }, present: true, why: "wie man wählt" },
      { path: "kennzahlen[code=K2].source", equals: null, why: "ohne Auswahl kein veröffentlichter Wert" },
    ],
  };
}

/**
 * BA-Statistik table per Kreis: Land rows as group headers ("03 Niedersachsen"), a two-row header with bands
 * ("Integrationsquote" over insgesamt/Frauen/Männer) and a code row, "." for missing, numbered footnotes.
 */
function baKreistabelle(): LayoutWorkbook {
  const data = makeJobcenter(44);
  const rs = regions(data, 44);
  const codes = ["K1", "K1E1", "K2", "K2_F", "K2_M", "K2E3", "K3", "K3E1", "K3E2"];
  const body: CellInput[][] = [];
  for (const [land, landName] of LAENDER) {
    const inLand = rs.filter((r) => r.land === land);
    if (inLand.length === 0) continue;
    body.push([land, landName]);
    for (const r of inLand) body.push([r.key, r.name.replace(/^Jobcenter /, ""), r.type, ...codes.map((c) => published(r.values[c], "."))]);
  }
  const sheet: SheetSpec = {
    name: "Tabelle 2",
    rows: [
      ["Statistik der Bundesagentur für Arbeit"],
      ["Tabelle 2: Kennzahlen nach § 48a SGB II nach Kreisen und kreisfreien Städten – Berichtsmonat Juni 2024"],
      [],
      ["Regional-schlüssel", "Kreis / Jobcenter", "SGB II-Vergleichs-typ 1)", "Veränderung LLU", "Veränderung LUH", "Integrationsquote", null, null, "Kontinuierliche Beschäftigung", "Veränderung LZB-Bestand", "Integrationsquote LZB", "Aktivierungsquote LZB"],
      [null, null, null, "in %", "in %", "insgesamt", "Frauen", "Männer", "in %", "in %", "in %", "in %"],
      [null, null, null, ...codes],
      ...body,
      [],
      ["1) Vergleichstypen Stand 2024"],
      [". = Zahlenwert unbekannt oder geheim zu halten"],
      ["© Statistik der Bundesagentur für Arbeit"],
    ],
    merges: ["F4:H4", "A4:A6", "B4:B6", "C4:C6"],
  };
  const ours = rs.find((r) => r.key === "03353")!;
  return {
    file: "ba-statistik-kreistabelle.xlsx",
    family: FAMILY,
    description: "BA-Statistik-Tabelle je Kreis: Länderzeilen als Gruppen, dreizeiliger Kopf mit Band „Integrationsquote“ und Code-Zeile, „.“ fehlend, Fußnoten",
    args: ["--month", M, "--jobcenter", "03353"],
    sheets: [sheet],
    expect: [{ exitCode: 0 }, ...publishedExpected(ours, ["K1", "K1E1", "K2", "K2_F", "K2_M", "K3", "K3E1", "K3E2"]), noErrors],
  };
}

/** Cross-section next to the Grunddaten: the published values agree with the computed ones (to the published decimal). */
function withGrunddaten(): LayoutWorkbook {
  const data = makeJobcenter(45, "2022-01", M);
  const rs = regions(data, 45);
  const targets = targetsFor(data, M);
  const out: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(M), ...zielindikatorenExpected(data, M, targets, { status: false })];
  for (const code of ["K1", "K2", "K2_F", "K2_M", "K3"] as const) {
    out.push({ path: `kennzahlen[code=${code}].value`, value: kennzahl(data, code, M)!, tolerance: 0.05, why: "berechnet oder veröffentlicht (auf 0,1 gerundet) – beide stimmen überein" });
  }
  out.push({ message: { levels: ["error", "warning"], text: ["veröffentlicht"] }, present: false, why: "gleiche Werte sind kein Widerspruch" });
  out.push(noErrors);
  return {
    file: "sgb2info-neben-grunddaten.xlsx",
    family: FAMILY,
    description: "sgb2.info-Download neben dem eigenen Grunddatenblatt: veröffentlichte und berechnete Kennzahlen stimmen überein",
    args: ["--jobcenter", "03353"],
    // The Zielwerte the expectations compare with stand on a sheet of their own, as in every controller workbook.
    sheets: [grunddatenWide("Grunddaten", data, data.months), zieleSheet(`Ziele ${M.slice(0, 4)}`, Number(M.slice(0, 4)), targets), sgb2infoSheet(rs)],
    expect: out,
  };
}

/** sgb2.info time series of one Jobcenter: months as rows (newest first), codes as columns, text numbers. */
function ownTimeSeries(): LayoutWorkbook {
  const rnd = seededRandom(46);
  const codes = ["K1", "K1E1", "K2", "K2_F", "K2_M", "K3", "K3E1", "K3E2"];
  const months = monthsBetween("2023-01", M).reverse();
  const values = new Map(months.map((m) => [m, Object.fromEntries(codes.map((c) => [c, roundTo((c.startsWith("K2") ? 18 : c === "K3E2" ? 12 : -2) + 6 * rnd(), 1)]))]));
  const sheet: SheetSpec = {
    name: "Zeitreihe 03353",
    rows: [
      ["Kennzahlen nach § 48a SGB II – Zeitreihe"],
      ["Jobcenter Landkreis Harburg (03353), Vergleichstyp 3"],
      [],
      ["Berichtsmonat", ...codes],
      ...months.map((m) => [monthLabel(m), ...codes.map((c) => germanNumber(values.get(m)![c], 1))]),
      [],
      ["Quelle: Statistik der Bundesagentur für Arbeit"],
    ],
  };
  const now = values.get(M)!;
  const before = values.get("2023-06")!;
  const expect: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(M)];
  for (const c of codes) {
    expect.push({ path: `kennzahlen[code=${c}].value`, value: now[c], tolerance: TOLERANCE.quota });
    expect.push({ path: `kennzahlen[code=${c}].previousYear`, value: before[c], tolerance: TOLERANCE.quota });
    expect.push({ path: `kennzahlen[code=${c}].source`, equals: "published" });
  }
  expect.push(noErrors);
  return {
    file: "sgb2info-zeitreihe-eigenes-jc.xlsx",
    family: FAMILY,
    description: "sgb2.info-Zeitreihe des eigenen Jobcenters: Berichtsmonate als Zeilen (neuester oben), K1 … K3E2 als Spalten mit Textzahlen",
    args: [],
    sheets: [sheet],
    expect,
  };
}

export function crossSectionLayouts(): LayoutWorkbook[] {
  return [sgb2infoByKey(), sgb2infoByName(), sgb2infoWithoutChoice(), baKreistabelle(), withGrunddaten(), ownTimeSeries()];
}
