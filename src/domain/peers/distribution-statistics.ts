/**
 * Mean, median, extremes and quartiles of the values one Vergleichstyp's Jobcenter have for one Kennzahl.
 *
 * Quartiles are Excel's QUARTILE.INC / QUARTIL.INKL (Hyndman & Fan type 7: linear interpolation between the order
 * statistics at position (n − 1) · p). A controller checks our figures against the table with Excel's own function, so
 * the definition Excel uses is the one that can be verified; the median is the same rule at p = ½.
 */
export interface DistributionStatistics {
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
}

/** Null for no values: a statistic of nothing is not 0. */
export function distributionStatistics(values: readonly number[]): DistributionStatistics | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
    median: quartileInc(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    q1: quartileInc(sorted, 0.25),
    q3: quartileInc(sorted, 0.75),
  };
}

/** Excel's QUARTILE.INC / PERCENTILE.INC on ascending values. */
export function quartileInc(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
}
