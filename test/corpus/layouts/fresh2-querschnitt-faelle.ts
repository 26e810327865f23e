/**
 * Second fresh corpus (issue 21, files fresh2-…), cross-section and case-list layouts none of the earlier corpora has.
 * Cross-sections (issue 21, point 7): a band per Kennzahl over "Mai 2024 | Juni 2024", the shares as Excel percentages
 * (fractions), one sheet per month, a Jobcenter name that matches two rows (ambiguous: refuse, name both), and the Land
 * and Bund rows above the Jobcenter with Trägerform and Vergleichstyp columns, chosen by the key without its leading
 * zero. Case lists: a two-row header with bands "Antrag" / "Bescheid", footer rows "Anzahl" / "Durchschnitt" under the
 * cases, and English headers with a status column.
 *
 * The own Jobcenter's published values are computed from its Grunddaten with domain.md's formulas and rounded to one
 * decimal as published (§6); names of other Jobcenter are fictitious (keys 039xx, not used in Niedersachsen).
 * Bearbeitungsdauer = Ø Arbeitstage (NI) of the cases decided in the Berichtsmonat (corpus README convention). Written
 * without reading the product's readers.
 */
import { makeJobcenter, seededRandom } from "./data";
import { roundTo, type MonthKey } from "./formulas";
import { cases, germanDate, meanWorkingDays, type Case } from "./fresh-shared";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { grunddatenWide } from "./sheets";
import { kennzahl, noErrors, reportMonthExpected } from "./standard";

const FAMILY = "Frisch 2 Querschnitt und Falllisten";
const M: MonthKey = "2024-06";

type Code = "K1" | "K1E1" | "K2" | "K2_F" | "K2_M" | "K3";
const CODES: Code[] = ["K1", "K1E1", "K2", "K2_F", "K2_M", "K3"];
const NAMES: Record<Code, string> = {
  K1: "Veränderung Summe LLU",
  K1E1: "Veränderung Summe LUH",
  K2: "Integrationsquote",
  K2_F: "Integrationsquote Frauen",
  K2_M: "Integrationsquote Männer",
  K3: "Veränderung Bestand LZB",
};
const OTHERS = ["Landkreis Marschwald", "Stadt Kranichfeld", "Landkreis Heidemoor", "Landkreis Sandhagen", "Stadt Lindenau", "Landkreis Weidenbruch", "Landkreis Brunnental", "Stadt Eichhorst", "Landkreis Fehnkamp", "Landkreis Dornstedt"];

/** The own Jobcenter's Kennzahlen at `m`, computed from its Grunddaten and rounded to one decimal as published. */
function ownValues(seed: number, m: MonthKey): Record<Code, number> {
  const data = makeJobcenter(seed, "2022-01", "2024-12");
  return Object.fromEntries(CODES.map((c) => [c, roundTo(kennzahl(data, c, m)!, 1)])) as Record<Code, number>;
}

const randomValue = (code: Code, rnd: () => number): number => roundTo(code.startsWith("K2") ? 14 + 14 * rnd() : -6 + 10 * rnd(), 1);
const othersValues = (seed: number, n: number) => {
  const rnd = seededRandom(seed * 13);
  return Array.from({ length: n }, () => Object.fromEntries(CODES.map((c) => [c, randomValue(c, rnd)])) as Record<Code, number>);
};

function publishedExpected(own: Record<Code, number>): Expectation[] {
  return CODES.flatMap((code): Expectation[] => [
    { path: `kennzahlen[code=${code}].value`, value: own[code], tolerance: TOLERANCE.quota },
    { path: `kennzahlen[code=${code}].source`, equals: "published" },
  ]);
}

function crossWorkbook(file: string, description: string, args: string[], sheets: SheetSpec[], own: Record<Code, number>): LayoutWorkbook {
  return { file, family: FAMILY, description, args, sheets, expect: [{ exitCode: 0 }, reportMonthExpected(M), ...publishedExpected(own), noErrors] };
}

