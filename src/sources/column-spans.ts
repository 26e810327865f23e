/**
 * What each reader took, as column spans for the column model: from the cells it records beside every value (the same
 * addresses its messages name) or, for the readers that read whole columns (budget, case lists), from their columns.
 * Spans are in absolute sheet positions, so those of a block's reader land in the whole sheet's columns.
 */
import type { MonthKey } from "../domain/months";
import { formatMonthLong } from "../domain/months";
import type { Period } from "../domain/periods";
import { parseRangeRef } from "./a1";
import type { ColumnRole, ColumnSpan } from "./column-model";
import type { CrossSectionTable } from "./cross-section";
import type { FoundBaseSeries } from "./find-base-series";
import type { FoundBudget } from "./find-budget";
import type { FoundCaseList } from "./find-case-list";
import type { FoundTargets } from "./find-targets";
import type { SheetGrid } from "./sheet-grid";

type CellsByMonth = ReadonlyMap<string, ReadonlyMap<MonthKey, string>>;
type PeriodsOf = (code: string, month: MonthKey) => Period | undefined;

/** Spans of values recorded by cell, with the month (or quarter, half-year) each stands for. */
export function seriesSpans(cells: CellsByMonth | undefined, role: ColumnRole | ((code: string, month: MonthKey) => ColumnRole), periodOf?: PeriodsOf): ColumnSpan[] {
  if (!cells) return [];
  const spans: ColumnSpan[] = [];
  for (const [code, months] of cells) {
    for (const [month, cell] of months) {
      const at = position(cell);
      if (!at) continue;
      const period = periodOf?.(code, month)?.label ?? formatMonthLong(month);
      spans.push({ col: at.col, firstRow: at.row, lastRow: at.row, role: typeof role === "function" ? role(code, month) : role, period, values: 1 });
    }
  }
  return spans;
}

/** Spans of single cells without a period (an annual Zielwert, a row's name). */
export function cellSpans(cells: Iterable<string | undefined>, role: ColumnRole, period?: string): ColumnSpan[] {
  const spans: ColumnSpan[] = [];
  for (const cell of cells) {
    const at = cell ? position(cell) : null;
    if (at) spans.push({ col: at.col, firstRow: at.row, lastRow: at.row, role, values: 1, ...(period ? { period } : {}) });
  }
  return spans;
}

/** Whole columns a reader took from `firstRow` to `lastRow` (indices into the matrix of the grid it read). */
export function columnSpans(grid: SheetGrid, columns: ReadonlyArray<readonly [number | null, ColumnRole]>, firstRow: number, lastRow: number, values: number): ColumnSpan[] {
  if (lastRow < firstRow) return [];
  const { row, col: left } = grid.sheet.origin;
  return columns.flatMap(([col, role]) => (col === null ? [] : [{ col: left + col, firstRow: row + firstRow, lastRow: row + lastRow, role, values }]));
}

/** A1 → absolute 0-based position. */
function position(cell: string): { row: number; col: number } | null {
  const range = parseRangeRef(cell);
  return range ? { row: range.row, col: range.col } : null;
}

/** Annual Zielwerte (of their year) and the Ist stated beside them: a month before the target year is the Vorjahr. */
export function targetSpans(found: FoundTargets): ColumnSpan[] {
  // A row without a Zielwert (a Monitoring-Kennzahl, an unreadable one) still stands in the Zielwert column: counted as no value.
  const rows = [...found.targets.values()];
  const year = found.year;
  const targets = rows.flatMap((t) => cellSpans([t.cell], "target", year ? String(year) : undefined).map((span) => ({ ...span, values: t.annualTarget === null && t.changeVsPreviousYear === undefined ? 0 : 1 })));
  const stated = seriesSpans(found.stated?.cells, (_code, month) => (year !== null && Number(month.slice(0, 4)) < year ? "previousYear" : "actual"));
  return [...targets, ...stated, ...cellSpans(found.toleranceCells ?? [], "tolerance")];
}

/** Grunddaten by month; §48a codes among them are published Kennzahlen. */
export function baseSeriesSpans(found: FoundBaseSeries): ColumnSpan[] {
  return seriesSpans(found.cells, (key) => (/^K/.test(key) ? "published" : "grunddatum"));
}

/** The instrument table's columns from its header to its last line, and the Mittelherleitung's amounts. */
export function budgetSpans(grid: SheetGrid, budget: FoundBudget): ColumnSpan[] {
  const derivation = cellSpans(Object.values(budget.derivationCells).map((ref) => ref?.cell), "derivation", budget.year ? String(budget.year) : undefined);
  const table = budget.instrumentTable;
  if (!table) return derivation;
  const rows = budget.lines.map((line) => parseRangeRef(line.source.cell)?.row ?? -1).filter((r) => r >= 0);
  if (rows.length === 0) return derivation;
  const { columns } = table;
  const year = budget.year ? String(budget.year) : undefined;
  const spans = columnSpans(
    grid,
    [[columns.category, "category"], [columns.instrument, "instrument"], [columns.plan, "plan"], [columns.actual, "spent"], [columns.committed, "committed"], [columns.available, "available"], [columns.followingYears, "followingYears"]],
    Math.min(...rows) - grid.sheet.origin.row,
    Math.max(...rows) - grid.sheet.origin.row,
    budget.lines.length,
  );
  return [...derivation, ...spans.map((span) => (year && span.role !== "instrument" && span.role !== "category" ? { ...span, period: year } : span))];
}

/** The case list's columns, from below its header to its last row. */
export function caseListSpans(grid: SheetGrid, list: FoundCaseList): ColumnSpan[] {
  const { columns } = list;
  return columnSpans(grid, [[columns.id, "caseId"], [columns.category, "category"], [columns.start, "start"], [columns.end, "end"], [columns.outcome, "outcome"]], columns.row + 1, grid.rowCount - 1, list.cases.length);
}

/** Every region row's Kennzahlen (of their month) and its name. */
export function crossSectionSpans(table: CrossSectionTable): ColumnSpan[] {
  return [...table.rows, ...table.landRows, ...table.bundRows].flatMap((row) => [
    ...cellSpans([row.cell], "regionName"),
    ...cellSpans(row.cells.values(), "published", row.month ? formatMonthLong(row.month) : undefined),
  ]);
}
