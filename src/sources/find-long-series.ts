/**
 * Finds indicator values in long format: one row per indicator × month, with Ist and optionally Ziel
 * ("Kennzahl | Monat | Ist | Ziel | Einheit"). This is how quality figures (KZI, Bearbeitungsdauer, Widerspruchsquote)
 * usually arrive.
 */
import { formatPercent } from "../domain/cell-values";
import { ALL_INDICATORS, type IndicatorDefinition } from "../domain/indicators";
import { type Message, message } from "../domain/messages";
import { doubtfulMonthText, implausibleMonths, parseMonthLabel } from "../domain/month-labels";
import { formatMonthLong, type MonthKey } from "../domain/months";
import { bestAliasMatch, normalizeLabel } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { noteCell } from "./find-base-series";
import { KENNZAHL_CODE } from "../domain/kennzahlen-catalogue";
import { type Period, parsePeriodLabel } from "../domain/periods";

/** Rows of a name no catalogue knows: a local indicator, when the table or the Zielwerte say which way is better. */
export interface UnmatchedRows {
  label: string;
  actual: Map<MonthKey, number>;
  target: Map<MonthKey, number>;
  /** Where each value stands (A1), for the column model. */
  cells: { actual: Map<MonthKey, string>; target: Map<MonthKey, string> };
  /** As written in the rows' "Richtung" and "Einheit" columns, when the table has them. */
  direction?: string;
  unit?: string;
  sheet: string;
  cell: string;
}

export interface FoundLongSeries {
  sheet: string;
  /** Reported Ist values by indicator code. */
  actual: Map<string, Map<MonthKey, number>>;
  /** The A1 cell of every Ist value. */
  cells: Map<string, Map<MonthKey, string>>;
  /** Rows named by a §48a code ("K1", "K2_F"): published Kennzahlen, as an sgb2.info long list gives them. */
  published: Map<string, Map<MonthKey, number>>;
  publishedCells: Map<string, Map<MonthKey, string>>;
  /** Quarters and half-years the values stand for, by code and the month they are filed under. */
  periods: Map<string, Map<MonthKey, Period>>;
  /** The unit the rows name ("Einheit" column), as written, by code. */
  units: Map<string, string>;
  /** Zielwerte by indicator code and month, when the rows carry them. */
  target: Map<string, Map<MonthKey, number>>;
  /** The A1 cell of every Zielwert. */
  targetCells: Map<string, Map<MonthKey, string>>;
  /** Rows with names no catalogue knows, by normalised name: they may be local indicators defined with the targets. */
  unmatched: Map<string, UnmatchedRows>;
  messages: Message[];
}

/** German first, English synonyms for workbooks kept in English. */
const HEADERS = {
  indicator: ["kennzahl", "indikator", "qualitätskennzahl", "messgrosse", "indicator"],
  month: ["monat", "berichtsmonat", "zeitraum", "stand", "month"],
  actual: ["ist", "ist wert", "istwert", "wert", "actual", "value"],
  target: ["zielwert", "ziel", "soll", "sollwert", "target"],
  unit: ["einheit", "unit"],
  direction: ["richtung", "wirkungsrichtung", "polarität", "direction"],
};

const CANDIDATES = ALL_INDICATORS.map((d) => ({ item: d, aliases: [d.name, d.code, ...d.aliases] }));

