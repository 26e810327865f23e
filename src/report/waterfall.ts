/**
 * Waterfall steps for a stacked-column chart: an invisible "Basis" series lifts each change to where the running total
 * stands, so the visible "Betrag" bars float like a waterfall. Works in every Excel version and in LibreOffice.
 */
export interface WaterfallInput {
  label: string;
  amount: number;
  /** "total" bars start at 0 (Zuteilung, Neugeschäft); "change" bars float from the running total. */
  kind: "total" | "change";
}

export interface WaterfallStep {
  label: string;
  base: number;
  height: number;
}

export function waterfallSteps(inputs: WaterfallInput[]): WaterfallStep[] {
  let level = 0;
  return inputs.map(({ label, amount, kind }) => {
    if (kind === "total") {
      level = amount;
      return { label, base: 0, height: amount };
    }
    const from = level;
    level += amount;
    return { label, base: Math.min(from, level), height: Math.abs(amount) };
  });
}
