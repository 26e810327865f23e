/** The pane's one action: run a refresh through the port and turn every outcome into state the UI can show. */
import { useCallback, useReducer } from "react";
import type { ReportOptions } from "../report/build-report";
import type { WorkbookPort } from "../workbook/port";
import { initialRunState, runReducer } from "./run-state";

export function useReportRun(port: WorkbookPort, fallbackError: string) {
  const [state, dispatch] = useReducer(runReducer, initialRunState);
  const run = useCallback(
    async (options: ReportOptions) => {
      dispatch({ type: "start" });
      try {
        // The engine loads on first use: the pane is interactive before it has parsed it.
        const { refreshReport } = await import(/* webpackChunkName: "engine" */ "../workbook/refresh");
        const outcome = await refreshReport(port, options, (step) => dispatch({ type: "step", step }));
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
