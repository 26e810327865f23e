/**
 * What can be wrong with a row of month headers in wide Grunddaten, each said at the header cell: a label whose year
 * is more likely a day ("Feb 30" among 2022), a month written twice, a label with a number that is no month
 * ("13/2022"), and months missing from the sequence. The columns that are not used are dropped here.
 */
import { type Message, message } from "../domain/messages";
import { doubtfulMonthText, implausibleMonths, looksLikeMonthLabel, parseMonthLabel } from "../domain/month-labels";
import { addMonths, formatMonthLong, type MonthKey } from "../domain/months";
import { columnName } from "./a1";
import type { SheetGrid } from "./sheet-grid";

export interface MonthColumn {
  col: number;
  month: MonthKey;
}

/** The month columns to read, one per month, with the messages about those that are not read or not there. */
export function checkMonthHeader(grid: SheetGrid, row: number, months: MonthColumn[], firstDataRow: number, messages: Message[]): MonthColumn[] {
  const plausible = withoutDoubtfulYears(grid, row, months, messages);
  const kept = firstColumnPerMonth(grid, row, plausible, messages);
  reportColumnsThatAreNoMonth(grid, row, months, firstDataRow, messages);
  reportGaps(grid, row, kept, messages);
  return kept;
}

function withoutDoubtfulYears(grid: SheetGrid, row: number, months: MonthColumn[], messages: Message[]): MonthColumn[] {
  const doubtful = implausibleMonths(months.map((m) => ({ ...m, raw: grid.value(row, m.col) })));
  for (const { col, month } of doubtful) {
    messages.push(message("warning", doubtfulMonthText(grid.text(row, col), month, "Spalte"), grid.name, grid.address(row, col)));
  }
  return months.filter((m) => !doubtful.some((d) => d.col === m.col));
}

/**
 * One column per month. A month header merged over two columns repeats in the second one in some readers (ExcelJS
 * hands every cell of a merge the master's value; Office.js leaves them blank): when every month of the header spans
 * the same number of columns, the repeats are those merges and are not read a second time. Any other repeat is a
 * month written twice: reported, and the first column counts.
 */
function firstColumnPerMonth(grid: SheetGrid, row: number, months: MonthColumn[], messages: Message[]): MonthColumn[] {
  const repeatsNeighbour = (i: number) => months[i - 1]?.col === months[i].col - 1 && months[i - 1].month === months[i].month && grid.value(row, months[i].col) === grid.value(row, months[i].col - 1);
  const merged = everyMonthSpansTheSameColumns(months, repeatsNeighbour);
  const first = new Map<MonthKey, number>();
  const kept: MonthColumn[] = [];
  months.forEach(({ col, month }, i) => {
    const earlier = first.get(month);
    if (earlier === undefined) {
      first.set(month, col);
      kept.push({ col, month });
    } else if (!(merged && repeatsNeighbour(i))) {
      messages.push(message("warning", `${formatMonthLong(month)} steht doppelt in der Kopfzeile (schon in ${grid.address(row, earlier)}); die Spalte ${columnName(grid.sheet.origin.col + col)} wird nicht verwendet.`, grid.name, grid.address(row, col)));
    }
  });
  return kept;
}

function everyMonthSpansTheSameColumns(months: MonthColumn[], repeatsNeighbour: (i: number) => boolean): boolean {
  const spans: number[] = [];
  months.forEach((_, i) => {
    if (i > 0 && repeatsNeighbour(i)) spans[spans.length - 1]++;
    else spans.push(1);
  });
  return spans.length > 0 && spans[0] > 1 && spans.every((s) => s === spans[0]);
}

/**
 * A header cell written like a month that reads as none ("13/2022", "Feb 2O22") above figures: the user meant a
 * month, and its column would drop out without a word. "Vorjahr 2021" or "Summe 2022" are no months and meant so.
 */
function reportColumnsThatAreNoMonth(grid: SheetGrid, row: number, months: MonthColumn[], firstDataRow: number, messages: Message[]): void {
  const firstMonthCol = Math.min(...months.map((m) => m.col));
  for (let c = firstMonthCol + 1; c < grid.colCount; c++) {
    const label = grid.text(row, c);
    // A real month outside these columns belongs to another band of the header ("K2 | K3" each over "Juni 2024").
    if (months.some((m) => m.col === c) || !looksLikeMonthLabel(label) || parseMonthLabel(grid.value(row, c)) !== null) continue;
    if (!holdsNumbersBelow(grid, c, firstDataRow)) continue;
    messages.push(message("warning", `„${label}“ ist kein Monat; die Spalte wird nicht verwendet.`, grid.name, grid.address(row, c)));
  }
}

function holdsNumbersBelow(grid: SheetGrid, c: number, firstDataRow: number): boolean {
  for (let r = firstDataRow; r < grid.rowCount; r++) if (grid.number(r, c).kind === "number") return true;
  return false;
}

/** Months missing between the first and the last of the header: rolling twelve-month values would lack them. */
function reportGaps(grid: SheetGrid, row: number, months: MonthColumn[], messages: Message[]): void {
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    const firstMissing = addMonths(before.month, 1);
    if (firstMissing >= after.month) continue;
    const lastMissing = addMonths(after.month, -1);
    const what = firstMissing === lastMissing ? `${formatMonthLong(firstMissing)} fehlt` : `${formatMonthLong(firstMissing)} bis ${formatMonthLong(lastMissing)} fehlen`;
    messages.push(message("warning", `${what} in der Kopfzeile zwischen ${grid.address(row, before.col)} und ${grid.address(row, after.col)}; rollierende Zwölfmonatswerte sind dann unvollständig.`, grid.name, grid.address(row, after.col)));
  }
}
