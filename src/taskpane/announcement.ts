/** What the pane's live region says about a run: screen-reader users hear the result arrive or go out of date. */
import { formatMonthLong } from "../domain/months";
import { statusCounts, type RunState } from "./run-state";
import type { StatusShown, Strings } from "./strings";

export function announcement(state: RunState, t: Strings): string {
  // Progress is the spinner's own label; the live region speaks when the result arrives or goes out of date.
  if (state.kind !== "done") return "";
  if (!state.current) return t.announceOutdated;
  const { summary, rendered } = state.outcome;
  const month = summary.reportMonth ? formatMonthLong(summary.reportMonth) : "";
  if (!rendered) return `${t.resultTitle(month)}: ${t.nothingFound}`;
  const counts = statusCounts(summary.indicators);
  const parts = (Object.keys(counts) as StatusShown[]).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${t.status[s]}`);
  return t.announceDone(month, parts.join(", "));
}
