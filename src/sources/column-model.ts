/**
 * The source model at column level: for every column of a sheet that was read, what it was read as (Zielwert, Ist of
 * a month, Plan, Eingang …), for which period, from which rows, under which header — and, for the columns beside
 * them that hold figures nobody read, that they were not used. It is built from what the readers actually took
 * (`ColumnSpan`s, see column-spans.ts), never guessed a second time, so what the pane and `quellen --json` show is what
 * the report computed from. A correction is made on it (column-decisions.ts) and read by the same readers.
 */
import { parseMonthLabel } from "../domain/month-labels";
import { formatMonthLong } from "../domain/months";
import { parsePeriodLabel } from "../domain/periods";
import { columnName, parseRangeRef } from "./a1";
import { normalizeLabel } from "./labels";
import type { SheetGrid } from "./sheet-grid";

/** Roles as controllers name the columns, in German for the pane, the CLI and the JSON. */
export const COLUMN_ROLE_NAMES = {
  label: "Bezeichnung",
  code: "Kürzel",
  unit: "Einheit",
  direction: "Richtung",
  period: "Zeitraum",
  target: "Zielwert",
  tolerance: "Toleranz",
  periodTarget: "Zielwert je Zeitraum",
  actual: "Ist",
  previousYear: "Vorjahr",
  grunddatum: "Grunddatum",
  published: "veröffentlichte Kennzahl",
  derivation: "Mittelherleitung",
  category: "Kategorie",
  instrument: "Instrument",
  account: "Finanzposition",
  plan: "Plan",
  spent: "Ist (Ausgaben)",
  committed: "Bindung/Festlegung",
  available: "verfügbar",
  followingYears: "Vorbelastung Folgejahre",
  cumulative: "Mittelabfluss kumuliert",
  regionName: "Jobcenter/Region",
  caseId: "Fall-Nr.",
  start: "Eingang",
  end: "Erledigung",
  outcome: "Ergebnis",
  closingDay: "Schließtag",
  unused: "nicht verwendet",
  excluded: "vom Benutzer ausgeschlossen",
} as const;

export type ColumnRole = keyof typeof COLUMN_ROLE_NAMES;

/** What one reader took from one column: absolute 0-based sheet positions (row 0 = row 1), the period when it has one. */
export interface ColumnSpan {
  col: number;
  firstRow: number;
  lastRow: number;
  role: ColumnRole;
  /** "Juni 2024", "2. Halbjahr 2024"; absent for columns that are not values of a period. */
  period?: string;
  /** Cells taken. */
  values: number;
}

/** A row of a table that a reader did not take as data, and why ("Zwischensumme: …"); 1-based, as Excel numbers it. */
export interface ExcludedRow {
  row: number;
  reason: string;
}

export interface ColumnModel {
  /** Column letters as Excel shows them ("F"). */
  column: string;
  /** The cells read ("F5:F17"). */
  cells: string;
  /** The header as written, a merged band above it first: "Ist 2024 › Jun". Empty when the column has none. */
  header: string;
  /** The header cell a correction relabels (A1), when the column has one. */
  headerCell: string | null;
  role: ColumnRole;
  /** The role in German ("Zielwert"). */
  roleName: string;
  /** The period of the values: one ("Juni 2024"), a few, or a range "Januar 2023 bis Juni 2024" when each row has its own. */
  period: string | null;
  /** Cells read from it (0 for a column not used). */
  values: number;
  /** The header as the user corrected it ("Soll" read as "Zielwert"); `header` is then the text as written. */
  readAs?: string;
}

/** How many rows of a long list are looked at for the columns beside the values: a 100.000-row case list costs no more. */
const SAMPLE_ROWS = 2_000;
/** How far above the first value a header is looked for. */
const HEADER_ROWS = 6;
const MAX_HEADER = 120;

/**
 * The model of one sheet (or block) from what was read on it: one entry per column and role, left to right; the
 * columns beside the values with text in most of their rows are the rows' Bezeichnung (or Einheit, Richtung, Zeitraum
 * by their header); those with figures that nothing read are "nicht verwendet".
 */
