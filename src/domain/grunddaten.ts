/**
 * The Grunddaten the add-in knows (domain.md §1.3, §1.4, §5.1): the BA's short names (Kürzel) as keys, the name a
 * controller reads, and what kind of number each is. Every list of Grunddaten in the code is typed by this table.
 */
export const GRUNDDATEN = {
  elb: { name: "Erwerbsfähige Leistungsberechtigte (ELB)", unit: "persons" },
  int: { name: "Integrationen", unit: "count" },
  lzb: { name: "Langzeitleistungsbeziehende (LZB)", unit: "persons" },
  llu: { name: "Summe Leistungen zum Lebensunterhalt (LLU)", unit: "eur" },
  luh: { name: "Summe Leistungen für Unterkunft und Heizung (LUH)", unit: "eur" },
  zug_elb: { name: "Zugänge ELB", unit: "persons" },
  abg_elb: { name: "Abgänge ELB", unit: "persons" },
  bs_gering: { name: "Eintritte in geringfügige Beschäftigung", unit: "count" },
  bs_2am: { name: "Eintritte in öffentlich geförderte Beschäftigung", unit: "count" },
  kont: { name: "Kontinuierliche Beschäftigung nach Integration", unit: "count" },
  int_svb: { name: "Integrationen in sozialversicherungspflichtige Beschäftigung", unit: "count" },
  int_allein: { name: "Integrationen Alleinerziehender", unit: "count" },
  elb_allein: { name: "Alleinerziehende ELB", unit: "persons" },
  int_lzb: { name: "Integrationen von Langzeitleistungsbeziehenden", unit: "count" },
  lzb_amp: { name: "LZB in Maßnahmen der aktiven Arbeitsförderung", unit: "persons" },
  zug_lzb: { name: "Zugänge LZB", unit: "persons" },
  abg_lzb: { name: "Abgänge LZB", unit: "persons" },
  bescheide: { name: "Versandte Leistungsbescheide", unit: "count" },
  widersprueche: { name: "Eingelegte Widersprüche", unit: "count" },
  klagen: { name: "Eingegangene Klagen", unit: "count" },
} as const satisfies Record<string, { name: string; unit: "persons" | "count" | "eur" }>;

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

/** Sums of money may be negative after corrections; Bestände and counts cannot. */
export function isAmountSeries(key: string): boolean {
  const base = key.replace(/_(f|m)$/, "");
  return isGrunddatumKey(base) && GRUNDDATEN[base].unit === "eur";
}