export function findLongSeries(grid: SheetGrid): FoundLongSeries | null {
  const header = findHeader(grid);
  if (!header) return null;
  const found: FoundLongSeries = { sheet: grid.name, actual: new Map(), cells: new Map(), published: new Map(), publishedCells: new Map(), periods: new Map(), units: new Map(), target: new Map(), targetCells: new Map(), unmatched: new Map(), messages: [] };
  const doubtful = new Set(doubtfulMonthRows(grid, header));
  const seen = new Set<string>();
  const disputed = new Set<string>();
  for (let r = header.row + 1; r < grid.rowCount && !grid.rowIsBlank(r); r++) {
    const label = grid.text(r, header.indicator);
    if (KENNZAHL_CODE.test(label.toUpperCase())) {
      const month = parsePeriodLabel(grid.value(r, header.month))?.last ?? null;
      const value = grid.number(r, header.actual);
      if (month && value.kind === "number") {
        const code = label.toUpperCase();
        if (!found.published.has(code)) found.published.set(code, new Map());
        const known = found.published.get(code)?.get(month);
        const key = `${code}|${month}`;
        // The same code and month twice with different figures (a list of all Jobcenter, Land and Bund): no row can
        // be told from the other here, so neither counts — never the last one read.
        if (disputed.has(key) || (known !== undefined && Math.abs(known - value.value) > 1e-9)) {
          if (!disputed.has(key)) found.messages.push(message("warning", `„${code}“ steht für ${formatMonthLong(month)} mehrmals mit verschiedenen Werten (zuerst ${found.publishedCells.get(code)?.get(month) ?? ""}, dann ${grid.address(r, header.actual)}); keiner wird verwendet.`, grid.name, grid.address(r, header.actual)));
          disputed.add(key);
          found.published.get(code)?.delete(month);
          found.publishedCells.get(code)?.delete(month);
          continue;
        }
        found.published.get(code)?.set(month, value.value);
        noteCell(found.publishedCells, code, month, grid.address(r, header.actual));
      }
      continue;
    }
    const definition = bestAliasMatch(label, CANDIDATES);
    if (!definition) {
      if (label) collectUnmatched(found, grid, r, header, label);
      continue;
    }
    const period = parsePeriodLabel(grid.value(r, header.month));
    const month = period?.last ?? null;
    if (!month) {
      found.messages.push(message("error", `„${String(grid.value(r, header.month) ?? "")}“ ist kein Monat, Quartal oder Halbjahr (erwartet z. B. „05/2022“, „Mai 2022“, „Q3 2022“ oder „2. Halbjahr 2022“).`, grid.name, grid.address(r, header.month)));
      continue;
    }
    if (period && period.kind !== "month") {
      if (!found.periods.has(definition.code)) found.periods.set(definition.code, new Map());
      found.periods.get(definition.code)?.set(month, period);
    }
    if (doubtful.has(r)) {
      found.messages.push(message("warning", doubtfulMonthText(grid.text(r, header.month), month, "Zeile"), grid.name, grid.address(r, header.month)));
      continue;
    }
    if (seen.has(`${definition.code} ${month}`)) {
      found.messages.push(message("warning", `„${label}“ steht für ${formatMonthLong(month)} doppelt; die Zeile wird nicht verwendet (es gilt die erste Zeile).`, grid.name, grid.address(r, header.indicator)));
      continue;
    }
    seen.add(`${definition.code} ${month}`);
    if (header.unit !== null && grid.text(r, header.unit) !== "") found.units.set(definition.code, grid.text(r, header.unit));
    const actual = readValue(grid, r, header.actual, definition, found.messages);
    put(found.actual, definition, month, actual);
    if (actual !== null) noteCell(found.cells, definition.code, month, grid.address(r, header.actual));
    if (header.target === null) continue;
    const target = readValue(grid, r, header.target, definition, found.messages, true);
    put(found.target, definition, month, target);
    if (target !== null) noteCell(found.targetCells, definition.code, month, grid.address(r, header.target));
  }
  // A table of only bad rows is still the user's quality table: what was wrong with it must reach them.
  return found.actual.size > 0 || found.published.size > 0 || found.target.size > 0 || found.unmatched.size > 0 || found.messages.length > 0 ? found : null;
}

