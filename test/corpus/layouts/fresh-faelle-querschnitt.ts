/**
 * Fresh corpus (issue 21), case-list and cross-section layouts none of the first 112 workbooks has. Case lists: two
 * teams as blocks side by side on one sheet, a precomputed "Laufzeit (Kalendertage)" column beside the dates, the raw
 * cases on a hidden sheet behind a visible summary. Bearbeitungsdauer = Ø Arbeitstage (NI) of the cases decided in the
 * Berichtsmonat (corpus README convention; domain.md §3 "Arbeitstage (Ø)").
 *
 * Cross-sections (issue 21, point 7; domain.md §1.6, §5.1): the Jobcenter as columns with Land and Bund columns (with and
 * without `--jobcenter`), Vergleichstyp group rows with their subtotal rows and Land/Bund rows at the end, a band per
 * Kennzahl over "Juni 2024 | Juni 2023 | Veränderung (pp)", and a long list as an Excel table with Land and Bund rows.
 * The own Jobcenter's published values are its Kennzahlen (source "published"); Land and Bund are comparisons.
 * Names of other Jobcenter are fictitious (Kreisschlüssel 039xx, not used in Niedersachsen); the own row is computed
 * from its Grunddaten with domain.md's formulas and rounded to one decimal as published (§6).
 */
import { germanNumber, makeJobcenter, monthDate, seededRandom } from "./data";
import { roundTo, type MonthKey } from "./formulas";
import { cases, meanWorkingDays, type Case } from "./fresh-shared";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { grunddatenWide } from "./sheets";
import { kennzahl, noErrors, reportMonthExpected } from "./standard";

const FAMILY = "Frisch Falllisten und Querschnitt";
const M: MonthKey = "2024-06";

const grunddaten = (seed: number, last: MonthKey): SheetSpec => {
  const data = makeJobcenter(seed, "2023-01", last);
  return grunddatenWide("Grunddaten", data, data.months);
};

function caseWorkbook(file: string, description: string, m: MonthKey, seed: number, sheets: SheetSpec[], list: Case[], extra: Expectation[] = []): LayoutWorkbook {
  return {
    file, family: FAMILY, description, args: ["--month", m], sheets: [grunddaten(seed, m), ...sheets],
    expect: [
      { exitCode: 0 },
      { path: "indicators[code=BD].actual", value: meanWorkingDays(list, m), tolerance: TOLERANCE.quota },
      { path: "indicators[code=BD].unit", equals: "Arbeitstage" },
      ...extra,
      noErrors,
    ],
  };
}

/** Two teams as blocks side by side on one sheet ("Team Nord" in A:D, "Team Süd" in G:J), each with its own header. */
function teamsSideBySide(): LayoutWorkbook {
  const m = "2024-06";
  const months = ["2024-04", "2024-05", "2024-06"];
  const nord = cases(901, months, 70, 16, "N");
  const sued = cases(902, months, 55, 20, "S");
  const block = (list: Case[]): CellInput[][] => [["Aktenzeichen", "Antragsart", "Eingang", "Bescheid"], ...list.map((c) => [c.id, c.kind, c.received, c.decided] as CellInput[])];
  const left = block(nord);
  const right = block(sued);
  const rows: CellInput[][] = [["Team Nord", null, null, null, null, null, "Team Süd"]];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? [null, null, null, null];
    rows.push([...l, null, null, ...(right[i] ?? [])]);
  }
  return caseWorkbook(
    "f-faelle-teams-nebeneinander.xlsx",
    "Leistungsanträge zweier Teams als Blöcke nebeneinander auf einem Blatt („Team Nord“ A:D, „Team Süd“ G:J), je mit eigenem Kopf: die Bearbeitungsdauer über beide",
    m,
    901,
    [{ name: "Anträge Q2", rows }],
    [...nord, ...sued],
    [{ path: "indicators[code=BD].norm.value", value: 14, tolerance: TOLERANCE.quota, why: "Norm 14 Arbeitstage (domain.md §3), kein Zielwert" }],
  );
}

