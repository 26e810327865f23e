/**
 * Kaufmännisches Runden (half away from zero), as German publications round. Computation keeps full precision;
 * only displayed/published figures are rounded. The epsilon absorbs binary noise (1.005 must round to 1.01).
 */
export function roundCommercial(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, scaled)) / factor;
  return Math.sign(value) * rounded;
}
