/**
 * Arbeitstage between two dates. Convention (documented in the report): the start day is not counted, the end day is
 * counted — an Antrag received on Monday and decided on Tuesday took 1 Arbeitstag, decided the same day 0. For a start
 * on a working day this is NETWORKDAYS(start; end) − 1.
 */
import { addDays, holidays, type IsoDate, type Land } from "./holidays";

export interface WorkingCalendar {
  land: Land;
  /** Local closing days of the Jobcenter (Brückentage, Betriebsversammlung …). */
  closingDays: ReadonlySet<IsoDate>;
}

export const DEFAULT_CALENDAR: WorkingCalendar = { land: "NI", closingDays: new Set() };

const DAY_MS = 86_400_000;
const dayNumber = (date: IsoDate) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = DEFAULT_CALENDAR): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6 || calendar.closingDays.has(date)) return false;
  return !holidaysOf(calendar, Number(date.slice(0, 4))).has(date);
}

const holidayCache = new Map<string, Map<IsoDate, string>>();
function holidaysOf(calendar: WorkingCalendar, year: number): Map<IsoDate, string> {
  const key = `${calendar.land}:${year}`;
  let found = holidayCache.get(key);
  if (!found) holidayCache.set(key, (found = holidays(year, calendar.land)));
  return found;
}

/**
 * Cumulative working-day counts per calendar, built once per year range: any span is then two lookups, so 100.000
 * cases cost no more than their number.
 */
class WorkingDayIndex {
  private first = 0;
  private cumulative: number[] = [];

  constructor(private readonly calendar: WorkingCalendar) {}

  /** Working days in [first day of the index … day]. */
  countThrough(day: number): number {
    this.cover(day);
    return this.cumulative[day - this.first];
  }

  private cover(day: number): void {
    if (this.cumulative.length > 0 && day >= this.first && day < this.first + this.cumulative.length) return;
    const from = this.cumulative.length === 0 ? day - 366 : Math.min(this.first, day - 366);
    const to = this.cumulative.length === 0 ? day + 366 : Math.max(this.first + this.cumulative.length - 1, day + 366);
    const counts: number[] = [];
    let running = 0;
    for (let d = from; d <= to; d++) {
      const date = new Date(d * DAY_MS).toISOString().slice(0, 10);
      if (isWorkingDay(date, this.calendar)) running++;
      counts.push(running);
    }
    this.first = from;
    this.cumulative = counts;
  }
}

const indexes = new WeakMap<WorkingCalendar, WorkingDayIndex>();

/** Working days in (start, end]; negative when end is before start. */
export function workingDaysBetween(start: IsoDate, end: IsoDate, calendar: WorkingCalendar = DEFAULT_CALENDAR): number {
  let index = indexes.get(calendar);
  if (!index) indexes.set(calendar, (index = new WorkingDayIndex(calendar)));
  return index.countThrough(dayNumber(end)) - index.countThrough(dayNumber(start));
}

export function calendarDaysBetween(start: IsoDate, end: IsoDate): number {
  return dayNumber(end) - dayNumber(start);
}

export { addDays };
