/**
 * Period words beyond what the domain's month and period parsers read in full labels: a month named without its
 * year ("Jan", "März", "Sept."), which a table completes from a band, a title or the sheet's name.
 */
import { bareMonthIn } from "../../domain/month-labels";

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
