/**
 * The own Jobcenter's place among its peers, by the Kennzahl's direction (K2 higher is better, K3 lower is better).
 * Ties share a rank and the next rank is skipped — competition ranking "1, 2, 2, 4" — so a rank always says how
 * many Jobcenter did strictly better.
 */
import type { Direction } from "../direction";

/** 1 + the number of values strictly better than `own`; null when the Kennzahl has no direction to rank by. */
export function competitionRank(own: number, values: readonly number[], direction: Direction): number | null {
  if (direction === "none") return null;
  const better = direction === "up" ? (v: number) => v > own : (v: number) => v < own;
  return 1 + values.filter(better).length;
}

/**
 * Which quarter of the type the rank falls in, 1 = the best quarter: by the share of Jobcenter ranked strictly
 * better (rank 1 of 7 → 1, rank 3 of 7 → 2, rank 7 of 7 → 4). A Jobcenter alone in its type is in the first.
 */
export function quarterOfRank(rank: number, count: number): 1 | 2 | 3 | 4 {
  return (1 + Math.min(3, Math.floor((4 * (rank - 1)) / count))) as 1 | 2 | 3 | 4;
}

/** Best first: the order of the ranking chart. Without a direction, highest first. */
export function bestFirst(direction: Direction): (a: number, b: number) => number {
  return direction === "down" ? (a, b) => a - b : (a, b) => b - a;
}
