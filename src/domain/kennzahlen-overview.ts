/**
 * All §48a Kennzahlen of a Berichtsmonat: computed from Grunddaten where they are given, taken as published where only
 * those are given; where both exist the published value is checked and a difference beyond rounding is reported.
 */
import type { Computed } from "./computed";
import { kennzahlValue, DEFAULT_KENNZAHL_OPTIONS, type KennzahlOptions } from "./kennzahl-values";
import { KENNZAHLEN, type KennzahlDefinition } from "./kennzahlen-catalogue";
import { type Message, message } from "./messages";
import { addMonths, formatMonthLong, type MonthKey } from "./months";
import type { MonthlySeries } from "./series";

export type ValueSource = "berechnet" | "veröffentlicht";

export interface KennzahlRow {
  code: string;
  definition: KennzahlDefinition;
  sex: "F" | "M" | null;
  value: number | null;
  previousYear: number | null;
  /** value − previousYear in Prozentpunkten (every Kennzahl is a percentage, §3 KennzahlenVO) */
  deltaPp: number | null;
  source: ValueSource | null;
  reason: string | null;
}

/** Published values are rounded to one decimal; a larger difference means different data or a different method. */
const ROUNDING_TOLERANCE = 0.05 + 1e-9;

export function kennzahlenOverview(
  base: ReadonlyMap<string, MonthlySeries>,
  published: ReadonlyMap<string, MonthlySeries>,
  m: MonthKey,
  options: KennzahlOptions = DEFAULT_KENNZAHL_OPTIONS,
): { rows: KennzahlRow[]; messages: Message[] } {
  const messages: Message[] = [];
  const rows: KennzahlRow[] = [];
  for (const definition of KENNZAHLEN) {
    for (const sex of definition.hasGenderSplit ? [null, "F", "M"] as const : [null] as const) {
      const code = sex ? `${definition.code}_${sex}` : definition.code;
      const now = resolve(code, base, published, m, options, messages);
      const before = resolve(code, base, published, addMonths(m, -12), options, []);
      // Variants without any figure are left out; the total row is always listed so that a gap is visible.
      if (sex !== null && now.value === null && before.value === null) continue;
      rows.push({
        code,
        definition,
        sex,
        value: now.value,
        previousYear: before.value,
        deltaPp: now.value !== null && before.value !== null ? now.value - before.value : null,
        source: now.source,
        reason: now.value === null ? now.reason : null,
      });
    }
  }
  return { rows, messages };
}

function resolve(
  code: string,
  base: ReadonlyMap<string, MonthlySeries>,
  published: ReadonlyMap<string, MonthlySeries>,
  m: MonthKey,
  options: KennzahlOptions,
  messages: Message[],
): { value: number | null; source: ValueSource | null; reason: string | null } {
  const computed: Computed = kennzahlValue(code, base, m, options);
  const given = published.get(code)?.get(m);
  if (computed.value !== null) {
    if (given !== undefined && Math.abs(given - computed.value) > ROUNDING_TOLERANCE) {
      messages.push(
        message("warning", `${code} ${formatMonthLong(m)}: veröffentlicht ${fmt(given)} %, aus den Grunddaten berechnet ${fmt(computed.value)} % – bitte Datenstand und Abgrenzung prüfen.`),
      );
    }
    return { value: computed.value, source: "berechnet", reason: null };
  }
  if (given !== undefined) return { value: given, source: "veröffentlicht", reason: null };
  return { value: null, source: null, reason: computed.reason };
}

const fmt = (n: number) => n.toLocaleString("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 2 });
