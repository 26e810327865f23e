/**
 * Month labels in every form controllers use (domain.md §6): German month names and abbreviations, MM/YY, MM/YYYY,
 * MM.YYYY, YYYY-MM, YYYYMM and Excel date serials (read as the month they fall in).
 */
import { monthKey, type MonthKey } from "./months";

const MONTH_WORDS: Array<[RegExp, number]> = [
  [/^jan(uar|uary)?\.?$/, 1], [/^jän(ner)?\.?$/, 1],
  [/^feb(ruar|ruary)?\.?$/, 2],
  [/^(mär|maer|mar)(z|ch)?\.?$/, 3], [/^mrz\.?$/, 3],
  [/^apr(il)?\.?$/, 4],
  [/^(mai|may)$/, 5],
  [/^jun(i|e)?\.?$/, 6],
  [/^jul(i|y)?\.?$/, 7],
  [/^aug(ust)?\.?$/, 8],
  [/^sep(t|tember)?\.?$/, 9],
  [/^o[kc]t(ober)?\.?$/, 10],
  [/^nov(ember)?\.?$/, 11],
  [/^de[zc](ember)?\.?$/, 12],
];

/** Excel serials between 1990 and 2100: anything else in a header is not a month. */
const SERIAL_MIN = 32874; // 1990-01-01
const SERIAL_MAX = 73051; // 2100-01-01

export function parseMonthLabel(raw: unknown): MonthKey | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= SERIAL_MIN && raw < SERIAL_MAX ? serialToMonth(raw) : null;
  if (typeof raw !== "string") return null;
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  return fromNumericForms(text) ?? fromWords(text);
}

export function serialToMonth(serial: number): MonthKey {
  // Excel's day 1 is 1900-01-01 and it counts a non-existent 1900-02-29; for serials after 60 the epoch is 1899-12-30.
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return monthKey(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

function fromNumericForms(text: string): MonthKey | null {
  let match = /^(\d{4})-(\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (match) return valid(Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (match) return valid(Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\/(\d{2})$/.exec(text);
  if (match) return valid(2000 + Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text); // a date typed as text: 01.03.2022
  if (match) return valid(Number(match[3]), Number(match[2]));
  return null;
}

function fromWords(text: string): MonthKey | null {
  const match = /^([a-zäöü]+\.?)[ \-.']*(\d{2}|\d{4})$/.exec(text.replace(/^berichtsmonat /, ""));
  if (!match) return null;
  const month = MONTH_WORDS.find(([pattern]) => pattern.test(match[1]))?.[1];
  if (month === undefined) return null;
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return valid(year, month);
}

function valid(year: number, month: number): MonthKey | null {
  return month >= 1 && month <= 12 && year >= 1990 && year < 2100 ? monthKey(year, month) : null;
}

/**
 * A month written in two cells, as exports with a "Jahr" column next to "Monat" have it: "Januar" | 2021, 1 | "2021".
 * A month cell that already carries its year wins over the year cell.
 */
export function parseMonthWithYear(monthCell: unknown, yearCell: unknown): MonthKey | null {
  const complete = parseMonthLabel(monthCell);
  if (complete) return complete;
  const yearText = typeof yearCell === "number" || typeof yearCell === "string" ? String(yearCell).trim() : "";
  if (!/^\d{4}$/.test(yearText)) return null;
  const monthText = typeof monthCell === "number" || typeof monthCell === "string" ? String(monthCell).trim() : "";
  if (/^\d{1,2}$/.test(monthText)) return valid(Number(yearText), Number(monthText));
  return monthText === "" ? null : parseMonthLabel(`${monthText} ${yearText}`);
}
