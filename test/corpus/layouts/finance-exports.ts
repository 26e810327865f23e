/**
 * Budget exports from the finance system and Haushaltsüberwachungslisten (HÜL): Haushaltsstelle / Kapitel-Titel /
 * Finanzposition, Ansatz, Soll, Verfügungsrahmen, Ist, Festlegungen/Obligo, Verfügbar; group header rows,
 * "Zwischensumme …" and "Gesamtsumme" rows; amounts as text ("1.234,56 €").
 *
 * Expected (issue, point 5, and domain.md §4.4): the plan basis is the Verfügungsrahmen when present, else Soll/Plan,
 * else Ansatz; available = plan − Ist − Festlegungen; group headers are categories, not instruments; the export's own
 * sum rows are never data and never an error. Budget year 2022, anchored on the AmIP figures (Zuteilung 8.388.398 €,
 * Umschichtung 1.900.000 € → verfügbar 6.488.398 €).
 */
import { euroText, germanNumber, makeJobcenter, seededRandom } from "./data";
import { budgetMeasures, roundTo } from "./formulas";
import { TOLERANCE, type CellInput, type Expectation, type LayoutWorkbook, type SheetSpec } from "./model";
import { grunddatenWide } from "./sheets";
import { noErrors } from "./standard";

const FAMILY = "Finanzsystem-Exporte";
const MONTH = "2022-10";
const MONTHS_ELAPSED = 10;

interface Line {
  category: string;
  instrument: string;
  position: string;
  ansatz: number;
  soll: number;
  verfuegungsrahmen: number;
  ist: number;
  festlegung: number;
}

/** Instruments of domain.md §4.3 with their Haushaltsstelle; Verfügungsrahmen sums to 6.488.398 €. */
const INSTRUMENTS: Array<[string, string, string, number]> = [
  ["Aktivierung und berufliche Eingliederung", "Vermittlungsbudget (§ 44 SGB III)", "1101.685 11-101", 260_000],
  ["Aktivierung und berufliche Eingliederung", "Maßnahmen zur Aktivierung und beruflichen Eingliederung (§ 45 SGB III)", "1101.685 11-102", 1_350_000],
  ["Berufliche Weiterbildung", "Förderung der beruflichen Weiterbildung (FbW)", "1101.685 11-301", 1_480_000],
  ["Aufnahme einer Erwerbstätigkeit", "Eingliederungszuschuss (EGZ)", "1101.685 11-401", 820_000],
  ["Aufnahme einer Erwerbstätigkeit", "Einstiegsgeld (§ 16b SGB II)", "1101.685 11-402", 95_000],
  ["Beschäftigung schaffende Maßnahmen", "Arbeitsgelegenheiten (§ 16d SGB II)", "1101.685 11-501", 420_000],
  ["Beschäftigung schaffende Maßnahmen", "Teilhabe am Arbeitsmarkt (§ 16i SGB II)", "1101.685 11-503", 1_430_000],
  ["Freie Förderung", "Freie Förderung (§ 16f SGB II)", "1101.685 11-601", 535_000],
  ["Besondere Maßnahmen", "Förderung schwer zu erreichender junger Menschen (§ 16h SGB II)", "1101.685 11-701", 98_398],
];

function lines(seed: number): Line[] {
  const rnd = seededRandom(seed);
  return INSTRUMENTS.map(([category, instrument, position, vr]) => {
    const ist = roundTo(vr * (0.55 + 0.25 * rnd()), 2);
    const festlegung = roundTo(vr * (0.05 + 0.1 * rnd()), 2);
    return { category, instrument, position, verfuegungsrahmen: vr, ansatz: Math.round(vr * (1.08 + 0.1 * rnd())), soll: Math.round(vr * (0.97 + 0.05 * rnd())), ist, festlegung };
  });
}

/**
 * Each export sits in a controller's workbook next to the Grunddaten of the same months (2021–Oktober 2022), so the
 * report has its Berichtsmonat and the only new thing is the export's layout.
 */