/**
 * TRAP (Tage vs. Arbeitstage): the export brings a precomputed "Laufzeit (Kalendertage)" beside Eingang and Bescheid. The
 * Bearbeitungsdauer is in Arbeitstage (NI holidays, the Eingang day not counted) – not the mean of the Laufzeit column.
 */
function calendarDaysColumnBesideDates(): LayoutWorkbook {
  const m = "2024-05";
  const list = cases(903, ["2024-04", "2024-05"], 140, 18);
  const rows: CellInput[][] = [
    ["Auswertung Antragsbearbeitung – Export vom 03.06.2024"],
    [],
    ["Lfd. Nr.", "Aktenzeichen", "Eingang", "Bescheid", "Laufzeit (Kalendertage)", "Sachgebiet"],
    ...list.map((c, i) => [i + 1, c.id, c.received, c.decided, c.decided ? Math.round((c.decided.getTime() - c.received.getTime()) / 86_400_000) : null, `SG 3${1 + (i % 3)}`] as CellInput[]),
  ];
  return caseWorkbook(
    "f-faelle-laufzeit-kalendertage.xlsx",
    "Fallexport mit vorberechneter Spalte „Laufzeit (Kalendertage)“ neben Eingang und Bescheid: die Bearbeitungsdauer sind Arbeitstage, nicht die Laufzeit (FALLE)",
    m,
    903,
    [{ name: "Antragsbearbeitung", rows }],
    list,
  );
}

/**
 * A visible summary ("Monat | Eingänge | Erledigungen | offen am Monatsende") and the raw cases on a hidden sheet
 * "Rohdaten" with ISO text dates ("2024-04-03"): the hidden sheet holds the data the Bearbeitungsdauer needs; it is
 * read and the report says so.
 */
