/**
 * Quality indicators computed from counts (domain.md §3). All are quotas in %, null when the base is 0 or missing.
 */
import { type Computed, missing, ok } from "./computed";
import { quota } from "./windows";

const count = (n: number | null, what: string): Computed => (n === null ? missing(`${what} fehlen.`) : ok(n));

/** Widerspruchsquote (gE): eingelegte Widersprüche ÷ versandte Leistungsbescheide · 100 — a Näherungswert. */
export function objectionRate(objections: number | null, notices: number | null): Computed {
  return quota(count(objections, "Widersprüche"), count(notices, "Leistungsbescheide"));
}

/** Klagequote (gE): Klagen ÷ Leistungsbescheide · 100. */
export function lawsuitRate(lawsuits: number | null, notices: number | null): Computed {
  return quota(count(lawsuits, "Klagen"), count(notices, "Leistungsbescheide"));
}

/** Stattgabequote: (stattgegeben + teilweise stattgegeben) ÷ erledigte Widersprüche · 100. */
export function upholdRate(upheld: number | null, partly: number | null, settled: number | null): Computed {
  if (upheld === null) return missing("Stattgegebene Widersprüche fehlen.");
  return quota(ok(upheld + (partly ?? 0)), count(settled, "Erledigte Widersprüche"));
}

/** Zurückweisungsquote: zurückgewiesene ÷ erledigte Widersprüche · 100. */
export function rejectionRate(rejected: number | null, settled: number | null): Computed {
  return quota(count(rejected, "Zurückgewiesene Widersprüche"), count(settled, "Erledigte Widersprüche"));
}

/** Case-weighted mean of group means (Bearbeitungsdauer Neuanträge/WBA): Σ mean·weight ÷ Σ weight. */
export function weightedMean(groups: Array<{ mean: number; weight: number }>): Computed {
  const totalWeight = groups.reduce((a, g) => a + g.weight, 0);
  if (totalWeight === 0) return missing("Keine Fälle: ein Mittelwert ist nicht definiert.");
  return ok(groups.reduce((a, g) => a + g.mean * g.weight, 0) / totalWeight);
}