function grunddaten(seed: number): SheetSpec {
  const data = makeJobcenter(seed, "2021-01", MONTH);
  return grunddatenWide("Grunddaten", data, data.months);
}

const categoriesOf = (ls: Line[]): string[] => [...new Set(ls.map((l) => l.category))];
const total = (ls: Line[], f: (l: Line) => number): number => roundTo(ls.reduce((a, l) => a + f(l), 0), 2);

/** Per-line and total expectations for the given plan basis. */
function budgetExpected(ls: Line[], plan: (l: Line) => number, opts: { categories?: boolean } = {}): Expectation[] {
  const out: Expectation[] = [{ path: "budget.lines.length", value: ls.length, tolerance: 0, why: "Gruppen- und Summenzeilen sind keine Instrumente" }];
  for (const l of ls) {
    const p = `budget.lines[instrument=${l.instrument}]`;
    const m = budgetMeasures(plan(l), l.ist, l.festlegung, MONTHS_ELAPSED);
    out.push({ path: `${p}.plan`, value: plan(l), tolerance: TOLERANCE.money });
    out.push({ path: `${p}.actual`, value: l.ist, tolerance: TOLERANCE.money });
    out.push({ path: `${p}.committed`, value: l.festlegung, tolerance: TOLERANCE.money });
    out.push({ path: `${p}.available`, value: m.available, tolerance: TOLERANCE.money });
    if (opts.categories !== false) out.push({ path: `${p}.category`, equals: l.category });
  }
  const t = budgetMeasures(total(ls, plan), total(ls, (l) => l.ist), total(ls, (l) => l.festlegung), MONTHS_ELAPSED);
  out.push({ path: "budget.total.plan", value: total(ls, plan), tolerance: TOLERANCE.money });
  out.push({ path: "budget.total.actual", value: total(ls, (l) => l.ist), tolerance: TOLERANCE.money });
  out.push({ path: "budget.total.committed", value: total(ls, (l) => l.festlegung), tolerance: TOLERANCE.money });
  out.push({ path: "budget.total.available", value: t.available, tolerance: TOLERANCE.money });
  out.push({ path: "budget.total.linearPlan", value: t.linearPlan, tolerance: TOLERANCE.money });
  out.push({ path: "budget.lines[instrument~summe]", absent: true, why: "Summenzeilen sind keine Instrumente" });
  out.push({ message: { text: ["summe"], levels: ["error"] }, present: false, why: "die eigene Summenzeile ist kein Fehler" });
  return out;
}

/**
 * Rows of an export with group header rows, Zwischensummen and a Gesamtsumme. `columns` say what each amount column
 * shows; `format` turns an amount into the cell the export leaves.
 */
function exportRows(ls: Line[], columns: Array<(l: Line) => number>, format: (x: number) => CellInput, labelColumn: "A" | "B"): CellInput[][] {
  const rows: CellInput[][] = [];
  const sums = (group: Line[]) => columns.map((c) => format(total(group, c)));
  for (const category of categoriesOf(ls)) {
    const group = ls.filter((l) => l.category === category);
    rows.push(labelColumn === "A" ? [category] : [null, category]);
    for (const l of group) rows.push([l.position, l.instrument, ...columns.map((c) => format(c(l)))]);
    rows.push([null, `Zwischensumme ${category}`, ...sums(group)]);
  }
  rows.push([null, "Gesamtsumme", ...sums(ls)]);
  return rows;
}

const available = (l: Line) => roundTo(l.verfuegungsrahmen - l.ist - l.festlegung, 2);

