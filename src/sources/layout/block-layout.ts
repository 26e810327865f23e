/**
 * The layout of one table as data: which rows are title, header and data, which rows are left out and why, which
 * columns hold labels and which hold figures, and what every header, label and title says (its dimensions). Nothing
 * here knows a kind of source: a Grunddaten table, a Zielwerte table and a quality table are the same shape with other
 * words, and the queries (queries.ts) decide what the figures are for.
 */
import type { SheetGrid } from "../sheet-grid";
import { parseMonthLabel } from "../../domain/month-labels";
import { parsePeriodLabel } from "../../domain/periods";
import { combine, type Dimensions, dimensionsOf } from "./dimensions";
import { MONTH_HEADERS, NOTE_LABEL, SUBTOTAL_LABEL, YEAR_HEADERS } from "../vocabulary";
import { type Message, message } from "../../domain/messages";
import { doubtfulMonthText, implausibleMonths, looksLikeMonthLabel } from "../../domain/month-labels";
import { checkMonthHeader, type MonthColumn } from "../month-header-checks";
import { normalizeLabel } from "../labels";
import { isDerived } from "../lexicon/scenarios";
import { type MeasureRef, sameMeasure } from "../lexicon/measures";
import { regionHeaderKind, regionOf, regionOfRow, withLeadingZero } from "../lexicon/regions";

/** Why a row inside a table is not data. */
export type ExclusionReason = "blank" | "note" | "group" | "total" | "unreported" | "noPeriod" | "user";

export const EXCLUSION_NAMES: Record<ExclusionReason, string> = {
  blank: "Leerzeile",
  note: "Anmerkung",
  group: "Gruppenzeile",
  total: "Summenzeile",
  unreported: "noch ohne Werte",
  noPeriod: "kein Zeitraum",
  user: "vom Benutzer ausgelassen",
};

export interface BlockLayout {
  /** Rows and columns are indices into the grid (0-based); A1 only at the edge. */
  titleRows: number[];
  headerRows: number[];
  dataRows: number[];
  excludedRows: Array<{ row: number; reason: ExclusionReason }>;
  labelColumns: number[];
  valueColumns: number[];
  /** The dimensions of each value column, from its header (bands over sub-headers joined). */
  columns: Map<number, Dimensions>;
  /** The dimensions of each data row, from its labels and the group row above it. */
  rows: Map<number, Dimensions>;
  /** What the titles above the table and the sheet's name say for all of it. */
  context: Dimensions;
  /**
   * Where the table names its measures: in its rows, its columns, or neither (a sheet per Grunddatum, named in its
   * title). A row without a measure in a table whose rows name them is an unknown row, never the title's measure.
   */
  measuresIn: { rows: boolean; columns: boolean };
  /** What the user should hear about single rows and columns („Sommer“ ist kein Monat, a month twice), at their cell. */
  messages: Message[];
  /** The one measure the columns name ("Zeitraum | KZI | Zielwert"): a column of a scenario only is about it. */
  soleColumnMeasure: MeasureRef | null;
}

type CellKind = "blank" | "text" | "period" | "number" | "no-value";

const MAX_HEADER_ROWS = 4;
const MAX_TITLE_ROWS = 8;

