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
/** In an all-Jobcenter table a row "Insgesamt" or "Gesamt" is the Bund (its sum over all Jobcenter). */
const TOTAL_AS_BUND: ReadonlySet<string> = new Set(["insgesamt", "gesamt"]);
const BUND_KEYS = new Set(["0", "00", "000", "d", "dg"]);

export type RegionKind = "jobcenter" | "land" | "bund";

/**
 * A row's kind from its key and name. A five-digit key is a Kreis (a Jobcenter, even one named "Hamburg"); a key of
 * one or two digits is a Land. Without a key, a bare Land name in a row without Vergleichstyp is the Land.
 */
export function regionKind(key: string | null, name: string, type: string | null): RegionKind {
  const label = normalizeLabel(name);
  if ((key !== null && BUND_KEYS.has(key.toLowerCase())) || ((BUND_WORDS.has(label) || TOTAL_AS_BUND.has(label)) && (key === null || !/^\d{3,}$/.test(key)))) return "bund";
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

/** A region a header, label or title names: the own or another Jobcenter, a Land, the Bund. */
export interface RegionRef {
  /** "unit": a part of the Jobcenter (Geschäftsstelle, Team, Standort) — its figures are no figures of the whole. */
  kind: RegionKind | "unit";
  /** Regionalschlüssel as written ("03353", "03", "D"); null when only a name says which region. */
  key: string | null;
  /** The name as written ("Landkreis Harburg"); "" when only a key or the bare word "Jobcenter" says it. */
  name: string;
}

/** Words that open the name of a Jobcenter or its Kreis: "JC Celle", "Jobcenter Landkreis Harburg", "Stadt Heideburg". */
const JOBCENTER_NAME = /^(jc|jobcenter|gemeinsame einrichtung|ge|zkt|optionskommune|landkreis|lk|kreis|stadt|kreisfreie stadt|region|staedteregion|regionalverband|hansestadt|landeshauptstadt)\s+\S/;
/** A part of the Jobcenter: "Geschäftsstelle Buchholz", "Team 3", "Standort Winsen", "GS Nord". */
const UNIT_NAME = /^(geschaeftsstelle|gs|team|standort|aussenstelle|nebenstelle|zweigstelle|regionalteam|fachbereich|abteilung|teamleitung)\s+\S/;
/** The Jobcenter without its name: a row "Jobcenter" or "eigenes JC" beside "Land" and "Bund", a "Zielwert (Jobcenter)". */
const OWN_JOBCENTER = new Set(["jobcenter", "jc", "eigenes jobcenter", "eigenes jc", "eigener traeger", "gemeinsame einrichtung"]);
/** The Land without its name: "Jobcenter | Land | Bund". */
const LAND_WORDS = new Set(["land", "bundesland", "landesdurchschnitt", "landeswert", "land gesamt", "land insgesamt"]);
/** Headers of a column that holds a Regionalschlüssel or JC-Nummer per row. */
export const REGION_KEY_HEADERS: ReadonlySet<string> = new Set(["regionalschluessel", "rs", "schluessel", "ars", "ags", "kreisschluessel", "kreis nr", "jc nr", "jc nummer", "traeger nr", "kennziffer region", "regionalschluessel ars"]);
/** Headers of a column that holds each Jobcenter's SGB II-Vergleichstyp. */
export const COMPARISON_TYPE_HEADERS: ReadonlySet<string> = new Set(["sgb ii vergleichstyp", "vergleichstyp", "sgb ii vergleichs typ", "vergleichs typ", "vergleichsgruppe", "sgb ii typ", "typ"]);

/** A group row naming the Vergleichstyp of the rows below it: "SGB II-Vergleichstyp 3", "Vergleichstyp IIb", "Typ 12". */
export function comparisonTypeOf(text: string): string | null {
  return /^(sgb[ -]ii[ -])?(vergleichs)?typ\s+(\S.{0,20})$/i.exec(text.trim())?.[3]?.trim() ?? null;
}

/** A header as compared with the lists above: "Regional-schlüssel" broken over two lines is "Regionalschlüssel". */
export function regionHeaderKind(header: string): "key" | "name" | "type" | null {
  const joined = header.replace(/(\w)[\s-]+(?=schluessel|typ\b)/g, "$1");
  if (REGION_KEY_HEADERS.has(joined) || REGION_KEY_HEADERS.has(header)) return "key";
  if (COMPARISON_TYPE_HEADERS.has(header.replace(/\s*\d\)$/, "")) || COMPARISON_TYPE_HEADERS.has(joined.replace(/\s*\d\)$/, ""))) return "type";
  if (REGION_NAME_HEADERS.has(header) || [...REGION_NAME_HEADERS].some((h) => header === `${h} ${h}`)) return "name";
  return header.includes("jobcenter") && header.split(" ").length <= 3 ? "name" : null;
}