/** A band per Kennzahl over "Mai 2024 | Juni 2024", the Jobcenter as rows; --month 2024-06: the June columns. */
function kennzahlBandsTwoMonths(): LayoutWorkbook {
  const own = ownValues(1401, M);
  const ownMay = ownValues(1401, "2024-05");
  const others = othersValues(1401, 8);
  const othersMay = othersValues(1402, 8);
  const header1: CellInput[] = ["Schlüssel", "Jobcenter"];
  const header2: CellInput[] = [null, null];
  const merges: string[] = ["A3:A4", "B3:B4"];
  CODES.forEach((c, i) => {
    header1.push(`${c} ${NAMES[c]}`, null);
    header2.push("Mai 2024", "Juni 2024");
    const col = (k: number) => String.fromCharCode(67 + 2 * i + k);
    merges.push(`${col(0)}3:${col(1)}3`);
  });
  const row = (key: string, name: string, may: Record<Code, number>, june: Record<Code, number>): CellInput[] => [key, name, ...CODES.flatMap((c) => [may[c], june[c]])];
  const rows: CellInput[][] = [
    ["Kennzahlen nach § 48a SGB II – Jobcenter im Agenturbezirk, Vergleich Vormonat"],
    [],
    header1,
    header2,
    row("03353", "Jobcenter Landkreis Harburg", ownMay, own),
    ...others.map((o, i) => row(`039${String(i + 11)}`, `Jobcenter ${OTHERS[i]}`, othersMay[i], o)),
  ];
  return crossWorkbook(
    "fresh2-qs-kennzahl-baender-mai-juni.xlsx",
    "Querschnitt mit einem verbundenen Band je Kennzahl („K2 Integrationsquote“) über „Mai 2024 | Juni 2024“, Jobcenter als Zeilen; --month 2024-06 --jobcenter 03353: die Juni-Spalten",
    ["--month", M, "--jobcenter", "03353"],
    [{ name: "Vergleich Mai-Juni", rows, merges }],
    own,
  );
}

/** The shares and changes as Excel percentages (0,246 formatted "0.0%"), Kennzahl codes as headers. */
function sharesAsFractions(): LayoutWorkbook {
  const own = ownValues(1403, M);
  const others = othersValues(1403, 9);
  const frac = (x: number): CellInput => ({ value: x / 100, numFmt: "0.0%" });
  const row = (key: string, name: string, v: Record<Code, number>): CellInput[] => [key, name, ...CODES.map((c) => frac(v[c]))];
  const rows: CellInput[][] = [
    ["SGB II-Kennzahlen Juni 2024 (Anteile und Veränderungsraten als Prozentformat)"],
    ["Regionalschlüssel", "Jobcenter", ...CODES],
    ...others.slice(0, 4).map((o, i) => row(`039${20 + i}`, `JC ${OTHERS[i]}`, o)),
    row("03353", "JC Landkreis Harburg", own),
    ...others.slice(4).map((o, i) => row(`039${30 + i}`, `JC ${OTHERS[4 + i]}`, o)),
  ];
  return crossWorkbook(
    "fresh2-qs-anteile-als-excel-prozent.xlsx",
    "Querschnitt mit Kennzahl-Codes als Köpfen und allen Werten als Excel-Prozent (0,246 → „24,6 %“), eigenes Jobcenter mitten in der Liste; --jobcenter 03353: Kennzahl 24,6, nicht 0,246 (FALLE Bruch)",
    ["--month", M, "--jobcenter", "03353"],
    [{ name: "Kennzahlen Juni", rows }],
    own,
  );
}

/** One sheet per month ("Mai 2024", "Juni 2024"), the same layout; --month 2024-06 --jobcenter by name. */
function sheetPerMonth(): LayoutWorkbook {
  const own = ownValues(1404, M);
  const ownMay = ownValues(1404, "2024-05");
  const sheet = (name: string, label: string, v: Record<Code, number>, seed: number): SheetSpec => ({
    name,
    rows: [
      [`Kennzahlen ${label} – Jobcenter in Niedersachsen (Auszug)`],
      ["Jobcenter", ...CODES.map((c) => NAMES[c])],
      ["Landkreis Harburg", ...CODES.map((c) => v[c])],
      ...othersValues(seed, 7).map((o, i) => [OTHERS[i], ...CODES.map((c) => o[c])] as CellInput[]),
    ],
  });
  return crossWorkbook(
    "fresh2-qs-blatt-je-monat.xlsx",
    "Querschnitt mit einem Blatt je Monat („Mai 2024“, „Juni 2024“), der Monat nur im Blattnamen und Titel; --month 2024-06 --jobcenter „Landkreis Harburg“: das Blatt Juni",
    ["--month", M, "--jobcenter", "Landkreis Harburg"],
    [sheet("Mai 2024", "Mai 2024", ownMay, 1405), sheet("Juni 2024", "Juni 2024", own, 1406)],
    own,
  );
}

