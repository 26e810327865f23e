/**
 * Which Kennzahl or Grunddatum a label names, from the catalogues (never a list of its own): the Grunddaten aliases,
 * the indicators of the Ziel-Ist-Vergleich and the §48a codes. One label can name several at once — "LZB" is the
 * Grunddatum lzb in a monthly series and the Zielindikator LZB in a Zielwerte table — and the query that uses an
 * observation picks what it needs.
 */
import { ALL_INDICATORS } from "../../domain/indicators";
import { KENNZAHL_CODE } from "../../domain/kennzahlen-catalogue";
import type { SeriesKey } from "../../domain/grunddaten";
import { bestAliasMatch, normalizeLabel } from "../labels";
import { BASE_SERIES_ALIASES } from "../vocabulary";
import type { SubGroup } from "./sub-groups";

export interface MeasureRef {
  /** The Grunddatum (BA Kürzel, with _f/_m for a sex). */
  grunddatum?: SeriesKey;
  /** The code of an indicator of the Ziel-Ist-Vergleich (K2, LZB, KZI, EB_U25 …). */
  indicator?: string;
  /** A §48a code as written ("K2", "K3E1_F"): a published Kennzahl. */
  kennzahl?: string;
  /** A name that is a Kennzahl only with its sub-group ("Erstberatung" over "U25 | Ü25"). */
  family?: string;
  /** The label as written, for messages. */
  label: string;
}

const INDICATOR_CANDIDATES = ALL_INDICATORS.map((d) => ({ item: d.code, aliases: [d.name, d.code, ...d.aliases] }));

/**
 * Names that are a Kennzahl only with a sub-group: the Erstberatung is kept for U25 and Ü25 apart (domain: no joint
 * target), so "Erstberatung" over "U25 | Ü25" names two Kennzahlen, and alone none.
 */
const FAMILIES: ReadonlyArray<{ family: string; words: readonly string[]; variants: Partial<Record<SubGroup, string>> }> = [
  { family: "Erstberatung", words: ["erstberatung", "erstgespraech", "erstgespraeche", "neukundenprozess"], variants: { U25: "EB_U25", Ü25: "EB_UE25" } },
];

/**
 * The measure a label names, or null: the label as written, else without what stands in brackets ("KZI (Note)"), else
 * what stands in them ("Gesamtindex (KZI)").
 */
export function measureOf(raw: string): MeasureRef | null {
  const label = raw.trim();
  if (label === "" || label.length > 200) return null;
  const unbracketed = label.replace(/\s*[([][^)\]]*[)\]]\s*/g, " ").trim();
  const bracketed = [...label.matchAll(/[([]([^)\]]{1,40})[)\]]/g)].map((m) => m[1]);
  // "Integrationsquote (K2)", "K2 Integrationsquote": the §48a code in brackets or before the name says which
  // Kennzahl the name is.
  const leading = /^(\S+)\s+\S/.exec(label)?.[1].toUpperCase();
  const code = [...bracketed.map((b) => b.replace(/\s+/g, "").toUpperCase()), ...(leading ? [leading] : [])].find((b) => KENNZAHL_CODE.test(b));
  for (const candidate of [label, ...(unbracketed !== label && unbracketed !== "" ? [unbracketed] : []), ...bracketed]) {
    const found = namedMeasure(candidate);
    // With its code the name is that Kennzahl only: "Veränderung Bestand LZB (K3)" is K3, never the LZB themselves.
    if (found && code) return { label, kennzahl: code, ...(found.indicator === code ? { indicator: code } : {}) };
    if (found) return { ...found, label };
  }
  const words = ` ${normalizeLabel(label)} `;
  const family = FAMILIES.find((f) => f.words.some((w) => words.includes(` ${w} `)));
  return family ? { label, family: family.family } : null;
}

function namedMeasure(label: string): MeasureRef | null {
  const code = label.replace(/\s+/g, "").toUpperCase();
  const kennzahl = KENNZAHL_CODE.test(code) ? code : undefined;
  const grunddatum = bestAliasMatch(label, BASE_SERIES_ALIASES) ?? undefined;
  const indicator = bestAliasMatch(label, INDICATOR_CANDIDATES) ?? undefined;
  if (!kennzahl && !grunddatum && !indicator) return null;
  return { label, ...(grunddatum ? { grunddatum } : {}), ...(indicator ? { indicator } : {}), ...(kennzahl ? { kennzahl } : {}) };
}

