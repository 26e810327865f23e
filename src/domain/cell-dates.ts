/**
 * Dates as they arrive from cells: Excel serials (Office.js and our .xlsx adapter deliver dates that way), German text
 * "24.11.2022" / "24.11.22", ISO "2022-11-24". Anything else is not a date and says so.
 */
import { isoDate, type IsoDate } from "./processing/holidays";

export type ParsedDate = Readonly<{ kind: "date"; date: IsoDate } | { kind: "blank" } | { kind: "invalid"; text: string }>;

const SERIAL_MIN = 1; // 1900-01-01
const SERIAL_MAX = 2_958_465; // 9999-12-31

/**
 * A 100.000-row case list spans a few hundred distinct days: each day's date is built once, not once per cell (the
 * parsed dates are never changed by their users). Bounded, so a hostile sheet of distinct serials costs no memory.
 */
const SERIAL_DAYS = new Map<number, ParsedDate>();
const MAX_CACHED_DAYS = 50_000;

/** A word or two and a colon in front of a date ("Eingang:", "erledigt am:"); never digits, so "03.05.2024" stays whole. */
const DATE_LABEL = /^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß. -]{0,30}:\s*(?=\d)/;

export function parseCellDate(raw: unknown): ParsedDate {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return { kind: "blank" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < SERIAL_MIN || raw > SERIAL_MAX) return { kind: "invalid", text: String(raw) };
    const day = Math.floor(raw);
    let parsed = SERIAL_DAYS.get(day);
    if (!parsed) {
      const date = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000);
      parsed = { kind: "date", date: isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) };
      if (SERIAL_DAYS.size < MAX_CACHED_DAYS) SERIAL_DAYS.set(day, parsed);
    }
    return parsed;
  }
  // "Eingang: 14.04.2024 15:34" as a protocol export writes it: the label before the date is not part of it.
  const text = String(raw).trim().replace(DATE_LABEL, "");
  // "03.05.2024" and, as exports write it, "03.05.2024 14:32" (the time of day does not change the day).
  let match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*uhr)?)?$/i.exec(text);
  if (match) return valid(match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]), Number(match[2]), Number(match[1]), text);
  match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (match) return valid(Number(match[1]), Number(match[2]), Number(match[3]), text);
  return { kind: "invalid", text };
}

/** Excel knows no dates before 1900 or after 9999: text outside that range is a typo, not a date. */
function valid(year: number, month: number, day: number, text: string): ParsedDate {
  if (year < 1900 || year > 9999) return { kind: "invalid", text };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { kind: "invalid", text };
  return { kind: "date", date: isoDate(year, month, day) };
}