function hiddenRawCases(): LayoutWorkbook {
  const m = "2024-06";
  const months = ["2024-04", "2024-05", "2024-06"];
  const list = cases(904, months, 120, 15, "V");
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const inMonth = (d: Date | null, mm: MonthKey) => d !== null && d.toISOString().slice(0, 7) === mm;
  const endOf = (mm: MonthKey) => new Date(Date.UTC(Number(mm.slice(0, 4)), Number(mm.slice(5)), 0, 23));
  const summary: CellInput[][] = [
    ["Leistungsanträge – Übersicht 2. Quartal 2024"],
    ["Monat", "Eingänge", "Erledigungen", "offen am Monatsende"],
    ...months.map((mm) => [
      monthDate(mm),
      list.filter((c) => inMonth(c.received, mm)).length,
      list.filter((c) => inMonth(c.decided, mm)).length,
      list.filter((c) => c.received <= endOf(mm) && (c.decided === null || c.decided > endOf(mm))).length,
    ] as CellInput[]),
  ];
  const raw: SheetSpec = {
    name: "Rohdaten",
    state: "hidden",
    rows: [["Vorgangsnummer", "Eingangsdatum", "Erledigungsdatum", "Status"], ...list.map((c) => [c.id, iso(c.received), iso(c.decided), c.decided ? "erledigt" : "offen"] as CellInput[])],
  };
  return caseWorkbook(
    "f-faelle-ausgeblendete-rohdaten.xlsx",
    "Sichtbare Monatsübersicht (Eingänge, Erledigungen, offen) und die Fälle auf dem ausgeblendeten Blatt „Rohdaten“ mit ISO-Textdatum („2024-04-03“): gelesen, und der Bericht sagt es",
    m,
    904,
    [{ name: "Übersicht", rows: summary }, raw],
    list,
    [{ message: { sheets: ["Rohdaten"], text: ["ausgeblendet"] }, present: true, why: "sagt, dass ein ausgeblendetes Blatt gelesen wurde" }],
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Cross-sections
// ---------------------------------------------------------------------------------------------------------------

const NAMES: Record<string, string> = {
  K1: "Veränderung der Summe der Leistungen zum Lebensunterhalt",
  K1E1: "Veränderung der Summe der Leistungen für Unterkunft und Heizung",
  K2: "Integrationsquote",
  K2_F: "Integrationsquote Frauen",
  K2_M: "Integrationsquote Männer",
  K3: "Veränderung des Bestands an Langzeitleistungsbeziehenden",
  K3E1: "Integrationsquote der Langzeitleistungsbeziehenden",
  K3E2: "Aktivierungsquote der Langzeitleistungsbeziehenden",
};
const COMPUTABLE = new Set(["K1", "K1E1", "K2", "K2_F", "K2_M", "K3"]);

/** The own Jobcenter's published values: computable codes from its Grunddaten (rounded to 0,1), the others plausible. */
function ownValues(seed: number, codes: string[], m: MonthKey = M): Record<string, number> {
  const data = makeJobcenter(seed, "2022-01", "2024-12");
  const rnd = seededRandom(seed * 7);
  return Object.fromEntries(codes.map((c) => [c, COMPUTABLE.has(c) ? roundTo(kennzahl(data, c as Parameters<typeof kennzahl>[1], m)!, 1) : roundTo(c === "K3E2" ? 14 + 6 * rnd() : 12 + 6 * rnd(), 1)]));
}

const randomValue = (code: string, rnd: () => number): number => roundTo(code.startsWith("K2") || code === "K3E1" ? 14 + 14 * rnd() : code === "K3E2" ? 10 + 12 * rnd() : -6 + 10 * rnd(), 1);

const FICTITIOUS = ["Landkreis Geestland", "Landkreis Elbmarsch", "Stadt Heideburg", "Landkreis Moorland", "Landkreis Wesertal", "Stadt Nordhafen", "Landkreis Auenland", "Landkreis Hügelstein", "Stadt Mühlenbeck", "Landkreis Seeland"];
const fictitiousName = (i: number) => `${FICTITIOUS[i % FICTITIOUS.length]}${i >= FICTITIOUS.length ? ` ${Math.floor(i / FICTITIOUS.length) + 1}` : ""}`;

function publishedExpected(own: Record<string, number>): Expectation[] {
  return Object.entries(own).flatMap(([code, v]): Expectation[] => [
    { path: `kennzahlen[code=${code}].value`, value: v, tolerance: TOLERANCE.quota },
    { path: `kennzahlen[code=${code}].source`, equals: "published" },
  ]);
}

/** Jobcenter as columns: the Kennzahlen as rows, five Jobcenter (own first) and the columns "Niedersachsen", "Deutschland". */
function jobcenterColumnsSheet(seed: number): { sheet: SheetSpec; own: Record<string, number>; land: Record<string, number>; bund: Record<string, number> } {
  const codes = ["K1", "K1E1", "K2", "K2_F", "K2_M", "K3", "K3E1", "K3E2"];
  const own = ownValues(seed, codes);
  const rnd = seededRandom(seed);
  const others = [0, 1, 2, 3].map(() => Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)])));
  const land = Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)]));
  const bund = Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)]));
  const text = (v: number, own = false) => `${germanNumber(v, 1)}${own ? "*" : ""}`;
  const sheet: SheetSpec = {
    name: "Vergleich Nachbarn",
    rows: [
      ["Kennzahlen nach § 48a SGB II – Vergleich mit benachbarten Jobcentern"],
      ["Berichtsmonat: Juni 2024 (Datenstand Oktober 2024)"],
      [],
      ["Kennzahl", "Bezeichnung", "JC Landkreis Harburg (03353)", ...[0, 1, 2, 3].map((i) => `JC ${fictitiousName(i)} (039${String(i + 1).padStart(2, "0")})`), "Niedersachsen", "Deutschland"],
      ...codes.map((c) => [c, NAMES[c], text(own[c], c === "K3E2"), ...others.map((o) => text(o[c])), text(land[c]), text(bund[c])] as CellInput[]),
      [],
      ["* vorläufiger Wert"],
      ["Quelle: Statistik der Bundesagentur für Arbeit; Niedersachsen und Deutschland: alle Jobcenter"],
    ],
  };
  return { sheet, own, land, bund };
}

