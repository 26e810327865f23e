/**
 * Second fresh corpus (issue 21, files fresh2-…), EGT layouts none of the earlier corpora has: the kommunale
 * Eingliederungsleistungen (§ 16a SGB II) in the same export, Festlegungen of the year beside the Vorbelastungen of the
 * following years, Plan in € beside Ist and Festlegungen in T€, an SAP export with English headers, a unit row "Mio. €"
 * under the header, a Hochrechnung column "HR 31.12." between Ist and verfügbar, the lines on a hidden import sheet behind
 * a visible total, and two budget years as bands over the same sub-headers.
 *
 * Expected (domain.md §4.1–§4.4): EGT is Titel 685 11 only – neither Verwaltungskosten nor the kommunal financed § 16a
 * lines belong to it; Bindung/Festlegung is what falls due in the current year (Vorbelastungen of later years are not);
 * verfügbar = Plan − (Ist + Bindung); linear Plan = Plan · m/12; T€ and Mio. € are reported in euros; a Hochrechnung is
 * no Ist. Written without reading the product's readers.
 */
import { makeJobcenter } from "./data";
import { roundTo, type MonthKey } from "./formulas";
import { availableOf, budgetExpected, budgetLines, EGT_2024, roundedTo, sumOf, withTolerance, type BudgetLine } from "./fresh-shared";
import type { CellInput, Expectation, LayoutWorkbook, SheetSpec } from "./model";
import { grunddatenWide } from "./sheets";
import { noErrors } from "./standard";

const FAMILY = "Frisch 2 Budget";

const grunddaten = (seed: number, last: MonthKey): SheetSpec => {
  const data = makeJobcenter(seed, "2023-01", last);
  return grunddatenWide("Grunddaten", data, data.months);
};

const monthsElapsed = (m: MonthKey) => Number(m.slice(5));

function budgetWorkbook(file: string, description: string, m: MonthKey, seed: number, sheets: SheetSpec[], expect: Expectation[]): LayoutWorkbook {
  return { file, family: FAMILY, description, args: ["--month", m], sheets: [grunddaten(seed, m), ...sheets], expect: [{ exitCode: 0 }, ...expect, noErrors] };
}

/** Kommunale Eingliederungsleistungen (§ 16a SGB II, domain.md §4.3 "not EGT (kommunal)"). */
const KOMMUNAL: Array<[string, string, number]> = [
  ["Kinderbetreuung (§ 16a Nr. 1 SGB II)", "Kinderbetreuung", 180_000],
  ["Schuldnerberatung (§ 16a Nr. 2 SGB II)", "Schuldnerberatung", 240_000],
  ["Psychosoziale Betreuung (§ 16a Nr. 3 SGB II)", "Psychosoziale", 150_000],
  ["Suchtberatung (§ 16a Nr. 4 SGB II)", "Suchtberatung", 120_000],
];

/**
 * TRAP: the Jobcenter's Eingliederungs-Controlling lists the kommunale Eingliederungsleistungen (§ 16a SGB II) as a
 * group under the EGT instruments, with a "Summe kommunal" and a "Gesamt" row. They are financed by the Kreis, not out
 * of Titel 685 11: no budget line, not in the totals.
 */
