/**
 * Period words beyond what the domain's month and period parsers read in full labels: a month named without its
 * year ("Jan", "März", "Sept."), which a table completes from a band, a title or the sheet's name.
 */
import { bareMonthIn } from "../../domain/month-labels";
import { type Period, parsePeriodLabel } from "../../domain/periods";

/** 1–12 for a bare month name, null for anything else (text with digits names its own year or no month). */
export function monthOfBareName(raw: string): number | null {
  const month = bareMonthIn(raw, 2000);
  return month ? Number(month.slice(5, 7)) : null;
}

export interface BarePeriod {
  kind: "quarter" | "half-year";
  n: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A quarter or half-year named without its year ("Q1", "III", "2. HJ", "1. Halbjahr"), or null. */
export function barePeriodOf(raw: string): BarePeriod | null {
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if (text.length > 20 || /\d{4}/.test(text)) return null;
  const half = /^([12])\s*\.?\s*(?:halbjahr|hj|hbj)\.?$/.exec(text) ?? /^(?:halbjahr|hj|h)\s*\.?\s*([12])$/.exec(text);
  if (half) return { kind: "half-year", n: Number(half[1]) };
  const quarter = /^q\s*([1-4])$/.exec(text) ?? /^([1-4])\s*\.\s*(?:quartal|qu\.?|q)$/.exec(text);
  if (quarter) return { kind: "quarter", n: Number(quarter[1]) };
  const roman = /^(i{1,3}|iv)\s*\.?\s*(?:quartal)?$/.exec(text);
  return roman ? { kind: "quarter", n: ROMAN[roman[1]] } : null;
}

/**
 * A date range ("01.01.2023–31.01.2023", "01.01.–30.06.2024", "1.3.2024 - 30.4.2024") as the period it covers: a
 * calendar month, quarter or half-year when it is exactly one, else the month it ends in (a survey wave counts from
 * its end). Null for any other text.
 */
export function periodOfDateRange(raw: string): Period | null {
  const m = /(\d{1,2})\.(\d{1,2})\.(\d{4})?\s*(?:[–—-]|bis)\s*(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(raw);
  if (!m) return null;
  const [endDay, endMonth, endYear] = [Number(m[4]), Number(m[5]), Number(m[6])];
  const [startDay, startMonth, startYear] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : endYear];
  if (startMonth < 1 || startMonth > 12 || endMonth < 1 || endMonth > 12) return null;
  const months = (endYear - startYear) * 12 + endMonth - startMonth + 1;
  const endsMonth = endDay >= new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  const whole = startDay === 1 && endsMonth && startYear === endYear;
  if (whole && months === 3 && endMonth % 3 === 0) return parsePeriodLabel(`Q${endMonth / 3} ${endYear}`);
  if (whole && months === 6 && endMonth % 6 === 0) return parsePeriodLabel(`${endMonth / 6}. Halbjahr ${endYear}`);
  return parsePeriodLabel(`${endYear}-${String(endMonth).padStart(2, "0")}`);
}
