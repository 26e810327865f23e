/**
 * Finds EGT budget data in a sheet: the Mittelherleitung (label with an amount to its right) and the instrument table
 * (header with Instrument and Plan columns; subtotal rows "Summe …" are recognised and not counted twice).
 */
import type { BudgetDerivation, BudgetLineInput, CellRef } from "../domain/budget";
import { euro } from "../domain/budget-checks";
import { isDateFormat } from "../domain/cell-values";
import { type Message, message } from "../domain/messages";
import { bareMonthIn, parseMonthLabel } from "../domain/month-labels";
import { type PeriodKind, parsePeriodLabel } from "../domain/periods";
import { normalizeLabel } from "./labels";
import type { ExcludedRow } from "./column-model";
import type { SheetGrid } from "./sheet-grid";
import { SUBTOTAL_LABEL } from "./vocabulary";
import { cellScale, scaleOf, unitOf } from "./lexicon/units";
import { isDerived, scenarioOf } from "./lexicon/scenarios";

export interface FoundBudget {
  sheet: string;
  year: number | null;
  /** From an Ist header such as "Ist Jan–Okt" (→ 10), when it says. */
  monthsElapsed: number | null;
  derivation: BudgetDerivation;
  derivationCells: Partial<Record<keyof BudgetDerivation, CellRef>>;
  lines: BudgetLineInput[];
  statedTotal?: { plan: number | null; actual: number | null; committed: number | null; source: CellRef };
  /** Which column is the plan: its header as written ("Verfügungsrahmen", "Soll 2024", "Ansatz"), named in the report. */
  planBasis: string | null;
  /** Where the instrument table stands (indices into the sheet's matrix), for the column model. */
  instrumentTable: { headerRow: number; columns: InstrumentColumns; skipped: ExcludedRow[] } | null;
  messages: Message[];
}

const DERIVATION_LABELS: Array<[keyof BudgetDerivation, RegExp]> = [
  ["allocation", /^zuteilung/],
  ["shift", /^umschichtung/],
  ["priorCommitments", /^vorbelastung/],
  ["reserve", /^reserve/],
  ["newBusiness", /neugeschaeft/],
  ["carryOver", /^uebertrag/],
];

const COLUMN_NAMES = {
  // A name before a code: "Bezeichnung" beside "Haushaltsstelle" is what a controller reads.
  instrument: ["instrument", "massnahme", "bezeichnung", "finanzposition", "massnahmeart", "titelbezeichnung", "haushaltsstelle", "kapitel titel", "titel", "position"],
  category: ["kategorie", "bereich", "massnahmekategorie"],
  actual: ["ist", "ausgaben", "ist jan", "ist ausgaben", "ausgaben ist", "gebucht"],
  committed: ["bindung", "festlegung", "festlegungen", "festl", "festgelegt", "festlegungen obligo", "obligo", "gebunden", "bindungen", "mittelbindung", "mittelbindungen"],
  available: ["verfügbar", "verfuegbar", "noch verfügbar", "freie mittel", "frei", "rest"],
  followingYears: ["vorbelastung folgejahre", "ve", "verpflichtungsermächtigung", "vorbelastungen folgejahre"],
};

/**
 * The plan basis, in order of preference: finance exports net "verfügbar" against the Verfügungsrahmen (Ansatz plus
 * Zuweisungen and Umschichtungen), so it wins when present; then Soll/Plan; the original Ansatz last.
 */
const PLAN_BASES: ReadonlyArray<readonly string[]> = [["verfügungsrahmen", "verfuegungsrahmen", "vfr"], ["plan", "soll", "planansatz", "planwert"], ["ansatz", "haushaltsansatz"]];

/** `reportYear`: the year of a Berichtsmonat the user chose; with several years side by side, its columns are the budget. */
export function findBudget(grid: SheetGrid, reportYear: number | null = null): FoundBudget | null {
  const messages: Message[] = [];
  const derivationCells: FoundBudget["derivationCells"] = {};
  const derivation = findDerivation(grid, messages, derivationCells);
  const table = findInstrumentTable(grid, messages, reportYear);
  if (!table && derivation.allocation === null) return null;
  // Only Verwaltungskosten (Titel 636 13) under the header: a budget, but not the Eingliederungstitel.
  if (table && table.lines.length === 0 && derivation.allocation === null && table.skipped.some((s) => s.reason.startsWith("Verwaltungskosten"))) return null;
  return {
    sheet: grid.name,
    year: table?.budgetYear ?? yearFrom(grid),
    monthsElapsed: table?.monthsElapsed ?? null,
    derivation,
    derivationCells,
    lines: table?.lines ?? [],
    statedTotal: table?.statedTotal,
    planBasis: table ? grid.text(table.headerRow, table.columns.plan) : null,
    instrumentTable: table ? { headerRow: table.headerRow, columns: table.columns, skipped: table.skipped } : null,
    messages,
  };
}

