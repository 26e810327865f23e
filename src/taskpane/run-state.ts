/** What the pane shows, as a pure function of (state, event) → state. */
import type { Status } from "../domain/direction";
import type { RunOutcome, RunStep } from "../pipeline/run-report";

export type RunState =
  | { kind: "idle" }
  | { kind: "running"; step: RunStep }
  | { kind: "done"; outcome: RunOutcome }
  | { kind: "failed"; message: string };

export type RunEvent =
  | { type: "start" }
  | { type: "step"; step: RunStep }
  | { type: "finish"; outcome: RunOutcome }
  | { type: "fail"; message: string };

export const initialRunState: RunState = { kind: "idle" };

export function runReducer(state: RunState, event: RunEvent): RunState {
  switch (event.type) {
    case "start":
      // A second click while a run is in progress changes nothing: one refresh at a time.
      return state.kind === "running" ? state : { kind: "running", step: "lesen" };
    case "step":
      return state.kind === "running" ? { kind: "running", step: event.step } : state;
    case "finish":
      return state.kind === "running" ? { kind: "done", outcome: event.outcome } : state;
    case "fail":
      return { kind: "failed", message: event.message };
  }
}

/** Counts per status for the dashboard. */
export function statusCounts(outcome: RunOutcome): Record<Status, number> {
  const counts: Record<Status, number> = { "on-track": 0, "at-risk": 0, "off-track": 0, "no-data": 0 };
  for (const indicator of outcome.summary.indicators) counts[indicator.status]++;
  return counts;
}
