/** Which way an indicator is better (domain.md §1.3): ↑ higher, ↓ lower, ○ no normative direction (monitoring). */
export type Direction = "up" | "down" | "none";

/** The traffic light of one comparison; "no-data" when Ist or Soll is missing. */
export type Status = "on-track" | "at-risk" | "off-track" | "no-data";

export const STATUSES = ["on-track", "at-risk", "off-track", "no-data"] as const satisfies readonly Status[];