/**
 * The Jobcenter as columns (issue 21, point 7): Kennzahlen as rows, the own Jobcenter and four neighbours as columns
 * ("JC Landkreis Harburg (03353)"), then "Niedersachsen" and "Deutschland"; text numbers, the own K3E2 preliminary
 * ("15,3*"). With --jobcenter 03353 its column is published; the Land and Bund columns are the comparison's Land and
 * Bund values.
 */
function jobcenterAsColumns(): LayoutWorkbook {
  const { sheet, own, land, bund } = jobcenterColumnsSheet(905);
  return {
    file: "f-qs-jobcenter-als-spalten.xlsx",
    family: FAMILY,
    description: "Querschnitt quer: Kennzahlen als Zeilen, fünf Jobcenter als Spalten („JC Landkreis Harburg (03353)“), dazu Spalten „Niedersachsen“ und „Deutschland“, eigener Wert vorläufig mit „*“; --jobcenter 03353",
    args: ["--month", M, "--jobcenter", "03353"],
    sheets: [sheet],
    expect: [
      { exitCode: 0 },
      reportMonthExpected(M),
      ...publishedExpected(own),
      { path: "comparison[code=K2].land", value: land.K2, tolerance: TOLERANCE.quota, why: "Spalte Niedersachsen" },
      { path: "comparison[code=K2].bund", value: bund.K2, tolerance: TOLERANCE.quota, why: "Spalte Deutschland" },
      { path: "comparison[code=K2].own", value: own.K2, tolerance: TOLERANCE.quota },
      noErrors,
    ],
  };
}

/**
 * The same table without --jobcenter: the CLI asks instead of guessing (issue 21, point 7) – a message that names how many
 * Jobcenter the table holds (five: Land and Bund are none) and how to choose; no Kennzahl is taken from any column.
 */
function jobcenterColumnsWithoutChoice(): LayoutWorkbook {
  const { sheet } = jobcenterColumnsSheet(906);
  return {
    file: "f-qs-jobcenter-spalten-ohne-auswahl.xlsx",
    family: FAMILY,
    description: "Derselbe Querschnitt (Jobcenter als Spalten) ohne --jobcenter: Meldung mit der Zahl der Jobcenter (5, Land und Bund zählen nicht) und wie man wählt, kein Wert aus irgendeiner Spalte",
    args: ["--month", M],
    sheets: [sheet],
    expect: [
      { message: { sheets: ["Vergleich Nachbarn"], text: ["5 Jobcenter"] }, present: true, why: "nennt die Zahl der Jobcenter" },
      { message: { text: ["--jobcenter"] }, present: true, why: "sagt, wie man wählt" },
      { path: "kennzahlen[code=K2].value", absent: true, why: "ohne Auswahl kein veröffentlichter Wert" },
    ],
  };
}

/**
 * A cross-section sorted by Vergleichstyp: group rows "SGB II-Vergleichstyp 3" …, the Jobcenter rows, a subtotal row
 * "Vergleichstyp 3 zusammen" (mean) after each group, and at the end the rows "03 Niedersachsen" and "Deutschland". The
 * Vergleichstyp is only in the group rows. Subtotal, Land and Bund rows are no Jobcenter.
 */
