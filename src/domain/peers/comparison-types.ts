/**
 * The SGB II-Vergleichstypen a user may name for the own Jobcenter (domain.md §1.6): 15 types since Februar 2014.
 * Their current labels were not found, so both spellings the sources use are accepted — the numbered "Typ 1" …
 * "Typ 15" and the grouped "Ia" … "IIIe" of the typology before (three groups of five letters = 15). A type stays an
 * opaque label: it is matched against the table's own labels, never derived from figures.
 */

const NUMBERED = Array.from({ length: 15 }, (_, i) => `Typ ${i + 1}`);
const GROUPED = ["I", "II", "III"].flatMap((group) => ["a", "b", "c", "d", "e"].map((letter) => `${group}${letter}`));

/** Every label the user can choose, in the order the pane lists them. */
export const COMPARISON_TYPES: readonly string[] = [...NUMBERED, ...GROUPED];
export const NUMBERED_TYPES: readonly string[] = NUMBERED;
export const GROUPED_TYPES: readonly string[] = GROUPED;

/**
 * "IIIb", "Typ IIIb", "Vergleichstyp iiib", "SGB II-Vergleichstyp 8", "8" → the label as listed ("IIIb", "Typ 8");
 * null for anything else ("IV", "Typ 16", "Harburg").
 */
export function parseComparisonType(text: string): string | null {
  const core = typeKey(text);
  if (/^\d{1,2}$/.test(core)) {
    const n = Number(core);
    return n >= 1 && n <= 15 ? `Typ ${n}` : null;
  }
  return GROUPED.find((label) => label.toLowerCase() === core) ?? null;
}

/**
 * What two spellings of one type share: lower case, without "SGB II-", "Vergleichs-" and "Typ" in front — so the
 * table's "Vergleichstyp IIb" and the user's "IIb" are one type.
 */
export function typeKey(type: string): string {
  return type
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^(sgb ii-?\s*)?(vergleichs)?typ\s*/, "");
}
