/**
 * Month labels in every form controllers use (domain.md §6): German month names and abbreviations, MM/YY, MM/YYYY,
 * MM.YYYY, YYYY-MM, YYYYMM and Excel date serials (read as the month they fall in).
 */
import { addMonths, formatMonthLong, monthKey, type MonthKey } from "./months";

const MONTH_WORDS: Array<[RegExp, number]> = [
  [/^jan(uar|uary)?\.?$/, 1], [/^jän(ner)?\.?$/, 1],
  [/^feb(ruar|ruary)?\.?$/, 2],
  [/^(mär|maer|mar)(z|ch)?\.?$/, 3], [/^mrz\.?$/, 3],
  [/^apr(il)?\.?$/, 4],
  [/^(mai|may)\.?$/, 5],
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

const MAX_LABEL_LENGTH = 120;

/** The years a text names as four digits (1900–2099, not inside a longer number): "Ziele 2024" → [2024]. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?:^|\D)((?:19|20)\d\d)(?=\D|$)/g)].map((m) => Number(m[1]));
}

export function parseMonthLabel(raw: unknown): MonthKey | null {
  if (typeof raw === "number") {
    if (Number.isInteger(raw) && raw >= SERIAL_MIN && raw < SERIAL_MAX) return serialToMonth(raw);
    // 202404 as a number (BA exports and database dumps write the month as YYYYMM); no serial is that large.
    return Number.isInteger(raw) && raw >= 199001 && raw <= 209912 ? valid(Math.floor(raw / 100), raw % 100) : null;
  }
  // No month label is long: a megabyte of text costs no regex pass (hostile shared strings, issue 18).
  if (typeof raw !== "string" || raw.length > MAX_LABEL_LENGTH) return null;
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  return fromNumericForms(text) ?? fromWords(text);
}

/**
 * A month named without a year ("Januar", "Jan.", "März") as the month of `year`; null for any other text — and for
 * text with digits, which names its own year or is no month name.
 */
export function bareMonthIn(raw: unknown, year: number): MonthKey | null {
  if (typeof raw !== "string") return null;
  const label = raw.trim().replace(/\.$/, "");
  return label !== "" && !/\d/.test(label) ? parseMonthLabel(`${label} ${year}`) : null;
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

/**
 * "Feb 30" may be February 2030 or the 30th of February: a month name followed by a two-digit number up to 31 reads
 * as month and year, but could be a day. Only the labels around it can tell (see implausibleMonths).
 */
export function isDayOrYear(raw: unknown): boolean {
  if (typeof raw !== "string") return false;
  const match = /^([a-zäöü]+\.?)[ \-.']*(\d{2})$/.exec(raw.trim().toLowerCase().replace(/\s+/g, " ").replace(/^berichtsmonat /, ""));
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 31 && MONTH_WORDS.some(([pattern]) => pattern.test(match[1]));
}

const MONTH_STEMS = ["jan", "jän", "feb", "mär", "mae", "mar", "mrz", "apr", "mai", "may", "jun", "jul", "aug", "sep", "okt", "oct", "nov", "dez", "dec"];

/**
 * Whether a label that parseMonthLabel rejects was still meant as a month: "13/2022", "2022-13", "Febr 22",
 * "Mär 2O22". "Vorjahr 2021" or "Summe 2022" are not.
 */
export function looksLikeMonthLabel(raw: unknown): boolean {
  if (typeof raw !== "string") return false;
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if (/^\d{1,4} ?[/.\-] ?\d{1,4}$/.test(text) || /^\d{6}$/.test(text)) return true;
  const word = /^([a-zäöü]+)\.?[ \-.']*[\doO]*\d[\doO]*$/.exec(text);
  return word !== null && MONTH_STEMS.some((stem) => word[1].startsWith(stem));
}

/** How far a month label may lie from every other month of its header or table before its year is doubted. */
const PLAUSIBLE_DISTANCE_MONTHS = 12;

/**
 * The entries whose label is ambiguous (isDayOrYear) and whose month lies more than a year away from every other
 * month read with it: "Jan 22 | Feb 30 | Mär 22" has one, "Jan 30 | Feb 30 | Mär 30" none (the labels agree). A label
 * with nothing to compare with is taken as written.
 */
export function implausibleMonths<T extends { raw: unknown; month: MonthKey }>(entries: readonly T[]): T[] {
  const counts = new Map<MonthKey, number>();
  for (const { month } of entries) counts.set(month, (counts.get(month) ?? 0) + 1);
  const hasCompanyNear = (month: MonthKey) => {
    for (let delta = -PLAUSIBLE_DISTANCE_MONTHS; delta <= PLAUSIBLE_DISTANCE_MONTHS; delta++) {
      const near = addMonths(month, delta);
      if ((counts.get(near) ?? 0) > (near === month ? 1 : 0)) return true;
    }
    return false;
  };
  return entries.length < 2 ? [] : entries.filter((entry) => isDayOrYear(entry.raw) && !hasCompanyNear(entry.month));
}

/** What a message says about a label implausibleMonths doubts: the row or column with it is not used. */
export function doubtfulMonthText(label: string, readAs: MonthKey, what: "Zeile" | "Spalte"): string {
  const number = /(\d{2})$/.exec(label.trim())?.[1] ?? "";
  return `„${label.trim()}“ ergäbe ${formatMonthLong(readAs)} und passt nicht zu den übrigen Monaten – „${number}“ ist wohl ein Tag, kein Jahr; die ${what} wird nicht verwendet.`;
}
