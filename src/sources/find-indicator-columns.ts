/**
 * Indicator figures with the periods as rows and the indicators as columns, as small quality sheets are kept:
 *
 *   Zeitraum  | KZI  | Zielwert          Quartal         | Erstberatung U25 | Erstberatung Ü25
 *   HJ 1/2024 | 2,19 | 2,2                               | Tage             | Tage
 *   HJ 2/2024 | 2,41 | 2,2               1. Quartal 2024 | 11,2             | 16,3
 *                                         Ziel 2024       | 10               | 15
 *
 * A "Ziel" column beside a single indicator gives its Zielwert per period; a row headed "Ziel 2024" gives each
 * column's annual Zielwert; a row of units under the header names each column's unit.
 */
import { ALL_INDICATORS, type IndicatorDefinition } from "../domain/indicators";
import { type Message, message } from "../domain/messages";
import type { MonthKey } from "../domain/months";
import type { Period } from "../domain/periods";
import { periodAfterWords } from "./period-in-text";
import { noteCell } from "./find-base-series";
import { type FoundTarget, type FoundTargets, unitFromText } from "./find-targets";
import { aliasMatchWithCode, normalizeLabel } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { TARGET_HEADERS } from "./vocabulary";
import { KENNZAHL_CODE } from "../domain/kennzahlen-catalogue";

export interface FoundIndicatorColumns {
  sheet: string;
  reported: Map<string, Map<MonthKey, number>>;
  reportedCells: Map<string, Map<MonthKey, string>>;
  /** Columns headed by a §48a code ("K1", "K2_F"): published Kennzahlen, as an sgb2.info time series has them. */
  published: Map<string, Map<MonthKey, number>>;
  publishedCells: Map<string, Map<MonthKey, string>>;
  /** Zielwerte per period (a "Ziel" column beside one indicator), by code. */
  monthlyTargets: Map<string, Map<MonthKey, number>>;
  monthlyTargetCells: Map<string, Map<MonthKey, string>>;
  /** Annual Zielwerte from a "Ziel 2024" row. */
  targets: FoundTargets | null;
  periods: Map<string, Map<MonthKey, Period>>;
  units: Map<string, string>;
  messages: Message[];
}

const CANDIDATES = ALL_INDICATORS.map((d) => ({ item: d, aliases: [d.name, d.code, ...d.aliases] }));
const PERIOD_HEADERS = ["monat", "zeitraum", "quartal", "halbjahr", "berichtsmonat", "periode", "berichtszeitraum", "stand"];

