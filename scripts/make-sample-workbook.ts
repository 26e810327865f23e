/**
 * Writes assets/beispiel-jobcenter.xlsx: the bundled sample workbook, laid out the way controllers really keep their
 * data (title rows, "Stand:" lines, months as columns, an Excel table for targets, subtotal rows, "k.A."). All figures
 * are synthetic and anchored on published aggregates (AmIP Landkreis Harburg 2022–2025); no personal data.
 * Regenerate with `npm run sample`.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { DERIVATION, INSTRUMENTS, MONTHLY_PROFILE } from "./sample/budget";
import { annualMean, FIRST_YEAR, type GrunddatenSeries, makeGrunddaten, MONTHS, REPORTED_MONTHS } from "./sample/series";
import { makeCases } from "./sample/cases";

const GERMAN_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const EURO = '#,##0 "€"';
const FIXED_DATE = new Date(Date.UTC(2023, 0, 20));

export async function writeSampleWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Steuerungscockpit (Beispieldaten)";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const grunddaten = makeGrunddaten();
  addNotes(workbook);
  addGrunddaten(workbook, grunddaten);
  addTargets(workbook, grunddaten);
  addBudget(workbook);
  addBudgetMonths(workbook);
  addQuality(workbook);
  addCases(workbook);
  await workbook.xlsx.writeFile(path);
}

function bold(cell: ExcelJS.Cell, size = 11): void {
  cell.font = { bold: true, size };
}

function addNotes(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Hinweise");
  sheet.getCell("A1").value = "Beispielarbeitsmappe Steuerungscockpit";
  bold(sheet.getCell("A1"), 14);
  sheet.getCell("A3").value = "Jobcenter Landkreis Harburg (synthetische Beispieldaten, angelehnt an das AmIP 2022–2025)";
  sheet.getCell("A4").value = "Alle Zahlen sind erfunden und dienen nur der Vorführung.";
  sheet.getCell("A6").value = "Datenstand: 20.01.2023";
  sheet.getColumn(1).width = 90;
}

function addGrunddaten(workbook: ExcelJS.Workbook, series: GrunddatenSeries[]): void {
  const sheet = workbook.addWorksheet("Grunddaten");
  sheet.getCell("A1").value = "Jobcenter Landkreis Harburg – Grunddaten SGB II";
  bold(sheet.getCell("A1"), 13);
  sheet.getCell("A2").value = "Stand: 20.01.2023";
  const header = sheet.getRow(4);
  header.values = ["Grunddatum", "Kürzel", "Einheit"];
  for (let i = 0; i < MONTHS; i++) {
    const cell = header.getCell(4 + i);
    cell.value = new Date(Date.UTC(FIRST_YEAR + Math.floor(i / 12), i % 12, 1));
    cell.numFmt = "mmm yy";
  }
  header.font = { bold: true };
  series.forEach((s, index) => {
    const row = sheet.getRow(5 + index);
    row.getCell(1).value = s.label;
    row.getCell(2).value = s.key;
    row.getCell(3).value = s.unit;
    for (let i = 0; i < REPORTED_MONTHS; i++) {
      const cell = row.getCell(4 + i);
      // A gap controllers know: LUH for July 2021 was never delivered.
      cell.value = s.key === "luh" && i === 18 ? "k.A." : s.values[i];
      cell.numFmt = "#,##0";
    }
  });
  sheet.getRow(6 + series.length).getCell(1).value = "Quelle: Statistik der BA, eigene Berechnungen (synthetisch)";
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).width = 9;
  sheet.getColumn(3).width = 10;
  for (let i = 0; i < MONTHS; i++) sheet.getColumn(4 + i).width = 11;
  sheet.views = [{ state: "frozen", xSplit: 3, ySplit: 4 }];
}

/**
 * Zielwerte chosen against the generated series so the demo shows every colour: the Integrationsquote slightly ahead of
 * its linear path, the women's quota clearly behind, the men's within the tolerance.
 */
