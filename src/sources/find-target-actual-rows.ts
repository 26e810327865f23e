/**
 * Ziel-Ist rows, as controllers keep them by hand: one row per indicator with the annual Zielwert and the monthly Ist
 * beside it, the months often under a merged band ("Ist 2024", "Ist lfd. Jahr") and the months still to come blank.
 *
 *   Kennzahl               | Zielwert 2024 |            Ist 2024            |
 *                          |               | Jan | Feb | Mär | … | Dez      |
 *   Integrationsquote      | 25,0 %        | 2,1 | 4,0 | 6,2 |   |          |
 *   Bestand LZB            | 1.450         | 1.480 | 1.470 | …              |
 *
 * Both are read: the Zielwert as the agreed target, the monthly values as what they are for the indicator — a quota
 * (Jahresfortschrittswert) or a quality figure as the reported Ist of that month; a Bestand (LZB) or a sum (LLU) as the
 * monthly Grunddaten from which the report forms the Jahresdurchschnitt or the Summe seit Januar, as for Grunddaten.
 */
import { ALL_INDICATORS, type IndicatorDefinition } from "../domain/indicators";
import { type Message, message } from "../domain/messages";
import { type Period, parsePeriodLabel } from "../domain/periods";
import { yearsIn } from "../domain/month-labels";
import type { MonthKey } from "../domain/months";
import { type FoundBaseSeries, noteCell } from "./find-base-series";
import { type FoundTarget, type FoundTargets, readTargetCell, readTolerance, unitFromText } from "./find-targets";
import { bestAliasMatch, normalizeLabel } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { TARGET_HEADERS } from "./vocabulary";

export interface FoundTargetActualRows {
  sheet: string;
  targets: FoundTargets;
  /** Monthly Ist of quotas and quality figures, by indicator code. */
  reported: Map<string, Map<MonthKey, number>>;
  reportedCells: Map<string, Map<MonthKey, string>>;
  /** Monthly Ist that are Grunddaten (LZB-Bestand, LLU), by Kürzel. */
  grunddaten: FoundBaseSeries;
  /** Quarters and half-years the columns stand for, by the month they are filed under. */
  periods: Map<MonthKey, Period>;
  /** The unit each row names ("Einheit" column), as written. */
  units: Map<string, string>;
  messages: Message[];
}

interface Layout {
  header: number;
  /** The last header row (month names); data starts below it. */
  lastHeader: number;
  label: number;
  /** null: a sheet of indicator rows with values per period and no Zielwert column (a quality sheet kept wide). */
  target: number | null;
  tolerance: number | null;
  unit: number | null;
  months: Array<{ col: number; month: MonthKey; period: Period }>;
  /** The Soll each month band states beside its Ist ("Ist | Soll | Abweichung" under "Juni 2024"). */
  plans: Array<{ col: number; month: MonthKey }>;
  year: number | null;
}

const CANDIDATES = ALL_INDICATORS.map((d) => ({ item: d, aliases: [d.name, d.code, ...d.aliases] }));
const MIN_MONTHS = 3;
/** Half-yearly figures kept wide have few columns: two half-years are a series. */
const MIN_PERIODS = 2;

interface Found {
  targets: Map<string, FoundTarget>;
  units: Map<string, string>;
  reported: Map<string, Map<MonthKey, number>>;
  reportedCells: Map<string, Map<MonthKey, string>>;
  grunddaten: FoundBaseSeries;
  messages: Message[];
}

export function findTargetActualRows(grid: SheetGrid, options: { withTarget: boolean }): FoundTargetActualRows | null {
  const layout = findLayout(grid, options.withTarget);
  if (!layout) return null;
  const found: Found = { targets: new Map(), units: new Map(), reported: new Map(), reportedCells: new Map(), grunddaten: { sheet: grid.name, series: new Map(), cells: new Map(), messages: [] }, messages: [] };
  const seen = readBlock(grid, layout, found, true);
  if (seen.size === 0) return null;
  const months = [...layout.months];
  if (found.targets.size > 0) for (const block of blocksBelow(grid, layout, found)) months.push(...block.months);
  const periods = new Map(months.filter((m) => m.period.kind !== "month").map((m) => [m.month, m.period]));
  const { targets, units, reported, reportedCells, grunddaten, messages } = found;
  return { sheet: grid.name, targets: { sheet: grid.name, year: layout.year, targets, locals: [], messages: [] }, reported, reportedCells, grunddaten, periods, units, messages };
}

/**
 * The same block repeated below for other years, after blank rows ("Ist 2024" above, "Vorjahr 2023" below): its
 * months are read as the first block's, so a Vorjahr block gives the Summe or Durchschnitt of the previous year a
 * relative Zielwert needs. A block whose months the first already holds (a "Soll 2024" block under "Ist 2024") is no
 * other year: it is said, not read. A Zielwert beside another year's months is not this year's target and is not read.
 */
