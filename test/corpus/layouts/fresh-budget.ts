/**
 * Fresh corpus (issue 21), budget layouts none of the first 112 workbooks has: a Gesamtbudget export with the
 * Verwaltungskosten titles (636 13) beside the EGT (685 11), the same on a sheet of its own, amounts in Mio. € carried
 * only by the number format, a Prognose band whose sub-header says "Ist", monthly outflows whose months after June are
 * formulas showing 0 (budget-only workbook: the Berichtsmonat comes from them), the years as blocks one under another,
 * the instruments as columns, an Excel table with a result row, the Mittelherleitung as one horizontal row, and text
 * amounts with "T€" in every cell.
 *
 * Expected (domain.md §4.1–§4.4): EGT is Titel 685 11 only – the Verwaltungskosten are never added into it; verfügbar =
 * Plan − (Ist + Bindung); linear Plan = Plan · m/12; amounts in T€ and Mio. € are reported in euros; a Hochrechnung or
 * Prognose is no Ist. Plan basis Verfügungsrahmen before Soll/Plan before Ansatz (README).
 */
import { germanNumber, makeJobcenter, monthDate, seededRandom } from "./data";
import { monthsBetween, roundTo, type MonthKey } from "./formulas";
import { availableOf, budgetExpected, budgetLines, roundedTo, sumOf, vkLines, type BudgetLine } from "./fresh-shared";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { cellAddress, grunddatenWide } from "./sheets";
import { noErrors, reportMonthExpected } from "./standard";

const FAMILY = "Frisch Budget";

const grunddaten = (seed: number, last: MonthKey, from: MonthKey = "2023-01"): SheetSpec => {
  const data = makeJobcenter(seed, from, last);
  return grunddatenWide("Grunddaten", data, data.months);
};

const monthsElapsed = (m: MonthKey) => Number(m.slice(5));

function budgetWorkbook(file: string, description: string, m: MonthKey, seed: number, sheets: SheetSpec[], expect: Expectation[]): LayoutWorkbook {
  return { file, family: FAMILY, description, args: ["--month", m], sheets: [grunddaten(seed, m), ...sheets], expect: [{ exitCode: 0 }, ...expect, noErrors] };
}

/** Absent as budget lines: the Verwaltungskosten positions (by a fragment of their name). */
const vkAbsent = (vk: BudgetLine[]): Expectation[] => vk.map((l) => ({ path: `budget.lines[instrument~${l.key}]`, absent: true as const, why: "Verwaltungskosten (636 13) sind kein EGT" }));

/**
 * TRAP (issue 21: "the administrative-cost titles of a finance export added into the EGT totals (plan three times too
 * high)"): the Haushaltsüberwachung of the Gesamtbudget – group row "Titel 685 11 – Leistungen zur Eingliederung in
 * Arbeit" with its Haushaltsstellen and "Summe Titel 685 11", then "Titel 636 13 – Verwaltungskosten …" with Personal,
 * IT, Miete, Sonstiges and its sum, and a "Gesamtbudget" row. The EGT is the 685 11 lines; the 636 13 lines are left
 * out, and the report says so.
 */
