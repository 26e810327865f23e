/**
 * Zielwerte written as a change against the previous year's result, as they are often communicated (domain.md §2.3:
 * "+x % ggü. Vorjahr"; BA Controllingbericht: "Sinken um 1,0 Prozent"): "+2,0 % ggü. Vorjahr", "−1 % zum VJ",
 * "Steigerung um 1,5 %", "Sinken um 1,0 Prozent". A percent change is relative (a quota of 21,9 % "+2 %" is 22,34 %);
 * "+0,5 Prozentpunkte" ("pp", "%-Punkte", domain.md §6) adds to a quota.
 */
import type { ChangeVsPreviousYear } from "../domain/goal-comparison";

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const UNIT = String.raw`\s*(%-punkte|%-pkt\.?|prozentpunkte|pp|%|prozent)`;
const VERSUS = String.raw`(?:\s*(?:ggü\.?|gegenüber|gg\.|zum|vs\.?|im vergleich zum)\s*(?:dem\s*)?(?:vorjahr(?:esergebnis|eswert)?|vj)\.?)`;

const SIGNED = new RegExp(String.raw`^([+\-−–])?\s*${NUMBER}${UNIT}${VERSUS}$`, "i");
const WORDED = new RegExp(String.raw`^(steigerung|steigen|anstieg|erhöhung|zunahme|sinken|senkung|rückgang|verringerung|abnahme|reduzierung)\s*um\s*${NUMBER}${UNIT}${VERSUS}?$`, "i");
const DOWN_WORDS = /^(sinken|senkung|rückgang|verringerung|abnahme|reduzierung)$/i;

/** The change ("−1,0 % ggü. Vorjahr" → −1 percent, "+0,5 pp ggü. VJ" → 0,5 points), or null for any other text. */
export function parseChangeVsPreviousYear(raw: string): ChangeVsPreviousYear | null {
  const text = raw.trim().replace(/\s+/g, " ");
  if (text.length > 80) return null;
  const signed = SIGNED.exec(text);
  const worded = signed ? null : WORDED.exec(text);
  if (!signed && !worded) return null;
  const sign = signed ? (signed[1] && signed[1] !== "+" ? -1 : 1) : DOWN_WORDS.test((worded as RegExpExecArray)[1]) ? -1 : 1;
  const [, , number, unit] = signed ?? ["", "", (worded as RegExpExecArray)[2], (worded as RegExpExecArray)[3]];
  const value = sign * Number(number.replace(",", "."));
  return /^(%|prozent)$/i.test(unit) ? { percent: value } : { points: value };
}
