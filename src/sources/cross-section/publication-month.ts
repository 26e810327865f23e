/**
 * The month a published table's figures refer to, from its title block or source line: "Berichtsmonat Juni 2024",
 * "Kennzahlen nach § 48a SGB II – Juni 2024", "Stand: 06/2024". An explicit Berichtsmonat beats a month in the title,
 * which beats a "Stand" (often the processing date, a few months after the Berichtsmonat).
 */
import { parseMonthLabel } from "../../domain/month-labels";
import { monthKey, type MonthKey } from "../../domain/months";

const MONTH_WORD = "januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|mrz|apr|jun|jul|aug|sep|sept|okt|nov|dez";
const WORD_MONTH = new RegExp(`(?:^|[^a-zäöü])(${MONTH_WORD})\\.?\\s*(\\d{4})`, "i");
const NUMERIC_MONTH = /(?:^|[^\d.])(\d{1,2})[/.](\d{4})(?!\d)/;
const ISO_MONTH = /(?:^|\D)(\d{4})-(\d{2})(?!\d)/;
const DATE = /(?:^|\D)\d{1,2}\.(\d{1,2})\.(\d{4})(?!\d)/;

export interface MonthInText {
  month: MonthKey;
  /** 3 = Berichtsmonat named, 2 = a month in the title, 1 = "Stand" or a footnote's month. */
  weight: number;
}

export function monthInText(text: string, place: "title" | "footnote"): MonthInText | null {
  const month = findMonth(text);
  if (month === null) return null;
  const lower = text.toLowerCase();
  const weight = /berichts(monat|zeitraum)/.test(lower) ? 3 : /stand/.test(lower) || place === "footnote" ? 1 : 2;
  return { month, weight };
}

function findMonth(text: string): MonthKey | null {
  const word = WORD_MONTH.exec(text);
  if (word) {
    const parsed = parseMonthLabel(`${word[1]} ${word[2]}`);
    if (parsed) return parsed;
  }
  const date = DATE.exec(text);
  if (date) return valid(Number(date[2]), Number(date[1]));
  const numeric = NUMERIC_MONTH.exec(text);
  if (numeric) return valid(Number(numeric[2]), Number(numeric[1]));
  const iso = ISO_MONTH.exec(text);
  return iso ? valid(Number(iso[1]), Number(iso[2])) : null;
}

function valid(year: number, month: number): MonthKey | null {
  return month >= 1 && month <= 12 && year >= 2005 && year < 2100 ? monthKey(year, month) : null;
}

/** The best-supported month of the lines given; the first one wins among equals. */
export function publicationMonth(title: string[], footnotes: string[]): MonthKey | null {
  let best: MonthInText | null = null;
  const candidates = [...title.map((t) => monthInText(t, "title")), ...footnotes.map((t) => monthInText(t, "footnote"))];
  for (const candidate of candidates) if (candidate && (best === null || candidate.weight > best.weight)) best = candidate;
  return best?.month ?? null;
}
