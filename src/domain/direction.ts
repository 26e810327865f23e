/** Which way an indicator is better (domain.md §1.3): ↑ higher, ↓ lower, ○ no normative direction (monitoring). */
export type Direction = "up" | "down" | "none";

/**
 * The traffic light of one comparison. "monitoring" (Beobachtung): an Ist without an agreed Zielwert — watched against
 * the previous year, never judged (§48b Monitoring, domain.md §2.2); "no-data" when there is no Ist to show.
 */
export type Status = "on-track" | "at-risk" | "off-track" | "monitoring" | "no-data";

export const STATUSES = ["on-track", "at-risk", "off-track", "monitoring", "no-data"] as const satisfies readonly Status[];
