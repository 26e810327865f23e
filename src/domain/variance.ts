/**
 * Ist against Soll (domain.md §2.4): deviations, Zielerreichungsgrad and the traffic-light status, all direction-aware.
 * Every division has a defined result: a zero or missing reference gives null ("–"), never ±Infinity or NaN.
 */
import type { Direction, Status } from "./direction";

/** Tolerance band around the Soll: absolute (in the indicator's unit, Prozentpunkte for quotas) or % of |Soll|. */
export type Tolerance = { kind: "absolute"; value: number } | { kind: "relative"; percent: number };

export interface VarianceInput {
  actual: number | null;
  plan: number | null;
  direction: Direction;
  isQuota: boolean;
  tolerance: Tolerance;
  /**
   * Smallest step the report shows (0.1 for a quota shown with one decimal). A shortfall that rounds to "±0,0" is not
   * shown red: the status agrees with the figure a manager reads.
   */
  resolution?: number;
}

export interface Variance {
  deltaAbs: number | null;
  /** (Ist − Soll) / |Soll| · 100 */
  deltaRel: number | null;
  /** Ist − Soll in Prozentpunkten, only for quotas. */
  deltaPp: number | null;
  attainmentPct: number | null;
  status: Status;
}

export function compareWithPlan(input: VarianceInput): Variance {
  const { actual, plan, direction, isQuota } = input;
  if (actual === null || plan === null) {
    return { deltaAbs: null, deltaRel: null, deltaPp: null, attainmentPct: null, status: "no-data" };
  }
  const deltaAbs = actual - plan;
  return {
    deltaAbs: finiteOrNull(deltaAbs),
    deltaRel: plan === 0 ? null : finiteOrNull((deltaAbs / Math.abs(plan)) * 100),
    deltaPp: isQuota ? finiteOrNull(deltaAbs) : null,
    attainmentPct: attainment(actual, plan, direction),
    status: statusOf(deltaAbs, plan, direction, input.tolerance, input.resolution ?? 0),
  };
}

/** ZEG: Ist/Soll for ↑ indicators, Soll/Ist for ↓ indicators (100 % = Soll erreicht). */
export function attainment(actual: number, plan: number, direction: Direction): number | null {
  if (direction === "none") return null;
  const [numerator, denominator] = direction === "up" ? [actual, plan] : [plan, actual];
  if (denominator === 0 || Math.sign(numerator) * Math.sign(denominator) < 0) return null;
  return finiteOrNull((numerator / denominator) * 100);
}

/** Extreme inputs (a Soll of 1e-320) must not leak Infinity into a report. */
function finiteOrNull(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

/** Differences below this share of the Soll are rounding noise, not a miss. */
const NOISE = 1e-9;

/**
 * on-track: at or better than Soll; at-risk: worse, but inside the tolerance band; off-track: worse beyond it.
 * An indicator without a direction has no judgement.
 */
export function statusOf(deltaAbs: number, plan: number, direction: Direction, tolerance: Tolerance, resolution = 0): Status {
  if (direction === "none") return "no-data";
  const better = direction === "up" ? deltaAbs : -deltaAbs;
  if (better >= -Math.max(NOISE * Math.max(1, Math.abs(plan)), resolution / 2 - NOISE)) return "on-track";
  const band = tolerance.kind === "absolute" ? tolerance.value : (Math.abs(plan) * tolerance.percent) / 100;
  return -better <= band ? "at-risk" : "off-track";
}