function blocksBelow(grid: SheetGrid, first: Layout, found: Found): Layout[] {
  const blocks: Layout[] = [];
  const read = new Set(first.months.map((m) => m.month));
  let from = endOfBlock(grid, first);
  for (let layout = findLayout(grid, false, from); layout !== null; layout = findLayout(grid, false, from)) {
    from = endOfBlock(grid, layout);
    if (layout.months.some((m) => read.has(m.month))) {
      found.messages.push(message("warning", "Ein weiterer Block darunter nennt Monate, die der Block darüber schon hat; er wird nicht gelesen.", grid.name, grid.address(layout.header, layout.months[0].col)));
      continue;
    }
    for (const m of layout.months) read.add(m.month);
    readBlock(grid, layout, found, false);
    blocks.push(layout);
  }
  return blocks;
}

/** The first blank row after a block's rows of indicators (the row where reading it stopped). */
function endOfBlock(grid: SheetGrid, layout: Layout): number {
  let r = layout.lastHeader + 1;
  while (r < grid.rowCount && grid.rowIsBlank(r)) r++;
  while (r < grid.rowCount && !grid.rowIsBlank(r)) r++;
  return r;
}

/** Reads a block's indicator rows up to the first blank row after them; the codes it read. */
function readBlock(grid: SheetGrid, layout: Layout, found: Found, withTargets: boolean): Set<string> {
  const { targets, units, reported, reportedCells, grunddaten, messages } = found;
  const seen = new Set<string>();
  for (let r = layout.lastHeader + 1; r < grid.rowCount; r++) {
    if (grid.rowIsBlank(r)) {
      // A block with Zielwerte ends at its first blank row; a quality sheet (no Zielwerte) reads on past blank rows.
      if (withTargets ? targets.size > 0 : seen.size > 0) break;
      continue;
    }
    const label = grid.text(r, layout.label);
    const definition = bestAliasMatch(label, CANDIDATES);
    if (!definition) continue;
    if (seen.has(definition.code)) {
      messages.push(message("warning", `„${label}“ steht doppelt; die Zeile wird nicht verwendet (es gilt die erste Zeile).`, grid.name, grid.address(r, layout.label)));
      continue;
    }
    seen.add(definition.code);
    if (withTargets) {
      if (layout.unit !== null && grid.text(r, layout.unit) !== "") units.set(definition.code, grid.text(r, layout.unit));
      else {
        // "Erstgespräch U25 (Tage)": the unit in brackets behind the name.
        const bracketed = /\(([^)]+)\)\s*$/.exec(label)?.[1];
        if (bracketed && unitFromText(bracketed)) units.set(definition.code, bracketed);
      }
      const statedPlan = new Map<MonthKey, number>();
      for (const { col, month } of layout.plans) {
        const value = monthValue(grid, r, col, definition, messages);
        if (value !== null) statedPlan.set(month, value);
      }
      const plan = statedPlan.size > 0 ? { statedPlan } : {};
      if (layout.target !== null) {
        const target = readTargetCell(grid, r, layout.target, definition, messages);
        const tolerance = readTolerance(grid, r, layout.tolerance, definition, messages);
        targets.set(definition.code, { code: definition.code, ...target, ...(tolerance ? { tolerance } : {}), ...plan, sheet: grid.name, cell: grid.address(r, layout.target) });
      } else if (statedPlan.size > 0) {
        targets.set(definition.code, { code: definition.code, annualTarget: null, statedPlan, sheet: grid.name, cell: grid.address(r, layout.plans[0].col) });
      }
    }
    const into = statesYearToDate(label) ? null : grunddatumOf(definition);
    for (const { col, month } of layout.months) {
      const value = monthValue(grid, r, col, definition, messages);
      if (value === null) continue;
      if (into) {
        if (!grunddaten.series.has(into)) grunddaten.series.set(into, new Map());
        grunddaten.series.get(into)?.set(month, value);
        noteCell(grunddaten.cells, into, month, grid.address(r, col));
      } else {
        if (!reported.has(definition.code)) reported.set(definition.code, new Map());
        reported.get(definition.code)?.set(month, value);
        noteCell(reportedCells, definition.code, month, grid.address(r, col));
      }
    }
  }
  return seen;
}

/**
 * A row that says its values are already the year-to-date figure ("Bestand LZB (JDW)", "Jahresdurchschnitt", "Ø",
 * "kumuliert", "seit Januar"): they are the Ist as stated, not monthly Grunddaten to average or add up again.
 */
function statesYearToDate(label: string): boolean {
  return /\b(jdw|jfw|jahresdurchschnitt\w*|kumuliert|seit januar)\b|ø/i.test(label);
}

/** A Bestand and a sum are monthly Grunddaten; every other indicator's monthly value is its reported Ist. */
function grunddatumOf(definition: IndicatorDefinition): string | null {
  const spec = definition.measure;
  if (spec.kind === "stock-ytd-average") return spec.stock;
  if (spec.kind === "flow-ytd-sum") return spec.flow;
  return null;
}

function monthValue(grid: SheetGrid, r: number, c: number, definition: IndicatorDefinition, messages: Message[]): number | null {
  const parsed = grid.number(r, c);
  if (parsed.kind === "number") {
    return definition.unit === "percent" ? grid.percentValue(r, c, parsed) : parsed.value;
  }
  if (parsed.kind === "invalid") messages.push(message("error", `„${parsed.text}“ ist keine Zahl (${definition.name}); der Monat bleibt ohne Wert.`, grid.name, grid.address(r, c)));
  return null;
}