/**
 * TRAP (ambiguity): --jobcenter "Geestland" matches two rows ("Landkreis Geestland" and "Stadt Geestland"). Nothing is
 * taken from either; a message names the choice that is needed.
 */
function ambiguousName(): LayoutWorkbook {
  const others = othersValues(1407, 6);
  const names = ["Landkreis Geestland", "Stadt Geestland", ...OTHERS.slice(0, 4)];
  const rows: CellInput[][] = [
    ["Kennzahlen Juni 2024"],
    ["Regionalschlüssel", "Jobcenter", ...CODES.map((c) => NAMES[c])],
    ...names.map((n, i) => [`039${50 + i}`, n, ...CODES.map((c) => others[i][c])] as CellInput[]),
  ];
  const name = "Kennzahlen";
  return {
    file: "fresh2-qs-jobcenter-name-mehrdeutig.xlsx",
    family: FAMILY,
    description: "Querschnitt mit „Landkreis Geestland“ und „Stadt Geestland“, --jobcenter Geestland passt auf beide: kein Wert aus einer der Zeilen, eine Meldung nennt die nötige Wahl (FALLE Mehrdeutigkeit)",
    args: ["--month", M, "--jobcenter", "Geestland"],
    sheets: [{ name, rows }],
    expect: [
      { path: "kennzahlen[code=K2].value", absent: true, why: "der Name ist mehrdeutig" },
      { path: "kennzahlen[code=K3].value", absent: true, why: "der Name ist mehrdeutig" },
      { message: { text: ["Geestland"] }, present: true, why: "nennt den mehrdeutigen Namen" },
    ],
  };
}

/** Land and Bund rows above the Jobcenter, columns Trägerform (gE/zkT) and Vergleichstyp; --jobcenter 3353 (no leading 0). */
function landBundOnTop(): LayoutWorkbook {
  const own = ownValues(1408, M);
  const others = othersValues(1408, 8);
  const [land, bund] = othersValues(1409, 2);
  const rows: CellInput[][] = [
    ["Kennzahlen nach § 48a SGB II, Berichtsmonat Juni 2024"],
    ["Schlüssel", "Region", "Trägerform", "Vergleichstyp", ...CODES],
    ["D", "Deutschland", null, null, ...CODES.map((c) => bund[c])],
    ["03", "Niedersachsen", null, null, ...CODES.map((c) => land[c])],
    ["03353", "Landkreis Harburg", "gE", "IIc", ...CODES.map((c) => own[c])],
    ...others.map((o, i) => [`039${60 + i}`, OTHERS[i], i % 3 === 0 ? "zkT" : "gE", ["IIa", "IIc", "IIIb", "Ia"][i % 4], ...CODES.map((c) => o[c])] as CellInput[]),
  ];
  return crossWorkbook(
    "fresh2-qs-land-bund-oben-traegerform.xlsx",
    "Querschnitt mit „Deutschland“ und „Niedersachsen“ über den Jobcentern, Spalten „Trägerform“ (gE/zkT) und „Vergleichstyp“, Kennzahl-Codes als Köpfe; --jobcenter 3353 ohne führende Null",
    ["--month", M, "--jobcenter", "3353"],
    [{ name: "Kennzahlen NI", rows }],
    own,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Case lists
// ---------------------------------------------------------------------------------------------------------------

const grunddaten = (seed: number, last: MonthKey): SheetSpec => {
  const data = makeJobcenter(seed, "2023-01", last);
  return grunddatenWide("Grunddaten", data, data.months);
};

function caseWorkbook(file: string, description: string, seed: number, sheet: SheetSpec, list: Case[]): LayoutWorkbook {
  return {
    file, family: FAMILY, description, args: ["--month", M], sheets: [grunddaten(seed, M), sheet],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=BD].actual", value: meanWorkingDays(list, M), tolerance: TOLERANCE.quota },
      { path: "indicators[code=BD].unit", equals: "Arbeitstage" },
      noErrors,
    ],
  };
}