function vkTitlesInOneExport(): LayoutWorkbook {
  const m = "2024-06";
  const egt = budgetLines(801, 0.42);
  const vk = vkLines(802, 0.48);
  const ansatz = (l: BudgetLine) => Math.round(l.plan * 1.06);
  const line = (l: BudgetLine): CellInput[] => [l.position, l.instrument, ansatz(l), l.plan, l.ist, l.bindung, availableOf(l)];
  const sums = (label: string, ls: BudgetLine[]): CellInput[] => [null, label, ls.reduce((a, l) => a + ansatz(l), 0), sumOf(ls, (l) => l.plan), sumOf(ls, (l) => l.ist), sumOf(ls, (l) => l.bindung), sumOf(ls, availableOf)];
  const rows: CellInput[][] = [
    ["Haushaltsüberwachung Gesamtbudget 2024 – Jobcenter Landkreis Harburg"],
    ["Kapitel 1101, Titelgruppe 01 (gegenseitig deckungsfähig)", null, null, null, "Stand: 30.06.2024"],
    [],
    ["Haushaltsstelle", "Bezeichnung", "Ansatz", "Verfügungsrahmen", "Ist", "Festlegungen", "Verfügbar"],
    ["Titel 685 11 – Leistungen zur Eingliederung in Arbeit"],
    ...egt.map(line),
    sums("Summe Titel 685 11", egt),
    ["Titel 636 13 – Verwaltungskosten für die Durchführung der Grundsicherung für Arbeitsuchende"],
    ...vk.map(line),
    sums("Summe Titel 636 13", vk),
    sums("Gesamtbudget (685 11 und 636 13)", [...egt, ...vk]),
  ];
  const name = "HH-Überwachung Gesamtbudget";
  return budgetWorkbook(
    "f-egt-vk-titel-in-einem-export.xlsx",
    "Export des Gesamtbudgets: Gruppen „Titel 685 11“ (EGT) und „Titel 636 13“ (Verwaltungskosten) mit Summenzeilen und „Gesamtbudget“: nur 685 11 ist EGT (FALLE)",
    m,
    801,
    [{ name, rows }],
    [
      ...budgetExpected(egt, monthsElapsed(m)),
      ...vkAbsent(vk),
      { message: { sheets: [name], text: ["Verwaltung"] }, present: true, why: "sagt, dass die Verwaltungskosten nicht zum EGT zählen" },
    ],
  );
}

/** The same trap on two sheets: "EGT 685 11" and "VK 636 13" in the same export layout; the VK sheet is no EGT. */
function vkOnItsOwnSheet(): LayoutWorkbook {
  const m = "2024-06";
  const egt = budgetLines(803, 0.45);
  const vk = vkLines(804, 0.5);
  const sheet = (name: string, title: string, ls: BudgetLine[]): SheetSpec => ({
    name,
    rows: [
      [title],
      ["Buchungsstand: 30.06.2024"],
      ["Haushaltsstelle", "Bezeichnung", "Verfügungsrahmen", "Ist", "Festlegungen", "Verfügbar"],
      ...ls.map((l) => [l.position, l.instrument, l.plan, l.ist, l.bindung, availableOf(l)] as CellInput[]),
      [null, "Summe", sumOf(ls, (l) => l.plan), sumOf(ls, (l) => l.ist), sumOf(ls, (l) => l.bindung), sumOf(ls, availableOf)],
    ],
  });
  return budgetWorkbook(
    "f-egt-vk-eigenes-blatt.xlsx",
    "Zwei Exportblätter im gleichen Aufbau: „EGT 685 11“ und „VK 636 13“ (Verwaltungskosten): das VK-Blatt ist kein EGT und wird genannt (FALLE)",
    m,
    803,
    [
      sheet("EGT 685 11", "Haushaltsüberwachung Kapitel 1101 Titel 685 11 – Leistungen zur Eingliederung in Arbeit", egt),
      sheet("VK 636 13", "Haushaltsüberwachung Kapitel 1101 Titel 636 13 – Verwaltungskosten", vk),
    ],
    [...budgetExpected(egt, monthsElapsed(m)), ...vkAbsent(vk), { message: { sheets: ["VK 636 13"] }, present: true, why: "das nicht verwendete Blatt wird genannt" }],
  );
}

/**
 * TRAP (issue 21: "an amount in Mio. € reported as euros"): an overview for the Trägerversammlung whose amounts carry
 * the unit only in their number format (#.##0,000 "Mio. €", shown "1,310 Mio. €"); the title and header say nothing.
 * The report gives euros: 1,310 Mio. € = 1.310.000 €.
 */
