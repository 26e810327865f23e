/**
 * Monthly values gathered from every sheet that holds them (Grunddaten split by year, a Ziel-Ist sheet beside the
 * Grunddaten, quality figures on several sheets). Equal values for the same series and month are fine; different ones
 * are an error naming both cells, and that month stays without a value — whichever sheet comes first, so the result
 * never depends on the order of the sheets.
 */
import { formatMonthLong, type MonthKey } from "../domain/months";
import { type Message, message } from "../domain/messages";
import { unreportedTails, unreportedText } from "./unreported-months";

/** Where a value was read: sheet and A1 cell. */
export interface ValueSource {
  sheet: string;
  cell: string;
}

/** Differences below a cent or a thousandth of a percent point are rounding, not a contradiction. */
const SAME = 1e-6;

export class SeriesStore {
  private readonly values = new Map<string, Map<MonthKey, { value: number; from: ValueSource }>>();
  private readonly conflicts = new Map<string, Set<MonthKey>>();
  readonly messages: Message[] = [];

  constructor(private readonly describe: (key: string) => string) {}

  add(key: string, month: MonthKey, value: number, from: ValueSource): void {
    if (this.conflicts.get(key)?.has(month)) return;
    const series = this.values.get(key) ?? new Map();
    this.values.set(key, series);
    const known = series.get(month);
    if (known === undefined) {
      series.set(month, { value, from });
      return;
    }
    if (Math.abs(known.value - value) <= SAME * Math.max(1, Math.abs(value))) return;
    // Named in a fixed order (by sheet and cell), so the message reads the same whichever sheet came first.
    const [a, b] = [known, { value, from }].sort((x, y) => `${x.from.sheet}!${x.from.cell}`.localeCompare(`${y.from.sheet}!${y.from.cell}`, "de"));
    this.messages.push(
      message(
        "error",
        `${this.describe(key)} für ${formatMonthLong(month)} steht zweimal mit verschiedenen Werten: ${a.value.toLocaleString("de-DE")} in „${a.from.sheet}“!${a.from.cell} und ${b.value.toLocaleString("de-DE")} in „${b.from.sheet}“!${b.from.cell}. Der Monat bleibt ohne Wert, bis eine der Angaben berichtigt ist.`,
        b.from.sheet,
        b.from.cell,
      ),
    );
    series.delete(month);
    if (!this.conflicts.has(key)) this.conflicts.set(key, new Set());
    this.conflicts.get(key)?.add(month);
  }

  /** Every value of a series found in one place. */
  addSeries(key: string, series: ReadonlyMap<MonthKey, number>, cells: ReadonlyMap<MonthKey, string> | undefined, sheet: string): void {
    for (const [month, value] of series) this.add(key, month, value, { sheet, cell: cells?.get(month) ?? "" });
  }

  /**
   * Drops the zeros after the last reported month of every series (unreported-months.ts) — formulas of months not
   * yet reported, whichever reader took them — and says so at the first such cell.
   */
  dropUnreportedTails(name: (key: string) => string): void {
    const plain = new Map([...this.values].map(([key, series]) => [key, new Map([...series].map(([m, v]) => [m, v.value]))]));
    for (const tail of unreportedTails(plain)) {
      const series = this.values.get(tail.key);
      const first = series?.get(tail.months[0])?.from;
      for (const month of tail.months) series?.delete(month);
      this.messages.push(message("info", unreportedText(name(tail.key), tail), first?.sheet, first?.cell || undefined));
    }
  }

  has(key: string): boolean {
    return (this.values.get(key)?.size ?? 0) > 0;
  }

  /** The gathered series, without the months in conflict. */
  toMap(): Map<string, Map<MonthKey, number>> {
    const result = new Map<string, Map<MonthKey, number>>();
    for (const [key, series] of [...this.values].sort(([a], [b]) => a.localeCompare(b))) {
      if (series.size === 0) continue;
      result.set(key, new Map([...series].sort(([a], [b]) => a.localeCompare(b)).map(([m, v]) => [m, v.value])));
    }
    return result;
  }
}