function haushaltsstellenExport(): LayoutWorkbook {
  const ls = lines(31);
  const columns = [(l: Line) => l.ansatz, (l: Line) => l.verfuegungsrahmen, (l: Line) => l.ist, (l: Line) => l.festlegung, available];
  const sheet: SheetSpec = {
    name: "Export HH-Überwachung",
    rows: [
      ["Haushaltsüberwachung Kapitel 1101 Titel 685 11 – Eingliederungstitel 2022"],
      ["Dienststelle: Jobcenter Landkreis Harburg", null, "Stand: 31.10.2022"],
      [],
      ["Haushaltsstelle", "Bezeichnung", "Ansatz", "Verfügungsrahmen", "Ist", "Festlegungen/Obligo", "Verfügbar"],
      ...exportRows(ls, columns, euroText, "B"),
      [],
      ["Beträge in EUR. Verfügbar = Verfügungsrahmen – Ist – Festlegungen."],
    ],
  };
  return {
    file: "finanzsystem-haushaltsstellen.xlsx",
    family: FAMILY,
    description: "Export des Finanzsystems: Haushaltsstelle | Ansatz | Verfügungsrahmen | Ist | Festlegungen/Obligo | Verfügbar, Beträge als Text „1.234,56 €“, Gruppen-, Zwischensummen- und Gesamtsummenzeilen",
    args: ["--month", MONTH],
    sheets: [grunddaten(301), sheet],
    expect: [{ exitCode: 0 }, ...budgetExpected(ls, (l) => l.verfuegungsrahmen), noErrors],
  };
}

function kapitelTitelAnsatz(): LayoutWorkbook {
  const ls = lines(32);
  const columns = [(l: Line) => l.ansatz, (l: Line) => l.ist, (l: Line) => l.festlegung];
  const sheet: SheetSpec = {
    name: "EGT Haushalt",
    rows: [
      ["Eingliederungstitel 2022 – Stand 31.10.2022"],
      [],
      ["Kapitel/Titel", "Bezeichnung", "Ansatz", "Ist-Ausgaben", "Festlegungen"],
      ...exportRows(ls, columns, (x) => x, "A"),
    ],
  };
  return {
    file: "finanzsystem-kapitel-titel-ansatz.xlsx",
    family: FAMILY,
    description: "Kapitel/Titel | Ansatz | Ist-Ausgaben | Festlegungen ohne Verfügungsrahmen und Soll: der Ansatz ist die Planbasis; Gruppenzeilen in Spalte A",
    args: ["--month", MONTH],
    sheets: [grunddaten(302), sheet],
    expect: [{ exitCode: 0 }, ...budgetExpected(ls, (l) => l.ansatz), noErrors],
  };
}

function sollUndAnsatz(): LayoutWorkbook {
  const ls = lines(33);
  const columns = [(l: Line) => l.ansatz, (l: Line) => l.soll, (l: Line) => l.ist, (l: Line) => l.festlegung];
  const sheet: SheetSpec = {
    name: "Finanzpositionen",
    rows: [
      ["Finanzpositionen EGT 2022"],
      ["Finanzposition", "Bezeichnung", "Ansatz", "Soll", "Ist", "Obligo"],
      ...exportRows(ls, columns, (x) => x, "B"),
    ],
  };
  return {
    file: "finanzsystem-soll-und-ansatz.xlsx",
    family: FAMILY,
    description: "Finanzposition | Ansatz | Soll | Ist | Obligo: mit Soll neben dem Ansatz ist das Soll die Planbasis",
    args: ["--month", MONTH],
    sheets: [grunddaten(303), sheet],
    expect: [{ exitCode: 0 }, ...budgetExpected(ls, (l) => l.soll), noErrors],
  };
}

/** HÜL: two header rows (band "Beträge in EUR" over the amount columns), "EUR" text amounts, footnote. */
function huelExport(): LayoutWorkbook {
  const ls = lines(34);
  const columns = [(l: Line) => l.verfuegungsrahmen, (l: Line) => l.ist, (l: Line) => l.festlegung, available];
  const sheet: SheetSpec = {
    name: "HÜL Oktober",
    rows: [
      ["Haushaltsüberwachungsliste (HÜL) Eingliederungsleistungen – Haushaltsjahr 2022 – Buchungsstand 31.10.2022"],
      [],
      ["Titel", "Maßnahme", "Beträge in EUR"],
      [null, null, "Verfügungsrahmen", "Ist-Ausgaben", "Festlegungen", "Verfügbar"],
      ...exportRows(ls, columns, (x) => `${germanNumber(x, 2)} EUR`, "A"),
      [],
      ["1) Festlegungen = eingegangene Verpflichtungen, fällig im laufenden Haushaltsjahr"],
    ],
    merges: ["C3:F3", "A3:A4", "B3:B4"],
  };
  return {
    file: "huel-export.xlsx",
    family: FAMILY,
    description: "HÜL-Export: zweizeiliger Kopf mit Band „Beträge in EUR“, Beträge als Text „12.345,67 EUR“, Gruppenzeilen in Spalte A, Fußnote",
    args: ["--month", MONTH],
    sheets: [grunddaten(304), sheet],
    expect: [{ exitCode: 0 }, ...budgetExpected(ls, (l) => l.verfuegungsrahmen), noErrors],
  };
}