export function blockLayout(grid: SheetGrid): BlockLayout | null {
  const kinds = classifyCells(grid);
  let firstData = kinds.findIndex((row, r) => isDataRow(grid, row, r));
  if (firstData < 0) return null;
  // A first row with a measure's name but no number ("KZI | 02/2022 | gut") is a data row gone wrong, not a header.
  while (firstData > 0 && kinds[firstData - 1].filter((k) => k !== "blank").length >= 2 && dimensionsOf(grid.value(firstData - 1, 0)).measure) firstData--;
  const { titleRows, headerRows } = splitTop(grid, kinds, firstData);
  // A lone label right under the header ("SGB II-Vergleichstyp 3") is the first group row, not a header row.
  const nearest = headerRows[headerRows.length - 1];
  if (headerRows.length >= 2 && nearest === firstData - 1 && kinds[nearest].filter((k) => k !== "blank").length === 1 && kinds[nearest][0] === "text") {
    headerRows.pop();
    firstData--;
  }
  const candidateRows = range(firstData, grid.rowCount);
  const valueColumns: number[] = [];
  const labelColumns: number[] = [];
  const monthNumbers = new Set<number>();
  const regionColumns = regionColumnsOf(grid, headerRows);
  for (let c = 0; c < grid.colCount; c++) {
    let numbers = 0;
    let labels = 0;
    for (const r of candidateRows) {
      const kind = kinds[r][c];
      if (kind === "number" || kind === "no-value") numbers++;
      else if (kind === "text" || kind === "period") labels++;
    }
    const periodNumbers = periodNumberColumn(grid, headerRows, candidateRows, c);
    if (periodNumbers === "month") monthNumbers.add(c);
    if (numbers > 0 && numbers >= labels && periodNumbers === null && regionColumns.get(c) !== "key") valueColumns.push(c);
    else if (labels > 0 || numbers > 0) labelColumns.push(c);
  }
  if (valueColumns.length === 0) return null;
  const columns = new Map(valueColumns.map((c) => [c, columnDimensions(grid, headerRows, c, labelColumns)]));
  const context = withoutDerivedScenario(combine(dimensionsOf(grid.name), ...titleRows.flatMap((r) => rowTexts(grid, r).map((t) => dimensionsOf(withoutDataAsOf(t))))));
  const { dataRows, excludedRows, rows } = dataRowsOf(grid, kinds, candidateRows, labelColumns, valueColumns, monthNumbers, regionColumns);
  const messages = withoutRowsOfNoPeriod(grid, kinds, headerRows, labelColumns, dataRows, excludedRows, rows);
  const checkedColumns = withCheckedMonthHeaders(grid, headerRows, valueColumns, columns, dataRows[0] ?? firstData, messages);
  const measuresIn = { rows: [...rows.values()].some((d) => d.measure), columns: [...columns.values()].some((d) => d.measure) };
  const columnMeasures = [...columns.values()].flatMap((d) => (d.measure ? [d.measure] : []));
  const soleColumnMeasure = !measuresIn.rows && columnMeasures.length > 0 && columnMeasures.every((m) => sameMeasure(m, columnMeasures[0])) ? columnMeasures[0] : null;
  return { titleRows, headerRows, dataRows, excludedRows, labelColumns, valueColumns: checkedColumns, columns, rows, context, measuresIn, soleColumnMeasure, messages };
}

function classifyCells(grid: SheetGrid): CellKind[][] {
  return range(0, grid.rowCount).map((r) => range(0, grid.colCount).map((c) => cellKind(grid, r, c)));
}

function cellKind(grid: SheetGrid, r: number, c: number): CellKind {
  const raw = grid.value(r, c);
  if (grid.isBlank(r, c)) return "blank";
  if (typeof raw === "number") return isDateFormat(grid.numberFormat(r, c)) && parseMonthLabel(raw) ? "period" : "number";
  if (typeof raw === "string" && parsePeriodLabel(raw)) return "period";
  const parsed = grid.number(r, c);
  if (parsed.kind === "number") return "number";
  if (parsed.kind === "no-value") return "no-value";
  return "text";
}

function isDateFormat(format: string): boolean {
  if (format === "General") return false;
  const visible = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[dmyjt]/i.test(visible) && !/%|0[.,]0|#/.test(visible);
}

