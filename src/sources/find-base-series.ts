/**
 * Finds monthly Grunddaten in a wide sheet: a header row with months as columns (title rows, "Stand:" lines and blank
 * rows above it are skipped), one row per Grunddatum identified by its Kürzel or label.
 */
import { type Message, message } from "../domain/messages";
import { parseCellNumber } from "../domain/cell-values";
import { parseMonthLabel } from "../domain/month-labels";
import type { MonthKey } from "../domain/months";
import { bestAliasMatch } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { BASE_SERIES_ALIASES } from "./vocabulary";

export interface FoundBaseSeries {
  sheet: string;
  series: Map<string, Map<MonthKey, number>>;
  messages: Message[];
}

const MIN_MONTH_COLUMNS = 3;

export function findBaseSeries(grid: SheetGrid): FoundBaseSeries | null {
  const header = findMonthHeader(grid);
  if (!header) return null;
  const series = new Map<string, Map<MonthKey, number>>();
  const messages: Message[] = [];
  const firstMonthCol = Math.min(...header.months.map((m) => m.col));

  for (let r = header.row + 1; r < grid.rowCount; r++) {
    let key: string | null = null;
    for (let c = 0; c < firstMonthCol && key === null; c++) key = bestAliasMatch(grid.text(r, c), BASE_SERIES_ALIASES);
    if (key === null) continue;
    if (series.has(key)) {
      messages.push(message("warning", `Die Grunddaten „${key}“ stehen doppelt; die Zeile wird nicht verwendet.`, grid.name, grid.address(r, 0)));
      continue;
    }
    series.set(key, readRow(grid, r, header.months, messages));
  }
  return series.size > 0 ? { sheet: grid.name, series, messages } : null;
}

function findMonthHeader(grid: SheetGrid): { row: number; months: Array<{ col: number; month: MonthKey }> } | null {
  for (let r = 0; r < Math.min(grid.rowCount, 50); r++) {
    const months: Array<{ col: number; month: MonthKey }> = [];
    for (let c = 0; c < grid.colCount; c++) {
      const month = parseMonthLabel(grid.value(r, c));
      if (month) months.push({ col: c, month });
    }
    if (months.length >= MIN_MONTH_COLUMNS) return { row: r, months };
  }
  return null;
}

function readRow(grid: SheetGrid, r: number, months: Array<{ col: number; month: MonthKey }>, messages: Message[]) {
  const values = new Map<MonthKey, number>();
  for (const { col, month } of months) {
    const parsed = parseCellNumber(grid.value(r, col));
    const where = grid.address(r, col);
    switch (parsed.kind) {
      case "number":
        values.set(month, parsed.value);
        break;
      case "no-value":
        messages.push(message("info", `„${parsed.text}“ gilt als fehlender Wert (nicht als 0).`, grid.name, where));
        break;
      case "invalid":
        messages.push(message("error", `„${parsed.text}“ ist keine Zahl; der Monat bleibt ohne Wert.`, grid.name, where));
        break;
      case "blank":
        break;
    }
  }
  return values;
}
