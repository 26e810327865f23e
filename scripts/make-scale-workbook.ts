/**
 * Writes the scale workbooks for the benchmarks (issue #8). Never committed: the default target is out/scale/.
 *
 * The product reports one Jobcenter per workbook, so "405 Jobcenters × 48 months × the full catalogue" is a regional
 * batch of 405 workbooks, each laid out like the sample (assets/beispiel-jobcenter.xlsx): Grunddaten with every
 * Kürzel the §48a catalogue needs (with the _f/_m variants) for 48 months, Zielwerte, EGT, Mittelabfluss, Qualität
 * and a case list. The single scale workbook is the heaviest one Jobcenter can bring: the same Grunddaten, an EGT
 * sheet with 5.000 budget lines and the 100.000-row case list.
 *
 *   npx ts-node --transpile-only scripts/make-scale-workbook.ts [dir] [--batch]
 *
 * All figures are synthetic and seeded per Jobcenter: the same files on every machine and every run.
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { addDays } from "../src/domain/processing/holidays";
import { KENNZAHLEN } from "../src/domain/kennzahlen-catalogue";
import { BASE_SERIES_ALIASES } from "../src/sources/vocabulary";
import { jitter, seededRandom } from "./sample/random";

export const JOBCENTERS = 405;
/** Jan 2021 … Dec 2024; with more or fewer months the series still ends in December 2024. */
export const MONTHS = 48;
/** Reported through October 2024 (Berichtsmonat), as the sample is through October of its last year. */
export const REPORTED_MONTHS = 46;
export const REPORT_MONTH = "2024-10";
const STICHTAG = "2024-10-31";
export const SCALE_BUDGET_LINES = 5_000;
export const SCALE_CASE_ROWS = 100_000;

export interface ScaleSpec {
  /** 0 … 404; picks the seed, the size and the name of the Jobcenter. */
  jobcenter: number;
  budgetLines: number;
  caseRows: number;
  /** Months of Grunddaten (48 in the scale workbook; the scaling probe varies it). */
  months?: number;
}

/** The single scale workbook: one Jobcenter with everything the issue lists. */
export const SCALE_WORKBOOK: ScaleSpec = { jobcenter: 0, budgetLines: SCALE_BUDGET_LINES, caseRows: SCALE_CASE_ROWS };

/** One of the 405 workbooks of the regional batch: the region's 5.000 budget lines and 100.000 cases shared out. */
export function batchSpec(jobcenter: number): ScaleSpec {
  return { jobcenter, budgetLines: Math.round(SCALE_BUDGET_LINES / JOBCENTERS), caseRows: Math.round(SCALE_CASE_ROWS / JOBCENTERS) };
}

export type ScaleCell = string | number | Date | null;

export interface ScaleSheet {
  name: string;
  /** Format of every Date cell on the sheet. */
  dateFormat: string;
  rows: () => Iterable<ScaleCell[]>;
}