/**
 * Where a budget's Mittelherleitung and the instrument header are looked for: the top of the sheet. A 100.000-row
 * case list is not searched row by row for a "Zuteilung".
 */
const SEARCH_ROWS = 200;

function findDerivation(grid: SheetGrid, messages: Message[], cells: FoundBudget["derivationCells"]): BudgetDerivation {
  const derivation: BudgetDerivation = { allocation: null, shift: null, priorCommitments: null, reserve: null, carryOver: null, newBusiness: null };
  for (let r = 0; r < Math.min(grid.rowCount, SEARCH_ROWS); r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const label = normalizeLabel(grid.value(r, c));
      const field = DERIVATION_LABELS.find(([, pattern]) => pattern.test(label))?.[0];
      if (!field || (derivation[field] ?? null) !== null) continue;
      const found = amountRightOf(grid, r, c, messages);
      derivation[field] = found?.value ?? null;
      if (found) cells[field] = { sheet: grid.name, cell: found.cell };
      // No Jobcenter is allocated 0 €: a 0 here is a placeholder until the Zuteilung is known.
      if (field === "allocation" && found?.value === 0) messages.push(message("warning", "Zuteilung 0 € – fehlt der Betrag? Die Planansätze werden mit 0 € verglichen.", grid.name, found.cell));
      break;
    }
  }
  return derivation;
}

function amountRightOf(grid: SheetGrid, r: number, c: number, messages: Message[]): { value: number; cell: string } | null {
  for (let cc = c + 1; cc < Math.min(grid.colCount, c + 4); cc++) {
    const parsed = grid.number(r, cc);
    if (parsed.kind === "number" && isDateFormat(grid.numberFormat(r, cc))) {
      messages.push(message("error", "Ein Datum ist kein Betrag; die Zelle bleibt leer.", grid.name, grid.address(r, cc)));
      return null;
    }
    if (parsed.kind === "number") return { value: parsed.value, cell: grid.address(r, cc) };
    if (parsed.kind === "invalid") {
      messages.push(message("error", `„${parsed.text}“ ist kein Betrag.`, grid.name, grid.address(r, cc)));
      return null;
    }
  }
  return null;
}

export interface InstrumentColumns {
  instrument: number;
  plan: number;
  category: number | null;
  actual: number | null;
  committed: number | null;
  available: number | null;
  followingYears: number | null;
  /** Plan and Ist given per month, one band per month over "Plan | Ist": every column of the month bands. */
  monthly?: { plan: number[] | null; actual: number[] | null };
}

/** Plan and Ist kept per month, quarter or half-year: the bands over them and what the report says of the sum. */
const BAND_WORDS: Record<PeriodKind, { plural: string; plans: string }> = {
  month: { plural: "Monate", plans: "Monatspläne" },
  quarter: { plural: "Quartale", plans: "Quartalspläne" },
  "half-year": { plural: "Halbjahre", plans: "Halbjahrespläne" },
};

interface PeriodBands {
  kind: PeriodKind;
  columns: number[];
}

/**
 * The columns headed like `col` in row r, each under a band in the row above that names a different period of one
 * kind ("Januar" … "Dezember", "Jan 2024", "I. Quartal" … "IV. Quartal", "2. Halbjahr"; merged over its sub-columns
 * or written once): a plan or Ist kept per period. Null when the header stands once or the bands are no periods.
 */