/**
 * The header: a Zielwert column and at least three month columns in the same row, or month names under a band row
 * above them ("Ist 2024" merged across; "Ist lfd. Jahr" takes the year of the Zielwert header, the sheet or its title).
 */
function findLayout(grid: SheetGrid, withTarget: boolean, from = 0): Layout | null {
  for (let r = from; r < Math.min(grid.rowCount, from + 40); r++) {
    const target = withTarget ? grid.headerColumn(r, TARGET_HEADERS.target) : null;
    if (withTarget && target === null) continue;
    const year = (target !== null ? yearOf(grid.text(r, target)) : null) ?? yearOf(grid.name) ?? titleYear(grid, r);
    for (const monthRow of [r, r + 1]) {
      const months = monthColumns(grid, monthRow, monthRow > r ? r : null, year).filter((m) => m.col !== target);
      const longer = months.some((m) => m.period.kind !== "month");
      if (months.length < (longer ? MIN_PERIODS : MIN_MONTHS)) continue;
      const firstValueCol = Math.min(target ?? Infinity, ...months.map((m) => m.col));
      const sub = bandSubColumns(grid, monthRow + 1, months);
      const lastHeader = sub ? monthRow + 1 : monthRow;
      const label = labelColumn(grid, lastHeader + 1, firstValueCol);
      if (label === null) continue;
      const tolerance = target !== null ? grid.headerColumn(r, TARGET_HEADERS.tolerance) : null;
      const columns = sub ?? { months, plans: [] };
      return { header: r, lastHeader, label, target, tolerance, unit: grid.headerColumn(r, TARGET_HEADERS.unit), ...columns, year: (target !== null ? yearOf(grid.text(r, target)) : null) ?? year };
    }
  }
  return null;
}

/**
 * Month bands over sub-columns ("Juni 2024" over "Ist | Soll | Abweichung", merged or written once): each band's Ist
 * column holds the month's value, its Soll (or Ziel, Plan) column the Soll zum Monat as the sheet states it; a
 * deviation column is the sheet's own arithmetic and is not read. Null unless every band has an Ist below it.
 */
function bandSubColumns(grid: SheetGrid, row: number, bands: Layout["months"]): Pick<Layout, "months" | "plans"> | null {
  if (row >= grid.rowCount || bands.length < 2) return null;
  const sorted = [...bands].sort((a, b) => a.col - b.col);
  const width = sorted[1].col - sorted[0].col;
  if (width < 2) return null;
  const months: Layout["months"] = [];
  const plans: Layout["plans"] = [];
  for (const [i, band] of sorted.entries()) {
    const end = i + 1 < sorted.length ? sorted[i + 1].col : band.col + width;
    let actual: number | null = null;
    for (let c = band.col; c < Math.min(end, grid.colCount); c++) {
      const sub = normalizeLabel(grid.value(row, c));
      if (actual === null && /^ist( |$)/.test(sub)) actual = c;
      else if (/^(soll|ziel|zielwert|plan|zielpfad)( |$)/.test(sub) && !plans.some((p) => p.month === band.month)) plans.push({ col: c, month: band.month });
    }
    if (actual === null) return null;
    months.push({ ...band, col: actual });
  }
  return { months, plans };
}

/** Month columns of a row; bare month names take the year of the band above (carried right over merged cells). */
function monthColumns(grid: SheetGrid, r: number, bandRow: number | null, fallbackYear: number | null): Layout["months"] {
  const months: Layout["months"] = [];
  let bandYear: number | null = null;
  for (let c = 0; c < grid.colCount; c++) {
    if (bandRow !== null) {
      const band = grid.text(bandRow, c);
      if (band !== "") bandYear = yearOf(band) ?? (/ist|monat/i.test(band) ? fallbackYear : null);
    }
    const raw = grid.value(r, c);
    const direct = parsePeriodLabel(raw);
    if (direct) {
      months.push({ col: c, month: direct.last, period: direct });
      continue;
    }
    const year = bandYear ?? (bandRow === null ? fallbackYear : null);
    if (year === null || typeof raw !== "string" || raw.trim() === "") continue;
    const period = parsePeriodLabel(`${raw.trim().replace(/\.$/, "")} ${year}`);
    if (period) months.push({ col: c, month: period.last, period });
  }
  return months;
}

/** The column left of the values whose rows name indicators the catalogue knows (at least one). */
function labelColumn(grid: SheetGrid, firstRow: number, before: number): number | null {
  for (let c = 0; c < before; c++) {
    for (let r = firstRow; r < Math.min(grid.rowCount, firstRow + 40); r++) {
      if (bestAliasMatch(grid.text(r, c), CANDIDATES)) return c;
    }
  }
  return null;
}

const yearOf = (text: string): number | null => yearsIn(text)[0] ?? null;

function titleYear(grid: SheetGrid, headerRow: number): number | null {
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const year = yearOf(grid.text(r, c));
      if (year !== null) return year;
    }
  }
  return null;
}
