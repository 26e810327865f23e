/**
 * Public holidays per Land (fixed and Easter-based). Default: Niedersachsen, where Jobcenter Landkreis Harburg works.
 * Reformationstag is a holiday in Niedersachsen (and HB, HH, SH) since 2018, in every Land in 2017 (500 years).
 */
export type Land = "BW" | "BY" | "BE" | "BB" | "HB" | "HH" | "HE" | "MV" | "NI" | "NW" | "RP" | "SL" | "SN" | "ST" | "SH" | "TH";

export const LAND_NAMES: Record<Land, string> = {
  BW: "Baden-Württemberg", BY: "Bayern", BE: "Berlin", BB: "Brandenburg", HB: "Bremen", HH: "Hamburg", HE: "Hessen",
  MV: "Mecklenburg-Vorpommern", NI: "Niedersachsen", NW: "Nordrhein-Westfalen", RP: "Rheinland-Pfalz", SL: "Saarland",
  SN: "Sachsen", ST: "Sachsen-Anhalt", SH: "Schleswig-Holstein", TH: "Thüringen",
};

/** Dates are "YYYY-MM-DD" strings: calendar days, no time zone. */
export type IsoDate = string;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Easter Sunday (Gregorian calendar, anonymous/Meeus algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  const d = new Date(t);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

interface HolidayRule {
  name: string;
  date: (year: number) => IsoDate;
  /** Länder where it applies; undefined = nationwide. `since`/`only` limit the years. */
  lands?: Land[];
  since?: number;
  only?: number;
}

const easter = (offset: number) => (year: number) => addDays(easterSunday(year), offset);
const fixed = (month: number, day: number) => (year: number) => isoDate(year, month, day);

/** Buß- und Bettag: the Wednesday before 23 November. */
function repentanceDay(year: number): IsoDate {
  const nov23 = new Date(Date.UTC(year, 10, 23));
  const back = ((nov23.getUTCDay() - 3 + 7) % 7) || 7;
  return addDays(isoDate(year, 11, 23), -back);
}

const RULES: HolidayRule[] = [
  { name: "Neujahr", date: fixed(1, 1) },
  { name: "Heilige Drei Könige", date: fixed(1, 6), lands: ["BW", "BY", "ST"] },
  { name: "Internationaler Frauentag", date: fixed(3, 8), lands: ["BE"], since: 2019 },
  { name: "Internationaler Frauentag", date: fixed(3, 8), lands: ["MV"], since: 2023 },
  { name: "Karfreitag", date: easter(-2) },
  { name: "Ostermontag", date: easter(1) },
  { name: "Tag der Arbeit", date: fixed(5, 1) },
  { name: "Christi Himmelfahrt", date: easter(39) },
  { name: "Pfingstmontag", date: easter(50) },
  { name: "Fronleichnam", date: easter(60), lands: ["BW", "BY", "HE", "NW", "RP", "SL"] },
  { name: "Mariä Himmelfahrt", date: fixed(8, 15), lands: ["SL"] },
  { name: "Weltkindertag", date: fixed(9, 20), lands: ["TH"], since: 2019 },
  { name: "Tag der Deutschen Einheit", date: fixed(10, 3) },
  { name: "Reformationstag", date: fixed(10, 31), lands: ["BB", "MV", "SN", "ST", "TH"] },
  { name: "Reformationstag", date: fixed(10, 31), lands: ["HB", "HH", "NI", "SH"], since: 2018 },
  { name: "Reformationstag", date: fixed(10, 31), only: 2017 },
  { name: "Allerheiligen", date: fixed(11, 1), lands: ["BW", "BY", "NW", "RP", "SL"] },
  { name: "Buß- und Bettag", date: repentanceDay, lands: ["SN"] },
  { name: "1. Weihnachtstag", date: fixed(12, 25) },
  { name: "2. Weihnachtstag", date: fixed(12, 26) },
];

export function holidays(year: number, land: Land): Map<IsoDate, string> {
  const result = new Map<IsoDate, string>();
  for (const rule of RULES) {
    if (rule.only !== undefined && rule.only !== year) continue;
    if (rule.since !== undefined && year < rule.since) continue;
    if (rule.lands && rule.only === undefined && !rule.lands.includes(land)) continue;
    result.set(rule.date(year), rule.name);
  }
  return result;
}
