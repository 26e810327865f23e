/**
 * Which texts Excel might store as something else when they are written through Range.values. Office.js parses such
 * strings as typed input in en-US (ref excel.range.yml, values: only "locale-shaped strings" of other locales stay
 * text): "Jan 22", "Feb 22" or "Jun 22" become 22 January/February/June of the current year, "Mär 22" stays text,
 * "12%" becomes 0.12, "TRUE" a boolean, "1,234" a number. Those cells get the Text format before their values.
 *
 * Deliberately wider than Excel's parser (any word followed by a number, anything made of digits and separators), so
 * that nothing slips through; an extra Text format on a text cell changes nothing the user sees.
 */
const BOOLEAN = /^(true|false)$/i;
/** Digits with signs, separators, currency, exponent, percent or time colons: "1,234", "-3.5e2", "12%", "12:30", "1/22". */
const NUMERIC = /^[\s+\-$(]*\d[\d\s.,:/%$eE+\-)]*$/;
/** A word and a number, or a number and a word, with an optional year: "Jan 22", "Jan-2022", "22-Jan", "5 June 2022", "Jan 22, 2022". */
const WORD_DATE = /^([A-Za-z]{3,9}\.?[\s-]+\d{1,4}(,?\s+\d{2,4})?|\d{1,2}[\s-]+[A-Za-z]{3,9}\.?([\s-]+\d{2,4})?)$/;

export function mayBecomeNonText(text: string): boolean {
  const t = text.trim();
  return BOOLEAN.test(t) || NUMERIC.test(t) || WORD_DATE.test(t);
}
