/**
 * Grunddaten with months as rows and one column per Grunddatum ("Monat | ELB | Integrationen | LZB") — the transposed
 * layout many exports have. Title rows above the header are skipped; rows whose month cannot be read are reported.
 */
import { parseCellNumber } from "../domain/cell-values";
import { type Message, message } from "../domain/messages";
import { parseMonthLabel } from "../domain/month-labels";
import type { MonthKey } from "../domain/months";
import type { FoundBaseSeries } from "./find-base-series";
import { bestAliasMatch, normalizeLabel } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { BASE_SERIES_ALIASES, SUBTOTAL_LABEL } from "./vocabulary";

const MONTH_HEADERS = ["monat", "berichtsmonat", "zeitraum", "month"];

export function findBaseSeriesByRows(grid: SheetGrid): FoundBaseSeries | null {
  for (let r = 0; r < Math.min(grid.rowCount, 30); r++) {
    let monthCol: number | null = null;
    const seriesCols: Array<{ col: number; key: string }> = [];
    for (let c = 0; c < grid.colCount; c++) {
      const label = grid.text(r, c);
      if (monthCol === null && MONTH_HEADERS.includes(normalizeLabel(label))) {
        monthCol = c;
        continue;
      }
      const key = bestAliasMatch(label, BASE_SERIES_ALIASES);
      if (key && !seriesCols.some((s) => s.key === key)) seriesCols.push({ col: c, key });
    }
    if (monthCol === null || seriesCols.length < 2) continue;
    return readRows(grid, r, monthCol, seriesCols);
  }
  return null;
}

function readRows(grid: SheetGrid, header: number, monthCol: number, seriesCols: Array<{ col: number; key: string }>): FoundBaseSeries {
  const series = new Map<string, Map<MonthKey, number>>(seriesCols.map((s) => [s.key, new Map()]));
  const messages: Message[] = [];
  for (let r = header + 1; r < grid.rowCount; r++) {
    if (grid.rowIsBlank(r)) continue;
    const raw = grid.value(r, monthCol);
    if (typeof raw === "string" && SUBTOTAL_LABEL.test(raw.trim())) continue; // "Summe 2022" / "Gesamt"
    const month = parseMonthLabel(raw);
    if (!month) {
      if (raw !== null && !/^(quelle|hinweis|anmerkung)/i.test(String(raw))) {
        messages.push(message("warning", `„${String(raw)}“ ist kein Monat; die Zeile wird nicht verwendet.`, grid.name, grid.address(r, monthCol)));
      }
      continue;
    }
    for (const { col, key } of seriesCols) {
      const parsed = parseCellNumber(grid.value(r, col));
      if (parsed.kind === "number") series.get(key)?.set(month, parsed.value);
      else if (parsed.kind === "invalid") messages.push(message("error", `„${parsed.text}“ ist keine Zahl; der Monat bleibt ohne Wert.`, grid.name, grid.address(r, col)));
      else if (parsed.kind === "no-value") messages.push(message("info", `„${parsed.text}“ gilt als fehlender Wert (nicht als 0).`, grid.name, grid.address(r, col)));
    }
  }
  return { sheet: grid.name, series, messages };
}
