/**
 * Header and row labels compared the way a person reads them: case, spacing, punctuation and invisible characters do
 * not matter ("Zielwert 2022", "ZIELWERT  2022", "Ziel­wert 2022" are the same header). Umlauts and ß are letters, not
 * their base vowels: "Ü25" is "ue25" — the same as a typed "Ue25", never "U25".
 *
 * Bounded work: a cell's text is normalised once (memoised per distinct string) and only its first characters count
 * (no header or row label is longer); a hostile workbook with 12.000 cells pointing at one 1 MB string costs one pass.
 */
const MAX_LABEL_CHARS = 200;
const MAX_MEMO_ENTRIES = 100_000;
const memo = new Map<string, string>();

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

export function normalizeLabel(raw: unknown): string {
  if (typeof raw !== "string") return "";
  const text = raw.length > MAX_LABEL_CHARS ? raw.slice(0, MAX_LABEL_CHARS) : raw;
  const known = memo.get(text);
  if (known !== undefined) return known;
  const normalized = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => UMLAUTS[ch])
    // Footnote marks ("ELB¹", "Integrationen*", "LZB 2)") are no part of the label.
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+/g, "")
    .replace(/\s\d\)\s*$/, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]/g, "")
    .replace(/[^a-z0-9%§]+/g, " ")
    .trim();
  if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
  memo.set(text, normalized);
  return normalized;
}

/** Best match of a label against alias lists: an exact alias beats a contained one, a longer alias beats a shorter. */
export function bestAliasMatch<T>(label: string, candidates: ReadonlyArray<{ item: T; aliases: readonly string[] }>): T | null {
  const text = normalizeLabel(label);
  if (text === "") return null;
  let best: { item: T; score: number } | null = null;
  for (const { item, aliases } of candidates) {
    for (const alias of aliases) {
      const a = normalizeLabel(alias);
      const score = text === a ? 1000 + a.length : containsWords(text, a) ? a.length : 0;
      if (score > 0 && (best === null || score > best.score)) best = { item, score };
    }
  }
  return best?.item ?? null;
}

/** A label that is one of the aliases as written (after normalizeLabel), nothing looser. */
export function exactAliasMatch<T>(label: string, candidates: ReadonlyArray<{ item: T; aliases: readonly string[] }>): T | null {
  const text = normalizeLabel(label);
  if (text === "") return null;
  return candidates.find(({ aliases }) => aliases.some((a) => normalizeLabel(a) === text))?.item ?? null;
}

/**
 * Short aliases (codes like "elb") only match exactly: "Zugänge ELB" is not the ELB stock. A longer alias inside a
 * label matches unless the label narrows it to another group: "Integrationen U25" or "Integrationen LZB" are not
 * the Integrationen, and must never be merged with them.
 */
function containsWords(text: string, phrase: string): boolean {
  if (phrase.length < 8 || !(` ${text} `.includes(` ${phrase} `) || text.includes(phrase))) return false;
  const extra = ` ${text.replace(phrase, " ")} `;
  return !NARROWING_WORDS.some((word) => extra.includes(` ${word} `) && !` ${phrase} `.includes(` ${word} `));
}

/** Words that make a label a subgroup of what it names (age, sex, Langzeitbezug, household, kind of job). */
const NARROWING_WORDS = ["u25", "ue25", "u 25", "ue 25", "unter 25", "ueber 25", "frauen", "maenner", "weiblich", "maennlich", "lzb", "langzeitleistungsbeziehende", "langzeitleistungsbezieher", "alleinerziehende", "alleinerziehender", "svb", "sozialversicherungspflichtig", "geringfuegig", "jugendliche", "aelteren"];

/**
 * A label that names what it is only by the code in brackets behind it ("Gesamtindex (KZI)", "Quote (K2)"): the
 * bracket is matched exactly, so "Erstberatung U25 (Tage)" or "LZB (JDW)" gain nothing from it.
 */
export function aliasMatchWithCode<T>(label: string, candidates: ReadonlyArray<{ item: T; aliases: readonly string[] }>): T | null {
  const matched = bestAliasMatch(label, candidates);
  if (matched !== null) return matched;
  const bracketed = /\(([^()]{1,20})\)\s*$/.exec(label)?.[1];
  return bracketed ? exactAliasMatch(bracketed, candidates) : null;
}

/** The words of a sub-header as the vocabulary has them: a total is the band itself, "w" / "weiblich" are Frauen. */
export function subGroupWords(sub: string): string {
  return subGroupOf(sub) ?? sub;
}

/**
 * A sub-group word: "" for the total ("insgesamt", "gesamt"), "Frauen" / "Männer" for "w", "weiblich", "Männer" …;
 * null for anything else.
 */
export function subGroupOf(sub: string): "" | "Frauen" | "Männer" | null {
  const word = sub.trim().toLowerCase().replace(/\.$/, "");
  if (/^(insgesamt|gesamt|zusammen|alle|summe|total)$/.test(word)) return "";
  if (/^(w|f|weiblich|frauen|frau)$/.test(word)) return "Frauen";
  if (/^(m|männlich|maennlich|männer|maenner|mann)$/.test(word)) return "Männer";
  return null;
}