function periodBandColumns(grid: SheetGrid, r: number, col: number): PeriodBands | null {
  if (r === 0) return null;
  const header = normalizeLabel(grid.value(r, col));
  const periods = new Set<string>();
  const kinds = new Set<PeriodKind>();
  const columns: number[] = [];
  let band: { kind: PeriodKind; key: string } | null = null;
  for (let c = 0; c < grid.colCount; c++) {
    const above = grid.text(r - 1, c);
    if (above !== "") band = periodOfBand(above);
    if (normalizeLabel(grid.value(r, c)) !== header || band === null) continue;
    if (periods.has(band.key)) return null;
    periods.add(band.key);
    kinds.add(band.kind);
    columns.push(c);
  }
  // Months beside a quarter's sum ("Jan | Feb | Mrz | 1. Quartal") would count the quarter twice: one kind only.
  if (columns.length < 2 || !columns.includes(col) || kinds.size !== 1) return null;
  return { kind: [...kinds][0], columns };
}

/** The period a band names, with or without a year: "März", "Mrz.", "März 2024", "03/2024", "III. Quartal", "2. HJ". */
function periodOfBand(text: string): { kind: PeriodKind; key: string } | null {
  const month = parseMonthLabel(text) ?? bareMonthIn(text, 2000);
  if (month !== null) return { kind: "month", key: month.slice(5, 7) };
  if (text.length > 40) return null;
  const period = parsePeriodLabel(text) ?? (/\d{4}/.test(text) ? null : parsePeriodLabel(`${text.replace(/\.$/, "")} 2000`));
  return period === null || period.kind === "month" ? null : { kind: period.kind, key: period.last.slice(5, 7) };
}

function findInstrumentTable(grid: SheetGrid, messages: Message[], reportYear: number | null) {
  for (let r = 0; r < Math.min(grid.rowCount, SEARCH_ROWS); r++) {
    // A two-row header (HÜL: "Titel | Maßnahme" merged down beside a band "Beträge in EUR" over the amount headers):
    // a column whose header cell is empty takes the header above it.
    const anyCol = (names: readonly string[], except: number[] = []) =>
      grid.headerColumn(r, names, except) ?? (r > 0 ? grid.headerColumns(r - 1, names, except).find((c) => grid.text(r, c) === "") ?? null : null);
    const instrument = anyCol(COLUMN_NAMES.instrument);
    const planBasis = PLAN_BASES.find((names) => anyCol(names, instrument === null ? [] : [instrument]) !== null);
    if (instrument === null || planBasis === undefined) continue;
    // The previous year's columns beside this year's ("Soll 2023 | Ist 2023 | Soll 2024 | Ist 2024"): the budget is the
    // year of the chosen Berichtsmonat when the headers name it, else the newest year they name, as among budget
    // sheets; the other years are a comparison, never the plan.
    const budgetYear = yearOfColumns(grid, r, grid.headerColumns(r, planBasis, [instrument]), reportYear);
    const col = (names: readonly string[], except: number[] = []) => {
      const headed = budgetYear === null ? [] : grid.headerColumns(r, names, except);
      // "Ist 2023" alone beside "Soll 2024" is last year's Ist: no Ist for the budget year, rather than a wrong one.
      return headed.length > 0 ? columnOfYear(grid, r, headed, budgetYear as number) : anyCol(names, except);
    };
    const plan = col(planBasis, [instrument]) as number;
    if (budgetYear !== null) messages.push(message("info", `Spalten mehrerer Jahre nebeneinander: es gelten die Spalten ${budgetYear}${budgetYear === reportYear ? " (Jahr des Berichtsmonats)" : ""}, die anderen Jahre sind Vergleich.`, grid.name, grid.address(r, plan)));
    // "Rest lt. HR" is what a forecast leaves, not what is available now: no "verfügbar" rather than a wrong one.
    const stated = (c: number | null) => (c !== null && isDerived(scenarioOf(grid.text(r, c)) ?? undefined) ? null : c);
    const columns = {
      instrument,
      plan,
      category: col(COLUMN_NAMES.category),
      actual: stated(col(COLUMN_NAMES.actual)),
      committed: stated(col(COLUMN_NAMES.committed)),
      available: stated(col(COLUMN_NAMES.available)),
      followingYears: col(COLUMN_NAMES.followingYears),
    };
    const bands = { plan: periodBandColumns(grid, r, columns.plan), actual: columns.actual === null ? null : periodBandColumns(grid, r, columns.actual) };
    const monthly = { plan: bands.plan?.columns ?? null, actual: bands.actual?.columns ?? null };
    if (bands.plan) {
      const words = BAND_WORDS[bands.plan.kind];
      messages.push(message("info", `Plan je Zeitraum unter Bändern (${bands.plan.columns.length} ${words.plural}): der Jahresplan ist die Summe der ${words.plans}${bands.actual ? `, das Ist die Summe der eingetragenen ${BAND_WORDS[bands.actual.kind].plural}` : ""}.`, grid.name, grid.address(r, columns.plan)));
    }
    const monthsElapsed = columns.actual !== null && !monthly.actual ? lastMonthIn(grid.text(r, columns.actual)) : null;
    const scales = amountScales(grid, r, [columns.plan, columns.actual, columns.committed, columns.available, columns.followingYears]);
    for (const [scale, cols] of scalesNamed(scales)) {
      messages.push(message("info", `Beträge in ${scale === 1000 ? "Tausend" : "Millionen"} Euro (laut Überschrift) – umgerechnet in Euro.`, grid.name, grid.address(r, cols[0])));
    }
    return { ...readLines(grid, r + 1, { ...columns, monthly }, messages, (c) => scales.get(c) ?? scales.get(-1) ?? 1), monthsElapsed, headerRow: r, columns, budgetYear };
  }
  return null;
}