/** The Gesamtsumme row is off by one cent: a reconciliation finding, not an error, and the lines still count. */
function gesamtsummeOffByOneCent(): LayoutWorkbook {
  const ls = lines(35);
  const columns = [(l: Line) => l.verfuegungsrahmen, (l: Line) => l.ist, (l: Line) => l.festlegung];
  const rows = exportRows(ls, columns, (x) => x, "B");
  const last = rows[rows.length - 1];
  last[3] = roundTo((last[3] as number) + 0.01, 2);
  const sheet: SheetSpec = {
    name: "EGT Stand Oktober",
    rows: [["Mittelbewirtschaftung EGT 2022"], ["Haushaltsstelle", "Bezeichnung", "Verfügungsrahmen", "Ist", "Festlegungen"], ...rows],
  };
  return {
    file: "finanzsystem-gesamtsumme-abweichung.xlsx",
    family: FAMILY,
    description: "Gesamtsumme der Ist-Spalte weicht um 0,01 € von der Summe der Zeilen ab: Abstimmungshinweis auf den Cent, Zeilen zählen",
    args: ["--month", MONTH],
    sheets: [grunddaten(305), sheet],
    expect: [
      { exitCode: 0 },
      ...budgetExpected(ls, (l) => l.verfuegungsrahmen),
      { message: { levels: ["warning", "info"], text: ["0,01"], sheets: ["EGT Stand Oktober"] }, present: true, why: "Abstimmung auf den Cent" },
      noErrors,
    ],
  };
}

/**
 * The sample's own EGT layout (Kategorie | Instrument | Plan | Ist | Bindung), but with the category as a group header
 * row above its instruments (category cell blank in the lines) and a closing "Summe" row: the issue reports that group
 * headers become instruments and the Summe row is reported as an error.
 */
function groupHeadersAndSumRow(): LayoutWorkbook {
  const ls = lines(36);
  const rows: CellInput[][] = [["Eingliederungstitel 2022 – Finanzplanung"], ["Stand: 31.10.2022"], [], ["Kategorie", "Instrument", "Plan 2022", "Ist Jan–Okt", "Bindung"]];
  for (const category of categoriesOf(ls)) {
    rows.push([category]);
    for (const l of ls.filter((x) => x.category === category)) rows.push([null, l.instrument, l.verfuegungsrahmen, l.ist, l.festlegung]);
  }
  rows.push(["Summe", null, total(ls, (l) => l.verfuegungsrahmen), total(ls, (l) => l.ist), total(ls, (l) => l.festlegung)]);
  return {
    file: "egt-gruppenzeilen-summe.xlsx",
    family: FAMILY,
    description: "EGT-Blatt im Standardaufbau, aber Kategorien als Gruppenzeilen über ihren Instrumenten und eine Schlusszeile „Summe“",
    args: ["--month", MONTH],
    sheets: [grunddaten(306), { name: "EGT 2022", rows }],
    expect: [{ exitCode: 0 }, ...budgetExpected(ls, (l) => l.verfuegungsrahmen), noErrors],
  };
}