export function findIndicatorColumns(grid: SheetGrid): FoundIndicatorColumns | null {
  const layout = findLayout(grid);
  if (!layout) return null;
  const found: FoundIndicatorColumns = { sheet: grid.name, reported: new Map(), reportedCells: new Map(), published: new Map(), publishedCells: new Map(), monthlyTargets: new Map(), monthlyTargetCells: new Map(), targets: null, periods: new Map(), units: new Map(), messages: [] };
  for (const { col, definition } of layout.indicators) {
    const unit = bracketedUnit(grid.text(layout.header, col));
    if (unit) found.units.set(definition.code, unit);
  }
  const sheetYear = onlyYearAbove(grid, layout.header);
  const annual = new Map<string, FoundTarget>();
  let targetYear: number | null = null;
  for (let r = layout.header + 1; r < grid.rowCount; r++) {
    if (grid.rowIsBlank(r)) {
      if (found.reported.size > 0) break;
      continue;
    }
    const label = grid.text(r, layout.period);
    const period = periodAfterWords(grid.value(r, layout.period)) ?? barePeriod(typeof grid.value(r, layout.period) === "number" ? String(grid.value(r, layout.period)) : label, layout, sheetYear);
    if (!period) {
      const target = /^(ziel|zielwert|soll)\b\s*(\d{4})?/i.exec(label);
      if (target) {
        targetYear = target[2] ? Number(target[2]) : targetYear;
        for (const { col, definition } of layout.indicators) {
          const value = grid.number(r, col);
          if (value.kind === "number") annual.set(definition.code, { code: definition.code, annualTarget: value.value, sheet: grid.name, cell: grid.address(r, col) });
        }
        continue;
      }
      // A row of units under the header: "Tage", "%", "Note".
      for (const { col, definition } of layout.indicators) if (unitFromText(grid.text(r, col))) found.units.set(definition.code, grid.text(r, col));
      continue;
    }
    for (const { col, code } of layout.published) {
      const value = grid.number(r, col);
      if (value.kind !== "number") continue;
      put(found.published, code, period.last, value.value);
      noteCell(found.publishedCells, code, period.last, grid.address(r, col));
    }
    for (const { col, definition } of layout.indicators) {
      const value = readValue(grid, r, col, definition, found.messages);
      if (value === null) continue;
      put(found.reported, definition.code, period.last, value);
      noteCell(found.reportedCells, definition.code, period.last, grid.address(r, col));
      if (period.kind !== "month") {
        if (!found.periods.has(definition.code)) found.periods.set(definition.code, new Map());
        found.periods.get(definition.code)?.set(period.last, period);
      }
    }
    if (layout.target !== null && layout.indicators.length === 1) {
      const target = grid.number(r, layout.target);
      if (target.kind === "number") {
        put(found.monthlyTargets, layout.indicators[0].definition.code, period.last, target.value);
        noteCell(found.monthlyTargetCells, layout.indicators[0].definition.code, period.last, grid.address(r, layout.target));
      }
    }
  }
  if (found.reported.size === 0 && found.published.size === 0) return null;
  reportUnusedColumns(grid, layout, found.messages);
  if (annual.size > 0) found.targets = { sheet: grid.name, year: targetYear, targets: annual, locals: [], messages: [] };
  return found;
}

interface Layout {
  header: number;
  period: number;
  /** The period column's header, normalised ("quartal", "halbjahr", "zeitraum"): the kind of bare periods below. */
  periodHeader: string;
  target: number | null;
  indicators: Array<{ col: number; definition: IndicatorDefinition }>;
  published: Array<{ col: number; code: string }>;
}

function findLayout(grid: SheetGrid): Layout | null {
  for (let r = 0; r < Math.min(grid.rowCount, 30); r++) {
    const indicators: Layout["indicators"] = [];
    const published: Layout["published"] = [];
    for (let c = 0; c < grid.colCount; c++) {
      const code = grid.text(r, c).toUpperCase();
      if (KENNZAHL_CODE.test(code)) {
        published.push({ col: c, code });
        continue;
      }
      const definition = indicatorOfHeader(grid.text(r, c));
      if (definition && !indicators.some((i) => i.definition.code === definition.code)) indicators.push({ col: c, definition });
    }
    if (indicators.length === 0 && published.length === 0) continue;
    const used = [...indicators.map((i) => i.col), ...published.map((p) => p.col)];
    const period = grid.headerColumn(r, PERIOD_HEADERS) ?? periodColumn(grid, r, used);
    if (period === null || used.includes(period)) continue;
    const target = grid.headerColumn(r, TARGET_HEADERS.target, [period, ...used]);
    return { header: r, period, periodHeader: normalizeLabel(grid.value(r, period)), target, indicators, published };
  }
  return null;
}

/**
 * A period written without its year under a header that names the kind ("Quartal": "I" … "IV", "1", "Q3"; "Halbjahr":
 * "1", "2. HJ"), the year standing once in the sheet name or the title ("Erstberatung 2024"). Null without that year.
 */
function barePeriod(text: string, layout: Layout, year: number | null): Period | null {
  if (year === null || text === "" || /\d{4}/.test(text)) return null;
  const kind = layout.periodHeader.startsWith("quartal") ? "Quartal" : layout.periodHeader.startsWith("halbjahr") ? "Halbjahr" : null;
  const number = /^([1-4])\.?$/.exec(text)?.[1];
  const written = kind !== null && number !== undefined ? `${number}. ${kind}` : text.replace(/\.$/, "");
  return periodAfterWords(`${written} ${year}`);
}

