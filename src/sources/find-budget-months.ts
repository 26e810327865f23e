/**
 * Finds the monthly Mittelabfluss: a column of months with cumulative Ist ("Ist kumuliert") or monthly Ist
 * ("Ist im Monat", summed up here). Used for the Mittelabfluss chart and the check that cumulative Ist never falls.
 */
import type { CellRef } from "../domain/budget";
import { isDateFormat } from "../domain/cell-values";
import { type Message, message } from "../domain/messages";
import { parseMonthLabel } from "../domain/month-labels";
import type { MonthKey } from "../domain/months";
import { normalizeLabel } from "./labels";
import type { SheetGrid } from "./sheet-grid";
import { NOTE_LABEL, SUBTOTAL_LABEL } from "./vocabulary";

export interface FoundBudgetMonths {
  sheet: string;
  months: Array<{ month: MonthKey; cumulative: number; source: CellRef }>;
  messages: Message[];
}

export function findBudgetMonths(grid: SheetGrid): FoundBudgetMonths | null {
  for (let r = 0; r < Math.min(grid.rowCount, 30); r++) {
    let monthCol: number | null = null;
    let cumulativeCol: number | null = null;
    let monthlyCol: number | null = null;
    for (let c = 0; c < grid.colCount; c++) {
      const text = normalizeLabel(grid.value(r, c));
      if (text === "monat" || text === "berichtsmonat") monthCol = c;
      else if (/kumuliert|bis monat|aufgelaufen/.test(text) && /ist|ausgaben|mittelabfluss/.test(text)) cumulativeCol = c;
      else if (/^(ist|ausgaben)( im monat| monat)?$/.test(text)) monthlyCol = c;
    }
    if (monthCol === null || (cumulativeCol === null && monthlyCol === null)) continue;
    return readMonths(grid, r + 1, monthCol, cumulativeCol, monthlyCol);
  }
  return null;
}

function readMonths(grid: SheetGrid, firstRow: number, monthCol: number, cumulativeCol: number | null, monthlyCol: number | null): FoundBudgetMonths | null {
  const found: FoundBudgetMonths = { sheet: grid.name, months: [], messages: [] };
  let running = 0;
  for (let r = firstRow; r < grid.rowCount && !grid.rowIsBlank(r); r++) {
    const raw = grid.value(r, monthCol);
    const month = parseMonthLabel(raw);
    if (!month) {
      const label = raw === null ? "" : String(raw).trim();
      if (label !== "" && !SUBTOTAL_LABEL.test(label) && !NOTE_LABEL.test(label)) {
        found.messages.push(message("warning", `„${label}“ ist kein Monat; die Zeile wird nicht verwendet.`, grid.name, grid.address(r, monthCol)));
      }
      continue;
    }
    const col = cumulativeCol ?? (monthlyCol as number);
    const parsed = grid.number(r, col);
    if (parsed.kind === "number" && isDateFormat(grid.numberFormat(r, col))) {
      found.messages.push(message("error", "Ein Datum ist kein Betrag; der Monat bleibt ohne Wert.", grid.name, grid.address(r, col)));
      continue;
    }
    if (parsed.kind !== "number") {
      if (parsed.kind === "invalid") found.messages.push(message("error", `„${parsed.text}“ ist kein Betrag.`, grid.name, grid.address(r, col)));
      if (parsed.kind === "no-value") found.messages.push(message(parsed.text.startsWith("#") ? "warning" : "info", `„${parsed.text}“ gilt als fehlender Wert (nicht als 0); der Monat bleibt ohne Wert.`, grid.name, grid.address(r, col)));
      continue;
    }
    running = cumulativeCol !== null ? parsed.value : running + parsed.value;
    found.months.push({ month, cumulative: running, source: { sheet: grid.name, cell: grid.address(r, col) } });
  }
  // A recognised table whose rows are all unusable still reports why, cell by cell.
  return found.months.length > 0 || found.messages.length > 0 ? found : null;
}