/** A row with a figure that is no year standing alone in a header ("2023 | 2024" over the months). */
function isDataRow(grid: SheetGrid, row: CellKind[], r: number): boolean {
  const numbers = row.flatMap((kind, c) => (kind === "number" ? [c] : []));
  if (numbers.length === 0) return false;
  const yearsOnly = numbers.every((c) => dimensionsOf(grid.value(r, c)).year !== undefined);
  if (!yearsOnly) return true;
  // Years beside a measure's name are its figures (an LZB stock of 2.031), not a header.
  return row.some((kind, c) => kind === "text" && dimensionsOf(grid.value(r, c)).measure !== undefined);
}

/** Above the first data row: one-cell rows are titles, the rest (at most four, nearest first) the header. */
function splitTop(grid: SheetGrid, kinds: CellKind[][], firstData: number): { titleRows: number[]; headerRows: number[] } {
  const headerRows: number[] = [];
  let r = firstData - 1;
  for (; r >= 0 && headerRows.length < MAX_HEADER_ROWS; r--) {
    const filled = kinds[r].filter((k) => k !== "blank").length;
    if (filled === 0) {
      if (headerRows.length > 0) break;
      continue;
    }
    if (filled === 1 && headerRows.length > 0) break;
    headerRows.unshift(r);
  }
  const titleRows = range(Math.max(0, r - MAX_TITLE_ROWS + 1), r + 1).filter((t) => kinds[t].some((k) => k !== "blank"));
  return { titleRows, headerRows };
}

/**
 * A column's header: each header row's text, a band's text carried over the columns to its right up to the next band
 * (merged cells arrive with the text in their first cell only).
 */
function columnDimensions(grid: SheetGrid, headerRows: number[], c: number, labelColumns: number[]): Dimensions {
  const levels = headerRows.map((r, i) => {
    const own = grid.value(r, c);
    const isBand = i < headerRows.length - 1;
    if (!grid.isBlank(r, c) || !isBand) return dimensionsOf(own, true);
    for (let left = c - 1; left >= 0 && !labelColumns.includes(left); left--) {
      if (!grid.isBlank(r, left)) return dimensionsOf(grid.value(r, left), true);
    }
    return {};
  });
  // Only the column's own header (its lowest written cell) says whether it is understood; a band's prose ("Endgültige
  // Werte …") is description.
  const lowest = headerRows.map((r, i) => (grid.isBlank(r, c) ? -1 : i)).reduce((a, b) => Math.max(a, b), -1);
  const own = lowest >= 0 ? levels[lowest].unexplained : undefined;
  return { ...combine(...codeBesideName(levels, "above").map((l) => ({ ...l, unexplained: undefined }))), ...(own ? { unexplained: own } : {}) };
}