/** Rows whose month ("Feb 30") is more likely a day than a year, judged against the months of all other rows. */
function doubtfulMonthRows(grid: SheetGrid, header: LongHeader): number[] {
  const rows: Array<{ r: number; raw: unknown; month: MonthKey }> = [];
  for (let r = header.row + 1; r < grid.rowCount && !grid.rowIsBlank(r); r++) {
    const raw = grid.value(r, header.month);
    const month = parseMonthLabel(raw);
    if (month) rows.push({ r, raw, month });
  }
  return implausibleMonths(rows).map(({ r }) => r);
}

function collectUnmatched(found: FoundLongSeries, grid: SheetGrid, r: number, header: LongHeader, label: string): void {
  const key = normalizeLabel(label);
  const month = parsePeriodLabel(grid.value(r, header.month))?.last ?? null;
  const entry: UnmatchedRows = found.unmatched.get(key) ?? { label, actual: new Map(), target: new Map(), cells: { actual: new Map(), target: new Map() }, sheet: grid.name, cell: grid.address(r, header.indicator) };
  found.unmatched.set(key, entry);
  if (header.direction !== null && grid.text(r, header.direction) !== "") entry.direction = grid.text(r, header.direction);
  if (header.unit !== null && grid.text(r, header.unit) !== "") entry.unit = grid.text(r, header.unit);
  if (!month) return;
  const actual = grid.number(r, header.actual);
  if (actual.kind === "number") {
    entry.actual.set(month, actual.value);
    entry.cells.actual.set(month, grid.address(r, header.actual));
  }
  const target = header.target === null ? null : grid.number(r, header.target);
  if (target?.kind === "number" && header.target !== null) {
    entry.target.set(month, target.value);
    entry.cells.target.set(month, grid.address(r, header.target));
  }
}

function put(into: Map<string, Map<MonthKey, number>>, d: IndicatorDefinition, month: MonthKey, value: number | null): void {
  if (value === null) return;
  if (!into.has(d.code)) into.set(d.code, new Map());
  into.get(d.code)?.set(month, value);
}

function readValue(grid: SheetGrid, r: number, c: number, d: IndicatorDefinition, messages: Message[], optional = false): number | null {
  const parsed = grid.number(r, c);
  if (parsed.kind === "number") {
    const value = d.unit === "percent" ? grid.percentValue(r, c, parsed) : parsed.value;
    // Reported percentages are shares (Widerspruchsquote, Erstberatung …): below 0 or above 100 they cannot be.
    if (d.unit === "percent" && (value > 100 || value < 0)) {
      messages.push(message("warning", `${formatPercent(value)} ist als Quote nicht möglich (${d.name}); der Monat bleibt ohne Wert.`, grid.name, grid.address(r, c)));
      return null;
    }
    return value;
  }
  if (parsed.kind === "invalid") messages.push(message("error", `„${parsed.text}“ ist keine Zahl (${d.name}).`, grid.name, grid.address(r, c)));
  else if (parsed.kind === "no-value" && !optional) messages.push(message("info", `„${parsed.text}“ gilt als fehlender Wert (nicht als 0).`, grid.name, grid.address(r, c)));
  return null;
}

interface LongHeader {
  row: number;
  indicator: number;
  month: number;
  actual: number;
  target: number | null;
  unit: number | null;
  direction: number | null;
}

function findHeader(grid: SheetGrid): LongHeader | null {
  for (let r = 0; r < Math.min(grid.rowCount, 50); r++) {
    const col = (names: string[], except: number[] = []) => grid.headerColumn(r, names, except);
    const indicator = col(HEADERS.indicator);
    const month = col(HEADERS.month);
    if (indicator === null || month === null) continue;
    const actual = col(HEADERS.actual, [indicator, month]);
    if (actual === null) continue;
    const target = col(HEADERS.target, [indicator, month, actual]);
    const others = [indicator, month, actual, ...(target === null ? [] : [target])];
    return { row: r, indicator, month, actual, target, unit: col(HEADERS.unit, others), direction: col(HEADERS.direction, others) };
  }
  return null;
}