function millionsInNumberFormat(): LayoutWorkbook {
  const m = "2024-06";
  const ls = roundedTo(budgetLines(805, 0.4), 1000);
  const mio = (x: number): CellInput => ({ value: roundTo(x / 1e6, 3), numFmt: '#,##0.000 "Mio. €"' });
  const rows: CellInput[][] = [
    ["Eingliederungstitel 2024 – Übersicht für die Trägerversammlung (Stand 30.06.2024)"],
    [],
    ["Instrument", "Verfügungsrahmen", "Ist", "Bindung", "verfügbar"],
    ...ls.map((l) => [l.instrument, mio(l.plan), mio(l.ist), mio(l.bindung), mio(availableOf(l))] as CellInput[]),
    ["Summe EGT", mio(sumOf(ls, (l) => l.plan)), mio(sumOf(ls, (l) => l.ist)), mio(sumOf(ls, (l) => l.bindung)), mio(sumOf(ls, availableOf))],
  ];
  return budgetWorkbook(
    "f-egt-mio-euro-zahlenformat.xlsx",
    "EGT-Übersicht für die Trägerversammlung, Beträge in Mio. € nur im Zahlenformat („1,310 Mio. €“): im Bericht in Euro (FALLE)",
    m,
    805,
    [{ name: "Übersicht TV", rows }],
    budgetExpected(ls, monthsElapsed(m), { tolerance: 0.5 }),
  );
}

/**
 * TRAP (issue 21: "a forecast band taken as actuals so that verfügbar is off by millions"): band "Stand 30.06.2024" over
 * "Verfügungsrahmen | Ist | Festlegungen | verfügbar" and band "Prognose zum 31.12.2024" over "Ist | verfügbar". The
 * second "Ist" is the Hochrechnung of the year's outflow: no Ist. Ist, Bindung and verfügbar come from the first band.
 */
function forecastBandBesideActuals(): LayoutWorkbook {
  const m = "2024-06";
  const ls = budgetLines(806, 0.4);
  const rnd = seededRandom(8060);
  const projected = (l: BudgetLine) => roundTo(l.ist * 2 * (0.92 + 0.16 * rnd()), 2);
  const rows: CellInput[][] = [
    ["Mittelbewirtschaftung EGT 2024 mit Jahresprognose"],
    [],
    [null, null, "Stand 30.06.2024", null, null, null, "Prognose zum 31.12.2024", null],
    ["Finanzposition", "Instrument", "Verfügungsrahmen", "Ist", "Festlegungen", "verfügbar", "Ist", "verfügbar"],
    ...ls.map((l) => {
      const p = projected(l);
      return [l.position, l.instrument, l.plan, l.ist, l.bindung, availableOf(l), p, roundTo(l.plan - p, 2)] as CellInput[];
    }),
  ];
  return budgetWorkbook(
    "f-egt-prognose-band-neben-ist.xlsx",
    "Band „Stand 30.06.2024“ über „Verfügungsrahmen | Ist | Festlegungen | verfügbar“ und Band „Prognose zum 31.12.2024“ über „Ist | verfügbar“: die Prognose ist kein Ist (FALLE)",
    m,
    806,
    [{ name: "EGT mit Prognose", rows, merges: ["C3:F3", "G3:H3"] }],
    budgetExpected(ls, monthsElapsed(m)),
  );
}

/**
 * TRAP (issue 21: "formula zeros in months not yet reported taken as data … a wrong default Berichtsmonat"): a
 * budget-only workbook (no Grunddaten, no --month). Per instrument the Jahresplan and the Ist of each month, January–June
 * booked, July–December SUMMEWENNS formulas on the booking sheet that show 0, and a "Summe Ist" formula column. The
 * Berichtsmonat is June (the last month with outflows), the Ist is Σ January–June, the linear plan Plan · 6/12.
 */
