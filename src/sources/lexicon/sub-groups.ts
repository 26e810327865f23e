/**
 * The sub-groups a Kennzahl is split by in controller tables: sex (§3 Kennzahlenverordnung: "geschlechtsspezifisch"),
 * age (U25/Ü25 for the Erstberatung) and Alleinerziehende. "insgesamt"/"gesamt" is the total.
 */
import { normalizeLabel } from "../labels";

export type SubGroup = "total" | "Frauen" | "Männer" | "U25" | "Ü25" | "Alleinerziehende";

/** Every sub-group, in the order the editor offers them. */
export const SUB_GROUPS: readonly SubGroup[] = ["total", "Frauen", "Männer", "U25", "Ü25", "Alleinerziehende"];

const WORDS: ReadonlyArray<[SubGroup, RegExp]> = [
  ["total", /^(insgesamt|gesamt|zusammen|alle|total)$/],
  ["Frauen", /^(w|f|weiblich|frauen|frau|female|women)$/],
  ["Männer", /^(m|maennlich|maenner|mann|male|men)$/],
  ["U25", /^(u ?25|unter 25( jahre)?|u25 jahre|juengere|jugendliche)$/],
  ["Ü25", /^(ue ?25|ueber 25( jahre)?|ab 25( jahre)?|25 und aelter)$/],
  ["Alleinerziehende", /^(alleinerziehende?|ae)$/],
];

/** A header or label that is only a sub-group word ("w", "Frauen", "U25"), or null. */
export function subGroupOfLabel(raw: string): SubGroup | null {
  const text = normalizeLabel(raw);
  if (text === "") return null;
  return WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
