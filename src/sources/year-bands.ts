/**
 * A band over month columns that names the months' year: a year ("2023", "Jahr 2023") or a quarter or half-year
 * ("1. Quartal 2024", "Q1/2024", "2. Halbjahr 2023"), merged over the months it holds or written once at its first
 * column. The bare month names below ("Jan", "Feb", "Mrz") take their year from it.
 */
import { parsePeriodLabel } from "../domain/periods";

export function yearOfBand(raw: unknown): number | null {
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  const year = /^(?:jahr\s*)?((?:19|20)\d\d)$/i.exec(text);
  if (year) return Number(year[1]);
  // Every band names its year in four digits: other cells (most of a sheet's first rows) cost one test, not a parse.
  const period = text.length > 40 || !/(?:19|20)\d\d/.test(text) ? null : parsePeriodLabel(text);
  return period === null || period.kind === "month" ? null : Number(period.last.slice(0, 4));
}
