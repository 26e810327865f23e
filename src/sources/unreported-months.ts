/**
 * Months not yet reported: a controller's sheet often holds formulas for the whole year, which show 0 in the months
 * after the last one reported. A run of zeros at the end of a series whose earlier months are all non-zero (at least
 * three) is no data: a stock of 0 ELB after 12.000 is not a figure, and taking it would give a Kennzahl of −100 % and a
 * Berichtsmonat in December.
 */
import { formatMonthLong, type MonthKey } from "../domain/months";

export interface UnreportedTail {
  key: string;
  /** The zero months, oldest first. */
  months: MonthKey[];
  lastReported: MonthKey;
}

export function unreportedTails(series: ReadonlyMap<string, ReadonlyMap<MonthKey, number>>): UnreportedTail[] {
  const tails: UnreportedTail[] = [];
  for (const [key, values] of series) {
    const sorted = [...values].sort(([a], [b]) => a.localeCompare(b));
    let end = sorted.length;
    while (end > 0 && sorted[end - 1][1] === 0) end--;
    const reported = sorted.slice(0, end);
    if (end === sorted.length || reported.length < 3 || reported.some(([, v]) => v === 0)) continue;
    tails.push({ key, months: sorted.slice(end).map(([m]) => m), lastReported: reported[reported.length - 1][0] });
  }
  return tails;
}

/** "Juli 2024 bis Dezember 2024 steht 0 nach dem letzten gemeldeten Monat (Juni 2024) …" */
export function unreportedText(name: string, tail: UnreportedTail): string {
  const first = formatMonthLong(tail.months[0]);
  const span = tail.months.length === 1 ? first : `${first} bis ${formatMonthLong(tail.months[tail.months.length - 1])}`;
  return `„${name}“: ${span} steht 0 nach dem letzten gemeldeten Monat (${formatMonthLong(tail.lastReported)}); das gilt als noch nicht gemeldet, nicht als Wert.`;
}
