/**
 * The `comparison[]` entries of the machine-readable summary: per Kennzahl the same figures as the "Vergleich" sheet,
 * in % and Prozentpunkten (not the sheet's Excel fractions), with the 1-based row of the sheet for the pane's link.
 */
import type { PeerComparison } from "../domain/peers/compare-with-peers";
import { KENNZAHL_CODE } from "../domain/kennzahlen-catalogue";
import { roundCommercial } from "../domain/rounding";
import { COMPARISON_COLUMNS } from "./comparison-sheet";
import type { SheetPlan } from "./plan";
import type { Direction } from "../domain/direction";

export interface ComparisonSummary {
  code: string;
  name: string;
  direction: Direction;
  /** Berichtsmonat of the table, "YYYY-MM"; null when the table names none. */
  month: string | null;
  /** The Vergleichstyp label, or "alle Jobcenter" when neither the table nor the user's choice gives a type's members. */
  peerGroup: string;
  peerGroupSource: "table" | "chosen" | "all";
  own: number | null;
  /** 1 = best by direction; ties share a rank. Null without own value or without direction. */
  rank: number | null;
  /** 1 = best quarter of the type. */
  quartile: 1 | 2 | 3 | 4 | null;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  q1: number | null;
  q3: number | null;
  land: number | null;
  bund: number | null;
  deltaToMedianPp: number | null;
  /** Jobcenter of the group with a value (statistics and rank are over these) and without one. */
  withValue: number;
  withoutValue: number;
  /** 1-based row of the Kennzahl in the "Vergleich" sheet. */
  reportRow?: number;
}

/** Published figures have one decimal; four keep every statistic exact enough and drop binary noise (1,6499999…). */
const DECIMALS = 4;

export function summarizeComparison(comparison: PeerComparison, sheet?: SheetPlan): ComparisonSummary[] {
  const rowOf = sheet ? reportRows(sheet) : new Map<string, number>();
  const round = (v: number | null | undefined) => (v === null || v === undefined ? null : roundCommercial(v, DECIMALS));
  return comparison.rows.map((row) => {
    const s = row.statistics;
    const reportRow = rowOf.get(row.code);
    return {
      code: row.code,
      name: row.sex ? `${row.definition.name} (${row.sex === "F" ? "Frauen" : "Männer"})` : row.definition.name,
      direction: row.direction,
      month: comparison.month,
      peerGroup: comparison.group.label,
      peerGroupSource: comparison.group.source,
      own: round(row.own),
      rank: row.rank,
      quartile: row.quarter,
      mean: round(s?.mean),
      median: round(s?.median),
      min: round(s?.min),
      max: round(s?.max),
      q1: round(s?.q1),
      q3: round(s?.q3),
      land: round(row.land),
      bund: round(row.bund),
      deltaToMedianPp: round(row.deltaToMedianPp),
      withValue: s?.count ?? 0,
      withoutValue: row.withoutValue,
      ...(reportRow !== undefined ? { reportRow } : {}),
    };
  });
}

/** Code → 1-based sheet row, from the code column of the table (the first occurrence of each code). */
function reportRows(sheet: SheetPlan): Map<string, number> {
  const rows = new Map<string, number>();
  sheet.cells.forEach((cells, r) => {
    const code = cells[COMPARISON_COLUMNS.code];
    if (typeof code === "string" && KENNZAHL_CODE.test(code) && !rows.has(code)) rows.set(code, r + 1);
  });
  return rows;
}
