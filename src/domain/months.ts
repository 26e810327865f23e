/**
 * Months are the time axis of everything the add-in computes. Internally a month is the key "YYYY-MM"
 * (sortable as text); users see "Oktober 2022".
 */
export type MonthKey = string;

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const GERMAN_MONTH_NAMES = [
  "Januar", "Februar", "März", "April", "Mai", "Juni",
  "Juli", "August", "September", "Oktober", "November", "Dezember",
] as const;

export function isMonthKey(text: string): boolean {
  return MONTH_KEY.test(text);
}

export function monthKey(year: number, month: number): MonthKey {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

export function yearOf(key: MonthKey): number {
  return Number(key.slice(0, 4));
}

/** 1 = January … 12 = December. */
export function monthOf(key: MonthKey): number {
  return Number(key.slice(5, 7));
}

export function addMonths(key: MonthKey, delta: number): MonthKey {
  const index = yearOf(key) * 12 + (monthOf(key) - 1) + delta;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** Inclusive range from → to; empty when from is after to. */
export function monthRange(from: MonthKey, to: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

export function januaryOf(key: MonthKey): MonthKey {
  return monthKey(yearOf(key), 1);
}

/** "Oktober 2022" */
export function formatMonthLong(key: MonthKey): string {
  return `${GERMAN_MONTH_NAMES[monthOf(key) - 1]} ${yearOf(key)}`;
}

/** ", Januar 2021 – März 2022": the months a set of series covers, for descriptions of a source; "" when none. */
export function monthSpanText(series: Iterable<ReadonlyMap<MonthKey, unknown>>): string {
  const months = [...series].flatMap((s) => [...s.keys()]).sort();
  return months.length > 0 ? `, ${formatMonthLong(months[0])} – ${formatMonthLong(months[months.length - 1])}` : "";
}

/** "Okt 22" style short label for chart axes and column headers. */
export function formatMonthShort(key: MonthKey): string {
  const name = GERMAN_MONTH_NAMES[monthOf(key) - 1];
  const abbreviation = name === "März" ? "Mär" : name.slice(0, 3);
  return `${abbreviation} ${String(yearOf(key)).slice(2)}`;
}