function monthlyOutflowFormulaZeros(): LayoutWorkbook {
  const rnd = seededRandom(807);
  const months = monthsBetween("2024-01", "2024-12");
  const ls: BudgetLine[] = budgetLines(807, 0).map((l) => ({ ...l, ist: 0, bindung: 0 }));
  const rows: CellInput[][] = [
    ["Mittelabfluss Eingliederungstitel 2024 (Ist je Monat nach Buchungsdatum)"],
    [],
    ["Instrument", "Jahresplan 2024", ...months.map(monthDate), "Summe Ist"],
  ];
  for (const l of ls) {
    const r = rows.length + 1;
    const booked = months.slice(0, 6).map(() => roundTo((l.plan / 12) * (0.7 + 0.6 * rnd()), 2));
    l.ist = roundTo(booked.reduce((a, b) => a + b, 0), 2);
    rows.push([
      l.instrument,
      l.plan,
      ...booked,
      ...months.slice(6).map((_, i): CellInput => ({ formula: `SUMIFS(Buchungen!$E:$E,Buchungen!$B:$B,$A${r},Buchungen!$C:$C,${cellAddress(2, 8 + i).replace(/\d+$/, "")}$3)`, result: 0 })),
      { formula: `SUM(C${r}:N${r})`, result: l.ist },
    ]);
  }
  const expect: Expectation[] = [
    { exitCode: 0 },
    reportMonthExpected("2024-06"),
    { path: "budget.monthsElapsed", value: 6, tolerance: 0, why: "Juli–Dezember sind Formelnullen, keine Buchungen" },
    ...budgetExpected(ls, 6, { committed: false }),
    noErrors,
  ];
  return {
    file: "f-egt-monatsabfluss-formelnullen.xlsx",
    family: FAMILY,
    description: "Nur ein Mittelabflussblatt: Jahresplan und Ist je Monat, Juli–Dezember SUMMEWENNS-Formeln mit 0, Spalte „Summe Ist“: Berichtsmonat Juni, Ist Januar–Juni (FALLE)",
    args: [],
    sheets: [{ name: "Mittelabfluss 2024", rows }],
    expect,
  };
}

/**
 * The budget years as blocks one under another: "Haushaltsjahr 2023 – Jahresabschluss" (Soll, Ist, no open
 * Festlegungen) and, two blank rows below, "Haushaltsjahr 2024 – Stand 30.09.2024". With --month 2024-09 the budget is
 * the 2024 block.
 */
function yearBlocksOneUnderAnother(): LayoutWorkbook {
  const m = "2024-09";
  const ls2024 = budgetLines(808, 0.66);
  const rnd = seededRandom(8080);
  const ls2023 = ls2024.map((l) => {
    const plan = Math.round(l.plan * (0.9 + 0.15 * rnd()));
    return { ...l, plan, ist: roundTo(plan * (0.93 + 0.06 * rnd()), 2), bindung: 0 };
  });
  const block = (title: string, ls: BudgetLine[]): CellInput[][] => [
    [title],
    ["Kategorie", "Instrument", "Soll", "Ist", "Festlegungen"],
    ...ls.map((l) => [l.category, l.instrument, l.plan, l.ist, l.bindung] as CellInput[]),
  ];
  return budgetWorkbook(
    "f-egt-jahresbloecke-untereinander.xlsx",
    "Zwei Haushaltsjahre als Blöcke untereinander („Haushaltsjahr 2023 – Jahresabschluss“, darunter „Haushaltsjahr 2024 – Stand 30.09.2024“), Berichtsmonat September 2024: der Block 2024",
    m,
    808,
    [{ name: "EGT 2023-2024", rows: [...block("Haushaltsjahr 2023 – Jahresabschluss", ls2023), [], [], ...block("Haushaltsjahr 2024 – Stand 30.09.2024", ls2024)] }],
    [{ path: "budget.year", value: 2024, tolerance: 0 }, ...budgetExpected(ls2024, monthsElapsed(m))],
  );
}

/**
 * The budget transposed: the instruments as columns (with a last column "Summe EGT"), the measures as rows
 * ("Verfügungsrahmen", "Ist-Ausgaben", "Festlegungen", "verfügbar"). The Summe column is no instrument.
 */