/** The one year the sheet name or the rows above the header name; null when none or several (never a guess). */
function onlyYearAbove(grid: SheetGrid, header: number): number | null {
  const texts = [grid.name, ...Array.from({ length: header }, (_, r) => Array.from({ length: grid.colCount }, (_, c) => grid.text(r, c)).join(" "))];
  const years = new Set(texts.flatMap((t) => [...t.matchAll(/(?:^|\D)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1]))));
  return years.size === 1 ? [...years][0] : null;
}

/** The indicator a column header names, also with its unit in brackets behind it ("KZI (Note)", "Erstberatung U25 (Tage)"). */
function indicatorOfHeader(header: string): IndicatorDefinition | null {
  const direct = aliasMatchWithCode(header, CANDIDATES);
  if (direct) return direct;
  return bracketedUnit(header) ? aliasMatchWithCode(header.replace(/\s*\([^()]*\)\s*$/, ""), CANDIDATES) : null;
}

/** "Note" of "KZI (Note)": the unit a header names in brackets behind the indicator, when it is a unit. */
function bracketedUnit(header: string): string | null {
  const bracketed = /\(([^()]{1,20})\)\s*$/.exec(header)?.[1];
  return bracketed && unitFromText(bracketed) ? bracketed : null;
}

/** A column whose cells below the header are periods ("HJ 1/2024", "Jan. 2024", "Befragung Mai 2024"), at least two of them. */
function periodColumn(grid: SheetGrid, header: number, except: number[]): number | null {
  for (let c = 0; c < grid.colCount; c++) {
    if (except.includes(c)) continue;
    let periods = 0;
    for (let r = header + 1; r < Math.min(grid.rowCount, header + 30); r++) if (periodAfterWords(grid.value(r, c))) periods++;
    if (periods >= 2) return c;
  }
  return null;
}

function readValue(grid: SheetGrid, r: number, c: number, d: IndicatorDefinition, messages: Message[]): number | null {
  const parsed = grid.number(r, c);
  if (parsed.kind === "number") return d.unit === "percent" ? grid.percentValue(r, c, parsed) : parsed.value;
  if (parsed.kind === "invalid") messages.push(message("error", `„${parsed.text}“ ist keine Zahl (${d.name}).`, grid.name, grid.address(r, c)));
  return null;
}

function put(into: Map<string, Map<MonthKey, number>>, code: string, month: MonthKey, value: number): void {
  if (!into.has(code)) into.set(code, new Map());
  into.get(code)?.set(month, value);
}

/**
 * Columns with figures whose header names no indicator (the item grades beside a delivered KZI, "Erreichbarkeit",
 * "Wartezeit"): not read, and said once, so nobody takes their absence from the report for a reading error.
 */
function reportUnusedColumns(grid: SheetGrid, layout: Layout, messages: Message[]): void {
  const used = new Set([layout.period, layout.target, ...layout.indicators.map((i) => i.col), ...layout.published.map((p) => p.col)]);
  const unused: string[] = [];
  let first: number | null = null;
  for (let c = 0; c < grid.colCount; c++) {
    if (used.has(c) || grid.text(layout.header, c) === "") continue;
    let numbers = false;
    for (let r = layout.header + 1; r < Math.min(grid.rowCount, layout.header + 40) && !numbers; r++) numbers = grid.number(r, c).kind === "number";
    if (!numbers) continue;
    unused.push(`„${grid.text(layout.header, c)}“`);
    first ??= c;
  }
  if (first === null) return;
  const names = layout.indicators.map((i) => i.definition.name).join(", ");
  messages.push(message("info", `${unused.length === 1 ? "Die Spalte" : "Die Spalten"} ${unused.join(", ")} ${unused.length === 1 ? "nennt" : "nennen"} keine bekannte Kennzahl und ${unused.length === 1 ? "wird" : "werden"} nicht verwendet${names ? ` (gelesen: ${names})` : ""}.`, grid.name, grid.address(layout.header, first)));
}