function kommunal16aLines(): LayoutWorkbook {
  const m = "2024-06";
  const egt = budgetLines(1301, 0.42);
  const kom: BudgetLine[] = KOMMUNAL.map(([instrument, key, plan], i) => ({ category: "Kommunale Eingliederungsleistungen", instrument, key, position: `KOM-${i + 1}`, plan, ist: roundTo(plan * (0.45 + 0.02 * i), 2), bindung: roundTo(plan * 0.3, 2) }));
  const line = (l: BudgetLine): CellInput[] => [l.instrument, l.plan, l.ist, l.bindung, availableOf(l)];
  const sum = (label: string, ls: BudgetLine[]): CellInput[] => [label, sumOf(ls, (l) => l.plan), sumOf(ls, (l) => l.ist), sumOf(ls, (l) => l.bindung), sumOf(ls, availableOf)];
  const rows: CellInput[][] = [
    ["Eingliederungsleistungen 2024 – Stand 30.06.2024"],
    ["Leistung", "Plan 2024", "Ist", "Bindung", "Rest"],
    ["Eingliederungsleistungen SGB II (Bund, Kap. 1101 Tit. 685 11)"],
    ...egt.map(line),
    sum("Summe Bund", egt),
    ["Kommunale Eingliederungsleistungen § 16a SGB II (Landkreis)"],
    ...kom.map(line),
    sum("Summe kommunal", kom),
    sum("Gesamt", [...egt, ...kom]),
  ];
  return budgetWorkbook(
    "fresh2-egt-kommunale-16a-zeilen.xlsx",
    "EGT-Instrumente und darunter die kommunalen Eingliederungsleistungen (§ 16a: Kinderbetreuung, Schuldner-, psychosoziale, Suchtberatung) mit „Summe Bund“, „Summe kommunal“, „Gesamt“: nur die Bundesmittel sind EGT (FALLE)",
    m,
    1301,
    [{ name: "Eingliederung 2024", rows }],
    [...budgetExpected(egt, monthsElapsed(m)), ...kom.map((l): Expectation => ({ path: `budget.lines[instrument~${l.key}]`, absent: true, why: "§ 16a ist kommunal, kein EGT" }))],
  );
}

/**
 * TRAP: Festlegungen of the current year beside the Vorbelastungen of the following years (VE-Inanspruchnahme 2025 and
 * 2026 ff., domain.md §4.4 "Vorbelastung Folgejahre"). The Bindung is the Festlegungen 2024 alone; verfügbar does not
 * subtract what falls due later.
 */
function commitmentsAndLaterYears(): LayoutWorkbook {
  const m = "2024-09";
  const egt = budgetLines(1302, 0.66);
  const rows: CellInput[][] = [
    ["Mittelbewirtschaftung EGT 2024", null, null, null, null, null, "Stand: 30.09.2024"],
    [],
    ["Instrument", "Soll 2024", "Ist 2024", "Festlegungen 2024", "Vorbelastungen 2025 (VE)", "Vorbelastungen 2026 ff.", "verfügbar 2024"],
    ...egt.map((l, i): CellInput[] => [l.instrument, l.plan, l.ist, l.bindung, roundTo(l.plan * (0.2 + 0.03 * i), 2), roundTo(l.plan * 0.05 * (i % 3), 2), availableOf(l)]),
  ];
  return budgetWorkbook(
    "fresh2-egt-festlegungen-und-ve-folgejahre.xlsx",
    "„Soll 2024 | Ist 2024 | Festlegungen 2024 | Vorbelastungen 2025 (VE) | Vorbelastungen 2026 ff. | verfügbar 2024“: Bindung sind nur die Festlegungen 2024 (FALLE)",
    m,
    1302,
    [{ name: "Mittelbewirtschaftung", rows }],
    budgetExpected(egt, monthsElapsed(m)),
  );
}