/** Headers of a column that names the region of each row ("Jobcenter | K1 | K2 …"). */
export const REGION_NAME_HEADERS: ReadonlySet<string> = new Set(["jobcenter", "region", "kreis", "traeger", "gebiet", "raumeinheit", "regionalname", "name des jobcenters", "jobcenter name", "kreis jobcenter", "land kreis", "jobcenter region"]);

const MAX_REGION_TEXT = 80;

/**
 * The region a short text names, or null: "JC Landkreis Harburg (03353)", "03353 Landkreis Harburg", "Land
 * Niedersachsen", "03 Niedersachsen", "Bund (Deutschland)", "D Deutschland", "Jobcenter". "Insgesamt" is a total,
 * never the Bund, in a text that says nothing else.
 */
export function regionOf(text: string): RegionRef | null {
  if (text.length > MAX_REGION_TEXT) return null;
  const bracketKey = /\((\d{2}|\d{5}|\d{12})\)\s*$/.exec(text)?.[1] ?? null;
  const leading = /^\s*(\d{2}|\d{5}|\d{12}|D)\s+(\S.*)$/.exec(text);
  const key = bracketKey ?? leading?.[1] ?? null;
  const name = (leading ? leading[2] : text).replace(/\((\d{2}|\d{5}|\d{12})\)\s*$/, "").replace(/\s+/g, " ").trim();
  const label = normalizeLabel(name);
  if (BUND_WORDS.has(label) || (key === "D" && label === "deutschland")) return { kind: "bund", key, name };
  if (landNamed(name) !== null && (key === null || /^\d{2}$/.test(key))) return { kind: "land", key, name: landNamed(name) as string };
  if (LAND_WORDS.has(label)) return { kind: "land", key, name: "" };
  if (UNIT_NAME.test(label)) return { kind: "unit", key: null, name: text.trim() };
  if (OWN_JOBCENTER.has(label)) return { kind: "jobcenter", key, name: "" };
  if (JOBCENTER_NAME.test(label) || (key !== null && /^\d{5}$|^\d{12}$/.test(key))) return { kind: "jobcenter", key, name };
  return null;
}

/** The Bund by name only — "Insgesamt" and "Gesamt" alone are totals of a table, not the Bund. */
const BUND_WORDS: ReadonlySet<string> = new Set(["deutschland", "bund", "bundesgebiet", "bundesrepublik deutschland", "deutschland insgesamt", "bund insgesamt", "bundesgebiet insgesamt", "bund deutschland", "deutschland bund", "bundesdurchschnitt", "bundeswert"]);

/** The region a key cell and a name cell of one row name together ("03353" beside "Landkreis Harburg"). */
export function regionOfRow(key: string | null, name: string): RegionRef {
  return { kind: regionKind(key, name, null), key, name };
}

/** Two statements of one region joined: a key from one, the name from the other; the kind from both. */
export function joinRegions(a: RegionRef, b: RegionRef): RegionRef {
  const key = b.key ?? a.key;
  const name = b.name || a.name;
  return { kind: key !== null && b.kind !== "unit" ? regionKind(key, name, null) : b.kind, key, name };
}

/** One identity per region: its key where it has one, else its name. */
export function regionIdentity(region: RegionRef): string {
  return region.key !== null ? `${region.kind}:${withLeadingZero(region.key).replace(/^0+/, "")}` : `${region.kind}:${normalizeLabel(region.name)}`;
}
