/** Which way is better, as a "Richtung" column or a label says it: höher/steigend/↑ or niedriger/sinkend/↓. */
import type { Direction } from "../../domain/direction";
import { normalizeLabel } from "../labels";

export function directionOf(text: string): Direction | null {
  const t = normalizeLabel(text);
  if (/[↑▲]/.test(text) || /^(hoeher|hoher|hoch|steigend|up|higher|mehr)/.test(t)) return "up";
  if (/[↓▼]/.test(text) || /^(niedriger|niedrig|sinkend|down|lower|weniger)/.test(t)) return "down";
  return null;
}
