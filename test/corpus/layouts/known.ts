/**
 * What the corpus does not read yet, kept apart from the test so that shrink-known.ts can rewrite it (only ever
 * shorter: see there).
 */
/**
 * Workbooks the product does not read to their expected figures yet. The first 112 (first corpus and both held-out
 * corpora) pass. The fresh corpus (fresh-*.ts, files f-…) was written for issue 21 without reading src/sources; its first
 * run, before any change in the product, is in test/corpus/layouts/README.md ("Frischer Korpus (f-…): erster Lauf"):
 * 9 of 45 read fully; these 36 fail. The second fresh corpus (fresh2-*.ts, files fresh2-…, written the same way, in
 * layouts neither corpus had) read 10 of 36 fully on its first run ("Zweiter frischer Korpus (fresh2-…)" there).
 */
export const KNOWN_GAPS: readonly string[] = [
  "f-zielnachhaltung-kennzahlen-als-spalten.xlsx",
  "f-kzi-befragung-im-titel.xlsx",
  "f-egt-monatsabfluss-formelnullen.xlsx",
  "f-egt-instrumente-als-spalten.xlsx",
  "f-egt-mittelherleitung-waagerecht.xlsx",
  "f-cockpit-drei-bloecke.xlsx",
  "f-halbjahresbericht-ohne-grunddaten.xlsx",
  "fresh2-qual-einheit-und-vergleich-im-text.xlsx",
  "fresh2-kzi-neben-anteil-zufrieden.xlsx",
  "fresh2-lokale-ziele-vorjahr-plan-quartale.xlsx",
  "fresh2-rechtsbehelfe-quartal-anzahlen.xlsx",
  "fresh2-egt-kommunale-16a-zeilen.xlsx",
  "fresh2-egt-festlegungen-und-ve-folgejahre.xlsx",
  "fresh2-egt-sap-englische-koepfe.xlsx",
  "fresh2-qs-blatt-je-monat.xlsx",
  "fresh2-faelle-kopfbaender-antrag-bescheid.xlsx",
  "fresh2-faelle-englische-koepfe.xlsx",
];

/** `...wrong("f-….xlsx", ["indicators[code=K2].actual", …])`: the entries of KNOWN_WRONG, one workbook at a time. */
export const wrong = (file: string, paths: string[]) => paths.map((path) => ({ file, path }));

/**
 * Figures that are present but wrong (kind `wrong` in check.ts): file and assertion path. This list may only shrink: a
 * listed figure that is no longer wrong (right, or absent with a reason) fails the test until it is removed here. First
 * run of the fresh corpus (before any change in the product): 142 numbers and 17 other figures (Berichtsmonat, Ampel,
 * Einheit, a line that must not be there) wrong in 12 workbooks, the same in both sheet orders. Since the table model
 * (8.12.2026): none of those. The second fresh corpus (fresh2-…) added, on its first run before any change in the
 * product, 107 numbers and 7 other figures wrong in 10 workbooks (the same in both sheet orders): listed below.
 */
export const KNOWN_WRONG: ReadonlyArray<{ file: string; path: string }> = [];
