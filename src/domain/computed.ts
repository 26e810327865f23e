/**
 * Errors as values: a figure is either a number or the reason it cannot be given. One missing month makes one figure
 * "–" with an explanation; it never aborts a report and never becomes 0 or NaN.
 */
export type Computed = { value: number; reason?: undefined } | { value: null; reason: string };

export function ok(value: number): Computed {
  return Number.isFinite(value) ? { value } : { value: null, reason: "Der Wert ist rechnerisch nicht bestimmbar." };
}

export function missing(reason: string): Computed {
  return { value: null, reason };
}
