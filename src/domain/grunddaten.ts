/**
 * The Grunddaten the add-in knows (domain.md §1.3, §1.4, §5.1): the BA's short names (Kürzel) as keys, the name a
 * controller reads, and what kind of number each is. Every list of Grunddaten in the code is typed by this table.
 */
export const GRUNDDATEN = {
  elb: { name: "Erwerbsfähige Leistungsberechtigte (ELB)", short: "ELB", unit: "persons" },
  int: { name: "Integrationen", short: "Integrationen", unit: "count" },
  lzb: { name: "Langzeitleistungsbeziehende (LZB)", short: "LZB", unit: "persons" },
  llu: { name: "Summe Leistungen zum Lebensunterhalt (LLU)", short: "LLU", unit: "eur" },
  luh: { name: "Summe Leistungen für Unterkunft und Heizung (LUH)", short: "LUH", unit: "eur" },
  zug_elb: { name: "Zugänge ELB", short: "Zugänge ELB", unit: "persons" },
  abg_elb: { name: "Abgänge ELB", short: "Abgänge ELB", unit: "persons" },
  bs_gering: { name: "Eintritte in geringfügige Beschäftigung", short: "Eintritte geringfügig", unit: "count" },
  bs_2am: { name: "Eintritte in öffentlich geförderte Beschäftigung", short: "Eintritte öffentl. gefördert", unit: "count" },
  kont: { name: "Kontinuierliche Beschäftigung nach Integration", short: "Kontinuierlich beschäftigt", unit: "count" },
  int_svb: { name: "Integrationen in sozialversicherungspflichtige Beschäftigung", short: "Integrationen svB", unit: "count" },
  int_allein: { name: "Integrationen Alleinerziehender", short: "Integrationen Alleinerziehende", unit: "count" },
  elb_allein: { name: "Alleinerziehende ELB", short: "ELB Alleinerziehende", unit: "persons" },
  int_lzb: { name: "Integrationen von Langzeitleistungsbeziehenden", short: "Integrationen LZB", unit: "count" },
  lzb_amp: { name: "LZB in Maßnahmen der aktiven Arbeitsförderung", short: "LZB in Maßnahmen", unit: "persons" },
  zug_lzb: { name: "Zugänge LZB", short: "Zugänge LZB", unit: "persons" },
  abg_lzb: { name: "Abgänge LZB", short: "Abgänge LZB", unit: "persons" },
  bescheide: { name: "Versandte Leistungsbescheide", short: "Bescheide", unit: "count" },
  widersprueche: { name: "Eingelegte Widersprüche", short: "Widersprüche", unit: "count" },
  klagen: { name: "Eingegangene Klagen", short: "Klagen", unit: "count" },
} as const satisfies Record<string, { name: string; short: string; unit: "persons" | "count" | "eur" }>;

export type GrunddatumKey = keyof typeof GRUNDDATEN;

/** Gender splits carry the suffix _f / _m ("int_f", "elb_m"), as the §48a codes carry _F / _M. */
export type SeriesKey = GrunddatumKey | `${GrunddatumKey}_${"f" | "m"}`;

export const GRUNDDATUM_KEYS = Object.keys(GRUNDDATEN) as GrunddatumKey[];

export function isGrunddatumKey(key: string): key is GrunddatumKey {
  return Object.prototype.hasOwnProperty.call(GRUNDDATEN, key);
}

/** "int_f" → "Integrationen (Frauen)": how a message names a series, never by its Kürzel alone. */
export function grunddatumName(key: string): string {
  const gendered = /^(.+)_(f|m)$/.exec(key);
  const base = gendered && isGrunddatumKey(gendered[1]) ? gendered[1] : key;
  const name = isGrunddatumKey(base) ? GRUNDDATEN[base].name : key;
  return gendered && base !== key ? `${name} (${gendered[2] === "f" ? "Frauen" : "Männer"})` : name;
}

/** "int_f" → "Integrationen (Frauen)" in the short form, for lists ("ELB, Integrationen, LZB"). */
export function grunddatumShortName(key: string): string {
  const gendered = /^(.+)_(f|m)$/.exec(key);
  const base = gendered && isGrunddatumKey(gendered[1]) ? gendered[1] : key;
  const name = isGrunddatumKey(base) ? GRUNDDATEN[base].short : key;
  return gendered && base !== key ? `${name} (${gendered[2] === "f" ? "Frauen" : "Männer"})` : name;
}

/** Sums of money may be negative after corrections; Bestände and counts cannot. */
export function isAmountSeries(key: string): boolean {
  const base = key.replace(/_(f|m)$/, "");
  return isGrunddatumKey(base) && GRUNDDATEN[base].unit === "eur";
}
