/** Descriptive statistics of durations. Percentiles interpolate linearly like Excel's QUANTIL.INKL / PERCENTILE.INC. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

export const median = (values: readonly number[]) => percentile(values, 0.5);

/** Share (in %) of values at or below a limit. */
export function shareAtMost(values: readonly number[], limit: number): number | null {
  return values.length === 0 ? null : (100 * values.filter((v) => v <= limit).length) / values.length;
}