function dataRowsOf(grid: SheetGrid, kinds: CellKind[][], candidates: number[], labelColumns: number[], valueColumns: number[], monthNumbers: ReadonlySet<number>, regionColumns: RegionColumns) {
  const dataRows: number[] = [];
  const excludedRows: BlockLayout["excludedRows"] = [];
  const rows = new Map<number, Dimensions>();
  let section: Dimensions = {};
  let lastYear: number | undefined;
  /** The measure of the last row that is no part of another ("davon …", "darunter …"). */
  let whole: MeasureRef | undefined;
  for (const r of candidates) {
    // Anything in a column of figures makes a data row: "gut" where a grade belongs is a figure gone wrong, said at its cell.
    const hasFigure = valueColumns.some((c) => kinds[r][c] !== "blank");
    const labels = labelColumns.filter((c) => !grid.isBlank(r, c)).map((c) => (typeof grid.value(r, c) === "string" ? grid.text(r, c) : grid.value(r, c)));
    const first = labels.length > 0 ? String(labels[0]) : "";
    if (!hasFigure) {
      if (labels.length === 0 && valueColumns.every((c) => kinds[r][c] === "blank")) excludedRows.push({ row: r, reason: "blank" });
      else if (NOTE_LABEL.test(first.trim()) || first.length > 80) excludedRows.push({ row: r, reason: "note" });
      else {
        const dims = combine(...labels.map((l) => dimensionsOf(l)));
        // A period without figures ("IV", "Dezember 2024") is one not reported yet, not a heading over the rows below.
        const isPeriod = dims.period || dims.bareMonth !== undefined || dims.barePeriod;
        excludedRows.push({ row: r, reason: isPeriod ? "unreported" : "group" });
        if (!isPeriod) section = dims;
      }
      continue;
    }
    const own = combine(section, ...codeBesideName(labelColumns.map((c) => labelDimensions(grid, r, c, kinds[r][c], monthNumbers.has(c), regionColumns.get(c)))));
    // A year written once for its months (a cell merged down, an export that does not repeat it) holds until the next.
    if (own.year !== undefined) lastYear = own.year;
    const withYear = own.year === undefined && (own.bareMonth !== undefined || own.barePeriod) && lastYear !== undefined ? { ...own, year: lastYear } : own;
    // "davon Frauen" under "Erwerbsfähige Leistungsberechtigte" is the ELB of the women: a part names its whole above.
    const part = PART_OF.test(first);
    const ofWhole = part && !withYear.measure && withYear.subGroup && whole ? { ...withYear, measure: whole } : withYear;
    if (!part && withYear.measure) whole = withYear.measure;
    const dims = !ofWhole.measure && typeof labels[0] === "string" && !ofWhole.period && ofWhole.bareMonth === undefined ? { ...ofWhole, label: first } : ofWhole;
    if (!dims.measure && isTotalLabel(first)) {
      excludedRows.push({ row: r, reason: "total" });
      continue;
    }
    if (NOTE_LABEL.test(first.trim())) {
      excludedRows.push({ row: r, reason: "note" });
      continue;
    }
    dataRows.push(r);
    rows.set(r, dims);
  }
  return { dataRows, excludedRows, rows };
}

/**
 * A column that holds the period of each row ("Monat", "Zeitraum", or mostly periods): a row whose cell there is text
 * but no period ("Sommer") has no period; its figures are not taken, and the user is told which cell.
 */
function withoutRowsOfNoPeriod(grid: SheetGrid, kinds: CellKind[][], headerRows: number[], labelColumns: number[], dataRows: number[], excludedRows: BlockLayout["excludedRows"], rows: Map<number, Dimensions>): Message[] {
  const messages: Message[] = [];
  const header = (c: number) => (headerRows.length > 0 ? normalizeLabel(grid.value(headerRows[headerRows.length - 1], c)) : "");
  const periodColumns = labelColumns.filter((c) => PERIOD_HEADERS.has(header(c)) || dataRows.filter((r) => kinds[r][c] === "period").length * 2 > dataRows.length);
  const leaveOut = (r: number, c: number, text: string) => {
    messages.push(message("warning", text, grid.name, grid.address(r, c)));
    dataRows.splice(dataRows.indexOf(r), 1);
    rows.delete(r);
    excludedRows.push({ row: r, reason: "noPeriod" });
  };
  for (const c of periodColumns) {
    for (const r of [...dataRows]) {
      if (kinds[r][c] !== "text") continue;
      const text = grid.text(r, c);
      const dims = dimensionsOf(text);
      const meantAsMonth = looksLikeMonthLabel(text) && !parsePeriodLabel(text);
      if (!meantAsMonth && (dims.period || dims.bareMonth !== undefined || dims.barePeriod || dims.year !== undefined)) continue;
      leaveOut(r, c, `„${text}“ ist kein ${meantAsMonth || header(c) === "monat" ? "Monat" : "Zeitraum"}; die Zeile wird nicht verwendet.`);
    }
    // "Feb 30" among the months of 2022 is the 30th of February more likely than February 2030.
    const months = dataRows.flatMap((r) => {
      const period = dimensionsOf(grid.value(r, c), kinds[r][c] === "period").period;
      return period?.kind === "month" ? [{ raw: grid.value(r, c), month: period.last, r }] : [];
    });
    for (const doubt of implausibleMonths(months)) leaveOut(doubt.r, c, doubtfulMonthText(grid.text(doubt.r, c), doubt.month, "Zeile"));
  }
  return messages;
}