const headerYear = (header: string): number | null => {
  const match = /(?:^|\D)(20\d\d)(?!\d)/.exec(header);
  return match ? Number(match[1]) : null;
};

/**
 * When the columns' headers name at least two different years: the report's year if among them, else the newest;
 * null when they name one or none.
 */
function yearOfColumns(grid: SheetGrid, r: number, columns: number[], reportYear: number | null): number | null {
  const years = new Set(columns.map((c) => columnYear(grid, r, c)).filter((y): y is number => y !== null));
  if (years.size < 2) return null;
  return reportYear !== null && years.has(reportYear) ? reportYear : Math.max(...years);
}

/** Of the columns headed alike, the one of the budget year, else one naming no year ("Festlegungen" beside "Ist 2024"). */
function columnOfYear(grid: SheetGrid, r: number, columns: number[], year: number): number | null {
  return columns.find((c) => columnYear(grid, r, c) === year) ?? columns.find((c) => columnYear(grid, r, c) === null) ?? null;
}

/** The year a column's header names, or the band over it ("2023 | 2024" over "Soll | Ist | Festl." each). */
function columnYear(grid: SheetGrid, r: number, c: number): number | null {
  const own = headerYear(grid.text(r, c));
  if (own !== null || r === 0) return own;
  // A band merged over its columns has its text in the first cell only.
  for (let left = c; left >= 1; left--) {
    const band = grid.text(r - 1, left);
    if (band !== "") return headerYear(band);
  }
  return null;
}