function addTargets(workbook: ExcelJS.Workbook, series: GrunddatenSeries[]): void {
  const get = (key: string) => (series.find((s) => s.key === key) as GrunddatenSeries).values;
  const october2022 = 24 + 9;
  const jfw = (intKey: string, elbKey: string) => {
    const ints = get(intKey).slice(24, october2022 + 1).reduce((a, b) => a + b, 0);
    const stock = get(elbKey).slice(23, october2022);
    return (100 * ints) / (stock.reduce((a, b) => a + b, 0) / stock.length);
  };
  const onePlace = (n: number) => Math.round(n * 10) / 10;
  const annualPath = 12 / 10;
  const sheet = workbook.addWorksheet("Ziele 2022");
  sheet.getCell("A1").value = "Zielvereinbarung 2022 nach § 48b SGB II";
  bold(sheet.getCell("A1"), 13);
  const integration = "Verbesserung der Integration in Erwerbstätigkeit";
  sheet.addTable({
    name: "Ziele2022",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: [{ name: "Ziel" }, { name: "Kennzahl" }, { name: "Zielwert 2022" }, { name: "Einheit" }, { name: "Toleranz" }],
    rows: [
      [integration, "Integrationsquote", onePlace(jfw("int", "elb") * annualPath * 0.98), "%", 0.5],
      [integration, "Integrationsquote Frauen", onePlace(jfw("int_f", "elb_f") * annualPath * 1.045), "%", 0.5],
      [integration, "Integrationsquote Männer", onePlace(jfw("int_m", "elb_m") * annualPath * 1.01), "%", 0.5],
      ["Vermeidung von langfristigem Leistungsbezug", "Bestand Langzeitleistungsbeziehende", Math.round(annualMean(get("lzb"), 1) * 0.985), "Personen", 1],
      ["Verringerung der Hilfebedürftigkeit", "Summe Leistungen zum Lebensunterhalt", null, "EUR", null],
    ],
  });
  sheet.getCell("A10").value = "Toleranz: Prozentpunkte bei Quoten, Prozent beim Bestand. LLU: Monitoring ohne Zielwert.";
  sheet.getCell("A10").font = { italic: true };
  [48, 40, 15, 10, 10].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

function addBudget(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("EGT 2022");
  sheet.getCell("A1").value = "Eingliederungstitel 2022 – Mittelherleitung und Finanzplanung";
  bold(sheet.getCell("A1"), 13);
  sheet.getCell("A2").value = "Stand: 31.10.2022";
  sheet.getCell("A4").value = "Mittelherleitung";
  bold(sheet.getCell("A4"));
  const derivation: Array<[string, number]> = [
    ["Zuteilung EGT", DERIVATION.allocation],
    ["Umschichtung in das Verwaltungskostenbudget", DERIVATION.shift],
    ["Vorbelastungen aus Vorjahren", DERIVATION.priorCommitments],
    ["Reserve", DERIVATION.reserve],
    ["Mittel für Neugeschäft", DERIVATION.newBusiness],
  ];
  derivation.forEach(([label, amount], i) => {
    sheet.getCell(`A${5 + i}`).value = label;
    sheet.getCell(`B${5 + i}`).value = amount;
    sheet.getCell(`B${5 + i}`).numFmt = EURO;
  });
  bold(sheet.getCell("A9"));

  const header = sheet.getRow(11);
  header.values = ["Kategorie", "Instrument", "Plan 2022", "Ist Jan–Okt", "Bindung", "Bemerkung"];
  header.font = { bold: true };
  let r = 12;
  const writeAmounts = (row: ExcelJS.Row, plan: number, actual: number, bound: number) => {
    [plan, actual, bound].forEach((v, i) => {
      row.getCell(3 + i).value = v;
      row.getCell(3 + i).numFmt = EURO;
    });
  };
  const totals = { plan: 0, actual: 0, bound: 0 };
  const categories = [...new Set(INSTRUMENTS.map((i) => i.category))];
  for (const category of categories) {
    const sums = { plan: 0, actual: 0, bound: 0 };
    for (const instrument of INSTRUMENTS.filter((i) => i.category === category)) {
      const row = sheet.getRow(r++);
      const actual = Math.round(instrument.plan * instrument.paid);
      const bound = Math.round(instrument.plan * instrument.bound);
      row.getCell(1).value = category;
      row.getCell(2).value = instrument.name;
      writeAmounts(row, instrument.plan, actual, bound);
      if (instrument.note) row.getCell(6).value = instrument.note;
      sums.plan += instrument.plan;
      sums.actual += actual;
      sums.bound += bound;
    }
    const subtotal = sheet.getRow(r++);
    subtotal.getCell(1).value = `Summe ${category}`;
    writeAmounts(subtotal, sums.plan, sums.actual, sums.bound);
    subtotal.font = { bold: true };
    totals.plan += sums.plan;
    totals.actual += sums.actual;
    totals.bound += sums.bound;
  }
  const total = sheet.getRow(r++);
  total.getCell(1).value = "Gesamt";
  writeAmounts(total, totals.plan, totals.actual, totals.bound);
  total.font = { bold: true };
  sheet.getCell(`A${r + 1}`).value = "Bindung = Festlegungen für das laufende Haushaltsjahr";
  [44, 62, 14, 14, 14, 14].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** The Ist Jan–Oct total of all instruments, as the instrument sheet computes it. */
export function actualTotal(): number {
  return INSTRUMENTS.reduce((sum, i) => sum + Math.round(i.plan * i.paid), 0);
}

function addBudgetMonths(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("EGT Monatswerte");
  sheet.getCell("A1").value = "Mittelabfluss Eingliederungstitel 2022";
  bold(sheet.getCell("A1"), 13);
  sheet.getRow(3).values = ["Monat", "Ist kumuliert", "Ist im Monat"];
  sheet.getRow(3).font = { bold: true };
  const total = actualTotal();
  let cumulative = 0;
  MONTHLY_PROFILE.forEach((share, i) => {
    const isLast = i === MONTHLY_PROFILE.length - 1;
    const monthly = isLast ? total - cumulative : Math.round(total * share);
    cumulative += monthly;
    const row = sheet.getRow(4 + i);
    row.values = [`${GERMAN_MONTHS[i]} 2022`, cumulative, monthly];
    row.getCell(2).numFmt = EURO;
    row.getCell(3).numFmt = EURO;
  });
  [16, 16, 16].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

function addQuality(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Qualität");
  sheet.getCell("A1").value = "Qualitätskennzahlen";
  bold(sheet.getCell("A1"), 13);
  sheet.getRow(3).values = ["Kennzahl", "Monat", "Ist", "Ziel", "Einheit"];
  sheet.getRow(3).font = { bold: true };
  const rows: Array<[string, string, number, number, string]> = [
    ["Kundenzufriedenheit (KZI)", "05/2021", 2.31, 2.2, "Note"],
    ["Kundenzufriedenheit (KZI)", "11/2021", 2.24, 2.2, "Note"],
    ["Kundenzufriedenheit (KZI)", "05/2022", 2.19, 2.2, "Note"],
  ];
  // The Bearbeitungsdauer is not reported here: the add-in computes it from the case list (sheet "Fälle Leistungsanträge").
  const objections = [1.62, 1.55, 1.71, 1.48, 1.44, 1.52, 1.39, 1.47, 1.58, 1.51];
  objections.forEach((v, i) => rows.push(["Widerspruchsquote", `${String(i + 1).padStart(2, "0")}/2022`, v, 1.5, "%"]));
  rows.forEach((values, i) => (sheet.getRow(4 + i).values = values));
  [40, 10, 8, 8, 12].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/**
 * The case export. Two rows carry the slips real exports have (a Bescheid dated before the Eingang, a missing
 * Eingang); the add-in reports them with their cells and leaves them out.
 */
function addCases(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Fälle Leistungsanträge");
  sheet.getCell("A1").value = "Export Leistungsanträge (synthetisch, ohne personenbezogene Daten)";
  bold(sheet.getCell("A1"));
  sheet.getRow(3).values = ["Aktenzeichen", "Antragsart", "Antragseingang", "Bescheid"];
  sheet.getRow(3).font = { bold: true };
  const date = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));
  makeCases().forEach((c, i) => {
    const row = sheet.getRow(4 + i);
    const slip = i === 120 ? "before" : i === 240 ? "missing" : null;
    row.values = [c.id, c.kind, slip === "missing" ? null : date(c.received), slip === "before" ? date("2021-11-01") : date(c.decided)];
    row.getCell(3).numFmt = "dd.mm.yyyy";
    row.getCell(4).numFmt = "dd.mm.yyyy";
  });
  [16, 20, 16, 16].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

if (require.main === module) {
  const target = join(__dirname, "..", "assets", "beispiel-jobcenter.xlsx");
  writeSampleWorkbook(target).then(
    () => process.stdout.write(`Beispielarbeitsmappe geschrieben: ${target}\n`),
    (error) => {
      process.stderr.write(`Fehler: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
