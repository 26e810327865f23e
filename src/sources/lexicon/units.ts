/**
 * Units and scales as sources state them — in a header ("Quote in %", "Beträge in T€"), a unit column, a title line
 * or a number format. A unit is never assumed: Tage stay Tage, a share stays a share, T€ and Mio. € become €.
 */
import { normalizeLabel } from "../labels";

export type UnitWord = "percent" | "points" | "grade" | "workingDays" | "calendarDays" | "months" | "persons" | "eur" | "index";

export const UNIT_NAMES: Record<UnitWord, string> = {
  percent: "%",
  points: "Prozentpunkte",
  grade: "Note",
  workingDays: "Arbeitstage",
  calendarDays: "Tage",
  months: "Monate",
  persons: "Personen/Anzahl",
  eur: "€",
  index: "Index (Basis = 100)",
};

/** The unit a text names, or null. Checked on words, so "Tagesordnung" or "Notizen" name none. */
export function unitOf(raw: string): UnitWord | null {
  const t = ` ${normalizeLabel(raw)} `;
  // "Index (Jan. 2023 = 100)", "Messzahl": a figure relative to a base, no amount, count or share.
  if (/ (index|indexwert|messzahl|indexiert) /.test(t) || /=\s*100\b/.test(raw)) return "index";
  if (/\b(pp|prozentpunkte?|%-punkte?|%-pkt|pkt)\b/i.test(raw) || t.includes(" prozentpunkte ") || t.includes(" pp ")) return "points";
  if (raw.includes("%") || t.includes(" prozent ") || t.includes(" anteil ") || t.includes(" quote ") || /quote /.test(t)) return "percent";
  if (/ (arbeitstag|arbeitstage|arbeitstagen|at|werktag|werktage|werktagen|wt) /.test(t)) return "workingDays";
  if (/ (tag|tage|tagen|kalendertag|kalendertage|kalendertagen|kt) /.test(t)) return "calendarDays";
  // "nach Monaten", "je Monat" say how a table is cut, not a unit: only "Monate" alone, "(Monate)" or "in Monaten" is one.
  if (/^ monate? $/.test(t) || /\(\s*monate?n?\s*\)|\bin monaten\b/i.test(raw)) return "months";
  if (/ (note|noten|schulnote|schulnoten|punkte) /.test(t)) return "grade";
  if (raw.includes("€") || / (eur|euro|teur|tsd eur|mio eur|t) /.test(t) && /€|eur|euro/i.test(raw)) return "eur";
  if (/ (personen|anzahl|faelle|stueck|kunden|bg) /.test(t)) return "persons";
  return null;
}

/** Thousand or million: "T€", "TEUR", "Tsd. €", "in Tausend", "Mio. €", "Millionen". 1 when the text names no scale. */
export function scaleOf(raw: string): number {
  const t = ` ${normalizeLabel(raw)} `;
  if (/ (mio|millionen|mio eur|mioeur) /.test(t) || /\bMio\.?/i.test(raw)) return 1e6;
  if (/ (mrd|milliarden) /.test(t)) return 1e9;
  if (/\bT€|\bTEUR\b|\bTsd\.?|\btausend\b/i.test(raw) || / (teur|tsd|tausend) /.test(t)) return 1e3;
  return 1;
}

/** What an Excel number format says of the unit: "0,0 %" is a share stored as a fraction, "#.##0 €" an amount. */
export function unitOfNumberFormat(format: string): UnitWord | null {
  const visible = format.replace(/"[^"]*"/g, (quoted) => quoted.slice(1, -1)).replace(/\[[^\]]*\]/g, "");
  if (/%/.test(visible)) return "percent";
  if (/€|EUR/i.test(visible)) return "eur";
  return null;
}

/** A share stored as a fraction (0,231 shown as "23,1 %"). */
export function isPercentFormat(format: string): boolean {
  return unitOfNumberFormat(format) === "percent";
}

/**
 * The scale a number format shows as text: '#.##0,000 "Mio. €"' displays a stored 1,31 as "1,310 Mio. €", so the
 * figure is 1.310.000 €. (A format's trailing commas divide what is shown, the stored value is in units: no scale.)
 */
export function scaleOfNumberFormat(format: string): number {
  // A workbook has a handful of formats and thousands of cells: each format is looked at once.
  const known = FORMAT_SCALES.get(format);
  if (known !== undefined) return known;
  const scale = scaleShownBy(format);
  if (FORMAT_SCALES.size < 10_000) FORMAT_SCALES.set(format, scale);
  return scale;
}

const FORMAT_SCALES = new Map<string, number>();

function scaleShownBy(format: string): number {
  const shown = [...format.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join(" ") + " " + format.replace(/"[^"]*"/g, " ").replace(/\[[^\]]*\]/g, " ").replace(/[#0.,;%\\_*?@E+-]/g, " ");
  return scaleOf(shown);
}

/**
 * The factor that makes one cell's figure euros: the scale the cell states itself — in its text ("1.310 T€", already
 * applied when the number was read) or in a format showing "Mio. €" — before the one its header or title states.
 */
export function cellScale(textStatedScale: boolean, format: string, stated: number): number {
  if (textStatedScale) return 1;
  const shown = scaleOfNumberFormat(format);
  return shown !== 1 ? shown : stated;
}