function readLines(
  grid: SheetGrid,
  firstRow: number,
  columns: InstrumentColumns,
  messages: Message[],
  scaleOfColumn: (c: number) => number = () => 1,
) {
  const lines: BudgetLineInput[] = [];
  const skipped: ExcludedRow[] = [];
  const skip = (r: number, reason: string) => skipped.push({ row: grid.sheet.origin.row + r + 1, reason });
  let statedTotal: FoundBudget["statedTotal"];
  let category = "";
  let administration = false;
  let notedAdministration = false;
  /** Lines since the last group header or subtotal: what a "Zwischensumme" row sums. */
  let groupStart = 0;
  const amountColumns = [columns.plan, columns.actual, columns.committed, columns.available, columns.followingYears, ...(columns.monthly?.plan ?? []), ...(columns.monthly?.actual ?? [])].filter((c): c is number => c !== null);
  const firstAmountCol = Math.min(...amountColumns);
  // The scale a cell states itself ("1.310,0 T€", a format showing "Mio. €") wins over the header's.
  const single = (r: number, c: number | null, what: string): number | null => {
    const value = c === null ? null : readAmount(grid, r, c, what, messages);
    if (value === null || c === null) return null;
    const parsed = grid.number(r, c);
    return value * cellScale(parsed.kind === "number" && parsed.scaled === true, grid.numberFormat(r, c), scaleOfColumn(c));
  };
  // A plan or Ist kept per month is the sum of its months; months to come are blank, and all blank is no amount (not 0).
  const summed = (r: number, cols: number[], what: string): number | null => {
    const values = cols.map((c) => single(r, c, what)).filter((v): v is number => v !== null);
    return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
  };
  const amount = (r: number, c: number | null, what: string): number | null => {
    const monthly = c === null ? null : c === columns.plan ? columns.monthly?.plan : c === columns.actual ? columns.monthly?.actual : null;
    return monthly ? summed(r, monthly, what) : single(r, c, what);
  };
  const hasAmounts = (r: number) => amountColumns.some((c) => grid.number(r, c).kind === "number");
  for (let r = firstRow; r < grid.rowCount; r++) {
    if (grid.rowIsBlank(r)) {
      // A blank row inside an export (before its total) does not end the table; two in a row do.
      if (lines.length > 0 && (r + 1 >= grid.rowCount || grid.rowIsBlank(r + 1))) break;
      continue;
    }
    const categoryText = columns.category !== null ? grid.text(r, columns.category) : "";
    const instrument = grid.text(r, columns.instrument);
    // A total may be labelled in any text cell left of the amounts ("Summe" in column A beside an empty name).
    const labels = Array.from({ length: firstAmountCol }, (_, c) => grid.text(r, c)).filter((t) => t !== "");
    const totalLabel = labels.find((t) => SUBTOTAL_LABEL.test(t));
    // Titel 636 13 (Verwaltungskosten) beside 685 11 in one export of the Gesamtbudget: not the EGT, never in its sums.
    const adminHeading = !hasAmounts(r) && labels.some(isAdministrationTitle);
    if (adminHeading || (!hasAmounts(r) && labels.some((t) => /\b685\s?11\b/.test(t)))) administration = adminHeading;
    if (administration || labels.some(isAdministrationTitle)) {
      skip(r, "Verwaltungskosten (Titel 636 13): nicht Teil des Eingliederungstitels");
      if (!notedAdministration) messages.push(message("info", "Zeilen des Titels 636 13 (Verwaltungskosten) gehören nicht zum Eingliederungstitel und werden nicht gezählt.", grid.name, grid.address(r, 0)));
      notedAdministration = true;
      continue;
    }
    if (totalLabel !== undefined) {
      const stated = { plan: amount(r, columns.plan, "Plan"), actual: amount(r, columns.actual, "Ist"), committed: amount(r, columns.committed, "Bindung"), source: { sheet: grid.name, cell: grid.address(r, columns.plan) } };
      if (GRAND_TOTAL_LABEL.test(totalLabel) || (lines.length > 0 && isLastBlock(grid, r, hasAmounts))) {
        statedTotal = stated;
        skip(r, "Gesamtsumme: mit der Summe der Instrumente abgestimmt, nicht gezählt");
      } else {
        checkSubtotal(lines.slice(groupStart), stated, totalLabel, messages);
        skip(r, "Zwischensumme: mit ihren Instrumenten abgestimmt, nicht gezählt");
      }
      groupStart = lines.length;
      continue;
    }
    if (categoryText) category = categoryText;
    // A group header of an export: a name without any amount, over lines that have them ("Aktivierung und berufliche
    // Eingliederung" above its instruments, in the name or the code column). It names the lines' category.
    const groupLabel = instrument || labels[0];
    if (groupLabel && !categoryText && !hasAmounts(r) && nextRowHasAmounts(grid, r, hasAmounts)) {
      category = groupLabel;
      groupStart = lines.length;
      skip(r, "Gruppenzeile: Kategorie der Instrumente darunter");
      messages.push(message("info", `„${groupLabel}“ hat keine Beträge und steht über Zeilen mit Beträgen: als Gruppe gelesen, nicht als Instrument.`, grid.name, grid.address(r, instrument ? columns.instrument : 0)));
      continue;
    }
    // "HR = Hochrechnung …" under the last line: a note, no instrument without amounts.
    if (!hasAmounts(r) && isLastBlock(grid, r, hasAmounts)) {
      skip(r, "Anmerkung unter der Tabelle");
      continue;
    }
    if (!instrument) {
      reportAmountsWithoutInstrument(grid, r, columns, messages);
      skip(r, "ohne Instrument");
      continue;
    }
    const available = amount(r, columns.available, "verfügbar");
    const [plan, actual, committed] = [amount(r, columns.plan, "Plan"), amount(r, columns.actual, "Ist"), amount(r, columns.committed, "Bindung")];
    checkAvailable(grid, r, columns, available, { plan, actual, committed }, messages);
    lines.push({
      category,
      instrument,
      plan,
      actual,
      committed,
      followingYears: amount(r, columns.followingYears, "Vorbelastung Folgejahre"),
      source: { sheet: grid.name, cell: grid.address(r, columns.instrument) },
      ...(columns.committed !== null ? { cells: { committed: grid.address(r, columns.committed) } } : {}),
    });
  }
  return { lines, statedTotal, skipped };
}