export function jobcenterName(jobcenter: number): string {
  return `Jobcenter Region ${String(jobcenter + 1).padStart(3, "0")}`;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const LAST_MONTH_INDEX = 2024 * 12 + 11;
const monthStart = (i: number, months: number) => {
  const index = LAST_MONTH_INDEX - (months - 1) + i;
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
};

export function scaleSheets(spec: ScaleSpec): ScaleSheet[] {
  const months = spec.months ?? MONTHS;
  const random = seededRandom(1000 + spec.jobcenter);
  // Jobcenters range from about 1.500 to 60.000 ELB; the spread is fixed by the index, not by chance.
  const elbBase = 1_500 + ((spec.jobcenter * 7_919) % JOBCENTERS) * 145;
  const series = grunddaten(elbBase, months, random);
  const lines = budgetLines(spec.budgetLines, elbBase, random);
  return [
    { name: "Hinweise", dateFormat: "dd.mm.yyyy", rows: () => [[`${jobcenterName(spec.jobcenter)} (synthetische Skalierungsdaten)`], [], ["Datenstand: 20.11.2024"]] },
    { name: "Grunddaten", dateFormat: "mmm yy", rows: () => grunddatenRows(spec.jobcenter, series, months) },
    { name: "Ziele 2024", dateFormat: "dd.mm.yyyy", rows: () => targetRows(series, months) },
    { name: "EGT 2024", dateFormat: "dd.mm.yyyy", rows: () => budgetRows(lines) },
    { name: "EGT Monatswerte", dateFormat: "dd.mm.yyyy", rows: () => budgetMonthRows(lines) },
    { name: "Qualität", dateFormat: "dd.mm.yyyy", rows: () => qualityRows(random) },
    { name: "Fälle Leistungsanträge", dateFormat: "dd.mm.yyyy", rows: () => caseRows(spec.caseRows, seededRandom(5000 + spec.jobcenter)) },
  ];
}

interface Series {
  key: string;
  label: string;
  unit: string;
  values: number[];
}

/** Every Grunddatum the vocabulary knows, plus _f/_m for those the catalogue splits by gender. */
function grunddaten(elbBase: number, months: number, random: () => number): Series[] {
  const season = [0.95, 1.0, 1.12, 1.08, 1.05, 0.98, 0.92, 1.1, 1.15, 1.08, 0.95, 0.62];
  const elb = Array.from({ length: months }, (_, i) => Math.round(elbBase * (1 + 0.04 * Math.sin(i / 7)) * jitter(random, 0.004)));
  const of = (base: number[], share: number, spread = 0.05, seasonal = false) =>
    base.map((v, i) => Math.round(v * share * (seasonal ? season[i % 12] : 1) * jitter(random, spread)));
  const int = of(elb, 0.02, 0.06, true);
  const lzb = of(elb, 0.62, 0.002);
  const bescheide = of(elb, 0.3);
  const widersprueche = of(bescheide, 0.015, 0.1);
  const totals: Record<string, number[]> = {
    elb,
    int,
    lzb,
    llu: of(elb, 1.3 * 450, 0.01),
    luh: of(elb, 0.73 * 540, 0.012),
    zug_elb: of(elb, 0.045, 0.08),
    abg_elb: of(elb, 0.044, 0.08),
    bs_gering: of(elb, 0.004, 0.1),
    bs_2am: of(elb, 0.002, 0.1),
    int_svb: of(int, 0.8, 0.03),
    kont: of(int, 0.5, 0.05),
    int_allein: of(int, 0.1, 0.1),
    elb_allein: of(elb, 0.13, 0.01),
    int_lzb: of(int, 0.45, 0.05),
    lzb_amp: of(lzb, 0.12, 0.05),
    zug_lzb: of(lzb, 0.02, 0.08),
    abg_lzb: of(lzb, 0.025, 0.08),
    bescheide,
    widersprueche,
    klagen: of(widersprueche, 0.1, 0.2),
  };
  const split = new Set<string>();
  for (const k of KENNZAHLEN.filter((d) => d.hasGenderSplit)) {
    const f = k.formula;
    for (const key of "series" in f ? [f.series] : [f.numerator, f.denominator]) split.add(key);
  }
  const result: Series[] = [];
  // The vocabulary lists elb_f, int_m … itself; here they come from the split of their total.
  for (const { item, aliases } of BASE_SERIES_ALIASES.filter((a) => !/_[fm]$/.test(a.item))) {
    const values = totals[item];
    if (!values) throw new Error(`Kein Generator für das Grunddatum „${item}“`);
    const label = aliases[aliases.length > 1 ? 1 : 0];
    const unit = item === "llu" || item === "luh" ? "EUR" : "Anzahl";
    result.push({ key: item, label, unit, values });
    if (!split.has(item)) continue;
    // Women are 51 % of the ELB but fewer of the integrations: the gender quotas differ as in the real figures.
    const women = values.map((v) => Math.round(v * (/^(int|kont|bs_)/.test(item) ? 0.44 : 0.51)));
    result.push({ key: `${item}_f`, label: `${label} Frauen`, unit, values: women });
    result.push({ key: `${item}_m`, label: `${label} Männer`, unit, values: values.map((v, i) => v - women[i]) });
  }
  return result;
}

/** Kürzel first: it identifies the row exactly, whatever the label says. */
function* grunddatenRows(jobcenter: number, series: Series[], months: number): Iterable<ScaleCell[]> {
  yield [`${jobcenterName(jobcenter)} – Grunddaten SGB II`];
  yield ["Stand: 20.11.2024"];
  yield [];
  yield ["Kürzel", "Grunddatum", "Einheit", ...Array.from({ length: months }, (_, i) => monthStart(i, months))];
  const reported = months - (MONTHS - REPORTED_MONTHS);
  for (const s of series) yield [s.key, s.label, s.unit, ...s.values.map((v, i) => (i < reported ? v : null))];
  yield [];
  yield ["Quelle: Statistik der BA (synthetisch)"];
}

function* targetRows(series: Series[], months: number): Iterable<ScaleCell[]> {
  const lzb = (series.find((s) => s.key === "lzb") as Series).values;
  const meanLzb2024 = lzb.slice(months - 12, months - 2).reduce((a, b) => a + b, 0) / 10;
  const integration = "Verbesserung der Integration in Erwerbstätigkeit";
  yield ["Zielvereinbarung 2024 nach § 48b SGB II"];
  yield [];
  yield ["Ziel", "Kennzahl", "Zielwert 2024", "Einheit", "Toleranz"];
  yield [integration, "Integrationsquote", 24.5, "%", 0.5];
  yield [integration, "Integrationsquote Frauen", 21, "%", 0.5];
  yield [integration, "Integrationsquote Männer", 27.5, "%", 0.5];
  yield ["Vermeidung von langfristigem Leistungsbezug", "Bestand Langzeitleistungsbeziehende", Math.round(meanLzb2024 * 0.985), "Personen", 1];
  yield ["Verringerung der Hilfebedürftigkeit", "Summe Leistungen zum Lebensunterhalt", null, "EUR", null];
  yield ["Qualität", "Bearbeitungsdauer Leistungsanträge", 14, "Arbeitstage", 1];
}

interface BudgetLine {
  category: string;
  name: string;
  plan: number;
  actual: number;
  bound: number;
}

const CATEGORIES = [
  "Aktivierung und berufliche Eingliederung",
  "Berufswahl und Berufsausbildung",
  "Berufliche Weiterbildung",
  "Aufnahme einer Erwerbstätigkeit",
  "Beschäftigung schaffende Maßnahmen",
  "Freie Förderung",
  "Besondere Maßnahmen",
  "Reha",
];

function budgetLines(count: number, elbBase: number, random: () => number): BudgetLine[] {
  const perLine = Math.max(1_000, Math.round((elbBase * 900) / Math.max(count, 1)));
  return Array.from({ length: count }, (_, i) => {
    const plan = Math.round(perLine * jitter(random, 0.6));
    return {
      category: CATEGORIES[Math.floor((i * CATEGORIES.length) / count)],
      name: `Maßnahme ${String(i + 1).padStart(5, "0")}`,
      plan,
      actual: Math.round(plan * 0.7 * jitter(random, 0.15)),
      bound: Math.round(plan * 0.12 * jitter(random, 0.4)),
    };
  });
}

function* budgetRows(lines: BudgetLine[]): Iterable<ScaleCell[]> {
  const total = (list: BudgetLine[], pick: (l: BudgetLine) => number) => list.reduce((sum, l) => sum + pick(l), 0);
  const plan = total(lines, (l) => l.plan);
  const shift = Math.round(plan * 0.2);
  const prior = Math.round(plan * 0.4);
  const reserve = Math.round(plan * 0.03);
  yield ["Eingliederungstitel 2024 – Mittelherleitung und Finanzplanung"];
  yield ["Stand: 31.10.2024"];
  yield [];
  yield ["Mittelherleitung"];
  yield ["Zuteilung EGT", plan + shift];
  yield ["Umschichtung in das Verwaltungskostenbudget", shift];
  yield ["Vorbelastungen aus Vorjahren", prior];
  yield ["Reserve", reserve];
  yield ["Mittel für Neugeschäft", plan - prior - reserve];
  yield [];
  yield ["Kategorie", "Instrument", "Plan 2024", "Ist Jan–Okt", "Bindung", "Bemerkung"];
  for (const category of CATEGORIES) {
    const inCategory = lines.filter((l) => l.category === category);
    if (inCategory.length === 0) continue;
    for (const l of inCategory) yield [category, l.name, l.plan, l.actual, l.bound];
    yield [`Summe ${category}`, null, total(inCategory, (l) => l.plan), total(inCategory, (l) => l.actual), total(inCategory, (l) => l.bound)];
  }
  yield ["Gesamt", null, plan, total(lines, (l) => l.actual), total(lines, (l) => l.bound)];
}

function* budgetMonthRows(lines: BudgetLine[]): Iterable<ScaleCell[]> {
  const profile = [0.06, 0.08, 0.12, 0.09, 0.1, 0.12, 0.09, 0.1, 0.12, 0.12];
  const actual = lines.reduce((sum, l) => sum + l.actual, 0);
  const names = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober"];
  yield ["Mittelabfluss Eingliederungstitel 2024"];
  yield [];
  yield ["Monat", "Ist kumuliert", "Ist im Monat"];
  let cumulative = 0;
  for (let i = 0; i < profile.length; i++) {
    const monthly = i === profile.length - 1 ? actual - cumulative : Math.round(actual * profile[i]);
    cumulative += monthly;
    yield [`${names[i]} 2024`, cumulative, monthly];
  }
}

function* qualityRows(random: () => number): Iterable<ScaleCell[]> {
  yield ["Qualitätskennzahlen"];
  yield [];
  yield ["Kennzahl", "Monat", "Ist", "Ziel", "Einheit"];
  for (const month of ["05/2023", "11/2023", "05/2024"]) yield ["Kundenzufriedenheit (KZI)", month, Math.round(220 * jitter(random, 0.05)) / 100, 2.2, "Note"];
  for (let m = 1; m <= 10; m++) yield ["Widerspruchsquote", `${String(m).padStart(2, "0")}/2024`, Math.round(150 * jitter(random, 0.1)) / 100, 1.5, "%"];
}

/** Leistungsanträge of Nov 2023 – Oct 2024; about 3 % still open at the Stichtag. */
function* caseRows(count: number, random: () => number): Iterable<ScaleCell[]> {
  yield ["Export Leistungsanträge (synthetisch, ohne personenbezogene Daten)"];
  yield [];
  yield ["Aktenzeichen", "Antragsart", "Antragseingang", "Bescheid"];
  for (let i = 0; i < count; i++) {
    const received = addDays("2023-11-01", Math.floor(random() * 366));
    const decided = addDays(received, Math.floor(random() * (random() < 0.08 ? 60 : 20)));
    yield [`LA-${String(i + 1).padStart(6, "0")}`, random() < 0.15 ? "Neuantrag" : "Weiterbewilligung", utc(received), random() < 0.03 || decided > STICHTAG ? null : utc(decided)];
  }
}

/** Streams the workbook to disk: the 100.000-row case list never sits in memory as an ExcelJS model. */
export async function writeScaleWorkbook(path: string, spec: ScaleSpec): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  writer.creator = "Steuerungscockpit (Skalierungsdaten)";
  for (const sheet of scaleSheets(spec)) {
    const worksheet = writer.addWorksheet(sheet.name);
    for (const values of sheet.rows()) {
      const row = worksheet.addRow(values);
      values.forEach((v, i) => {
        if (v instanceof Date) row.getCell(i + 1).numFmt = sheet.dateFormat;
      });
      row.commit();
    }
    worksheet.commit();
  }
  await writer.commit();
}