/**
 * A header of months written per column is checked like a person would: a month twice (the first column counts), a
 * label meant as a month that is none ("13/2022"), a "Feb 30" among 2022, a month missing between two others.
 */
function withCheckedMonthHeaders(grid: SheetGrid, headerRows: number[], valueColumns: number[], columns: ReadonlyMap<number, Dimensions>, firstDataRow: number, messages: Message[]): number[] {
  // Under bands ("K2 | K3" over "Juni 2024 | Juni 2023" each) every band has its own months: checked band by band.
  const bandOf = (c: number) => {
    const { measure, subGroup, region, scenario } = columns.get(c) ?? {};
    return JSON.stringify([measure?.label, subGroup, region?.key ?? region?.name, scenario]);
  };
  const bands = new Map<string, number[]>();
  for (const c of valueColumns) bands.set(bandOf(c), [...(bands.get(bandOf(c)) ?? []), c]);
  if (bands.size <= 1 || headerRows.length < 2) return withCheckedMonthHeader(grid, headerRows, valueColumns, firstDataRow, messages);
  const kept = new Set([...bands.values()].flatMap((band) => withCheckedMonthHeader(grid, headerRows, band, firstDataRow, messages)));
  return valueColumns.filter((c) => kept.has(c));
}

function withCheckedMonthHeader(grid: SheetGrid, headerRows: number[], valueColumns: number[], firstDataRow: number, messages: Message[]): number[] {
  let best: { row: number; months: MonthColumn[] } | null = null;
  for (const r of headerRows) {
    const months = valueColumns.flatMap((c) => {
      const period = grid.isBlank(r, c) ? undefined : dimensionsOf(grid.value(r, c), true).period;
      return period?.kind === "month" && !grid.isBlank(r, c) && parsePeriodLabel(grid.value(r, c)) ? [{ col: c, month: period.last }] : [];
    });
    if (months.length >= 2 && (!best || months.length > best.months.length)) best = { row: r, months };
  }
  if (!best) return valueColumns;
  const kept = new Set(checkMonthHeader(grid, best.row, best.months, firstDataRow, messages).map((m) => m.col));
  return valueColumns.filter((c) => kept.has(c) || !best.months.some((m) => m.col === c));
}

const PERIOD_HEADERS: ReadonlySet<string> = new Set([...MONTH_HEADERS, "quartal", "halbjahr", "zeitraum", "stichtag", "berichtszeitraum"].map((h) => normalizeLabel(h)));

/**
 * "Jahr | Monat | Wert": a column headed Jahr (or Monat) whose numbers are years (or 1–12) says when, it holds no
 * figures.
 */
function periodNumberColumn(grid: SheetGrid, headerRows: number[], rows: number[], c: number): "year" | "month" | null {
  const header = headerRows.length > 0 ? normalizeLabel(grid.value(headerRows[headerRows.length - 1], c)) : "";
  const numbers = rows.map((r) => grid.value(r, c)).filter((v): v is number => typeof v === "number");
  if (YEAR_HEADERS.some((h) => header === h) && numbers.every((v) => Number.isInteger(v) && v >= 1990 && v < 2100)) return "year";
  if (MONTH_HEADERS.some((h) => header === h) && numbers.every((v) => Number.isInteger(v) && v >= 1 && v <= 12)) return "month";
  return null;
}

