/**
 * Zielwerte written as a change against the previous year's result, as they are often communicated (domain.md §2.3:
 * "+x % ggü. Vorjahr"; BA Controllingbericht: "Sinken um 1,0 Prozent"): "+2,0 % ggü. Vorjahr", "−1 % zum VJ",
 * "Steigerung um 1,5 %", "Sinken um 1,0 Prozent". The change is relative (a quota of 21,9 % "+2 %" is 22,34 %);
 * Prozentpunkte are another thing and are not read as percent.
 */

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const PERCENT = String.raw`\s*(?:%|prozent)`;
const VERSUS = String.raw`(?:\s*(?:ggü\.?|gegenüber|gg\.|zum|vs\.?|im vergleich zum)\s*(?:dem\s*)?(?:vorjahr(?:esergebnis|eswert)?|vj)\.?)`;

const SIGNED = new RegExp(String.raw`^([+\-−–])?\s*${NUMBER}${PERCENT}${VERSUS}$`, "i");
const WORDED = new RegExp(String.raw`^(steigerung|steigen|anstieg|erhöhung|zunahme|sinken|senkung|rückgang|verringerung|abnahme|reduzierung)\s*um\s*${NUMBER}${PERCENT}${VERSUS}?$`, "i");
const DOWN_WORDS = /^(sinken|senkung|rückgang|verringerung|abnahme|reduzierung)$/i;

/** The change in percent ("−1,0 % ggü. Vorjahr" → −1), or null for any other text. */
export function parseChangeVsPreviousYear(raw: string): number | null {
  const text = raw.trim().replace(/\s+/g, " ");
  if (text.length > 80) return null;
  const signed = SIGNED.exec(text);
  if (signed) return (signed[1] && signed[1] !== "+" ? -1 : 1) * Number(signed[2].replace(",", "."));
  const worded = WORDED.exec(text);
  if (worded) return (DOWN_WORDS.test(worded[1]) ? -1 : 1) * Number(worded[2].replace(",", "."));
  return null;
}
