/**
 * Telling a Jobcenter row from a Land or Bund row in a published all-Jobcenter table, and the Land a Regionalschlüssel
 * belongs to. The first two digits of a Regionalschlüssel are the Land (Destatis Gemeindeverzeichnis: 01 Schleswig-
 * Holstein … 16 Thüringen); Land rows carry a two-digit key or the Land's name, Bund rows "Deutschland".
 */
import { normalizeLabel } from "../labels";

export const LAENDER = [
  "Schleswig-Holstein", "Hamburg", "Niedersachsen", "Bremen", "Nordrhein-Westfalen", "Hessen", "Rheinland-Pfalz",
  "Baden-Württemberg", "Bayern", "Saarland", "Berlin", "Brandenburg", "Mecklenburg-Vorpommern", "Sachsen",
  "Sachsen-Anhalt", "Thüringen",
] as const;

/** The Länder's usual two-letter abbreviations (ISO 3166-2:DE, plus NRW), in the order of LAENDER. */
const ABBREVIATIONS = [["sh"], ["hh"], ["ni", "nds"], ["hb"], ["nw", "nrw"], ["he"], ["rp"], ["bw"], ["by"], ["sl"], ["be"], ["bb"], ["mv"], ["sn"], ["st"], ["th"]];
const LAND_BY_LABEL = new Map<string, string>([
  ...LAENDER.map((name) => [normalizeLabel(name), name] as const),
  ...ABBREVIATIONS.flatMap((short, i) => short.map((s) => [s, LAENDER[i]] as const)),
]);
const BUND_LABELS = new Set(
  ["Deutschland", "Bund", "Bundesgebiet", "Bundesrepublik Deutschland", "Deutschland insgesamt", "Bund insgesamt", "Bundesgebiet insgesamt", "Insgesamt", "Gesamt"].map(normalizeLabel),
);
const BUND_KEYS = new Set(["0", "00", "000", "d", "dg"]);

export type RegionKind = "jobcenter" | "land" | "bund";

/**
 * A row's kind from its key and name. A five-digit key is a Kreis (a Jobcenter, even one named "Hamburg"); a key of
 * one or two digits is a Land. Without a key, a bare Land name in a row without Vergleichstyp is the Land.
 */
export function regionKind(key: string | null, name: string, type: string | null): RegionKind {
  const label = normalizeLabel(name);
  if ((key !== null && BUND_KEYS.has(key.toLowerCase())) || (BUND_LABELS.has(label) && (key === null || !/^\d{3,}$/.test(key)))) return "bund";
  if (key !== null && /^\d{1,2}$/.test(key)) return Number(key) >= 1 && Number(key) <= LAENDER.length ? "land" : "jobcenter";
  if ((key === null || key === "") && type === null && landNamed(name) !== null) return "land";
  return "jobcenter";
}

/** "Niedersachsen", "Land Niedersachsen", "Niedersachsen insgesamt", "NI" → "Niedersachsen". */
export function landNamed(text: string): string | null {
  const label = normalizeLabel(text).replace(/^(land|bundesland) /, "").replace(/ (insgesamt|gesamt)$/, "");
  return LAND_BY_LABEL.get(label) ?? null;
}

/** The Land of a Regionalschlüssel ("03353" → Niedersachsen); a key that lost its leading zero (3353) is read as 03353. */
export function landOfKey(key: string): string | null {
  if (!/^\d+$/.test(key)) return null;
  const code = Number(withLeadingZero(key).slice(0, 2));
  return code >= 1 && code <= LAENDER.length ? LAENDER[code - 1] : null;
}

/**
 * A Regionalschlüssel as published: Land 2 digits, Kreis 5, ARS 12. A number cell drops the leading zero of Länder 01–09
 * (3353 for 03353); lengths 1, 4 and 11 get it back.
 */
export function withLeadingZero(key: string): string {
  return /^\d+$/.test(key) && [1, 4, 11].includes(key.length) ? `0${key}` : key;
}