/** What a label cell says; a number in a label column is a year or, 1–12 in a month column, a month. */
function labelDimensions(grid: SheetGrid, r: number, c: number, kind: CellKind, monthNumber: boolean, region: "key" | "name" | "type" | undefined): Dimensions {
  const raw = grid.value(r, c);
  if (monthNumber && typeof raw === "number") return { bareMonth: raw };
  if (region === "type") return grid.text(r, c).trim() === "" ? {} : { comparisonType: grid.text(r, c).trim() };
  if (region === "key") {
    // A Regionalschlüssel written as a number lost its leading zero (3353 for 03353).
    const key = typeof raw === "number" ? withLeadingZero(String(raw)) : grid.text(r, c).trim();
    return key === "" ? {} : { region: regionOfRow(key, "") };
  }
  const dims = dimensionsOf(raw, kind === "period");
  if (region !== "name" || typeof raw !== "string" || dims.region) return dims;
  // Under "Jobcenter" or "Region" a plain name ("Celle") is a region; a row that says what its figures are
  // ("Zielwert 2024") is not.
  const saysWhat = dims.measure || dims.scenario || dims.period || dims.year !== undefined;
  return saysWhat ? dims : { region: regionOf(raw) ?? regionOfRow(null, raw.trim()) };
}

/**
 * "K1 | Veränderung der Summe der Leistungen zum Lebensunterhalt": a §48a code beside its name is the measure, and the
 * name only describes it — its words ("Veränderung") say nothing of the figure beyond what the code says.
 */
function codeBesideName(labels: Dimensions[], describing: "all" | "above" = "all"): Dimensions[] {
  const code = labels.findIndex((d) => d.measure?.kennzahl !== undefined && d.measure.label.replace(/\s+/g, "").toUpperCase() === d.measure.kennzahl);
  if (code < 0) return labels;
  // In a header, a band over the code ("Veränderung LLU" over "K1") describes it; a sub-header under it
  // ("Veränderung (pp)") still says what its column holds.
  const describes = (d: Dimensions, i: number) => i !== code && (describing === "all" || i < code) && (d.measure || d.scenario === "difference");
  return labels.map((d, i) => (describes(d, i) ? { ...d, measure: undefined, scenario: undefined, unexplained: undefined } : d));
}

/** Columns that say per row whose figures they are: a Regionalschlüssel ("key") or a region's name ("name"). */
type RegionColumns = ReadonlyMap<number, "key" | "name" | "type">;

function regionColumnsOf(grid: SheetGrid, headerRows: number[]): RegionColumns {
  const columns = new Map<number, "key" | "name" | "type">();
  if (headerRows.length === 0) return columns;
  for (let c = 0; c < grid.colCount; c++) {
    // Any header row may name it: "Regionalschlüssel" under a band "Region", or above a group row of the first data.
    const kinds = headerRows.map((r) => regionHeaderKind(normalizeLabel(grid.value(r, c)))).filter((k) => k !== null);
    if (kinds.length > 0) columns.set(c, kinds[kinds.length - 1] as "key" | "name" | "type");
  }
  return columns;
}

/** "Stand: Juli 2024", "Datenstand 31.08.2023" say when the data were taken, not which period they describe. */
function withoutDataAsOf(text: string): string {
  return text.replace(/\(?\s*(daten)?stand\b.*$/i, "").replace(/\(?\s*(buchungsstand|stichtag der daten)\b.*$/i, "").trim();
}

/** A title's "Ø" or "Summe" describes the figures ("Ø Tage bis zum Erstgespräch"), it does not make them derived. */
function withoutDerivedScenario(dims: Dimensions): Dimensions {
  return isDerived(dims.scenario) ? { ...dims, scenario: undefined } : dims;
}

/** "davon Frauen", "darunter LZB", "dav. U25": a row that is a part of the row above it. */
const PART_OF = /^(davon|darunter|dav\.|dar\.|darin)\s/i;

function isTotalLabel(text: string): boolean {
  return SUBTOTAL_LABEL.test(text.trim());
}

function rowTexts(grid: SheetGrid, r: number): string[] {
  return range(0, grid.colCount)
    .map((c) => grid.text(r, c))
    .filter((v) => v !== "");
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