/** The sample's EGT layout with both "Ansatz 2022" and "Verfügungsrahmen": the Verfügungsrahmen is the plan, not the Ansatz. */
function ansatzAndVerfuegungsrahmen(): LayoutWorkbook {
  const ls = lines(37);
  const rows: CellInput[][] = [
    ["Eingliederungstitel 2022"],
    [],
    ["Kategorie", "Instrument", "Ansatz 2022", "Verfügungsrahmen", "Ist Jan–Okt", "Bindung"],
    ...ls.map((l) => [l.category, l.instrument, l.ansatz, l.verfuegungsrahmen, l.ist, l.festlegung] as CellInput[]),
    ["Gesamt", null, ...[(l: Line) => l.ansatz, (l: Line) => l.verfuegungsrahmen, (l: Line) => l.ist, (l: Line) => l.festlegung].map((f) => total(ls, f))],
  ];
  return {
    file: "egt-ansatz-und-verfuegungsrahmen.xlsx",
    family: FAMILY,
    description: "EGT-Blatt im Standardaufbau mit Spalten „Ansatz 2022“ und „Verfügungsrahmen“: Planbasis ist der Verfügungsrahmen, nicht der Ansatz",
    args: ["--month", MONTH],
    sheets: [grunddaten(307), { name: "EGT 2022", rows }],
    expect: [{ exitCode: 0 }, ...budgetExpected(ls, (l) => l.verfuegungsrahmen), noErrors],
  };
}

/**
 * The Mittelherleitung above a finance-system export on one sheet (stacked blocks). AmIP 2022 (domain.md §4.2, T10):
 * Zuteilung 8.388.398 € − Umschichtung 1.900.000 € = 6.488.398 € verfügbar (= Σ Verfügungsrahmen of the lines);
 * − Vorbelastungen 3.105.398 € − Reserve 300.000 € = Neugeschäft 3.083.000 €.
 */
function derivationAboveExport(): LayoutWorkbook {
  const ls = lines(38);
  const columns = [(l: Line) => l.verfuegungsrahmen, (l: Line) => l.ist, (l: Line) => l.festlegung, available];
  const allocation = 8_388_398;
  const shift = 1_900_000;
  const prior = 3_105_398;
  const reserve = 300_000;
  const rows: CellInput[][] = [
    ["Mittelherleitung Eingliederungstitel 2022"],
    ["Zuteilung EGT", euroText(allocation)],
    ["Umschichtung in das Verwaltungskostenbudget", euroText(shift)],
    ["Vorbelastungen aus Vorjahren", euroText(prior)],
    ["Reserve", euroText(reserve)],
    ["Mittel für Neugeschäft", euroText(allocation - shift - prior - reserve)],
    [],
    [],
    ["Haushaltsstelle", "Bezeichnung", "Verfügungsrahmen", "Ist", "Festlegungen", "Verfügbar"],
    ...exportRows(ls, columns, euroText, "B"),
  ];
  return {
    file: "finanzsystem-mit-mittelherleitung.xlsx",
    family: FAMILY,
    description: "Mittelherleitung (Zuteilung 8.388.398 €, Umschichtung, Vorbelastungen, Reserve) über dem Finanzsystem-Export auf einem Blatt, Beträge als Text",
    args: ["--month", MONTH],
    sheets: [grunddaten(308), { name: "EGT 2022", rows }],
    expect: [
      { exitCode: 0 },
      { path: "budget.derivation.allocation", value: allocation, tolerance: TOLERANCE.money },
      { path: "budget.derivation.shift", value: shift, tolerance: TOLERANCE.money },
      { path: "budget.derivation.availableForIntegration", value: allocation - shift, tolerance: TOLERANCE.money, why: "V = A − U (domain.md §4.2)" },
      { path: "budget.derivation.newBusiness", value: 3_083_000, tolerance: TOLERANCE.money, why: "AmIP 2022: 3.083.000 €" },
      ...budgetExpected(ls, (l) => l.verfuegungsrahmen),
      noErrors,
    ],
  };
}

export function financeExportLayouts(): LayoutWorkbook[] {
  return [
    haushaltsstellenExport(), kapitelTitelAnsatz(), sollUndAnsatz(), huelExport(), gesamtsummeOffByOneCent(), groupHeadersAndSumRow(),
    ansatzAndVerfuegungsrahmen(), derivationAboveExport(),
  ];
}