function typeGroupsWithSubtotals(): LayoutWorkbook {
  const codes = ["K2", "K2_F", "K2_M", "K3", "K3E1"];
  const own = ownValues(907, codes);
  const rnd = seededRandom(907);
  const rows: CellInput[][] = [
    ["Kennzahlen nach § 48a SGB II nach Vergleichstypen – Berichtsmonat Juni 2024"],
    [],
    ["Regionalschlüssel", "Jobcenter", ...codes],
  ];
  let index = 0;
  for (const type of [2, 3, 5]) {
    rows.push([`SGB II-Vergleichstyp ${type}`]);
    const members: Array<Record<string, number>> = [];
    for (let i = 0; i < 8; i++) {
      const isOwn = type === 3 && i === 4;
      const values = isOwn ? own : Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)]));
      members.push(values);
      rows.push([isOwn ? "03353" : `039${String(++index).padStart(2, "0")}`, isOwn ? "Landkreis Harburg" : fictitiousName(index - 1), ...codes.map((c) => values[c])]);
    }
    rows.push([null, `Vergleichstyp ${type} zusammen`, ...codes.map((c) => roundTo(members.reduce((a, v) => a + v[c], 0) / members.length, 1))]);
  }
  const land = Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)]));
  const bund = Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)]));
  rows.push([], ["03", "Niedersachsen", ...codes.map((c) => land[c])], [null, "Deutschland", ...codes.map((c) => bund[c])]);
  return {
    file: "f-qs-typgruppen-land-bund-zeilen.xlsx",
    family: FAMILY,
    description: "Querschnitt nach Vergleichstyp: Gruppenzeilen „SGB II-Vergleichstyp 3“, Zwischenzeilen „Vergleichstyp 3 zusammen“, am Ende Zeilen „Niedersachsen“ und „Deutschland“; --jobcenter 03353",
    args: ["--month", M, "--jobcenter", "03353"],
    sheets: [{ name: "Typvergleich", rows }],
    expect: [
      { exitCode: 0 },
      ...publishedExpected(own),
      { path: "comparison[code=K2].land", value: land.K2, tolerance: TOLERANCE.quota, why: "Zeile Niedersachsen" },
      { path: "comparison[code=K2].bund", value: bund.K2, tolerance: TOLERANCE.quota, why: "Zeile Deutschland" },
      noErrors,
    ],
  };
}

/**
 * A band per Kennzahl over "Juni 2024 | Juni 2023 | Veränderung (pp)" (two header rows), Jobcenter as rows. The value is
 * the Juni 2024 column, the previous year the Juni 2023 column, never the other way round; the change in pp is
 * derived. The own row is computed from its Grunddaten (June 2024 and June 2023), rounded to one decimal.
 */
function valuePreviousYearChangeBands(): LayoutWorkbook {
  const codes = ["K2", "K3", "K2_F"];
  const own = ownValues(908, codes, M);
  const ownBefore = ownValues(908, codes, "2023-06");
  const rnd = seededRandom(908);
  const band: CellInput[] = ["Regionalschlüssel", "Jobcenter"];
  const sub: CellInput[] = [null, null];
  const merges = ["A3:A4", "B3:B4"];
  codes.forEach((c, i) => {
    band.push(`${NAMES[c]} (${c})`, null, null);
    sub.push("Juni 2024", "Juni 2023", "Veränderung (pp)");
    const from = String.fromCharCode(67 + 3 * i);
    const to = String.fromCharCode(69 + 3 * i);
    merges.push(`${from}3:${to}3`);
  });
  const row = (key: string, name: string, now: Record<string, number>, before: Record<string, number>): CellInput[] => [key, name, ...codes.flatMap((c) => [now[c], before[c], roundTo(now[c] - before[c], 1)])];
  const body: CellInput[][] = [];
  for (let i = 0; i < 24; i++) {
    const now = Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)]));
    const before = Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)]));
    body.push(row(`039${String(i + 1).padStart(2, "0")}`, fictitiousName(i), now, before));
  }
  body.splice(9, 0, row("03353", "Landkreis Harburg", own, ownBefore));
  const expect: Expectation[] = [{ exitCode: 0 }, reportMonthExpected(M)];
  for (const c of codes) {
    expect.push(
      { path: `kennzahlen[code=${c}].value`, value: own[c], tolerance: TOLERANCE.quota, why: "Spalte Juni 2024" },
      { path: `kennzahlen[code=${c}].previousYear`, value: ownBefore[c], tolerance: TOLERANCE.quota, why: "Spalte Juni 2023" },
      { path: `kennzahlen[code=${c}].source`, equals: "published" },
    );
  }
  expect.push({ path: "kennzahlen[code=K2].deltaPp", value: own.K2 - ownBefore.K2, tolerance: TOLERANCE.quota, why: "Juni 2024 − Juni 2023 in Prozentpunkten" }, noErrors);
  return {
    file: "f-qs-wert-vorjahr-veraenderung.xlsx",
    family: FAMILY,
    description: "Querschnitt mit einem Band je Kennzahl über „Juni 2024 | Juni 2023 | Veränderung (pp)“: Wert und Vorjahr nicht vertauscht, die Veränderung ist kein Wert; --jobcenter 03353",
    args: ["--month", M, "--jobcenter", "03353"],
    sheets: [{ name: "Kennzahlen Juni", rows: [["Kennzahlen nach § 48a SGB II im Vorjahresvergleich"], [], band, sub, ...body], merges }],
    expect,
  };
}

