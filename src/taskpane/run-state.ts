/** What the pane shows, as a pure function of (state, event) → state. */
import type { IndicatorSummary } from "../report/summary";
import type { RunOutcome, RunStep } from "../pipeline/run-report";
import { statusShown } from "./figures";
import type { StatusShown } from "./strings";

/**
 * A result is either current (it matches the workbook, the mapping and the settings as they are now) or visibly
 * outdated: then it may be read, but not downloaded, until the next run.
 */
export type RunState =
  | { kind: "idle" }
  | { kind: "running"; step: RunStep }
  | { kind: "done"; outcome: RunOutcome; current: boolean }
  | { kind: "failed"; message: string };

export type RunEvent =
  | { type: "start" }
  | { type: "step"; step: RunStep }
  | { type: "finish"; outcome: RunOutcome }
  | { type: "fail"; message: string }
  /** The workbook, the mapping or a setting changed since the run. */
  | { type: "changed" };

export const initialRunState: RunState = { kind: "idle" };

export function runReducer(state: RunState, event: RunEvent): RunState {
  switch (event.type) {
    case "start":
      // A second click while a run is in progress changes nothing: one refresh at a time.
      return state.kind === "running" ? state : { kind: "running", step: "lesen" };
    case "step":
      return state.kind === "running" ? { kind: "running", step: event.step } : state;
    case "finish":
      return state.kind === "running" ? { kind: "done", outcome: event.outcome, current: true } : state;
    case "fail":
      return { kind: "failed", message: event.message };
    case "changed":
      return state.kind === "done" && state.current ? { ...state, current: false } : state;
  }
}

/** The report file is worth downloading only with a current result that wrote its sheets. */
export function canDownload(state: RunState): boolean {
  return state.kind === "done" && state.current && state.outcome.rendered !== null;
}

export type StatusCounts = Record<StatusShown, number>;

/** Counts per status as the pane shows them (monitoring indicators apart, never counted as missed). */
export function statusCounts(indicators: readonly IndicatorSummary[]): StatusCounts {
  const counts: StatusCounts = { "on-track": 0, "at-risk": 0, "off-track": 0, monitoring: 0, "no-data": 0 };
  for (const indicator of indicators) counts[statusShown(indicator)]++;
  return counts;
}