/**
 * A measure narrowed by a sub-group stated elsewhere (a band "Integrationen" over "Frauen | Männer"): int → int_f,
 * K2 → K2_F, the Erstberatung → EB_U25. What the catalogue has no variant for is no measure (null): "ELB U25" is not
 * the ELB.
 */
export function narrowMeasure(measure: MeasureRef, group: SubGroup): MeasureRef | null {
  // Asked once per figure, answered once per measure and sub-group.
  const key = `${measure.grunddatum}|${measure.indicator}|${measure.kennzahl}|${measure.family}|${measure.label}|${group}`;
  if (NARROWED.has(key)) return NARROWED.get(key) ?? null;
  const narrowed = narrowedBy(measure, group);
  if (NARROWED.size >= 10_000) NARROWED.clear();
  NARROWED.set(key, narrowed);
  return narrowed;
}

const NARROWED = new Map<string, MeasureRef | null>();

function narrowedBy(measure: MeasureRef, group: SubGroup): MeasureRef | null {
  if (measure.family) {
    const code = FAMILIES.find((f) => f.family === measure.family)?.variants[group];
    return code ? { label: `${measure.label} ${SUB_GROUP_WORD[group]}`, indicator: code } : null;
  }
  if (group === "total") return measure;
  // "Integration rate women (IQ Frauen)": the name is the women's measure already; its sub-group word repeats it.
  const own = group === "Frauen" ? /_f$/i : group === "Männer" ? /_m$/i : null;
  if (own && [measure.grunddatum, measure.indicator, measure.kennzahl].some((code) => code !== undefined && own.test(code))) return measure;
  const joined = measureOf(`${measure.label} ${SUB_GROUP_WORD[group]}`);
  if (joined && (joined.grunddatum !== measure.grunddatum || joined.indicator !== measure.indicator)) return joined;
  const sex = group === "Frauen" ? "f" : group === "Männer" ? "m" : null;
  if (sex === null) return null;
  const grunddatum = measure.grunddatum && !/_(f|m)$/.test(measure.grunddatum) ? (`${measure.grunddatum}_${sex}` as SeriesKey) : undefined;
  const indicatorCode = measure.indicator ? `${measure.indicator}_${sex.toUpperCase()}` : undefined;
  const indicator = indicatorCode && ALL_INDICATORS.some((d) => d.code === indicatorCode) ? indicatorCode : undefined;
  const kennzahl = measure.kennzahl && KENNZAHL_CODE.test(`${measure.kennzahl}_${sex.toUpperCase()}`) ? `${measure.kennzahl}_${sex.toUpperCase()}` : undefined;
  if (!grunddatum && !indicator && !kennzahl) return null;
  return { label: `${measure.label} ${SUB_GROUP_WORD[group]}`, ...(grunddatum ? { grunddatum } : {}), ...(indicator ? { indicator } : {}), ...(kennzahl ? { kennzahl } : {}) };
}

const SUB_GROUP_WORD: Record<SubGroup, string> = { total: "", Frauen: "Frauen", Männer: "Männer", U25: "U25", Ü25: "Ü25", Alleinerziehende: "Alleinerziehende" };

/** Two references to the same measure (from a row and a column): compared on what they name, not how. */
export function sameMeasure(a: MeasureRef, b: MeasureRef): boolean {
  return a.grunddatum === b.grunddatum && a.indicator === b.indicator && a.kennzahl === b.kennzahl && a.family === b.family;
}

/** A label's words without the measure named in it: what remains may name a scenario, period or unit. */
export function withoutMeasureWords(raw: string, measure: MeasureRef | null): string {
  if (!measure) return raw;
  const phrases = [
    ...(BASE_SERIES_ALIASES.find((a) => a.item === measure.grunddatum)?.aliases ?? []),
    ...(INDICATOR_CANDIDATES.find((c) => c.item === measure.indicator)?.aliases ?? []),
    ...(measure.kennzahl ? [measure.kennzahl] : []),
  ]
    .map((phrase) => normalizeLabel(phrase))
    .filter((phrase) => phrase !== "")
    .sort((a, b) => b.length - a.length);
  let text = ` ${normalizeLabel(raw)} `;
  for (const phrase of phrases) text = text.replace(` ${phrase} `, " ");
  return text.trim();
}