/**
 * A long list as an Excel table: Regionalschlüssel | Region | Kennzahl | Berichtsmonat (date) | Wert (text "24,6") for
 * Mai and Juni 2024, with 14 Jobcenter, "03 Niedersachsen" and "D Deutschland". The own Jobcenter's June values count.
 */
function longListExcelTable(): LayoutWorkbook {
  const codes = ["K2", "K2_F", "K2_M", "K3"];
  const own = ownValues(909, codes, M);
  const ownMay = ownValues(909, codes, "2024-05");
  const rnd = seededRandom(909);
  const regions: Array<[string, string, Record<string, Record<string, number>>]> = [];
  for (let i = 0; i < 14; i++) {
    const vals = (): Record<string, number> => Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)]));
    regions.push([`039${String(i + 1).padStart(2, "0")}`, fictitiousName(i), { "2024-05": vals(), "2024-06": vals() }]);
  }
  regions.splice(6, 0, ["03353", "Landkreis Harburg", { "2024-05": ownMay, "2024-06": own }]);
  regions.push(["03", "Niedersachsen", { "2024-05": Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)])), "2024-06": Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)])) }]);
  regions.push(["D", "Deutschland", { "2024-05": Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)])), "2024-06": Object.fromEntries(codes.map((c) => [c, randomValue(c, rnd)])) }]);
  const rows: CellInput[][] = [["sgb2.info – Kennzahlen nach § 48a SGB II (Auszug)"], [], ["Regionalschlüssel", "Region", "Kennzahl", "Berichtsmonat", "Wert"]];
  for (const m of ["2024-05", "2024-06"]) {
    for (const [key, name, values] of regions) for (const c of codes) rows.push([key, name, c, { value: monthDate(m), numFmt: "mmm yyyy" }, germanNumber(values[m][c], 1)]);
  }
  return {
    file: "f-qs-langliste-excel-tabelle.xlsx",
    family: FAMILY,
    description: "Lange Liste als Excel-Tabelle (Regionalschlüssel | Region | Kennzahl | Berichtsmonat | Wert als Text) für Mai und Juni 2024 mit 15 Jobcentern, Niedersachsen und Deutschland; --jobcenter 03353",
    args: ["--jobcenter", "03353"],
    sheets: [{ name: "Kennzahlen", rows, table: { name: "tblKennzahlen", headerRow: 3 } }],
    expect: [{ exitCode: 0 }, reportMonthExpected(M), ...publishedExpected(own), noErrors],
  };
}

export function freshFaelleQuerschnittLayouts(): LayoutWorkbook[] {
  return [
    teamsSideBySide(), calendarDaysColumnBesideDates(), hiddenRawCases(), jobcenterAsColumns(), jobcenterColumnsWithoutChoice(), typeGroupsWithSubtotals(),
    valuePreviousYearChangeBands(), longListExcelTable(),
  ];
}

