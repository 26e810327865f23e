/**
 * Kaufmännisches Runden (half away from zero), as German publications round — the one rounding helper of every
 * output (sheet, pane, CLI, JSON). Computation keeps full precision; only displayed/published figures are rounded.
 *
 * The value is read as the decimal Excel would show (15 significant digits) before it is shifted, so 2.675 (binary
 * 2.67499…) rounds to 2,68 and a computed 20,1 − 18,25 (binary 1.84999…96) rounds to 1,9 like the 1,85 it is, without
 * an epsilon that would grow with the amount (315.000 € must stay 315.000 €).
 */
export function roundCommercial(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const text = magnitude.toPrecision(15);
  const shifted = text.includes("e") ? magnitude * 10 ** decimals : Number(`${text}e${decimals}`);
  const rounded = Math.floor(shifted + 0.5);
  const result = Number(`${rounded}e-${decimals}`);
  // −0,04 rounds to 0, not to "−0,0".
  return result === 0 ? 0 : Math.sign(value) * result;
}

/** "1,9", "−0,1", "2,68": German notation of a commercially rounded figure, with exactly `decimals` decimals. */
export function formatGermanNumber(value: number, decimals: number): string {
  const rounded = roundCommercial(value, decimals);
  const text = Math.abs(rounded).toLocaleString("de-DE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return rounded < 0 ? `−${text}` : text;
}