function instrumentsAsColumns(): LayoutWorkbook {
  const m = "2024-06";
  const ls = budgetLines(809, 0.38);
  const measure = (label: string, f: (l: BudgetLine) => number): CellInput[] => [label, ...ls.map(f), sumOf(ls, f)];
  const rows: CellInput[][] = [
    ["EGT-Cockpit 2024 – Stand 30.06.2024"],
    [],
    [null, ...ls.map((l) => l.instrument), "Summe EGT"],
    measure("Verfügungsrahmen", (l) => l.plan),
    measure("Ist-Ausgaben", (l) => l.ist),
    measure("Festlegungen", (l) => l.bindung),
    measure("verfügbar", availableOf),
  ];
  return budgetWorkbook(
    "f-egt-instrumente-als-spalten.xlsx",
    "EGT quer: Instrumente als Spalten (letzte Spalte „Summe EGT“), Verfügungsrahmen / Ist-Ausgaben / Festlegungen / verfügbar als Zeilen",
    m,
    809,
    [{ name: "EGT-Cockpit", rows }],
    [...budgetExpected(ls, monthsElapsed(m)), { path: "budget.lines[instrument~Summe]", absent: true, why: "die Summenspalte ist kein Instrument" }],
  );
}

/**
 * An Excel table "Finanzposition | Maßnahme | Plan 2024 | Ist | gebunden (Obligo) | frei" in euro format whose last row
 * "Ergebnis" (typed by the controller inside the table) holds the sums: a total, not an instrument.
 */
function excelTableWithResultRow(): LayoutWorkbook {
  const m = "2024-06";
  const ls = budgetLines(810, 0.44);
  const euro = (x: number): CellInput => ({ value: x, numFmt: "#,##0.00 €" });
  const rows: CellInput[][] = [
    ["Finanzplanung EGT 2024"],
    [],
    ["Finanzposition", "Maßnahme", "Plan 2024", "Ist", "gebunden (Obligo)", "frei"],
    ...ls.map((l) => [l.position, l.instrument, euro(l.plan), euro(l.ist), euro(l.bindung), euro(availableOf(l))] as CellInput[]),
    [null, "Ergebnis", euro(sumOf(ls, (l) => l.plan)), euro(sumOf(ls, (l) => l.ist)), euro(sumOf(ls, (l) => l.bindung)), euro(sumOf(ls, availableOf))],
  ];
  return budgetWorkbook(
    "f-egt-excel-tabelle-ergebniszeile.xlsx",
    "EGT als Excel-Tabelle „Finanzposition | Maßnahme | Plan 2024 | Ist | gebunden (Obligo) | frei“ im Euroformat, letzte Tabellenzeile „Ergebnis“ mit den Summen",
    m,
    810,
    [{ name: "Finanzplanung", rows, table: { name: "tblEGT", headerRow: 3 } }],
    [...budgetExpected(ls, monthsElapsed(m)), { path: "budget.lines[instrument~Ergebnis]", absent: true, why: "die Ergebniszeile ist kein Instrument" }],
  );
}

/**
 * The Mittelherleitung as one horizontal row (AmIP 2022, domain.md §4.2, T10): "Zuteilung EGT | Umschichtung in das
 * Verwaltungskostenbudget | für Eingliederung verfügbar | Vorbelastungen | Reserve | Mittel für Neugeschäft" =
 * 8.388.398 | 1.750.000 | 6.638.398 | 3.255.398 | 300.000 | 3.083.000 (U + B + R = 5.305.398 = A − N), and the instrument
 * table below, whose plans sum to the 6.638.398 € available for integration. Budget year 2022.
 */