export function columnModel(grid: SheetGrid, spans: readonly ColumnSpan[]): ColumnModel[] {
  const { row: top, col: left } = grid.sheet.origin;
  const used = mergeSpans(spans.map((s) => ({ ...s, col: s.col - left, firstRow: s.firstRow - top, lastRow: s.lastRow - top })).filter((s) => s.col >= 0 && s.firstRow >= 0));
  if (used.length === 0) return [];
  const entries = used.map((span) => entryOf(grid, span));
  const taken = new Set(used.map((s) => s.col));
  const rows = coveredRows(used);
  for (let c = 0; c < grid.colCount; c++) {
    if (taken.has(c)) continue;
    const beside = besideColumn(grid, c, rows);
    if (beside) entries.push(beside);
  }
  const at = (entry: ColumnModel) => parseRangeRef(entry.cells.split(":")[0]) ?? { row: 0, col: 0 };
  return entries.sort((a, b) => at(a).col - at(b).col || at(a).row - at(b).row);
}

/** The columns of a sheet nothing was read from, by its header row: what the user can tell the add-in to read. */
export function unreadColumns(grid: SheetGrid, headerRow: number | null): ColumnModel[] {
  if (headerRow === null) return [];
  const entries: ColumnModel[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const header = grid.text(headerRow, c);
    if (header === "") continue;
    entries.push({ column: columnName(grid.sheet.origin.col + c), cells: grid.address(headerRow, c), header: clip(header), headerCell: grid.address(headerRow, c), role: "unused", roleName: COLUMN_ROLE_NAMES.unused, period: null, values: 0 });
  }
  return entries;
}

interface MergedSpan {
  col: number;
  firstRow: number;
  lastRow: number;
  role: ColumnRole;
  periods: Set<string>;
  values: number;
}