const CASE_MONTHS = ["2024-04", "2024-05", "2024-06"];

/** A two-row header: bands "Antrag" over "Eingang | Art" and "Bescheid" over "Datum | Ergebnis", dates as text. */
function caseBands(): LayoutWorkbook {
  const list = cases(1410, CASE_MONTHS, 80, 18, "BA");
  const rows: CellInput[][] = [
    ["Lfd. Nr.", "Antrag", null, "Bescheid", null],
    [null, "Eingang", "Art", "Datum", "Ergebnis"],
    ...list.map((c, i): CellInput[] => [i + 1, germanDate(c.received), c.kind, c.decided ? germanDate(c.decided) : null, c.decided ? (i % 7 === 0 ? "Ablehnung" : "Bewilligung") : null]),
  ];
  return caseWorkbook(
    "fresh2-faelle-kopfbaender-antrag-bescheid.xlsx",
    "Fallliste mit zweizeiligem Kopf: Band „Antrag“ über „Eingang | Art“, Band „Bescheid“ über „Datum | Ergebnis“, Datum als Text: Bearbeitungsdauer der im Juni beschiedenen",
    1410,
    { name: "Anträge Q2", rows, merges: ["A1:A2", "B1:C1", "D1:E1"] },
    list,
  );
}

/** TRAP: under the cases a blank row and footer rows "Anzahl" and "Durchschnitt" with formulas: no cases. */
function caseFooterRows(): LayoutWorkbook {
  const list = cases(1411, [M], 90, 16, "WB");
  const n = list.length;
  const decided = list.filter((c) => c.decided);
  const serial = (d: Date) => d.getTime() / 86_400_000 + 25569;
  const mean = (ds: Date[]) => ds.reduce((a, d) => a + serial(d), 0) / ds.length;
  const rows: CellInput[][] = [
    ["Weiterbewilligungen und Neuanträge Juni 2024"],
    ["Aktenzeichen", "Antragsart", "Antragseingang", "Bescheiddatum"],
    ...list.map((c): CellInput[] => [c.id, c.kind, c.received, c.decided]),
    [],
    ["Anzahl", null, { formula: `COUNT(C3:C${n + 2})`, result: n }, { formula: `COUNT(D3:D${n + 2})`, result: decided.length }],
    ["Durchschnitt", null, { formula: `AVERAGE(C3:C${n + 2})`, result: mean(list.map((c) => c.received)) }, { formula: `AVERAGE(D3:D${n + 2})`, result: mean(decided.map((c) => c.decided!)) }],
  ];
  return caseWorkbook(
    "fresh2-faelle-fusszeilen-anzahl-durchschnitt.xlsx",
    "Fallliste mit Excel-Datum und darunter nach einer Leerzeile den Fußzeilen „Anzahl“ und „Durchschnitt“ (Formeln; das Mittel der Daten liegt im Juni und sähe aus wie ein Fall): keine Fälle (FALLE)",
    1411,
    { name: "Fälle Juni", rows },
    list,
  );
}

/** English headers and a status column: "Case ID | Application type | Received | Decision date | Status". */
function casesEnglish(): LayoutWorkbook {
  const list = cases(1412, CASE_MONTHS, 70, 20, "C");
  const rows: CellInput[][] = [
    ["Case ID", "Application type", "Received", "Decision date", "Status"],
    ...list.map((c): CellInput[] => [c.id, c.kind === "Neuantrag" ? "new application" : "renewal", c.received, c.decided, c.decided ? "decided" : "open"]),
  ];
  return caseWorkbook(
    "fresh2-faelle-englische-koepfe.xlsx",
    "Fallliste mit englischen Köpfen („Case ID | Application type | Received | Decision date | Status“, „decided“/„open“): Bearbeitungsdauer der im Juni beschiedenen",
    1412,
    { name: "cases", rows },
    list,
  );
}

export function fresh2QuerschnittFaelleLayouts(): LayoutWorkbook[] {
  return [kennzahlBandsTwoMonths(), sharesAsFractions(), sheetPerMonth(), ambiguousName(), landBundOnTop(), caseBands(), caseFooterRows(), casesEnglish()];
}