function derivationAsOneRow(): LayoutWorkbook {
  const m = "2022-10";
  const allocation = 8_388_398;
  const shift = 1_750_000;
  const prior = 3_255_398;
  const reserve = 300_000;
  const ls = budgetLines(811, 0.7).map((l) => (l.key === "Teilhabe" ? { ...l, plan: l.plan + 505_398 } : l));
  const eur = (x: number): CellInput => ({ value: x, numFmt: "#,##0 €" });
  const rows: CellInput[][] = [
    ["Mittelherleitung Eingliederungstitel 2022 (Arbeitsmarkt- und Integrationsprogramm)"],
    ["Zuteilung EGT", "Umschichtung in das Verwaltungskostenbudget", "für Eingliederung verfügbar", "Vorbelastungen", "Reserve", "Mittel für Neugeschäft"],
    [eur(allocation), eur(shift), eur(allocation - shift), eur(prior), eur(reserve), eur(allocation - shift - prior - reserve)],
    [],
    [],
    ["Kategorie", "Instrument", "Plan 2022", "Ist Jan–Okt", "Bindung"],
    ...ls.map((l) => [l.category, l.instrument, l.plan, l.ist, l.bindung] as CellInput[]),
  ];
  return {
    file: "f-egt-mittelherleitung-waagerecht.xlsx",
    family: FAMILY,
    description: "Mittelherleitung als eine waagerechte Zeile (Zuteilung 8.388.398 € | Umschichtung | verfügbar | Vorbelastungen | Reserve | Neugeschäft 3.083.000 €), darunter die Instrumententabelle",
    args: ["--month", m],
    sheets: [grunddaten(811, m, "2021-01"), { name: "EGT 2022", rows }],
    expect: [
      { exitCode: 0 },
      { path: "budget.derivation.allocation", value: allocation, tolerance: TOLERANCE.money },
      { path: "budget.derivation.shift", value: shift, tolerance: TOLERANCE.money },
      { path: "budget.derivation.availableForIntegration", value: allocation - shift, tolerance: TOLERANCE.money, why: "V = A − U (domain.md §4.2)" },
      { path: "budget.derivation.priorCommitments", value: prior, tolerance: TOLERANCE.money },
      { path: "budget.derivation.reserve", value: reserve, tolerance: TOLERANCE.money },
      { path: "budget.derivation.newBusiness", value: 3_083_000, tolerance: TOLERANCE.money, why: "AmIP 2022: 3.083.000 € (T10)" },
      ...budgetExpected(ls, monthsElapsed(m)),
      noErrors,
    ],
  };
}

/**
 * A HÜL whose amounts are text with the unit in every cell ("1.310,0 T€"), the header without a unit: the report gives
 * euros (1.310,0 T€ = 1.310.000 €).
 */
function thousandsInEveryCell(): LayoutWorkbook {
  const m = "2024-09";
  const ls = roundedTo(budgetLines(812, 0.65), 100);
  const te = (x: number) => `${germanNumber(x / 1000, 1)} T€`;
  const rows: CellInput[][] = [
    ["Haushaltsüberwachungsliste EGT 2024 – Buchungsstand 30.09.2024"],
    [],
    ["Titel/Position", "Bezeichnung", "Soll", "Ist", "Festlegungen", "Rest"],
    ...ls.map((l) => [l.position, l.instrument, te(l.plan), te(l.ist), te(l.bindung), te(availableOf(l))] as CellInput[]),
  ];
  return budgetWorkbook(
    "f-egt-te-in-jeder-zelle.xlsx",
    "HÜL mit Textbeträgen und Einheit in jeder Zelle („1.310,0 T€“), Kopf ohne Einheit: im Bericht in Euro (FALLE)",
    m,
    812,
    [{ name: "HÜL September", rows }],
    budgetExpected(ls, monthsElapsed(m), { tolerance: 0.5 }),
  );
}

export function freshBudgetLayouts(): LayoutWorkbook[] {
  return [
    vkTitlesInOneExport(), vkOnItsOwnSheet(), millionsInNumberFormat(), forecastBandBesideActuals(), monthlyOutflowFormulaZeros(), yearBlocksOneUnderAnother(),
    instrumentsAsColumns(), excelTableWithResultRow(), derivationAsOneRow(), thousandsInEveryCell(),
  ];
}
