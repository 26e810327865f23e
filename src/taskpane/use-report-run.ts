/** The pane's one action: run a refresh through the port and turn every outcome into state the UI can show. */
import { useCallback, useReducer } from "react";
import type { ReportOptions } from "../pipeline/report-options";
import type { WorkbookPort } from "../workbook/port";
import { initialRunState, runReducer } from "./run-state";

export function useReportRun(port: WorkbookPort, fallbackError: string) {
  const [state, dispatch] = useReducer(runReducer, initialRunState);
  const run = useCallback(
    async (options: ReportOptions) => {
      dispatch({ type: "start" });
      try {
        // The engine loads on first use: the pane is interactive before it has parsed it.
        const { runReport } = await import(/* webpackChunkName: "engine" */ "../pipeline/run-report");
        // What the pane sets is remembered in the workbook, for the ribbon and for colleagues.
        const outcome = await runReport(port, { ...options, rememberSettings: true }, (step) => dispatch({ type: "step", step }));
        dispatch({ type: "finish", outcome });
      } catch (error) {
        // Every failure reaches the pane in German; adapters already translate Office error codes.
        dispatch({ type: "fail", message: error instanceof Error && error.message ? error.message : fallbackError });
      }
    },
    [port, fallbackError],
  );
  /** The workbook, the mapping or a setting changed: a shown result is no longer current. */
  const changed = useCallback(() => dispatch({ type: "changed" }), []);
  return { state, run, changed };
}
