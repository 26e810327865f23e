/**
 * Grunddaten in long shape: one row per Grunddatum × month ("Kennzahl | Monat | Wert", "Indicator | Month | Value"),
 * as databases and BI exports write them. The same header also fits a long sheet of reported indicator values
 * (find-long-series.ts), so a sheet is Grunddaten only when every labelled row names a Grunddatum and at least one of
 * them is no Kennzahl: rows of "KZI", or of "LZB" alone, stay reported values.
 */
import { ALL_INDICATORS } from "../domain/indicators";
import { type Message, message } from "../domain/messages";
import { doubtfulMonthText, implausibleMonths, parseMonthWithYear } from "../domain/month-labels";
import type { MonthKey } from "../domain/months";
import { type FoundBaseSeries, noteCell } from "./find-base-series";
import { bestAliasMatch, subGroupWords } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { BASE_SERIES_ALIASES, GENDER_SUFFIXED_KEY, isImpossibleCount, LONG_HEADERS, MONTH_HEADERS, negativeCountText, NOTE_LABEL, SUBTOTAL_LABEL, YEAR_HEADERS } from "./vocabulary";

interface Columns {
  header: number;
  label: number;
  month: number;
  year: number | null;
  value: number;
  /** "Geschlecht" / "Personengruppe": the sub-group of the row's Grunddatum. */
  group: number | null;
}

const GROUP_HEADERS = ["geschlecht", "personengruppe", "gruppe", "teilgruppe"];

const INDICATOR_CANDIDATES = ALL_INDICATORS.map((d) => ({ item: d.code, aliases: [d.name, d.code, ...d.aliases] }));

export function findBaseSeriesLong(grid: SheetGrid): FoundBaseSeries | null {
  const columns = findHeader(grid);
  if (!columns) return null;
  const rows = dataRows(grid, columns);
  if (rows === null || rows.length === 0) return null;
  if (rows.every(({ label }) => bestAliasMatch(label, INDICATOR_CANDIDATES) !== null)) return null;

  const series = new Map<string, Map<MonthKey, number>>();
  const cells = new Map<string, Map<MonthKey, string>>();
  const messages: Message[] = [];
  const monthOf = (r: number) => parseMonthWithYear(grid.value(r, columns.month), columns.year === null ? null : grid.value(r, columns.year));
  const withMonths = rows.flatMap(({ r }) => {
    const month = monthOf(r);
    return month ? [{ r, raw: grid.value(r, columns.month), month }] : [];
  });
  const doubtful = new Set(implausibleMonths(withMonths).map(({ r }) => r));
  for (const { r, key } of rows) {
    const monthCell = grid.value(r, columns.month);
    const month = monthOf(r);
    if (!month) {
      messages.push(message("warning", `„${String(monthCell ?? "")}“ ist kein Monat; die Zeile wird nicht verwendet.`, grid.name, grid.address(r, columns.month)));
      continue;
    }
    if (doubtful.has(r)) {
      messages.push(message("warning", doubtfulMonthText(String(monthCell), month, "Zeile"), grid.name, grid.address(r, columns.month)));
      continue;
    }
    const values = series.get(key) ?? new Map<MonthKey, number>();
    series.set(key, values);
    const parsed = grid.number(r, columns.value);
    const where = grid.address(r, columns.value);
    if (parsed.kind === "number" && isImpossibleCount(key, parsed.value)) {
      messages.push(message("warning", negativeCountText(parsed.value), grid.name, where));
    } else if (parsed.kind === "number") {
      if (values.has(month)) messages.push(message("warning", `„${grid.text(r, columns.label)}“ steht für diesen Monat doppelt; es gilt die erste Zeile.`, grid.name, where));
      else {
        values.set(month, parsed.value);
        noteCell(cells, key, month, where);
      }
    } else if (parsed.kind === "invalid") {
      messages.push(message("error", `„${parsed.text}“ ist keine Zahl; der Monat bleibt ohne Wert.`, grid.name, where));
    } else if (parsed.kind === "no-value") {
      messages.push(message("info", `„${parsed.text}“ gilt als fehlender Wert (nicht als 0).`, grid.name, where));
    }
  }
  return { sheet: grid.name, series, cells, messages };
}

function findHeader(grid: SheetGrid): Columns | null {
  for (let r = 0; r < Math.min(grid.rowCount, 50); r++) {
    const label = grid.headerColumn(r, LONG_HEADERS.label);
    if (label === null) continue;
    const month = grid.headerColumn(r, MONTH_HEADERS, [label]);
    if (month === null) continue;
    const value = grid.headerColumn(r, LONG_HEADERS.value, [label, month]);
    if (value === null) continue;
    const year = grid.headerColumn(r, YEAR_HEADERS, [label, month, value]);
    return { header: r, label, month, value, year, group: grid.headerColumn(r, GROUP_HEADERS, [label, month, value, ...(year === null ? [] : [year])]) };
  }
  return null;
}

/** The rows below the header up to the first blank row after data; null as soon as one names no Grunddatum. */
function dataRows(grid: SheetGrid, columns: Columns): Array<{ r: number; key: string; label: string }> | null {
  const rows: Array<{ r: number; key: string; label: string }> = [];
  for (let r = columns.header + 1; r < grid.rowCount; r++) {
    if (grid.rowIsBlank(r)) {
      if (rows.length > 0) break;
      continue;
    }
    const named = grid.text(r, columns.label);
    // "Summe Leistungen zum Lebensunterhalt" is a Grunddatum, not a total row.
    if (named === "" || (SUBTOTAL_LABEL.test(named) && grunddatumKey(named) === null) || NOTE_LABEL.test(named)) continue;
    // A column "Geschlecht" beside the Merkmal: "Integrationen" with "Frauen" is Integrationen (Frauen), "insgesamt" the total.
    const label = columns.group === null ? named : `${named} ${subGroupWords(grid.text(r, columns.group))}`.trim();
    const key = grunddatumKey(label);
    if (key === null) return null;
    rows.push({ r, key, label });
  }
  return rows;
}

/** A Grunddaten label or Kürzel, including gender-suffixed Kürzel ("int_f"). */
function grunddatumKey(label: string): string | null {
  const lower = label.trim().toLowerCase();
  const suffixed = GENDER_SUFFIXED_KEY.exec(lower);
  if (suffixed && BASE_SERIES_ALIASES.some((a) => a.item === suffixed[1])) return lower;
  return bestAliasMatch(label, BASE_SERIES_ALIASES);
}
