/**
 * A period named after the event it dates, as survey and report rows name it: "Befragung Mai 2024", "Welle Nov. 2023",
 * "Erhebung 2. Halbjahr 2024", "Stand 03/2024". The words before the period name what happened in it, not another
 * period; words that make it a sum, a target or a span ("Summe Mai 2024", "Ziel 2. HJ 2024", "bis Juni 2024") are
 * not such a name, and the row is no period.
 */
import { type Period, parsePeriodLabel } from "../domain/periods";

const MAX_LEADING_WORDS = 3;
const NOT_AN_EVENT = /^(summe|gesamt|insgesamt|ziel|zielwert|soll|plan|ø|durchschnitt|mittel|kumuliert|bis|seit|ab|vor|nach|vorjahr|vgl|vergleich)/i;

export function periodAfterWords(raw: unknown): Period | null {
  const direct = parsePeriodLabel(raw);
  if (direct || typeof raw !== "string" || raw.length > 60) return direct;
  const words = raw.trim().split(/\s+/);
  for (let i = 1; i <= Math.min(MAX_LEADING_WORDS, words.length - 1); i++) {
    const word = words[i - 1].replace(/:$/, "");
    if (!/^\p{L}[\p{L}-]*$/u.test(word) || NOT_AN_EVENT.test(word)) return null;
    const period = parsePeriodLabel(words.slice(i).join(" "));
    if (period) return period;
  }
  return null;
}
