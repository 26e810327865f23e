/**
 * Waterfall steps for a stacked-column chart, which every Excel version and LibreOffice draw (Office.js cannot mark
 * the total bars of Excel's native waterfall, so the report never uses it). Excel stacks positive and negative values
 * of a stacked column separately — positives upward from 0, negatives downward from 0 — so each bar is split into an
 * invisible "base" and a visible part above zero ("up") and one below zero ("down"); a bar that crosses zero has both.
 * That way a running total that falls below zero (an Umschichtung larger than the Zuteilung) is drawn where it is.
 */
export interface WaterfallInput {
  label: string;
  amount: number;
  /** "total" bars start at 0 (Zuteilung, Neugeschäft); "change" bars float from the running total. */
  kind: "total" | "change";
}

export interface WaterfallStep {
  label: string;
  /** Invisible float: from 0 to the bar's end nearest to 0 (negative below the axis). */
  base: number;
  /** Visible part above zero (≥ 0). */
  up: number;
  /** Visible part below zero (≤ 0). */
  down: number;
}

export function waterfallSteps(inputs: WaterfallInput[]): WaterfallStep[] {
  let level = 0;
  return inputs.map(({ label, amount, kind }) => {
    const from = kind === "total" ? 0 : level;
    const to = kind === "total" ? amount : level + amount;
    level = to;
    return { label, ...split(Math.min(from, to), Math.max(from, to)) };
  });
}

/** The bar from lo to hi as stacked parts: all above zero, all below zero, or across the axis. */
function split(lo: number, hi: number): Omit<WaterfallStep, "label"> {
  if (lo >= 0) return { base: lo, up: hi - lo, down: 0 };
  if (hi <= 0) return { base: hi, up: 0, down: lo - hi };
  return { base: 0, up: hi, down: lo };
}