/** One entry per column and role: the Ist of twelve rows in one month column is one span, not twelve. */
function mergeSpans(spans: readonly ColumnSpan[]): MergedSpan[] {
  const byKey = new Map<string, MergedSpan>();
  for (const span of spans) {
    const key = `${span.col}\u0000${span.role}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, { col: span.col, firstRow: span.firstRow, lastRow: span.lastRow, role: span.role, periods: new Set(span.period ? [span.period] : []), values: span.values });
      continue;
    }
    known.firstRow = Math.min(known.firstRow, span.firstRow);
    known.lastRow = Math.max(known.lastRow, span.lastRow);
    known.values += span.values;
    if (span.period) known.periods.add(span.period);
  }
  return [...byKey.values()];
}

function entryOf(grid: SheetGrid, span: MergedSpan): ColumnModel {
  const header = headerAbove(grid, span.col, span.firstRow);
  return {
    column: columnName(grid.sheet.origin.col + span.col),
    cells: `${grid.address(span.firstRow, span.col)}:${grid.address(span.lastRow, span.col)}`,
    header: header.text,
    headerCell: header.cell,
    role: span.role,
    roleName: COLUMN_ROLE_NAMES[span.role],
    period: periodText([...span.periods]),
    values: span.values,
  };
}

function periodText(periods: string[]): string | null {
  if (periods.length === 0) return null;
  if (periods.length <= 3) return periods.join(", ");
  return `je Zeile: ${periods[0]} bis ${periods[periods.length - 1]}`;
}

/**
 * The header of a column: the nearest text above its first value (numbers end the search: they are another table's
 * values), with the merged band above it — the text to its left in the row above, as a band spans the columns after it.
 */
function headerAbove(grid: SheetGrid, col: number, firstRow: number): { text: string; cell: string | null } {
  for (let r = firstRow - 1; r >= Math.max(0, firstRow - HEADER_ROWS); r--) {
    const value = grid.value(r, col);
    if (typeof value === "number") {
      // A month header written as a date (or 202406): the header, shown as the month it is; any other number ends the search.
      const month = monthHeader(grid, r, col);
      return month ? { text: month, cell: grid.address(r, col) } : { text: "", cell: null };
    }
    const text = grid.text(r, col);
    if (text === "") continue;
    const band = r > 0 && isBandRow(grid, r - 1) ? (grid.text(r - 1, col) === "" ? bandLeftOf(grid, r - 1, col) : grid.text(r - 1, col)) : "";
    return { text: clip(band && band !== text ? `${band} › ${text}` : text), cell: grid.address(r, col) };
  }
  return { text: "", cell: null };
}

function monthHeader(grid: SheetGrid, r: number, col: number): string | null {
  const value = grid.value(r, col);
  const month = parseMonthLabel(value);
  if (!month) return null;
  const isDate = /yy|mmm|dd/i.test(grid.numberFormat(r, col).replace(/"[^"]*"|\[[^\]]*\]/g, ""));
  return isDate || (typeof value === "number" && value >= 199001 && value <= 209912) ? formatMonthLong(month) : null;
}

/**
 * A row above a header is a band over its columns ("Ist 2024" over the months) when it holds more than one text, or its
 * one text stands right of the first column; one text in the first column is the sheet's title ("Protokollauszug …").
 */
function isBandRow(grid: SheetGrid, r: number): boolean {
  let filled = 0;
  let first = -1;
  for (let c = 0; c < grid.colCount && filled < 2; c++) {
    if (grid.text(r, c) === "") continue;
    filled++;
    if (first < 0) first = c;
  }
  return filled >= 2 || (filled === 1 && first > 0);
}

function bandLeftOf(grid: SheetGrid, r: number, col: number): string {
  for (let c = col - 1; c >= 0; c--) {
    if (typeof grid.value(r, c) === "number") return "";
    const text = grid.text(r, c);
    if (text !== "") return text;
  }
  return "";
}

/** The rows the values stand in, sampled for long lists. */
function coveredRows(spans: MergedSpan[]): number[] {
  const rows = new Set<number>();
  for (const span of spans) for (let r = span.firstRow; r <= span.lastRow && rows.size < SAMPLE_ROWS; r++) rows.add(r);
  return [...rows].sort((a, b) => a - b);
}

/** A column beside the values: the rows' labels (or unit, direction, period) when most of its rows hold text; figures nothing read when most hold numbers. */
function besideColumn(grid: SheetGrid, col: number, rows: number[]): ColumnModel | null {
  let texts = 0;
  let numbers = 0;
  let periods = 0;
  let first = -1;
  let last = -1;
  for (const r of rows) {
    if (grid.isBlank(r, col)) continue;
    const value = grid.value(r, col);
    if (first < 0) first = r;
    last = r;
    if (typeof value === "number") numbers++;
    else if (typeof value === "string") {
      texts++;
      if (parsePeriodLabel(value)) periods++;
    }
  }
  const filled = texts + numbers;
  if (filled === 0 || filled * 2 < rows.length) return null;
  const header = headerAbove(grid, col, first);
  const role: ColumnRole = numbers > texts ? "unused" : periods * 2 > texts ? "period" : roleByHeader(header.text);
  return {
    column: columnName(grid.sheet.origin.col + col),
    cells: `${grid.address(first, col)}:${grid.address(last, col)}`,
    header: header.text,
    headerCell: header.cell,
    role,
    roleName: COLUMN_ROLE_NAMES[role],
    period: null,
    values: role === "unused" ? 0 : filled,
  };
}

/** A text column by what its header calls it; the rows' Bezeichnung otherwise. */
function roleByHeader(header: string): ColumnRole {
  const words = normalizeLabel(header.split("›").pop() ?? "");
  if (/^einheit\b/.test(words)) return "unit";
  if (/^(richtung|wirkungsrichtung|zielrichtung)\b/.test(words)) return "direction";
  if (/^(kuerzel|code|kennzahl nr|nr|schluessel|regionalschluessel|rs|ags|jc nr)\b/.test(words)) return "code";
  if (/^(finanzposition|haushaltsstelle|kapitel|titel|fipo|kostenstelle)\b/.test(words)) return "account";
  if (/^(kategorie|gruppe|bereich|art)\b/.test(words)) return "category";
  if (/^(zeitraum|monat|periode|berichtsmonat|datum|stichtag)\b/.test(words)) return "period";
  return "label";
}

function clip(text: string): string {
  const single = text.replace(/\s+/g, " ").trim();
  return single.length > MAX_HEADER ? `${single.slice(0, MAX_HEADER - 1)}…` : single;
}