/** Plan in EUR, Ist and Festlegungen in T€ with one decimal: each column's unit in its own header. */
function mixedUnitsPerColumn(): LayoutWorkbook {
  const m = "2024-06";
  const egt = roundedTo(budgetLines(1303, 0.43), 100);
  const te = (x: number): CellInput => ({ value: roundTo(x / 1000, 1), numFmt: "#,##0.0" });
  const rows: CellInput[][] = [
    ["EGT 2024 – Planung in Euro, Bewirtschaftung in Tausend Euro"],
    ["Maßnahmeart", "Plan 2024 (EUR)", "Ist (T€)", "Festlegungen (T€)"],
    ...egt.map((l): CellInput[] => [l.instrument, l.plan, te(l.ist), te(l.bindung)]),
  ];
  return budgetWorkbook(
    "fresh2-egt-plan-euro-ist-te.xlsx",
    "Plan in „(EUR)“, Ist und Festlegungen in „(T€)“ mit einer Nachkommastelle: jede Spalte mit eigener Einheit im Kopf, im Bericht alles in Euro (FALLE Maßstab)",
    m,
    1303,
    [{ name: "EGT 2024", rows }],
    withTolerance(budgetExpected(egt, monthsElapsed(m)), /^budget\.(lines\[|total)/, 0.5),
  );
}

/** An SAP export with English column headers and the Finanzposition as "Commitment Item". */
function sapEnglish(): LayoutWorkbook {
  const m = "2024-10";
  const egt = budgetLines(1304, 0.75);
  const rows: CellInput[][] = [
    ["Budget Report FM – Fund 1101 / Funds Center JC03353"],
    ["Fiscal Year 2024, Period 001–010"],
    [],
    ["Commitment Item", "Description", "Current Budget", "Actuals", "Commitments", "Available Budget", "Currency"],
    ...egt.map((l): CellInput[] => [l.position.replace("1101.", ""), l.instrument, l.plan, l.ist, l.bindung, availableOf(l), "EUR"]),
    [null, "Total", sumOf(egt, (l) => l.plan), sumOf(egt, (l) => l.ist), sumOf(egt, (l) => l.bindung), sumOf(egt, availableOf), "EUR"],
  ];
  return budgetWorkbook(
    "fresh2-egt-sap-englische-koepfe.xlsx",
    "SAP-Export mit englischen Köpfen („Commitment Item | Description | Current Budget | Actuals | Commitments | Available Budget | Currency“) und Zeile „Total“",
    m,
    1304,
    [{ name: "FM Report", rows }],
    budgetExpected(egt, monthsElapsed(m)),
  );
}

/** Instruments as rows and a unit row "Mio. €" under every amount column (three decimals). */
function unitRowMillions(): LayoutWorkbook {
  const m = "2024-06";
  const egt = roundedTo(budgetLines(1305, 0.44), 1000);
  const mio = (x: number): CellInput => ({ value: roundTo(x / 1e6, 3), numFmt: "0.000" });
  const rows: CellInput[][] = [
    ["Eingliederungstitel 2024"],
    ["Instrument", "Plan", "Ist", "Bindung", "Verfügbar"],
    [null, "Mio. €", "Mio. €", "Mio. €", "Mio. €"],
    ...egt.map((l): CellInput[] => [l.instrument, mio(l.plan), mio(l.ist), mio(l.bindung), mio(availableOf(l))]),
  ];
  return budgetWorkbook(
    "fresh2-egt-einheitenzeile-mio.xlsx",
    "Instrumente als Zeilen, unter dem Kopf eine Einheitenzeile „Mio. €“ je Betragsspalte, drei Nachkommastellen: im Bericht in Euro (FALLE Maßstab)",
    m,
    1305,
    [{ name: "EGT", rows }],
    withTolerance(budgetExpected(egt, monthsElapsed(m)), /^budget\.(lines\[|total)/, 0.5),
  );
}

/** TRAP: a Hochrechnung column "HR 31.12." between Ist and Bindung and a column "Rest lt. HR": the Ist is "Ist 30.06.". */
function projectionColumn(): LayoutWorkbook {
  const m = "2024-06";
  const egt = budgetLines(1306, 0.41);
  const hr = (l: BudgetLine) => roundTo(l.ist * 2.05, 2);
  const rows: CellInput[][] = [
    ["EGT-Controlling 2024 mit Hochrechnung"],
    ["Instrument", "Ansatz 2024", "Ist 30.06.", "HR 31.12.", "Bindung", "Rest lt. HR"],
    ...egt.map((l): CellInput[] => [l.instrument, l.plan, l.ist, hr(l), l.bindung, roundTo(l.plan - hr(l), 2)]),
    [],
    ["HR = Hochrechnung Jahresende (Ist · 12/6, ohne Bindung)"],
  ];
  return budgetWorkbook(
    "fresh2-egt-hochrechnung-spalte-hr.xlsx",
    "„Ansatz 2024 | Ist 30.06. | HR 31.12. | Bindung | Rest lt. HR“ mit Fußnote „HR = Hochrechnung“: das Ist ist das Ist zum 30.06., nie die Hochrechnung (FALLE)",
    m,
    1306,
    [{ name: "EGT mit HR", rows }],
    budgetExpected(egt, monthsElapsed(m)),
  );
}

/** The lines on a hidden import sheet; the visible sheet holds one total row with formulas on it. Read, and said so. */
function hiddenImportSheet(): LayoutWorkbook {
  const m = "2024-06";
  const egt = budgetLines(1307, 0.45);
  const n = egt.length;
  const imp: SheetSpec = {
    name: "Import_HKR",
    state: "hidden",
    rows: [
      ["HKR-Export vom 01.07.2024"],
      [],
      ["Haushaltsstelle", "Bezeichnung", "Soll", "Ist", "Festgelegt"],
      ...egt.map((l): CellInput[] => [l.position, l.instrument, l.plan, l.ist, l.bindung]),
    ],
  };
  const total = (col: string, f: (l: BudgetLine) => number): CellInput => ({ formula: `SUM(Import_HKR!${col}4:${col}${3 + n})`, result: sumOf(egt, f) });
  const overview: SheetSpec = {
    name: "EGT Übersicht",
    rows: [
      ["EGT 2024 – Übersicht für die Geschäftsführung"],
      [],
      ["", "Soll", "Ist", "Festgelegt"],
      ["EGT gesamt", total("C", (l) => l.plan), total("D", (l) => l.ist), total("E", (l) => l.bindung)],
      [],
      ["Einzelpositionen: siehe Importblatt (ausgeblendet)"],
    ],
  };
  return budgetWorkbook(
    "fresh2-egt-ausgeblendetes-importblatt.xlsx",
    "Sichtbar nur „EGT gesamt“ mit SUMME-Formeln auf das ausgeblendete Blatt „Import_HKR“ mit den Instrumenten: die Instrumente werden gelesen, die Gesamtzeile ist kein Instrument, und der Bericht sagt es",
    m,
    1307,
    [overview, imp],
    [...budgetExpected(egt, monthsElapsed(m)), { message: { sheets: ["Import_HKR"], text: ["ausgeblendet"] }, present: true, why: "sagt, dass ein ausgeblendetes Blatt gelesen wurde" }],
  );
}

/** Two budget years as merged bands "2023" / "2024" over "Soll | Ist | Festl."; --month 2024-06: the 2024 band. */
function twoYearBands(): LayoutWorkbook {
  const m = "2024-06";
  const egt = budgetLines(1308, 0.43);
  const table2023 = EGT_2024.map(([c, i, k, p, plan]) => [c, i, k, p, Math.round(plan * 0.96)] as [string, string, string, string, number]);
  const old = budgetLines(1309, 0.97, table2023).map((l) => ({ ...l, bindung: 0 }));
  const rows: CellInput[][] = [
    ["EGT-Vergleich 2023 / 2024"],
    ["Instrument", "2023", null, null, "2024", null, null],
    [null, "Soll", "Ist", "Festl.", "Soll", "Ist", "Festl."],
    ...egt.map((l, i): CellInput[] => [l.instrument, old[i].plan, old[i].ist, 0, l.plan, l.ist, l.bindung]),
  ];
  return budgetWorkbook(
    "fresh2-egt-jahresbaender-2023-2024.xlsx",
    "Zwei Haushaltsjahre als verbundene Bänder „2023“ / „2024“ über „Soll | Ist | Festl.“; --month 2024-06: es gilt das Band 2024",
    m,
    1308,
    [{ name: "EGT 2023-2024", rows, merges: ["A2:A3", "B2:D2", "E2:G2"] }],
    [{ path: "budget.year", value: 2024, tolerance: 0 }, ...budgetExpected(egt, monthsElapsed(m))],
  );
}

export function fresh2BudgetLayouts(): LayoutWorkbook[] {
  return [kommunal16aLines(), commitmentsAndLaterYears(), mixedUnitsPerColumn(), sapEnglish(), unitRowMillions(), projectionColumn(), hiddenImportSheet(), twoYearBands()];
}
