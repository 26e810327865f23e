/**
 * Kaufmännisches Runden (half away from zero), as German publications round. Computation keeps full precision;
 * only displayed/published figures are rounded. The shift goes through the decimal text, so 1.005 rounds to 1.01 (its
 * binary value is 1.00499…) without an epsilon that would grow with the amount (315.000 € must stay 315.000 €).
 */
export function roundCommercial(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const text = String(Math.abs(value));
  const shifted = text.includes("e") ? Math.abs(value) * 10 ** decimals : Number(`${text}e${decimals}`);
  const rounded = Math.floor(shifted + 0.5);
  return Math.sign(value) * Number(`${rounded}e-${decimals}`);
}
