/**
 * Words that say nothing about what a figure is: connectors, and the nouns tables use for "the figures" ("Werte",
 * "Anzahl", "Daten"). A header made only of known words (lexicon) and these is understood; a header with any other word
 * ("Orientierungswert 2024") is not, and its figures are not guessed to be an Ist.
 */
import { normalizeLabel } from "../labels";

const FILLER = new Set(
  [
    "in", "im", "am", "an", "auf", "aus", "bei", "bis", "ab", "von", "vom", "zum", "zur", "zu", "der", "die", "das", "des", "dem", "den",
    "und", "u", "oder", "mit", "ohne", "je", "pro", "per", "nach", "fuer", "als", "ueber", "unter", "vs", "gg", "ggue", "gegenueber",
    "lfd", "laufend", "laufendes", "laufenden", "jahr", "jahres", "monat", "monats", "monate", "quartal", "halbjahr", "hj", "zeitraum",
    "wert", "werte", "zahl", "zahlen", "anzahl", "betrag", "betraege", "daten", "bestand", "kennzahl", "kennzahlen", "merkmal",
    "grunddatum", "grunddaten", "indikator", "stand", "stichtag", "monatsende", "berichtsmonat", "eur", "euro", "nr", "lt", "gem",
    "endgueltig", "endgueltige", "vorlaeufig", "vorlaeufige", "gesamt", "insgesamt", "alle", "o", "t", "mio", "tsd", "tausend",
  ].map((w) => normalizeLabel(w)),
);

/** The words of a header that neither the lexicon (`known`) nor the filler explains. */
export function unexplainedWords(text: string, known: (word: string) => boolean): string[] {
  return normalizeLabel(text)
    .split(" ")
    .filter((word) => word !== "" && !/^\d+$/.test(word) && !FILLER.has(word) && !known(word));
}