/**
 * Amounts in thousands or millions, as budget sheets often give them ("Plan 2024 (T€)", "Beträge in Tsd. €", a unit
 * row "Mio. €" under the headers, "in Mio. EUR" in the title): each column as its own header, band or unit cell says —
 * "Plan (EUR)" beside "Ist (T€)" are two scales — else as the title says for all (key -1). Everything is read in Euro.
 */
function amountScales(grid: SheetGrid, headerRow: number, amountColumns: Array<number | null>): Map<number, number> {
  const scales = new Map<number, number>();
  const unitRow = headerRow + 1 < grid.rowCount && isUnitRow(grid, headerRow + 1, amountColumns) ? headerRow + 1 : null;
  for (const c of amountColumns) {
    if (c === null) continue;
    const own = [grid.text(headerRow, c), headerRow > 0 ? grid.text(headerRow - 1, c) : "", unitRow !== null ? grid.text(unitRow, c) : ""].join(" ");
    const scale = scaleOf(own);
    // "Plan 2024 (EUR)" states its scale as much as "Ist (T€)" does: the title's does not reach it.
    if (scale !== 1 || unitOf(own) === "eur") scales.set(c, scale);
  }
  const title = Array.from({ length: headerRow }, (_, r) => Array.from({ length: grid.colCount }, (_, c) => grid.text(r, c)).join(" ")).join(" ");
  const titleScale = /\b(in|beträge|betraege|angaben)\b/i.test(title) || /[(]/.test(title) ? scaleOf(title) : 1;
  if (titleScale !== 1) scales.set(-1, titleScale);
  return scales;
}

/** A row right under the headers holding only units ("Mio. €", "T€", "EUR") over the amounts. */
function isUnitRow(grid: SheetGrid, r: number, amountColumns: Array<number | null>): boolean {
  const columns = amountColumns.filter((c): c is number => c !== null);
  const texts = columns.map((c) => grid.text(r, c));
  return texts.some((t) => t !== "") && texts.every((t) => t === "" || unitOf(t) === "eur") && columns.every((c) => grid.number(r, c).kind !== "number");
}

function scalesNamed(scales: Map<number, number>): Array<[number, number[]]> {
  const byScale = new Map<number, number[]>();
  for (const [c, scale] of scales) if (scale !== 1 && c >= 0) byScale.set(scale, [...(byScale.get(scale) ?? []), c]);
  if (byScale.size === 0 && (scales.get(-1) ?? 1) !== 1) byScale.set(scales.get(-1) as number, [0]);
  return [...byScale];
}

/** Titel 636 13 or the Gesamtbudget of both titles (domain: 685 11 EGT, 636 13 Verwaltungskosten). */
function isAdministrationTitle(text: string): boolean {
  return /\b636\s?13\b/.test(text) || /^verwaltungskosten\b/i.test(text.trim()) || /gesamtbudget/i.test(text);
}

/** "Gesamtsumme", "Summe gesamt", "Endsumme": the export's own total, checked against the lines. */
const GRAND_TOTAL_LABEL = /^(gesamt|insgesamt|total|endsumme|summe gesamt|summe insgesamt|summe eingliederungstitel|summe egt)/i;

/** No row with amounts follows (only notes or blanks): the last "Summe" of a sheet is its total. */
function isLastBlock(grid: SheetGrid, r: number, hasAmounts: (r: number) => boolean): boolean {
  for (let next = r + 1; next < grid.rowCount; next++) if (hasAmounts(next)) return false;
  return true;
}

function nextRowHasAmounts(grid: SheetGrid, r: number, hasAmounts: (r: number) => boolean): boolean {
  for (let next = r + 1; next < grid.rowCount; next++) {
    if (grid.rowIsBlank(next)) continue;
    return hasAmounts(next);
  }
  return false;
}

/** A "Zwischensumme" row is a reconciliation check of the lines above it, to the cent; never a line, never an error. */
function checkSubtotal(lines: BudgetLineInput[], stated: NonNullable<FoundBudget["statedTotal"]>, label: string, messages: Message[]): void {
  for (const [field, what] of [["plan", "Plan"], ["actual", "Ist"], ["committed", "Bindung"]] as const) {
    const given = stated[field];
    if (given === null || lines.length === 0) continue;
    const sum = lines.reduce((s, l) => s + (l[field] ?? 0), 0);
    if (Math.abs(sum - given) > 0.005) {
      messages.push(message("warning", `„${label}“ nennt ${what} ${euro(given)}, die Zeilen darüber ergeben ${euro(sum)} – Differenz ${euro(given - sum)}.`, stated.source.sheet, stated.source.cell));
    }
  }
}

/** An export's "verfügbar" column is the plan basis less Ist and Festlegungen: checked to the cent, never used as data. */
function checkAvailable(grid: SheetGrid, r: number, columns: InstrumentColumns, available: number | null, line: { plan: number | null; actual: number | null; committed: number | null }, messages: Message[]): void {
  if (available === null) return;
  const computed = (line.plan ?? 0) - (line.actual ?? 0) - (line.committed ?? 0);
  if (Math.abs(computed - available) > 0.005) {
    messages.push(message("warning", `Verfügbar laut Export ${euro(available)}, Plan − Ist − Festlegungen ergibt ${euro(computed)} – Differenz ${euro(available - computed)}.`, grid.name, grid.address(r, columns.available as number)));
  }
}

/** An amount of the instrument table; what cannot be one is said, and the cell stays empty (never 0). */
function readAmount(grid: SheetGrid, r: number, c: number, what: string, messages: Message[]): number | null {
  const parsed = grid.number(r, c);
  const where = grid.address(r, c);
  if (parsed.kind === "number" && isDateFormat(grid.numberFormat(r, c))) {
    messages.push(message("error", `Ein Datum ist kein Betrag (${what}); die Zelle bleibt leer.`, grid.name, where));
    return null;
  }
  if (parsed.kind === "number") return parsed.value;
  if (parsed.kind === "invalid") messages.push(message("error", `„${parsed.text}“ ist kein Betrag (${what}); die Zelle bleibt leer.`, grid.name, where));
  // An Excel error is a broken formula someone should look at; "–" or "k.A." is a deliberate mark.
  if (parsed.kind === "no-value") messages.push(message(parsed.text.startsWith("#") ? "warning" : "info", `„${parsed.text}“ gilt als fehlender Wert (nicht als 0); die Zelle (${what}) bleibt leer.`, grid.name, where));
  return null;
}

/** A row whose instrument cell is empty but which holds amounts would drop them from every sum without a word. */
function reportAmountsWithoutInstrument(grid: SheetGrid, r: number, columns: InstrumentColumns, messages: Message[]): void {
  const named: Array<[number | null, string]> = [[columns.plan, "Plan"], [columns.actual, "Ist"], [columns.committed, "Bindung"], [columns.followingYears, "Vorbelastung Folgejahre"]];
  const amounts = named.flatMap(([c, what]) => {
    const parsed = c === null ? null : grid.number(r, c);
    return parsed?.kind === "number" ? [`${what} ${euro(parsed.value)}`] : [];
  });
  if (amounts.length === 0) return;
  messages.push(message("error", `Instrument fehlt, aber die Zeile hat Beträge (${amounts.join(", ")}); die Zeile wird nicht verwendet.`, grid.name, grid.address(r, columns.instrument)));
}

const MONTH_STEMS = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"];

/** "Ist Jan–Okt" → 10, "Ist bis September" → 9; null when the header names no month. */
function lastMonthIn(header: string): number | null {
  const words = normalizeLabel(header).split(" ");
  for (let i = words.length - 1; i >= 0; i--) {
    const index = MONTH_STEMS.findIndex((stem) => words[i].startsWith(stem) || (stem === "mar" && words[i].startsWith("maer")));
    if (index >= 0 && i > 0) return index + 1;
  }
  return null;
}

function yearFrom(grid: SheetGrid): number | null {
  const fromName = /(20\d\d)/.exec(grid.name);
  if (fromName) return Number(fromName[1]);
  for (let r = 0; r < Math.min(grid.rowCount, 15); r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const match = /\b(20\d\d)\b/.exec(grid.text(r, c));
      if (match) return Number(match[1]);
    }
  }
  return null;
}