/** Writes the scale workbook and, with `batch`, the 405 workbooks of the regional batch; returns their paths. */
export async function writeScaleWorkbooks(dir: string, options: { batch: boolean; jobcenters?: number }): Promise<{ scale: string; batch: string[] }> {
  mkdirSync(dir, { recursive: true });
  const scale = join(dir, "skalierung-jobcenter.xlsx");
  await writeScaleWorkbook(scale, SCALE_WORKBOOK);
  const batch: string[] = [];
  if (options.batch) {
    mkdirSync(join(dir, "region"), { recursive: true });
    for (let j = 0; j < (options.jobcenters ?? JOBCENTERS); j++) {
      const path = join(dir, "region", `jobcenter-${String(j + 1).padStart(3, "0")}.xlsx`);
      await writeScaleWorkbook(path, batchSpec(j));
      batch.push(path);
    }
  }
  return { scale, batch };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--")) ?? join(__dirname, "..", "out", "scale");
  writeScaleWorkbooks(dir, { batch: args.includes("--batch") }).then(
    ({ scale, batch }) => process.stdout.write(`Skalierungsarbeitsmappe: ${scale}${batch.length > 0 ? `\nRegionaler Stapel: ${batch.length} Arbeitsmappen in ${join(dir, "region")}` : ""}\n`),
    (error) => {
      process.stderr.write(`Fehler: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
